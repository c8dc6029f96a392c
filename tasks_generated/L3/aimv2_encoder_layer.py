"""Attention, a repeated layer: `Aimv2EncoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/aimv2_attention, L2/llama_mlp (hyper-parameters of add, sdpa vary per case).

kernel:        910bc226893d923b
level:         3
label:         attention
qualnames:     transformers.models.aimv2.modeling_aimv2.Aimv2EncoderLayer, transformers.models.ovis2.modeling_ovis2.Ovis2VisionEncoderLayer
transformers:  5.24.0
architectures: aimv2, ovis2
cases:         2 real cases, default first (the most common that fits in 8 GB); 1 unmapped
"""

import torch
from torch import nn
from transformers.models.aimv2.configuration_aimv2 import Aimv2TextConfig
from transformers.models.aimv2.configuration_aimv2 import Aimv2VisionConfig
from transformers.models.aimv2.modeling_aimv2 import Aimv2EncoderLayer
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(Aimv2EncoderLayer):
    """`Aimv2EncoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Aimv2VisionConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Aimv2EncoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/aimv2_attention, L2/llama_mlp (hyper-parameters of add, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        attention.k_proj.weight [1024, 1024]
        attention.v_proj.weight [1024, 1024]
        attention.q_proj.weight [1024, 1024]
        attention.out_proj.weight [1024, 1024]
        ffn.gate_proj.weight [2816, 1024]
        ffn.up_proj.weight [2816, 1024]
        ffn.down_proj.weight [1024, 2816]
        rms_norm1.weight [1024]
        rms_norm2.weight [1024]
    """

    def __init__(self, config: Aimv2VisionConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Aimv2EncoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (Aimv2EncoderLayer)")


KERNEL = {"id": "910bc226893d923b", "name": "aimv2_encoder_layer", "level": 3, "label": "attention", "qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2EncoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Aimv2VisionConfig", "fields": {"attention_dropout": 0.0, "hidden_act": "silu", "hidden_size": 1024, "intermediate_size": 2816, "mlp_bias": False, "num_attention_heads": 8, "qkv_bias": False, "rms_norm_eps": 1e-05, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 27791360,
     "flops": 13697289216,
     "architectures": ["aimv2"],
     "qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2EncoderLayer",
     "path": "vision_model.encoder.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Aimv2TextConfig", "fields": {"attention_dropout": 0.0, "hidden_act": "silu", "hidden_size": 768, "intermediate_size": 2048, "mlp_bias": False, "num_attention_heads": 6, "qkv_bias": False, "rms_norm_eps": 1e-05, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 77, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 14631936,
     "flops": 2217995164,
     "architectures": ["aimv2"],
     "qualname": "transformers.models.aimv2.modeling_aimv2.Aimv2EncoderLayer",
     "path": "text_model.encoder.layers.0",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.ovis2.modeling_ovis2.Ovis2VisionEncoderLayer",
     "architectures": ["ovis2"],
     "reason": "built by Ovis2VisionEncoderLayer from a Ovis2VisionConfig"},
]


_CONFIGS = {"Aimv2TextConfig": Aimv2TextConfig, "Aimv2VisionConfig": Aimv2VisionConfig}


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
