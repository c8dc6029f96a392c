"""An elementwise activation, a leaf kernel: `SiLU` as transformers runs it.

kernel:        d42cd2f4a053bec8
level:         1
label:         activation
qualnames:     torch.nn.modules.activation.SiLU, transformers.activations.SiLUActivation
transformers:  5.24.0
architectures: align, aya_vision, cohere2_vision, d_fine, deimv2, efficientnet, lw_detr, mobilevit, mobilevitv2, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, rf_detr, rt_detr, rt_detr_v2
cases:         68 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.activation import SiLU


class Model(SiLU):
    """`SiLU` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, inplace: bool = False) -> None:
        super().__init__(inplace)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `SiLU` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (SiLU)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (SiLU)")


KERNEL = {"id": "d42cd2f4a053bec8", "name": "silu", "level": 1, "label": "activation", "qualname": "torch.nn.modules.activation.SiLU", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.0.conv4.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100352,
     "flops": 25088,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.pan_blocks.1.conv4.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["d_fine", "deimv2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.1.conv4.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2304, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5971968,
     "flops": 1492992,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.39.expansion.expand_act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200704,
     "flops": 50176,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.0.csp_rep1.conv1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 960, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10513920,
     "flops": 2628480,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.19.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1344, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14719488,
     "flops": 3679872,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.29.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 288, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51840000,
     "flops": 12960000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.5.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 480, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21600000,
     "flops": 5400000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.12.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 768,
     "flops": 192,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.39.squeeze_excite.act_reduce"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.1.csp_rep1.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 50176,
     "flops": 12544,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.pan_blocks.1.csp_rep1.conv1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 40, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 320,
     "flops": 80,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.19.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 448,
     "flops": 112,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.29.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 12, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 96,
     "flops": 24,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.5.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 20, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 160,
     "flops": 40,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.12.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3840, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9953280,
     "flops": 2488320,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.52.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 64,
     "flops": 16,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.1.squeeze_excite.act_reduce"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4194304,
     "flops": 1048576,
     "architectures": ["lw_detr", "mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "backbone.projector.scale_layers.0.projector_layer.bottlenecks.0.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["lw_detr", "mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "backbone.projector.scale_layers.0.projector_layer.conv1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 160, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1280,
     "flops": 320,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.52.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23040000,
     "flops": 5760000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.1.depthwise_conv.depthwise_act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.0.conv1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 46080000,
     "flops": 11520000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.embeddings.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1344, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3483648,
     "flops": 870912,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.38.depthwise_conv.depthwise_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 128,
     "flops": 32,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.0.squeeze_excite.act_reduce"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 34560000,
     "flops": 8640000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.4.depthwise_conv.depthwise_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 300, 300], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 138240000,
     "flops": 34560000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.4.expansion.expand_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 288, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12960000,
     "flops": 3240000,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.11.depthwise_conv.depthwise_act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 480, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5256960,
     "flops": 1314240,
     "architectures": ["align", "efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "vision_model.encoder.blocks.18.depthwise_conv.depthwise_act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.fpn_blocks.1.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200704,
     "flops": 50176,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.pan_blocks.1.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 40, 40], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["rf_detr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "backbone.projector.projector_layer.bottlenecks.0.conv1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 4, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 786432,
     "flops": 196608,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.3.transformer.layer.0.ffn.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262144,
     "flops": 65536,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.3.conv_kxk.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 160, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 81920,
     "flops": 20480,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.4.conv_kxk.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.1.layer.1.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 4, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262144,
     "flops": 65536,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.4.transformer.layer.0.ffn.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 786432,
     "flops": 196608,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.2.conv_kxk.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.2.downsampling_layer.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 4, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.2.transformer.layer.0.ffn.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 40, 40], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3276800,
     "flops": 819200,
     "architectures": ["rf_detr"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "backbone.projector.projector_layer.conv1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.0.layer.0.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.0.layer.0.expand_1x1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100352,
     "flops": 25088,
     "architectures": ["pp_doclayout_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.mask_feature_head.scale_heads.1.layers.0.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["pp_doclayout_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.mask_feature_head.scale_heads.0.layers.0.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["pp_doclayout_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.encoder_mask_lateral.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16777216,
     "flops": 4194304,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.1.layer.0.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16777216,
     "flops": 4194304,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.1.layer.0.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4194304,
     "flops": 1048576,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.1.layer.0.conv_3x3.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 13, 13, 4096], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5537792,
     "flops": 1384448,
     "architectures": ["aya_vision"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "multi_modal_projector.act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "conv_stem.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 16, 18432], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 37748736,
     "flops": 9437184,
     "architectures": ["cohere2_vision"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "multi_modal_projector.act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.2.downsampling_layer.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2560, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6635520,
     "flops": 1658880,
     "architectures": ["efficientnet"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.top_activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4194304,
     "flops": 1048576,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "conv_stem.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 786432,
     "flops": 196608,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.3.downsampling_layer.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 786432,
     "flops": 196608,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.3.conv_kxk.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3145728,
     "flops": 786432,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.3.downsampling_layer.expand_1x1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1048576,
     "flops": 262144,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.4.downsampling_layer.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1048576,
     "flops": 262144,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.3.downsampling_layer.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4194304,
     "flops": 1048576,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.3.downsampling_layer.expand_1x1.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262144,
     "flops": 65536,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.layer.4.downsampling_layer.conv_3x3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262144,
     "flops": 65536,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.4.conv_kxk.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25088,
     "flops": 6272,
     "architectures": ["pp_doclayout_v3"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "encoder.mask_feature_head.scale_heads.2.layers.0.activation"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 640, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 327680,
     "flops": 81920,
     "architectures": ["mobilevit"],
     "qualname": "transformers.activations.SiLUActivation",
     "path": "conv_1x1_exp.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1572864,
     "flops": 393216,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.4.downsampling_layer.expand_1x1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 8, 8], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 393216,
     "flops": 98304,
     "architectures": ["mobilevitv2"],
     "qualname": "torch.nn.modules.activation.SiLU",
     "path": "encoder.layer.4.downsampling_layer.conv_3x3.activation"},
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
