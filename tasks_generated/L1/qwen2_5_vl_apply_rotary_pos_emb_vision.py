"""A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb_vision` as transformers runs it.

kernel:        c4e67d2c219d7a08
level:         1
label:         rotary
qualnames:     transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision, transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb_vision, transformers.models.qwen3_vl.modeling_qwen3_vl.apply_rotary_pos_emb_vision, transformers.models.glm4v.modeling_glm4v.apply_rotary_pos_emb_vision, transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb_vision, transformers.models.exaone4_5.modeling_exaone4_5.apply_rotary_pos_emb_vision, transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb_vision, transformers.models.qwen3_5.modeling_qwen3_5.apply_rotary_pos_emb_vision, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.apply_rotary_pos_emb_vision, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.apply_rotary_pos_emb_vision, transformers.models.glm4v_moe.modeling_glm4v_moe.apply_rotary_pos_emb_vision, transformers.models.glm_ocr.modeling_glm_ocr.apply_rotary_pos_emb_vision, transformers.models.video_llama_3.modeling_video_llama_3.apply_rotary_pos_emb_vision, transformers.models.lfm3_vl.modeling_lfm3_vl.apply_rotary_pos_emb_vision, transformers.models.ernie4_5_vl_moe.modeling_ernie4_5_vl_moe.apply_rotary_pos_emb_vision, transformers.models.paddleocr_vl.modeling_paddleocr_vl.apply_rotary_pos_emb_vision
transformers:  5.24.0
architectures: cohere_compass, colqwen2, cosmos3_omni, dots3_note, ernie4_5_vl_moe, exaone4_5, glm46v, glm4v, glm4v_moe, glm_ocr, hyperclovax_vision_v2, lfm3_vl, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, video_llama_3
cases:         9 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.qwen2_5_vl.modeling_qwen2_5_vl import apply_rotary_pos_emb_vision


class Model(nn.Module):
    """`apply_rotary_pos_emb_vision` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def forward(
        self,
        q: torch.Tensor,
        k: torch.Tensor,
        cos: torch.Tensor,
        sin: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        return apply_rotary_pos_emb_vision(q, k, cos, sin)


class ModelNew(nn.Module):
    """A rotary position embedding, a leaf kernel: `apply_rotary_pos_emb_vision` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model."""

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb_vision)")

    def forward(
        self,
        q: torch.Tensor,
        k: torch.Tensor,
        cos: torch.Tensor,
        sin: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: a rotary position embedding (apply_rotary_pos_emb_vision)")


KERNEL = {"id": "c4e67d2c219d7a08", "name": "qwen2_5_vl_apply_rotary_pos_emb_vision", "level": 1, "label": "rotary", "qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims.
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 72], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 72], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 72], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 72], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 5013504,
     "flops": 5308416,
     "architectures": ["cohere_compass", "cosmos3_omni", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "transformers.models.cohere_compass.modeling_cohere_compass.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 12, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 12, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 128], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 128], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 6815744,
     "flops": 7077888,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "transformers.models.glm4v.modeling_glm4v.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 80], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 80], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 80], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 5570560,
     "flops": 5898240,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "transformers.models.qwen2_vl.modeling_qwen2_vl.apply_rotary_pos_emb_vision",
     "path": "vlm.visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 224], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 224], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 15597568,
     "flops": 16515072,
     "architectures": ["hyperclovax_vision_v2", "qwen2_5_vl"],
     "qualname": "transformers.models.qwen2_5_vl.modeling_qwen2_5_vl.apply_rotary_pos_emb_vision",
     "path": "vision_model.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 24, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 24, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 6553600,
     "flops": 7077888,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb_vision",
     "path": "vision_tower.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 8, 224], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 224], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 224], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 11927552,
     "flops": 12386304,
     "architectures": ["exaone4_5"],
     "qualname": "transformers.models.exaone4_5.modeling_exaone4_5.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 4456448,
     "flops": 4718592,
     "architectures": ["glm_ocr"],
     "qualname": "transformers.models.glm_ocr.modeling_glm_ocr.apply_rotary_pos_emb_vision",
     "path": "visual.blocks.0.attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 12, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 12, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 3407872,
     "flops": 3538944,
     "architectures": ["video_llama_3"],
     "qualname": "transformers.models.video_llama_3.modeling_video_llama_3.apply_rotary_pos_emb_vision",
     "path": "vision_model.encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [512, 16, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [512, 8, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"},
        {"name": "sin", "kind": "tensor", "shape": [512, 64], "roles": ["fixed", "fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 3407872,
     "flops": 3538944,
     "architectures": ["lfm3_vl"],
     "qualname": "transformers.models.lfm3_vl.modeling_lfm3_vl.apply_rotary_pos_emb_vision",
     "path": "vision_tower.layers.2.self_attn"},
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
    return [_input(spec, dims, CASES[case]) for spec in CASES[case]["inputs"]]


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


def _input(spec, dims, case):
    kind = spec["kind"]
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
