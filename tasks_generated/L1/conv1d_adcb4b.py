"""A convolution, a leaf kernel: `Conv1d` as transformers runs it.

kernel:        adcb4bbf165f6d69
level:         1
label:         convolution
qualnames:     torch.nn.modules.conv.Conv1d, transformers.models.lfm3.modeling_lfm3.causal_conv1d_fn
transformers:  5.24.0
architectures: convbert, data2vec-audio, fun_asr_nano, granite_speech, granite_speech5_ctc, granite_speech5_encoder, granite_speech_plus, hubert, lasr_ctc, lasr_encoder, lfm3, lfm3_vl, mimi, moonshine, neucodec, pocket_tts_audio_tokenizer, sew, sew-d, speech-encoder-decoder, unispeech, unispeech-sat, wav2vec2, wav2vec2-bert, wav2vec2-conformer, wavlm, xcodec2
cases:         41 real cases, default first (the most common that fits in 8 GB); 1 unmapped
"""

import torch
from torch import nn
from torch import Tensor
from torch.nn.modules.conv import Conv1d
from torch.nn.modules.conv import _size_1_t
from typing import Literal


class Model(Conv1d):
    """`Conv1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_1_t,
        stride: _size_1_t = 1,
        padding: str | _size_1_t = 0,
        dilation: _size_1_t = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__(in_channels, out_channels, kernel_size, stride, padding, dilation, groups, bias, padding_mode, device, dtype)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `Conv1d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [512, 512, 2]
    """

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: _size_1_t,
        stride: _size_1_t = 1,
        padding: str | _size_1_t = 0,
        dilation: _size_1_t = 1,
        groups: int = 1,
        bias: bool = True,
        padding_mode: Literal["zeros", "reflect", "replicate", "circular"] = "zeros",
        device=None,
        dtype=None,
    ) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (Conv1d)")

    def forward(self, input: Tensor) -> Tensor:
        raise NotImplementedError("write the kernel: a convolution (Conv1d)")


