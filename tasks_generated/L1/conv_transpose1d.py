"""A convolution, a leaf kernel: `ConvTranspose1d` as transformers runs it.

kernel:        8206ce9809a4f2db
level:         1
label:         convolution
qualnames:     torch.nn.modules.conv.ConvTranspose1d
transformers:  5.24.0
architectures: dac, mimi, nemotron3_5_transcribe_word_timestamp, pocket_tts_audio_tokenizer, univnet, vibevoice_acoustic_tokenizer
cases:         18 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.conv import ConvTranspose1d
from torch.nn.modules.conv import _size_1_t
from typing import Literal


class Model(ConvTranspose1d):
    """`ConvTranspose1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_1_t,
        stride: _size_1_t = 1,
        padding: _size_1_t = 0,
        output_padding: _size_1_t = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: _size_1_t = 1,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, output_padding, groups, bias, dilation, padding_mode, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `ConvTranspose1d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [128, 64, 8]
        bias [64]
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_1_t,
        stride: _size_1_t = 1,
        padding: _size_1_t = 0,
        output_padding: _size_1_t = 0,
        groups: int = 1,
        bias: bool = True,
        dilation: _size_1_t = 1,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (ConvTranspose1d)")

    def forward(self, input: Tensor, output_size: list[int] | None = None) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (ConvTranspose1d)")


KERNEL = {"id": "8206ce9809a4f2db", "name": "conv_transpose1d", "level": 1, "label": "convolution", "qualname": "torch.nn.modules.conv.ConvTranspose1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 128, "out_channels": 64, "kernel_size": 8, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6767744,
     "flops": 2265448448,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.decoder_seanet.layers.11.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 128, "kernel_size": 10, "stride": 5, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3754752,
     "flops": 2834432000,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.decoder_seanet.layers.8.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 256, "kernel_size": 12, "stride": 6, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4332032,
     "flops": 2736783360,
     "architectures": ["mimi", "pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.decoder_seanet.layers.5.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 512, "kernel_size": 16, "stride": 8, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 18], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17163264,
     "flops": 2550136832,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.decoder_seanet.layers.2.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 512, "kernel_size": 10, "stride": 5, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 40], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11070464,
     "flops": 2149580800,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.1.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 64, "kernel_size": 4, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4162176,
     "flops": 524419072,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.4.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1536, "out_channels": 768, "kernel_size": 16, "stride": 8, "padding": 4, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1536, 31], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 38702592,
     "flops": 9361686528,
     "architectures": ["dac"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.block.0.conv_t1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 192, "out_channels": 96, "kernel_size": 4, "stride": 2, "padding": 1, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 192, 7936], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12337344,
     "flops": 2340421632,
     "architectures": ["dac"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.block.3.conv_t1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2048, "out_channels": 1024, "kernel_size": 16, "stride": 8, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 5], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 67348480,
     "flops": 3221225472,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.0.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 128, "kernel_size": 8, "stride": 4, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3598592,
     "flops": 2099249152,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.3.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 8, "stride": 4, "padding": 2, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 32576], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20865088,
     "flops": 4269801472,
     "architectures": ["univnet"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "resblocks.2.convt_pre",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 16, "stride": 8, "padding": 4, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4723776,
     "flops": 2134900736,
     "architectures": ["univnet"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "resblocks.1.convt_pre",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 384, "out_channels": 192, "kernel_size": 8, "stride": 4, "padding": 2, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 384, 1984], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10322304,
     "flops": 9361686528,
     "architectures": ["dac"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.block.2.conv_t1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 256, "kernel_size": 10, "stride": 5, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 200], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4060672,
     "flops": 2634547200,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.2.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 32, "kernel_size": 4, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4112704,
     "flops": 262176768,
     "architectures": ["vibevoice_acoustic_tokenizer"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.conv_layers.5.convtr.convtr",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 384, "kernel_size": 16, "stride": 8, "padding": 4, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 248], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 13247232,
     "flops": 18723373056,
     "architectures": ["dac"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "decoder.block.1.conv_t1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1280, "out_channels": 1280, "kernel_size": 2, "stride": 2, "padding": 0, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1280, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 14374400,
     "flops": 13343129600,
     "architectures": ["nemotron3_5_transcribe_word_timestamp"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "upsampler",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 16, "stride": 8, "padding": 4, "output_padding": 0, "groups": 1, "bias": True, "dilation": 1, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 619200,
     "flops": 266862592,
     "architectures": ["univnet"],
     "qualname": "torch.nn.modules.conv.ConvTranspose1d",
     "path": "resblocks.0.convt_pre",
     "param_dtype": "bfloat16"},
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
