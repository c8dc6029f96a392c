"""A convolution, a module built from leaf kernels: `GotOcr2VisionNeck` as transformers runs it, built from L1/conv2d_057413, L1/layer_norm (hyper-parameters of layer_norm vary per case).

kernel:        4f03fd5a23bc0050
level:         2
label:         convolution
qualnames:     transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2VisionNeck, transformers.models.sam.modeling_sam.SamVisionNeck, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamVisionNeck, transformers.models.deepseek_vl_hybrid.modeling_deepseek_vl_hybrid.DeepseekVLSamVisionNeck, transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetVisionNeck, transformers.models.sam_hq.modeling_sam_hq.SamHQVisionNeck, transformers.models.slanext.modeling_slanext.SLANeXtVisionNeck, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamVisionNeck
transformers:  5.24.0
architectures: deepseek_ocr2, deepseek_vl_hybrid, got_ocr2, pp_chart2table, pp_formulanet, sam, sam_hq, slanext, unlimited_ocr
cases:         2 real cases, default first (the most common that fits in 8 GB); 6 unmapped
"""

import torch
from torch import nn
from transformers.models.got_ocr2.configuration_got_ocr2 import GotOcr2VisionConfig
from transformers.models.got_ocr2.modeling_got_ocr2 import GotOcr2VisionNeck
from transformers.models.pp_chart2table.configuration_pp_chart2table import PPChart2TableVisionConfig


class Model(GotOcr2VisionNeck):
    """`GotOcr2VisionNeck` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: GotOcr2VisionConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `GotOcr2VisionNeck` as transformers runs it, built from L1/conv2d_057413, L1/layer_norm (hyper-parameters of layer_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv1.weight [256, 768, 1, 1]
        layer_norm1.weight [256]
        layer_norm1.bias [256]
        conv2.weight [256, 256, 3, 3]
        layer_norm2.weight [256]
        layer_norm2.bias [256]
    """

    def __init__(self, config: GotOcr2VisionConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (GotOcr2VisionNeck)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: a convolution (GotOcr2VisionNeck)")


KERNEL = {"id": "4f03fd5a23bc0050", "name": "got_ocr2_vision_neck", "level": 2, "label": "convolution", "qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2VisionNeck", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "GotOcr2VisionConfig", "fields": {"hidden_size": 768, "output_channels": 256, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18352128,
     "flops": 12889128960,
     "architectures": ["got_ocr2"],
     "qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2VisionNeck",
     "path": "vision_tower.neck",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "PPChart2TableVisionConfig", "fields": {"hidden_size": 768, "output_channels": 256, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 64, 768], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 18352128,
     "flops": 12889128960,
     "architectures": ["pp_chart2table"],
     "qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2VisionNeck",
     "path": "model.vision_tower.neck",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.sam.modeling_sam.SamVisionNeck",
     "architectures": ["deepseek_vl_hybrid", "sam"],
     "reason": "built by SamVisionNeck from a SamVisionConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamVisionNeck",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2SamVisionNeck from a DeepseekOcr2SamVisionConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamVisionNeck",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrSamVisionNeck from a UnlimitedOcrSamVisionConfig"},
    {"qualname": "transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetVisionNeck",
     "architectures": ["pp_formulanet"],
     "reason": "built by PPFormulaNetVisionNeck from a PPFormulaNetVisionConfig"},
    {"qualname": "transformers.models.slanext.modeling_slanext.SLANeXtVisionNeck",
     "architectures": ["slanext"],
     "reason": "built by SLANeXtVisionNeck from a SLANeXtVisionConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQVisionNeck",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQVisionNeck from a SamHQVisionConfig"},
]


_CONFIGS = {"GotOcr2VisionConfig": GotOcr2VisionConfig, "PPChart2TableVisionConfig": PPChart2TableVisionConfig}


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
