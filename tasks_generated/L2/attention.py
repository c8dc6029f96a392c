"""A matrix multiply (linear projection), a module built from leaf kernels: `Attention` as transformers runs it, built from L1/linear (hyper-parameters of mul vary per case).

kernel:        ee19f3ddb5c8cf72
level:         2
label:         gemm
qualnames:     transformers.models.fsmt.modeling_fsmt.Attention, transformers.models.mvp.modeling_mvp.MvpAttention, transformers.models.trocr.modeling_trocr.TrOCRAttention, transformers.models.speecht5.modeling_speecht5.SpeechT5Attention, transformers.models.groupvit.modeling_groupvit.GroupViTAttention
transformers:  5.24.0
architectures: fsmt, groupvit, mvp, speecht5, trocr
cases:         12 real cases, default first (the most common that fits in 8 GB); 32 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.cache_utils import Cache
from transformers.models.fsmt.modeling_fsmt import Attention


class Model(Attention):
    """`Attention` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        embed_dim,
        num_heads,
        dropout=0.0,
        bias=True,
        encoder_decoder_attention=False,
        layer_idx=None,
    ):
        super().__init__(embed_dim, num_heads, dropout, bias, encoder_decoder_attention, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a module built from leaf kernels: `Attention` as transformers runs it, built from L1/linear (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        k_proj.weight [1024, 1024]
        k_proj.bias [1024]
        v_proj.weight [1024, 1024]
        v_proj.bias [1024]
        q_proj.weight [1024, 1024]
        q_proj.bias [1024]
        out_proj.weight [1024, 1024]
        out_proj.bias [1024]
    """

    def __init__(
        self,
        embed_dim,
        num_heads,
        dropout=0.0,
        bias=True,
        encoder_decoder_attention=False,
        layer_idx=None,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Attention)")

    def forward(
        self,
        query,
        key: Tensor | None,
        key_padding_mask: Tensor | None = None,
        layer_state: Cache | None = None,
        attn_mask: Tensor | None = None,
        output_attentions: bool | None = False,
        **kwargs,
    ) -> tuple[Tensor, Tensor | None]:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Attention)")


KERNEL = {"id": "ee19f3ddb5c8cf72", "name": "attention", "level": 2, "label": "gemm", "qualname": "transformers.models.fsmt.modeling_fsmt.Attention", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 0},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.0.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 1},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.1.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 2},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.2.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 3},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.3.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 4},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.4.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 5},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.5.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 6},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.6.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 7},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.7.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 8},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.8.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 9},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.9.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 10},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.10.encoder_attn",
     "param_dtype": "bfloat16"},
    {"init": {"embed_dim": 1024, "num_heads": 16, "dropout": 0.0, "bias": True, "encoder_decoder_attention": True, "layer_idx": 11},
     "inputs": [
        {"name": "query", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key_padding_mask", "kind": "none"},
        {"name": "layer_state", "kind": "none"},
        {"name": "attn_mask", "kind": "default", "value": None},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14651392,
     "flops": 10675497248,
     "architectures": ["fsmt"],
     "qualname": "transformers.models.fsmt.modeling_fsmt.Attention",
     "path": "decoder.layers.11.encoder_attn",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTAttention",
     "architectures": ["groupvit"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.groupvit.modeling_groupvit.GroupViTAttention",
     "architectures": ["groupvit"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.trocr.modeling_trocr.TrOCRAttention",
     "architectures": ["trocr"],
     "reason": "constructor argument 'config' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.mvp.modeling_mvp.MvpAttention",
     "architectures": ["mvp"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
    {"qualname": "transformers.models.speecht5.modeling_speecht5.SpeechT5Attention",
     "architectures": ["speecht5"],
     "reason": "constructor argument 'is_decoder' is not in Attention.__init__"},
]


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
