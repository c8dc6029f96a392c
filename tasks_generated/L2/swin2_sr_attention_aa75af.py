"""A matrix multiply (linear projection), a module built from leaf kernels: `Swin2SRAttention` as transformers runs it, built from L2/swin2_sr_output, L2/swin2_sr_self_attention (hyper-parameters of clamp, clamp_min vary per case).

kernel:        aa75af4c300b472f
level:         2
label:         gemm
qualnames:     transformers.models.swin2sr.modeling_swin2sr.Swin2SRAttention, transformers.models.swinv2.modeling_swinv2.Swinv2Attention
transformers:  5.24.0
architectures: swin2sr, swinv2
cases:         1 real cases, default first (the most common that fits in 8 GB); 4 unmapped
"""

import torch
from torch import nn
from transformers.models.swin2sr.configuration_swin2sr import Swin2SRConfig
from transformers.models.swin2sr.modeling_swin2sr import Swin2SRAttention


class Model(Swin2SRAttention):
    """`Swin2SRAttention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, dim, num_heads, window_size, pretrained_window_size=0):
        super().__init__(config, dim, num_heads, window_size, pretrained_window_size)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a module built from leaf kernels: `Swin2SRAttention` as transformers runs it, built from L2/swin2_sr_output, L2/swin2_sr_self_attention (hyper-parameters of clamp, clamp_min vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self.logit_scale [6, 1, 1]
        self.continuous_position_bias_mlp.0.weight [512, 2]
        self.continuous_position_bias_mlp.0.bias [512]
        self.continuous_position_bias_mlp.2.weight [6, 512]
        self.query.weight [180, 180]
        self.query.bias [180]
        self.key.weight [180, 180]
        self.value.weight [180, 180]
        self.value.bias [180]
        output.dense.weight [180, 180]
        output.dense.bias [180]
    """

    def __init__(self, config, dim, num_heads, window_size, pretrained_window_size=0):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Swin2SRAttention)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        output_attentions: bool | None = False,
    ) -> tuple[torch.Tensor]:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Swin2SRAttention)")


KERNEL = {"id": "aa75af4c300b472f", "name": "swin2_sr_attention_aa75af", "level": 2, "label": "gemm", "qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRAttention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Swin2SRConfig", "fields": {"attention_probs_dropout_prob": 0.0, "qkv_bias": True, "attn_implementation": "eager"}}, "dim": 180, "num_heads": 6, "window_size": 8, "pretrained_window_size": [0, 0]},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [128, 64, 180], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 6201416,
     "flops": 2520007692,
     "architectures": ["swin2sr"],
     "qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRAttention",
     "path": "encoder.stages.0.layers.0.attention",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Attention",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Attention from a Swinv2Config"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Attention",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Attention from a Swinv2Config"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Attention",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Attention from a Swinv2Config"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Attention",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Attention from a Swinv2Config"},
]


_CONFIGS = {"Swin2SRConfig": Swin2SRConfig}


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
