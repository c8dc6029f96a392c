"""A convolution, a module built from leaf kernels: `SegformerSequenceReduction` as transformers runs it, built from L1/conv2d, L1/layer_norm (hyper-parameters of layer_norm vary per case).

kernel:        1ba228a4d84418fb
level:         2
label:         convolution
qualnames:     transformers.models.segformer.modeling_segformer.SegformerSequenceReduction, transformers.models.pvt_v2.modeling_pvt_v2.PvtV2OverlapPatchEmbeddings, transformers.models.segformer.modeling_segformer.SegformerOverlapPatchEmbeddings, transformers.models.cvt.modeling_cvt.CvtConvEmbeddings, transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings, transformers.models.clap.modeling_clap.ClapAudioPatchEmbed, transformers.models.convnext.modeling_convnext.ConvNextEmbeddings, transformers.models.convnextv2.modeling_convnextv2.ConvNextV2Embeddings, transformers.models.swin2sr.modeling_swin2sr.Swin2SRPatchEmbeddings
transformers:  5.24.0
architectures: clap, convnext, convnextv2, cvt, focalnet, pvt_v2, segformer, swin2sr
cases:         3 real cases, default first (the most common that fits in 8 GB); 18 unmapped
"""

import torch
from torch import nn
from transformers.models.segformer.modeling_segformer import SegformerSequenceReduction


class Model(SegformerSequenceReduction):
    """`SegformerSequenceReduction` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, hidden_size: int, sequence_reduction_ratio: int):
        super().__init__(hidden_size, sequence_reduction_ratio)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `SegformerSequenceReduction` as transformers runs it, built from L1/conv2d, L1/layer_norm (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        sequence_reduction.weight [160, 160, 2, 2]
        sequence_reduction.bias [160]
        layer_norm.weight [160]
        layer_norm.bias [160]
    """

    def __init__(self, hidden_size: int, sequence_reduction_ratio: int):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (SegformerSequenceReduction)")

    def forward(self, hidden_states: torch.Tensor, height: int, width: int) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (SegformerSequenceReduction)")


KERNEL = {"id": "1ba228a4d84418fb", "name": "segformer_sequence_reduction", "level": 2, "label": "convolution", "qualname": "transformers.models.segformer.modeling_segformer.SegformerSequenceReduction", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"hidden_size": 160, "sequence_reduction_ratio": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 14},
        {"name": "width", "kind": "int", "value": 14}],
     "dims": {"batch": 2},
     "bytes": 362560,
     "flops": 20086276,
     "architectures": ["segformer"],
     "qualname": "transformers.models.segformer.modeling_segformer.SegformerSequenceReduction",
     "path": "stages.2.blocks.0.attention.sequence_reduction",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 32, "sequence_reduction_ratio": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3136, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 56},
        {"name": "width", "kind": "int", "value": 56}],
     "dims": {"batch": 2},
     "bytes": 538944,
     "flops": 12848388,
     "architectures": ["segformer"],
     "qualname": "transformers.models.segformer.modeling_segformer.SegformerSequenceReduction",
     "path": "stages.0.blocks.0.attention.sequence_reduction",
     "param_dtype": "bfloat16"},
    {"init": {"hidden_size": 64, "sequence_reduction_ratio": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 784, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "height", "kind": "int", "value": 28},
        {"name": "width", "kind": "int", "value": 28}],
     "dims": {"batch": 2},
     "bytes": 344704,
     "flops": 12851524,
     "architectures": ["segformer"],
     "qualname": "transformers.models.segformer.modeling_segformer.SegformerSequenceReduction",
     "path": "stages.1.blocks.0.attention.sequence_reduction",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRPatchEmbeddings",
     "architectures": ["swin2sr"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioPatchEmbed",
     "architectures": ["clap"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2OverlapPatchEmbeddings",
     "architectures": ["pvt_v2"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerOverlapPatchEmbeddings",
     "architectures": ["segformer"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtConvEmbeddings",
     "architectures": ["cvt"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.convnext.modeling_convnext.ConvNextEmbeddings",
     "architectures": ["convnext"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.convnextv2.modeling_convnextv2.ConvNextV2Embeddings",
     "architectures": ["convnextv2"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtConvEmbeddings",
     "architectures": ["cvt"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2OverlapPatchEmbeddings",
     "architectures": ["pvt_v2"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerOverlapPatchEmbeddings",
     "architectures": ["segformer"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2OverlapPatchEmbeddings",
     "architectures": ["pvt_v2"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerOverlapPatchEmbeddings",
     "architectures": ["segformer"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.pvt_v2.modeling_pvt_v2.PvtV2OverlapPatchEmbeddings",
     "architectures": ["pvt_v2"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.segformer.modeling_segformer.SegformerOverlapPatchEmbeddings",
     "architectures": ["segformer"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtConvEmbeddings",
     "architectures": ["cvt"],
     "reason": "constructor argument 'patch_size' is not in SegformerSequenceReduction.__init__"},
    {"qualname": "transformers.models.focalnet.modeling_focalnet.FocalNetPatchEmbeddings",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'config' is not in SegformerSequenceReduction.__init__"},
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
