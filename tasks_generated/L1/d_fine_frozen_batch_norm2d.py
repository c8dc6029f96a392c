"""A computation, a leaf kernel: `DFineFrozenBatchNorm2d` as transformers runs it (hyper-parameters of add vary per case).

kernel:        0bcf01cc9a6bcced
level:         1
label:         other
qualnames:     transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d, transformers.models.deimv2.modeling_deimv2.Deimv2FrozenBatchNorm2d, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2FrozenBatchNorm2d, transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3FrozenBatchNorm2d, transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4FrozenBatchNorm2d, transformers.models.rt_detr.modeling_rt_detr.RTDetrFrozenBatchNorm2d, transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2FrozenBatchNorm2d, transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d, transformers.models.deformable_detr.modeling_deformable_detr.DeformableDetrFrozenBatchNorm2d, transformers.models.detr.modeling_detr.DetrFrozenBatchNorm2d, transformers.models.table_transformer.modeling_table_transformer.TableTransformerFrozenBatchNorm2d
transformers:  5.24.0
architectures: conditional_detr, d_fine, deformable_detr, deimv2, detr, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, rt_detr, rt_detr_v2, table-transformer
cases:         20 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.d_fine.modeling_d_fine import DFineFrozenBatchNorm2d


class Model(DFineFrozenBatchNorm2d):
    """`DFineFrozenBatchNorm2d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, n):
        super().__init__(n)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `DFineFrozenBatchNorm2d` as transformers runs it (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1024]
        bias [1024]
        running_mean [1024]
        running_var [1024]
    """

    def __init__(self, n):
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (DFineFrozenBatchNorm2d)")

    def forward(self, x):
        raise NotImplementedError("write the kernel: a computation (DFineFrozenBatchNorm2d)")


KERNEL = {"id": "0bcf01cc9a6bcced", "name": "d_fine_frozen_batch_norm2d", "level": 1, "label": "other", "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"n": 1024},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1613824,
     "flops": 807936,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.2.layers.0.layer.2.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 128},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 803840,
     "flops": 402048,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.1.layers.0.layer.1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 64},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606144,
     "flops": 803136,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.0.layers.0.layer.0.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 512},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3215360,
     "flops": 1608192,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.1.layers.0.layer.2.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 2048},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 819200,
     "flops": 411648,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.3.layers.0.layer.2.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 512},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 806912,
     "flops": 403968,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.3.layers.0.layer.0.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 128},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3212288,
     "flops": 1606272,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.1.layers.0.layer.0.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 256},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1607680,
     "flops": 804096,
     "architectures": ["conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.2.layers.0.layer.0.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 32},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211520,
     "flops": 1605792,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.embedder.stem1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 256},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 403456,
     "flops": 201984,
     "architectures": ["conditional_detr", "deformable_detr", "detr", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.2.layers.0.layer.1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 512},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 204800,
     "flops": 102912,
     "architectures": ["conditional_detr", "deformable_detr", "detr", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.3.layers.0.layer.1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 256},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6424576,
     "flops": 3212544,
     "architectures": ["conditional_detr", "deformable_detr", "detr", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.0.layers.0.layer.2.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 64},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6423040,
     "flops": 3211584,
     "architectures": ["conditional_detr", "deformable_detr", "detr", "rt_detr", "rt_detr_v2", "table-transformer"],
     "qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrFrozenBatchNorm2d",
     "path": "backbone.model.embedder.embedder.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 192},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 302592,
     "flops": 151488,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.2.blocks.0.layers.0.conv1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 384},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 153600,
     "flops": 77184,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.3.blocks.0.layers.0.conv1.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 48},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204608,
     "flops": 602352,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.embedder.stem4.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 96},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602880,
     "flops": 301536,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.1.blocks.0.layers.0.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 1024},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 409600,
     "flops": 205824,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.encoder.stages.3.downsample.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 16},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 16, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605760,
     "flops": 802896,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.embedder.stem2a.normalization",
     "param_dtype": "bfloat16"},
    {"init": {"n": 32},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 32, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 803072,
     "flops": 401568,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4"],
     "qualname": "transformers.models.d_fine.modeling_d_fine.DFineFrozenBatchNorm2d",
     "path": "backbone.model.embedder.stem3.normalization",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


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
