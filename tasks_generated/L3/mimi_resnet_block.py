"""A convolution, a repeated layer: `MimiResnetBlock` as transformers runs it, built from L1/elu, L3/mimi_conv1d.

kernel:        2e1d8ace3ccd36c1
level:         3
label:         convolution
qualnames:     transformers.models.mimi.modeling_mimi.MimiResnetBlock, transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock
transformers:  5.24.0
architectures: mimi, pocket_tts_audio_tokenizer
cases:         8 real cases, default first (the most common that fits in 8 GB); 6 unmapped
"""

import torch
from torch import nn
from transformers.models.mimi.configuration_mimi import MimiConfig
from transformers.models.mimi.configuration_mimi import MimiDecoderConfig
from transformers.models.mimi.configuration_mimi import MimiEncoderConfig
from transformers.models.mimi.modeling_mimi import MimiResnetBlock


class Model(MimiResnetBlock):
    """`MimiResnetBlock` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: MimiConfig, dim: int, dilations: list[int]):
        super().__init__(config, dim, dilations)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `MimiResnetBlock` as transformers runs it, built from L1/elu, L3/mimi_conv1d.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        block.1.conv.weight [64, 128, 3]
        block.1.conv.bias [64]
        block.3.conv.weight [128, 64, 1]
        block.3.conv.bias [128]
    """

    def __init__(self, config: MimiConfig, dim: int, dilations: list[int]):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (MimiResnetBlock)")

    def forward(self, hidden_states, padding_cache=None):
        raise NotImplementedError("write the kernel: a convolution (MimiResnetBlock)")


KERNEL = {"id": "2e1d8ace3ccd36c1", "name": "mimi_resnet_block", "level": 3, "label": "convolution", "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 128, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4161968,
     "flops": 528384532,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "encoder.encoder_seanet.layers.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 128, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4489648,
     "flops": 570655252,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "decoder.decoder_seanet.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 256, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1901360,
     "flops": 421069844,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "encoder.encoder_seanet.layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 256, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2032432,
     "flops": 454755348,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "decoder.decoder_seanet.layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 512, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1599024,
     "flops": 281569300,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "encoder.encoder_seanet.layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 512, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1639984,
     "flops": 302581780,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "decoder.decoder_seanet.layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 64, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 8208624,
     "flops": 532480276,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "encoder.encoder_seanet.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"compress": 2, "pad_mode": "constant", "residual_kernel_size": 3, "use_causal_conv": True, "use_conv_shortcut": False, "attn_implementation": "sdpa"}}, "dim": 64, "dilations": [1, 1]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8863984,
     "flops": 575078676,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiResnetBlock",
     "path": "decoder.decoder_seanet.layers.12",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerResnetBlock",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerResnetBlock from a PocketTTSAudioTokenizerDecoderConfig"},
]


_CONFIGS = {"MimiDecoderConfig": MimiDecoderConfig, "MimiEncoderConfig": MimiEncoderConfig}


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
