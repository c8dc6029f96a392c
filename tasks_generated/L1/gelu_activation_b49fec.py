"""An elementwise activation, a leaf kernel: `GELUActivation` as transformers runs it.

kernel:        b49fec5f275f0ce3
level:         1
label:         activation
qualnames:     transformers.activations.GELUActivation, torch.nn.modules.activation.GELU
transformers:  5.24.0
architectures: convnext, convnextv2, deepseek_ocr2, deepseek_vl_hybrid, dinov3_convnext, eomt, eomt_dinov3, focalnet, got_ocr2, hunyuan_vl, hy_v4_vl, lfm2_vl, poolformer, pp_chart2table, pp_formulanet, pp_lcnet_v4, pp_ocrv6_medium_det, pp_ocrv6_small_det, pp_ocrv6_small_rec, pp_ocrv6_tiny_rec, sam, sam2, sam3_tracker, sam_hq, seggpt, slanext, swiftformer, unlimited_ocr, videomt, vitdet, vitmatte, zoedepth
cases:         35 real cases, default first (the most common that fits in 8 GB); 24 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import GELUActivation


class Model(GELUActivation):
    """`GELUActivation` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, use_gelu_python: bool = False):
        super().__init__(use_gelu_python)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `GELUActivation` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, use_gelu_python: bool = False):
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (GELUActivation)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (GELUActivation)")


KERNEL = {"id": "b49fec5f275f0ce3", "name": "gelu_activation_b49fec", "level": 1, "label": "activation", "qualname": "transformers.activations.GELUActivation", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "swiftformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.blocks.0.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100663296,
     "flops": 25165824,
     "architectures": ["deepseek_vl_hybrid", "got_ocr2", "pp_chart2table", "sam", "sam_hq"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "high_res_vision_model.vision_encoder.layers.0.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["deepseek_ocr2", "unlimited_ocr", "vitdet", "vitmatte"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.sam_encoder.layers.0.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 14, 14, 1536], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.stages.2.layers.0.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 160, 160], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 209715200,
     "flops": 52428800,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "upscale_block.block.1.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 80, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 52428800,
     "flops": 13107200,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "upscale_block.block.0.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.blocks.2.blocks.1.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25165824,
     "flops": 6291456,
     "architectures": ["pp_formulanet", "sam2", "slanext"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "model.encoder.layers.0.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.stages.1.layers.0.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 56, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9633792,
     "flops": 2408448,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.stages.0.layers.0.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 7, 7, 3072], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["convnext", "convnextv2", "dinov3_convnext"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.stages.3.layers.0.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.blocks.3.blocks.1.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.blocks.2.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_lcnet_v4", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.blocks.3.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602112,
     "flops": 150528,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "backbone.encoder.blocks.2.blocks.1.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "backbone.encoder.blocks.1.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301056,
     "flops": 75264,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "backbone.encoder.blocks.3.blocks.1.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301056,
     "flops": 75264,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "backbone.encoder.blocks.2.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 150528,
     "flops": 37632,
     "architectures": ["pp_ocrv6_medium_det", "pp_ocrv6_small_det"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "backbone.encoder.blocks.3.blocks.0.channel_act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 72, 72, 4736], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 196411392,
     "flops": 49102848,
     "architectures": ["sam3_tracker"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_encoder.backbone.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 56, 28, 4096], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 51380224,
     "flops": 12845056,
     "architectures": ["seggpt"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.layers.3.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 64, 1536], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 50331648,
     "flops": 12582912,
     "architectures": ["sam2"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_encoder.backbone.blocks.3.mlp.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1280, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2007040,
     "flops": 501760,
     "architectures": ["poolformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.block.2.0.output.act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 56, 28, 4096], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 102760448,
     "flops": 25690112,
     "architectures": ["seggpt"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.layers.0.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 128, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100663296,
     "flops": 25165824,
     "architectures": ["sam2"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_encoder.backbone.blocks.1.mlp.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["poolformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.block.3.0.output.act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["poolformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.block.0.0.output.act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["poolformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.block.1.0.output.act_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 2304, 8, 8], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 589824,
     "flops": 147456,
     "architectures": ["hunyuan_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.patch_merger.proj_act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 6144, 8, 8], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1572864,
     "flops": 393216,
     "architectures": ["hy_v4_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.patch_merger.proj_act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 224, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1404928,
     "flops": 351232,
     "architectures": ["swiftformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.network.2.blocks.2.linear.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 384], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 201326592,
     "flops": 50331648,
     "architectures": ["sam2"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_encoder.backbone.blocks.0.mlp.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 448, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 702464,
     "flops": 175616,
     "architectures": ["swiftformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.network.4.blocks.5.linear.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 880, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 344960,
     "flops": 86240,
     "architectures": ["swiftformer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "encoder.network.6.blocks.3.linear.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 1, 128, 2560], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1310720,
     "flops": 327680,
     "architectures": ["lfm2_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.act"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam", "sam2", "sam_hq"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam", "sam2", "sam_hq"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["focalnet"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam_hq"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam3_tracker"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam3_tracker"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["swiftformer"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam3_tracker"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["sam_hq"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["zoedepth"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
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
