"""A convolution, a leaf kernel: `NemotronAsrStreamingEncoderCausalConv1d` as transformers runs it.

kernel:        78ab0ccdda0eec0f
level:         1
label:         convolution
qualnames:     transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d, transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingCausalConv1d, transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeCausalConv1d
transformers:  5.24.0
architectures: moonshine_streaming, nemotron3_5_asr, nemotron_asr_streaming, voxtral_realtime
cases:         26 real cases, default first (the most common that fits in 8 GB); 2 unmapped
"""

import torch
from torch import nn
from transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming import NemotronAsrStreamingConv1dPaddingCache
from transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming import NemotronAsrStreamingEncoderCausalConv1d


class Model(NemotronAsrStreamingEncoderCausalConv1d):
    """`NemotronAsrStreamingEncoderCausalConv1d` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        in_channels: int,
        out_channels: int,
        kernel_size: int,
        cache_key: str,
        stride: int = 1,
        dilation: int = 1,
        groups: int = 1,
        bias: bool = True,
    ):
        super().__init__(in_channels, out_channels, kernel_size, cache_key, stride, dilation, groups, bias)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a leaf kernel: `NemotronAsrStreamingEncoderCausalConv1d` as transformers runs it.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        weight [1024, 1, 9]
        bias [1024]
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
        bias: bool = True,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (NemotronAsrStreamingEncoderCausalConv1d)")

    def forward(
        self,
        x: torch.Tensor,
        padding_cache: NemotronAsrStreamingConv1dPaddingCache | None = None,
    ) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (NemotronAsrStreamingEncoderCausalConv1d)")


KERNEL = {"id": "78ab0ccdda0eec0f", "name": "nemotron_asr_streaming_encoder_causal_conv1d", "level": 1, "label": "convolution", "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.0", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.0.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.1", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.1.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.2", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.2.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.3", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.3.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.4", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.4.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.5", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.5.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.6", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.6.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.7", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.7.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.8", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.8.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.9", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.9.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.10", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.10.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.11", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.11.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.12", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.12.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.13", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.13.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.14", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.14.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.15", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.15.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.16", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.16.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.17", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.17.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.18", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.18.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.19", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.19.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.20", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.20.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.21", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.21.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.22", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.22.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1024, "out_channels": 1024, "kernel_size": 9, "cache_key": "conv.23", "stride": 1, "dilation": 1, "groups": 1024, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1024, 65], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 552960,
     "flops": 2545664,
     "architectures": ["nemotron3_5_asr", "nemotron_asr_streaming"],
     "qualname": "transformers.models.nemotron_asr_streaming.modeling_nemotron_asr_streaming.NemotronAsrStreamingEncoderCausalConv1d",
     "path": "encoder.layers.23.conv.depthwise_conv",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 128, "out_channels": 1280, "kernel_size": 3, "cache_key": "conv1", "stride": 1, "dilation": 1, "groups": 1, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 128, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 23919104,
     "flops": 8006920704,
     "architectures": ["voxtral_realtime"],
     "qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeCausalConv1d",
     "path": "audio_tower.embedder.conv1",
     "param_dtype": "bfloat16"},
    {"init": {"in_channels": 1280, "out_channels": 1280, "kernel_size": 3, "cache_key": "conv2", "stride": 2, "dilation": 1, "groups": 1, "bias": True},
     "inputs": [
        {"name": "x", "kind": "tensor", "shape": [2, 1280, 4072], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "padding_cache", "kind": "none"}],
     "dims": {"batch": 2},
     "bytes": 41105920,
     "flops": 40039815680,
     "architectures": ["voxtral_realtime"],
     "qualname": "transformers.models.voxtral_realtime.modeling_voxtral_realtime.VoxtralRealtimeCausalConv1d",
     "path": "audio_tower.embedder.conv2",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingCausalConv1d",
     "architectures": ["moonshine_streaming"],
     "reason": "constructor argument 'cache_key' was not recorded"},
    {"qualname": "transformers.models.moonshine_streaming.modeling_moonshine_streaming.MoonshineStreamingCausalConv1d",
     "architectures": ["moonshine_streaming"],
     "reason": "constructor argument 'cache_key' was not recorded"},
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
