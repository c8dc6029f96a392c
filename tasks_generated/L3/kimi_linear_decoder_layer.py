"""A state-space (selective) scan, a repeated layer: `KimiLinearDecoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/kimi_linear_delta_attention, L2/llama_mlp (hyper-parameters of add, gt, mul vary per case).

kernel:        0e72a3a464ea9731
level:         3
label:         state-space scan
qualnames:     transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearDecoderLayer
transformers:  5.24.0
architectures: kimi_linear
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.models.kimi_linear.configuration_kimi_linear import KimiLinearConfig
from transformers.models.kimi_linear.modeling_kimi_linear import KimiLinearDecoderLayer
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(KimiLinearDecoderLayer):
    """`KimiLinearDecoderLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: KimiLinearConfig, layer_idx: int):
        super().__init__(config, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A state-space (selective) scan, a repeated layer: `KimiLinearDecoderLayer` as transformers runs it, built from L1/llama_rms_norm, L2/kimi_linear_delta_attention, L2/llama_mlp (hyper-parameters of add, gt, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        self_attn.q_proj.weight [4096, 2304]
        self_attn.k_proj.weight [4096, 2304]
        self_attn.v_proj.weight [4096, 2304]
        self_attn.conv1d.weight [12288, 1, 4]
        self_attn.forget_gate.dt_bias [4096]
        self_attn.forget_gate.A_log [1, 1, 32, 1]
        self_attn.forget_gate.f_a_proj.weight [128, 2304]
        self_attn.forget_gate.f_b_proj.weight [4096, 128]
        self_attn.b_proj.weight [32, 2304]
        self_attn.g_a_proj.weight [128, 2304]
        self_attn.g_b_proj.weight [4096, 128]
        self_attn.o_norm.weight [128]
        self_attn.o_proj.weight [2304, 4096]
        mlp.gate_proj.weight [9216, 2304]
        mlp.up_proj.weight [9216, 2304]
        mlp.down_proj.weight [2304, 9216]
        input_layernorm.weight [2304]
        post_attention_layernorm.weight [2304]
    """

    def __init__(self, config: KimiLinearConfig, layer_idx: int):
        super().__init__()
        raise NotImplementedError("write the kernel: a state-space (selective) scan (KimiLinearDecoderLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        use_cache: bool | None = False,
        **kwargs: Unpack[TransformersKwargs],
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a state-space (selective) scan (KimiLinearDecoderLayer)")


KERNEL = {"id": "0e72a3a464ea9731", "name": "kimi_linear_decoder_layer", "level": 3, "label": "state-space scan", "qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearDecoderLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "KimiLinearConfig", "fields": {"hidden_act": "silu", "hidden_size": 2304, "intermediate_size": 9216, "layer_types": ["linear_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention", "linear_attention", "full_attention", "linear_attention", "linear_attention"], "linear_conv_kernel_dim": 4, "linear_head_dim": 128, "linear_num_heads": 32, "mlp_layer_types": ["dense", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse", "sparse"], "rms_norm_eps": 1e-05, "attn_implementation": "sdpa"}}, "layer_idx": 0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "cache", "kind": "none"},
        {"name": "use_cache", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 215829824,
     "flops": 217141923996,
     "architectures": ["kimi_linear"],
     "qualname": "transformers.models.kimi_linear.modeling_kimi_linear.KimiLinearDecoderLayer",
     "path": "layers.0",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"KimiLinearConfig": KimiLinearConfig}


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
