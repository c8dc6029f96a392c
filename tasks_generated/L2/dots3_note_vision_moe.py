"""Mixture-of-experts routing and expert compute, a module built from leaf kernels: `Dots3NoteVisionMoE` as transformers runs it, built from L1/dots3_note_vision_top_k_router, L2/mini_max_experts (hyper-parameters of add vary per case).

kernel:        ac297b401d676239
level:         2
label:         router/moe
qualnames:     transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE
transformers:  5.24.0
architectures: dots3_note
cases:         16 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.dots3_note.configuration_dots3_note import Dots3NoteVisionConfig
from transformers.models.dots3_note.modeling_dots3_note import Dots3NoteVisionMoE


class Model(Dots3NoteVisionMoE):
    """`Dots3NoteVisionMoE` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Dots3NoteVisionConfig, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Mixture-of-experts routing and expert compute, a module built from leaf kernels: `Dots3NoteVisionMoE` as transformers runs it, built from L1/dots3_note_vision_top_k_router, L2/mini_max_experts (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        e_score_correction_bias [8]
        experts.gate_up_proj [8, 4224, 1536]
        experts.down_proj [8, 1536, 2112]
        gate.weight [8, 1536]
    """

    def __init__(self, config: Dots3NoteVisionConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (Dots3NoteVisionMoE)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (Dots3NoteVisionMoE)")


KERNEL = {"id": "ac297b401d676239", "name": "dots3_note_vision_moe", "level": 2, "label": "router/moe", "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_act": "silu", "hidden_size": 1536, "moe_intermediate_size": 2112, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 8, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 26},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 158908448,
     "flops": 19958091792,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.26.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 12, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 27},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 236789808,
     "flops": 19964387352,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.27.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 16, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 28},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 314671168,
     "flops": 19970682912,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.28.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 20, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 392552528,
     "flops": 19976978472,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.29.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 24, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 30},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 470433888,
     "flops": 19983274032,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.30.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 28, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 31},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 548315248,
     "flops": 19989569592,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.31.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 32, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 626196608,
     "flops": 19995865152,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.32.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 36, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 704077968,
     "flops": 20002160712,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.33.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 40, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 34},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 781959328,
     "flops": 20008456272,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.34.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 44, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 35},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 859840688,
     "flops": 20014751832,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.35.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 48, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 36},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 937722048,
     "flops": 20021047392,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.36.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 52, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1015603408,
     "flops": 20027342952,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.37.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 56, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 38},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1093484768,
     "flops": 20033638512,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.38.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 60, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 39},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1171366128,
     "flops": 20039934072,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.39.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"hidden_size": 1536, "num_experts_per_tok": 2, "num_hidden_layers": 42, "num_local_experts": 64, "router_scaling_factor": 1.0, "attn_implementation": "sdpa"}}, "layer_idx": 40},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1249247488,
     "flops": 20046229632,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.40.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteVisionConfig", "fields": {"num_hidden_layers": 42, "num_local_experts": 64, "attn_implementation": "sdpa"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [512, 1536], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1249247488,
     "flops": 20046229632,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteVisionMoE",
     "path": "vision_tower.blocks.41.mlp",
     "param_dtype": "bfloat16"},
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
