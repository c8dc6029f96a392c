"""Attention, a repeated layer: `VideomtLayer` as transformers runs it, built from L1/layer_norm, L1/videomt_layer_scale, L2/siglip_attention, L2/swin_mlp (hyper-parameters of layer_norm, sdpa vary per case).

kernel:        d932ba382af9d4f0
level:         3
label:         attention
qualnames:     transformers.models.videomt.modeling_videomt.VideomtLayer, transformers.models.radio.modeling_radio.RadioLayer, transformers.models.dinov2.modeling_dinov2.Dinov2Layer, transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersLayer, transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionLayer
transformers:  5.24.0
architectures: dinov2, dinov2_with_registers, radio, tipsv2, videomt
cases:         2 real cases, default first (the most common that fits in 8 GB); 4 unmapped
"""

import torch
from torch import nn
from transformers.models.videomt.configuration_videomt import VideomtConfig
from transformers.models.videomt.modeling_videomt import VideomtLayer as Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class ModelNew(nn.Module):
    """Attention, a repeated layer: `VideomtLayer` as transformers runs it, built from L1/layer_norm, L1/videomt_layer_scale, L2/siglip_attention, L2/swin_mlp (hyper-parameters of layer_norm, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self, config: VideomtConfig) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: attention (VideomtLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (VideomtLayer)")


KERNEL = {"id": "d932ba382af9d4f0", "name": "videomt_layer", "level": 3, "label": "attention", "qualname": "transformers.models.videomt.modeling_videomt.VideomtLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {"config": {"config_class": "VideomtConfig", "fields": {"attention_dropout": 0.0, "drop_path_rate": 0.0, "hidden_act": "gelu", "hidden_size": 1024, "layer_norm_eps": 1e-06, "layerscale_value": 1.0, "mlp_ratio": 4, "num_attention_heads": 16, "use_swiglu_ffn": False, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1805, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 39983104,
     "flops": 117608616040,
     "architectures": ["videomt"],
     "qualname": "transformers.models.videomt.modeling_videomt.VideomtLayer",
     "path": "layers.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "VideomtConfig", "fields": {"attention_dropout": 0.0, "drop_path_rate": 0.0, "hidden_act": "gelu", "hidden_size": 1024, "layer_norm_eps": 1e-06, "layerscale_value": 1.0, "mlp_ratio": 4, "num_attention_heads": 16, "use_swiglu_ffn": False, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [16, 1605, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 130381824,
     "flops": 815580467520,
     "architectures": ["videomt"],
     "qualname": "transformers.models.videomt.modeling_videomt.VideomtLayer",
     "path": "layers.0",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.radio.modeling_radio.RadioLayer",
     "architectures": ["radio"],
     "reason": "built by RadioLayer from a RadioConfig"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2VisionLayer",
     "architectures": ["tipsv2"],
     "reason": "built by Tipsv2VisionLayer from a Tipsv2VisionConfig"},
    {"qualname": "transformers.models.dinov2_with_registers.modeling_dinov2_with_registers.Dinov2WithRegistersLayer",
     "architectures": ["dinov2_with_registers"],
     "reason": "built by Dinov2WithRegistersLayer from a Dinov2WithRegistersConfig"},
    {"qualname": "transformers.models.dinov2.modeling_dinov2.Dinov2Layer",
     "architectures": ["dinov2"],
     "reason": "built by Dinov2Layer from a Dinov2Config"},
]


_CONFIGS = {"VideomtConfig": VideomtConfig}


def get_init_inputs(case=0):
    """Positional arguments of Model(...) / ModelNew(...) for CASES[case]."""
    return [_config(value) if isinstance(value, dict) else value for value in CASES[case]["init"].values()]


def get_inputs(case=0, dims=None):
    """Forward arguments (a list) for CASES[case]; `dims` overrides {"batch": b, "seq": s}
    to build a valid shape the case does not list (held-out shapes)."""
    dims = {**CASES[case]["dims"], **(dims or {})}
    return [_input(spec, dims, CASES[case]) for spec in CASES[case]["inputs"]]


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
    high = spec["high"]  # a role ("seq") bounds positions by that dimension
    return torch.randint(0, sizes[high] if isinstance(high, str) else high, shape, dtype=dtype)


def _input(spec, dims, case):
    kind = spec["kind"]
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
