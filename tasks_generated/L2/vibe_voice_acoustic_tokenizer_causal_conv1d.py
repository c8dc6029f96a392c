"""A convolution, a module built from leaf kernels: `VibeVoiceAcousticTokenizerCausalConv1d` as transformers runs it, built from L1/conv1d.

kernel:        4ecbe499317ed54b
level:         2
label:         convolution
qualnames:     transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d
transformers:  5.24.0
architectures: vibevoice_asr
cases:         25 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerCausalConv1d
from transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer import VibeVoiceAcousticTokenizerConv1dPaddingCache


class Model(VibeVoiceAcousticTokenizerCausalConv1d):
    """`VibeVoiceAcousticTokenizerCausalConv1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        cache_key: str,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
    ):
        super().__init__(in_channels, out_channels, kernel_size, cache_key, stride, dilation, groups)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a module built from leaf kernels: `VibeVoiceAcousticTokenizerCausalConv1d` as transformers runs it, built from L1/conv1d.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv.weight [32, 1, 7]
        conv.bias [32]
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        cache_key: str,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (VibeVoiceAcousticTokenizerCausalConv1d)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        padding_cache: VibeVoiceAcousticTokenizerConv1dPaddingCache | None = None,
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (VibeVoiceAcousticTokenizerCausalConv1d)")


KERNEL = {"id": "4ecbe499317ed54b", "name": "vibe_voice_acoustic_tokenizer_causal_conv1d", "level": 2, "label": "convolution", "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 1, "out_channels": 32, "kernel_size": 7, "cache_key": "encoder_stem", "stride": 1, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 2112512,
     "flops": 14368012,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.stem.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 7, "cache_key": "convnext_layer_21", "stride": 1, "dilation": 1, "groups": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 40], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 344064,
     "flops": 1241088,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.4.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 7, "cache_key": "convnext_layer_22", "stride": 1, "dilation": 1, "groups": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 40], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 344064,
     "flops": 1241088,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.4.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 7, "cache_key": "convnext_layer_23", "stride": 1, "dilation": 1, "groups": 1024},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 40], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 344064,
     "flops": 1241088,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.4.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 2048, "kernel_size": 16, "cache_key": "encoder_layer_5", "stride": 8, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 40], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 67317760,
     "flops": 671186944,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.5.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 7, "cache_key": "convnext_layer_9", "stride": 1, "dilation": 1, "groups": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4098048,
     "flops": 15361536,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.1.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 7, "cache_key": "convnext_layer_10", "stride": 1, "dilation": 1, "groups": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4098048,
     "flops": 15361536,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.1.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 7, "cache_key": "convnext_layer_11", "stride": 1, "dilation": 1, "groups": 128},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4098048,
     "flops": 15361536,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.1.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 256, "kernel_size": 8, "cache_key": "encoder_layer_2", "stride": 4, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3596800,
     "flops": 1049601024,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.2.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 7, "cache_key": "convnext_layer_13", "stride": 1, "dilation": 1, "groups": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 2052096,
     "flops": 7683072,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.2.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 7, "cache_key": "convnext_layer_14", "stride": 1, "dilation": 1, "groups": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 2052096,
     "flops": 7683072,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.2.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 7, "cache_key": "convnext_layer_15", "stride": 1, "dilation": 1, "groups": 256},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 2052096,
     "flops": 7683072,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.2.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 10, "cache_key": "encoder_layer_3", "stride": 5, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 1000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4056064,
     "flops": 1049090560,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.3.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 7, "cache_key": "convnext_layer_1", "stride": 1, "dilation": 1, "groups": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4096512,
     "flops": 15360384,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.stem.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 7, "cache_key": "convnext_layer_2", "stride": 1, "dilation": 1, "groups": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4096512,
     "flops": 15360384,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.stem.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 32, "kernel_size": 7, "cache_key": "convnext_layer_3", "stride": 1, "dilation": 1, "groups": 32},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4096512,
     "flops": 15360384,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.stem.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 64, "kernel_size": 4, "cache_key": "encoder_layer_0", "stride": 2, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4112512,
     "flops": 263168128,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.0.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 7, "cache_key": "convnext_layer_17", "stride": 1, "dilation": 1, "groups": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 200], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 827392,
     "flops": 3078144,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.3.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 7, "cache_key": "convnext_layer_18", "stride": 1, "dilation": 1, "groups": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 200], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 827392,
     "flops": 3078144,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.3.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 7, "cache_key": "convnext_layer_19", "stride": 1, "dilation": 1, "groups": 512},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 200], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 827392,
     "flops": 3078144,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.3.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 1024, "kernel_size": 10, "cache_key": "encoder_layer_4", "stride": 5, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 200], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 11061248,
     "flops": 839070720,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.4.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 7, "cache_key": "convnext_layer_5", "stride": 1, "dilation": 1, "groups": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4097024,
     "flops": 15360768,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.0.stage.0.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 7, "cache_key": "convnext_layer_6", "stride": 1, "dilation": 1, "groups": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4097024,
     "flops": 15360768,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.0.stage.1.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 64, "kernel_size": 7, "cache_key": "convnext_layer_7", "stride": 1, "dilation": 1, "groups": 64},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4097024,
     "flops": 15360768,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.0.stage.2.mixer",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 128, "kernel_size": 4, "cache_key": "encoder_layer_1", "stride": 2, "dilation": 1, "groups": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 8000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4161792,
     "flops": 525312256,
     "architectures": ["vibevoice_asr"],
     "qualname": "transformers.models.vibevoice_acoustic_tokenizer.modeling_vibevoice_acoustic_tokenizer.VibeVoiceAcousticTokenizerCausalConv1d",
     "path": "acoustic_tokenizer_encoder.conv_layers.1.conv",
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
