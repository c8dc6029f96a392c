"""Attention, a repeated layer: `Dots3NoteTextDecoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/dots3_note_text_attention, L2/solar_open_moe (hyper-parameters of add, layer_norm, mul vary per case).

kernel:        b9370a2d87ac80c8
level:         3
label:         attention
qualnames:     transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer
transformers:  5.24.0
architectures: dots3_note
cases:         12 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.dots3_note.configuration_dots3_note import Dots3NoteTextConfig
from transformers.models.dots3_note.modeling_dots3_note import Dots3NoteTextDecoderLayer
from transformers.utils.generic import TransformersKwargs
from typing import Unpack
import importlib


class Model(Dots3NoteTextDecoderLayer):
    """`Dots3NoteTextDecoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: Dots3NoteTextConfig, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `Dots3NoteTextDecoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/dots3_note_text_attention, L2/solar_open_moe (hyper-parameters of add, layer_norm, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.q_a_proj.weight [1024, 5120]
        self_attn.q_a_layernorm.weight [1024]
        self_attn.q_b_proj.weight [24576, 1024]
        self_attn.kv_a_proj_with_mqa.weight [576, 5120]
        self_attn.kv_a_layernorm.weight [512]
        self_attn.kv_b_proj.weight [32768, 512]
        self_attn.o_proj.weight [5120, 16384]
        self_attn.k_rope_only_layernorm.weight [64]
        self_attn.g_proj.weight [128, 5120]
        self_attn.indexer.wq_b.weight [8192, 1024]
        self_attn.indexer.wk.weight [128, 5120]
        self_attn.indexer.k_norm.weight [128]
        self_attn.indexer.k_norm.bias [128]
        self_attn.indexer.weights_proj.weight [64, 5120]
        mlp.experts.gate_up_proj [256, 3072, 5120]
        mlp.experts.down_proj [256, 5120, 1536]
        mlp.gate.weight [256, 5120]
        mlp.gate.e_score_correction_bias [256]
        mlp.shared_experts.gate_proj.weight [1536, 5120]
        mlp.shared_experts.up_proj.weight [1536, 5120]
        mlp.shared_experts.down_proj.weight [5120, 1536]
        input_layernorm.weight [5120]
        post_attention_layernorm.weight [5120]
    """

    def __init__(self, config: Dots3NoteTextConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (Dots3NoteTextDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        use_cache: bool | None = False,
        position_embeddings: tuple[torch.Tensor, torch.Tensor] | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (Dots3NoteTextDecoderLayer)")


KERNEL = {"id": "b9370a2d87ac80c8", "name": "dots3_note_text_decoder_layer", "level": 3, "label": "attention", "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_act": "silu", "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "moe_intermediate_size": 1536, "n_group": 1, "n_shared_experts": 1, "norm_topk_prob": True, "num_attention_heads": 128, "num_experts_per_tok": 8, "num_hidden_layers": 46, "num_key_value_heads": 128, "num_local_experts": 256, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "routed_scaling_factor": 1.0, "shared_experts_intermediate_size": 1536, "topk_group": 1, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 13},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 17},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 21},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 25},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.25",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 29},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.29",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 33},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.33",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 37},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.37",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 41},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.41",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "hidden_size": 5120, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "kv_lora_rank": 512, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "num_attention_heads": 128, "num_hidden_layers": 46, "num_key_value_heads": 128, "q_lora_rank": 1024, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-05, "v_head_dim": 128, "attn_implementation": "sdpa"}}, "layer_idx": 45},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "produced", "producer": 0, "outputs": [0]},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False},
        {"name": "position_embeddings", "kind": "produced", "producer": 1, "outputs": [0, 1], "tuple": True}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12441773202,
     "flops": 779956899948,
     "architectures": ["dots3_note"],
     "qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextDecoderLayer",
     "path": "language_model.layers.45",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


# Calls that make an input in production (a rotary table, a mask, a router's choice), run by
# get_inputs on drawn inputs of their own: an input {"kind": "produced"} takes their outputs.
PRODUCERS = [
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Dots3NoteTextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "or_mask_function", "kind": "default", "value": None},
        {"name": "and_mask_function", "kind": "default", "value": None},
        {"name": "block_sequence_ids", "kind": "default", "value": None},
        {"name": "layer_idx", "kind": "default", "value": None},
        {"name": "allow_is_causal_skip", "kind": "flag", "value": False}]},
    {"qualname": "transformers.models.dots3_note.modeling_dots3_note.Dots3NoteTextRotaryEmbedding",
     "init": {"config": {"config_class": "Dots3NoteTextConfig", "fields": {"head_dim": 256, "layer_types": ["indexed_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention", "sliding_attention", "sliding_attention", "sliding_attention", "indexed_attention"], "max_position_embeddings": 524288, "rope_parameters": {"indexed_attention": {"rope_type": "default", "rope_theta": 80000000.0, "partial_rotary_factor": 0.25}, "sliding_attention": {"rope_type": "default", "rope_theta": 50000.0, "partial_rotary_factor": 0.25}}, "attn_implementation": "sdpa"}}, "device": None},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 509, 5120], "roles": ["batch", "seq", "fixed"], "dtype": "float32"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "layer_type", "kind": "str", "value": "indexed_attention"}],
     "param_dtype": "float32"},
]


_CONFIGS = {"Dots3NoteTextConfig": Dots3NoteTextConfig}


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
