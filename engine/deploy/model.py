"""An architecture of the registry as a live model with random weights, sized for a device.

The config is the one the analyzer traced (the config class's defaults with the
architecture's recipe). The class is the causal-LM head where the architecture has one (so
that it generates), else the class the analyzer traced. Sizes:

* ``full``: the config as it is (the GPU); ``layers`` caps every stack of repeated layers,
  reported, where the card cannot hold the model.
* ``tiny`` (the CPU): stacks cut to ``layers`` (2 by default) and the common width fields
  scaled down (``_TINY``, a vocabulary of ``_TINY_VOCAB``), keeping the ratios that change a kernel (grouped-query heads, a
  MoE's experts per token); where the tiny config does not build, only the depth is cut.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

# The analyzer's registry and configs, imported in one place.
from fastkernels.analyzer.trace import build, recipes, repair
from fastkernels.analyzer.trace.configs import all_configs, config_for
from fastkernels.analyzer.trace.registry import Architecture, UnknownArchitecture, resolve
from fastkernels.engine.deploy.catalog import DeployError

_LAYER_FIELDS = (
    "num_hidden_layers", "num_layers", "n_layer", "n_layers", "encoder_layers", "decoder_layers",
    "num_decoder_layers", "num_encoder_layers", "depth", "num_blocks",
)
# Width fields of a tiny model: hidden 64 over 4 heads of 16, MLPs of 128, at most 8 experts.
_TINY = {
    "hidden_size": 64, "d_model": 64, "n_embd": 64, "intermediate_size": 128, "ffn_dim": 128,
    "encoder_ffn_dim": 128, "decoder_ffn_dim": 128, "d_ff": 128, "moe_intermediate_size": 64,
    "shared_expert_intermediate_size": 128, "head_dim": 16, "num_attention_heads": 4,
    "encoder_attention_heads": 4, "decoder_attention_heads": 4, "n_head": 4,
}
_TINY_VOCAB = 1024  # raised to hold the config's special token ids
_EXPERTS = ("num_local_experts", "num_experts", "n_routed_experts")


@dataclass
class Built:
    arch: str
    model: torch.nn.Module
    size: str  # "full", "tiny", "shallow"
    layers: int | None  # the cap applied, None: the config's own

    def to_json(self) -> dict:
        return {"arch": self.arch, "class": type(self.model).__name__, "size": self.size, "layers": self.layers,
                "parameters": sum(p.numel() for p in self.model.parameters())}


def architecture(name: str) -> Architecture:
    try:
        return resolve([name])[0]
    except UnknownArchitecture as error:
        raise DeployError(str(error)) from None


def model_class(arch: Architecture) -> type:
    """The causal-LM head where the architecture has one, else the traced class."""
    from transformers.models.auto.modeling_auto import MODEL_FOR_CAUSAL_LM_MAPPING_NAMES

    name = MODEL_FOR_CAUSAL_LM_MAPPING_NAMES.get(arch.name)
    name = name if isinstance(name, str) else (name[0] if name else None)
    try:
        return build.model_class(name) if name else build.model_class(arch.model_class)
    except AttributeError:
        return build.model_class(arch.model_class)


def config(arch: Architecture):
    """The analyzer's config for the architecture, with the KV cache on (generation needs it)."""
    value = build.default_config(arch.config_class, recipes.config_overrides(arch.name, arch.config_class))
    recipes.apply_after_build(arch.name, value)
    for current in all_configs(value):
        if hasattr(current, "use_cache"):
            current.use_cache = True
    return value


def _cap_layers(value, layers: int) -> None:
    for current in all_configs(value):
        for name in _LAYER_FIELDS:
            if isinstance(getattr(current, name, None), int) and getattr(current, name) > layers:
                setattr(current, name, layers)
        types = getattr(current, "layer_types", None)
        if isinstance(types, list) and len(types) > layers:
            current.layer_types = types[:layers]


def _shrink(value) -> None:
    for current in all_configs(value):
        heads = getattr(current, "num_attention_heads", None)
        kv = getattr(current, "num_key_value_heads", None)
        for name, size in _TINY.items():
            if isinstance(getattr(current, name, None), int) and getattr(current, name) > size:
                setattr(current, name, size)
        if isinstance(heads, int) and isinstance(kv, int) and heads and kv:
            current.num_key_value_heads = max(1, current.num_attention_heads * kv // heads)
        vocab = getattr(current, "vocab_size", None)
        special = [v for k, v in vars(current).items() if k.endswith("_token_id") and isinstance(v, int)]
        if isinstance(vocab, int) and vocab > _TINY_VOCAB:
            current.vocab_size = max([_TINY_VOCAB] + [v + 1 for v in special])
        experts = next((n for n in _EXPERTS if isinstance(getattr(current, n, None), int)), None)
        if experts and getattr(current, experts) > 8:
            setattr(current, experts, 8)
            if isinstance(getattr(current, "num_experts_per_tok", None), int):
                current.num_experts_per_tok = min(current.num_experts_per_tok, 4)


def build_model(name: str, device: str, dtype: torch.dtype, layers: int | None = None, tiny: bool = False,
                seed: int = 0, fields: dict | None = None) -> Built:
    """The architecture ``name`` with random weights on ``device``; ``tiny`` where the tiny
    config builds, else only shallow (``layers``, 2 by default). ``fields`` are set on the
    config first (a Llama-3.1-8B shape on the Llama architecture)."""
    try:
        return _build(name, device, dtype, layers, tiny, seed, fields or {})
    except DeployError:
        if not tiny:
            raise
        return _build(name, device, dtype, layers or 2, False, seed, fields or {})


def _build(name: str, device: str, dtype: torch.dtype, layers: int | None, tiny: bool, seed: int, fields: dict) -> Built:
    """Where the config cannot build its model (``head_dim`` left None), it is repaired by the
    analyzer's rules, after the fields, cap and shrink, and built again while each failure
    teaches a new repair: the configs the analyzer traced build here too."""
    arch = architecture(name)
    cls = model_class(arch)
    depth = layers if layers is not None else (2 if tiny else None)
    size = "tiny" if tiny else ("shallow" if depth else "full")
    failures: list[BaseException] = []
    repaired = 0
    while True:
        value = config(arch)
        for field, setting in fields.items():
            setattr(value, field, setting)
        if depth is not None:
            _cap_layers(value, depth)
        if tiny:
            _shrink(value)
        repairs = repair.repair(value, failures) if failures else []
        if failures and len(repairs) <= repaired:  # nothing new to repair: the previous failure stands
            error = failures[-1]
            raise DeployError(f"{name}: the model does not build: {type(error).__name__}: {str(error).splitlines()[0][:200]}")
        repaired = len(repairs)
        torch.manual_seed(seed)
        try:
            model = _construct(cls, config_for(cls, value), device, dtype)
        except Exception as failure:  # a config this model rejects: repaired, or the next size
            failures.append(failure)
            continue
        return Built(name, model.eval(), size, depth)


def _construct(cls: type, value, device: str, dtype: torch.dtype) -> torch.nn.Module:
    """sdpa where the class supports it, else eager, and eager where a sub-model (a vision
    tokenizer) lacks sdpa: the analyzer's choice."""
    attn = "sdpa" if getattr(cls, "_supports_sdpa", False) else "eager"
    with torch.device(device):
        try:
            return cls._from_config(value, attn_implementation=attn, dtype=dtype)
        except ValueError as error:
            if attn != "sdpa" or "scaled_dot_product_attention" not in str(error):
                raise
            return cls._from_config(value, attn_implementation="eager", dtype=dtype)
