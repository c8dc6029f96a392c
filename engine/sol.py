"""Speed of light: the least time a case could take on a device, from its byte and FLOP counts.

T_sol = max(bytes / copy bandwidth, flops / matmul rate). The rates are what a good kernel
reaches on the card (a measured device-to-device copy, dense tensor-core matmul), not the
datasheet peaks, so a kernel at T_sol is as good as the card allows.
"""
from __future__ import annotations

from dataclasses import dataclass

import torch

# A time below this fraction of T_sol cannot be real work (the rates above are measured,
# not peak, so a kernel may beat T_sol a little; not by this much).
PHYSICAL_FLOOR = 0.8


@dataclass(frozen=True)
class DeviceRates:
    bytes_per_s: float
    flops_per_s: dict  # by dtype of the case's floating inputs; matmul rate for that dtype


# Matched against torch.cuda.get_device_name(), first match wins. fp32 is CUDA-core FP32:
# the bench keeps TF32 off.
DEVICE_RATES = {
    "H200": DeviceRates(bytes_per_s=4.3e12, flops_per_s={"bfloat16": 7.6e14, "float16": 7.6e14, "float32": 6.0e13}),
    "H100": DeviceRates(bytes_per_s=3.0e12, flops_per_s={"bfloat16": 7.6e14, "float16": 7.6e14, "float32": 6.0e13}),
}


def device_rates(device: str) -> DeviceRates | None:
    """The rates of the current CUDA card, or None (CPU, unknown card): no SOL reported."""
    if device != "cuda" or not torch.cuda.is_available():
        return None
    name = torch.cuda.get_device_name()
    return next((rates for key, rates in DEVICE_RATES.items() if key in name), None)


def sol_ms(case: dict, rates: DeviceRates | None, dtype: str) -> float | None:
    """Speed-of-light time of one case in milliseconds."""
    if rates is None or not case.get("bytes"):
        return None
    flops_rate = rates.flops_per_s.get(dtype, rates.flops_per_s["float32"])
    return max(case["bytes"] / rates.bytes_per_s, case.get("flops", 0) / flops_rate) * 1e3


def sol_score(t_ms: float, t_base_ms: float, t_sol_ms: float) -> float | None:
    """SOL-ExecBench's score S = 1/(1+(T-T_sol)/(T_base-T_sol)): 1 at the speed of light,
    0.5 at the baseline's time, towards 0 when slower; undefined when the baseline is
    already at the speed of light."""
    if t_base_ms <= t_sol_ms:
        return None
    return 1.0 / (1.0 + (t_ms - t_sol_ms) / (t_base_ms - t_sol_ms))
