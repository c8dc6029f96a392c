"""A convolution, a leaf kernel: `Conv3d` as transformers runs it.

kernel:        6a79c2380e33c6cb
level:         1
label:         convolution
qualnames:     torch.nn.modules.conv.Conv3d
transformers:  5.24.0
architectures: cohere_compass, cosmos3_omni, glm46v, glm4v, glm4v_moe, glm_ocr, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, videomae, videoprism, vivit, vjepa2
cases:         7 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.conv import Conv3d
from torch.nn.modules.conv import _size_3_t
from typing import Literal


class Model(Conv3d):
    """`Conv3d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_3_t,
        stride: _size_3_t = 1,
        padding: str | _size_3_t = 0,
        dilation: _size_3_t = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `Conv3d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1152, 3, 2, 16, 16]
        bias [1152]
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_3_t,
        stride: _size_3_t = 1,
        padding: str | _size_3_t = 0,
        dilation: _size_3_t = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (Conv3d)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (Conv3d)")


KERNEL = {"id": "6a79c2380e33c6cb", "name": "conv3d", "level": 1, "label": "convolution", "qualname": "torch.nn.modules.conv.Conv3d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 3, "out_channels": 1152, "kernel_size": [2, 16, 16], "stride": [2, 16, 16], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3, 2, 16, 16], "roles": ["fixed", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6293760,
     "flops": 1811939328,
     "architectures": ["cohere_compass", "cosmos3_omni", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "visual.patch_embed.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 1536, "kernel_size": [2, 14, 14], "stride": [2, 14, 14], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3, 2, 14, 14], "roles": ["fixed", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6392832,
     "flops": 1849688064,
     "architectures": ["glm46v", "glm4v", "glm4v_moe"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "visual.patch_embed.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 768, "kernel_size": [2, 16, 16], "stride": [2, 16, 16], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 16, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16811520,
     "flops": 7398752256,
     "architectures": ["videomae"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "embeddings.patch_embeddings.projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 768, "kernel_size": [1, 18, 18], "stride": [1, 18, 18], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 16, 288, 288], "roles": ["batch", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 30002688,
     "flops": 12230590464,
     "architectures": ["videoprism"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "video_model.vision_model.spatial_embeddings.patch_embeddings.projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 768, "kernel_size": [2, 16, 16], "stride": [2, 16, 16], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 32, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 31262208,
     "flops": 14797504512,
     "architectures": ["vivit"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "embeddings.patch_embeddings.projection",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 1024, "kernel_size": [2, 16, 16], "stride": [2, 16, 16], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3, 64, 256, 256], "roles": ["batch", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 87033856,
     "flops": 51539607552,
     "architectures": ["vjepa2"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "encoder.embeddings.patch_embeddings.proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 3, "out_channels": 1024, "kernel_size": [2, 14, 14], "stride": [2, 14, 14], "padding": 0, "dilation": 1, "groups": 1, "bias": True, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3, 2, 14, 14], "roles": ["fixed", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4663296,
     "flops": 1233125376,
     "architectures": ["glm_ocr"],
     "qualname": "torch.nn.modules.conv.Conv3d",
     "path": "visual.patch_embed.proj",
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
