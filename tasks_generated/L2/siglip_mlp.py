"""An MLP, a module built from leaf kernels: `SiglipMLP` as transformers runs it, built from L1/gelu_tanh, L1/linear.

kernel:        d36fe1daec694dd7
level:         2
label:         mlp
qualnames:     transformers.models.siglip.modeling_siglip.SiglipMLP, transformers.models.siglip2.modeling_siglip2.Siglip2MLP, transformers.models.starcoder2.modeling_starcoder2.Starcoder2MLP, transformers.models.idefics3.modeling_idefics3.Idefics3VisionMLP, transformers.models.gpt_bigcode.modeling_gpt_bigcode.GPTBigCodeMLP, transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingVisionMLP, transformers.models.idefics2.modeling_idefics2.Idefics2VisionMLP, transformers.models.minicpm_ocr.modeling_minicpm_ocr.MiniCPMOcrVisionMLP, transformers.models.minicpmv4_6.modeling_minicpmv4_6.MiniCPMV4_6VisionMLP, transformers.models.minicpmv4_7.modeling_minicpmv4_7.MiniCPMV4_7VisionMLP, transformers.models.smolvlm.modeling_smolvlm.SmolVLMVisionMLP
transformers:  5.24.0
architectures: aria, aya_vision, cohere2_vision, colmodernvbert, colpali, deepseek_vl, deepseek_vl_hybrid, gemma3, gpt_bigcode, granite4_vision, granite_docling, idefics2, idefics3, lfm2_vl, llava_onevision, minicpm_ocr, minicpmv4_6, minicpmv4_7, modernvbert, paligemma, shieldgemma2, siglip, siglip2, smolvlm, starcoder2, t5gemma2, ultravbert
cases:         13 real cases, default first (the most common that fits in 8 GB); 15 unmapped
"""

import torch
from torch import nn
from transformers.models.siglip.configuration_siglip import SiglipTextConfig
from transformers.models.siglip.configuration_siglip import SiglipVisionConfig
from transformers.models.siglip.modeling_siglip import SiglipMLP


