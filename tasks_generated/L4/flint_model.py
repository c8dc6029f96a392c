"""Attention, a whole model: `FlintModel` as transformers runs it, built from L1/beam_rms_norm, L1/create_causal_mask, L1/create_sliding_window_causal_mask, L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L3/flint_decoder_layer … (hyper-parameters of add, mul, scalar_tensor vary per case).

kernel:        d2cc2bf2f3b11d6f
level:         4
label:         attention
qualnames:     transformers.models.flint.modeling_flint.FlintModel
transformers:  5.24.0
architectures: flint
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.modeling_outputs import MoeModelOutputWithPast
from transformers.models.flint.configuration_flint import FlintConfig
from transformers.models.flint.modeling_flint import FlintModel
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(FlintModel):
    """`FlintModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: FlintConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `FlintModel` as transformers runs it, built from L1/beam_rms_norm, L1/create_causal_mask, L1/create_sliding_window_causal_mask, L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L3/flint_decoder_layer … (hyper-parameters of add, mul, scalar_tensor vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        embed_tokens.weight [150144, 2048]
        layers.{0..48}.self_attn.sinks [32]
        layers.{0..48}.self_attn.q_proj.weight [4096, 2048]
        layers.{0..48}.self_attn.k_proj.weight [512, 2048]
        layers.{0..48}.self_attn.v_proj.weight [512, 2048]
        layers.{0..48}.self_attn.o_proj.weight [2048, 4096]
        layers.{0..48}.self_attn.q_norm.weight [128]
        layers.{0..48}.self_attn.k_norm.weight [128]
        layers.{0..1}.mlp.gate_proj.weight [6144, 2048]
        layers.{0..1}.mlp.up_proj.weight [6144, 2048]
        layers.{0..1}.mlp.down_proj.weight [2048, 6144]
        layers.{0..48}.input_layernorm.weight [2048]
        layers.{0..48}.post_attention_layernorm.weight [2048]
        layers.{2..48}.mlp.experts.gate_up_proj [256, 1024, 2048]
        layers.{2..48}.mlp.experts.down_proj [256, 2048, 512]
        layers.{2..48}.mlp.gate.weight [256, 2048]
        layers.{2..48}.mlp.shared_expert.gate_proj.weight [1024, 2048]
        layers.{2..48}.mlp.shared_expert.up_proj.weight [1024, 2048]
        layers.{2..48}.mlp.shared_expert.down_proj.weight [2048, 1024]
        norm.weight [2048]
    """

    def __init__(self, config: FlintConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (FlintModel)")

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
        raise NotImplementedError("write the kernel: attention (FlintModel)")


KERNEL = {"id": "d2cc2bf2f3b11d6f", "name": "flint_model", "level": 4, "label": "attention", "qualname": "transformers.models.flint.modeling_flint.FlintModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "FlintConfig", "fields": {"attention_bias": False, "attention_dropout": 0.0, "decoder_sparse_step": 1, "head_dim": 128, "hidden_act": "silu", "hidden_size": 2048, "intermediate_size": 6144, "layer_types": ["full_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "sliding_attention", "full_attention", "sliding_attention", "sliding_attention", "full_attention"], "max_position_embeddings": 262144, "mlp_only_layers": [0, 1], "moe_intermediate_size": 512, "norm_topk_prob": True, "num_attention_heads": 32, "num_experts": 256, "num_experts_per_tok": 6, "num_hidden_layers": 49, "num_key_value_heads": 4, "pad_token_id": None, "rms_norm_eps": 1e-06, "rope_parameters": {"rope_theta": 10000.0, "rope_type": "default"}, "shared_expert_intermediate_size": 1024, "sliding_window": 513, "tie_word_embeddings": False, "vocab_size": 150144, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 150144}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 78398229328,
     "flops": 4919227765806,
     "architectures": ["flint"],
     "qualname": "transformers.models.flint.modeling_flint.FlintModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"FlintConfig": FlintConfig}


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
