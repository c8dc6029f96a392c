"""From a model argument to an upstream causal LM: a registry ``model_type`` (its default
config), a config JSON, or a checkpoint folder (config.json + safetensors).

Models are the real transformers classes (``AutoModelForCausalLM.from_config``), built
straight on the target device and dtype; a checkpoint's tensors are then loaded strictly:
every parameter present with its shape, tied copies excepted.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from transformers import AutoConfig, AutoModelForCausalLM, PretrainedConfig
from transformers.models.auto.configuration_auto import CONFIG_MAPPING

from fastkernels.engine.memory import free_bytes
from fastkernels.engine.serving import attention  # noqa: F401  (registers the paged attention name)
from fastkernels.engine.serving.support import text_config, unsupported_reason

CONFIGS = Path(__file__).resolve().parent / "configs"


class ModelError(ValueError):
    """A model argument the engine cannot serve; one line naming it and what to do."""


def _from_json(path: Path) -> PretrainedConfig:
    try:
        data = json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise ModelError(f"cannot read config {path}: {error}; give a valid config JSON") from error
    model_type = data.pop("model_type", None)
    if model_type not in CONFIG_MAPPING:
        raise ModelError(f"config {path} has no known model_type ({model_type!r}); add one, e.g. \"llama\"")
    return CONFIG_MAPPING[model_type](**data)


def resolve_config(model: str, layers: int | None = None, overrides: dict | None = None
                   ) -> tuple[PretrainedConfig, Path | None]:
    """The config to serve and the checkpoint folder to load (None: random weights).
    A bare name is looked up in the committed configs (``llama-3.1-8b``) and then as a
    ``model_type``."""
    path = Path(model)
    checkpoint = None
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"{path} has no config.json; give a checkpoint folder with config.json and safetensors")
        if not any(path.glob("*.safetensors")):
            raise ModelError(f"{path} has no *.safetensors file; save the weights with save_pretrained")
        config, checkpoint = AutoConfig.from_pretrained(path), path
    elif path.suffix == ".json":
        if not path.is_file():
            raise ModelError(f"config file {path} does not exist")
        config = _from_json(path)
    elif (CONFIGS / f"{model}.json").is_file():
        config = _from_json(CONFIGS / f"{model}.json")
    elif model in CONFIG_MAPPING:
        config = CONFIG_MAPPING[model]()
    else:
        raise ModelError(f"unknown model {model!r}: give a model_type (see `fk-serve models`), "
                         "a checkpoint folder or a config JSON")
    config = text_config(config)
    for key, value in (overrides or {}).items():
        if not hasattr(config, key):
            raise ModelError(f"{config.model_type} config has no field {key!r}; check the override's name")
        setattr(config, key, value)
    if layers is not None:
        if layers < 1:
            raise ModelError(f"--layers {layers} must be at least 1")
        config.num_hidden_layers = layers
        if getattr(config, "layer_types", None):
            config.layer_types = list(config.layer_types[:layers])
    if checkpoint is not None and (layers is not None or overrides):
        raise ModelError("--layers and overrides change the architecture; they apply to configs, not checkpoints")
    reason = unsupported_reason(config)
    if reason:
        raise ModelError(f"{config.model_type} is not supported: {reason}")
    return config, checkpoint


def _load_checkpoint(model: torch.nn.Module, folder: Path) -> None:
    from safetensors.torch import load_file

    state = {}
    for file in sorted(folder.glob("*.safetensors")):
        state.update(load_file(file, device="cpu"))
    params = dict(model.state_dict(keep_vars=True))
    mismatched = [f"{k} {tuple(v.shape)} vs {tuple(params[k].shape)}"
                  for k, v in state.items() if k in params and v.shape != params[k].shape]
    if mismatched:
        raise ModelError(f"checkpoint {folder} has {len(mismatched)} tensors of the wrong shape "
                         f"(first: {mismatched[0]}); its config.json does not match its weights")
    unexpected = sorted(set(state) - set(params))
    loaded_ids = {id(params[k]) for k in state if k in params}
    missing = sorted(k for k in params if k not in state and id(params[k]) not in loaded_ids)
    if missing or unexpected:
        first = (missing or unexpected)[0]
        raise ModelError(f"checkpoint {folder}: {len(missing)} weights missing, {len(unexpected)} unexpected "
                         f"(first: {first}); save it again from the same architecture")
    with torch.no_grad():
        for key, tensor in state.items():
            params[key].copy_(tensor)


def _check_fits(config: PretrainedConfig, kwargs: dict, device: str, dtype: torch.dtype) -> None:
    """Refuse, in one line, weights larger than the device's free memory: building them would
    end in the kernel's out-of-memory kill, with no message (a registry model_type on the CPU
    gets its default config, 7 B parameters for ``llama``). Counted on the meta device."""
    free = free_bytes(device)
    if free is None:
        return
    with torch.device("meta"):
        numel = sum(p.numel() for p in AutoModelForCausalLM.from_config(config, **kwargs).parameters())
    needed = numel * dtype.itemsize
    if needed > free:
        raise ModelError(f"{config.model_type}: {numel / 1e9:.2f} B parameters take {needed / 2**30:.1f} GiB in "
                         f"{str(dtype).removeprefix('torch.')}, more than the {free / 2**30:.1f} GiB free on {device}; "
                         "keep fewer layers (--layers N), shrink the config (--set) or use a larger device")


def build_model(config: PretrainedConfig, checkpoint: Path | None, device: str, dtype: torch.dtype,
                attn_implementation: str) -> torch.nn.Module:
    """The upstream causal LM on ``device`` in ``dtype``, in eval mode."""
    kwargs = {"dtype": dtype, "attn_implementation": attn_implementation}
    if getattr(config, "num_experts", None) or getattr(config, "num_local_experts", None):
        # Sorted grouped GEMMs with device-side offsets: no host sync, so decode stays capturable.
        kwargs["experts_implementation"] = "grouped_mm" if device.startswith("cuda") else "eager"
    _check_fits(config, kwargs, device, dtype)
    with torch.device(device):
        model = AutoModelForCausalLM.from_config(config, **kwargs)
    if checkpoint is not None:
        _load_checkpoint(model, checkpoint)
    return model.eval().requires_grad_(False)