class Model(SiglipMLP):
    """`SiglipMLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `SiglipMLP` as transformers runs it, built from L1/gelu_tanh, L1/linear.

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
        raise NotImplementedError("write the kernel: an MLP (SiglipMLP)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (SiglipMLP)")


KERNEL = {"id": "d36fe1daec694dd7", "name": "siglip_mlp", "level": 2, "label": "mlp", "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9451008,
     "flops": 18888192,
     "architectures": ["colmodernvbert", "deepseek_vl", "deepseek_vl_hybrid", "gemma3", "modernvbert", "shieldgemma2", "siglip", "t5gemma2"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vlm.vision_model.head.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 15736320,
     "flops": 19341508608,
     "architectures": ["colmodernvbert", "modernvbert", "ultravbert"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vlm.vision_model.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 196, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10649088,
     "flops": 3702085632,
     "architectures": ["deepseek_vl", "deepseek_vl_hybrid", "siglip"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_model.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4096, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 34610688,
     "flops": 77366034432,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4096, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 21244160,
     "flops": 9668460544,
     "architectures": ["colpali", "paligemma"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vlm.vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23601408,
     "flops": 29005971456,
     "architectures": ["cohere2_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4304, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 576, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 30460576,
     "flops": 45717331968,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4304, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 676, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 26073760,
     "flops": 26827184384,
     "architectures": ["aya_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4304, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [16, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 73591456,
     "flops": 231443993088,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4304, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 729, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 33280672,
     "flops": 57860998272,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipTextConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 768, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 9838080,
     "flops": 1208844288,
     "architectures": ["siglip"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "text_model.encoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 3072, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 1152], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14173440,
     "flops": 28326144,
     "architectures": ["cohere2_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.head.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SiglipVisionConfig", "fields": {"hidden_act": "gelu_pytorch_tanh", "hidden_size": 1152, "intermediate_size": 4304, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 1, 1152], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 19862176,
     "flops": 79370368,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.models.siglip.modeling_siglip.SiglipMLP",
     "path": "vision_tower.head.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.siglip2.modeling_siglip2.Siglip2MLP",
     "architectures": ["lfm2_vl", "siglip2"],
     "reason": "built by Siglip2MLP from a Siglip2VisionConfig"},
    {"qualname": "transformers.models.siglip2.modeling_siglip2.Siglip2MLP",
     "architectures": ["lfm2_vl", "siglip2"],
     "reason": "built by Siglip2MLP from a Siglip2VisionConfig"},
    {"qualname": "transformers.models.starcoder2.modeling_starcoder2.Starcoder2MLP",
     "architectures": ["starcoder2"],
     "reason": "built by Starcoder2MLP from a Starcoder2Config"},
    {"qualname": "transformers.models.granite_docling.modeling_granite_docling.GraniteDoclingVisionMLP",
     "architectures": ["granite_docling"],
     "reason": "built by GraniteDoclingVisionMLP from a GraniteDoclingVisionConfig"},
    {"qualname": "transformers.models.idefics2.modeling_idefics2.Idefics2VisionMLP",
     "architectures": ["idefics2"],
     "reason": "built by Idefics2VisionMLP from a Idefics2VisionConfig"},
    {"qualname": "transformers.models.idefics3.modeling_idefics3.Idefics3VisionMLP",
     "architectures": ["aria"],
     "reason": "built by Idefics3VisionMLP from a Idefics3VisionConfig"},
    {"qualname": "transformers.models.idefics3.modeling_idefics3.Idefics3VisionMLP",
     "architectures": ["idefics3"],
     "reason": "built by Idefics3VisionMLP from a Idefics3VisionConfig"},
    {"qualname": "transformers.models.smolvlm.modeling_smolvlm.SmolVLMVisionMLP",
     "architectures": ["smolvlm"],
     "reason": "built by SmolVLMVisionMLP from a SmolVLMVisionConfig"},
    {"qualname": "transformers.models.siglip2.modeling_siglip2.Siglip2MLP",
     "architectures": ["siglip2"],
     "reason": "built by Siglip2MLP from a Siglip2TextConfig"},
    {"qualname": "transformers.models.gpt_bigcode.modeling_gpt_bigcode.GPTBigCodeMLP",
     "architectures": ["gpt_bigcode"],
     "reason": "constructor argument 'intermediate_size' is not in SiglipMLP.__init__"},
    {"qualname": "transformers.models.minicpm_ocr.modeling_minicpm_ocr.MiniCPMOcrVisionMLP",
     "architectures": ["minicpm_ocr"],
     "reason": "built by MiniCPMOcrVisionMLP from a MiniCPMOcrVisionConfig"},
    {"qualname": "transformers.models.minicpmv4_6.modeling_minicpmv4_6.MiniCPMV4_6VisionMLP",
     "architectures": ["minicpmv4_6"],
     "reason": "built by MiniCPMV4_6VisionMLP from a MiniCPMV4_6VisionConfig"},
    {"qualname": "transformers.models.minicpmv4_7.modeling_minicpmv4_7.MiniCPMV4_7VisionMLP",
     "architectures": ["minicpmv4_7"],
     "reason": "built by MiniCPMV4_7VisionMLP from a MiniCPMV4_7VisionConfig"},
    {"qualname": "transformers.models.minicpmv4_6.modeling_minicpmv4_6.MiniCPMV4_6VisionMLP",
     "architectures": ["minicpmv4_6"],
     "reason": "built by MiniCPMV4_6VisionMLP from a MiniCPMV4_6VisionConfig"},
    {"qualname": "transformers.models.minicpmv4_7.modeling_minicpmv4_7.MiniCPMV4_7VisionMLP",
     "architectures": ["minicpmv4_7"],
     "reason": "built by MiniCPMV4_7VisionMLP from a MiniCPMV4_7VisionConfig"},
]


_CONFIGS = {"SiglipTextConfig": SiglipTextConfig, "SiglipVisionConfig": SiglipVisionConfig}


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
