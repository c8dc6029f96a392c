"""A normalization, a repeated layer: `XLNetLayer` as transformers runs it, built from L2/xl_net_relative_attention (hyper-parameters of layer_norm, mul vary per case).

kernel:        941040430f47d2f5
level:         3
label:         norm
qualnames:     transformers.models.xlnet.modeling_xlnet.XLNetLayer
transformers:  5.24.0
architectures: xlnet
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.xlnet.configuration_xlnet import XLNetConfig
from transformers.models.xlnet.modeling_xlnet import XLNetLayer


class Model(XLNetLayer):
    """`XLNetLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a repeated layer: `XLNetLayer` as transformers runs it, built from L2/xl_net_relative_attention (hyper-parameters of layer_norm, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        rel_attn.q [1024, 16, 64]
        rel_attn.k [1024, 16, 64]
        rel_attn.v [1024, 16, 64]
        rel_attn.o [1024, 16, 64]
        rel_attn.r [1024, 16, 64]
        rel_attn.r_r_bias [16, 64]
        rel_attn.r_s_bias [16, 64]
        rel_attn.r_w_bias [16, 64]
        rel_attn.seg_embed [2, 16, 64]
        rel_attn.layer_norm.weight [1024]
        rel_attn.layer_norm.bias [1024]
        ff.layer_norm.weight [1024]
        ff.layer_norm.bias [1024]
        ff.layer_1.weight [4096, 1024]
        ff.layer_1.bias [4096]
        ff.layer_2.weight [1024, 4096]
        ff.layer_2.bias [1024]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (XLNetLayer)")

    def forward(
        self,
        output_h,
        output_g,
        attn_mask_h,
        attn_mask_g,
        r,
        seg_mat,
        mems=None,
        target_mapping=None,
        output_attentions=False,
    ):
        raise NotImplementedError("write the kernel: a normalization (XLNetLayer)")


KERNEL = {"id": "941040430f47d2f5", "name": "xl_net_layer", "level": 3, "label": "norm", "qualname": "transformers.models.xlnet.modeling_xlnet.XLNetLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "XLNetConfig", "fields": {"chunk_size_feed_forward": 0, "d_head": 64, "d_inner": 4096, "d_model": 1024, "dropout": 0.1, "ff_activation": "gelu", "layer_norm_eps": 1e-12, "n_head": 16, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "output_h", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "output_g", "kind": "none"},
        {"name": "attn_mask_h", "kind": "none"},
        {"name": "attn_mask_g", "kind": "none"},
        {"name": "r", "kind": "tensor", "shape": [1018, 2, 1024], "roles": ["batch*seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "seg_mat", "kind": "none"},
        {"name": "mems", "kind": "none"},
        {"name": "target_mapping", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 71249920,
     "flops": 34190486920,
     "architectures": ["xlnet"],
     "qualname": "transformers.models.xlnet.modeling_xlnet.XLNetLayer",
     "path": "layer.0",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"XLNetConfig": XLNetConfig}


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
