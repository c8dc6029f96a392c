"""A matrix multiply (linear projection), a repeated layer: `SegGptLayer` as transformers runs it, built from L1/layer_norm, L2/seg_gpt_attention, L2/vibe_voice_acoustic_tokenizer_feed_forward (hyper-parameters of add, layer_norm, mul vary per case).

kernel:        ef2b8a5dcf8cf4d6
level:         3
label:         gemm
qualnames:     transformers.models.seggpt.modeling_seggpt.SegGptLayer
transformers:  5.24.0
architectures: seggpt
cases:         24 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.seggpt.configuration_seggpt import SegGptConfig
from transformers.models.seggpt.modeling_seggpt import SegGptLayer


class Model(SegGptLayer):
    """`SegGptLayer` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, config: SegGptConfig, drop_path_rate: float) -> None:
        super().__init__(config, drop_path_rate)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A matrix multiply (linear projection), a repeated layer: `SegGptLayer` as transformers runs it, built from L1/layer_norm, L2/seg_gpt_attention, L2/vibe_voice_acoustic_tokenizer_feed_forward (hyper-parameters of add, layer_norm, mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        attention.rel_pos_h [111, 64]
        attention.rel_pos_w [55, 64]
        attention.qkv.weight [3072, 1024]
        attention.qkv.bias [3072]
        attention.proj.weight [1024, 1024]
        attention.proj.bias [1024]
        mlp.lin1.weight [4096, 1024]
        mlp.lin1.bias [4096]
        mlp.lin2.weight [1024, 4096]
        mlp.lin2.bias [1024]
        layernorm_before.weight [1024]
        layernorm_before.bias [1024]
        layernorm_after.weight [1024]
        layernorm_after.bias [1024]
    """

    def __init__(self, config: SegGptConfig, drop_path_rate: float) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (SegGptLayer)")

    def forward(
        self,
        hidden_states: torch.Tensor,
        ensemble_cond: int,
        feature_ensemble: bool = False,
        output_attentions: bool = False,
    ) -> tuple[torch.Tensor, torch.Tensor] | tuple[torch.Tensor]:
        raise NotImplementedError("write the kernel: a matrix multiply (linear projection) (SegGptLayer)")


KERNEL = {"id": "ef2b8a5dcf8cf4d6", "name": "seg_gpt_layer", "level": 3, "label": "gemm", "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_act": "gelu", "hidden_size": 1024, "image_size": [896, 448], "layer_norm_eps": 1e-06, "mlp_dim": 4096, "num_attention_heads": 16, "patch_size": 16, "qkv_bias": True, "use_relative_position_embeddings": True, "attn_implementation": "eager"}}, "drop_path_rate": 0.0130615234375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.3",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.0174560546875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.4",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.0218505859375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.026123046875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.030517578125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.034912109375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.039306640625},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.043701171875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.048095703125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.11",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.052001953125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.056396484375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.060791015625},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.0654296875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.0693359375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.07421875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.17",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.078125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.18",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.08251953125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.19",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.0869140625},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.09130859375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.095703125},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.22",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.10009765625},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 56, 28, 1024], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {"batch": 2},
     "bytes": 38058752,
     "flops": 99904310728,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.23",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.00872802734375},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 1},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 50903808,
     "flops": 199808351944,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.2",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_act": "gelu", "hidden_size": 1024, "image_size": [896, 448], "layer_norm_eps": 1e-06, "mlp_dim": 4096, "num_attention_heads": 16, "patch_size": 16, "qkv_bias": True, "use_relative_position_embeddings": True, "attn_implementation": "eager"}}, "drop_path_rate": 0.0},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 2},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 50903808,
     "flops": 199808351944,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.0",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "SegGptConfig", "fields": {"hidden_size": 1024, "layer_norm_eps": 1e-06, "attn_implementation": "eager"}}, "drop_path_rate": 0.004364013671875},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [4, 56, 28, 1024], "roles": ["fixed", "fixed", "fixed", "fixed"], "dtype": "bfloat16"},
        {"name": "ensemble_cond", "kind": "int", "value": 2},
        {"name": "feature_ensemble", "kind": "flag", "value": False},
        {"name": "output_attentions", "kind": "flag", "value": False}],
     "dims": {},
     "bytes": 50903808,
     "flops": 199808351944,
     "architectures": ["seggpt"],
     "qualname": "transformers.models.seggpt.modeling_seggpt.SegGptLayer",
     "path": "encoder.layers.1",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = []


_CONFIGS = {"SegGptConfig": SegGptConfig}


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
