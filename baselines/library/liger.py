"""Liger-Kernel's modules and functions behind the upstream interfaces they replace.

Each wrapper is built from the task's own module and shares its parameters (no copy), so the
rung computes with the weights the reference was given. Liger-Kernel's kernels are Triton:
without Triton and a CUDA device the rung is skipped, saying so.
"""
from __future__ import annotations

import torch
from torch import nn

try:
    import liger_kernel.transformers as _liger
    from liger_kernel.transformers.rope import liger_rotary_pos_emb
except Exception as error:  # not installed, or no Triton to import it with
    _liger, _IMPORT_ERROR = None, f"{type(error).__name__}: {error}".splitlines()[0]
else:
    _IMPORT_ERROR = ""

VARIANTS = ("rms_norm", "rms_norm_zero_centred", "layer_norm", "rotary", "swiglu_mlp", "geglu_mlp")


def missing(device: str, variant: str = "") -> str | None:
    if _liger is None:
        return f"Liger-Kernel is not usable here ({_IMPORT_ERROR}); pip install liger-kernel on a CUDA machine"
    if device != "cuda":
        return "Liger-Kernel's kernels are Triton: they need a CUDA device"
    return None


def _eps(model: nn.Module) -> float | None:
    eps = getattr(model, "variance_epsilon", getattr(model, "eps", None))
    return eps if isinstance(eps, float) else None


def _rms_norm(model: nn.Module, zero_centred: bool):
    weight, eps = getattr(model, "weight", None), _eps(model)
    if not isinstance(weight, torch.Tensor) or weight.dim() != 1 or eps is None:
        return None
    rung = _liger.LigerRMSNorm(weight.numel(), eps, offset=1.0 if zero_centred else 0.0,
                               casting_mode="gemma" if zero_centred else "llama", in_place=False)
    rung.weight = weight
    return rung


def _layer_norm(model: nn.Module):
    if not isinstance(model, nn.LayerNorm) or not model.elementwise_affine or len(model.normalized_shape) != 1:
        return None
    rung = _liger.LigerLayerNorm(model.normalized_shape[0], model.eps, bias=model.bias is not None)
    rung.weight = model.weight
    if model.bias is not None:
        rung.bias = model.bias
    return rung


def _gated_mlp(model: nn.Module, cls, activations: tuple[str, ...]):
    config = getattr(model, "config", None)
    projections = [getattr(model, name, None) for name in ("gate_proj", "up_proj", "down_proj")]
    if (config is None or getattr(config, "hidden_act", None) not in activations
            or not all(isinstance(p, nn.Linear) and p.bias is None for p in projections)):
        return None
    rung = cls(config)
    rung.gate_proj, rung.up_proj, rung.down_proj = projections
    return rung


def for_module(model: nn.Module, variant: str):
    if _liger is None:
        return None
    if variant in ("rms_norm", "rms_norm_zero_centred"):
        return _rms_norm(model, variant == "rms_norm_zero_centred")
    if variant == "layer_norm":
        return _layer_norm(model)
    if variant == "rotary":  # apply_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=1)
        return lambda q, k, cos, sin, unsqueeze_dim=1: liger_rotary_pos_emb(q, k, cos, sin, unsqueeze_dim=unsqueeze_dim)
    if variant == "swiglu_mlp":
        return _gated_mlp(model, _liger.LigerSwiGLUMLP, ("silu", "swish"))
    if variant == "geglu_mlp":
        return _gated_mlp(model, _liger.LigerGEGLUMLP, ("gelu_pytorch_tanh", "gelu_tanh"))
    return None
