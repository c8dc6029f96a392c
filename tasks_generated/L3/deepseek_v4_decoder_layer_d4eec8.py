"""Attention, a repeated layer: `DeepseekV4DecoderLayer` as transformers runs it, built from L1/deepseek_v4_rms_norm, L2/deepseek_v4_hyper_connection, L2/deepseek_v4_sparse_moe_block_f99d0c (hyper-parameters of add, clamp, mul vary per case).

kernel:        d4eec8489967b189
level:         3
label:         attention
qualnames:     transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4DecoderLayer
transformers:  5.24.0
architectures: deepseek_v4
cases:         3 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.deepseek_v4.configuration_deepseek_v4 import DeepseekV4Config
from transformers.models.deepseek_v4.modeling_deepseek_v4 import DeepseekV4DecoderLayer
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(DeepseekV4DecoderLayer):
    """`DeepseekV4DecoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: DeepseekV4Config, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a repeated layer: `DeepseekV4DecoderLayer` as transformers runs it, built from L1/deepseek_v4_rms_norm, L2/deepseek_v4_hyper_connection, L2/deepseek_v4_sparse_moe_block_f99d0c (hyper-parameters of add, clamp, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.sinks [64]
        self_attn.q_a_proj.weight [1024, 4096]
        self_attn.q_a_norm.weight [1024]
        self_attn.q_b_proj.weight [32768, 1024]
        self_attn.kv_proj.weight [512, 4096]
        self_attn.kv_norm.weight [512]
        self_attn.o_a_proj.weight [8192, 4096]
        self_attn.o_b_proj.weight [4096, 8192]
        self_attn.compressor.position_bias [128, 512]
        self_attn.compressor.kv_proj.weight [512, 4096]
        self_attn.compressor.gate_proj.weight [512, 4096]
        self_attn.compressor.kv_norm.weight [512]
        mlp.gate.weight [256, 4096]
        mlp.gate.tid2eid [129280, 6]
        mlp.experts.gate_up_proj [256, 4096, 4096]
        mlp.experts.down_proj [256, 4096, 2048]
        mlp.shared_experts.gate_proj.weight [2048, 4096]
        mlp.shared_experts.up_proj.weight [2048, 4096]
        mlp.shared_experts.down_proj.weight [4096, 2048]
        input_layernorm.weight [4096]
        post_attention_layernorm.weight [4096]
        attn_hc.fn [24, 16384]
        attn_hc.base [24]
        attn_hc.scale [3]
        ffn_hc.fn [24, 16384]
        ffn_hc.base [24]
        ffn_hc.scale [3]
    """

    def __init__(self, config: DeepseekV4Config, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (DeepseekV4DecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        input_ids: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: attention (DeepseekV4DecoderLayer)")


KERNEL = {"id": "d4eec8489967b189", "name": "deepseek_v4_decoder_layer_d4eec8", "level": 3, "label": "attention", "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4DecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"attention_dropout": 0.0, "compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "hc_eps": 1e-06, "hc_mult": 4, "hc_sinkhorn_iters": 20, "head_dim": 512, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 2048, "layer_types": ["heavily_compressed_attention", "heavily_compressed_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention"], "max_position_embeddings": 1048576, "mlp_bias": False, "mlp_layer_types": ["hash_moe", "hash_moe", "hash_moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe"], "num_attention_heads": 64, "num_experts_per_tok": 6, "num_local_experts": 256, "o_groups": 8, "o_lora_rank": 1024, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "rope_parameters": {"main": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.125}, "compress": {"rope_theta": 160000.0, "rope_type": "default", "partial_rotary_factor": 0.125}}, "routed_scaling_factor": 1.5, "scoring_func": "sqrtsoftplus", "sliding_window": 128, "swiglu_limit": 10.0, "vocab_size": 129280, "attn_implementation": "eager"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 4096], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 129280}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13230956436,
     "flops": 657998296091,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4DecoderLayer",
     "path": "layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"attention_dropout": 0.0, "compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "layer_types": ["heavily_compressed_attention", "heavily_compressed_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention"], "mlp_layer_types": ["hash_moe", "hash_moe", "hash_moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe"], "num_attention_heads": 64, "o_groups": 8, "o_lora_rank": 1024, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "sliding_window": 128, "attn_implementation": "eager"}}, "layer_idx": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 4096], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 129280}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13230956436,
     "flops": 657998296091,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4DecoderLayer",
     "path": "layers.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "DeepseekV4Config", "fields": {"attention_dropout": 0.0, "compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 128}, "head_dim": 512, "hidden_size": 4096, "layer_types": ["heavily_compressed_attention", "heavily_compressed_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention", "compressed_sparse_attention", "heavily_compressed_attention"], "mlp_layer_types": ["hash_moe", "hash_moe", "hash_moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe", "moe"], "num_attention_heads": 64, "o_groups": 8, "o_lora_rank": 1024, "q_lora_rank": 1024, "rms_norm_eps": 1e-06, "sliding_window": 128, "attn_implementation": "eager"}}, "layer_idx": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 4, 4096], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 129280}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 13230956436,
     "flops": 657998296091,
     "architectures": ["deepseek_v4"],
     "qualname": "transformers.models.deepseek_v4.modeling_deepseek_v4.DeepseekV4DecoderLayer",
     "path": "layers.2",
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
