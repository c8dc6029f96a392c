"""An MLP, a module built from leaf kernels: `VibeVoiceAcousticTokenizerFeedForward` as transformers runs it, built from L1/gelu_activation, L1/linear, L1/linear_a15560.

kernel:        da5142855e8c7f49
level:         2
label:         mlp
qualnames:     transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward, transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP, transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector, transformers.models.llava.modeling_llava.LlavaMultiModalProjector, transformers.models.llava_next.modeling_llava_next.LlavaNextMultiModalProjector, transformers.models.llava_next_video.modeling_llava_next_video.LlavaNextVideoMultiModalProjector, transformers.models.video_llava.modeling_video_llava.VideoLlavaMultiModalProjector
transformers:  5.24.0
architectures: groupvit, llava, llava_next, llava_next_video, llava_onevision, vibevoice_acoustic_tokenizer, vibevoice_asr, video_llava
cases:         14 real cases, default first (the most common that fits in 8 GB); 8 unmapped
"""

import torch
from torch import nn
from transformers.models.vibevoice_acoustic_tokenizer.configuration_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerDecoderConfig
from transformers.models.vibevoice_acoustic_tokenizer.configuration_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerEncoderConfig
from transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerFeedForward


class Model(VibeVoiceAcousticTokenizerFeedForward):
    """`VibeVoiceAcousticTokenizerFeedForward` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, hidden_size):
        super().__init__(config, hidden_size)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `VibeVoiceAcousticTokenizerFeedForward` as transformers runs it, built from L1/gelu_activation, L1/linear, L1/linear_a15560.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        linear1.weight [8192, 2048]
        linear1.bias [8192]
        linear2.weight [2048, 8192]
        linear2.bias [2048]
    """

    def __init__(self, config, hidden_size):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (VibeVoiceAcousticTokenizerFeedForward)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: an MLP (VibeVoiceAcousticTokenizerFeedForward)")


KERNEL = {"id": "da5142855e8c7f49", "name": "vibe_voice_acoustic_tokenizer_feed_forward", "level": 2, "label": "mlp", "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 2048},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67211264,
     "flops": 671272960,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.5.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3099136,
     "flops": 2101760000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.2.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112704,
     "flops": 533504000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.stem.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5018624,
     "flops": 1679564800,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.3.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17115136,
     "flops": 1342914560,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.4.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4359424,
     "flops": 2106368000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.1.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4162176,
     "flops": 1057792000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "encoder.conv_layers.0.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 2048},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67211264,
     "flops": 671272960,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.stem.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3099136,
     "flops": 2101760000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.2.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112704,
     "flops": 533504000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.5.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5018624,
     "flops": 1679564800,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.1.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17115136,
     "flops": 1342914560,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.0.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4359424,
     "flops": 2106368000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.3.stage.0.ffn",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerDecoderConfig", "fields": {"ffn_expansion": 4, "hidden_act": "gelu", "attn_implementation": "eager"}}, "hidden_size": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4162176,
     "flops": 1057792000,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerFeedForward",
     "path": "decoder.conv_layers.4.stage.0.ffn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.video_llava.modeling_video_llava.VideoLlavaMultiModalProjector",
     "architectures": ["video_llava"],
     "reason": "built by VideoLlavaMultiModalProjector from a VideoLlavaConfig"},
    {"qualname": "transformers.models.llava.modeling_llava.LlavaMultiModalProjector",
     "architectures": ["llava"],
     "reason": "built by LlavaMultiModalProjector from a LlavaConfig"},
    {"qualname": "transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector",
     "architectures": ["llava_onevision"],
     "reason": "built by LlavaOnevisionMultiModalProjector from a LlavaOnevisionConfig"},
    {"qualname": "transformers.models.llava_onevision.modeling_llava_onevision.LlavaOnevisionMultiModalProjector",
     "architectures": ["llava_onevision"],
     "reason": "built by LlavaOnevisionMultiModalProjector from a LlavaOnevisionConfig"},
    {"qualname": "transformers.models.llava_next.modeling_llava_next.LlavaNextMultiModalProjector",
     "architectures": ["llava_next"],
     "reason": "built by LlavaNextMultiModalProjector from a LlavaNextConfig"},
    {"qualname": "transformers.models.llava_next_video.modeling_llava_next_video.LlavaNextVideoMultiModalProjector",
     "architectures": ["llava_next_video"],
     "reason": "built by LlavaNextVideoMultiModalProjector from a LlavaNextVideoConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMixerMLP from a GroupViTVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMixerMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMixerMLP from a GroupViTVisionConfig"},
]


