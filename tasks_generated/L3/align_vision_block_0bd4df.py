"""A convolution, a repeated layer: `AlignVisionBlock` as transformers runs it, built from L2/align_vision_depthwise_layer, L2/align_vision_final_block_layer, L2/align_vision_squeeze_excite_layer (hyper-parameters of batch_norm vary per case).

kernel:        0bd4dfba8439a163
level:         3
label:         convolution
qualnames:     transformers.models.align.modeling_align.AlignVisionBlock, transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock
transformers:  5.24.0
architectures: align, efficientnet
cases:         45 real cases, default first (the most common that fits in 8 GB); 45 unmapped
"""

import torch
from torch import nn
from transformers.models.align.configuration_align import AlignVisionConfig
from transformers.models.align.modeling_align import AlignVisionBlock


class Model(AlignVisionBlock):
    """`AlignVisionBlock` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(
        self,
        config: AlignVisionConfig,
        in_dim: int,
        out_dim: int,
        stride: int,
        expand_ratio: int,
        kernel_size: int,
        drop_rate: float,
        id_skip: bool,
        adjust_padding: bool,
    ):
        super().__init__(config, in_dim, out_dim, stride, expand_ratio, kernel_size, drop_rate, id_skip, adjust_padding)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """A convolution, a repeated layer: `AlignVisionBlock` as transformers runs it, built from L2/align_vision_depthwise_layer, L2/align_vision_final_block_layer, L2/align_vision_squeeze_excite_layer (hyper-parameters of batch_norm vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        expansion.expand_conv.weight [960, 160, 1, 1]
        expansion.expand_bn.weight [960]
        expansion.expand_bn.bias [960]
        expansion.expand_bn.running_mean [960]
        expansion.expand_bn.running_var [960]
        expansion.expand_bn.num_batches_tracked []
        depthwise_conv.depthwise_conv.weight [960, 1, 3, 3]
        depthwise_conv.depthwise_norm.weight [960]
        depthwise_conv.depthwise_norm.bias [960]
        depthwise_conv.depthwise_norm.running_mean [960]
        depthwise_conv.depthwise_norm.running_var [960]
        depthwise_conv.depthwise_norm.num_batches_tracked []
        squeeze_excite.reduce.weight [40, 960, 1, 1]
        squeeze_excite.reduce.bias [40]
        squeeze_excite.expand.weight [960, 40, 1, 1]
        squeeze_excite.expand.bias [960]
        projection.project_conv.weight [160, 960, 1, 1]
        projection.project_bn.weight [160]
        projection.project_bn.bias [160]
        projection.project_bn.running_mean [160]
        projection.project_bn.running_var [160]
        projection.project_bn.num_batches_tracked []
    """

    def __init__(
        self,
        config: AlignVisionConfig,
        in_dim: int,
        out_dim: int,
        stride: int,
        expand_ratio: int,
        kernel_size: int,
        drop_rate: float,
        id_skip: bool,
        adjust_padding: bool,
    ):
        super().__init__()
        raise NotImplementedError("write the kernel: a convolution (AlignVisionBlock)")

    def forward(self, hidden_states: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("write the kernel: a convolution (AlignVisionBlock)")


KERNEL = {"id": "0bd4dfba8439a163", "name": "align_vision_block_0bd4df", "level": 3, "label": "convolution", "qualname": "transformers.models.align.modeling_align.AlignVisionBlock", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.06909090909090909, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.19",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.07272727272727272, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.20",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.07636363636363637, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.21",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.08, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.22",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.08363636363636365, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.23",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.08727272727272728, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.24",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.09090909090909091, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.25",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.09454545454545454, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.26",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 160, "out_dim": 160, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.09818181818181819, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 160, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 2556240,
     "flops": 1743869520,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.27",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.10545454545454547, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.29",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.10909090909090909, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.30",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.11272727272727273, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.31",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.11636363636363636, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.32",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.12000000000000001, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.33",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.12363636363636366, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.34",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.12727272727272726, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.35",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.13090909090909092, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.36",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 224, "out_dim": 224, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.13454545454545455, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 224, 37, 37], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 4051824,
     "flops": 3501392496,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.37",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.14181818181818184, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.39",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.14545454545454545, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.40",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.1490909090909091, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.41",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.15272727272727274, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.42",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.15636363636363634, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.43",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.16, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.44",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.16363636363636364, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.45",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.1672727272727273, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.46",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.17090909090909093, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.47",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.17454545454545456, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.48",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.1781818181818182, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.49",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 384, "out_dim": 384, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.18181818181818182, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 384, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 5578944,
     "flops": 2377626816,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.50",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.01818181818181818, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.5",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.02181818181818182, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.6",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.025454545454545455, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.7",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.02909090909090909, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.8",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.03272727272727273, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.9",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 48, "out_dim": 48, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.03636363636363636, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 48, 150, 150], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 8719896,
     "flops": 2790748824,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.10",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 640, "out_dim": 640, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.1890909090909091, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 640, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14090560,
     "flops": 6433090880,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.52",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 640, "out_dim": 640, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.19272727272727275, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 640, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14090560,
     "flops": 6433090880,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.53",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 640, "out_dim": 640, "stride": 1, "expand_ratio": 6, "kernel_size": 3, "drop_rate": 0.19636363636363638, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 640, 18, 18], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 14090560,
     "flops": 6433090880,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.54",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "hidden_act": "swish", "squeeze_expansion_ratio": 0.25, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.04363636363636364, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.12",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.04727272727272727, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.13",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.05090909090909091, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.14",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.05454545454545454, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.15",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.05818181818181818, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.16",
     "param_dtype": "bfloat16"},
    {"init": {"config": {"config_class": "AlignVisionConfig", "fields": {"batch_norm_eps": 0.001, "batch_norm_momentum": 0.99, "attn_implementation": "eager"}}, "in_dim": 80, "out_dim": 80, "stride": 1, "expand_ratio": 6, "kernel_size": 5, "drop_rate": 0.06181818181818183, "id_skip": False, "adjust_padding": True},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 80, 75, 75], "roles": ["batch", "fixed", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 3825320,
     "flops": 2026878760,
     "architectures": ["align"],
     "qualname": "transformers.models.align.modeling_align.AlignVisionBlock",
     "path": "vision_model.encoder.blocks.17",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
    {"qualname": "transformers.models.efficientnet.modeling_efficientnet.EfficientNetBlock",
     "architectures": ["efficientnet"],
     "reason": "built by EfficientNetBlock from a EfficientNetConfig"},
]


_CONFIGS = {"AlignVisionConfig": AlignVisionConfig}


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
