"""Attention, a whole model: `ZayaModel` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm (hyper-parameters of add, clamp_min, mul, sdpa vary per case).

kernel:        710d6b6c8e262a98
level:         4
label:         attention
qualnames:     transformers.models.zaya.modeling_zaya.ZayaModel
transformers:  5.24.0
architectures: zaya
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.modeling_outputs import MoeModelOutputWithPast
from transformers.models.zaya.configuration_zaya import ZayaConfig
from transformers.models.zaya.modeling_zaya import ZayaModel
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(ZayaModel):
    """`ZayaModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: ZayaConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `ZayaModel` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm (hyper-parameters of add, clamp_min, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        input_hidden_states_scale [2048]
        input_hidden_states_bias [2048]
        embed_tokens.weight [262272, 2048]
        layers.{0..39}.self_attn.o_proj.weight [2048, 1024]
        layers.{0..39}.self_attn.qkv_proj.q_proj.weight [1024, 2048]
        layers.{0..39}.self_attn.qkv_proj.k_proj.weight [256, 2048]
        layers.{0..39}.self_attn.qkv_proj.v_proj_current.weight [128, 2048]
        layers.{0..39}.self_attn.qkv_proj.v_proj_delayed.weight [128, 2048]
        layers.{0..39}.self_attn.qkv_proj.conv_qk_depthwise.weight [1280, 1, 2]
        layers.{0..39}.self_attn.qkv_proj.conv_qk_depthwise.bias [1280]
        layers.{0..39}.self_attn.qkv_proj.conv_qk_grouped.weight [1280, 128, 2]
        layers.{0..39}.self_attn.qkv_proj.conv_qk_grouped.bias [1280]
        layers.{0..39}.self_attn.qk_norm.temp [2]
        layers.{0..39}.mlp.gate.balancing_biases [17]
        layers.{0..39}.mlp.gate.down_proj.weight [256, 2048]
        layers.{0..39}.mlp.gate.down_proj.bias [256]
        layers.{0..39}.mlp.gate.router_mlp.norm.weight [256]
        layers.{0..39}.mlp.gate.router_mlp.fc1.weight [256, 256]
        layers.{0..39}.mlp.gate.router_mlp.fc1.bias [256]
        layers.{0..39}.mlp.gate.router_mlp.fc2.weight [256, 256]
        layers.{0..39}.mlp.gate.router_mlp.fc2.bias [256]
        layers.{0..39}.mlp.gate.router_mlp.out_proj.weight [17, 256]
        layers.{0..39}.mlp.experts.gate_up_proj [16, 4096, 2048]
        layers.{0..39}.mlp.experts.down_proj [16, 2048, 2048]
        layers.{0..39}.input_layernorm.weight [2048]
        layers.{0..39}.post_attention_layernorm.weight [2048]
        layers.{0..39}.post_attention_residual_scale.hidden_states_scale [2048]
        layers.{0..39}.post_attention_residual_scale.hidden_states_bias [2048]
        layers.{0..39}.post_attention_residual_scale.residual_scale [2048]
        layers.{0..39}.post_attention_residual_scale.residual_bias [2048]
        layers.{0..39}.post_mlp_residual_scale.hidden_states_scale [2048]
        layers.{0..39}.post_mlp_residual_scale.hidden_states_bias [2048]
        layers.{0..39}.post_mlp_residual_scale.residual_scale [2048]
        layers.{0..39}.post_mlp_residual_scale.residual_bias [2048]
        layers.{1..39}.mlp.gate.router_states_scale [256]
        norm.weight [2048]
    """

    def __init__(self, config: ZayaConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (ZayaModel)")

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
        raise NotImplementedError("write the kernel: attention (ZayaModel)")


KERNEL = {"id": "710d6b6c8e262a98", "name": "zaya_model", "level": 4, "label": "attention", "qualname": "transformers.models.zaya.modeling_zaya.ZayaModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "ZayaConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "cca_time0": 2, "cca_time1": 2, "head_dim": 128, "hidden_act": "silu", "hidden_size": 2048, "layer_types": ["hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid", "hybrid"], "max_position_embeddings": 131072, "moe_intermediate_size": 2048, "num_attention_heads": 8, "num_experts": 16, "num_experts_per_tok": 1, "num_hidden_layers": 40, "num_key_value_heads": 2, "pad_token_id": 0, "rms_norm_eps": 1e-05, "rope_parameters": {"hybrid": {"rope_type": "default", "rope_theta": 5000000.0, "partial_rotary_factor": 0.5}, "hybrid_sliding": {"rope_type": "default", "rope_theta": 10000.0, "partial_rotary_factor": 0.5}}, "router_hidden_size": 256, "tie_word_embeddings": True, "vocab_size": 262272, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 262272}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16616446384,
     "flops": 1619934897394,
     "architectures": ["zaya"],
     "qualname": "transformers.models.zaya.modeling_zaya.ZayaModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"ZayaConfig": ZayaConfig}


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
