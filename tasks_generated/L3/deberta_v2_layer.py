"""A normalization, a repeated layer: `DebertaV2Layer` as transformers runs it, built from L2/bert_intermediate, L2/bert_self_output, L2/deberta_v2_attention (hyper-parameters of layer_norm, masked_fill vary per case).

kernel:        1ad3c62024e83da1
level:         3
label:         norm
qualnames:     transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Layer
transformers:  5.24.0
architectures: deberta-v2
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.deberta_v2.configuration_deberta_v2 import DebertaV2Config
from transformers.models.deberta_v2.modeling_deberta_v2 import DebertaV2Layer


class Model(DebertaV2Layer):
    """`DebertaV2Layer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A normalization, a repeated layer: `DebertaV2Layer` as transformers runs it, built from L2/bert_intermediate, L2/bert_self_output, L2/deberta_v2_attention (hyper-parameters of layer_norm, masked_fill vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        attention.self.query_proj.weight [1536, 1536]
        attention.self.query_proj.bias [1536]
        attention.self.key_proj.weight [1536, 1536]
        attention.self.key_proj.bias [1536]
        attention.self.value_proj.weight [1536, 1536]
        attention.self.value_proj.bias [1536]
        attention.output.dense.weight [1536, 1536]
        attention.output.dense.bias [1536]
        attention.output.LayerNorm.weight [1536]
        attention.output.LayerNorm.bias [1536]
        intermediate.dense.weight [6144, 1536]
        intermediate.dense.bias [6144]
        output.dense.weight [1536, 6144]
        output.dense.bias [1536]
        output.LayerNorm.weight [1536]
        output.LayerNorm.bias [1536]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a normalization (DebertaV2Layer)")

    def forward(
        self,
        hidden_states,
        attention_mask,
        query_states=None,
        relative_pos=None,
        rel_embeddings=None,
        output_attentions: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor | None]:
        raise NotImplementedError("write the kernel: a normalization (DebertaV2Layer)")


KERNEL = {"id": "1ad3c62024e83da1", "name": "deberta_v2_layer", "level": 3, "label": "norm", "qualname": "transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Layer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "DebertaV2Config", "fields": {"attention_probs_dropout_prob": 0.1, "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "hidden_size": 1536, "intermediate_size": 6144, "layer_norm_eps": 1e-07, "num_attention_heads": 24, "pos_att_type": None, "relative_attention": False, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1536], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "tensor", "shape": [2, 1, 509, 509], "roles": ["batch", "fixed", "seq", "seq"], "dtype": "float32"},
        {"name": "query_states", "kind": "none"},
        {"name": "relative_pos", "kind": "none"},
        {"name": "rel_embeddings", "kind": "none"},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 64990284,
     "flops": 60879446876,
     "architectures": ["deberta-v2"],
     "qualname": "transformers.models.deberta_v2.modeling_deberta_v2.DebertaV2Layer",
     "path": "encoder.layer.0",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"DebertaV2Config": DebertaV2Config}


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
