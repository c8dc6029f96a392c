"""A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

kernel:        28d6ee25e1d866d4
level:         1
label:         gemm
qualnames:     torch.nn.modules.linear.Linear
transformers:  5.24.0
architectures: autoformer, dab-detr, deberta, fastspeech2_conformer, fnet, slanet, slanext, xlnet, xlstm
cases:         29 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.linear import Linear


class Model(Linear):
    """`Linear` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_features, out_features, bias, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a leaf kernel: `Linear` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [768, 3072]
        bias [768]
    """

    def __init__(
        self,
        in_features: int,
        out_features: int,
        bias: bool = True,
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (Linear)")


KERNEL = {"id": "28d6ee25e1d866d4", "name": "linear_28d6ee", "level": 1, "label": "gemm", "qualname": "torch.nn.modules.linear.Linear", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_features": 3072, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25076736,
     "flops": 4804308480,
     "architectures": ["deberta", "fnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.output.dense",
     "param_dtype": "float32"},
    {"init": {"in_features": 768, "out_features": 3072, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 25085952,
     "flops": 4806653952,
     "architectures": ["deberta", "fnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.intermediate.dense",
     "param_dtype": "float32"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 768], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8616960,
     "flops": 1201663488,
     "architectures": ["deberta", "fnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layer.0.attention.output.dense",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256], "roles": ["batch", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 267264,
     "flops": 262656,
     "architectures": ["slanet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "head.structure_attention_cell.hidden_to_hidden",
     "param_dtype": "float32"},
    {"init": {"in_features": 512, "out_features": 512, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 1058816,
     "flops": 1049600,
     "architectures": ["slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "head.structure_attention_cell.hidden_to_hidden",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 50, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256], "roles": ["batch", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 53848,
     "flops": 51300,
     "architectures": ["slanet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "head.structure_generator.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 512, "out_features": 50, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512], "roles": ["batch", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 107096,
     "flops": 102500,
     "architectures": ["slanext"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "head.structure_generator.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 1491968,
     "flops": 78796800,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.ref_point_head.layers.1",
     "param_dtype": "float32"},
    {"init": {"in_features": 4096, "out_features": 8, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16842592,
     "flops": 66723792,
     "architectures": ["xlstm"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "blocks.0.mlstm_layer.igate_preact",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 463872,
     "flops": 12870144,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.query_scale.layers.0",
     "param_dtype": "float32"},
    {"init": {"in_features": 384, "out_features": 384, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 384], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3718656,
     "flops": 300611328,
     "architectures": ["fastspeech2_conformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.conformer_layers.0.self_attn.linear_q",
     "param_dtype": "float32"},
    {"init": {"in_features": 1024, "out_features": 4096, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [509, 2, 1024], "roles": ["seq", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37642240,
     "flops": 8543772672,
     "architectures": ["xlnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layer.0.ff.layer_1",
     "param_dtype": "float32"},
    {"init": {"in_features": 4096, "out_features": 1024, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [509, 2, 4096], "roles": ["seq", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37629952,
     "flops": 8540645376,
     "architectures": ["xlnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "layer.0.ff.layer_2",
     "param_dtype": "float32"},
    {"init": {"in_features": 64, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 41216,
     "flops": 396288,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.self_attn.q_proj",
     "param_dtype": "float32"},
    {"init": {"in_features": 64, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 34, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 51456,
     "flops": 561408,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.self_attn.q_proj",
     "param_dtype": "float32"},
    {"init": {"in_features": 2048, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 7627776,
     "flops": 629299200,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.mlp.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 2, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 621256,
     "flops": 615600,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.ref_anchor_head.layers.1",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 7634944,
     "flops": 630374400,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.mlp.fc1",
     "param_dtype": "float32"},
    {"init": {"in_features": 512, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 2368512,
     "flops": 157440000,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.ref_point_head.layers.0",
     "param_dtype": "float32"},
    {"init": {"in_features": 2048, "out_features": 256, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 3001344,
     "flops": 102785536,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 2048, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 3008512,
     "flops": 102961152,
     "architectures": ["dab-detr"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.fc1",
     "param_dtype": "float32"},
    {"init": {"in_features": 256, "out_features": 1, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1047532,
     "flops": 522234,
     "architectures": ["fastspeech2_conformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "pitch_predictor.linear",
     "param_dtype": "float32"},
    {"init": {"in_features": 32, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 26880,
     "flops": 199680,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 64, "out_features": 32, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 24, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 26752,
     "flops": 198144,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "encoder.layers.0.fc1",
     "param_dtype": "float32"},
    {"init": {"in_features": 32, "out_features": 64, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 34, 32], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 34560,
     "flops": 282880,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.fc2",
     "param_dtype": "float32"},
    {"init": {"in_features": 64, "out_features": 32, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 34, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 34432,
     "flops": 280704,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.layers.0.fc1",
     "param_dtype": "float32"},
    {"init": {"in_features": 64, "out_features": 9, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 34, 64], "roles": ["batch", "fixed", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 22196,
     "flops": 78948,
     "architectures": ["autoformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "decoder.seasonality_projection",
     "param_dtype": "float32"},
    {"init": {"in_features": 768, "out_features": 768, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768], "roles": ["batch", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2},
     "bytes": 2374656,
     "flops": 2360832,
     "architectures": ["fnet"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "pooler.dense",
     "param_dtype": "float32"},
    {"init": {"in_features": 384, "out_features": 80, "bias": True, "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 384], "roles": ["batch", "seq", "fixed"], "dtype": "float32"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2012608,
     "flops": 62627360,
     "architectures": ["fastspeech2_conformer"],
     "qualname": "torch.nn.modules.linear.Linear",
     "path": "speech_decoder_postnet.feat_out",
     "param_dtype": "float32"},
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


# Serving shapes of the default case, after the traced ones: decode steps (one new token for each
# of `batch` sequences) and a prefill chunk. Their bytes/flops were not traced (None).
SERVING = [
    {"phase": "decode",
     "dims": {"batch": 1, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 16, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 64, "seq": 1}},
    {"phase": "decode",
     "dims": {"batch": 256, "seq": 1}},
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
