"""A computation, a leaf kernel: `create_causal_mask` as transformers runs it (hyper-parameters of scalar_tensor vary per case).

kernel:        9f79a395055fdaf0
level:         1
label:         other
qualnames:     transformers.masking_utils.create_causal_mask
transformers:  5.24.0
architectures: apertus1p5, flint, gemma2, got_ocr2, gpt_neo, gpt_neox_japanese, granite_swa, granitemoe_swa, hy_v4, inkling2, inkling2_loop, mimo_v2_flash, pp_chart2table, vaultgemma, vibevoice_asr
cases:         12 real cases, default first (the most common that fits in 8 GB); 2 unmapped
"""

import torch
from torch import nn
from collections.abc import Callable
from torch.nn.attention.flex_attention import BlockMask
from transformers.cache_utils import Cache
from transformers.configuration_utils import PreTrainedConfig
from transformers.masking_utils import create_causal_mask
from transformers.models.apertus1p5.configuration_apertus1p5 import Apertus1p5TextConfig
from transformers.models.flint.configuration_flint import FlintConfig
from transformers.models.gemma2.configuration_gemma2 import Gemma2Config
from transformers.models.gpt_neo.configuration_gpt_neo import GPTNeoConfig
from transformers.models.gpt_neox_japanese.configuration_gpt_neox_japanese import GPTNeoXJapaneseConfig
from transformers.models.granite_swa.configuration_granite_swa import GraniteSWAConfig
from transformers.models.granitemoe_swa.configuration_granitemoe_swa import GraniteMoeSWAConfig
from transformers.models.hy_v4.configuration_hy_v4 import HYV4Config
from transformers.models.inkling2.configuration_inkling2 import Inkling2TextConfig
from transformers.models.inkling2_loop.configuration_inkling2_loop import Inkling2LoopTextConfig
from transformers.models.mimo_v2_flash.configuration_mimo_v2_flash import MiMoV2FlashConfig
from transformers.models.qwen2.configuration_qwen2 import Qwen2Config
from transformers.models.vaultgemma.configuration_vaultgemma import VaultGemmaConfig


class Model(nn.Module):
    """`create_causal_mask` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(
        self,
        config: PreTrainedConfig,
        inputs_embeds: torch.Tensor,
        attention_mask: torch.Tensor | None,
        cache: Cache | None,
        position_ids: torch.Tensor | None = None,
        or_mask_function: Callable | None = None,
        and_mask_function: Callable | None = None,
        block_sequence_ids: torch.Tensor | None = None,
        layer_idx: int | None = None,
        allow_is_causal_skip: bool = True,
    ) -> torch.Tensor | BlockMask | None:
        return create_causal_mask(config, inputs_embeds, attention_mask, cache, position_ids, or_mask_function, and_mask_function, block_sequence_ids, layer_idx, allow_is_causal_skip)


class ModelNew(nn.Module):
    """A computation, a leaf kernel: `create_causal_mask` as transformers runs it (hyper-parameters of scalar_tensor vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a computation (create_causal_mask)")

    def forward(
        self,
        config: PreTrainedConfig,
        inputs_embeds: torch.Tensor,
        attention_mask: torch.Tensor | None,
        cache: Cache | None,
        position_ids: torch.Tensor | None = None,
        or_mask_function: Callable | None = None,
        and_mask_function: Callable | None = None,
        block_sequence_ids: torch.Tensor | None = None,
        layer_idx: int | None = None,
        allow_is_causal_skip: bool = True,
    ) -> torch.Tensor | BlockMask | None:
        raise NotImplementedError("write the kernel: a computation (create_causal_mask)")


KERNEL = {"id": "9f79a395055fdaf0", "name": "create_causal_mask", "level": 1, "label": "other", "qualname": "transformers.masking_utils.create_causal_mask", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Qwen2Config", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 1024], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["got_ocr2", "pp_chart2table"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": "language_model"},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Apertus1p5TextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["apertus1p5"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": "language_model"},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "FlintConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["flint"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "GPTNeoConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["gpt_neo"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Gemma2Config", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["gemma2"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "GraniteMoeSWAConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["granitemoe_swa"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "HYV4Config", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2816], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"},
        {"name": "or_mask_function", "kind": "default", "value": None},
        {"name": "and_mask_function", "kind": "default", "value": None},
        {"name": "block_sequence_ids", "kind": "default", "value": None},
        {"name": "layer_idx", "kind": "default", "value": None},
        {"name": "allow_is_causal_skip", "kind": "flag", "value": False}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["hy_v4"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Inkling2LoopTextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": "language_model"},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Inkling2TextConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 4608], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["inkling2"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": "language_model"},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "MiMoV2FlashConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["mimo_v2_flash"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "Qwen2Config", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 450, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 450], "roles": ["fixed", "fixed"], "dtype": "int64", "high": 450}],
     "dims": {"batch": 2},
     "bytes": 813600,
     "flops": 2033106,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": "language_model"},
    {"init": {},
     "inputs": [
        {"name": "config", "kind": "config", "config_class": "VaultGemmaConfig", "fields": {"attn_implementation": "sdpa"}},
        {"name": "inputs_embeds", "kind": "tensor", "shape": [2, 509, 2304], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "cache", "kind": "none"},
        {"name": "position_ids", "kind": "tensor", "shape": [1, 509], "roles": ["fixed", "seq"], "dtype": "int64", "high": "seq"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1040396,
     "flops": 2599978,
     "architectures": ["vaultgemma"],
     "qualname": "transformers.masking_utils.create_causal_mask",
     "path": ""},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "architectures": ["granite_swa"],
     "reason": "the reference returns the same value whatever its inputs"},
    {"qualname": "transformers.masking_utils.create_causal_mask",
     "architectures": ["gpt_neox_japanese"],
     "reason": "the reference returns the same value whatever its inputs"},
]


_CONFIGS = {"Apertus1p5TextConfig": Apertus1p5TextConfig, "FlintConfig": FlintConfig, "GPTNeoConfig": GPTNeoConfig, "GPTNeoXJapaneseConfig": GPTNeoXJapaneseConfig, "Gemma2Config": Gemma2Config, "GraniteMoeSWAConfig": GraniteMoeSWAConfig, "GraniteSWAConfig": GraniteSWAConfig, "HYV4Config": HYV4Config, "Inkling2LoopTextConfig": Inkling2LoopTextConfig, "Inkling2TextConfig": Inkling2TextConfig, "MiMoV2FlashConfig": MiMoV2FlashConfig, "Qwen2Config": Qwen2Config, "VaultGemmaConfig": VaultGemmaConfig}


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
