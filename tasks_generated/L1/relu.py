"""An elementwise activation, a leaf kernel: `ReLU` as transformers runs it.

kernel:        ffd10f03dd55e2d8
level:         1
label:         activation
qualnames:     torch.nn.modules.activation.ReLU
transformers:  5.24.0
architectures: bit, canary, chmv2, cohere_asr, conditional_detr, d_fine, deformable_detr, deimv2, depth_anything, detr, efficientloftr, hgnet_v2, lightglue, mask2former, maskformer, nemotron3_5_asr, nemotron_asr_streaming, oneformer, parakeet_ctc, parakeet_encoder, parakeet_rnnt, parakeet_tdt, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, pp_lcnet, pp_lcnet_v3, pp_lcnet_v4, pp_ocrv5_mobile_det, pp_ocrv5_mobile_rec, pp_ocrv5_server_det, pp_ocrv5_server_rec, pp_ocrv6_medium_det, pp_ocrv6_small_det, pp_ocrv6_small_rec, pp_ocrv6_tiny_rec, prompt_depth_anything, regnet, resnet, rt_detr, rt_detr_v2, sam, sam2, sam3_tracker, sam_hq, slanet, superglue, superpoint, swiftformer, swin2sr, swinv2, table-transformer, textnet, tipsv2_dpt, upernet, uvdoc, vitmatte, vitpose, zoedepth
cases:         122 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.activation import ReLU


class Model(ReLU):
    """`ReLU` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, inplace: bool = False) -> None:
        super().__init__(inplace)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `ReLU` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU)")


