"""Mixture-of-experts routing and expert compute, a whole model: `SuperGlueForKeypointMatching` as transformers runs it, built from L1/superglue_log_optimal_transport, L1/superglue_normalize_keypoints, L2/swin2_sr_output (hyper-parameters of batch_norm, clamp_min, div, gt, masked_fill, mul, sub vary per case).

kernel:        c3b114449e7663d2
level:         4
label:         router/moe
qualnames:     transformers.models.superglue.modeling_superglue.SuperGlueForKeypointMatching
transformers:  5.24.0
architectures: superglue
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.superglue.configuration_superglue import SuperGlueConfig
from transformers.models.superglue.modeling_superglue import SuperGlueForKeypointMatching
from transformers.models.superglue.modeling_superglue import SuperGlueKeypointMatchingOutput


class Model(SuperGlueForKeypointMatching):
    """`SuperGlueForKeypointMatching` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: SuperGlueConfig) -> None:
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Mixture-of-experts routing and expert compute, a whole model: `SuperGlueForKeypointMatching` as transformers runs it, built from L1/superglue_log_optimal_transport, L1/superglue_normalize_keypoints, L2/swin2_sr_output (hyper-parameters of batch_norm, clamp_min, div, gt, masked_fill, mul, sub vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        bin_score []
        keypoint_detector.encoder.conv_blocks.0.conv_a.weight [64, 1, 3, 3]
        keypoint_detector.encoder.conv_blocks.{0..1}.conv_a.bias [64]
        keypoint_detector.encoder.conv_blocks.{0..1}.conv_b.weight [64, 64, 3, 3]
        keypoint_detector.encoder.conv_blocks.{0..1}.conv_b.bias [64]
        keypoint_detector.encoder.conv_blocks.1.conv_a.weight [64, 64, 3, 3]
        keypoint_detector.encoder.conv_blocks.2.conv_a.weight [128, 64, 3, 3]
        keypoint_detector.encoder.conv_blocks.{2..3}.conv_a.bias [128]
        keypoint_detector.encoder.conv_blocks.{2..3}.conv_b.weight [128, 128, 3, 3]
        keypoint_detector.encoder.conv_blocks.{2..3}.conv_b.bias [128]
        keypoint_detector.encoder.conv_blocks.3.conv_a.weight [128, 128, 3, 3]
        keypoint_detector.keypoint_decoder.conv_score_a.weight [256, 128, 3, 3]
        keypoint_detector.keypoint_decoder.conv_score_a.bias [256]
        keypoint_detector.keypoint_decoder.conv_score_b.weight [65, 256, 1, 1]
        keypoint_detector.keypoint_decoder.conv_score_b.bias [65]
        keypoint_detector.descriptor_decoder.conv_descriptor_a.weight [256, 128, 3, 3]
        keypoint_detector.descriptor_decoder.conv_descriptor_a.bias [256]
        keypoint_detector.descriptor_decoder.conv_descriptor_b.weight [256, 256, 1, 1]
        keypoint_detector.descriptor_decoder.conv_descriptor_b.bias [256]
        keypoint_encoder.encoder.0.linear.weight [32, 3]
        keypoint_encoder.encoder.0.linear.bias [32]
        keypoint_encoder.encoder.0.batch_norm.weight [32]
        keypoint_encoder.encoder.0.batch_norm.bias [32]
        keypoint_encoder.encoder.0.batch_norm.running_mean [32]
        keypoint_encoder.encoder.0.batch_norm.running_var [32]
        keypoint_encoder.encoder.{0..3}.batch_norm.num_batches_tracked []
        keypoint_encoder.encoder.1.linear.weight [64, 32]
        keypoint_encoder.encoder.1.linear.bias [64]
        keypoint_encoder.encoder.1.batch_norm.weight [64]
        keypoint_encoder.encoder.1.batch_norm.bias [64]
        keypoint_encoder.encoder.1.batch_norm.running_mean [64]
        keypoint_encoder.encoder.1.batch_norm.running_var [64]
        keypoint_encoder.encoder.2.linear.weight [128, 64]
        keypoint_encoder.encoder.2.linear.bias [128]
        keypoint_encoder.encoder.2.batch_norm.weight [128]
        keypoint_encoder.encoder.2.batch_norm.bias [128]
        keypoint_encoder.encoder.2.batch_norm.running_mean [128]
        keypoint_encoder.encoder.2.batch_norm.running_var [128]
        keypoint_encoder.encoder.3.linear.weight [256, 128]
        keypoint_encoder.encoder.3.linear.bias [256]
        ... and 25 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: SuperGlueConfig) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (SuperGlueForKeypointMatching)")

    def forward(
        self,
        pixel_values: torch.Tensor,
        labels: torch.LongTensor | None = None,
        output_attentions: bool | None = None,
        output_hidden_states: bool | None = None,
        return_dict: bool | None = None,
        **kwargs,
    ) -> tuple | SuperGlueKeypointMatchingOutput:
        raise NotImplementedError("write the kernel: mixture-of-experts routing and expert compute (SuperGlueForKeypointMatching)")


KERNEL = {"id": "c3b114449e7663d2", "name": "super_glue_for_keypoint_matching", "level": 4, "label": "router/moe", "qualname": "transformers.models.superglue.modeling_superglue.SuperGlueForKeypointMatching", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "SuperGlueConfig", "fields": {"attention_probs_dropout_prob": 0.0, "hidden_size": 256, "is_decoder": False, "num_attention_heads": 4, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "pixel_values", "kind": "tensor", "shape": [2, 2, 3, 224, 224], "roles": ["batch", "fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 27965060,
     "flops": 211870415319,
     "architectures": ["superglue"],
     "qualname": "transformers.models.superglue.modeling_superglue.SuperGlueForKeypointMatching",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"SuperGlueConfig": SuperGlueConfig}


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
