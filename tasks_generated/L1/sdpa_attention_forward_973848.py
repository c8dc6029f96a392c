"""Attention, a leaf kernel: `sdpa_attention_forward` as transformers runs it (hyper-parameters of sdpa vary per case).

kernel:        973848e57ad5aec7
level:         1
label:         attention
qualnames:     transformers.integrations.sdpa_attention.sdpa_attention_forward
transformers:  5.24.0
architectures: afmoe, clip, clipseg, cohere_compass, colqwen2, cosmos3_edge, cosmos3_omni, dbrx, encoder-decoder, ernie4_5_vl_moe, evolla, gemma3, glm46v, glm4v, glm4v_moe, glm_image, glm_ocr, hunyuan_vl, jetmoe, kosmos-2.5, metaclip_2, minicpmv4_7, mllama, musicgen, musicgen_melody, opt, owlv2, owlvit, paddleocr_vl, qwen2_5_vl, qwen2_vl, qwen3_5, qwen3_5_moe, qwen3_asr, qwen3_vl, qwen3_vl_moe, shieldgemma2, speech-encoder-decoder, step3p7, vision-encoder-decoder, xclip
cases:         23 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.integrations.sdpa_attention import sdpa_attention_forward


class Model(nn.Module):
    """`sdpa_attention_forward` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(
        self,
        module: torch.nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        dropout: float = 0.0,
        scaling: float | None = None,
        is_causal: bool | None = None,
        position_bias: torch.Tensor | None = None,
        **kwargs,
    ) -> tuple[torch.Tensor, None]:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout, scaling, is_causal, position_bias, **kwargs)


class ModelNew(nn.Module):
    """Attention, a leaf kernel: `sdpa_attention_forward` as transformers runs it (hyper-parameters of sdpa vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: attention (sdpa_attention_forward)")

    def forward(
        self,
        module: torch.nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        dropout: float = 0.0,
        scaling: float | None = None,
        is_causal: bool | None = None,
        position_bias: torch.Tensor | None = None,
        **kwargs,
    ) -> tuple[torch.Tensor, None]:
        raise NotImplementedError("write the kernel: attention (sdpa_attention_forward)")


KERNEL = {"id": "973848e57ad5aec7", "name": "sdpa_attention_forward_973848", "level": 1, "label": "attention", "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 16, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 17721344,
     "flops": 8489566208,
     "architectures": ["glm46v", "glm4v", "glm_image"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 33357824,
     "flops": 8489566208,
     "architectures": ["cosmos3_omni", "hunyuan_vl", "jetmoe", "qwen3_vl"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 2, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.0625}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 4244783104,
     "architectures": ["gemma3", "shieldgemma2"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6254592,
     "flops": 1591793664,
     "architectures": ["encoder-decoder", "speech-encoder-decoder", "vision-encoder-decoder"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "decoder.bert.encoder.layer.0.attention.self"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 4, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.0625}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20848640,
     "flops": 8489566208,
     "architectures": ["minicpmv4_7", "qwen3_5"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 8, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37527552,
     "flops": 16979132416,
     "architectures": ["colqwen2", "qwen2_5_vl", "qwen2_vl", "step3p7"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "vlm.language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 12, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 96, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 54206464,
     "flops": 25468698624,
     "architectures": ["glm4v_moe"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 64, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 66715648,
     "flops": 16979132416,
     "architectures": ["cohere_compass"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 4, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20848640,
     "flops": 8489566208,
     "architectures": ["evolla"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 2, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 4244783104,
     "architectures": ["cosmos3_edge", "qwen3_asr"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 4244783104,
     "architectures": ["afmoe", "qwen3_vl_moe"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 509, 96], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 1.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 3183587328,
     "architectures": ["kosmos-2.5"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "text_model.model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8339456,
     "flops": 2122391552,
     "architectures": ["musicgen"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 1018, 64], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 16, 1018, 64], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 16, 1018, 64], "roles": ["batch", "fixed", "batch*seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 16678912,
     "flops": 8489566208,
     "architectures": ["musicgen_melody"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 2, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6254592,
     "flops": 2122391552,
     "architectures": ["glm_ocr"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 77, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 77, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 77, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "is_causal", "kind": "flag", "value": True}],
     "dims": {"batch": 2},
     "bytes": 630784,
     "flops": 24285184,
     "architectures": ["clip", "clipseg", "metaclip_2", "xclip"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "text_model.encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 12, 509, 64], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 1.0}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 6254592,
     "flops": 1591793664,
     "architectures": ["opt"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "decoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 8, 16, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 16, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 16, 64], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.125},
        {"name": "is_causal", "kind": "flag", "value": True}],
     "dims": {"batch": 2},
     "bytes": 131072,
     "flops": 1048576,
     "architectures": ["owlv2", "owlvit"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "text_model.encoder.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 8, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 509, 256], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.0625}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 18763776,
     "flops": 8489566208,
     "architectures": ["qwen3_5_moe"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.3.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 4, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 32, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 8, 4100, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 8, 4100, 128], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 20848640,
     "flops": 8489566208,
     "architectures": ["mllama"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.3.cross_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 16, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 1, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 1, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 8860672,
     "flops": 4244783104,
     "architectures": ["dbrx"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "blocks.0.norm_attn_norm.attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 5, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 20, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 4, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 12509184,
     "flops": 5305978880,
     "architectures": ["ernie4_5_vl_moe"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 8, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 16, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "key", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "value", "kind": "tensor", "shape": [2, 2, 509, 128], "roles": ["batch", "fixed", "seq", "fixed"], "dtype": "bfloat16"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "dropout", "kind": "float", "value": 0.0},
        {"name": "scaling", "kind": "float", "value": 0.08838834764831845}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 9381888,
     "flops": 4244783104,
     "architectures": ["paddleocr_vl"],
     "qualname": "transformers.integrations.sdpa_attention.sdpa_attention_forward",
     "path": "language_model.layers.0.self_attn"},
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
