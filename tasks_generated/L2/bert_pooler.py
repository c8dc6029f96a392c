"""A matrix multiply (linear projection), a module built from leaf kernels: `BertPooler` as transformers runs it, built from L1/linear, L1/tanh.

kernel:        cf6c88aff3944594
level:         2
label:         gemm
qualnames:     transformers.models.bert.modeling_bert.BertPooler, transformers.models.flava.modeling_flava.FlavaPooler, transformers.models.vit.modeling_vit.ViTPooler, transformers.models.bridgetower.modeling_bridgetower.BridgeTowerPooler, torch.nn.modules.container.Sequential, transformers.models.align.modeling_align.AlignTextPooler, transformers.models.bros.modeling_bros.BrosPooler, transformers.models.camembert.modeling_camembert.CamembertPooler, transformers.models.canine.modeling_canine.CaninePooler, transformers.models.clap.modeling_clap.ClapTextPooler, transformers.models.data2vec.modeling_data2vec_text.Data2VecTextPooler, transformers.models.deit.modeling_deit.DeiTPooler, transformers.models.dpt.modeling_dpt.DPTViTPooler, transformers.models.ernie.modeling_ernie.ErniePooler, transformers.models.esm.modeling_esm.EsmPooler, transformers.models.ibert.modeling_ibert.IBertPooler, transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3Pooler, transformers.models.layoutlm.modeling_layoutlm.LayoutLMPooler, transformers.models.lilt.modeling_lilt.LiltPooler, transformers.models.longformer.modeling_longformer.LongformerPooler, transformers.models.luke.modeling_luke.LukePooler, transformers.models.lxmert.modeling_lxmert.LxmertPooler, transformers.models.markuplm.modeling_markuplm.MarkupLMPooler, transformers.models.megatron_bert.modeling_megatron_bert.MegatronBertPooler, transformers.models.mpnet.modeling_mpnet.MPNetPooler, transformers.models.rembert.modeling_rembert.RemBertPooler, transformers.models.roberta.modeling_roberta.RobertaPooler, transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormPooler, transformers.models.roc_bert.modeling_roc_bert.RoCBertPooler, transformers.models.squeezebert.modeling_squeezebert.SqueezeBertPooler, transformers.models.tapas.modeling_tapas.TapasPooler, transformers.models.vilt.modeling_vilt.ViltPooler, transformers.models.visual_bert.modeling_visual_bert.VisualBertPooler, transformers.models.vivit.modeling_vivit.VivitPooler, transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaPooler, transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLPooler, transformers.models.xmod.modeling_xmod.XmodPooler, transformers.models.yolos.modeling_yolos.YolosPooler
transformers:  5.24.0
architectures: align, bert, bridgetower, bros, camembert, canine, clap, data2vec-text, decision_transformer, deit, dpt, encoder-decoder, ernie, esm, flava, ibert, jina_embeddings_v3, layoutlm, lilt, longformer, luke, lxmert, markuplm, megatron-bert, mpnet, rembert, roberta, roberta-prelayernorm, roc_bert, squeezebert, tapas, vilt, vision-encoder-decoder, vision-text-dual-encoder, visual_bert, vit, vivit, xlm-roberta, xlm-roberta-xl, xmod, yolos
cases:         1 real cases, default first (the most common that fits in 8 GB); 40 unmapped
"""

import torch
from torch import nn
from transformers.models.bert.configuration_bert import BertConfig
from transformers.models.bert.modeling_bert import BertPooler


class Model(BertPooler):
    """`BertPooler` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a module built from leaf kernels: `BertPooler` as transformers runs it, built from L1/linear, L1/tanh.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        dense.weight [768, 768]
        dense.bias [768]
    """

    def __init__(self, config):
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (BertPooler)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (BertPooler)")


