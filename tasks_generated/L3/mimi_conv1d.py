"""A convolution, a repeated layer: `MimiConv1d` as transformers runs it, built from L1/conv1d.

kernel:        ef49112979f887bd
level:         3
label:         convolution
qualnames:     transformers.models.mimi.modeling_mimi.MimiConv1d, transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d
transformers:  5.24.0
architectures: mimi, pocket_tts_audio_tokenizer
cases:         24 real cases, default first (the most common that fits in 8 GB); 19 unmapped
"""

import torch
from torch import nn
from transformers.models.mimi.configuration_mimi import MimiDecoderConfig
from transformers.models.mimi.configuration_mimi import MimiEncoderConfig
from transformers.models.mimi.modeling_mimi import MimiConv1d


class Model(MimiConv1d):
    """`MimiConv1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
        pad_mode: str | None = None,
        bias: bool = True,
        layer_idx: int | None = None,
    ):
        super().__init__(config, in_channels, out_channels, kernel_size, stride, dilation, groups, pad_mode, bias, layer_idx)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `MimiConv1d` as transformers runs it, built from L1/conv1d.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv.weight [64, 1, 7]
        conv.bias [64]
    """

    def __init__(
        self,
        config,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
        pad_mode: str | None = None,
        bias: bool = True,
        layer_idx: int | None = None,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (MimiConv1d)")

    def forward(self, hidden_states, padding_cache=None):
        raise NotImplementedError("write the kernel: a convolution (MimiConv1d)")


KERNEL = {"id": "ef49112979f887bd", "name": "mimi_conv1d", "level": 3, "label": "convolution", "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 1, "out_channels": 64, "kernel_size": 7, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4161048,
     "flops": 28704022,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 1024, "out_channels": 512, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 1024, 17], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3251224,
     "flops": 106993674,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 128, "out_channels": 64, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3121304,
     "flops": 394240522,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.4.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 128, "out_channels": 256, "kernel_size": 10, "stride": 5, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3523096,
     "flops": 1049601290,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 128, "out_channels": 64, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3367064,
     "flops": 425779722,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.9.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 128, "out_channels": 256, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1294872,
     "flops": 105062410,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.7.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 128, "out_channels": 256, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1393176,
     "flops": 113467402,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.6.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 674840,
     "flops": 70323210,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.10.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 705560,
     "flops": 75571210,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.3.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 256, "out_channels": 128, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1425688,
     "flops": 314983434,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.7.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 256, "out_channels": 512, "kernel_size": 12, "stride": 6, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 800], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 4240408,
     "flops": 843469834,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 256, "out_channels": 128, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 864], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1523992,
     "flops": 340182026,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.6.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 32, "out_channels": 64, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 6148248,
     "flops": 132096010,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.1.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 32, "out_channels": 64, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 32, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 6639768,
     "flops": 142663690,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.12.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 512, "out_channels": 256, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1198616,
     "flops": 210903050,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.10.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 512, "out_channels": 1024, "kernel_size": 16, "stride": 8, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 134], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 17123352,
     "flops": 570572810,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 512, "out_channels": 256, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 144], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 1229336,
     "flops": 226641930,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.3.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 512, "out_channels": 1024, "kernel_size": 7, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 18], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 7452696,
     "flops": 264265738,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 32, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 6156376,
     "flops": 395264266,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.1.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 128, "kernel_size": 8, "stride": 4, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 6275352,
     "flops": 1050624522,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 32, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 6647896,
     "flops": 426885386,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.12.block.1",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 1, "kernel_size": 3, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 17280], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4493210,
     "flops": 15483146,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiEncoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 4000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3088664,
     "flops": 131584010,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "encoder.encoder_seanet.layers.4.block.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "MimiDecoderConfig", "fields": {"pad_mode": "constant", "use_causal_conv": True, "attn_implementation": "sdpa"}}, "in_channels": 64, "out_channels": 128, "kernel_size": 1, "stride": 1, "dilation": 1, "groups": 1, "pad_mode": None, "bias": True, "layer_idx": None},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 4320], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 3334424,
     "flops": 142110730,
     "architectures": ["mimi"],
     "qualname": "transformers.models.mimi.modeling_mimi.MimiConv1d",
     "path": "decoder.decoder_seanet.layers.9.block.3",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerEncoderConfig"},
    {"qualname": "transformers.models.pocket_tts_audio_tokenizer.modeling_pocket_tts_audio_tokenizer.PocketTTSAudioTokenizerConv1d",
     "architectures": ["pocket_tts_audio_tokenizer"],
     "reason": "built by PocketTTSAudioTokenizerConv1d from a PocketTTSAudioTokenizerDecoderConfig"},
]


_CONFIGS = {"MimiDecoderConfig": MimiDecoderConfig, "MimiEncoderConfig": MimiEncoderConfig}


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
