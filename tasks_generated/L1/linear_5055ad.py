"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        5055ada9d0ed9bac
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: axk1, axk2, bailing_hybrid, bros, deepseek_v2, deepseek_v3, deepseek_v32, dots3_note, efficientloftr, glm4_moe_lite, glm_moe_dsa, hy_v4, hy_v4_vl, kimi_k25, kimi_linear, minicpm3, mistral4, mistral_large4, swin2sr, swinv2, youtu
cases:         22 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.linear import Linear


class Model(Linear):
    """`Linear` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_features, out_features, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [32768, 512]
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")


KERNEL = {"id": "5055ada9d0ed9bac", "name": "linear_5055ad", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 512, "out_features": 32768, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 101312512,
     "flops": 34158411776,
     "architectures": ["deepseek_v3", "deepseek_v32", "dots3_note", "kimi_k25"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 8192, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 26109952,
     "flops": 8539602944,
     "architectures": ["bailing_hybrid", "deepseek_v2", "kimi_linear"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.5.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 28672, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 88778752,
     "flops": 29888610304,
     "architectures": ["glm_moe_dsa", "hy_v4_vl"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 16384, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 51177472,
     "flops": 17079205888,
     "architectures": ["axk1", "mistral_large4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 5120, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13566976,
     "flops": 2668625920,
     "architectures": ["minicpm3"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 12288, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 38643712,
     "flops": 12809404416,
     "architectures": ["mistral_large4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 128, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9648640,
     "flops": 1067450368,
     "architectures": ["axk2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 8960, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 28460032,
     "flops": 9340190720,
     "architectures": ["glm4_moe_lite"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 256, "out_features": 6144, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16176128,
     "flops": 3202351104,
     "architectures": ["mistral4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 6, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 15, 15, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 239244,
     "flops": 1382400,
     "architectures": ["swin2sr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.stages.0.layers.0.attention.self.continuous_position_bias_mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 14336, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 44910592,
     "flops": 14944305152,
     "architectures": ["hy_v4"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 1024, "out_features": 20480, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 1024], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 85725184,
     "flops": 42698014720,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "language_model.layers.2.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 4096, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 509, 512], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13576192,
     "flops": 4269801472,
     "architectures": ["youtu"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layers.0.self_attn.kv_b_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 512], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3735552,
     "flops": 822083584,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "local_feature_transformer.layers.0.cross_attention.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 256, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 28, 28, 512], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2670592,
     "flops": 411041792,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "local_feature_transformer.layers.0.cross_attention.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 12, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 13, 13, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 189400,
     "flops": 2076672,
     "architectures": ["swinv2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.2.blocks.0.attention.self.continuous_position_bias_mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 512, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 28, 28, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6946816,
     "flops": 1644167168,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "local_feature_transformer.layers.0.self_attention.mlp.fc1",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 256, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 28, 28, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 5079040,
     "flops": 822083584,
     "architectures": ["efficientloftr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "local_feature_transformer.layers.0.self_attention.mlp.fc2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 3, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 13, 13, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 177142,
     "flops": 519168,
     "architectures": ["swinv2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.blocks.0.attention.self.continuous_position_bias_mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 6, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 13, 13, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 181228,
     "flops": 1038336,
     "architectures": ["swinv2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.1.blocks.0.attention.self.continuous_position_bias_mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 512, "out_features": 24, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 13, 13, 512], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 205744,
     "flops": 4153344,
     "architectures": ["swinv2"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.3.blocks.0.attention.self.continuous_position_bias_mlp.2",
     "param_dtype": "bfloat16"},
    {"init": {"in_features": 192, "out_features": 64, "bias": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [509, 509, 2, 192], "roles": ["seq", "seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 265323520,
     "flops": 12734349312,
     "architectures": ["bros"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "bbox_embeddings.bbox_projection",
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


# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = [
    {"phase": "decode",
     "dims": {"batch": 1, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 16, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 64, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 256, "seq": 1}},
    {"phase": "prefill",
     "dims": {"batch": 1, "seq": 2048}},
]


def _serving_case(default, serving):
    """The default case at a serving shape: role-sized dimensions at its dims."""
    dims = serving["dims"]
    sizes = {**dims, "batch*seq": dims["batch"] * dims["seq"]}

    def resized(spec):  # a tensor of a "tensors" input has no "kind" of its own
        if spec.get("kind") == "tensors":
            return {**spec, "tensors": [resized(t) for t in spec["tensors"]]}
        if spec.get("kind", "tensor") != "tensor":
            return spec
        return {**spec, "shape": [sizes.get(role, size) for size, role in zip(spec["shape"], spec["roles"])]}

    kept = {k: v for k, v in default.items() if k not in ("architectures", "qualname", "path")}
    return {**kept, "inputs": [resized(s) for s in default["inputs"]], "dims": dims, "bytes": None, "flops": None,
            "phase": serving["phase"]}


CASES += [_serving_case(CASES[0], serving) for serving in SERVING]
