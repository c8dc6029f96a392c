"""Mixture-of-experts routing and expert compute, a leaf kernel: `Dots3NoteVisionTopKRouter` as transformers runs it (hyper-parameters of add vary per case).

kernel:        be84c8cc97f3d64d
level:         1
label:         router/moe
qualnames:     transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter
transformers:  5.24.0
architectures: dots3_note
cases:         16 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.dots3_note.configuration_dots3_note import Dots3NoteVisionConfig
from transformers.models.dots3_note.modeling_dots3_note import Dots3NoteVisionTopKRouter


class Model(Dots3NoteVisionTopKRouter):
    """`Dots3NoteVisionTopKRouter` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Dots3NoteVisionConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Mixture-of-experts routing and expert compute, a leaf kernel: `Dots3NoteVisionTopKRouter` as transformers runs it (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [64, 1536]
    """

    def __init__(self, config: Dots3NoteVisionConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (Dots3NoteVisionTopKRouter)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        e_score_correction_bias: torch.Tensor,
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (Dots3NoteVisionTopKRouter)")


KERNEL = {"id": "be84c8cc97f3d64d", "name": "dots3_note_vision_top_k_router", "level": 1, "label": "router/moe", "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 64, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [64], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 2109696,
     "flops": 100734976,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.40.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 12, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [12], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1683504,
     "flops": 18892800,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.27.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 16, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [16], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1716288,
     "flops": 25188352,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.28.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 20, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [20], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1749072,
     "flops": 31483904,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.29.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 24, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [24], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1781856,
     "flops": 37779456,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.30.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 28, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [28], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1814640,
     "flops": 44075008,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.31.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 32, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [32], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1847424,
     "flops": 50370560,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.32.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 36, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [36], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1880208,
     "flops": 56666112,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.33.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 40, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [40], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1912992,
     "flops": 62961664,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.34.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 44, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [44], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1945776,
     "flops": 69257216,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.35.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 48, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [48], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1978560,
     "flops": 75552768,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.36.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 4, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [4], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1617936,
     "flops": 6301696,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.25.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 52, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [52], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 2011344,
     "flops": 81848320,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.37.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 56, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [56], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 2044128,
     "flops": 88143872,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.38.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 60, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [60], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 2076912,
     "flops": 94439424,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.39.mlp.gate",
     "param_dtype": "float32"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_local_experts": 8, "router_scaling_factor": 1.0, "attn_implementation": "sdpa", "per_layer_config": {}}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "e_score_correction_bias", "kind": "tensor", "shape": [8], "roles": ["fixed"], "dtype": "float32"}],
     "dims": {},
     "bytes": 1650720,
     "flops": 12597248,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionTopKRouter",
     "path": "vision_tower.blocks.26.mlp.gate",
     "param_dtype": "float32"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"Dots3NoteVisionConfig": Dots3NoteVisionConfig}


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
