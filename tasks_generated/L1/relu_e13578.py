"""An elementwise activation, a leaf kernel: `ReLU` as transformers runs it.

kernel:        e13578dac11dc85f
level:         1
label:         activation
qualnames:     torch.nn.modules.activation.ReLU
transformers:  5.24.0
architectures: canary, cohere_asr, conditional_detr, ctrl, d_fine, decision_transformer, deformable_detr, deimv2, detr, fsmt, fun_asr_nano, grounding-dino, lasr_ctc, lasr_encoder, longt5, lw_detr, m2m_100, markuplm, mask2former, maskformer, mm-grounding-dino, mobilebert, nemotron3_5_asr, nemotron3_5_transcribe_audio, neucodec, nllb-moe, oneformer, pop2piano, pp_doclayout_v2, pp_doclayout_v3, pp_doclayout_v4, rf_detr, rt_detr, rt_detr_v2, sam, sam2, sam3_tracker, sam_hq, speech_to_text, superglue, switch_transformers, t5, table-transformer, tipsv2, udop, videoprism, xcodec2
cases:         38 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.activation import ReLU


class Model(ReLU):
    """`ReLU` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, inplace: bool = False) -> None:
        super().__init__(inplace)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `ReLU` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (ReLU)")


KERNEL = {"id": "e13578dac11dc85f", "name": "relu_e13578", "level": 1, "label": "activation", "qualname": "torch.nn.modules.activation.ReLU", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2457600,
     "flops": 614400,
     "architectures": ["d_fine", "deformable_detr", "pp_doclayout_v2", "pp_doclayout_v3", "pp_doclayout_v4", "rt_detr", "rt_detr_v2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.layers.0.mlp.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 2084864,
     "architectures": ["fun_asr_nano", "longt5", "pop2piano", "speech_to_text", "switch_transformers", "t5"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "audio_tower.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 4169728,
     "architectures": ["canary", "cohere_asr", "m2m_100", "nllb-moe", "udop"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2048,
     "flops": 512,
     "architectures": ["sam", "sam2", "sam3_tracker", "sam_hq"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "mask_decoder.output_hypernetworks_mlps.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084864,
     "flops": 521216,
     "architectures": ["lasr_ctc", "lasr_encoder", "mobilebert"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampler.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 100, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["detr", "maskformer", "table-transformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 802816,
     "flops": 200704,
     "architectures": ["conditional_detr", "detr", "table-transformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4915200,
     "flops": 1228800,
     "architectures": ["conditional_detr", "lw_detr", "rf_detr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 300, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 614400,
     "flops": 153600,
     "architectures": ["d_fine", "deimv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.pre_bbox_head.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1045, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 17121280,
     "flops": 4280320,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.deformable_layer.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.text_enhancer_layer.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 900, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14745600,
     "flops": 3686400,
     "architectures": ["grounding-dino", "mm-grounding-dino"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "decoder.layers.0.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 4169728,
     "flops": 1042432,
     "architectures": ["neucodec", "xcodec2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "semantic_adapter.act1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 125], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 256000,
     "flops": 64000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampler.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 253], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1036288,
     "flops": 259072,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.subsampler.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 8192], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 16777216,
     "flops": 4194304,
     "architectures": ["ctrl"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "h.0.ffn.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [509, 2, 4096], "roles": ["seq", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 4169728,
     "architectures": ["fsmt"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 100, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 204800,
     "flops": 51200,
     "architectures": ["mask2former"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "transformer_module.decoder.mask_predictor.mask_embedder.0.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 512], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "gnn.layers.0.mlp.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["speech_to_text"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1572864,
     "flops": 393216,
     "architectures": ["tipsv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "text_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1597440,
     "flops": 399360,
     "architectures": ["videoprism"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "text_model.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [100, 2, 2048], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1638400,
     "flops": 409600,
     "architectures": ["mask2former"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "transformer_module.decoder.layers.0.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 70, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 573440,
     "flops": 143360,
     "architectures": ["deformable_detr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.layers.0.mlp.activation_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 150, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 307200,
     "flops": 76800,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "transformer_module.decoder.mask_embed.layers.0.1"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1023, 512], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4190208,
     "flops": 1047552,
     "architectures": ["decision_transformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.h.0.mlp.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1029, 256], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2107392,
     "flops": 526848,
     "architectures": ["deimv2"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "enc_bbox_head.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 3000, 192], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4608000,
     "flops": 1152000,
     "architectures": ["nemotron3_5_transcribe_audio"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "diarization_model.classifier.act_fn"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 705, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23101440,
     "flops": 5775360,
     "architectures": ["udop"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "encoder.block.0.layer.1.DenseReluDense.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042432,
     "flops": 260608,
     "architectures": ["fun_asr_nano"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "multi_modal_projector.layers.0.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [149, 2, 2048], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2441216,
     "flops": 610304,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "transformer_module.decoder.query_transformer.decoder.layers.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 65, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1064960,
     "flops": 266240,
     "architectures": ["nemotron3_5_asr"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "prompt_projector.act"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 3127296,
     "architectures": ["markuplm"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "embeddings.xpath_embeddings.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [150, 2, 2048], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2457600,
     "flops": 614400,
     "architectures": ["oneformer"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "transformer_module.decoder.layers.0.ffn.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 128], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 2097152,
     "flops": 524288,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_encoder.encoder.2.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 256], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 4194304,
     "flops": 1048576,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_encoder.encoder.3.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 32], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 524288,
     "flops": 131072,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_encoder.encoder.0.activation"},
    {"init": {"inplace": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1024, 64], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1048576,
     "flops": 262144,
     "architectures": ["superglue"],
     "qualname": "torch.nn.modules.activation.ReLU",
     "path": "keypoint_encoder.encoder.1.activation"},
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
