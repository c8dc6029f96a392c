"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        7b386900d056cb20
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: aimv2, albert, align, bert, big_bird, blip-2, bridgetower, bros, camembert, canine, clap, cohere_compass, colqwen2, cosmos3_edge, cosmos3_omni, data2vec-text, deit, dots3_note, dpt, encoder-decoder, ernie, ernie4_5_vl_moe, esm, exaone4_5, flava, glm_image, glm_ocr, groupvit, hyperclovax_vision_v2, ibert, inkling2, inkling2_loop, instructblip, instructblipvideo, jev, jina_embeddings_v3, kimi_k25, layoutlm, lfm3_vl, lilt, longformer, luke, lxmert, markuplm, megatron-bert, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m3_vl, mobilebert, moss_transcribe_diarize, mpnet, muse_glimmer, oneformer, opt, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_asr, qwen3_vl, qwen3_vl_moe, rembert, roberta, roberta-prelayernorm, roc_bert, siglip, siglip2, squeezebert, tapas, video_llama_3, vilt, vision-encoder-decoder, vision-text-dual-encoder, visual_bert, vit, vivit, xclip, xlm-roberta, xlm-roberta-xl, xmod, yolos
cases:         86 real cases, default first (the most common that fits in 8 GB); 0 unmapped
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
        weight [768, 768]
        bias [768]
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


