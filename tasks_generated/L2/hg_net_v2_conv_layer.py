"""A convolution, a module built from leaf kernels: `HGNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/relu (hyper-parameters of batch_norm vary per case).

kernel:        8dd41a4f2e18865f
level:         2
label:         convolution
qualnames:     transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer, transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer, transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3, transformers.models.pp_ocrv5_server_det.modeling_pp_ocrv5_server_det.PPOCRV5ServerDetConvBatchnormLayer, transformers.models.resnet.modeling_resnet.ResNetConvLayer, transformers.models.upernet.modeling_upernet.UperNetConvModule, transformers.models.pp_ocrv5_mobile_det.modeling_pp_ocrv5_mobile_det.PPOCRV5MobileDetConvBatchnormLayer, transformers.models.regnet.modeling_regnet.RegNetConvLayer, transformers.models.textnet.modeling_textnet.TextNetConvLayer, transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer
transformers:  5.24.0
architectures: hgnet_v2, pp_lcnet_v4, pp_ocrv5_mobile_det, pp_ocrv5_server_det, pp_ocrv5_server_rec, pp_ocrv6_medium_det, pp_ocrv6_small_det, pp_ocrv6_small_rec, pp_ocrv6_tiny_rec, regnet, resnet, textnet, upernet, uvdoc, vitmatte
cases:         16 real cases, default first (the most common that fits in 8 GB); 13 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.models.hgnet_v2.modeling_hgnet_v2 import HGNetV2ConvLayer


class Model(HGNetV2ConvLayer):
    """`HGNetV2ConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        activation: str = "relu",
        use_learnable_affine_block: bool = False,
    ):
        super().__init__(in_channels, out_channels, kernel_size, stride, groups, activation, use_learnable_affine_block)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `HGNetV2ConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/relu (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [48, 24, 2, 2]
        normalization.weight [48]
        normalization.bias [48]
        normalization.running_mean [48]
        normalization.running_var [48]
        normalization.num_batches_tracked []
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        groups: int = 1,
        activation: str = "relu",
        use_learnable_affine_block: bool = False,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (HGNetV2ConvLayer)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (HGNetV2ConvLayer)")


KERNEL = {"id": "8dd41a4f2e18865f", "name": "hg_net_v2_conv_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 24, "out_channels": 48, "kernel_size": 2, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 113, 113], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3643872,
     "flops": 233619456,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.convolution.stem2b",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 48, "kernel_size": 3, "stride": 2, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3013536,
     "flops": 67436544,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.convolution.stem1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 24, "kernel_size": 2, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 113, 113], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3665280,
     "flops": 232415232,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.convolution.stem2a",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 96, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1816320,
     "flops": 59006976,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.convolution.stem4",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 48, "kernel_size": 3, "stride": 2, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5502336,
     "flops": 520826880,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.models.pp_lcnet_v4.modeling_pp_lcnet_v4.PPLCNetV4ConvLayer",
     "path": "encoder.convolution.stem3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 16, "out_channels": 32, "kernel_size": 2, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 113, 113], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2427200,
     "flops": 104366080,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det", "pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "embedder.stem2b",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 32, "kernel_size": 3, "stride": 2, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2209728,
     "flops": 44957696,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det", "pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "embedder.stem1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 16, "kernel_size": 2, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 113, 113], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2441472,
     "flops": 103563264,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det", "pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "embedder.stem2a",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 5, "stride": 1, "groups": 192, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 312192,
     "flops": 3913728,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.2.blocks.0.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 384, "kernel_size": 5, "stride": 1, "groups": 384, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 172800,
     "flops": 1956864,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "encoder.stages.3.blocks.0.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 48, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1006976,
     "flops": 19869696,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "embedder.stem4",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 32, "kernel_size": 3, "stride": 2, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3649792,
     "flops": 231612416,
     "architectures": ["hgnet_v2", "pp_ocrv5_server_det"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "embedder.stem3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 192, "kernel_size": 5, "stride": 1, "groups": 192, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2419584,
     "flops": 31309824,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.2.blocks.0.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 384, "kernel_size": 5, "stride": 1, "groups": 384, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2430720,
     "flops": 31309824,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.encoder.stages.3.blocks.0.layers.0.conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 48, "kernel_size": 1, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4017536,
     "flops": 79478784,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.embedder.stem4",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 32, "kernel_size": 3, "stride": 1, "groups": 1, "activation": "relu", "use_learnable_affine_block": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4854016,
     "flops": 926449664,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "transformers.models.hgnet_v2.modeling_hgnet_v2.HGNetV2ConvLayer",
     "path": "backbone.embedder.stem3",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.resnet.modeling_resnet.ResNetConvLayer",
     "architectures": ["resnet", "upernet"],
     "reason": "constructor argument 'bias' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.regnet.modeling_regnet.RegNetConvLayer",
     "architectures": ["regnet"],
     "reason": "forward argument 'hidden_state' is not in the interface"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.vitmatte.modeling_vitmatte.VitMatteBasicConv3x3",
     "architectures": ["vitmatte"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_ocrv5_server_det.modeling_pp_ocrv5_server_det.PPOCRV5ServerDetConvBatchnormLayer",
     "architectures": ["pp_ocrv5_server_det"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.textnet.modeling_textnet.TextNetConvLayer",
     "architectures": ["textnet"],
     "reason": "constructor argument 'config' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_ocrv5_server_det.modeling_pp_ocrv5_server_det.PPOCRV5ServerDetConvBatchnormLayer",
     "architectures": ["pp_ocrv5_server_det"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.uvdoc.modeling_uvdoc.UVDocConvLayer",
     "architectures": ["uvdoc"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.pp_ocrv5_mobile_det.modeling_pp_ocrv5_mobile_det.PPOCRV5MobileDetConvBatchnormLayer",
     "architectures": ["pp_ocrv5_mobile_det"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
    {"qualname": "transformers.models.upernet.modeling_upernet.UperNetConvModule",
     "architectures": ["upernet"],
     "reason": "constructor argument 'padding' is not in HGNetV2ConvLayer.__init__"},
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
