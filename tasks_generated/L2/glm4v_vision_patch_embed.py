"""A convolution, a module built from leaf kernels: `Glm4vVisionPatchEmbed` as transformers runs it, built from L1/conv3d.

kernel:        6e6689feac9b0ab7
level:         2
label:         convolution
qualnames:     transformers.models.glm4v.modeling_glm4v.Glm4vVisionPatchEmbed, transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLVisionPatchEmbed, transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassVisionPatchEmbed, transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeVisionPatchEmbed, transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrVisionPatchEmbed, transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5VisionPatchEmbed, transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeVisionPatchEmbed, transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeVisionPatchEmbed, transformers.models.videomae.modeling_videomae.VideoMAEPatchEmbeddings, transformers.models.videoprism.modeling_videoprism.VideoPrismTubeletEmbeddings, transformers.models.vivit.modeling_vivit.VivitTubeletEmbeddings, transformers.models.vjepa2.modeling_vjepa2.VJEPA2PatchEmbeddings3D
transformers:  5.24.0
architectures: cohere_compass, cosmos3_omni, glm46v, glm4v, glm4v_moe, glm_ocr, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, videomae, videoprism, vivit, vjepa2
cases:         1 real cases, default first (the most common that fits in 8 GB); 11 unmapped
"""

import torch
from torch import nn
from transformers.models.glm4v.configuration_glm4v import Glm4vVisionConfig
from transformers.models.glm4v.modeling_glm4v import Glm4vVisionPatchEmbed


class Model(Glm4vVisionPatchEmbed):
    """`Glm4vVisionPatchEmbed` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Glm4vVisionConfig) -> None:
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `Glm4vVisionPatchEmbed` as transformers runs it, built from L1/conv3d.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        proj.weight [1536, 3, 2, 14, 14]
        proj.bias [1536]
    """

    def __init__(self, config: Glm4vVisionConfig) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (Glm4vVisionPatchEmbed)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (Glm4vVisionPatchEmbed)")


KERNEL = {"id": "6e6689feac9b0ab7", "name": "glm4v_vision_patch_embed", "level": 2, "label": "convolution", "qualname": "transformers.models.glm4v.modeling_glm4v.Glm4vVisionPatchEmbed", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Glm4vVisionConfig", "fields": {"hidden_size": 1536, "in_channels": 3, "patch_size": 14, "temporal_patch_size": 2, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1176], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6392832,
     "flops": 1849688064,
     "architectures": ["glm46v", "glm4v"],
     "qualname": "transformers.models.glm4v.modeling_glm4v.Glm4vVisionPatchEmbed",
     "path": "visual.patch_embed",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.qwen3_vl.modeling_qwen3_vl.Qwen3VLVisionPatchEmbed",
     "architectures": ["cosmos3_omni", "qwen3_vl"],
     "reason": "built by Qwen3VLVisionPatchEmbed from a Qwen3VLVisionConfig"},
    {"qualname": "transformers.models.glm4v_moe.modeling_glm4v_moe.Glm4vMoeVisionPatchEmbed",
     "architectures": ["glm4v_moe"],
     "reason": "built by Glm4vMoeVisionPatchEmbed from a Glm4vMoeVisionConfig"},
    {"qualname": "transformers.models.glm_ocr.modeling_glm_ocr.GlmOcrVisionPatchEmbed",
     "architectures": ["glm_ocr"],
     "reason": "built by GlmOcrVisionPatchEmbed from a GlmOcrVisionConfig"},
    {"qualname": "transformers.models.cohere_compass.modeling_cohere_compass.CohereCompassVisionPatchEmbed",
     "architectures": ["cohere_compass"],
     "reason": "built by CohereCompassVisionPatchEmbed from a CohereCompassVisionConfig"},
    {"qualname": "transformers.models.qwen3_5.modeling_qwen3_5.Qwen3_5VisionPatchEmbed",
     "architectures": ["qwen3_5"],
     "reason": "built by Qwen3_5VisionPatchEmbed from a Qwen3_5VisionConfig"},
    {"qualname": "transformers.models.qwen3_5_moe.modeling_qwen3_5_moe.Qwen3_5MoeVisionPatchEmbed",
     "architectures": ["qwen3_5_moe"],
     "reason": "built by Qwen3_5MoeVisionPatchEmbed from a Qwen3_5MoeVisionConfig"},
    {"qualname": "transformers.models.qwen3_vl_moe.modeling_qwen3_vl_moe.Qwen3VLMoeVisionPatchEmbed",
     "architectures": ["qwen3_vl_moe"],
     "reason": "built by Qwen3VLMoeVisionPatchEmbed from a Qwen3VLMoeVisionConfig"},
    {"qualname": "transformers.models.videomae.modeling_videomae.VideoMAEPatchEmbeddings",
     "architectures": ["videomae"],
     "reason": "built by VideoMAEPatchEmbeddings from a VideoMAEConfig"},
    {"qualname": "transformers.models.vivit.modeling_vivit.VivitTubeletEmbeddings",
     "architectures": ["vivit"],
     "reason": "built by VivitTubeletEmbeddings from a VivitConfig"},
    {"qualname": "transformers.models.videoprism.modeling_videoprism.VideoPrismTubeletEmbeddings",
     "architectures": ["videoprism"],
     "reason": "built by VideoPrismTubeletEmbeddings from a VideoPrismVisionConfig"},
    {"qualname": "transformers.models.vjepa2.modeling_vjepa2.VJEPA2PatchEmbeddings3D",
     "architectures": ["vjepa2"],
     "reason": "built by VJEPA2PatchEmbeddings3D from a VJEPA2Config"},
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
