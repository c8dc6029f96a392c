"""An elementwise activation, a leaf kernel: `GELUActivation` as transformers runs it.

kernel:        62315faf5a34bfb6
level:         1
label:         activation
qualnames:     transformers.activations.GELUActivation, torch.nn.modules.activation.GELU
transformers:  5.24.0
architectures: cohere_compass, colqwen2, cosmos3_edge, cosmos3_omni, dots3_note, ernie4_5_vl_moe, exaone4_5, glm46v, glm4v, glm4v_moe, glm_image, glm_ocr, hyperclovax_vision_v2, inkling2, inkling2_loop, lfm3_vl, lighton_ocr, minicpm_ocr, minicpmv4_6, minicpmv4_7, minimax_m3_vl, mistral3, mistral_large4, muse_glimmer, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_asr, qwen3_vl, qwen3_vl_moe, video_llama_3, voxtral
cases:         12 real cases, default first (the most common that fits in 8 GB); 11 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import GELUActivation


class Model(GELUActivation):
    """`GELUActivation` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, use_gelu_python: bool = False):
        super().__init__(use_gelu_python)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `GELUActivation` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, use_gelu_python: bool = False):
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (GELUActivation)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (GELUActivation)")


KERNEL = {"id": "62315faf5a34bfb6", "name": "gelu_activation_62315f", "level": 1, "label": "activation", "qualname": "transformers.activations.GELUActivation", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["inkling2", "inkling2_loop", "lfm3_vl", "muse_glimmer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.merger.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [514, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8421376,
     "flops": 2105344,
     "architectures": ["inkling2", "inkling2_loop"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12582912,
     "flops": 3145728,
     "architectures": ["glm_image", "minimax_m3_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "visual.blocks.0.mlp.activation_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 8960], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 18350080,
     "flops": 4587520,
     "architectures": ["muse_glimmer"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "vision_tower.layers.0.mlp.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [64, 4608], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1179648,
     "flops": 294912,
     "architectures": ["paddleocr_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "projector.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 4096], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 12779520,
     "flops": 3194880,
     "architectures": ["qwen3_asr"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "audio_tower.layers.0.activation_fn"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3145728,
     "flops": 786432,
     "architectures": ["minimax_m3_vl"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.merge_act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [256, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5242880,
     "flops": 1310720,
     "architectures": ["dots3_note"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "audio_tower.adapter.activation"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 123904000,
     "flops": 30976000,
     "architectures": ["mistral3"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6050, 6144], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 148684800,
     "flops": 37171200,
     "architectures": ["mistral_large4"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [750, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 9216000,
     "flops": 2304000,
     "architectures": ["voxtral"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.act"},
    {"init": {"use_gelu_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [780, 1024], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 3194880,
     "flops": 798720,
     "architectures": ["qwen3_asr"],
     "qualname": "transformers.activations.GELUActivation",
     "path": "multi_modal_projector.act"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["cohere_compass", "cosmos3_omni", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["exaone4_5", "hyperclovax_vision_v2", "qwen2_5_vl"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["minicpm_ocr"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["cosmos3_edge"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["glm_ocr"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["dots3_note"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["video_llama_3"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
    {"qualname": "torch.nn.modules.activation.GELU",
     "architectures": ["lighton_ocr"],
     "reason": "constructor argument 'approximate' is not in GELUActivation.__init__"},
]


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
