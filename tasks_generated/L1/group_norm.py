"""A normalization, a leaf kernel: `GroupNorm` as transformers runs it (hyper-parameters of group_norm vary per case).

kernel:        168253810480cd92
level:         1
label:         norm
qualnames:     torch.nn.modules.normalization.GroupNorm
transformers:  5.24.0
architectures: chameleon, clvp, deformable_detr, grounding-dino, hubert, mask2former, maskformer, mm-grounding-dino, neucodec, oneformer, sew, sew-d, speech-encoder-decoder, unispeech, unispeech-sat, wav2vec2, wav2vec2-conformer, wavlm, wavtokenizer, xcodec2
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.normalization import GroupNorm


class Model(GroupNorm):
    """`GroupNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        num_groups: int,
        num_channels: int,
        eps: float = 1e-5,
        affine: bool = True,
        device=None,
        dtype=None,
        *,
        bias: bool = True,
    ) -> None:
        # keyword-only arguments at their defaults are left out: older releases lack some
        super().__init__(num_groups, num_channels, eps, affine, device, dtype, **({"bias": bias} if bias is not True else {}))
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `GroupNorm` as transformers runs it (hyper-parameters of group_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [512]
        bias [512]
    """

    def __init__(
        self,
        num_groups: int,
        num_channels: int,
        eps: float = 1e-5,
        affine: bool = True,
        device=None,
        dtype=None,
        *,
        bias: bool = True,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (GroupNorm)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a normalization (GroupNorm)")


KERNEL = {"id": "168253810480cd92", "name": "group_norm", "level": 1, "label": "norm", "qualname": "torch.nn.modules.normalization.GroupNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"num_groups": 512, "num_channels": 512, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 3199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13105152,
     "flops": 3277824,
     "architectures": ["hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "feature_extractor.conv_layers.0.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 101376,
     "flops": 25216,
     "architectures": ["deformable_detr", "grounding-dino", "mask2former", "mm-grounding-dino", "oneformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj.0.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 402432,
     "flops": 100480,
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj_vision.1.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606656,
     "flops": 401536,
     "architectures": ["grounding-dino", "mask2former", "mm-grounding-dino", "oneformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj_vision.0.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 4, 4], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33792,
     "flops": 8320,
     "architectures": ["deformable_detr", "grounding-dino", "mm-grounding-dino"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj.1.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6423552,
     "flops": 1605760,
     "architectures": ["mask2former", "oneformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "pixel_level_module.decoder.adapter_1.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 64, "num_channels": 64, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 3199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638144,
     "flops": 409728,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "feature_extractor.conv_layers.0.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 768, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 27], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 168960,
     "flops": 41600,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "backbone.pos_net.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 512, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 804864,
     "flops": 200832,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.4.block.0.norm2",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 1024, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 50], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 413696,
     "flops": 102528,
     "architectures": ["neucodec"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "acoustic_decoder.prior_net.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 1024, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4173824,
     "flops": 1042560,
     "architectures": ["xcodec2"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "acoustic_decoder.prior_net.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 1024, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 1018], "roles": ["batch", "fixed", "batch*seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8343552,
     "flops": 2084992,
     "architectures": ["clvp"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "conditioning_encoder.group_norms.0",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 128, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845568,
     "flops": 3211392,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.1.block.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 128, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51380736,
     "flops": 12845184,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.0.block.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606656,
     "flops": 401536,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.3.block.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6423552,
     "flops": 1605760,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.2.block.0.norm2",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1180672,
     "flops": 295040,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "pixel_level_module.decoder.fpn.layers.0.proj.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 48, 48], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4719616,
     "flops": 1179776,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "pixel_level_module.decoder.fpn.layers.1.proj.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 96, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18875392,
     "flops": 4718720,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "pixel_level_module.decoder.fpn.layers.2.proj.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 128, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211776,
     "flops": 802944,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.2.block.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3072,
     "flops": 640,
     "architectures": ["deformable_detr"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj.3.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 12, 12], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 295936,
     "flops": 73856,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "pixel_level_module.decoder.fpn.stem.1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-06, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 402432,
     "flops": 100480,
     "architectures": ["chameleon"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "vqmodel.encoder.down.4.block.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"num_groups": 32, "num_channels": 256, "eps": 1e-05, "affine": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 2, 2], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216,
     "flops": 2176,
     "architectures": ["deformable_detr"],
     "qualname": "torch.nn.modules.normalization.GroupNorm",
     "path": "input_proj.2.1",
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
