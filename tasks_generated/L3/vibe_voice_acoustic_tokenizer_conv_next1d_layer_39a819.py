"""A convolution, a repeated layer: `VibeVoiceAcousticTokenizerConvNext1dLayer` as transformers runs it, built from L1/llama_rms_norm, L2/vibe_voice_acoustic_tokenizer_causal_conv1d_acb81a, L2/vibe_voice_acoustic_tokenizer_feed_forward (hyper-parameters of add vary per case).

kernel:        39a8195b9bf03868
level:         3
label:         convolution
qualnames:     transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer
transformers:  5.24.0
architectures: vibevoice_asr
cases:         8 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.vibevoice_acoustic_tokenizer.configuration_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerEncoderConfig
from transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerConvNext1dLayer


class Model(VibeVoiceAcousticTokenizerConvNext1dLayer):
    """`VibeVoiceAcousticTokenizerConvNext1dLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, hidden_size, dilation=1, stride=1, layer_idx=None):
        super().__init__(config, hidden_size, dilation, stride, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `VibeVoiceAcousticTokenizerConvNext1dLayer` as transformers runs it, built from L1/llama_rms_norm, L2/vibe_voice_acoustic_tokenizer_causal_conv1d_acb81a, L2/vibe_voice_acoustic_tokenizer_feed_forward (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        gamma [2048]
        ffn_gamma [2048]
        norm.weight [2048]
        ffn_norm.weight [2048]
        ffn.linear1.weight [8192, 2048]
        ffn.linear1.bias [8192]
        ffn.linear2.weight [2048, 8192]
        ffn.linear2.bias [2048]
        mixer.conv.weight [2048, 1, 7]
        mixer.conv.bias [2048]
    """

    def __init__(self, config, hidden_size, dilation=1, stride=1, layer_idx=None):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (VibeVoiceAcousticTokenizerConvNext1dLayer)")

    def forward(self, hidden_states, padding_cache=None):
        raise NotImplementedError("write the kernel: a convolution (VibeVoiceAcousticTokenizerConvNext1dLayer)")


KERNEL = {"id": "39a8195b9bf03868", "name": "vibe_voice_acoustic_tokenizer_conv_next1d_layer_39a819", "level": 3, "label": "convolution", "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VibeVoiceAcousticTokenizerEncoderConfig", "fields": {"kernel_size": 7, "layer_scale_init_value": 1e-06, "rms_norm_eps": 1e-05, "attn_implementation": "eager"}}, "hidden_size": 2048, "dilation": 1, "stride": 1, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67260416,
     "flops": 671834172,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerConvNext1dLayer",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.stage.7",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"VibeVoiceAcousticTokenizerEncoderConfig": VibeVoiceAcousticTokenizerEncoderConfig}


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
