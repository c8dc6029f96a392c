"""A matrix multiply (linear projection), a module built from leaf kernels: `Swin2SROutput` as transformers runs it, built from L1/linear.

kernel:        e6829769904abbb8
level:         2
label:         gemm
qualnames:     transformers.models.swin2sr.modeling_swin2sr.Swin2SROutput, transformers.models.swin2sr.modeling_swin2sr.Swin2SRSelfOutput, transformers.models.flava.modeling_flava.FlavaSelfOutput, transformers.models.perceiver.modeling_perceiver.PerceiverSelfOutput, transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinOutput, transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinSelfOutput, transformers.models.timesformer.modeling_timesformer.TimesformerSelfOutput, transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackboneSelfOutput, transformers.models.superglue.modeling_superglue.SuperGlueSelfOutput, transformers.models.cvt.modeling_cvt.CvtSelfOutput, transformers.models.clap.modeling_clap.ClapAudioOutput, transformers.models.clap.modeling_clap.ClapAudioSelfOutput, transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionOutput, transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionSelfOutput, transformers.models.donut.modeling_donut_swin.DonutSwinOutput, transformers.models.donut.modeling_donut_swin.DonutSwinSelfOutput, transformers.models.dpt.modeling_dpt.DPTViTSelfOutput, transformers.models.swinv2.modeling_swinv2.Swinv2Output, transformers.models.swinv2.modeling_swinv2.Swinv2SelfOutput, transformers.models.timesformer.modeling_timesformer.TimesformerOutput, transformers.models.videomae.modeling_videomae.VideoMAESelfOutput, transformers.models.yolos.modeling_yolos.YolosSelfOutput, transformers.models.mobilevit.modeling_mobilevit.MobileViTSelfOutput, transformers.models.glpn.modeling_glpn.GLPNSelfOutput, transformers.models.pvt.modeling_pvt.PvtSelfOutput, transformers.models.paligemma.modeling_paligemma.PaliGemmaMultiModalProjector, transformers.models.vilt.modeling_vilt.ViltSelfOutput, transformers.models.patchtst.modeling_patchtst.PatchTSTEmbedding, transformers.models.qwen2_audio.modeling_qwen2_audio.Qwen2AudioMultiModalProjector, transformers.models.superglue.modeling_superglue.SuperGlueFinalProjection
transformers:  5.24.0
architectures: clap, colpali, cvt, data2vec-vision, donut-swin, dpt, flava, glpn, maskformer, mobilevit, paligemma, patchtst, perceiver, pvt, qwen2_audio, superglue, swin2sr, swinv2, timesformer, videomae, vilt, vitpose, vitpose_backbone, yolos
cases:         1 real cases, default first (the most common that fits in 8 GB); 67 unmapped
"""

import torch
from torch import nn
from transformers.models.swin2sr.configuration_swin2sr import Swin2SRConfig
from transformers.models.swin2sr.modeling_swin2sr import Swin2SROutput


class Model(Swin2SROutput):
    """`Swin2SROutput` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, dim):
        super().__init__(config, dim)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a module built from leaf kernels: `Swin2SROutput` as transformers runs it, built from L1/linear.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dense.weight [180, 360]
        dense.bias [180]
    """

    def __init__(self, config, dim):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Swin2SROutput)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Swin2SROutput)")


