"""An embedding lookup, a module built from leaf kernels: `AltRobertaEmbeddings` as transformers runs it, built from L1/embedding, L1/layer_norm (hyper-parameters of layer_norm vary per case).

kernel:        e34c5d3f88e8e39b
level:         2
label:         embedding
qualnames:     transformers.models.altclip.modeling_altclip.AltRobertaEmbeddings, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerTextEmbeddings, transformers.models.camembert.modeling_camembert.CamembertEmbeddings, transformers.models.clap.modeling_clap.ClapTextEmbeddings, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextEmbeddings, transformers.models.roberta.modeling_roberta.RobertaEmbeddings, transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormEmbeddings, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaEmbeddings, transformers.models.xmod.modeling_xmod.XmodEmbeddings
transformers:  5.24.0
architectures: altclip, bridgetower, camembert, clap, data2vec-text, roberta, roberta-prelayernorm, xlm-roberta, xmod
cases:         1 real cases, default first (the most common that fits in 8 GB); 8 unmapped
"""

import torch
from torch import nn
from transformers.models.altclip.configuration_altclip import AltCLIPTextConfig
from transformers.models.altclip.modeling_altclip import AltRobertaEmbeddings


class Model(AltRobertaEmbeddings):
    """`AltRobertaEmbeddings` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An embedding lookup, a module built from leaf kernels: `AltRobertaEmbeddings` as transformers runs it, built from L1/embedding, L1/layer_norm (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        word_embeddings.weight [250002, 1024]
        token_type_embeddings.weight [1, 1024]
        LayerNorm.weight [1024]
        LayerNorm.bias [1024]
        position_embeddings.weight [514, 1024]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: an embedding lookup (AltRobertaEmbeddings)")

    def forward(
        self,
        input_ids: torch.LongTensor | None = None,
        token_type_ids: torch.LongTensor | None = None,
        position_ids: torch.LongTensor | None = None,
        inputs_embeds: torch.Tensor | None = None,
        cache_length: int = 0,
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an embedding lookup (AltRobertaEmbeddings)")


KERNEL = {"id": "e34c5d3f88e8e39b", "name": "alt_roberta_embeddings", "level": 2, "label": "embedding", "qualname": "transformers.models.altclip.modeling_altclip.AltRobertaEmbeddings", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "AltCLIPTextConfig", "fields": {"hidden_dropout_prob": 0.1, "hidden_size": 1024, "layer_norm_eps": 1e-05, "max_position_embeddings": 514, "pad_token_id": 1, "type_vocab_size": 1, "vocab_size": 250002, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 250002},
        {"name": "token_type_ids", "kind": "none"},
        {"name": "position_ids", "kind": "none"},
        {"name": "inputs_embeds", "kind": "none"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5240800,
     "flops": 6262736,
     "architectures": ["altclip"],
     "qualname": "transformers.models.altclip.modeling_altclip.AltRobertaEmbeddings",
     "path": "text_model.roberta.embeddings",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertEmbeddings",
     "architectures": ["camembert"],
     "reason": "built by CamembertEmbeddings from a CamembertConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextEmbeddings",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextEmbeddings from a Data2VecTextConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaEmbeddings",
     "architectures": ["roberta"],
     "reason": "built by RobertaEmbeddings from a RobertaConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormEmbeddings",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormEmbeddings from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaEmbeddings",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaEmbeddings from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xmod.modeling_xmod.XmodEmbeddings",
     "architectures": ["xmod"],
     "reason": "built by XmodEmbeddings from a XmodConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapTextEmbeddings",
     "architectures": ["clap"],
     "reason": "built by ClapTextEmbeddings from a ClapTextConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerTextEmbeddings",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerTextEmbeddings from a BridgeTowerTextConfig"},
]


_CONFIGS = {"AltCLIPTextConfig": AltCLIPTextConfig}


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
