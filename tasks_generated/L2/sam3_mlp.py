"""An MLP, a module built from leaf kernels: `Sam3MLP` as transformers runs it, built from L1/gelu_activation_b49fec, L1/linear_371c4c.

kernel:        bf6d1304825b9f52
level:         2
label:         mlp
qualnames:     transformers.models.sam3.modeling_sam3.Sam3MLP, transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock, transformers.models.sam.modeling_sam.SamMLPBlock, transformers.models.seggpt.modeling_seggpt.SegGptMlp, transformers.models.vitdet.modeling_vitdet.VitDetMlp, transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamMLPBlock, transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetMLPBlock, transformers.models.sam2.modeling_sam2.Sam2FeedForward, transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock, transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamMLPBlock, transformers.models.slanext.modeling_slanext.SLANeXtMLPBlock
transformers:  5.24.0
architectures: deepseek_ocr2, deepseek_vl_hybrid, got_ocr2, pp_chart2table, pp_formulanet, sam, sam2, sam3_tracker, sam_hq, seggpt, slanext, unlimited_ocr, vitdet, vitmatte
cases:         1 real cases, default first (the most common that fits in 8 GB); 15 unmapped
"""

import torch
from torch import nn
from transformers.models.sam3.configuration_sam3 import Sam3ViTConfig
from transformers.models.sam3.modeling_sam3 import Sam3MLP


class Model(Sam3MLP):
    """`Sam3MLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `Sam3MLP` as transformers runs it, built from L1/gelu_activation_b49fec, L1/linear_371c4c.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        fc1.weight [4736, 1024]
        fc1.bias [4736]
        fc2.weight [1024, 4736]
        fc2.bias [1024]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (Sam3MLP)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (Sam3MLP)")


KERNEL = {"id": "bf6d1304825b9f52", "name": "sam3_mlp", "level": 2, "label": "mlp", "qualname": "transformers.models.sam3.modeling_sam3.Sam3MLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Sam3ViTConfig", "fields": {"hidden_act": "gelu", "hidden_dropout": 0.0, "hidden_size": 1024, "intermediate_size": 4736, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 72, 72, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 61877504,
     "flops": 201234087936,
     "architectures": ["sam3_tracker"],
     "qualname": "transformers.models.sam3.modeling_sam3.Sam3MLP",
     "path": "vision_encoder.backbone.layers.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.sam.modeling_sam.SamMLPBlock",
     "architectures": ["deepseek_vl_hybrid", "sam"],
     "reason": "built by SamMLPBlock from a SamVisionConfig"},
    {"qualname": "transformers.models.vitdet.modeling_vitdet.VitDetMlp",
     "architectures": ["vitdet", "vitmatte"],
     "reason": "built by VitDetMlp from a VitDetConfig"},
    {"qualname": "transformers.models.seggpt.modeling_seggpt.SegGptMlp",
     "architectures": ["seggpt"],
     "reason": "built by SegGptMlp from a SegGptConfig"},
    {"qualname": "transformers.models.deepseek_ocr2.modeling_deepseek_ocr2.DeepseekOcr2SamMLPBlock",
     "architectures": ["deepseek_ocr2"],
     "reason": "built by DeepseekOcr2SamMLPBlock from a DeepseekOcr2SamVisionConfig"},
    {"qualname": "transformers.models.unlimited_ocr.modeling_unlimited_ocr.UnlimitedOcrSamMLPBlock",
     "architectures": ["unlimited_ocr"],
     "reason": "built by UnlimitedOcrSamMLPBlock from a UnlimitedOcrSamVisionConfig"},
    {"qualname": "transformers.models.pp_formulanet.modeling_pp_formulanet.PPFormulaNetMLPBlock",
     "architectures": ["pp_formulanet"],
     "reason": "built by PPFormulaNetMLPBlock from a PPFormulaNetVisionConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock",
     "architectures": ["got_ocr2"],
     "reason": "built by GotOcr2MLPBlock from a GotOcr2VisionConfig"},
    {"qualname": "transformers.models.got_ocr2.modeling_got_ocr2.GotOcr2MLPBlock",
     "architectures": ["pp_chart2table"],
     "reason": "built by GotOcr2MLPBlock from a PPChart2TableVisionConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQMLPBlock from a SamHQVisionConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in Sam3MLP.__init__"},
    {"qualname": "transformers.models.seggpt.modeling_seggpt.SegGptMlp",
     "architectures": ["seggpt"],
     "reason": "built by SegGptMlp from a SegGptConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in Sam3MLP.__init__"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in Sam3MLP.__init__"},
    {"qualname": "transformers.models.slanext.modeling_slanext.SLANeXtMLPBlock",
     "architectures": ["slanext"],
     "reason": "built by SLANeXtMLPBlock from a SLANeXtVisionConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2"],
     "reason": "constructor argument 'input_dim' is not in Sam3MLP.__init__"},
]


_CONFIGS = {"Sam3ViTConfig": Sam3ViTConfig}


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
