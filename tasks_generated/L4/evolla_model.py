"""Attention, a whole model: `EvollaModel` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm, L3/evolla_decoder_layer, L3/evolla_decoder_layer_48f16e (hyper-parameters of add, div, layer_norm, masked_fill, mul, sdpa vary per case).

kernel:        4b5da4d511a7540c
level:         4
label:         attention
qualnames:     transformers.models.evolla.modeling_evolla.EvollaModel
transformers:  5.24.0
architectures: evolla
cases:         1 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.cache_utils import Cache
from transformers.modeling_outputs import BaseModelOutputWithPast
from transformers.models.evolla.configuration_evolla import EvollaConfig
from transformers.models.evolla.modeling_evolla import EvollaModel


class Model(EvollaModel):
    """`EvollaModel` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: EvollaConfig):
        super().__init__(config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """Attention, a whole model: `EvollaModel` as transformers runs it, built from L1/embedding, L1/kyutai_speech_to_text_rotary_embedding, L1/llama_rms_norm, L3/evolla_decoder_layer, L3/evolla_decoder_layer_48f16e (hyper-parameters of add, div, layer_norm, masked_fill, mul, sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        embed_tokens.weight [128256, 4096]
        protein_encoder.model.embeddings.word_embeddings.weight [446, 1280]
        protein_encoder.model.rotary_embeddings.inv_freq [32]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.query.weight [1280, 1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.query.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.key.weight [1280, 1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.key.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.value.weight [1280, 1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.self.value.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.output.dense.weight [1280, 1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.output.dense.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.LayerNorm.weight [1280]
        protein_encoder.model.encoder.layer.{0..32}.attention.LayerNorm.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.intermediate.dense.weight [5120, 1280]
        protein_encoder.model.encoder.layer.{0..32}.intermediate.dense.bias [5120]
        protein_encoder.model.encoder.layer.{0..32}.output.dense.weight [1280, 5120]
        protein_encoder.model.encoder.layer.{0..32}.output.dense.bias [1280]
        protein_encoder.model.encoder.layer.{0..32}.LayerNorm.weight [1280]
        protein_encoder.model.encoder.layer.{0..32}.LayerNorm.bias [1280]
        protein_encoder.model.encoder.emb_layer_norm_after.weight [1280]
        protein_encoder.model.encoder.emb_layer_norm_after.bias [1280]
        protein_encoder.sequence_compressor_resampler.latents [64, 1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.norm_media.weight [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.norm_media.bias [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.norm_latents.weight [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.norm_latents.bias [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.to_q.weight [512, 1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.to_kv.weight [1024, 1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.0.to_out.weight [1280, 512]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.1.norm.weight [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.1.norm.bias [1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.1.fc1.weight [5120, 1280]
        protein_encoder.sequence_compressor_resampler.layers.{0..5}.1.fc2.weight [1280, 5120]
        protein_encoder.sequence_compressor_resampler.norm.weight [4096]
        protein_encoder.sequence_compressor_resampler.norm.bias [4096]
        protein_encoder.sequence_compressor_resampler.protein_projector.weight [4096, 1280]
        protein_encoder.sequence_compressor_resampler.protein_projector.bias [4096]
        layers.{0..31}.self_attn.q_proj.weight [4096, 4096]
        layers.{0..31}.self_attn.k_proj.weight [1024, 4096]
        layers.{0..31}.self_attn.v_proj.weight [1024, 4096]
        ... and 127 more: Model(*get_init_inputs()).state_dict() lists them
    """

    def __init__(self, config: EvollaConfig):
        super().__init__()
        raise NotImplementedError("write the kernel: attention (EvollaModel)")

    def forward(
        self,
        input_ids: torch.LongTensor | None = None,
        attention_mask: torch.Tensor | None = None,
        position_ids: torch.LongTensor | None = None,
        cache: Cache | None = None,
        inputs_embeds: torch.Tensor | None = None,
        use_cache: bool | None = None,
        protein_input_ids: torch.LongTensor | None = None,
        protein_attention_mask: torch.Tensor | None = None,
        structure_feats: torch.Tensor | None = None,
        msa_feats: torch.Tensor | None = None,
        structure_batch_mask: torch.Tensor | None = None,
        msa_batch_mask: torch.Tensor | None = None,
        **kwargs,
    ) -> tuple | BaseModelOutputWithPast:
        raise NotImplementedError("write the kernel: attention (EvollaModel)")


KERNEL = {"id": "4b5da4d511a7540c", "name": "evolla_model", "level": 4, "label": "attention", "qualname": "transformers.models.evolla.modeling_evolla.EvollaModel", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "EvollaConfig", "fields": {"aligner_attention_probs_dropout_prob": 0.1, "aligner_enable_bias": True, "aligner_ffn_mult": 4, "aligner_num_add_layers": 8, "attention_bias": False, "attention_dropout": 0.0, "hidden_act": "silu", "hidden_size": 4096, "intermediate_size": 14336, "max_position_embeddings": 8192, "mlp_bias": False, "num_attention_heads": 32, "num_hidden_layers": 32, "num_key_value_heads": 8, "pad_token_id": None, "rms_norm_eps": 1e-05, "rope_parameters": {"rope_theta": 500000.0, "rope_type": "default"}, "tie_word_embeddings": False, "vocab_size": 128256, "attn_implementation": "sdpa"}}},
     "inputs": [
        {"name": "input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 128256},
        {"name": "attention_mask", "kind": "default", "value": None},
        {"name": "position_ids", "kind": "default", "value": None},
        {"name": "cache", "kind": "default", "value": None},
        {"name": "inputs_embeds", "kind": "default", "value": None},
        {"name": "use_cache", "kind": "default", "value": None},
        {"name": "protein_input_ids", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "high": 2},
        {"name": "protein_attention_mask", "kind": "tensor", "shape": [2, 509], "roles": ["batch", "seq"], "dtype": "int64", "fill": 1}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18697465616,
     "flops": 18747693610170,
     "architectures": ["evolla"],
     "qualname": "transformers.models.evolla.modeling_evolla.EvollaModel",
     "path": "",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"EvollaConfig": EvollaConfig}


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
