"""Attention, a whole model: `DeepseekV32Model` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm, L3/deepseek_v32_decoder_layer, L3/deepseek_v32_decoder_layer_d3c731 (hyper-parameters of add, layer_norm, mul vary per case).

kernel:        756251727fb52f9c
level:         4
label:         attention
qualnames:     transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32Model
transformers:  5.24.0
architectures: deepseek_v32
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.modeling_outputs import MoeModelOutputWithPast
from transformers.models.deepseek_v32.configuration_deepseek_v32 import DeepseekV32Config
from transformers.models.deepseek_v32.modeling_deepseek_v32 import DeepseekV32Model
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(DeepseekV32Model):
    """`DeepseekV32Model` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: DeepseekV32Config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `DeepseekV32Model` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm, L3/deepseek_v32_decoder_layer, L3/deepseek_v32_decoder_layer_d3c731 (hyper-parameters of add, layer_norm, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        embed_tokens.weight [129280, 7168]
        layers.{0..60}.self_attn.q_a_proj.weight [1536, 7168]
        layers.{0..60}.self_attn.q_a_layernorm.weight [1536]
        layers.{0..60}.self_attn.q_b_proj.weight [24576, 1536]
        layers.{0..60}.self_attn.kv_a_proj_with_mqa.weight [576, 7168]
        layers.{0..60}.self_attn.kv_a_layernorm.weight [512]
        layers.{0..60}.self_attn.kv_b_proj.weight [32768, 512]
        layers.{0..60}.self_attn.o_proj.weight [7168, 16384]
        layers.{0..60}.self_attn.indexer.wq_b.weight [8192, 1536]
        layers.{0..60}.self_attn.indexer.wk.weight [128, 7168]
        layers.{0..60}.self_attn.indexer.k_norm.weight [128]
        layers.{0..60}.self_attn.indexer.k_norm.bias [128]
        layers.{0..60}.self_attn.indexer.weights_proj.weight [64, 7168]
        layers.{0..2}.mlp.gate_proj.weight [18432, 7168]
        layers.{0..2}.mlp.up_proj.weight [18432, 7168]
        layers.{0..2}.mlp.down_proj.weight [7168, 18432]
        layers.{0..60}.input_layernorm.weight [7168]
        layers.{0..60}.post_attention_layernorm.weight [7168]
        layers.{3..60}.mlp.experts.gate_up_proj [256, 4096, 7168]
        layers.{3..60}.mlp.experts.down_proj [256, 7168, 2048]
        layers.{3..60}.mlp.gate.weight [256, 7168]
        layers.{3..60}.mlp.gate.e_score_correction_bias [256]
        layers.{3..60}.mlp.shared_experts.gate_proj.weight [2048, 7168]
        layers.{3..60}.mlp.shared_experts.up_proj.weight [2048, 7168]
        layers.{3..60}.mlp.shared_experts.down_proj.weight [7168, 2048]
        norm.weight [7168]
    """

    def __init__(self, config: DeepseekV32Config):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (DeepseekV32Model)")

    def forward(
        self,
        input_ids: torch.LongTensor | None = None,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        inputs_embeds: torch.Tensor | None = None,
        use_cache: bool | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> MoeModelOutputWithPast:
        raise NotImplementedError("write the kernel: attention (DeepseekV32Model)")


KERNEL = {"id": "756251727fb52f9c", "name": "deepseek_v32_model", "level": 4, "label": "attention", "qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32Model", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "DeepseekV32Config", "fields": {"attention_bias": False, "attention_dropout": 0.0, "head_dim": 64, "hidden_act": "silu", "hidden_size": 7168, "index_head_dim": 128, "index_n_heads": 64, "index_topk": 2048, "intermediate_size": 18432, "kv_lora_rank": 512, "max_position_embeddings": 163840, "mlp_layer_types": ["dense", "dense", "dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "moe_intermediate_size": 2048, "n_group": 8, "n_shared_experts": 1, "norm_topk_prob": True, "num_attention_heads": 128, "num_experts_per_tok": 8, "num_hidden_layers": 61, "num_key_value_heads": 128, "num_local_experts": 256, "pad_token_id": None, "q_lora_rank": 1536, "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "rms_norm_eps": 1e-06, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "routed_scaling_factor": 2.5, "tie_word_embeddings": False, "topk_group": 4, "v_head_dim": 128, "vocab_size": 129280, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 129280}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1340291258960,
     "flops": 77571514578394,
     "architectures": ["deepseek_v32"],
     "qualname": "transformers.models.deepseek_v32.modeling_deepseek_v32.DeepseekV32Model",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"DeepseekV32Config": DeepseekV32Config}


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
