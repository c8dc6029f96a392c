"""An MLP, a module built from leaf kernels: `FunAsrNanoMLP` as transformers runs it, built from L1/linear, L1/relu.

kernel:        c4d34d79daec27e7
level:         2
label:         mlp
qualnames:     transformers.models.fun_asr_nano.modeling_fun_asr_nano.FunAsrNanoMLP, torch.nn.modules.container.Sequential, transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrMLP, transformers.models.deformable_detr.modeling_deformable_detr.DeformableDetrMLP, transformers.models.detr.modeling_detr.DetrMLP, transformers.models.tipsv2.modeling_tipsv2.Tipsv2MLP, transformers.models.videoprism.modeling_videoprism.VideoPrismMLP, transformers.models.canary.modeling_canary.CanaryDecoderMLP, transformers.models.cohere_asr.modeling_cohere_asr.CohereAsrDecoderMLP, transformers.models.d_fine.modeling_d_fine.DFineMLP, transformers.models.maskformer.modeling_maskformer.MaskFormerDetrMLP, transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2MLP, transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3MLP, transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4MLP, transformers.models.rt_detr.modeling_rt_detr.RTDetrMLP, transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2MLP, transformers.models.nllb_moe.modeling_nllb_moe.NllbMoeDenseActDense, transformers.models.decision_transformer.modeling_decision_transformer.DecisionTransformerGPT2MLP, transformers.models.sam.modeling_sam.SamMLPBlock, transformers.models.sam2.modeling_sam2.Sam2FeedForward, transformers.models.sam3_tracker.modeling_sam3_tracker.Sam3TrackerFeedForward, transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock, transformers.models.nemotron3_5_asr.modeling_nemotron3_5_asr.Nemotron3_5AsrPromptProjector
transformers:  5.24.0
architectures: canary, cohere_asr, conditional_detr, ctrl, d_fine, decision_transformer, deformable_detr, detr, fun_asr_nano, maskformer, nemotron3_5_asr, nllb-moe, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, rt_detr, rt_detr_v2, sam, sam2, sam3_tracker, sam_hq, tipsv2, videoprism
cases:         2 real cases, default first (the most common that fits in 8 GB); 23 unmapped
"""

import torch
from torch import nn
from transformers.models.fun_asr_nano.configuration_fun_asr_nano import FunAsrNanoAdaptorConfig
from transformers.models.fun_asr_nano.configuration_fun_asr_nano import FunAsrNanoEncoderConfig
from transformers.models.fun_asr_nano.modeling_fun_asr_nano import FunAsrNanoMLP