KERNEL = {"id": "7b386900d056cb20", "name": "linear_7b3869", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1187328,
     "flops": 2360832,
     "architectures": ["align", "bert", "big_bird", "bridgetower", "bros", "camembert", "canine", "clap", "data2vec-text", "deit", "dpt", "encoder-decoder", "ernie", "esm", "flava", "ibert", "layoutlm", "lilt", "longformer", "luke", "lxmert", "markuplm", "mpnet", "roberta", "roberta-prelayernorm", "roc_bert", "siglip", "siglip2", "squeezebert", "tapas", "vilt", "vision-encoder-decoder", "vision-text-dual-encoder", "visual_bert", "vit", "vivit", "xlm-roberta", "xmod", "yolos"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_model.pooler.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5015808,
     "flops": 1359544320,
     "architectures": ["cohere_compass", "cosmos3_edge", "cosmos3_omni", "kimi_k25", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 4304, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15511968,
     "flops": 5079408640,
     "architectures": ["cohere_compass", "cosmos3_edge", "cosmos3_omni", "kimi_k25", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.linear_fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4304, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4304], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15505664,
     "flops": 5077794816,
     "architectures": ["cohere_compass", "cosmos3_edge", "cosmos3_omni", "kimi_k25", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 3456, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12688128,
     "flops": 4078632960,
     "architectures": ["cohere_compass", "cosmos3_omni", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 4608, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 44835840,
     "flops": 5436407808,
     "architectures": ["cohere_compass", "cosmos3_omni", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.deepstack_merger_list.0.linear_fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 1280, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5900800,
     "flops": 1678376960,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "minimax_m3_vl", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 3072], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12538368,
     "flops": 4804308480,
     "architectures": ["blip-2", "instructblip", "instructblipvideo", "opt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.model.decoder.layers.0.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 768], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12542976,
     "flops": 4806653952,
     "architectures": ["blip-2", "instructblip", "instructblipvideo", "opt"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.model.decoder.layers.0.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3584, "out_features": 3420, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 31693496,
     "flops": 12553205760,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3420, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3420], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 31693824,
     "flops": 12553289728,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3584, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33037312,
     "flops": 13155172352,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 3840, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 15080960,
     "flops": 5035130880,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 19671040,
     "flops": 6713507840,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.blocks.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 1280, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 19663360,
     "flops": 6711541760,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.blocks.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 55060480,
     "flops": 6711541760,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.merger.mlp.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2107392,
     "flops": 4196352,
     "architectures": ["aimv2", "jina_embeddings_v3", "megatron-bert"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.head.output_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 14336, "out_features": 14336, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 14336], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 418410496,
     "flops": 52615184384,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.mlp.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 14336, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 14336], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 107355136,
     "flops": 13153796096,
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7867392,
     "flops": 2416705536,
     "architectures": ["glm_image", "muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [514, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4204544,
     "flops": 1078462464,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3584, "out_features": 10752, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 91771904,
     "flops": 39465517056,
     "architectures": ["hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [514, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 13660160,
     "flops": 4313849856,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [514, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 13654016,
     "flops": 4312270848,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 39985152,
     "flops": 4832362496,
     "architectures": ["cosmos3_omni", "qwen3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.deepstack_merger_list.0.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 19077120,
     "flops": 302039040,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "merger.mlp.0.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 25403392,
     "flops": 402718720,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "merger.mlp.0.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 529408,
     "flops": 1049600,
     "architectures": ["clap", "mobilebert"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_projection.linear2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 12288, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 12288], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 22218240,
     "flops": 2416017408,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.vit_merger.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 12288, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 79454208,
     "flops": 9665249280,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.vit_merger.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 35134464,
     "flops": 4228317184,
     "architectures": ["qwen3_5", "qwen3_5_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.merger.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 38935552,
     "flops": 4698079232,
     "architectures": ["colqwen2", "qwen2_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vlm.visual.merger.mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 6144, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 78655488,
     "flops": 9664462848,
     "architectures": ["dots3_note", "minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.merger.mlp.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 8960, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 38290944,
     "flops": 14097448960,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 8960, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 8960], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 38276096,
     "flops": 14093647872,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.layers.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 13639680,
     "flops": 4297064448,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.gate_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2754048,
     "flops": 604372992,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 4608, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 20456448,
     "flops": 7250116608,
     "architectures": ["glm_image"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1536, "out_features": 6144, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 26750976,
     "flops": 9666822144,
     "architectures": ["glm_image"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 1536, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 26741760,
     "flops": 9664462848,
     "architectures": ["glm_image"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3584, "out_features": 7168, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 62404608,
     "flops": 26310344704,
     "architectures": ["exaone4_5"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 10491904,
     "flops": 3222798336,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.qkv",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4196352,
     "flops": 1074266112,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.attn.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 13633536,
     "flops": 4295491584,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.blocks.0.mlp.down_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1230336,
     "flops": 18886656,
     "architectures": ["xclip"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.layers.0.message_fc",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8652288,
     "flops": 2416312320,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.layers.0.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8656896,
     "flops": 2417491968,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_model.encoder.layers.0.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5294080,
     "flops": 1636577280,
     "architectures": ["qwen3_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.layers.0.self_attn.q_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 8192, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 78790656,
     "flops": 9664724992,
     "architectures": ["cohere_compass"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.deepstack_merger_list.0.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 20582400,
     "flops": 2416181248,
     "architectures": ["qwen3_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.deepstack_merger_list.0.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4096], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2115072,
     "flops": 4194816,
     "architectures": ["groupvit"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual_projection.3",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 792576,
     "flops": 1573888,
     "architectures": ["clap"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_projection.linear1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 19666944,
     "flops": 1208156160,
     "architectures": ["minicpm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "merger.mlp.0.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3072, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 26091520,
     "flops": 1610874880,
     "architectures": ["minicpm_ocr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "merger.mlp.0.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 4608, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 43656192,
     "flops": 2718203904,
     "architectures": ["paddleocr_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 10160128,
     "flops": 604045312,
     "architectures": ["paddleocr_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16384000,
     "flops": 6546309120,
     "architectures": ["qwen3_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.layers.0.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16377856,
     "flops": 6543912960,
     "architectures": ["qwen3_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.layers.0.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1152, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1152], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2665728,
     "flops": 5310720,
     "architectures": ["rembert"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "pooler.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 2560, "out_features": 2560, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2560], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13132800,
     "flops": 26219520,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "pooler.dense",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2122752,
     "flops": 4202496,
     "architectures": ["groupvit"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_projection.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 133632,
     "flops": 262656,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "task_encoder.task_mlp.layers.1.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 384, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3171840,
     "flops": 6299648,
     "architectures": ["groupvit"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual_projection.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4096], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 33595392,
     "flops": 67117056,
     "architectures": ["albert"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "pooler",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 640, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 989952,
     "flops": 1967360,
     "architectures": ["align"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "text_projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 77, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 77], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 41268,
     "flops": 79360,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "task_encoder.task_mlp.layers.0.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 10240, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 10240], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 108800000,
     "flops": 13422428160,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "resampler_model.temporal_linear.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 11520, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 11520], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50663424,
     "flops": 6040059904,
     "architectures": ["cosmos3_edge"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.linear_fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 24576, "out_features": 6144, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 24576], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 309866496,
     "flops": 38655492096,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.merge_linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 3584, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 3584], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 31334400,
     "flops": 3758620672,
     "architectures": ["hyperclovax_vision_v2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 35659776,
     "flops": 4295491584,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18354176,
     "flops": 2147745792,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4608, "out_features": 11520, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 110320128,
     "flops": 13591019520,
     "architectures": ["cosmos3_edge"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.linear_fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 2560, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 28185600,
     "flops": 3355770880,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "resampler_model.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 65808384,
     "flops": 8053719040,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "vision_tower.merger.mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [256, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16394240,
     "flops": 3356753920,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.adapter.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 5120, "out_features": 5120, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [256, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 57681920,
     "flops": 13423083520,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "audio_tower.adapter.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 24, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [3, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 221376,
     "flops": 589896,
     "architectures": ["jev"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1280, "out_features": 6144, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 23343104,
     "flops": 8056209408,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 41951232,
     "flops": 17181966336,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.readout.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 6144, "out_features": 6144, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 88092672,
     "flops": 38657851392,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 1152, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3737856,
     "flops": 906559488,
     "architectures": ["cosmos3_edge"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "visual.embeddings.patch_embedding",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 768, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 11280384,
     "flops": 3223322624,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "projector.readout.0",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5171200,
     "flops": 1573632000,
     "architectures": ["moss_transcribe_diarize"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 16070656,
     "flops": 6292224000,
     "architectures": ["moss_transcribe_diarize"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 3584, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 14535680,
     "flops": 5728020480,
     "architectures": ["qwen3_asr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "multi_modal_projector.linear_2",
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
