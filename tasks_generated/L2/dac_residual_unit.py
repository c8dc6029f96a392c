"""A convolution, a module built from leaf kernels: `DacResidualUnit` as transformers runs it, built from L1/conv1d, L1/snake1d (hyper-parameters of add vary per case).

kernel:        6382e9a4097879dc
level:         2
label:         convolution
qualnames:     transformers.models.dac.modeling_dac.DacResidualUnit, transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit
transformers:  5.24.0
architectures: dac, pe_audio
cases:         30 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.dac.modeling_dac import DacResidualUnit


class Model(DacResidualUnit):
    """`DacResidualUnit` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, dimension: int = 16, dilation: int = 1):
        super().__init__(dimension, dilation)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `DacResidualUnit` as transformers runs it, built from L1/conv1d, L1/snake1d (hyper-parameters of add vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        snake1.alpha [1, 128, 1]
        conv1.weight [128, 128, 7]
        conv1.bias [128]
        snake2.alpha [1, 128, 1]
        conv2.weight [128, 128, 1]
        conv2.bias [128]
    """

    def __init__(self, dimension: int = 16, dilation: int = 1):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (DacResidualUnit)")

    def forward(self, hidden_state):
        raise NotImplementedError("write the kernel: a convolution (DacResidualUnit)")


KERNEL = {"id": "6382e9a4097879dc", "name": "dac_residual_unit", "level": 2, "label": "convolution", "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"dimension": 128, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8455168,
     "flops": 4216832512,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.1.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 128, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8455168,
     "flops": 4216832512,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.1.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 128, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 128, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8455168,
     "flops": 4216832512,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.1.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 64, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8258048,
     "flops": 2119680256,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.0.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 64, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8258048,
     "flops": 2119680256,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.0.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 64, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8258048,
     "flops": 2119680256,
     "architectures": ["dac", "pe_audio"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.0.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 192, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 192, 7936], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12781056,
     "flops": 9395208960,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.2.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 192, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 192, 7936], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12781056,
     "flops": 9395208960,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.2.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 192, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 192, 7936], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12781056,
     "flops": 9395208960,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.2.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3098624,
     "flops": 2102785024,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.2.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3098624,
     "flops": 2102785024,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.2.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3098624,
     "flops": 2102785024,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.2.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5146624,
     "flops": 4205569024,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.2.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5146624,
     "flops": 4205569024,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.2.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 256, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 256, 2000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5146624,
     "flops": 4205569024,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.2.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 384, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 384, 1984], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8457216,
     "flops": 9378448896,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.1.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 384, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 384, 1984], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8457216,
     "flops": 9378448896,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.1.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 384, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 384, 1984], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8457216,
     "flops": 9378448896,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.1.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 100], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4608000,
     "flops": 839989248,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.3.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 100], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4608000,
     "flops": 839989248,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.3.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 100], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4608000,
     "flops": 839989248,
     "architectures": ["pe_audio"],
     "qualname": "transformers.models.pe_audio.modeling_pe_audio.PeAudioDacResidualUnit",
     "path": "audio_encoder.embedder.dac_encoder.block.3.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 250], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5222400,
     "flops": 2099970048,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.3.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 250], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5222400,
     "flops": 2099970048,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.3.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 512, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 512, 250], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5222400,
     "flops": 2099970048,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "encoder.block.3.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 768, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 768, 248], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10967040,
     "flops": 4685036544,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.0.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 768, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 768, 248], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10967040,
     "flops": 4685036544,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.0.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 768, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 768, 248], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 10967040,
     "flops": 4685036544,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.0.res_unit3",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 96, "dilation": 1},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 96, 15872], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12337920,
     "flops": 4714365312,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.3.res_unit1",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 96, "dilation": 3},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 96, 15872], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12337920,
     "flops": 4714365312,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.3.res_unit2",
     "param_dtype": "bfloat16"},
    {"init": {"dimension": 96, "dilation": 9},
     "inputs": [
        {"name": "hidden_state", "kind": "tensor", "shape": [2, 96, 15872], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 12337920,
     "flops": 4714365312,
     "architectures": ["dac"],
     "qualname": "transformers.models.dac.modeling_dac.DacResidualUnit",
     "path": "decoder.block.3.res_unit3",
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