_CONFIGS = {"VibeVoiceAcousticTokenizerDecoderConfig": VibeVoiceAcousticTokenizerDecoderConfig, "VibeVoiceAcousticTokenizerEncoderConfig": VibeVoiceAcousticTokenizerEncoderConfig}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    produced = {}  # each producer runs once per call: cos and sin come from the same positions
    return [_input(spec, dims, CASES[case], produced) for spec in CASES[case]["inputs"]]


def _config(spec):
    return _CONFIGS[spec["config_class"]](**spec["fields"])


def _tensor(spec, dims):
    sizes = dict(dims)
    if "batch" in dims and "seq" in dims:
        sizes["batch*seq"] = dims["batch"] * dims["seq"]
    shape = [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]
    dtype = getattr(torch, spec["dtype"])
    if "fill" in spec:
        return torch.full(shape, spec["fill"], dtype=dtype)
    if dtype.is_floating_point or dtype.is_complex:
        return torch.randn(shape, dtype=dtype)
    if "draw" in spec:
        return _structured(spec, shape, sizes, dtype)
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _structured(spec, shape, sizes, dtype):
    """Integer inputs whose values a model checks: cumulative sequence lengths (0 to the token
    count, equal segments), segment lengths and group ends that add up to the tokens, patch
    grids ((1, h, w) rows covering the tokens, or (h, w) times a patch size), fixed rows,
    boxes (x0 <= x1, y0 <= y1)."""
    if spec["draw"] == "boxes":
        corners = torch.randint(0, spec["high"], [*shape[:-1], 2, 2]).sort(dim=-2).values
        return corners.reshape(shape).to(dtype)
    if spec["draw"] == "rows":
        return torch.tensor([spec["row"]] * shape[0], dtype=dtype)
    total = sizes.get(spec["total"], spec["total"])
    if spec["draw"] == "cumulative":
        return (torch.arange(shape[0]) * total // (shape[0] - 1)).to(dtype)
    ends = torch.arange(1, shape[0] + 1) * total // shape[0]
    if spec["draw"] == "ends":
        return ends.to(dtype)
    if spec["draw"] == "segments":
        return torch.diff(ends, prepend=torch.zeros(1, dtype=ends.dtype)).to(dtype)
    per_image = total // shape[0]
    height = next(h for h in range(int(per_image**0.5), 0, -1) if per_image % h == 0)
    scale = spec.get("scale", 1)
    row = [1] * (shape[1] - 2) + [height * scale, per_image // height * scale]
    return torch.tensor([row] * shape[0], dtype=dtype)


def _input(spec, dims, case, produced=None):
    kind = spec["kind"]
    if kind == "produced":  # made by the call that makes it in production (PRODUCERS)
        return _produced(spec, dims, {} if produced is None else produced)
    if kind == "tensor":
        return _tensor(spec, dims)
    if kind == "tensors":
        return tuple(_tensor(tensor, dims) for tensor in spec["tensors"])
    if kind == "module":  # the attention module an attention function reads its flags from
        module = nn.Module()
        for name, value in spec["attributes"].items():
            setattr(module, name, value)
        for name, tensor in spec.get("weights", {}).items():
            setattr(module, name, nn.Parameter(_tensor(tensor, dims), requires_grad=False))
        return module
    if kind == "config":
        return _config(spec)
    if kind == "device":
        return torch.device("cpu")
    if kind == "dtype":
        return getattr(torch, case.get("param_dtype", "float32"))
    return spec.get("value")
