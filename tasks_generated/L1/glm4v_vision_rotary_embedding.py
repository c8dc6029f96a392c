"""A rotary position embedding, a leaf kernel: `Glm4vVisionRotaryEmbedding` as transformers runs it.

kernel:        34f0bbde2e3031b6
level:         1
label:         rotary
qualnames:     transformers.models.glm4v.modeling_glm4v.Glm4vVisionRotaryEmbedding, transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2_5_VLVisionRotaryEmbedding, transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLVisionRotaryEmbedding, transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLVisionRotaryEmbedding, transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassVisionRotaryEmbedding, transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionRotaryEmbedding, transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeVisionRotaryEmbedding, transformers.models.exaone4_5.modeling_exaone4_5.Exaone4_5_VisionRotaryEmbedding, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeVisionRotaryEmbedding, transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrVisionRotaryEmbedding, transformers.models.lfm3_vl.modeling_lfm3_vl.Lfm3VlVisionRotaryEmbedding, transformers.models.mlcd.modeling_mlcd.MLCDRotaryEmbedding, transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRVisionRotaryEmbedding, transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5VisionRotaryEmbedding, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeVisionRotaryEmbedding, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeVisionRotaryEmbedding, transformers.models.video_llama_3.modeling_video_llama_3.VideoLlama3VisionRotaryEmbedding
transformers:  5.24.0
architectures: cohere_compass, colqwen2, cosmos3_omni, dots3_note, ernie4_5_vl_moe, exaone4_5, glm46v, glm4v, glm4v_moe, glm_ocr, hyperclovax_vision_v2, lfm3_vl, mlcd, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, video_llama_3
cases:         1 real cases, default first (the most common that fits in 8 GB); 16 unmapped
"""

import torch
from torch import nn
from transformers.models.glm4v.configuration_glm4v import Glm4vVisionConfig
from transformers.models.glm4v.modeling_glm4v import Glm4vVisionRotaryEmbedding


class Model(Glm4vVisionRotaryEmbedding):
    """`Glm4vVisionRotaryEmbedding` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Glm4vVisionConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `Glm4vVisionRotaryEmbedding` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, config: Glm4vVisionConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (Glm4vVisionRotaryEmbedding)")

    def forward(self, x, position_ids):
        raise NotImplementedError("write the kernel: a rotary position embedding (Glm4vVisionRotaryEmbedding)")


KERNEL = {"id": "34f0bbde2e3031b6", "name": "glm4v_vision_rotary_embedding", "level": 1, "label": "rotary", "qualname": "transformers.models.glm4v.modeling_glm4v.Glm4vVisionRotaryEmbedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Glm4vVisionConfig", "fields": {"hidden_size": 1536, "num_attention_heads": 12, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "axial"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [512, 2], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 512}],
     "dims": {},
     "bytes": 532608,
     "flops": 360448,
     "architectures": ["glm46v", "glm4v"],
     "qualname": "transformers.models.glm4v.modeling_glm4v.Glm4vVisionRotaryEmbedding",
     "path": "visual.rotary_pos_emb",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLVisionRotaryEmbedding",
     "architectures": ["cosmos3_omni", "qwen3_vl"],
     "reason": "built by Qwen3VLVisionRotaryEmbedding from a Qwen3VLVisionConfig"},
    {"qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.Qwen2VLVisionRotaryEmbedding",
     "architectures": ["colqwen2", "qwen2_vl"],
     "reason": "built by Qwen2VLVisionRotaryEmbedding from a Qwen2VLVisionConfig"},
    {"qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.Qwen2_5_VLVisionRotaryEmbedding",
     "architectures": ["hyperclovax_vision_v2", "qwen2_5_vl"],
     "reason": "built by Qwen2_5_VLVisionRotaryEmbedding from a Qwen2_5_VLVisionConfig"},
    {"qualname": "transformers.models.mlcd.modeling_mlcd.MLCDRotaryEmbedding",
     "architectures": ["mlcd"],
     "reason": "built by MLCDRotaryEmbedding from a MLCDVisionConfig"},
    {"qualname": "transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrVisionRotaryEmbedding",
     "architectures": ["glm_ocr"],
     "reason": "built by GlmOcrVisionRotaryEmbedding from a GlmOcrVisionConfig"},
    {"qualname": "transformers.models.lfm3_vl.modeling_lfm3_vl.Lfm3VlVisionRotaryEmbedding",
     "architectures": ["lfm3_vl"],
     "reason": "built by Lfm3VlVisionRotaryEmbedding from a Lfm3VlVisionConfig"},
    {"qualname": "transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassVisionRotaryEmbedding",
     "architectures": ["cohere_compass"],
     "reason": "built by CohereCompassVisionRotaryEmbedding from a CohereCompassVisionConfig"},
    {"qualname": "transformers.models.paddleocr_vl.modeling_paddleocr_vl.PaddleOCRVisionRotaryEmbedding",
     "architectures": ["paddleocr_vl"],
     "reason": "built by PaddleOCRVisionRotaryEmbedding from a PaddleOCRVisionConfig"},
    {"qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5VisionRotaryEmbedding",
     "architectures": ["qwen3_5"],
     "reason": "built by Qwen3_5VisionRotaryEmbedding from a Qwen3_5VisionConfig"},
    {"qualname": "transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeVisionRotaryEmbedding",
     "architectures": ["qwen3_5_moe"],
     "reason": "built by Qwen3_5MoeVisionRotaryEmbedding from a Qwen3_5MoeVisionConfig"},
    {"qualname": "transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeVisionRotaryEmbedding",
     "architectures": ["qwen3_vl_moe"],
     "reason": "built by Qwen3VLMoeVisionRotaryEmbedding from a Qwen3VLMoeVisionConfig"},
    {"qualname": "transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.Ernie4_5_VLMoeVisionRotaryEmbedding",
     "architectures": ["ernie4_5_vl_moe"],
     "reason": "built by Ernie4_5_VLMoeVisionRotaryEmbedding from a Ernie4_5_VLMoeVisionConfig"},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionRotaryEmbedding",
     "architectures": ["dots3_note"],
     "reason": "built by Dots3NoteVisionRotaryEmbedding from a Dots3NoteVisionConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeVisionRotaryEmbedding",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeVisionRotaryEmbedding from a Glm4vMoeVisionConfig"},
    {"qualname": "transformers.models.exaone4_5.modeling_exaone4_5.Exaone4_5_VisionRotaryEmbedding",
     "architectures": ["exaone4_5"],
     "reason": "built by Exaone4_5_VisionRotaryEmbedding from a Exaone4_5_VisionConfig"},
    {"qualname": "transformers.models.video_llama_3.modeling_video_llama_3.VideoLlama3VisionRotaryEmbedding",
     "architectures": ["video_llama_3"],
     "reason": "built by VideoLlama3VisionRotaryEmbedding from a VideoLlama3VisionConfig"},
]


_CONFIGS = {"Glm4vVisionConfig": Glm4vVisionConfig}


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
