"""A computation, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

kernel:        9d9800a7b443f602
level:         1
label:         other
qualnames:     transformers.models.helium.modeling_helium.apply_rotary_pos_emb
transformers:  5.24.0
architectures: helium
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.helium.configuration_helium import HeliumConfig
from transformers.models.helium.modeling_helium import apply_rotary_pos_emb
import importlib


class Model(nn.Module):
    """`apply_rotary_pos_emb` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        return apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim)


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `apply_rotary_pos_emb` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (apply_rotary_pos_emb)")

    def forward(self, q, k, cos, sin, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a computation (apply_rotary_pos_emb)")


KERNEL = {"id": "9d9800a7b443f602", "name": "helium_apply_rotary_pos_emb", "level": 1, "label": "other", "qualname": "transformers.models.helium.modeling_helium.apply_rotary_pos_emb", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 20, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 0, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 21109248,
     "flops": 23454720,
     "architectures": ["helium"],
     "qualname": "transformers.models.helium.modeling_helium.apply_rotary_pos_emb",
     "path": "layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.helium.modeling_helium.HeliumRotaryEmbedding",
     "init": {"config": {"config_class": "HeliumConfig", "fields": {"head_dim": 128, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 100000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"HeliumConfig": HeliumConfig}


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


def _produced(spec, dims, produced):
    """An input made by its producer, which runs once per get_inputs call."""
    if spec["producer"] not in produced:
        produced[spec["producer"]] = _produce(PRODUCERS[spec["producer"]], dims)
    outputs = [produced[spec["producer"]][i] for i in spec["outputs"]]
    return tuple(outputs) if spec.get("tuple") else outputs[0]


def _produce(producer, dims):
    """Run the call that makes an input in production on drawn inputs: its output leaves."""
    module_name, name = producer["qualname"].rsplit(".", 1)
    target = getattr(importlib.import_module(module_name), name)
    inputs = [_input(spec, dims, producer, {}) for spec in producer["inputs"]]
    if isinstance(target, type):
        target = target(*[_config(v) if isinstance(v, dict) else v for v in producer["init"].values()])
        target.eval()
        if "param_dtype" in producer:
            target.to(getattr(torch, producer["param_dtype"]))
    with torch.no_grad():
        outputs = target(*inputs)
    return _leaves(outputs)


def _leaves(value):
    if isinstance(value, (list, tuple)):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


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
