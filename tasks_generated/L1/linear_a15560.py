"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        a155602da5cf971b
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: aria, canine, clvp, conditional_detr, convbert, d_fine, decision_transformer, deepseek_ocr2, deformable_detr, deimv2, detr, eomt, eomt_dinov3, fsmt, granite_speech, granite_speech5_ctc, granite_speech5_encoder, granite_speech_plus, groupvit, hunyuan_vl, informer, instructblip, instructblipvideo, kosmos-2, kosmos-2.5, lasr_ctc, lasr_encoder, led, llava, llava_next, llava_next_video, llava_onevision, longformer, luke, lw_detr, mask2former, maskformer, nemotron3_5_asr, nemotron_asr_streaming, neucodec, oneformer, parakeet_rnnt, parakeet_tdt, pe_audio, pix2struct, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, prophetnet, recurrent_gemma, rf_detr, rt_detr, rt_detr_v2, sam, sam2, sam3_tracker, sam_hq, superglue, swiftformer, vibevoice_acoustic_tokenizer, vibevoice_asr, video_llava, videomt, videoprism, vjepa2, voxtral_realtime, xcodec2
cases:         73 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.linear import Linear


class Model(Linear):
    """`Linear` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_features, out_features, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [256, 256]
        bias [256]
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")


KERNEL = {"id": "a155602da5cf971b", "name": "linear_a15560", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 231936,
     "flops": 12870144,
     "architectures": ["conditional_detr", "d_fine", "deimv2", "detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6268928,
     "flops": 2135943168,
     "architectures": ["granite_speech", "granite_speech5_ctc", "granite_speech5_encoder", "granite_speech_plus", "led"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.attn.to_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 133632,
     "flops": 262656,
     "architectures": ["sam", "sam2", "sam3_tracker", "sam_hq"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_decoder.output_hypernetworks_mlps.0.proj_in",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 640, "out_features": 640, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 640], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3426560,
     "flops": 834597120,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming", "parakeet_rnnt", "parakeet_tdt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.decoder_projector",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1377792,
     "flops": 75546624,
     "architectures": ["instructblip", "instructblipvideo", "luke"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "qformer.encoder.layer.0.crossattention.attention.query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 200, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3737600,
     "flops": 839270400,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "mask_head.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 200, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 827750,
     "flops": 2458800,
     "architectures": ["eomt", "eomt_dinov3", "videomt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "class_predictor",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 745984,
     "flops": 78796800,
     "architectures": ["deformable_detr", "lw_detr", "rf_detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.self_attn.v_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 8192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 5, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33775616,
     "flops": 335626240,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.5.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 127, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5756928,
     "flops": 1065613312,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.1.conv.pointwise_lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 127, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3139584,
     "flops": 532936704,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.2.self_attn.o_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12542976,
     "flops": 4806653952,
     "architectures": ["instructblip", "instructblipvideo"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "qformer.encoder.layer.0.intermediate.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1000, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5646336,
     "flops": 1050624000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.2.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 32, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16000, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10248448,
     "flops": 266240000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stem.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 200, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4149248,
     "flops": 839680000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.3.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5216256,
     "flops": 302186496,
     "architectures": ["instructblip", "instructblipvideo"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "qformer.encoder.layer.1.intermediate_query.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 40, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216000,
     "flops": 671416320,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.4.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4000, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10372096,
     "flops": 1052672000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.1.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 64, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8000, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10273280,
     "flops": 528384000,
     "architectures": ["vibevoice_acoustic_tokenizer", "vibevoice_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conv_layers.0.stage.0.ffn.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 125, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 647168,
     "flops": 65664000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.subsampler.dense_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 254, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4179968,
     "flops": 1065873408,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.1.self_attn.o_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 255, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7329792,
     "flops": 2139617280,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.conv.pointwise_lin2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6, 576, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 43786240,
     "flops": 29005185024,
     "architectures": ["llava_next", "llava_next_video"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2036, 1280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 32350208,
     "flops": 21357346816,
     "architectures": ["voxtral_realtime"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 2, 1024], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6293504,
     "flops": 2148532224,
     "architectures": ["led"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.self_attn.longformer_self_attn.query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 2, 768], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4326912,
     "flops": 1208745984,
     "architectures": ["longformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.attention.self.query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 100, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 336384,
     "flops": 26265600,
     "architectures": ["mask2former"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "transformer_module.decoder.mask_predictor.mask_embedder.0.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4308480,
     "flops": 1201663488,
     "architectures": ["luke"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.1.attention.self.query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1018, 1024], "roles": ["batch", "batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10438656,
     "flops": 4271886336,
     "architectures": ["clvp"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "conditioning_encoder.mel_attn_blocks.0.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2560, "out_features": 2560, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 23536640,
     "flops": 13345735680,
     "architectures": ["recurrent_gemma"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.temporal_block.linear_out",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 512], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6554112,
     "flops": 1074790400,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "gnn.layers.0.mlp.1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 144, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 426496,
     "flops": 37822464,
     "architectures": ["maskformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "transformer_module.decoder.layers.0.encoder_attn.k_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6293504,
     "flops": 2148532224,
     "architectures": ["led"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.self_attn.output",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4326912,
     "flops": 1208745984,
     "architectures": ["longformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.attention.output.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4176896,
     "flops": 1067971584,
     "architectures": ["prophetnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.self_attn.relative_pos_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 54, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 384], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 933348,
     "flops": 42273468,
     "architectures": ["convbert"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.attention.self.conv_kernel_layer",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1967616,
     "flops": 302186496,
     "architectures": ["canine"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "initial_char_encoder.layer.0.attention.self.key",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6268928,
     "flops": 2135943168,
     "architectures": ["fsmt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.self_attn.k_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 150, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 438784,
     "flops": 39398400,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "transformer_module.decoder.mask_embed.layers.0.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 64, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 12, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14464,
     "flops": 198144,
     "architectures": ["informer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.1.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 125, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1949184,
     "flops": 295104000,
     "architectures": ["canine"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "initial_char_encoder.layer.0.attention.self.key",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 3, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 150, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 156942,
     "flops": 461700,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "transformer_module.decoder.class_embed",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 112, "out_features": 112, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 196, 112], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 200928,
     "flops": 9878400,
     "architectures": ["swiftformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.network.4.blocks.5.attn.to_query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 48, "out_features": 48, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3136, 48], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1208928,
     "flops": 29202432,
     "architectures": ["swiftformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.network.0.blocks.2.attn.to_query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 64, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 418176,
     "flops": 19021824,
     "architectures": ["groupvit"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.stages.0.downsample.mlp_inter.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 220, "out_features": 220, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 220], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 183480,
     "flops": 9507960,
     "architectures": ["swiftformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.network.6.blocks.3.attn.to_query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 56, "out_features": 56, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 784, 56], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 357616,
     "flops": 9922304,
     "architectures": ["swiftformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.network.2.blocks.2.attn.to_query",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 72, 4608], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 39010304,
     "flops": 2718203904,
     "architectures": ["hunyuan_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.patch_merger.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4740096,
     "flops": 9443328,
     "architectures": ["videoprism"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "video_model.head.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 896, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 144, 896], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10223616,
     "flops": 2115108864,
     "architectures": ["deepseek_ocr2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 1536], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 29887488,
     "flops": 19333644288,
     "architectures": ["kosmos-2.5"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "image_to_text_projection.x_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13639680,
     "flops": 4297064448,
     "architectures": ["video_llava"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5015808,
     "flops": 1359544320,
     "architectures": ["aria"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.cross_attn.linear",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4721664,
     "flops": 1208745984,
     "architectures": ["kosmos-2.5"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.embeddings.patch_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2754048,
     "flops": 604372992,
     "architectures": ["pix2struct"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.embeddings.patch_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 2, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 310628,
     "flops": 615600,
     "architectures": ["deformable_detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "reference_points",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 899328,
     "flops": 78720000,
     "architectures": ["pp_doclayout_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "reading_order.relative_head.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 1, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 341, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 176214,
     "flops": 175274,
     "architectures": ["decision_transformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "predict_return",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 17, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 341, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 202166,
     "flops": 2979658,
     "architectures": ["decision_transformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "predict_state",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 4, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 341, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 181080,
     "flops": 701096,
     "architectures": ["decision_transformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "predict_action.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8, "out_features": 192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 8], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 310656,
     "flops": 2506752,
     "architectures": ["groupvit"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.stages.1.downsample.mlp_inter.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 50, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9211904,
     "flops": 839065600,
     "architectures": ["neucodec"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "fc_encoder",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 576, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20193280,
     "flops": 9668395008,
     "architectures": ["llava"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9441280,
     "flops": 1074003968,
     "architectures": ["kosmos-2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "image_to_text_projection.x_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 1792, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8, 128], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 523776,
     "flops": 7368704,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_encoder.embedder.data_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8192, 384], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 46925824,
     "flops": 12901679104,
     "architectures": ["vjepa2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "predictor.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2048, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16732160,
     "flops": 8541687808,
     "architectures": ["xcodec2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "fc_encoder",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 131870720,
     "flops": 110123089920,
     "architectures": ["llava_onevision"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3211776,
     "flops": 269484032,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "keypoint_encoder.encoder.3.linear",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4325888,
     "flops": 537919488,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "keypoint_encoder.encoder.4",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 32, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 790656,
     "flops": 17039360,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "keypoint_encoder.encoder.1.linear",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 64, "out_features": 128, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1589504,
     "flops": 67633152,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "keypoint_encoder.encoder.2.linear",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 40051712,
     "flops": 27530772480,
     "architectures": ["llava_onevision"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
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