KERNEL = {"id": "adcb4bbf165f6d69", "name": "conv1d_adcb4b", "level": 1, "label": "convolution", "qualname": "torch.nn.modules.conv.Conv1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 2, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 99], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1351680,
     "flops": 102760448,
     "architectures": ["data2vec-audio", "hubert", "sew", "sew-d", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.6.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1, "out_channels": 512, "kernel_size": 10, "stride": 5, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6625792,
     "flops": 65515520,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.0.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 1599], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 6483968,
     "flops": 2513436672,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.2.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 2, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1658880,
     "flops": 207618048,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.5.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 3199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 11399168,
     "flops": 5030019072,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.1.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 399], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2797568,
     "flops": 625999872,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.4.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 799], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4026368,
     "flops": 1255145472,
     "architectures": ["data2vec-audio", "hubert", "speech-encoder-decoder", "unispeech", "unispeech-sat", "wav2vec2", "wav2vec2-conformer", "wavlm"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.3.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 31, "stride": 1, "padding": 0, "dilation": 1, "groups": 1024, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 539], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4356096,
     "flops": 64630784,
     "architectures": ["neucodec", "wav2vec2-bert", "xcodec2"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "semantic_encoder.encoder.layers.0.conv_module.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 2048, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10448896,
     "flops": 4269801472,
     "architectures": ["neucodec", "wav2vec2-bert", "xcodec2"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "semantic_encoder.encoder.layers.0.conv_module.pointwise_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6266880,
     "flops": 2134900736,
     "architectures": ["neucodec", "wav2vec2-bert", "xcodec2"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "semantic_encoder.encoder.layers.0.conv_module.pointwise_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 1024, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 125], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1816576,
     "flops": 262144000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv.pointwise_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 125], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1036288,
     "flops": 131072000,
     "architectures": ["lasr_ctc", "lasr_encoder"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv.pointwise_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2048, "out_channels": 2048, "kernel_size": 7, "stride": 1, "padding": 3, "dilation": 1, "groups": 2048, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 127], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2109440,
     "flops": 7282688,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.2.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2048, "out_channels": 2048, "kernel_size": 15, "stride": 1, "padding": 0, "dilation": 1, "groups": 2048, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 523], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8515584,
     "flops": 62545920,
     "architectures": ["granite_speech", "granite_speech_plus"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv.depth_conv.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 3, "stride": 1, "padding": 1, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1024, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 10461184,
     "flops": 6404702208,
     "architectures": ["neucodec", "xcodec2"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "semantic_adapter.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1, "out_channels": 64, "kernel_size": 10, "stride": 5, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 884224,
     "flops": 8189440,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.0.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 1599], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1670144,
     "flops": 104792064,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.2.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 1599], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1326080,
     "flops": 157089792,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.3.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 128, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 799], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 850944,
     "flops": 52363264,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.4.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 256, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 128, 799], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1014272,
     "flops": 156893184,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.5.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2048, "out_channels": 2048, "kernel_size": 7, "stride": 2, "padding": 3, "dilation": 1, "groups": 2048, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 254], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3149824,
     "flops": 7282688,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.1.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 538624,
     "flops": 52166656,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.8.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 2, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 930816,
     "flops": 103809024,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.9.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 399], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 948224,
     "flops": 104595456,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.6.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 256, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 399], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1005568,
     "flops": 156499968,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.7.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 49], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 724992,
     "flops": 51380224,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.12.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 99], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 929792,
     "flops": 103809024,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.10.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 64, "out_channels": 128, "kernel_size": 3, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 64, 3199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1686784,
     "flops": 157188096,
     "architectures": ["sew", "sew-d"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "feature_extractor.conv_layers.1.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 2048, "out_channels": 2048, "kernel_size": 7, "stride": 2, "padding": 3, "dilation": 1, "groups": 2048, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 2048, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6287360,
     "flops": 14622720,
     "architectures": ["granite_speech5_ctc", "granite_speech5_encoder"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 11, "stride": 1, "padding": 0, "dilation": 1, "groups": 512, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 519], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2116608,
     "flops": 11466752,
     "architectures": ["fun_asr_nano"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "audio_tower.layers.0.self_attn.fsmn.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 1536, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 49], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2810880,
     "flops": 231211008,
     "architectures": ["wav2vec2-conformer"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv_module.pointwise_conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 768, "kernel_size": 31, "stride": 1, "padding": 15, "dilation": 1, "groups": 768, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 49], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 348672,
     "flops": 4666368,
     "architectures": ["wav2vec2-conformer"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv_module.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 768, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 49], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1480704,
     "flops": 115605504,
     "architectures": ["wav2vec2-conformer"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layers.0.conv_module.pointwise_conv2",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 768, "kernel_size": 9, "stride": 1, "padding": 4, "dilation": 1, "groups": 768, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 3141120,
     "flops": 14072832,
     "architectures": ["convbert"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layer.0.attention.self.key_conv_attn_layer.depthwise",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 768, "out_channels": 384, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 768, 509], "roles": ["batch", "fixed", "seq"], "dtype": "bfloat16"}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 2935296,
     "flops": 600440832,
     "architectures": ["convbert"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.layer.0.attention.self.key_conv_attn_layer.pointwise",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 256, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 256, 9], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 289792,
     "flops": 4718592,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "quantizer.semantic_residual_vector_quantizer.output_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 256, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 9], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 289792,
     "flops": 4718592,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "quantizer.semantic_residual_vector_quantizer.input_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1, "out_channels": 288, "kernel_size": 127, "stride": 64, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 1, 16000], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 424000,
     "flops": 36429696,
     "architectures": ["moonshine"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 32, "out_channels": 512, "kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 32, 9], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 52352,
     "flops": 589824,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "latent_proj",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 32, "kernel_size": 32, "stride": 16, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 160], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1377408,
     "flops": 18874368,
     "architectures": ["pocket_tts_audio_tokenizer"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.downsample.conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 512, "out_channels": 512, "kernel_size": 4, "stride": 2, "padding": 0, "dilation": 1, "groups": 1, "bias": False, "padding_mode": "zeros", "device": None, "dtype": None},
     "inputs": [
        {"name": "input", "kind": "tensor", "shape": [2, 512, 20], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2156544,
     "flops": 37748736,
     "architectures": ["mimi"],
     "qualname": "torch.nn.modules.conv.Conv1d",
     "path": "encoder.downsample.conv",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.lfm3.modeling_lfm3.causal_conv1d_fn",
     "architectures": ["lfm3", "lfm3_vl"],
     "reason": "constructor argument 'in_channels' was not recorded"},
]


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
