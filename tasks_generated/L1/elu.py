"""An elementwise activation, a leaf kernel: `ELU` as transformers runs it.

kernel:        923fd3412089626b
level:         1
label:         activation
qualnames:     torch.nn.modules.activation.ELU
transformers:  5.24.0
architectures: encodec, informer, mimi, pocket_tts_audio_tokenizer, wavtokenizer
cases:         32 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.activation import ELU


class Model(ELU):
    """`ELU` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, alpha: float = 1.0, inplace: bool = False) -> None:
        super().__init__(alpha, inplace)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `ELU` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, alpha: float = 1.0, inplace: bool = False) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (ELU)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (ELU)")


KERNEL = {"id": "923fd3412089626b", "name": "elu", "level": 1, "label": "activation", "qualname": "torch.nn.modules.activation.ELU", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096000,
     "flops": 1024000,
     "architectures": ["encodec", "mimi", "pocket_tts_audio_tokenizer", "wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.1.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 819200,
     "flops": 204800,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer", "wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.7.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048000,
     "flops": 512000,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer", "wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.4.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096000,
     "flops": 1024000,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.4.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4423680,
     "flops": 1105920,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.9.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.7.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1769472,
     "flops": 442368,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.6.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8192000,
     "flops": 2048000,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.1.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8847360,
     "flops": 2211840,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.12.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 16, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048000,
     "flops": 512000,
     "architectures": ["encodec", "wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.1.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 548864,
     "flops": 137216,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.10.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 589824,
     "flops": 147456,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.3.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 884736,
     "flops": 221184,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.6.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4423680,
     "flops": 1105920,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.12.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2211840,
     "flops": 552960,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.9.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048000,
     "flops": 512000,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.7.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 400], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 819200,
     "flops": 204800,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.10.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4096000,
     "flops": 1024000,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.4.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 400], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 409600,
     "flops": 102400,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.10.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 327680,
     "flops": 81920,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder_model.encoder.layers.10.block.0"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048000,
     "flops": 512000,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.4.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 50], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 204800,
     "flops": 51200,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.14"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1024000,
     "flops": 256000,
     "architectures": ["encodec"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.layers.7.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 17], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 139264,
     "flops": 34816,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.13"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 18], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 147456,
     "flops": 36864,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.1"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 163840,
     "flops": 40960,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder_model.encoder.layers.10.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 274432,
     "flops": 68608,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.encoder_seanet.layers.10.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 294912,
     "flops": 73728,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "decoder.decoder_seanet.layers.3.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1024000,
     "flops": 256000,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder_model.encoder.layers.4.block.2"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 27], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 110592,
     "flops": 27648,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder_model.encoder.layers.14"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 24], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12288,
     "flops": 3072,
     "architectures": ["informer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder.conv_layers.0.activation"},
    {"init": {"alpha": 1.0, "inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 409600,
     "flops": 102400,
     "architectures": ["wavtokenizer"],
     "qualname": "torch.nn.modules.activation.ELU",
     "path": "encoder_model.encoder.layers.7.block.2"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {}


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
