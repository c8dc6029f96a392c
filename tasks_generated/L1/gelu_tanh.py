"""An elementwise activation, a leaf kernel: `GELUTanh` as transformers runs it.

kernel:        c48b880fbda77388
level:         1
label:         activation
qualnames:     transformers.activations.GELUTanh
transformers:  5.24.0
architectures: aria, aya_vision, cohere2_vision, cohere_compass, colmodernvbert, colpali, cosmos3_edge, cosmos3_omni, deepseek_vl, deepseek_vl_hybrid, embedding_gemma2, gemma, gemma2, gemma3, gemma4, gemma4_assistant, gemma4_unified, gemma4_unified_assistant, gpt_bigcode, granite4_vision, granite_docling, idefics2, idefics3, kimi_k25, lfm2_vl, llava_onevision, minicpm_ocr, minicpmv4_6, minicpmv4_7, modernvbert, paddleocr_vl, paligemma, pocket_tts, pocket_tts_audio_tokenizer, qwen3_5, qwen3_5_moe, qwen3_vl, qwen3_vl_moe, recurrent_gemma, shieldgemma2, siglip, siglip2, smolvlm, starcoder2, t5gemma, t5gemma2, tipsv2_dpt, ultravbert, vaultgemma, video_llama_3
cases:         34 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from transformers.activations import GELUTanh


class Model(GELUTanh):
    """`GELUTanh` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, use_gelu_tanh_python: bool = False):
        super().__init__(use_gelu_tanh_python)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An elementwise activation, a leaf kernel: `GELUTanh` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self, use_gelu_tanh_python: bool = False):
        super().__init__()
        raise NotImplementedError("write the kernel: an elementwise activation (GELUTanh)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: an elementwise activation (GELUTanh)")


KERNEL = {"id": "c48b880fbda77388", "name": "gelu_tanh", "level": 1, "label": "activation", "qualname": "transformers.activations.GELUTanh", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 24576,
     "flops": 6144,
     "architectures": ["cohere2_vision", "colmodernvbert", "deepseek_vl", "deepseek_vl_hybrid", "gemma3", "lfm2_vl", "modernvbert", "shieldgemma2", "siglip", "siglip2", "t5gemma2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.head.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 4304], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 8814592,
     "flops": 2203648,
     "architectures": ["cohere_compass", "cosmos3_edge", "cosmos3_omni", "kimi_k25", "paddleocr_vl", "qwen3_5", "qwen3_5_moe", "qwen3_vl", "qwen3_vl_moe"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "visual.blocks.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 9216], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37527552,
     "flops": 9381888,
     "architectures": ["gemma2", "gemma3", "gemma4", "gemma4_unified", "shieldgemma2", "t5gemma", "t5gemma2", "vaultgemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 25165824,
     "flops": 6291456,
     "architectures": ["cohere2_vision", "colmodernvbert", "granite_docling", "modernvbert", "ultravbert"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1572864,
     "flops": 393216,
     "architectures": ["idefics3", "siglip", "siglip2", "smolvlm"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 196, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4816896,
     "flops": 1204224,
     "architectures": ["deepseek_vl", "deepseek_vl_hybrid", "siglip"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4096, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 100663296,
     "flops": 25165824,
     "architectures": ["gemma3", "shieldgemma2", "t5gemma2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 512, 3072], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6291456,
     "flops": 1572864,
     "architectures": ["minicpm_ocr", "minicpmv4_6", "minicpmv4_7"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 9216], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 73728,
     "flops": 18432,
     "architectures": ["gemma4_assistant", "gemma4_unified_assistant"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "model.layers.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 4096], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8388608,
     "flops": 2097152,
     "architectures": ["colpali", "paligemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vlm.vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 16384], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 66715648,
     "flops": 16678912,
     "architectures": ["colpali", "paligemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vlm.language_model.layers.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6291456,
     "flops": 1572864,
     "architectures": ["lfm2_vl", "siglip2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [1, 128, 3072], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 1572864,
     "flops": 393216,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.7.mlp.activation_fn"},
    {"init": {},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [128, 12288], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6291456,
     "flops": 1572864,
     "architectures": ["minicpmv4_6", "minicpmv4_7"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.vit_merger.act"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 12288], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 50036736,
     "flops": 12509184,
     "architectures": ["starcoder2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.mlp.act"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 256], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 1042432,
     "flops": 260608,
     "architectures": ["gemma4"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "language_model.layers.0.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 24576], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 100073472,
     "flops": 25018368,
     "architectures": ["gemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 576, 4304], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 39665664,
     "flops": 9916416,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 676, 4304], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 23276032,
     "flops": 5819008,
     "architectures": ["aya_vision"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 3840], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 15636480,
     "flops": 3909120,
     "architectures": ["recurrent_gemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.mlp_block.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [16, 729, 4304], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 200807424,
     "flops": 50201856,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 729, 4304], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 50201856,
     "flops": 12550464,
     "architectures": ["llava_onevision"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2048], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 2084864,
     "architectures": ["embedding_gemma2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "language_model.layers.0.mlp.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 512], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2084864,
     "flops": 521216,
     "architectures": ["embedding_gemma2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "language_model.layers.0.ple_block.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 2560], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10424320,
     "flops": 2606080,
     "architectures": ["recurrent_gemma"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.temporal_block.act_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 49, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1204224,
     "flops": 301056,
     "architectures": ["idefics2"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 4900, 3072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 120422400,
     "flops": 30105600,
     "architectures": ["aria"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 3072], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 3127296,
     "architectures": ["gpt_bigcode"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "h.0.mlp.act"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [512, 3072], "roles": ["fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 6291456,
     "flops": 1572864,
     "architectures": ["video_llama_3"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_model.encoder.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 509, 4096], "roles": ["batch", "seq", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 4169728,
     "architectures": ["pocket_tts"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 768], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6291456,
     "flops": 1572864,
     "architectures": ["tipsv2_dpt"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "neck.reassemble_stage.readout_projects.0.layers.1"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 134, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2195456,
     "flops": 548864,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "encoder.encoder_transformer.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 144, 2048], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2359296,
     "flops": 589824,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "decoder.decoder_transformer.layers.0.mlp.activation_fn"},
    {"init": {"use_gelu_tanh_python": False},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [4, 1, 4304], "roles": ["fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {},
     "bytes": 68864,
     "flops": 17216,
     "architectures": ["granite4_vision"],
     "qualname": "transformers.activations.GELUTanh",
     "path": "vision_tower.head.mlp.activation_fn"},
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
