"""An elementwise activation, a leaf kernel: `QuickGELUActivation` as transformers runs it (hyper-parameters of mul vary per case).

kernel:        0c951a1db2a2e7d5
level:         1
label:         activation
qualnames:     transformers.activations.QuickGELUActivation
transformers:  5.24.0
architectures: altclip, bridgetower, chinese_clip, clip, clipseg, colqwen2, ernie4_5_vl_moe, git, groupvit, imagegpt, kosmos-2, llava, llava_next, llava_next_video, metaclip_2, owlv2, owlvit, qwen2_vl, step3p7, unlimited_ocr, video_llava, vipllava, xclip
cases:         20 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import QuickGELUActivation
from typing import Any


class Model(QuickGELUActivation):
    """`QuickGELUActivation` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `QuickGELUActivation` as transformers runs it (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (QuickGELUActivation)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (QuickGELUActivation)")


KERNEL = {"id": "0c951a1db2a2e7d5", "name": "quick_gelu_activation", "level": 1, "label": "activation", "qualname": "transformers.activations.QuickGELUActivation", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 50, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1228800,
     "flops": 921600,
     "architectures": ["altclip", "chinese_clip", "clip", "clipseg", "metaclip_2"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 77, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1261568,
     "flops": 946176,
     "architectures": ["clip", "clipseg", "metaclip_2", "xclip"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "text_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 5120], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 10485760,
     "flops": 7864320,
     "architectures": ["colqwen2", "ernie4_5_vl_moe", "qwen2_vl"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vlm.visual.blocks.0.mlp.act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 257, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8421376,
     "flops": 6316032,
     "architectures": ["kosmos-2", "video_llava"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 577, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18907136,
     "flops": 14180352,
     "architectures": ["llava", "vipllava"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [6, 577, 4096], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 56721408,
     "flops": 42541056,
     "architectures": ["llava_next", "llava_next_video"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 262144,
     "flops": 196608,
     "architectures": ["owlv2", "owlvit"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "text_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 17, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 557056,
     "flops": 417792,
     "architectures": ["unlimited_ocr"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_tower.vision_encoder.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 6254592,
     "architectures": ["imagegpt"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "h.0.mlp.act"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 257, 4096], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 67371008,
     "flops": 50528256,
     "architectures": ["video_llava"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "video_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 577, 4096], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 151257088,
     "flops": 113442816,
     "architectures": ["llava_next_video"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 197, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4841472,
     "flops": 3631104,
     "architectures": ["git"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "image_encoder.vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2305, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 56647680,
     "flops": 42485760,
     "architectures": ["owlv2"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 577, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14180352,
     "flops": 10635264,
     "architectures": ["owlvit"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 77, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 630784,
     "flops": 473088,
     "architectures": ["groupvit"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "text_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 50, 3072], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 9830400,
     "flops": 7372800,
     "architectures": ["xclip"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [325, 2, 3072], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 7987200,
     "flops": 5990400,
     "architectures": ["bridgetower"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.visual.transformer.resblocks.0.mlp.gelu"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 32768,
     "flops": 24576,
     "architectures": ["xclip"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "prompts_generator.decoder.0.mlp.1"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2704, 8960], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 193822720,
     "flops": 145367040,
     "architectures": ["step3p7"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "vision_model.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 8, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 131072,
     "flops": 98304,
     "architectures": ["xclip"],
     "qualname": "transformers.activations.QuickGELUActivation",
     "path": "mit.encoder.layers.0.mlp.activation_fn"},
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
