"""A convolution, a repeated layer: `SEWNoLayerNormConvLayer` as transformers runs it, built from L1/conv1d_adcb4b, L1/gelu_activation.

kernel:        057d8660069d0c56
level:         3
label:         convolution
qualnames:     transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer, transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer, transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer, transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer, transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer, transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer, transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer, transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer
transformers:  5.24.0
architectures: hubert, sew, sew-d, speech-encoder-decoder, unispeech, unispeech-sat, wav2vec2, wav2vec2-conformer, wavlm
cases:         12 real cases, default first (the most common that fits in 8 GB); 48 unmapped
"""

import torch
from torch import nn
from transformers.models.sew.configuration_sew import SEWConfig
from transformers.models.sew.modeling_sew import SEWNoLayerNormConvLayer


class Model(SEWNoLayerNormConvLayer):
    """`SEWNoLayerNormConvLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config, layer_id=0):
        super().__init__(config, layer_id)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `SEWNoLayerNormConvLayer` as transformers runs it, built from L1/conv1d_adcb4b, L1/gelu_activation.

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        conv.weight [128, 128, 1]
    """

    def __init__(self, config, layer_id=0):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (SEWNoLayerNormConvLayer)")

    def forward(self, hidden_states):
        raise NotImplementedError("write the kernel: a convolution (SEWNoLayerNormConvLayer)")


KERNEL = {"id": "057d8660069d0c56", "name": "sew_no_layer_norm_conv_layer", "level": 3, "label": "convolution", "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 2},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 1599], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1670144,
     "flops": 105201408,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 3},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 1599], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1326080,
     "flops": 157294336,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 4},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 799], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 850944,
     "flops": 52567808,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 5},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 128, 799], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1014272,
     "flops": 157097472,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 8},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 538624,
     "flops": 52268544,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 9},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 930816,
     "flops": 103910400,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 6},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 399], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 948224,
     "flops": 104799744,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 7},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 256, 399], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1005568,
     "flops": 156601856,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 12},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 49], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 724992,
     "flops": 51430400,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 10},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 99], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 929792,
     "flops": 103910400,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 11},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 99], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1351680,
     "flops": 102810624,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SEWConfig", "fields": {"conv_bias": False, "conv_dim": [64, 128, 128, 128, 128, 256, 256, 256, 256, 512, 512, 512, 512], "conv_kernel": [10, 3, 1, 3, 1, 3, 1, 3, 1, 2, 1, 2, 1], "conv_stride": [5, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1], "feat_extract_activation": "gelu", "attn_implementation": "sdpa"}}, "layer_id": 1},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 64, 3199], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 1686784,
     "flops": 157597440,
     "architectures": ["sew"],
     "qualname": "transformers.models.sew.modeling_sew.SEWNoLayerNormConvLayer",
     "path": "feature_extractor.conv_layers.1",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.wav2vec2.modeling_wav2vec2.Wav2Vec2NoLayerNormConvLayer",
     "architectures": ["speech-encoder-decoder", "wav2vec2"],
     "reason": "built by Wav2Vec2NoLayerNormConvLayer from a Wav2Vec2Config"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.hubert.modeling_hubert.HubertNoLayerNormConvLayer",
     "architectures": ["hubert"],
     "reason": "built by HubertNoLayerNormConvLayer from a HubertConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
    {"qualname": "transformers.models.unispeech.modeling_unispeech.UniSpeechNoLayerNormConvLayer",
     "architectures": ["unispeech"],
     "reason": "built by UniSpeechNoLayerNormConvLayer from a UniSpeechConfig"},
    {"qualname": "transformers.models.unispeech_sat.modeling_unispeech_sat.UniSpeechSatNoLayerNormConvLayer",
     "architectures": ["unispeech-sat"],
     "reason": "built by UniSpeechSatNoLayerNormConvLayer from a UniSpeechSatConfig"},
    {"qualname": "transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer.Wav2Vec2ConformerNoLayerNormConvLayer",
     "architectures": ["wav2vec2-conformer"],
     "reason": "built by Wav2Vec2ConformerNoLayerNormConvLayer from a Wav2Vec2ConformerConfig"},
    {"qualname": "transformers.models.wavlm.modeling_wavlm.WavLMNoLayerNormConvLayer",
     "architectures": ["wavlm"],
     "reason": "built by WavLMNoLayerNormConvLayer from a WavLMConfig"},
    {"qualname": "transformers.models.sew_d.modeling_sew_d.SEWDNoLayerNormConvLayer",
     "architectures": ["sew-d"],
     "reason": "built by SEWDNoLayerNormConvLayer from a SEWDConfig"},
]


_CONFIGS = {"SEWConfig": SEWConfig}


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
