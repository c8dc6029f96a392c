"""Attention, a whole model: `LasrForCTC` as transformers runs it, built from L1/conv1d (hyper-parameters of batch_norm, layer_norm, mul, sdpa vary per case).

kernel:        0656f1f087650668
level:         4
label:         attention
qualnames:     transformers.models.lasr.modeling_lasr.LasrForCTC
transformers:  5.24.0
architectures: lasr_ctc
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.modeling_outputs import CausalLMOutput
from transformers.models.lasr.configuration_lasr import LasrCTCConfig
from transformers.models.lasr.modeling_lasr import LasrForCTC
from transformers.utils.generic import TransformersKwargs
from typing import Unpack


class Model(LasrForCTC):
    """`LasrForCTC` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: LasrCTCConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `LasrForCTC` as transformers runs it, built from L1/conv1d (hyper-parameters of batch_norm, layer_norm, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        encoder.subsampler.dense_0.weight [512, 128]
        encoder.subsampler.dense_0.bias [512]
        encoder.subsampler.conv_0.weight [512, 512, 5]
        encoder.subsampler.conv_0.bias [512]
        encoder.subsampler.conv_1.weight [256, 512, 5]
        encoder.subsampler.conv_1.bias [256]
        encoder.subsampler.dense_1.weight [512, 256]
        encoder.subsampler.dense_1.bias [512]
        encoder.layers.{0..16}.feed_forward1.linear1.weight [2048, 512]
        encoder.layers.{0..16}.feed_forward1.linear2.weight [512, 2048]
        encoder.layers.{0..16}.self_attn.q_proj.weight [512, 512]
        encoder.layers.{0..16}.self_attn.k_proj.weight [512, 512]
        encoder.layers.{0..16}.self_attn.v_proj.weight [512, 512]
        encoder.layers.{0..16}.self_attn.o_proj.weight [512, 512]
        encoder.layers.{0..16}.conv.pointwise_conv1.weight [1024, 512, 1]
        encoder.layers.{0..16}.conv.depthwise_conv.weight [512, 1, 32]
        encoder.layers.{0..16}.conv.norm.weight [512]
        encoder.layers.{0..16}.conv.norm.bias [512]
        encoder.layers.{0..16}.conv.norm.running_mean [512]
        encoder.layers.{0..16}.conv.norm.running_var [512]
        encoder.layers.{0..16}.conv.norm.num_batches_tracked []
        encoder.layers.{0..16}.conv.pointwise_conv2.weight [512, 512, 1]
        encoder.layers.{0..16}.feed_forward2.linear1.weight [2048, 512]
        encoder.layers.{0..16}.feed_forward2.linear2.weight [512, 2048]
        encoder.layers.{0..16}.norm_feed_forward1.weight [512]
        encoder.layers.{0..16}.norm_self_att.weight [512]
        encoder.layers.{0..16}.norm_conv.weight [512]
        encoder.layers.{0..16}.norm_feed_forward2.weight [512]
        encoder.layers.{0..16}.norm_out.weight [512]
        encoder.out_norm.weight [512]
        ctc_head.weight [512, 512, 1]
        ctc_head.bias [512]
    """

    def __init__(self, config: LasrCTCConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (LasrForCTC)")

    def forward(
        self,
        input_features: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        **kwargs: Unpack[TransformersKwargs],
    ) -> CausalLMOutput:
        raise NotImplementedError("write the kernel: attention (LasrForCTC)")


KERNEL = {"id": "0656f1f087650668", "name": "lasr_for_ctc", "level": 4, "label": "attention", "qualname": "transformers.models.lasr.modeling_lasr.LasrForCTC", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "LasrCTCConfig", "fields": {"encoder_config": {"hidden_size": 512}, "vocab_size": 512, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "input_features", "kind": "tensor", "shape": [2, 509, 128], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 211082368,
     "flops": 54540645848,
     "architectures": ["lasr_ctc"],
     "qualname": "transformers.models.lasr.modeling_lasr.LasrForCTC",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"LasrCTCConfig": LasrCTCConfig}


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
