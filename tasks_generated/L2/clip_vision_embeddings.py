"""A convolution, a module built from leaf kernels: `CLIPVisionEmbeddings` as transformers runs it, built from L1/conv2d_057413, L1/embedding.

kernel:        f18227d99a959cd1
level:         2
label:         convolution
qualnames:     transformers.models.clip.modeling_clip.CLIPVisionEmbeddings, transformers.models.altclip.modeling_altclip.AltCLIPVisionEmbeddings, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerVisionEmbeddings, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionEmbeddings, transformers.models.clipseg.modeling_clipseg.CLIPSegVisionEmbeddings, transformers.models.git.modeling_git.GitVisionEmbeddings, transformers.models.idefics.vision.IdeficsVisionEmbeddings, transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionEmbeddings, transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2VisionEmbeddings, transformers.models.owlv2.modeling_owlv2.Owlv2VisionEmbeddings, transformers.models.owlvit.modeling_owlvit.OwlViTVisionEmbeddings, transformers.models.x_clip.modeling_x_clip.XCLIPVisionEmbeddings
transformers:  5.24.0
architectures: altclip, bridgetower, chinese_clip, clip, clipseg, git, idefics, kosmos-2, llava, llava_next, llava_next_video, metaclip_2, owlv2, owlvit, video_llava, vipllava, xclip
cases:         1 real cases, default first (the most common that fits in 8 GB); 16 unmapped
"""

import torch
from torch import nn
from transformers.models.clip.configuration_clip import CLIPVisionConfig
from transformers.models.clip.modeling_clip import CLIPVisionEmbeddings


class Model(CLIPVisionEmbeddings):
    """`CLIPVisionEmbeddings` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: CLIPVisionConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `CLIPVisionEmbeddings` as transformers runs it, built from L1/conv2d_057413, L1/embedding.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        class_embedding [768]
        patch_embedding.weight [768, 3, 32, 32]
        position_embedding.weight [50, 768]
    """

    def __init__(self, config: CLIPVisionConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (CLIPVisionEmbeddings)")

    def forward(self, pixel_values: torch.Tensor, interpolate_pos_encoding=False) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (CLIPVisionEmbeddings)")


KERNEL = {"id": "f18227d99a959cd1", "name": "clip_vision_embeddings", "level": 2, "label": "convolution", "qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "CLIPVisionConfig", "fields": {"hidden_size": 768, "image_size": 224, "num_channels": 3, "patch_size": 32, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "interpolate_pos_encoding", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 5553040,
     "flops": 462614016,
     "architectures": ["clip"],
     "qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "path": "vision_model.embeddings",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "architectures": ["llava", "vipllava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "architectures": ["llava_next", "llava_next_video"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltCLIPVisionEmbeddings",
     "architectures": ["altclip"],
     "reason": "built by AltCLIPVisionEmbeddings from a AltCLIPVisionConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionEmbeddings",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPVisionEmbeddings from a ChineseCLIPVisionConfig"},
    {"qualname": "transformers.models.git.modeling_git.GitVisionEmbeddings",
     "architectures": ["git"],
     "reason": "built by GitVisionEmbeddings from a GitVisionConfig"},
    {"qualname": "transformers.models.idefics.vision.IdeficsVisionEmbeddings",
     "architectures": ["idefics"],
     "reason": "built by IdeficsVisionEmbeddings from a IdeficsVisionConfig"},
    {"qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionEmbeddings",
     "architectures": ["kosmos-2"],
     "reason": "built by Kosmos2VisionEmbeddings from a Kosmos2VisionConfig"},
    {"qualname": "transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2VisionEmbeddings",
     "architectures": ["metaclip_2"],
     "reason": "built by MetaClip2VisionEmbeddings from a MetaClip2VisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "architectures": ["video_llava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.clipseg.modeling_clipseg.CLIPSegVisionEmbeddings",
     "architectures": ["clipseg"],
     "reason": "built by CLIPSegVisionEmbeddings from a CLIPSegVisionConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerVisionEmbeddings",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerVisionEmbeddings from a BridgeTowerVisionConfig"},
    {"qualname": "transformers.models.owlv2.modeling_owlv2.Owlv2VisionEmbeddings",
     "architectures": ["owlv2"],
     "reason": "built by Owlv2VisionEmbeddings from a Owlv2VisionConfig"},
    {"qualname": "transformers.models.owlvit.modeling_owlvit.OwlViTVisionEmbeddings",
     "architectures": ["owlvit"],
     "reason": "built by OwlViTVisionEmbeddings from a OwlViTVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "architectures": ["video_llava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPVisionEmbeddings",
     "architectures": ["xclip"],
     "reason": "built by XCLIPVisionEmbeddings from a XCLIPVisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPVisionEmbeddings",
     "architectures": ["llava_next_video"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
]


_CONFIGS = {"CLIPVisionConfig": CLIPVisionConfig}


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
