"""A convolution, a leaf kernel: `ConvTranspose2d` as transformers runs it.

kernel:        6c61b148c8f6eabe
level:         1
label:         convolution
qualnames:     torch.nn.modules.conv.ConvTranspose2d
transformers:  5.24.0
architectures: chmv2, depth_anything, depth_pro, eomt, eomt_dinov3, pp_ocrv5_mobile_det, pp_ocrv5_server_det, prompt_depth_anything, sam, sam2, sam3_tracker, sam_hq, tipsv2_dpt, videomt, zoedepth
cases:         23 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.conv import ConvTranspose2d
from torch.nn.modules.conv import _size_2_t
from typing import Literal


class Model(ConvTranspose2d):
    """`ConvTranspose2d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_2_t,
        stride: _size_2_t = 1,
        padding: _size_2_t = 0,
        output_padding: _size_2_t = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: _size_2_t = 1,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `ConvTranspose2d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1024, 1024, 2, 2]
        bias [1024]
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_2_t,
        stride: _size_2_t = 1,
        padding: _size_2_t = 0,
        output_padding: _size_2_t = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: _size_2_t = 1,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (ConvTranspose2d)")

    def forward(self, input: Tensor, output_size: list[int] | None = None) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (ConvTranspose2d)")


KERNEL = {"id": "6c61b148c8f6eabe", "name": "conv_transpose2d", "level": 1, "label": "convolution", "qualname": "torch.nn.modules.conv.ConvTranspose2d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 40, 40], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 41158656,
     "flops": 107374182400,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "upscale_block.block.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 80, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 139462656,
     "flops": 429496729600,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "upscale_block.block.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 64, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8519808,
     "flops": 1073741824,
     "architectures": ["sam", "sam2", "sam_hq"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.upscale_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 32, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12599360,
     "flops": 1073741824,
     "architectures": ["sam", "sam2", "sam_hq"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.upscale_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 4, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4542240,
     "flops": 3229876224,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.0.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2702400,
     "flops": 807469056,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.1.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 512, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 72, 72], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67896320,
     "flops": 86973087744,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "vision_encoder.neck.fpn_layers.0.scale_layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 4, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 26, 26], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6408448,
     "flops": 11341398016,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.reassemble_stage.layers.0.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2507136,
     "flops": 1358954496,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.1.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4227456,
     "flops": 2415919104,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.1.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 24, "out_channels": 1, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1405122,
     "flops": 802816,
     "architectures": ["pp_ocrv5_mobile_det"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.conv_final",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 24, "out_channels": 24, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1509936,
     "flops": 115605504,
     "architectures": ["pp_ocrv5_mobile_det"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.conv_up.convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 32, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25231424,
     "flops": 1073741824,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.compress_vit_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 26, 26], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3985920,
     "flops": 2835349504,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.reassemble_stage.layers.1.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 64, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 72, 72], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10748032,
     "flops": 1358954496,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.upscale_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 256, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 144, 144], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 128451072,
     "flops": 86973087744,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "vision_encoder.neck.fpn_layers.0.scale_layers.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 1, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3412482,
     "flops": 802816,
     "architectures": ["pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.binarize_head.conv_final",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 32, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 144, 144], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 15941696,
     "flops": 1358954496,
     "architectures": ["sam3_tracker"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.upscale_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4046976,
     "flops": 822083584,
     "architectures": ["pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "head.binarize_head.conv_up.convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 1024, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 48, 48], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51120128,
     "flops": 154618822656,
     "architectures": ["depth_pro"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.feature_upsample.image_block.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 256, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 30933504,
     "flops": 17179869184,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "mask_decoder.compress_vit_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 4, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4055232,
     "flops": 5435817984,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.0.resize",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 4, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6979776,
     "flops": 9663676416,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.conv.ConvTranspose2d",
     "path": "neck.reassemble_stage.layers.0.resize",
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