KERNEL = {"id": "cf6c88aff3944594", "name": "bert_pooler", "level": 2, "label": "gemm", "qualname": "transformers.models.bert.modeling_bert.BertPooler", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "BertConfig", "fields": {"hidden_size": 768, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1187328,
     "flops": 2362368,
     "architectures": ["bert", "encoder-decoder", "vision-text-dual-encoder"],
     "qualname": "transformers.models.bert.modeling_bert.BertPooler",
     "path": "pooler",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.vit.modeling_vit.ViTPooler",
     "architectures": ["vision-encoder-decoder", "vision-text-dual-encoder", "vit"],
     "reason": "built by ViTPooler from a ViTConfig"},
    {"qualname": "transformers.models.canine.modeling_canine.CaninePooler",
     "architectures": ["canine"],
     "reason": "built by CaninePooler from a CanineConfig"},
    {"qualname": "transformers.models.yolos.modeling_yolos.YolosPooler",
     "architectures": ["yolos"],
     "reason": "built by YolosPooler from a YolosConfig"},
    {"qualname": "transformers.models.vilt.modeling_vilt.ViltPooler",
     "architectures": ["vilt"],
     "reason": "built by ViltPooler from a ViltConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaPooler",
     "architectures": ["flava"],
     "reason": "built by FlavaPooler from a FlavaImageConfig"},
    {"qualname": "transformers.models.deit.modeling_deit.DeiTPooler",
     "architectures": ["deit"],
     "reason": "built by DeiTPooler from a DeiTConfig"},
    {"qualname": "transformers.models.vivit.modeling_vivit.VivitPooler",
     "architectures": ["vivit"],
     "reason": "built by VivitPooler from a VivitConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerPooler",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerPooler from a BridgeTowerConfig"},
    {"qualname": "transformers.models.dpt.modeling_dpt.DPTViTPooler",
     "architectures": ["dpt"],
     "reason": "built by DPTViTPooler from a DPTConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaPooler",
     "architectures": ["flava"],
     "reason": "built by FlavaPooler from a FlavaMultimodalConfig"},
    {"qualname": "transformers.models.jina_embeddings_v3.modeling_jina_embeddings_v3.JinaEmbeddingsV3Pooler",
     "architectures": ["jina_embeddings_v3"],
     "reason": "built by JinaEmbeddingsV3Pooler from a JinaEmbeddingsV3Config"},
    {"qualname": "transformers.models.megatron_bert.modeling_megatron_bert.MegatronBertPooler",
     "architectures": ["megatron-bert"],
     "reason": "built by MegatronBertPooler from a MegatronBertConfig"},
    {"qualname": "transformers.models.rembert.modeling_rembert.RemBertPooler",
     "architectures": ["rembert"],
     "reason": "built by RemBertPooler from a RemBertConfig"},
    {"qualname": "transformers.models.xlm_roberta_xl.modeling_xlm_roberta_xl.XLMRobertaXLPooler",
     "architectures": ["xlm-roberta-xl"],
     "reason": "built by XLMRobertaXLPooler from a XLMRobertaXLConfig"},
    {"qualname": "transformers.models.align.modeling_align.AlignTextPooler",
     "architectures": ["align"],
     "reason": "built by AlignTextPooler from a AlignTextConfig"},
    {"qualname": "transformers.models.bridgetower.modeling_bridgetower.BridgeTowerPooler",
     "architectures": ["bridgetower"],
     "reason": "built by BridgeTowerPooler from a BridgeTowerConfig"},
    {"qualname": "transformers.models.bros.modeling_bros.BrosPooler",
     "architectures": ["bros"],
     "reason": "built by BrosPooler from a BrosConfig"},
    {"qualname": "transformers.models.camembert.modeling_camembert.CamembertPooler",
     "architectures": ["camembert"],
     "reason": "built by CamembertPooler from a CamembertConfig"},
    {"qualname": "transformers.models.clap.modeling_clap.ClapTextPooler",
     "architectures": ["clap"],
     "reason": "built by ClapTextPooler from a ClapTextConfig"},
    {"qualname": "transformers.models.data2vec.modeling_data2vec_text.Data2VecTextPooler",
     "architectures": ["data2vec-text"],
     "reason": "built by Data2VecTextPooler from a Data2VecTextConfig"},
    {"qualname": "transformers.models.ernie.modeling_ernie.ErniePooler",
     "architectures": ["ernie"],
     "reason": "built by ErniePooler from a ErnieConfig"},
    {"qualname": "transformers.models.esm.modeling_esm.EsmPooler",
     "architectures": ["esm"],
     "reason": "built by EsmPooler from a EsmConfig"},
    {"qualname": "transformers.models.flava.modeling_flava.FlavaPooler",
     "architectures": ["flava"],
     "reason": "built by FlavaPooler from a FlavaTextConfig"},
    {"qualname": "transformers.models.ibert.modeling_ibert.IBertPooler",
     "architectures": ["ibert"],
     "reason": "built by IBertPooler from a IBertConfig"},
    {"qualname": "transformers.models.layoutlm.modeling_layoutlm.LayoutLMPooler",
     "architectures": ["layoutlm"],
     "reason": "built by LayoutLMPooler from a LayoutLMConfig"},
    {"qualname": "transformers.models.lilt.modeling_lilt.LiltPooler",
     "architectures": ["lilt"],
     "reason": "built by LiltPooler from a LiltConfig"},
    {"qualname": "transformers.models.longformer.modeling_longformer.LongformerPooler",
     "architectures": ["longformer"],
     "reason": "built by LongformerPooler from a LongformerConfig"},
    {"qualname": "transformers.models.luke.modeling_luke.LukePooler",
     "architectures": ["luke"],
     "reason": "built by LukePooler from a LukeConfig"},
    {"qualname": "transformers.models.lxmert.modeling_lxmert.LxmertPooler",
     "architectures": ["lxmert"],
     "reason": "built by LxmertPooler from a LxmertConfig"},
    {"qualname": "transformers.models.markuplm.modeling_markuplm.MarkupLMPooler",
     "architectures": ["markuplm"],
     "reason": "built by MarkupLMPooler from a MarkupLMConfig"},
    {"qualname": "transformers.models.mpnet.modeling_mpnet.MPNetPooler",
     "architectures": ["mpnet"],
     "reason": "built by MPNetPooler from a MPNetConfig"},
    {"qualname": "transformers.models.roberta.modeling_roberta.RobertaPooler",
     "architectures": ["roberta"],
     "reason": "built by RobertaPooler from a RobertaConfig"},
    {"qualname": "transformers.models.roberta_prelayernorm.modeling_roberta_prelayernorm.RobertaPreLayerNormPooler",
     "architectures": ["roberta-prelayernorm"],
     "reason": "built by RobertaPreLayerNormPooler from a RobertaPreLayerNormConfig"},
    {"qualname": "transformers.models.roc_bert.modeling_roc_bert.RoCBertPooler",
     "architectures": ["roc_bert"],
     "reason": "built by RoCBertPooler from a RoCBertConfig"},
    {"qualname": "transformers.models.squeezebert.modeling_squeezebert.SqueezeBertPooler",
     "architectures": ["squeezebert"],
     "reason": "built by SqueezeBertPooler from a SqueezeBertConfig"},
    {"qualname": "transformers.models.tapas.modeling_tapas.TapasPooler",
     "architectures": ["tapas"],
     "reason": "built by TapasPooler from a TapasConfig"},
    {"qualname": "transformers.models.visual_bert.modeling_visual_bert.VisualBertPooler",
     "architectures": ["visual_bert"],
     "reason": "built by VisualBertPooler from a VisualBertConfig"},
    {"qualname": "transformers.models.xlm_roberta.modeling_xlm_roberta.XLMRobertaPooler",
     "architectures": ["xlm-roberta"],
     "reason": "built by XLMRobertaPooler from a XLMRobertaConfig"},
    {"qualname": "transformers.models.xmod.modeling_xmod.XmodPooler",
     "architectures": ["xmod"],
     "reason": "built by XmodPooler from a XmodConfig"},
    {"qualname": "torch.nn.modules.container.Sequential",
     "architectures": ["decision_transformer"],
     "reason": "constructor argument 'config' was not recorded"},
]


_CONFIGS = {"BertConfig": BertConfig}


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
