"""A normalization, a leaf kernel: `LayerNorm` as transformers runs it (hyper-parameters of layer_norm vary per case).

kernel:        62d6a00945a07338
level:         1
label:         norm
qualnames:     torch.nn.modules.normalization.LayerNorm
transformers:  5.24.0
architectures: altclip, beit, blip-2, chinese_clip, clip, clipseg, cohere_compass, colqwen2, convnext, convnextv2, cosmos3_edge, cosmos3_omni, dots3_note, ernie4_5_vl_moe, glm46v, glm4v, glm4v_moe, glm_image, glm_ocr, hiera, idefics, inkling2, inkling2_loop, instructblip, instructblipvideo, kimi_k25, kosmos-2, lfm3_vl, llava, llava_next, llava_next_video, metaclip_2, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m3_vl, mlcd, moss_transcribe_diarize, muse_glimmer, opt, owlv2, owlvit, paddleocr_vl, pe_audio, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_asr, qwen3_vl, qwen3_vl_moe, video_llama_3, video_llava, vipllava, xclip
cases:         32 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.normalization import LayerNorm
from torch.nn.modules.normalization import _shape_t


class Model(LayerNorm):
    """`LayerNorm` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        normalized_shape: _shape_t,
        eps: float = 1e-5,
        elementwise_affine: bool = True,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(normalized_shape, eps, elementwise_affine, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a leaf kernel: `LayerNorm` as transformers runs it (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1152]
        bias [1152]
    """

    def __init__(
        self,
        normalized_shape: _shape_t,
        eps: float = 1e-5,
        elementwise_affine: bool = True,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (LayerNorm)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a normalization (LayerNorm)")


KERNEL = {"id": "62d6a00945a07338", "name": "layer_norm_62d6a0", "level": 1, "label": "norm", "qualname": "torch.nn.modules.normalization.LayerNorm", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"normalized_shape": 1152, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2363904,
     "flops": 590848,
     "architectures": ["cohere_compass", "cosmos3_edge", "cosmos3_omni", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "visual.blocks.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216,
     "flops": 1540,
     "architectures": ["altclip", "chinese_clip", "clip", "clipseg", "idefics", "metaclip_2", "owlv2", "owlvit"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1018, 768], "roles": ["batch*seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3130368,
     "flops": 783860,
     "architectures": ["blip-2", "instructblip", "instructblipvideo", "opt"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "language_model.model.decoder.layers.0.final_layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 4608, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2377728,
     "flops": 590080,
     "architectures": ["cohere_compass", "cosmos3_omni", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "visual.deepstack_merger_list.0.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12288,
     "flops": 2052,
     "architectures": ["kosmos-2", "llava", "video_llava", "vipllava"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.model.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1280, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2626560,
     "flops": 656384,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vlm.visual.blocks.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1408, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1408], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16896,
     "flops": 2820,
     "architectures": ["blip-2", "instructblip", "instructblipvideo"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-12, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216,
     "flops": 1540,
     "architectures": ["beit", "convnext", "convnextv2"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "pooler.layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 4096, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2113536,
     "flops": 524544,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "visual.merger.post_projection_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [514, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2109440,
     "flops": 527364,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.pre_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1536, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3151872,
     "flops": 787456,
     "architectures": ["dots3_note", "glm_image"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.merger.ln_q",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 3072, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 208896,
     "flops": 49184,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "merger.mlp.0.pre_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 3072, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1585152,
     "flops": 393472,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.vit_merger.pre_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 69632,
     "flops": 16416,
     "architectures": ["llava_next_video", "video_llava"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 28672,
     "flops": 6156,
     "architectures": ["llava_next", "llava_next_video"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1536, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3151872,
     "flops": 787456,
     "architectures": ["muse_glimmer"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.ln_pre",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1152, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2363904,
     "flops": 590848,
     "architectures": ["kimi_k25"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.layers.0.norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1575936,
     "flops": 394240,
     "architectures": ["video_llama_3"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.encoder.layers.0.layer_norm1",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3198976,
     "flops": 800280,
     "architectures": ["qwen3_asr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "audio_tower.layers.0.self_attn_layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 5120, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2641920,
     "flops": 655616,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "resampler_model.spatial_linear.ln",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1152, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [256, 1152], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1184256,
     "flops": 295424,
     "architectures": ["paddleocr_vl"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "projector.pre_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 3072, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 798720,
     "flops": 196736,
     "architectures": ["minicpm_ocr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "merger.mlp.0.pre_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12288,
     "flops": 2052,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "text_audio_head.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1664, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1664], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 19968,
     "flops": 3332,
     "architectures": ["mlcd"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1792, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1792], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21504,
     "flops": 3588,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "audio_head.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9216,
     "flops": 1540,
     "architectures": ["hiera"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "pooler.layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1536, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 792576,
     "flops": 196864,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "visual.merger.post_projection_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 768, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 768], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 52224,
     "flops": 12320,
     "architectures": ["xclip"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_model.post_layernorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1280, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [256, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1315840,
     "flops": 328192,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "audio_tower.adapter.norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2101248,
     "flops": 525312,
     "architectures": ["lfm3_vl"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "multi_modal_projector.layer_norm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1280, "eps": 1e-05, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 1280], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2626560,
     "flops": 656384,
     "architectures": ["minimax_m3_vl"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "vision_tower.pre_layrnorm",
     "param_dtype": "bfloat16"},
    {"init": {"normalized_shape": 1024, "eps": 1e-06, "elementwise_affine": True, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3076096,
     "flops": 769500,
     "architectures": ["moss_transcribe_diarize"],
     "qualname": "torch.nn.modules.normalization.LayerNorm",
     "path": "multi_modal_projector.norm",
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
