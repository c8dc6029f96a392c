"""An MLP, a module built from leaf kernels: `Deimv2MLP` as transformers runs it, built from L1/linear, L1/relu.

kernel:        a5d31bc95755c5c9
level:         2
label:         mlp
qualnames:     transformers.models.deimv2.modeling_deimv2.Deimv2MLP, transformers.models.sam_hq.modeling_sam_hq.SamHQFeedForward, transformers.models.d_fine.modeling_d_fine.DFineMLP, transformers.models.sam.modeling_sam.SamFeedForward, transformers.models.sam2.modeling_sam2.Sam2FeedForward, transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerFeedForward
transformers:  5.24.0
architectures: d_fine, deimv2, sam, sam2, sam3_tracker, sam_hq
cases:         3 real cases, default first (the most common that fits in 8 GB); 3 unmapped
"""

import torch
from torch import nn
from transformers.models.deimv2.modeling_deimv2 import Deimv2MLP


class Model(Deimv2MLP):
    """`Deimv2MLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, input_dim: int, hidden_dim: int, output_dim: int, num_layers: int, act: str = "relu"):
        super().__init__(input_dim, hidden_dim, output_dim, num_layers, act)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `Deimv2MLP` as transformers runs it, built from L1/linear, L1/relu.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        layers.{0..1}.weight [256, 256]
        layers.{0..1}.bias [256]
        layers.2.weight [4, 256]
        layers.2.bias [4]
    """

    def __init__(self, input_dim: int, hidden_dim: int, output_dim: int, num_layers: int, act: str = "relu"):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (Deimv2MLP)")

    def forward(self, stat_features: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (Deimv2MLP)")


KERNEL = {"id": "a5d31bc95755c5c9", "name": "deimv2_mlp", "level": 2, "label": "mlp", "qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2MLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"input_dim": 256, "hidden_dim": 256, "output_dim": 4, "num_layers": 3, "act": "relu"},
     "inputs": [
        {"name": "stat_features", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 577224,
     "flops": 159132000,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineMLP",
     "path": "decoder.pre_bbox_head",
     "param_dtype": "bfloat16"},
    {"init": {"input_dim": 4, "hidden_dim": 256, "output_dim": 256, "num_layers": 3, "act": "relu"},
     "inputs": [
        {"name": "stat_features", "kind": "tensor", "shape": [2, 300, 4], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 577728,
     "flops": 159283200,
     "architectures": ["deimv2"],
     "qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2MLP",
     "path": "decoder.query_pos_head",
     "param_dtype": "bfloat16"},
    {"init": {"input_dim": 256, "hidden_dim": 256, "output_dim": 4, "num_layers": 3, "act": "relu"},
     "inputs": [
        {"name": "stat_features", "kind": "tensor", "shape": [2, 1029, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1335384,
     "flops": 545822760,
     "architectures": ["deimv2"],
     "qualname": "transformers.models.deimv2.modeling_deimv2.Deimv2MLP",
     "path": "enc_bbox_head",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.sam.modeling_sam.SamFeedForward",
     "architectures": ["sam", "sam_hq"],
     "reason": "constructor argument 'sigmoid_output' is not in Deimv2MLP.__init__"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2", "sam3_tracker"],
     "reason": "constructor argument 'activation' is not in Deimv2MLP.__init__"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQFeedForward",
     "architectures": ["sam_hq"],
     "reason": "constructor argument 'sigmoid_output' is not in Deimv2MLP.__init__"},
]


_CONFIGS = {}


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
