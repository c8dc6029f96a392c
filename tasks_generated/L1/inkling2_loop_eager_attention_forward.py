"""Attention, a leaf kernel: `eager_attention_forward` as transformers runs it (hyper-parameters of mul vary per case).

kernel:        c2498e6b6d2f189b
level:         1
label:         attention
qualnames:     transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward, transformers.models.inkling2.modeling_inkling2.eager_attention_forward
transformers:  5.24.0
architectures: inkling2, inkling2_loop
cases:         25 real cases, default first (the most common that fits in 8 GB); 0 unmapped
"""

import torch
from torch import nn
from transformers.models.inkling2_loop.modeling_inkling2_loop import eager_attention_forward


class Model(nn.Module):
    """`eager_attention_forward` from transformers, unchanged, as a module: forward calls it with the same arguments."""

    def __init__(self) -> None:
        super().__init__()
        self.eval()  # as every task's Model: built ready for inference

    def forward(
        self,
        module: nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        scaling: float,
        dropout: float = 0.0,
        position_bias: torch.Tensor | None = None,
        sinks: torch.Tensor | None = None,
        **kwargs,
    ):
        return eager_attention_forward(module, query, key, value, attention_mask, scaling, dropout, position_bias, sinks, **kwargs)


class ModelNew(nn.Module):
    """Attention, a leaf kernel: `eager_attention_forward` as transformers runs it (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    Model holds no parameters or buffers in its state dict: neither may ModelNew.
    """

    def __init__(self) -> None:
        super().__init__()
        raise NotImplementedError("write the kernel: attention (eager_attention_forward)")

    def forward(
        self,
        module: nn.Module,
        query: torch.Tensor,
        key: torch.Tensor,
        value: torch.Tensor,
        attention_mask: torch.Tensor | None,
        scaling: float,
        dropout: float = 0.0,
        position_bias: torch.Tensor | None = None,
        sinks: torch.Tensor | None = None,
        **kwargs,
    ):
        raise NotImplementedError("write the kernel: attention (eager_attention_forward)")


KERNEL = {"id": "c2498e6b6d2f189b", "name": "inkling2_loop_eager_attention_forward", "level": 1, "label": "attention", "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 46921656,
     "flops": 28151772,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.6.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 56307616,
     "flops": 37535696,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.12.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 93851456,
     "flops": 75071392,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.message_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 37535696,
     "flops": 18767848,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.0.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 2, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 2, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 75063248,
     "flops": 37531624,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.0.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 93831096,
     "flops": 56297436,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.6.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 4, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 4, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 112598944,
     "flops": 75063248,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.12.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 5, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 5, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 131366792,
     "flops": 93829060,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.18.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 6, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 6, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 150134640,
     "flops": 112594872,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.24.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 7, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 7, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 168902488,
     "flops": 131360684,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.30.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 8, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 8, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 187670336,
     "flops": 150126496,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.36.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 9, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 9, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 206438184,
     "flops": 168892308,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.42.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 1, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 5, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 5, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 65693576,
     "flops": 46919620,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.18.mlp_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 84473640,
     "flops": 84455316,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.11.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 4, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 93867744,
     "flops": 112607088,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.17.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 2, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 2, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 150134640,
     "flops": 112594872,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.5.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 168910632,
     "flops": 168892308,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.11.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 4, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 4, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 187686624,
     "flops": 225189744,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.17.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 5, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 5, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 206462616,
     "flops": 281487180,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.23.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 6, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 6, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 225238608,
     "flops": 337784616,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.29.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 7, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 7, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 244014600,
     "flops": 394082052,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.35.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 8, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 8, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 262790592,
     "flops": 450379488,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.41.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 9, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 9, 4608], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.01473139127471974}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 281566584,
     "flops": 506676924,
     "architectures": ["inkling2"],
     "qualname": "transformers.models.inkling2.modeling_inkling2.eager_attention_forward",
     "path": "language_model.layers.47.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 2, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 75079536,
     "flops": 56303544,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.5.attention_input"},
    {"init": {},
     "inputs": [
        {"name": "module", "kind": "module", "attributes": {"training": False, "num_key_value_groups": 1, "is_causal": True}},
        {"name": "query", "kind": "tensor", "shape": [2, 509, 3, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "key", "kind": "tensor", "shape": [2, 509, 5, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "value", "kind": "tensor", "shape": [2, 509, 5, 2304], "roles": ["batch", "seq", "fixed", "fixed"], "dtype": "float32"},
        {"name": "attention_mask", "kind": "none"},
        {"name": "scaling", "kind": "float", "value": 0.020833333333333332}],
     "dims": {"batch": 2, "seq": 509},
     "bytes": 103261848,
     "flops": 140758860,
     "architectures": ["inkling2_loop"],
     "qualname": "transformers.models.inkling2_loop.modeling_inkling2_loop.eager_attention_forward",
     "path": "language_model.layers.23.attention_input"},
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
