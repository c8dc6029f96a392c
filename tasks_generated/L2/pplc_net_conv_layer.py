"""A convolution, a module built from leaf kernels: `PPLCNetConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/hardswish (hyper-parameters of batch_norm vary per case).

kernel:        49ed48c567783fd8
level:         2
label:         convolution
qualnames:     transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer, transformers.models.slanet.modeling_slanet.SLANetConvLayer
transformers:  5.24.0
architectures: pp_lcnet, slanet
cases:         38 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.pp_lcnet.modeling_pp_lcnet import PPLCNetConvLayer


class Model(PPLCNetConvLayer):
    """`PPLCNetConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int = 3,
        stride: int = 1,
        bias: bool = False,
        dilation: int | tuple[int, int] = 1,
        groups: int = 1,
        activation: str = "hardswish",
    ):
        super().__init__(in_channels, out_channels, kernel_size, stride, bias, dilation, groups, activation)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `PPLCNetConvLayer` as transformers runs it, built from L1/batch_norm2d, L1/conv2d_057413, L1/hardswish (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        convolution.weight [256, 1, 5, 5]
        normalization.weight [256]
        normalization.bias [256]
        normalization.running_mean [256]
        normalization.running_var [256]
        normalization.num_batches_tracked []
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int = 3,
        stride: int = 1,
        bias: bool = False,
        dilation: int | tuple[int, int] = 1,
        groups: int = 1,
        activation: str = "hardswish",
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (PPLCNetConvLayer)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (PPLCNetConvLayer)")


KERNEL = {"id": "49ed48c567783fd8", "name": "pplc_net_conv_layer", "level": 2, "label": "convolution", "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 256, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 416256,
     "flops": 5218304,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.3.layers.1.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 534528,
     "flops": 51580928,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.3.layers.1.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 256, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 368640,
     "flops": 25890816,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.3.layers.0.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 3, "stride": 1, "bias": False, "dilation": 1, "groups": 128, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 806144,
     "flops": 4014080,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.2.layers.1.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 836608,
     "flops": 51781632,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.2.layers.1.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 3, "stride": 2, "bias": False, "dilation": 1, "groups": 128, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 505088,
     "flops": 1003520,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.3.layers.0.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 16, "out_channels": 16, "kernel_size": 3, "stride": 1, "bias": False, "dilation": 1, "groups": 16, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1606048,
     "flops": 8028160,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.0.layers.0.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 16, "out_channels": 32, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 16, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2409728,
     "flops": 27295744,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.0.layers.0.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 5, "stride": 2, "bias": False, "dilation": 1, "groups": 256, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 265728,
     "flops": 1304576,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.4.layers.0.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 416768,
     "flops": 25790464,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.4.layers.0.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 16, "kernel_size": 3, "stride": 2, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1405920,
     "flops": 22478848,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 3, "stride": 2, "bias": False, "dilation": 1, "groups": 32, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2007872,
     "flops": 4014080,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.1.layers.0.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 64, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1208832,
     "flops": 26492928,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.1.layers.0.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 512, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 230400,
     "flops": 2609152,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.4.layers.1.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 729088,
     "flops": 51480576,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.4.layers.1.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 619520,
     "flops": 26091520,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.2.layers.0.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 3, "stride": 1, "bias": False, "dilation": 1, "groups": 64, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1607296,
     "flops": 8028160,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.1.layers.1.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1614336,
     "flops": 52183040,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.1.layers.1.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 3, "stride": 2, "bias": False, "dilation": 1, "groups": 64, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1005184,
     "flops": 2007040,
     "architectures": ["pp_lcnet", "slanet"],
     "qualname": "transformers.models.pp_lcnet.modeling_pp_lcnet.PPLCNetConvLayer",
     "path": "encoder.blocks.2.layers.0.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 206976,
     "flops": 7262976,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 771456,
     "flops": 29051904,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.1.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 80256,
     "flops": 1843968,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.0.bottlenecks.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 306048,
     "flops": 7375872,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.1.bottlenecks.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 169728,
     "flops": 7300608,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.0.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 621312,
     "flops": 29202432,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.1.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3029376,
     "flops": 116207616,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.2.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 192, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 65856,
     "flops": 1815744,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.bottom_up_blocks.2.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 48, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 78048,
     "flops": 978432,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.0.bottlenecks.0.conv2.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 48, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 303840,
     "flops": 3913728,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.1.bottlenecks.0.conv2.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1209216,
     "flops": 29503488,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.2.bottlenecks.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23808,
     "flops": 460992,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.bottom_up_blocks.2.bottlenecks.0.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 56832,
     "flops": 1825152,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.downsamples.2.pointwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 48, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1207008,
     "flops": 15654912,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.2.bottlenecks.0.conv2.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 48, "out_channels": 48, "kernel_size": 5, "stride": 1, "bias": False, "dilation": 1, "groups": 48, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21600,
     "flops": 244608,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.bottom_up_blocks.2.bottlenecks.0.conv2.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 5, "stride": 2, "bias": False, "dilation": 1, "groups": 96, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 99648,
     "flops": 489216,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.downsamples.2.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 5, "stride": 2, "bias": False, "dilation": 1, "groups": 96, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 381888,
     "flops": 1956864,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.downsamples.1.depthwise_convolution",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 1, "stride": 1, "bias": False, "dilation": 1, "groups": 1, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2427648,
     "flops": 116809728,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.top_down_blocks.2.conv3",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 96, "out_channels": 96, "kernel_size": 5, "stride": 2, "bias": False, "dilation": 1, "groups": 96, "activation": "hardswish"},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1510848,
     "flops": 7827456,
     "architectures": ["slanet"],
     "qualname": "transformers.models.slanet.modeling_slanet.SLANetConvLayer",
     "path": "backbone.post_csp_pan.downsamples.0.depthwise_convolution",
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
