"""An embedding lookup, a whole model: `ReformerModel` as transformers runs it, built from L2/reformer_embeddings (hyper-parameters of add, div, layer_norm vary per case).

kernel:        0cccc1a01ca4fe81
level:         4
label:         embedding
qualnames:     transformers.models.reformer.modeling_reformer.ReformerModel
transformers:  5.24.0
architectures: reformer
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.reformer.configuration_reformer import ReformerConfig
from transformers.models.reformer.modeling_reformer import ReformerDynamicCache
from transformers.models.reformer.modeling_reformer import ReformerModel
from transformers.models.reformer.modeling_reformer import ReformerModelOutput


class Model(ReformerModel):
    """`ReformerModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: ReformerConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An embedding lookup, a whole model: `ReformerModel` as transformers runs it, built from L2/reformer_embeddings (hyper-parameters of add, div, layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        embeddings.word_embeddings.weight [320, 256]
        embeddings.position_embeddings.weights.0 [64, 1, 64]
        embeddings.position_embeddings.weights.1 [1, 64, 192]
        encoder.layers.{0..5}.attention.layer_norm.weight [256]
        encoder.layers.{0..5}.attention.layer_norm.bias [256]
        encoder.layers.0.attention.self_attention.query.weight [768, 256]
        encoder.layers.2.attention.self_attention.query.weight [768, 256]
        encoder.layers.4.attention.self_attention.query.weight [768, 256]
        encoder.layers.0.attention.self_attention.key.weight [768, 256]
        encoder.layers.2.attention.self_attention.key.weight [768, 256]
        encoder.layers.4.attention.self_attention.key.weight [768, 256]
        encoder.layers.{0..5}.attention.self_attention.value.weight [768, 256]
        encoder.layers.{0..5}.attention.output.dense.weight [256, 768]
        encoder.layers.{0..5}.feed_forward.layer_norm.weight [256]
        encoder.layers.{0..5}.feed_forward.layer_norm.bias [256]
        encoder.layers.{0..5}.feed_forward.dense.dense.weight [512, 256]
        encoder.layers.{0..5}.feed_forward.dense.dense.bias [512]
        encoder.layers.{0..5}.feed_forward.output.dense.weight [256, 512]
        encoder.layers.{0..5}.feed_forward.output.dense.bias [256]
        encoder.layers.1.attention.self_attention.query_key.weight [768, 256]
        encoder.layers.3.attention.self_attention.query_key.weight [768, 256]
        encoder.layers.5.attention.self_attention.query_key.weight [768, 256]
        encoder.layer_norm.weight [512]
        encoder.layer_norm.bias [512]
    """

    def __init__(self, config: ReformerConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: an embedding lookup (ReformerModel)")

    def forward(
        self,
        input_ids: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.Tensor | None = None,
        inputs_embeds: torch.Tensor | None = None,
        num_hashes: int | None = None,
        past_buckets_states: ReformerDynamicCache | None = None,
        use_cache: bool | None = None,
        output_hidden_states: bool | None = None,
        output_attentions: bool | None = None,
        return_dict: bool | None = None,
        **kwargs,
    ) -> tuple | ReformerModelOutput:
        raise NotImplementedError("write the kernel: an embedding lookup (ReformerModel)")


KERNEL = {"id": "0cccc1a01ca4fe81", "name": "reformer_model", "level": 4, "label": "embedding", "qualname": "transformers.models.reformer.modeling_reformer.ReformerModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "ReformerConfig", "fields": {"attention_head_size": 64, "attn_layers": ["local", "lsh", "local", "lsh", "local", "lsh"], "axial_pos_embds": True, "axial_pos_embds_dim": [64, 192], "axial_pos_shape": [64, 64], "chunk_size_feed_forward": 0, "feed_forward_size": 512, "hash_seed": None, "hidden_act": "relu", "hidden_dropout_prob": 0.05, "hidden_size": 256, "is_decoder": False, "layer_norm_eps": 1e-12, "local_attention_probs_dropout_prob": 0.05, "local_attn_chunk_length": 64, "local_num_chunks_after": 0, "local_num_chunks_before": 1, "lsh_attention_probs_dropout_prob": 0.0, "lsh_attn_chunk_length": 64, "lsh_num_chunks_after": 0, "lsh_num_chunks_before": 1, "max_position_embeddings": 4096, "num_attention_heads": 12, "num_buckets": None, "num_hashes": 1, "num_hidden_layers": 6, "pad_token_id": 0, "tie_word_embeddings": False, "vocab_size": 320, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 320}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 23186426,
     "flops": 14232574983,
     "architectures": ["reformer"],
     "qualname": "transformers.models.reformer.modeling_reformer.ReformerModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"ReformerConfig": ReformerConfig}


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