class Model(FunAsrNanoMLP):
    """`FunAsrNanoMLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: FunAsrNanoEncoderConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `FunAsrNanoMLP` as transformers runs it, built from L1/linear, L1/relu.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        fc1.weight [2048, 512]
        fc1.bias [2048]
        fc2.weight [512, 2048]
        fc2.bias [512]
    """

    def __init__(self, config: FunAsrNanoEncoderConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (FunAsrNanoMLP)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (FunAsrNanoMLP)")


KERNEL = {"id": "c4d34d79daec27e7", "name": "fun_asr_nano_mlp", "level": 2, "label": "mlp", "qualname": "transformers.models.fun_asr_nano.modeling_fun_asr_nano.FunAsrNanoMLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "FunAsrNanoEncoderConfig", "fields": {"hidden_act": "relu", "hidden_dropout": 0.1, "hidden_size": 512, "intermediate_size": 2048, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6284288,
     "flops": 4274492416,
     "architectures": ["fun_asr_nano"],
     "qualname": "transformers.models.fun_asr_nano.modeling_fun_asr_nano.FunAsrNanoMLP",
     "path": "audio_tower.layers.0.mlp",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "FunAsrNanoAdaptorConfig", "fields": {"hidden_act": "relu", "hidden_dropout": 0.0, "hidden_size": 1024, "intermediate_size": 256, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 5220864,
     "flops": 1069014016,
     "architectures": ["fun_asr_nano"],
     "qualname": "transformers.models.fun_asr_nano.modeling_fun_asr_nano.FunAsrNanoMLP",
     "path": "multi_modal_projector.layers.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.detr.modeling_detr.DetrMLP",
     "architectures": ["detr", "maskformer"],
     "reason": "built by DetrMLP from a DetrConfig"},
    {"qualname": "transformers.models.sam2.modeling_sam2.Sam2FeedForward",
     "architectures": ["sam2", "sam3_tracker"],
     "reason": "constructor argument 'input_dim' is not in FunAsrNanoMLP.__init__"},
    {"qualname": "torch.nn.modules.container.Sequential",
     "architectures": ["ctrl"],
     "reason": "constructor argument 'config' was not recorded"},
    {"qualname": "transformers.models.tipsv2.modeling_tipsv2.Tipsv2MLP",
     "architectures": ["tipsv2"],
     "reason": "built by Tipsv2MLP from a Tipsv2TextConfig"},
    {"qualname": "transformers.models.videoprism.modeling_videoprism.VideoPrismMLP",
     "architectures": ["videoprism"],
     "reason": "built by VideoPrismMLP from a VideoPrismTextConfig"},
    {"qualname": "transformers.models.canary.modeling_canary.CanaryDecoderMLP",
     "architectures": ["canary"],
     "reason": "built by CanaryDecoderMLP from a CanaryDecoderConfig"},
    {"qualname": "transformers.models.cohere_asr.modeling_cohere_asr.CohereAsrDecoderMLP",
     "architectures": ["cohere_asr"],
     "reason": "built by CohereAsrDecoderMLP from a CohereAsrConfig"},
    {"qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrMLP",
     "architectures": ["conditional_detr"],
     "reason": "built by ConditionalDetrMLP from a ConditionalDetrConfig"},
    {"qualname": "transformers.models.deformable_detr.modeling_deformable_detr.DeformableDetrMLP",
     "architectures": ["deformable_detr"],
     "reason": "built by DeformableDetrMLP from a DeformableDetrConfig"},
    {"qualname": "transformers.models.pp_doclayout_v2.modeling_pp_doclayout_v2.PPDocLayoutV2MLP",
     "architectures": ["pp_doclayout_v2"],
     "reason": "built by PPDocLayoutV2MLP from a PPDocLayoutV2Config"},
    {"qualname": "transformers.models.pp_doclayout_v3.modeling_pp_doclayout_v3.PPDocLayoutV3MLP",
     "architectures": ["pp_doclayout_v3"],
     "reason": "built by PPDocLayoutV3MLP from a PPDocLayoutV3Config"},
    {"qualname": "transformers.models.pp_doclayout_v4.modeling_pp_doclayout_v4.PPDocLayoutV4MLP",
     "architectures": ["pp_doclayout_v4"],
     "reason": "built by PPDocLayoutV4MLP from a PPDocLayoutV4Config"},
    {"qualname": "transformers.models.rt_detr.modeling_rt_detr.RTDetrMLP",
     "architectures": ["rt_detr"],
     "reason": "built by RTDetrMLP from a RTDetrConfig"},
    {"qualname": "transformers.models.rt_detr_v2.modeling_rt_detr_v2.RTDetrV2MLP",
     "architectures": ["rt_detr_v2"],
     "reason": "built by RTDetrV2MLP from a RTDetrV2Config"},
    {"qualname": "transformers.models.conditional_detr.modeling_conditional_detr.ConditionalDetrMLP",
     "architectures": ["conditional_detr"],
     "reason": "built by ConditionalDetrMLP from a ConditionalDetrConfig"},
    {"qualname": "transformers.models.detr.modeling_detr.DetrMLP",
     "architectures": ["detr"],
     "reason": "built by DetrMLP from a DetrConfig"},
    {"qualname": "transformers.models.deformable_detr.modeling_deformable_detr.DeformableDetrMLP",
     "architectures": ["deformable_detr"],
     "reason": "built by DeformableDetrMLP from a DeformableDetrConfig"},
    {"qualname": "transformers.models.d_fine.modeling_d_fine.DFineMLP",
     "architectures": ["d_fine"],
     "reason": "constructor argument 'input_dim' is not in FunAsrNanoMLP.__init__"},
    {"qualname": "transformers.models.nllb_moe.modeling_nllb_moe.NllbMoeDenseActDense",
     "architectures": ["nllb-moe"],
     "reason": "built by NllbMoeDenseActDense from a NllbMoeConfig"},
    {"qualname": "transformers.models.decision_transformer.modeling_decision_transformer.DecisionTransformerGPT2MLP",
     "architectures": ["decision_transformer"],
     "reason": "constructor argument 'intermediate_size' is not in FunAsrNanoMLP.__init__"},
    {"qualname": "transformers.models.sam.modeling_sam.SamMLPBlock",
     "architectures": ["sam"],
     "reason": "built by SamMLPBlock from a SamMaskDecoderConfig"},
    {"qualname": "transformers.models.sam_hq.modeling_sam_hq.SamHQMLPBlock",
     "architectures": ["sam_hq"],
     "reason": "built by SamHQMLPBlock from a SamHQMaskDecoderConfig"},
    {"qualname": "transformers.models.nemotron3_5_asr.modeling_nemotron3_5_asr.Nemotron3_5AsrPromptProjector",
     "architectures": ["nemotron3_5_asr"],
     "reason": "built by Nemotron3_5AsrPromptProjector from a Nemotron3_5AsrConfig"},
]


_CONFIGS = {"FunAsrNanoAdaptorConfig": FunAsrNanoAdaptorConfig, "FunAsrNanoEncoderConfig": FunAsrNanoEncoderConfig}


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
