"""An MLP, a module built from leaf kernels: `CLIPMLP` as transformers runs it, built from L1/linear, L1/quick_gelu_activation (hyper-parameters of mul vary per case).

kernel:        1727215176b84247
level:         2
label:         mlp
qualnames:     transformers.models.clip.modeling_clip.CLIPMLP, transformers.models.x_clip.modeling_x_clip.XCLIPMLP, transformers.models.clipseg.modeling_clipseg.CLIPSegMLP, transformers.models.imagegpt.modeling_imagegpt.ImageGPTMLP, transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionMLP, transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2MLP, transformers.models.owlv2.modeling_owlv2.Owlv2MLP, transformers.models.owlvit.modeling_owlvit.OwlViTMLP, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrMLP, transformers.models.altclip.modeling_altclip.AltCLIPMLP, transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionMLP, transformers.models.git.modeling_git.GitVisionMLP, transformers.models.groupvit.modeling_groupvit.GroupViTMLP, torch.nn.modules.container.Sequential, transformers.models.step3p7.modeling_step3p7.Step3p7VisionMLP
transformers:  5.24.0
architectures: altclip, chinese_clip, clip, clipseg, git, groupvit, imagegpt, kosmos-2, llava, llava_next, llava_next_video, metaclip_2, owlv2, owlvit, step3p7, unlimited_ocr, video_llava, vipllava, xclip
cases:         2 real cases, default first (the most common that fits in 8 GB); 25 unmapped
"""

import torch
from torch import nn
from transformers.models.clip.configuration_clip import CLIPTextConfig
from transformers.models.clip.configuration_clip import CLIPVisionConfig
from transformers.models.clip.modeling_clip import CLIPMLP


class Model(CLIPMLP):
    """`CLIPMLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `CLIPMLP` as transformers runs it, built from L1/linear, L1/quick_gelu_activation (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        fc1.weight [3072, 768]
        fc1.bias [3072]
        fc2.weight [768, 3072]
        fc2.bias [768]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (CLIPMLP)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (CLIPMLP)")


KERNEL = {"id": "1727215176b84247", "name": "clipmlp", "level": 2, "label": "mlp", "qualname": "transformers.models.clip.modeling_clip.CLIPMLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "CLIPVisionConfig", "fields": {"hidden_act": "quick_gelu", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 50, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9752064,
     "flops": 945024000,
     "architectures": ["clip"],
     "qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "path": "vision_model.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "CLIPTextConfig", "fields": {"hidden_act": "quick_gelu", "hidden_size": 512, "intermediate_size": 2048, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 77, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4514816,
     "flops": 647263232,
     "architectures": ["clip"],
     "qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "path": "text_model.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "architectures": ["llava", "vipllava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "architectures": ["llava_next", "llava_next_video"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrMLP",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrMLP from a UnlimitedOcrVisionEncoderConfig"},
    {"qualname": "transformers.models.kosmos2.modeling_kosmos2.Kosmos2VisionMLP",
     "architectures": ["kosmos-2"],
     "reason": "built by Kosmos2VisionMLP from a Kosmos2VisionConfig"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "architectures": ["video_llava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.imagegpt.modeling_imagegpt.ImageGPTMLP",
     "architectures": ["imagegpt"],
     "reason": "constructor argument 'intermediate_size' is not in CLIPMLP.__init__"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "architectures": ["video_llava"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.clip.modeling_clip.CLIPMLP",
     "architectures": ["llava_next_video"],
     "reason": "CLIPVisionConfig(**fields) fails: StrictDataclassClassValidationError: Class validation error for validator 'validate_architecture':"},
    {"qualname": "transformers.models.owlv2.modeling_owlv2.Owlv2MLP",
     "architectures": ["owlv2"],
     "reason": "built by Owlv2MLP from a Owlv2TextConfig"},
    {"qualname": "transformers.models.owlvit.modeling_owlvit.OwlViTMLP",
     "architectures": ["owlvit"],
     "reason": "built by OwlViTMLP from a OwlViTTextConfig"},
    {"qualname": "transformers.models.git.modeling_git.GitVisionMLP",
     "architectures": ["git"],
     "reason": "built by GitVisionMLP from a GitVisionConfig"},
    {"qualname": "transformers.models.owlv2.modeling_owlv2.Owlv2MLP",
     "architectures": ["owlv2"],
     "reason": "built by Owlv2MLP from a Owlv2VisionConfig"},
    {"qualname": "transformers.models.altclip.modeling_altclip.AltCLIPMLP",
     "architectures": ["altclip"],
     "reason": "built by AltCLIPMLP from a AltCLIPVisionConfig"},
    {"qualname": "transformers.models.chinese_clip.modeling_chinese_clip.ChineseCLIPVisionMLP",
     "architectures": ["chinese_clip"],
     "reason": "built by ChineseCLIPVisionMLP from a ChineseCLIPVisionConfig"},
    {"qualname": "transformers.models.clipseg.modeling_clipseg.CLIPSegMLP",
     "architectures": ["clipseg"],
     "reason": "built by CLIPSegMLP from a CLIPSegVisionConfig"},
    {"qualname": "transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2MLP",
     "architectures": ["metaclip_2"],
     "reason": "built by MetaClip2MLP from a MetaClip2VisionConfig"},
    {"qualname": "transformers.models.owlvit.modeling_owlvit.OwlViTMLP",
     "architectures": ["owlvit"],
     "reason": "built by OwlViTMLP from a OwlViTVisionConfig"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTMLP",
     "architectures": ["groupvit"],
     "reason": "built by GroupViTMLP from a GroupViTTextConfig"},
    {"qualname": "transformers.models.clipseg.modeling_clipseg.CLIPSegMLP",
     "architectures": ["clipseg"],
     "reason": "built by CLIPSegMLP from a CLIPSegTextConfig"},
    {"qualname": "transformers.models.metaclip_2.modeling_metaclip_2.MetaClip2MLP",
     "architectures": ["metaclip_2"],
     "reason": "built by MetaClip2MLP from a MetaClip2TextConfig"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPMLP",
     "architectures": ["xclip"],
     "reason": "built by XCLIPMLP from a XCLIPTextConfig"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPMLP",
     "architectures": ["xclip"],
     "reason": "built by XCLIPMLP from a XCLIPVisionConfig"},
    {"qualname": "transformers.models.step3p7.modeling_step3p7.Step3p7VisionMLP",
     "architectures": ["step3p7"],
     "reason": "built by Step3p7VisionMLP from a Step3p7VisionConfig"},
    {"qualname": "torch.nn.modules.container.Sequential",
     "architectures": ["xclip"],
     "reason": "constructor argument 'config' was not recorded"},
    {"qualname": "transformers.models.x_clip.modeling_x_clip.XCLIPMLP",
     "architectures": ["xclip"],
     "reason": "built by XCLIPMLP from a XCLIPVisionConfig"},
]


_CONFIGS = {"CLIPTextConfig": CLIPTextConfig, "CLIPVisionConfig": CLIPVisionConfig}


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
