"""An embedding lookup, a leaf kernel: `Embedding` as transformers runs it.

kernel:        f18a0de9ca8b6ed8
level:         1
label:         embedding
qualnames:     torch.nn.modules.sparse.Embedding
transformers:  5.24.0
architectures: albert, align, aya_vision, bamba, bert, bert-generation, big_bird, blenderbot-small, bros, chinese_clip, cohere, cohere2, cohere2_moe, cohere2_vision, cohere_compass, cosmos3_edge, deberta-v2, distilbert, dpr, electra, encoder-decoder, ernie, ernie4_5, ernie4_5_moe, exaone_moe, falcon_h1, flava, git, grounding-dino, hunyuan_v1_dense, hunyuan_v1_moe, hunyuan_vl, idefics2, instructblip, instructblipvideo, layoutlm, lfm2, lfm2_moe, lfm2_vl, lilt, luke, lxmert, markuplm, megatron-bert, mm-grounding-dino, mobilebert, moonshine_streaming, nomic_bert, paddleocr_vl, pegasus, prophetnet, recurrent_gemma, rembert, roc_bert, roformer, speech-encoder-decoder, splinter, squeezebert, t5gemma, tapas, ultrabert, ultravbert, vision-encoder-decoder, vision-text-dual-encoder, zamba2, zaya
cases:         35 real cases, default first (the most common that fits in 8 GB); 0 unmapped
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
        weight [30522, 768]
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


KERNEL = {"id": "f18a0de9ca8b6ed8", "name": "embedding_f18a0d", "level": 1, "label": "embedding", "qualname": "torch.nn.modules.sparse.Embedding", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"num_embeddings": 30522, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["align", "bert", "bros", "chinese_clip", "distilbert", "dpr", "encoder-decoder", "ernie", "flava", "git", "instructblip", "instructblipvideo", "layoutlm", "lilt", "lxmert", "markuplm", "roc_bert", "speech-encoder-decoder", "splinter", "squeezebert", "tapas", "vision-encoder-decoder", "vision-text-dual-encoder"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 256000, "embedding_dim": 8192, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 256000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33365968,
     "flops": 8339456,
     "architectures": ["aya_vision", "cohere", "cohere2", "cohere2_moe", "cohere2_vision", "cohere_compass"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 290943, "embedding_dim": 4096, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 290943}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["hunyuan_v1_dense", "hunyuan_v1_moe", "hunyuan_vl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 32000, "embedding_dim": 4096, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 32000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["idefics2", "ultrabert", "ultravbert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 512, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 512}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2358224,
     "flops": 781824,
     "architectures": ["lilt", "lxmert", "markuplm"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30522, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256], "roles": ["batch", "fixed"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2},
     "bytes": 1576960,
     "flops": 393216,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "text_backbone.embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128000, "embedding_dim": 4096, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["bamba", "falcon_h1"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30522, "embedding_dim": 128, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 529360,
     "flops": 130304,
     "architectures": ["electra", "mobilebert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 103424, "embedding_dim": 1024, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 103424}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["ernie4_5", "paddleocr_vl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 65536, "embedding_dim": 2560, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 65536}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["lfm2", "lfm2_vl"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50265, "embedding_dim": 512, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50265}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2093008,
     "flops": 521216,
     "architectures": ["blenderbot-small"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50265, "embedding_dim": 1024, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50265}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["pegasus"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30522, "embedding_dim": 1024, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30522}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["prophetnet"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 256000, "embedding_dim": 2304, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 256000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9390032,
     "flops": 2345472,
     "architectures": ["t5gemma"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "encoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 500000, "embedding_dim": 256, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32], "roles": ["batch", "fixed"], "dtype": "int64", "high": 500000}],
     "dims": {"batch": 2},
     "bytes": 66048,
     "flops": 16384,
     "architectures": ["luke"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "entity_embeddings.entity_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30000, "embedding_dim": 128, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 529360,
     "flops": 130304,
     "architectures": ["albert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50358, "embedding_dim": 1024, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50358}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["bert-generation"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50358, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50358}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["big_bird"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 131072, "embedding_dim": 2048, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 131072}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["cosmos3_edge"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "language_model.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 128100, "embedding_dim": 1536, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128100}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6262736,
     "flops": 1563648,
     "architectures": ["deberta-v2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 103424, "embedding_dim": 2560, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 103424}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["ernie4_5_moe"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 102400, "embedding_dim": 4096, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 102400}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16687056,
     "flops": 4169728,
     "architectures": ["exaone_moe"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 65536, "embedding_dim": 2048, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 65536}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["lfm2_moe"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 512, "embedding_dim": 192, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 512}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 595664,
     "flops": 195456,
     "architectures": ["lilt"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "layout_embeddings.box_position_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 2, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1574864,
     "flops": 781824,
     "architectures": ["lxmert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.token_type_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 29056, "embedding_dim": 1024, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 29056}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4177872,
     "flops": 1042432,
     "architectures": ["megatron-bert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 32768, "embedding_dim": 320, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 32768}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1311184,
     "flops": 325760,
     "architectures": ["moonshine_streaming"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "decoder.embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 30528, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 30528}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["nomic_bert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 256000, "embedding_dim": 2560, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 256000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["recurrent_gemma"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 250300, "embedding_dim": 256, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 250300}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1050576,
     "flops": 260608,
     "architectures": ["rembert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 24858, "embedding_dim": 512, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 24858}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2093008,
     "flops": 521216,
     "architectures": ["roc_bert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.shape_embed",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 910, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 910}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2969552,
     "flops": 781824,
     "architectures": ["roc_bert"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.pronunciation_embed",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 50000, "embedding_dim": 768, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 50000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3135440,
     "flops": 781824,
     "architectures": ["roformer"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embeddings.word_embeddings",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 32000, "embedding_dim": 2560, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 32000}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10432464,
     "flops": 2606080,
     "architectures": ["zamba2"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
     "param_dtype": "bfloat16"},
    {"init": {"num_embeddings": 262272, "embedding_dim": 2048, "padding_idx": 0, "max_norm": None, "norm_type": 2.0, "scale_grad_by_freq": False, "sparse": False, "_weight": None, "_freeze": False, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 262272}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8347600,
     "flops": 2084864,
     "architectures": ["zaya"],
     "qualname": "torch.nn.modules.sparse.Embedding",
     "path": "embed_tokens",
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
