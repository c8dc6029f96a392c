"""An embedding lookup, a leaf kernel: `Embedding` as transformers runs it.

kernel:        525140b0400dea5b
level:         1
label:         embedding
qualnames:     torch.nn.modules.sparse.Embedding
transformers:  5.24.0
architectures: bailing_hybrid, colmodernvbert, dots3_note, eurobert, flex_olmo, glm, glm4, glm_image, granite_docling, higgs_audio_v2, hy_v4, hy_v4_vl, kimi_linear, lfm3, lfm3_vl, marian, ministral3, mistral4, mllama, modernbert, modernbert-decoder, modernvbert, olmo_hybrid, openai_privacy_filter, pe_audio, phi3, smollm3, whisper
cases:         22 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.sparse import Embedding


class Model(Embedding):
    """`Embedding` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: Tensor | None = None,
        _freeze: bool = False,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(num_embeddings, embedding_dim, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse, _weight, _freeze, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An embedding lookup, a leaf kernel: `Embedding` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [50368, 768]
    """

    def __init__(
        self,
        num_embeddings: int,
        embedding_dim: int,
        padding_idx: int | None = None,
        max_norm: float | None = None,
        norm_type: float = 2.0,
        scale_grad_by_freq: bool = False,
        sparse: bool = False,
        _weight: Tensor | None = None,
        _freeze: bool = False,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an embedding lookup (Embedding)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an embedding lookup (Embedding)")


KERNEL = {"id": "525140b0400dea5b", "name": "embedding_525140", "level": 1, "label": "embedding", "qualname": "torch.nn.modules.sparse.Embedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"num_embeddings": 50368, "embedding_dim": 768, "padding_idx": 50283, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50368}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["colmodernvbert", "modernbert", "modernbert-decoder", "modernvbert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "vlm.text_model.embeddings.tok_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 151552, "embedding_dim": 4096, "padding_idx": 151329, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 151552}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["glm", "glm4"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128000, "embedding_dim": 2048, "padding_idx": 124893, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["lfm3", "lfm3_vl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 131072, "embedding_dim": 4096, "padding_idx": 11, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 131072}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["ministral3", "mistral4"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 58101, "embedding_dim": 1024, "padding_idx": 58100, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 58101}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["marian"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 157184, "embedding_dim": 2560, "padding_idx": 156892, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 157184}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["bailing_hybrid"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 152064, "embedding_dim": 5120, "padding_idx": 151659, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 152064}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20856784,
     "flops": 5212160,
     "architectures": ["dots3_note"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128256, "embedding_dim": 768, "padding_idx": 128001, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["eurobert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 100352, "embedding_dim": 4096, "padding_idx": 100277, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 100352}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["flex_olmo"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 168064, "embedding_dim": 4096, "padding_idx": 167841, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 168064}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["glm_image"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 133800, "embedding_dim": 1024, "padding_idx": 100256, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 133800}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["granite_docling"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128256, "embedding_dim": 3072, "padding_idx": 128001, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12517328,
     "flops": 3127296,
     "architectures": ["higgs_audio_v2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 120832, "embedding_dim": 2816, "padding_idx": 120002, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 120832}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 11474896,
     "flops": 2866688,
     "architectures": ["hy_v4"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 120832, "embedding_dim": 6144, "padding_idx": 120002, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 120832}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25026512,
     "flops": 6254592,
     "architectures": ["hy_v4_vl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 163840, "embedding_dim": 2304, "padding_idx": 163839, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 163840}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9390032,
     "flops": 2345472,
     "architectures": ["kimi_linear"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128264, "embedding_dim": 4096, "padding_idx": 128004, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128264}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["mllama"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 100352, "embedding_dim": 3840, "padding_idx": 100277, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 100352}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 15644624,
     "flops": 3909120,
     "architectures": ["olmo_hybrid"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 200064, "embedding_dim": 640, "padding_idx": 199999, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 200064}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2614224,
     "flops": 651520,
     "architectures": ["openai_privacy_filter"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50368, "embedding_dim": 1024, "padding_idx": 50283, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50368}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["pe_audio"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embeddings.tok_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 32064, "embedding_dim": 3072, "padding_idx": 32000, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 32064}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12517328,
     "flops": 3127296,
     "architectures": ["phi3"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128256, "embedding_dim": 2048, "padding_idx": 128004, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128256}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["smollm3"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 51865, "embedding_dim": 384, "padding_idx": 50256, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 51865}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1571792,
     "flops": 390912,
     "architectures": ["whisper"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "decoder.embed_tokens",
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
