"""An architecture's model as a strategy needs it: its config built, recipes applied and repaired
until the model constructs on the meta device, capped at two of each layer stack for
``real-shallow``, then given storage (fake or real) and small random weights."""

from __future__ import annotations

import torch
from torch._subclasses.fake_tensor import unset_fake_temporarily

from fastkernels.analyzer.trace import build, recipes, repair
from fastkernels.analyzer.trace.configs import all_configs, config_for
from fastkernels.analyzer.trace.record import Trace
from fastkernels.analyzer.trace.registry import Architecture


_LAYER_COUNT_FIELDS = (
    "num_hidden_layers", "num_layers", "n_layer", "n_layers", "encoder_layers", "decoder_layers",
    "num_decoder_layers", "num_encoder_layers", "depth", "num_blocks",
)
DEPTH_LIMIT = 2  # layers kept per stack for real-shallow (named where even that is too large)


def _shallow(config) -> None:
    """Cap every stack of repeated layers at two, in place."""
    for current in all_configs(config):
        for field in _LAYER_COUNT_FIELDS:
            value = getattr(current, field, None)
            if isinstance(value, int) and value > DEPTH_LIMIT:
                setattr(current, field, DEPTH_LIMIT)
        layer_types = getattr(current, "layer_types", None)
        if isinstance(layer_types, list) and len(layer_types) > DEPTH_LIMIT:
            kept = list(dict.fromkeys(layer_types))[: max(DEPTH_LIMIT, 1)]
            current.layer_types = kept
            for field in _LAYER_COUNT_FIELDS:
                if getattr(current, field, None) == DEPTH_LIMIT:
                    setattr(current, field, len(kept))


def param_bytes(model: torch.nn.Module) -> int:
    """The bytes of the model's parameters: real tensors are given storage only below a limit."""
    return sum(p.numel() * p.element_size() for p in model.parameters())


def _config(arch: Architecture, strategy: str, failures: list[BaseException]) -> tuple[object, list[str]]:
    """The config to build; after ``failures`` to build, repaired."""
    config = build.default_config(arch.config_class, recipes.config_overrides(arch.name, arch.config_class))
    recipes.apply_after_build(arch.name, config)
    repairs = repair.repair(config, failures) if failures else []
    if strategy == "real-shallow":
        _shallow(config)
    return config, repairs


def build_on_meta(arch: Architecture, strategy: str, dtype: torch.dtype, trace: Trace):
    """Config and model on meta. Where the default config cannot build its model, it is
    repaired and built again, while each failure teaches a new repair (a field the model
    lacked); the repairs are noted in the record."""
    cls = build.model_class(arch.model_class)
    failures: list[BaseException] = []
    repaired = 0
    while True:
        config, repairs = _config(arch, strategy, failures)
        config = config_for(cls, config)
        if failures and len(repairs) <= repaired:
            raise failures[-1]
        repaired = len(repairs)
        try:
            model, watcher, trace.attn_implementation = construct_on_meta(cls, config, dtype)
        except Exception as error:
            failures.append(error)
            continue
        trace.config_repairs = repairs
        return config, model, watcher


def construct_on_meta(cls, config, dtype: torch.dtype):
    """Build on meta with sdpa, or eager where a sub-model (a vision backbone) lacks sdpa."""
    attn = "sdpa" if getattr(cls, "_supports_sdpa", False) else "eager"
    try:
        return (*build.construct(cls, config, attn, "meta", dtype), attn)
    except ValueError as error:
        if attn != "sdpa" or "scaled_dot_product_attention" not in str(error):
            raise
        return (*build.construct(cls, config, "eager", "meta", dtype), "eager")


def materialize(model: torch.nn.Module, fake_mode=None, real_buffers: dict | None = None) -> torch.nn.Module:
    """Meta -> CPU storage (fake inside a FakeTensorMode), with tied weights tied again;
    ``real_buffers`` (by name) become constants where the model has such a buffer.

    What ``to_empty`` does, but each tensor comes from a factory given the layout
    ``empty_like`` gives: inside a FakeTensorMode, ``empty_like`` of a meta tensor first
    converts that tensor into a fake one, three times the cost of the whole step.
    """

    def fresh(tensor: torch.Tensor) -> torch.Tensor:
        with unset_fake_temporarily():
            like = torch.empty_like(tensor)  # on meta: the layout, for nothing
        return torch.empty_strided(like.size(), like.stride(), dtype=tensor.dtype, device="cpu")

    model = model._apply(fresh)
    for name, value in (real_buffers or {}).items():
        owner_path, _, field = name.rpartition(".")
        owner = model.get_submodule(owner_path)
        current = owner._buffers.get(field)
        if current is not None and current.shape == value.shape and current.dtype == value.dtype:
            owner._buffers[field] = fake_mode.fake_tensor_converter.from_real_tensor(fake_mode, value, make_constant=True)
    if hasattr(model, "tie_weights"):
        model.tie_weights()
    return model


def randomize(model: torch.nn.Module) -> None:
    """Small random weights: materialized memory is garbage, and garbage can be NaN. Batch
    norms' running statistics are those a fresh layer holds: a random variance may be
    negative, and its square root NaN (FastSpeech2's durations, NaN cast to int, then size
    its frames)."""
    with torch.no_grad():
        for tensor in list(model.parameters()) + list(model.buffers()):
            if tensor.is_floating_point():
                tensor.normal_(0.0, 0.02)
            else:
                tensor.zero_()
    for module in model.modules():
        if isinstance(module, torch.nn.modules.batchnorm._NormBase) and module.track_running_stats:
            module.reset_running_stats()
        if hasattr(module, "inv_freq") and hasattr(module, "rope_init_fn"):
            inv_freq, _ = module.rope_init_fn(module.config, "cpu")
            module.inv_freq.copy_(inv_freq)
