"""A computation, a leaf kernel: `apply_rotary_pos_emb_interleave` as transformers runs it.

kernel:        83d5995ca5fcf80d
level:         1
label:         other
qualnames:     transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.apply_rotary_pos_emb_interleave, transformers.models.deepseek_v3.modeling_deepseek_v3.apply_rotary_pos_emb_interleave, transformers.models.mistral_large4.modeling_mistral_large4.apply_rotary_pos_emb_interleave, transformers.models.axk1.modeling_axk1.apply_rotary_pos_emb_interleave, transformers.models.deepseek_v32.modeling_deepseek_v32.apply_rotary_pos_emb_interleave, transformers.models.axk2.modeling_axk2.apply_rotary_pos_emb_interleave, transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.apply_rotary_pos_emb_interleave, transformers.models.mistral4.modeling_mistral4.apply_rotary_pos_emb_interleave, transformers.models.dots3_note.modeling_dots3_note.apply_rotary_pos_emb_interleave, transformers.models.youtu.modeling_youtu.apply_rotary_pos_emb_interleave, transformers.models.bailing_hybrid.modeling_bailing_hybrid.apply_rotary_pos_emb_interleave
transformers:  5.24.0
architectures: axk1, axk2, bailing_hybrid, deepseek_v3, deepseek_v32, dots3_note, glm4_moe_lite, glm_moe_dsa, kimi_k25, mistral4, mistral_large4, youtu
cases:         7 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.axk1.configuration_axk1 import AXK1Config
from transformers.models.axk2.configuration_axk2 import AXK2Config
from transformers.models.bailing_hybrid.configuration_bailing_hybrid import BailingHybridConfig
from transformers.models.deepseek_v3.configuration_deepseek_v3 import DeepseekV3Config
from transformers.models.glm4_moe_lite.configuration_glm4_moe_lite import Glm4MoeLiteConfig
from transformers.models.glm_moe_dsa.configuration_glm_moe_dsa import GlmMoeDsaConfig
from transformers.models.glm_moe_dsa.modeling_glm_moe_dsa import apply_rotary_pos_emb_interleave
from transformers.models.youtu.configuration_youtu import YoutuConfig
import importlib


class Model(nn.Module):
    """`apply_rotary_pos_emb_interleave` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        return apply_rotary_pos_emb_interleave(q, k, cos, sin, position_ids, unsqueeze_dim)


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `apply_rotary_pos_emb_interleave` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (apply_rotary_pos_emb_interleave)")

    def forward(self, q, k, cos, sin, position_ids=None, unsqueeze_dim=1):
        raise NotImplementedError("write the kernel: a computation (apply_rotary_pos_emb_interleave)")


KERNEL = {"id": "83d5995ca5fcf80d", "name": "glm_moe_dsa_apply_rotary_pos_emb_interleave", "level": 1, "label": "other", "qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.apply_rotary_pos_emb_interleave", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 64, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 0, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17004672,
     "flops": 16939520,
     "architectures": ["axk1", "dots3_note", "glm_moe_dsa", "mistral_large4"],
     "qualname": "transformers.models.axk1.modeling_axk1.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 128, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 1, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 1, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33683584,
     "flops": 33618432,
     "architectures": ["deepseek_v3", "deepseek_v32", "kimi_k25"],
     "qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 509, 32, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 509, 1, 64], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 2, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 2, "outputs": [1]},
        {"name": "position_ids", "kind": "default", "value": None},
        {"name": "unsqueeze_dim", "kind": "int", "value": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8665216,
     "flops": 8600064,
     "architectures": ["glm_moe_dsa", "mistral_large4"],
     "qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn.indexer"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 3, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 3, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8665216,
     "flops": 8600064,
     "architectures": ["bailing_hybrid", "mistral4"],
     "qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.apply_rotary_pos_emb_interleave",
     "path": "layers.5.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 32, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 32], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 4, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 4, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4332608,
     "flops": 4300032,
     "architectures": ["axk2"],
     "qualname": "transformers.models.axk2.modeling_axk2.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 20, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 5, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 5, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5537920,
     "flops": 5472768,
     "architectures": ["glm4_moe_lite"],
     "qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "q", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "k", "kind": "tensor", "shape": [2, 1, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "cos", "kind": "produced", "producer": 6, "outputs": [0]},
        {"name": "sin", "kind": "produced", "producer": 6, "outputs": [1]}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4495488,
     "flops": 4430336,
     "architectures": ["youtu"],
     "qualname": "transformers.models.youtu.modeling_youtu.apply_rotary_pos_emb_interleave",
     "path": "layers.0.self_attn"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.models.axk1.modeling_axk1.AXK1RotaryEmbedding",
     "init": {"config": {"config_class": "AXK1Config", "fields": {"head_dim": 64, "max_position_embeddings": 32768, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 7168], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.deepseek_v3.modeling_deepseek_v3.DeepseekV3RotaryEmbedding",
     "init": {"config": {"config_class": "DeepseekV3Config", "fields": {"head_dim": 64, "max_position_embeddings": 4096, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 7168], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm_moe_dsa.modeling_glm_moe_dsa.GlmMoeDsaRotaryEmbedding",
     "init": {"config": {"config_class": "GlmMoeDsaConfig", "fields": {"head_dim": 64, "max_position_embeddings": 202752, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 6144], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.bailing_hybrid.modeling_bailing_hybrid.BailingHybridRotaryEmbedding",
     "init": {"config": {"config_class": "BailingHybridConfig", "fields": {"head_dim": 64, "max_position_embeddings": 262144, "rope_parameters": {"rope_type": "default", "rope_theta": 6000000.0}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.axk2.modeling_axk2.AXK2RotaryEmbedding",
     "init": {"config": {"config_class": "AXK2Config", "fields": {"head_dim": 32, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.glm4_moe_lite.modeling_glm4_moe_lite.Glm4MoeLiteRotaryEmbedding",
     "init": {"config": {"config_class": "Glm4MoeLiteConfig", "fields": {"head_dim": 64, "max_position_embeddings": 202752, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
    {"qualname": "transformers.models.youtu.modeling_youtu.YoutuRotaryEmbedding",
     "init": {"config": {"config_class": "YoutuConfig", "fields": {"head_dim": 64, "max_position_embeddings": 131072, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"AXK1Config": AXK1Config, "AXK2Config": AXK2Config, "BailingHybridConfig": BailingHybridConfig, "DeepseekV3Config": DeepseekV3Config, "Glm4MoeLiteConfig": Glm4MoeLiteConfig, "GlmMoeDsaConfig": GlmMoeDsaConfig, "YoutuConfig": YoutuConfig}


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