KERNEL = {"id": "ffd10f03dd55e2d8", "name": "relu", "level": 1, "label": "activation", "qualname": "torch.nn.modules.activation.ReLU", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "regnet", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.layers.0.norm2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "regnet", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.0.norm2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "pp_ocrv6_medium_det", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.0.norm1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "regnet", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.layers.1.norm1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.2.layers.0.norm2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.2.layers.1.norm1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["bit", "conditional_detr", "d_fine", "deformable_detr", "deimv2", "detr", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.1.norm1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_lcnet_v4", "pp_ocrv5_server_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "swiftformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.embedder.stem4.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["bit", "conditional_detr", "deformable_detr", "detr", "mask2former", "oneformer", "pp_ocrv5_server_rec", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.1.norm1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "pp_ocrv5_server_rec", "regnet", "rt_detr", "rt_detr_v2", "uvdoc"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.embedder.stem1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["conditional_detr", "deformable_detr", "detr", "pp_ocrv5_server_det", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.embedder.embedder.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["bit", "conditional_detr", "deformable_detr", "detr", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.2.layers.0.norm3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["bit", "conditional_detr", "deformable_detr", "detr", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.layers.0.norm3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200704,
     "flops": 50176,
     "architectures": ["bit", "conditional_detr", "deformable_detr", "detr", "resnet", "rt_detr", "rt_detr_v2", "table-transformer", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.0.norm3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 384,
     "flops": 96,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.blocks.2.blocks.1.token_squeeze_excitation.convolutions.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "uvdoc"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.embedder.stem3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 401408,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det", "pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.embedder.stem2a.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 301056,
     "flops": 75264,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.encoder.stages.2.blocks.0.layers.0.conv2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 150528,
     "flops": 37632,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.encoder.stages.3.blocks.0.layers.0.conv2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602112,
     "flops": 150528,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.encoder.stages.1.blocks.0.layers.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_server_rec", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.convolution.stem1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_server_rec", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.convolution.stem4.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["d_fine", "deimv2", "hgnet_v2", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.model.encoder.stages.3.blocks.0.aggregation.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_mobile_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec", "swiftformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.convolution.stem2a.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 96, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 768,
     "flops": 192,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_mobile_det", "pp_ocrv5_mobile_rec", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.blocks.3.blocks.1.token_squeeze_excitation.convolutions.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 192,
     "flops": 48,
     "architectures": ["pp_lcnet_v4", "pp_ocrv5_mobile_det", "pp_ocrv6_medium_det", "pp_ocrv6_small_det", "pp_ocrv6_small_rec", "pp_ocrv6_tiny_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.blocks.0.blocks.0.token_squeeze_excitation.convolutions.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1024,
     "flops": 256,
     "architectures": ["pp_lcnet", "pp_lcnet_v3", "regnet", "slanet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.blocks.4.layers.1.squeeze_excitation_module.convolutions.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 128, 20], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5242880,
     "flops": 1310720,
     "architectures": ["parakeet_ctc", "parakeet_encoder", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.4"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 255, 40], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20889600,
     "flops": 5222400,
     "architectures": ["parakeet_ctc", "parakeet_encoder", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 10], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1310720,
     "flops": 327680,
     "architectures": ["parakeet_ctc", "parakeet_encoder", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.7"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 256, 28, 28], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 401408,
     "flops": 200704,
     "architectures": ["lightglue", "superglue", "superpoint"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_detector.keypoint_decoder.relu"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 100352,
     "architectures": ["pp_ocrv5_server_det", "pp_ocrv6_medium_det", "uvdoc"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "model.neck.intraclass_blocks.1.conv_final.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 512,
     "flops": 128,
     "architectures": ["pp_lcnet", "pp_lcnet_v3", "slanet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.blocks.4.layers.0.squeeze_excitation_module.convolutions.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["regnet", "vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.layers.0.layer.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 6, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 48,
     "flops": 12,
     "architectures": ["pp_ocrv5_mobile_det", "pp_ocrv6_small_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "model.neck.input_conv.0.squeeze_excitation_block.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 148, 148], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11214848,
     "flops": 2803712,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.3.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 700928,
     "flops": 175232,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.1.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 74, 74], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2803712,
     "flops": 700928,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.2.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 8, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 131072,
     "flops": 32768,
     "architectures": ["sam2", "sam3_tracker"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "mask_decoder.transformer.layers.0.mlp.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["pp_ocrv5_server_rec", "upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.1.blocks.0.aggregation.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 19, 19], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 184832,
     "flops": 46208,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.0.residual_layer2.activation1"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 128, 28, 28], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 802816,
     "flops": 401408,
     "architectures": ["lightglue", "superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_detector.encoder.conv_blocks.3.relu"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 128, 56, 56], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3211264,
     "flops": 1605632,
     "architectures": ["lightglue", "superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_detector.encoder.conv_blocks.2.relu"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 64, 112, 112], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6422528,
     "flops": 3211264,
     "architectures": ["lightglue", "superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_detector.encoder.conv_blocks.1.relu"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 64, 224, 224], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25690112,
     "flops": 12845056,
     "architectures": ["lightglue", "superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_detector.encoder.conv_blocks.0.relu"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 518, 518], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2146592,
     "flops": 536648,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.activation2"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 12, 12], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 147456,
     "flops": 73728,
     "architectures": ["maskformer", "zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "pixel_level_module.decoder.fpn.stem.2"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 128, 21], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5505024,
     "flops": 1376256,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 128, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["canary", "cohere_asr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.4"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 255, 41], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21411840,
     "flops": 5352960,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 255, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33423360,
     "flops": 8355840,
     "architectures": ["canary", "cohere_asr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["canary", "cohere_asr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.layers.7"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 65, 11], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1464320,
     "flops": 366080,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampling.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 518, 518], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 68690944,
     "flops": 17172736,
     "architectures": ["depth_anything", "prompt_depth_anything"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100352,
     "flops": 25088,
     "architectures": ["pp_ocrv5_server_det", "pp_ocrv6_medium_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "model.neck.intraclass_blocks.2.conv_final.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25088,
     "flops": 6272,
     "architectures": ["pp_ocrv5_server_det", "pp_ocrv6_medium_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "model.neck.intraclass_blocks.3.conv_final.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 166789120,
     "flops": 41697280,
     "architectures": ["parakeet_rnnt", "parakeet_tdt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "joint.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 509, 640], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 169395200,
     "flops": 42348800,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "joint.activation"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 15, 15, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 230400,
     "flops": 115200,
     "architectures": ["swin2sr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.0.attention.self.continuous_position_bias_mlp.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200704,
     "flops": 50176,
     "architectures": ["uvdoc"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.resnet.resnet_down.2.layers.0.conv_start.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.2.blocks.0.layers.0.conv2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 256, 28, 28], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.stages.3.blocks.0.activation"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 13, 13, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 173056,
     "flops": 86528,
     "architectures": ["swinv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.blocks.0.attention.self.continuous_position_bias_mlp.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.3.blocks.0.layers.0.conv2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 48, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2408448,
     "flops": 602112,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.0.blocks.0.layers.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1088, 7, 7], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 426496,
     "flops": 106624,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.0.layer.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 80, 80], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6553600,
     "flops": 1638400,
     "architectures": ["textnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.stage.0.activation_function"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 104, 104], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 22151168,
     "flops": 5537792,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.fusion_layers.3.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 128, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33554432,
     "flops": 8388608,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.3.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1179648,
     "flops": 294912,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.1.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 26, 26], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1384448,
     "flops": 346112,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.fusion_layers.1.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 32, 32], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.1.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 40, 40], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3276800,
     "flops": 819200,
     "architectures": ["textnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.2.stage.0.activation_function"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 48, 48], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4718592,
     "flops": 1179648,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.2.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 52, 52], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5537792,
     "flops": 1384448,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.fusion_layers.2.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 64, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.2.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 96, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18874368,
     "flops": 4718592,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.3.residual_layer1.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 20, 20], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["textnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.stage.0.activation_function"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 128, 56, 56], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.stages.2.blocks.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.2.blocks.0.aggregation.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 28, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.2.blocks.0.aggregation.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 64, 112, 112], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.stages.0.blocks.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 5, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 81920,
     "flops": 20480,
     "architectures": ["sam"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "mask_decoder.transformer.layers.0.mlp.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 6, 2048], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 98304,
     "flops": 24576,
     "architectures": ["sam_hq"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "mask_decoder.transformer.layers.0.mlp.act"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 192, 192], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18874368,
     "flops": 9437184,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "metric_head.projectors.3.act"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 294912,
     "flops": 147456,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "metric_head.projectors.0.act"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 28, 28], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 401408,
     "flops": 200704,
     "architectures": ["superpoint"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.conv_blocks.3.relu"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 48, 48], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1179648,
     "flops": 589824,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "metric_head.projectors.1.act"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1605632,
     "flops": 802816,
     "architectures": ["superpoint"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.conv_blocks.2.relu"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 96, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4718592,
     "flops": 2359296,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "metric_head.projectors.2.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 12, 12], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 294912,
     "flops": 73728,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.0.residual_layer2.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 13, 13], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 346112,
     "flops": 86528,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.fusion_layers.0.residual_layer2.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 16, 16], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 524288,
     "flops": 131072,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "neck.fusion_stage.layers.0.residual_layer2.activation1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 256, 256], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 134217728,
     "flops": 33554432,
     "architectures": ["tipsv2_dpt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 256,
     "flops": 64,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.1.layer.2.attention.1"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 1605632,
     "architectures": ["superpoint"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.conv_blocks.1.relu"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 160, 160], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13107200,
     "flops": 3276800,
     "architectures": ["textnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.stage.1.activation_function"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 6422528,
     "architectures": ["superpoint"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.conv_blocks.0.relu"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 320, 320], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 52428800,
     "flops": 13107200,
     "architectures": ["textnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "stem.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.3.blocks.0.aggregation.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1088, 14, 14], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1705984,
     "flops": 426496,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.0.layer.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 112, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.0.layer.0.activation"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 12, 12], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 73728,
     "flops": 36864,
     "architectures": ["zoedepth"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "metric_head.seed_projector.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 416, 416], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 177209344,
     "flops": 44302336,
     "architectures": ["chmv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.conv_depth.head.3"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6422528,
     "flops": 1605632,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.0.blocks.0.aggregation.1.activation"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 1605632,
     "architectures": ["vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.matting_head.matting_convs.2"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.1.layers.0.layer.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 14, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.3.blocks.0.aggregation.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 56, 56], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 602112,
     "flops": 150528,
     "architectures": ["pp_ocrv5_mobile_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.conv_down.act_fn"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 24, 24], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 589824,
     "flops": 294912,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "pixel_level_module.decoder.fpn.layers.0.block.2"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 48, 48], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2359296,
     "flops": 1179648,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "pixel_level_module.decoder.fpn.layers.1.block.2"},
    {"init": {"inplace": True},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 96, 96], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9437184,
     "flops": 4718592,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "pixel_level_module.decoder.fpn.layers.2.block.2"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 272, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2176,
     "flops": 544,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.3.layers.1.layer.2.attention.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12845056,
     "flops": 3211264,
     "architectures": ["vitmatte"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.fusion_blocks.3.conv.relu"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096,
     "flops": 1024,
     "architectures": ["upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decode_head.psp_modules.0.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 2, 2], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16384,
     "flops": 4096,
     "architectures": ["upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decode_head.psp_modules.1.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 3, 3], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 36864,
     "flops": 9216,
     "architectures": ["upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decode_head.psp_modules.2.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 6, 6], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 147456,
     "flops": 36864,
     "architectures": ["upernet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decode_head.psp_modules.3.1.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25690112,
     "flops": 6422528,
     "architectures": ["pp_ocrv5_server_det"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.local_refinement_module.convolution_backbone.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 56, 112], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3211264,
     "flops": 802816,
     "architectures": ["pp_ocrv5_server_rec"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "backbone.encoder.stages.0.blocks.0.aggregation.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 16, 12], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1179648,
     "flops": 294912,
     "architectures": ["vitpose"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "head.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8, 1, 1], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 64,
     "flops": 16,
     "architectures": ["regnet"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.stages.0.layers.0.layer.2.attention.1"},
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
