"""A computation, a leaf kernel: `AdaptiveAvgPool2d` as transformers runs it.

kernel:        73610b0061287368
level:         1
label:         other
qualnames:     torch.nn.modules.pooling.AdaptiveAvgPool2d, torch.nn.modules.pooling.AdaptiveAvgPool1d
transformers:  5.24.0
architectures: align, bit, clap, dinov3_convnext, donut-swin, efficientnet, focalnet, hiera, maskformer, mobilenet_v1, mobilenet_v2, pp_lcnet, pp_lcnet_v3, pp_lcnet_v4, pp_ocrv5_mobile_det, pp_ocrv5_mobile_rec, pp_ocrv6_medium_det, pp_ocrv6_small_det, pp_ocrv6_small_rec, pp_ocrv6_tiny_rec, regnet, resnet, slanet, swin, swinv2, upernet
cases:         36 real cases, default first (the most common that fits in 8 GB); 3 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.pooling import AdaptiveAvgPool2d
from torch.nn.modules.pooling import _size_any_opt_t


class Model(AdaptiveAvgPool2d):
    """`AdaptiveAvgPool2d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, output_size: _size_any_opt_t) -> None:
        super().__init__(output_size)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `AdaptiveAvgPool2d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, output_size: _size_any_opt_t) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (AdaptiveAvgPool2d)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a computation (AdaptiveAvgPool2d)")


KERNEL = {"id": "73610b0061287368", "name": "adaptive_avg_pool2d", "level": 1, "label": "other", "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204608,
     "flops": 192,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_mobile_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.blocks.0.blocks.0.token_squeeze_excitation.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 76800,
     "flops": 768,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec", "pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.backbone.encoder.blocks.4.layers.1.squeeze_excitation_module.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204992,
     "flops": 384,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.blocks.2.blocks.1.token_squeeze_excitation.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51200,
     "flops": 512,
     "architectures": ["pp_lcnet", "pp_lcnet_v3", "slanet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.blocks.4.layers.0.squeeze_excitation_module.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1205760,
     "flops": 768,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.blocks.3.blocks.1.token_squeeze_excitation.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 102400,
     "flops": 1024,
     "architectures": ["pp_lcnet", "pp_lcnet_v3", "slanet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.blocks.4.layers.1.squeeze_excitation_module.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2304, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2995200,
     "flops": 4608,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.39.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 960, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5260800,
     "flops": 1920,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.19.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1344, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7365120,
     "flops": 2688,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.29.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 288, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25921152,
     "flops": 576,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.5.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 480, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10801920,
     "flops": 960,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.12.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 151296,
     "flops": 384,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "backbone.encoder.blocks.2.blocks.1.token_squeeze_excitation.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11520128,
     "flops": 64,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.1.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3840, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4992000,
     "flops": 7680,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.52.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1344, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1747200,
     "flops": 2688,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.38.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17280768,
     "flops": 384,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.4.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 38400,
     "flops": 384,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.backbone.encoder.blocks.4.layers.0.squeeze_excitation_module.avg_pool"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 409600,
     "flops": 4096,
     "architectures": ["bit", "resnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "pooler"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18912,
     "flops": 48,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.input_conv.2.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75360,
     "flops": 48,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.input_conv.1.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301152,
     "flops": 48,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.input_conv.0.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4800,
     "flops": 48,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.input_conv.3.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 288, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6481152,
     "flops": 576,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.11.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 480, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2630400,
     "flops": 960,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.18.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23040256,
     "flops": 128,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "vision_model.encoder.blocks.0.squeeze_excite.squeeze"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 75648,
     "flops": 192,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.insert_conv.2.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301440,
     "flops": 192,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.insert_conv.1.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 19200,
     "flops": 192,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "model.neck.insert_conv.3.squeeze_excitation_block.avg_pool"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 403456,
     "flops": 1024,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.stages.2.layers.0.layer.2.pooler"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602880,
     "flops": 384,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.stages.1.layers.0.layer.2.pooler"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1088, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 217600,
     "flops": 2176,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.stages.3.layers.0.layer.2.pooler"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606144,
     "flops": 256,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "encoder.stages.0.layers.0.layer.2.pooler"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 204800,
     "flops": 2048,
     "architectures": ["mobilenet_v1"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "pooler"},
    {"init": {"output_size": [1, 1]},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1280, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 256000,
     "flops": 2560,
     "architectures": ["mobilenet_v2"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "pooler"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 409600,
     "flops": 4096,
     "architectures": ["upernet"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "decode_head.psp_modules.0.0"},
    {"init": {"output_size": 1},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 153600,
     "flops": 1536,
     "architectures": ["dinov3_convnext"],
     "qualname": "torch.nn.modules.pooling.AdaptiveAvgPool2d",
     "path": "pool"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "torch.nn.modules.pooling.AdaptiveAvgPool1d",
     "architectures": ["clap"],
     "reason": "the reference computes otherwise than AdaptiveAvgPool1d on its calls: an output of [2, 1, 1] where AdaptiveAvgPool1d gives [2, 768, 1]"},
    {"qualname": "torch.nn.modules.pooling.AdaptiveAvgPool1d",
     "architectures": ["maskformer"],
     "reason": "the reference computes otherwise than AdaptiveAvgPool1d on its calls: an output of [2, 1, 1] where AdaptiveAvgPool1d gives [2, 1024, 1]"},
    {"qualname": "torch.nn.modules.pooling.AdaptiveAvgPool1d",
     "architectures": ["donut-swin", "focalnet", "hiera", "swin", "swinv2"],
     "reason": "the reference computes otherwise than AdaptiveAvgPool1d on its calls: an output of [2, 1, 1] where AdaptiveAvgPool1d gives [2, 768, 1]"},
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
