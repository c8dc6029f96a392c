"""Mixture-of-experts routing and expert compute, a module built from leaf kernels: `DeepseekV4CSACompressor` as transformers runs it, built from L1/deepseek_v4_apply_rotary_pos_emb, L1/deepseek_v4_rms_norm, L1/deepseek_v4_rotary_embedding, L1/linear_3f2d2a (hyper-parameters of add, mul vary per case).

kernel:        a75de60339ac8c73
level:         2
label:         router/moe
qualnames:     transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor
transformers:  5.24.0
architectures: deepseek_v4
cases:         20 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.deepseek_v4.configuration_deepseek_v4 import DeepseekV4Config
from transformers.models.deepseek_v4.modeling_deepseek_v4 import DeepseekV4CSACompressor


class Model(DeepseekV4CSACompressor):
    """`DeepseekV4CSACompressor` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: DeepseekV4Config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Mixture-of-experts routing and expert compute, a module built from leaf kernels: `DeepseekV4CSACompressor` as transformers runs it, built from L1/deepseek_v4_apply_rotary_pos_emb, L1/deepseek_v4_rms_norm, L1/deepseek_v4_rotary_embedding, L1/linear_3f2d2a (hyper-parameters of add, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        position_bias [4, 1024]
        kv_proj.weight [1024, 4096]
        gate_proj.weight [1024, 4096]
        kv_norm.weight [512]
        indexer.position_bias [4, 256]
        indexer.kv_proj.weight [256, 4096]
        indexer.gate_proj.weight [256, 4096]
        indexer.kv_norm.weight [128]
        indexer.q_b_proj.weight [8192, 1024]
        indexer.scorer.weights_proj.weight [64, 4096]
    """

    def __init__(self, config: DeepseekV4Config):
        super().__init__()
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (DeepseekV4CSACompressor)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        q_residual: torch.Tensor,
        position_ids: torch.Tensor,
        cache: Cache | None,
        layer_idx: int,
    ) -> tuple[torch.Tensor, torch.Tensor]:
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (DeepseekV4CSACompressor)")


KERNEL = {"id": "a75de60339ac8c73", "name": "deepseek_v4_csa_compressor", "level": 2, "label": "router/moe", "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 11}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.11.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 13}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.13.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 15}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.15.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 17}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.17.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 19}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.19.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 21}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.21.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 23}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.23.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 25}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.25.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 27}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.27.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 29}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.29.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 31}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.31.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 33}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.33.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 35}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.35.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 37}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.37.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 39}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.39.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "max_position_embeddings": 1048576, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "rope_parameters": {"main": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.125}, "compress": {"rope_theta": 160000.0, "rope_type": "default", "partial_rotary_factor": 0.125}}, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 3}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.3.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 41}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.41.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 5}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.5.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 7}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.7.self_attn.compressor",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 512, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "q_residual", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "layer_idx", "kind": "int", "value": 9}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 49243380,
     "flops": 41141396937,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4CSACompressor",
     "path": "layers.9.self_attn.compressor",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"DeepseekV4Config": DeepseekV4Config}


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
