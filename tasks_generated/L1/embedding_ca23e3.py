"""An embedding lookup, a leaf kernel: `Embedding` as transformers runs it.

kernel:        ca23e3d6c22c388e
level:         1
label:         embedding
qualnames:     torch.nn.modules.sparse.Embedding, transformers.models.ibert.quant_modules.QuantEmbedding
transformers:  5.24.0
architectures: altclip, blip-2, bridgetower, camembert, clap, convbert, data2vec-text, esm, evolla, fsmt, gte, ibert, instructblip, instructblipvideo, jina_embeddings_v3, kosmos-2, kosmos-2.5, layoutlmv3, led, longformer, luke, mpnet, mra, mvp, nanochat, nystromformer, olmo, olmo2, olmo3, olmoe, opt, pp_doclayout_v2, roberta, roberta-prelayernorm, seed_oss, speech_to_text, step3p7, visual_bert, xlm-roberta, xlm-roberta-xl, xmod, yoso
cases:         32 real cases, default first (the most common that fits in 8 GB); 2 unmapped
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
        weight [512, 768]
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


KERNEL = {"id": "ca23e3d6c22c388e", "name": "embedding_ca23e3", "level": 1, "label": "embedding", "qualname": "torch.nn.modules.sparse.Embedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"num_embeddings": 512, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 512}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2358224,
     "flops": 781824,
     "architectures": ["camembert", "data2vec-text", "layoutlmv3", "luke", "mpnet", "roberta", "roberta-prelayernorm", "xlm-roberta", "xmod"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50265, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50265}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["bridgetower", "clap", "layoutlmv3", "mra", "roberta", "roberta-prelayernorm", "yoso"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30522, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["camembert", "convbert", "data2vec-text", "visual_bert", "xlm-roberta", "xmod"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50272, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50272}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["blip-2", "instructblip", "instructblipvideo", "opt"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.model.decoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50304, "embedding_dim": 4096, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50304}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["olmo", "olmo2", "olmo3"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 250002, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 250002}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["altclip", "jina_embeddings_v3"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.roberta.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 514, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 514}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2361296,
     "flops": 781824,
     "architectures": ["bridgetower", "clap"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 42024, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 42024}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["fsmt"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50265, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50265}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["led"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50267, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50267}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["mvp"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 4, "embedding_dim": 512, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 302], "roles": ["batch", "fixed"], "dtype": "int64", "high": 4}],
     "dims": {"batch": 2},
     "bytes": 627424,
     "flops": 309248,
     "architectures": ["pp_doclayout_v2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "reading_order.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 514, "embedding_dim": 512, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 302], "roles": ["batch", "fixed"], "dtype": "int64", "high": 514}],
     "dims": {"batch": 2},
     "bytes": 1149664,
     "flops": 309248,
     "architectures": ["pp_doclayout_v2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "reading_order.embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50265, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3], "roles": ["batch", "fixed"], "dtype": "int64", "high": 50265}],
     "dims": {"batch": 2},
     "bytes": 24624,
     "flops": 6144,
     "architectures": ["led"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30522, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2},
     "bytes": 3153920,
     "flops": 786432,
     "architectures": ["longformer"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 512, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "int64", "high": 512}],
     "dims": {"batch": 2},
     "bytes": 2367488,
     "flops": 786432,
     "architectures": ["longformer"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 514, "embedding_dim": 1024, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 514}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3145680,
     "flops": 1042432,
     "architectures": ["altclip"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.roberta.embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 33, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 33}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1622480,
     "flops": 781824,
     "architectures": ["esm"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 1026, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 1026}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["esm"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 446, "embedding_dim": 1280, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 446}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3755984,
     "flops": 1303040,
     "architectures": ["evolla"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "protein_encoder.model.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 250048, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 250048}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["gte"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 65037, "embedding_dim": 2048, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 65037}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["kosmos-2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 108481, "embedding_dim": 1536, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 108481}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6262736,
     "flops": 1563648,
     "architectures": ["kosmos-2.5"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50267, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50267}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["luke"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30527, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30527}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["mpnet"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50304, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50304}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["nanochat"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30000, "embedding_dim": 768, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["nystromformer"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50304, "embedding_dim": 2048, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50304}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["olmoe"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 155136, "embedding_dim": 4096, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 155136}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["seed_oss"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 10000, "embedding_dim": 256, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 10000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1050576,
     "flops": 260608,
     "architectures": ["speech_to_text"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "decoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128815, "embedding_dim": 4096, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128815}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["step3p7"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 250880, "embedding_dim": 2560, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 250880}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 514, "embedding_dim": 2560, "padding_idx": 1, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 514}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 7851984,
     "flops": 2606080,
     "architectures": ["xlm-roberta-xl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.ibert.quant_modules.QuantEmbedding",
     "architectures": ["ibert"],
     "reason": "constructor argument 'weight_bit' is not in Embedding.__init__"},
    {"qualname": "transformers.models.ibert.quant_modules.QuantEmbedding",
     "architectures": ["ibert"],
     "reason": "constructor argument 'weight_bit' is not in Embedding.__init__"},
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