KERNEL = {"id": "e6829769904abbb8", "name": "swin2_sr_output", "level": 2, "label": "gemm", "qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SROutput", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "Swin2SRConfig", "fields": {"hidden_dropout_prob": 0.0, "mlp_ratio": 2.0, "attn_implementation": "eager"}}, "dim": 180},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 4096, 360], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8977320,
     "flops": 1063157760,
     "architectures": ["swin2sr"],
     "qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SROutput",
     "path": "encoder.stages.0.layers.0.output",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.vitpose_backbone.modeling_vitpose_backbone.VitPoseBackboneSelfOutput",
     "architectures": ["vitpose", "vitpose_backbone"],
     "reason": "built by VitPoseBackboneSelfOutput from a VitPoseBackboneConfig"},
    {"qualname": "transformers.models.paligemma.modeling_paligemma.PaliGemmaMultiModalProjector",
     "architectures": ["colpali", "paligemma"],
     "reason": "built by PaliGemmaMultiModalProjector from a PaliGemmaConfig"},
    {"qualname": "transformers.models.swin2sr.modeling_swin2sr.Swin2SRSelfOutput",
     "architectures": ["swin2sr"],
     "reason": "built by Swin2SRSelfOutput from a Swin2SRConfig"},
    {"qualname": "transformers.models.perceiver.modeling_perceiver.PerceiverSelfOutput",
     "architectures": ["perceiver"],
     "reason": "built by PerceiverSelfOutput from a PerceiverConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.superglue.modeling_superglue.SuperGlueSelfOutput",
     "architectures": ["superglue"],
     "reason": "built by SuperGlueSelfOutput from a SuperGlueConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinSelfOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinSelfOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.videomae.modeling_videomae.VideoMAESelfOutput",
     "architectures": ["videomae"],
     "reason": "built by VideoMAESelfOutput from a VideoMAEConfig"},
    {"qualname": "transformers.models.timesformer.modeling_timesformer.TimesformerOutput",
     "architectures": ["timesformer"],
     "reason": "built by TimesformerOutput from a TimesformerConfig"},
    {"qualname": "transformers.models.yolos.modeling_yolos.YolosSelfOutput",
     "architectures": ["yolos"],
     "reason": "built by YolosSelfOutput from a YolosConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionOutput",
     "architectures": ["data2vec-vision"],
     "reason": "built by Data2VecVisionOutput from a Data2VecVisionConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_vision.Data2VecVisionSelfOutput",
     "architectures": ["data2vec-vision"],
     "reason": "built by Data2VecVisionSelfOutput from a Data2VecVisionConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaSelfOutput",
     "architectures": ["flava"],
     "reason": "built by FlavaSelfOutput from a FlavaImageConfig"},
    {"qualname": "transformers.models.dpt.modeling_dpt.DPTViTSelfOutput",
     "architectures": ["dpt"],
     "reason": "built by DPTViTSelfOutput from a DPTConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaSelfOutput",
     "architectures": ["flava"],
     "reason": "built by FlavaSelfOutput from a FlavaTextConfig"},
    {"qualname": "transformers.models.timesformer.modeling_timesformer.TimesformerSelfOutput",
     "architectures": ["timesformer"],
     "reason": "built by TimesformerSelfOutput from a TimesformerConfig"},
    {"qualname": "transformers.models.timesformer.modeling_timesformer.TimesformerSelfOutput",
     "architectures": ["timesformer"],
     "reason": "built by TimesformerSelfOutput from a TimesformerConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfOutput",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in Swin2SROutput.__init__"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Output",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Output from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaSelfOutput",
     "architectures": ["flava"],
     "reason": "built by FlavaSelfOutput from a FlavaMultimodalConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinSelfOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinSelfOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2SelfOutput",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2SelfOutput from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioSelfOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioSelfOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTSelfOutput",
     "architectures": ["mobilevit"],
     "reason": "built by MobileViTSelfOutput from a MobileViTConfig"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTSelfOutput",
     "architectures": ["mobilevit"],
     "reason": "built by MobileViTSelfOutput from a MobileViTConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfOutput",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in Swin2SROutput.__init__"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinSelfOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinSelfOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.vilt.modeling_vilt.ViltSelfOutput",
     "architectures": ["vilt"],
     "reason": "built by ViltSelfOutput from a ViltConfig"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNSelfOutput",
     "architectures": ["glpn"],
     "reason": "built by GLPNSelfOutput from a GLPNConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtSelfOutput",
     "architectures": ["pvt"],
     "reason": "built by PvtSelfOutput from a PvtConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNSelfOutput",
     "architectures": ["glpn"],
     "reason": "built by GLPNSelfOutput from a GLPNConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Output",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Output from a Swinv2Config"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtSelfOutput",
     "architectures": ["pvt"],
     "reason": "built by PvtSelfOutput from a PvtConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNSelfOutput",
     "architectures": ["glpn"],
     "reason": "built by GLPNSelfOutput from a GLPNConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Output",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Output from a Swinv2Config"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinSelfOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinSelfOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2SelfOutput",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2SelfOutput from a Swinv2Config"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtSelfOutput",
     "architectures": ["pvt"],
     "reason": "built by PvtSelfOutput from a PvtConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioSelfOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioSelfOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.pvt.modeling_pvt.PvtSelfOutput",
     "architectures": ["pvt"],
     "reason": "built by PvtSelfOutput from a PvtConfig"},
    {"qualname": "transformers.models.glpn.modeling_glpn.GLPNSelfOutput",
     "architectures": ["glpn"],
     "reason": "built by GLPNSelfOutput from a GLPNConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2Output",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2Output from a Swinv2Config"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinSelfOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinSelfOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinSelfOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinSelfOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2SelfOutput",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2SelfOutput from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioSelfOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioSelfOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.maskformer.modeling_maskformer_swin.MaskFormerSwinSelfOutput",
     "architectures": ["maskformer"],
     "reason": "built by MaskFormerSwinSelfOutput from a MaskFormerSwinConfig"},
    {"qualname": "transformers.models.donut.modeling_donut_swin.DonutSwinSelfOutput",
     "architectures": ["donut-swin"],
     "reason": "built by DonutSwinSelfOutput from a DonutSwinConfig"},
    {"qualname": "transformers.models.swinv2.modeling_swinv2.Swinv2SelfOutput",
     "architectures": ["swinv2"],
     "reason": "built by Swinv2SelfOutput from a Swinv2Config"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapAudioSelfOutput",
     "architectures": ["clap"],
     "reason": "built by ClapAudioSelfOutput from a ClapAudioConfig"},
    {"qualname": "transformers.models.mobilevit.modeling_mobilevit.MobileViTSelfOutput",
     "architectures": ["mobilevit"],
     "reason": "built by MobileViTSelfOutput from a MobileViTConfig"},
    {"qualname": "transformers.models.qwen2_audio.modeling_qwen2_audio.Qwen2AudioMultiModalProjector",
     "architectures": ["qwen2_audio"],
     "reason": "built by Qwen2AudioMultiModalProjector from a Qwen2AudioConfig"},
    {"qualname": "transformers.models.superglue.modeling_superglue.SuperGlueFinalProjection",
     "architectures": ["superglue"],
     "reason": "built by SuperGlueFinalProjection from a SuperGlueConfig"},
    {"qualname": "transformers.models.cvt.modeling_cvt.CvtSelfOutput",
     "architectures": ["cvt"],
     "reason": "constructor argument 'embed_dim' is not in Swin2SROutput.__init__"},
    {"qualname": "transformers.models.perceiver.modeling_perceiver.PerceiverSelfOutput",
     "architectures": ["perceiver"],
     "reason": "built by PerceiverSelfOutput from a PerceiverConfig"},
    {"qualname": "transformers.models.patchtst.modeling_patchtst.PatchTSTEmbedding",
     "architectures": ["patchtst"],
     "reason": "built by PatchTSTEmbedding from a PatchTSTConfig"},
]


_CONFIGS = {"Swin2SRConfig": Swin2SRConfig}


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
