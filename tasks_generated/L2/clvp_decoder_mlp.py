"""An MLP, a module built from leaf kernels: `ClvpDecoderMLP` as transformers runs it, built from L1/linear, L1/new_gelu_activation (hyper-parameters of mul vary per case).

kernel:        81b64fa7e0504efa
level:         2
label:         mlp
qualnames:     transformers.models.clvp.modeling_clvp.ClvpDecoderMLP, transformers.models.codegen.modeling_codegen.CodeGenMLP, transformers.models.gptj.modeling_gptj.GPTJMLP, transformers.models.gpt_neo.modeling_gpt_neo.GPTNeoMLP, transformers.models.phi.modeling_phi.PhiMLP, transformers.models.gpt2.modeling_gpt2.GPT2MLP, transformers.models.openai.modeling_openai.MLP, transformers.pytorch_utils.apply_chunking_to_forward
transformers:  5.24.0
architectures: albert, clvp, codegen, gpt2, gpt_neo, gptj, openai-gpt, phi
cases:         1 real cases, default first (the most common that fits in 8 GB); 7 unmapped
"""

import torch
from torch import nn
from transformers.models.clvp.configuration_clvp import ClvpDecoderConfig
from transformers.models.clvp.modeling_clvp import ClvpDecoderMLP


class Model(ClvpDecoderMLP):
    """`ClvpDecoderMLP` from transformers, unchanged, built in eval mode (as production runs it)."""

    def __init__(self, intermediate_size, config):
        super().__init__(intermediate_size, config)
        self.eval()  # not chained: a production module may override train() to return None


class ModelNew(nn.Module):
    """An MLP, a module built from leaf kernels: `ClvpDecoderMLP` as transformers runs it, built from L1/linear, L1/new_gelu_activation (hyper-parameters of mul vary per case).

    Candidate stub: same constructor and forward signature as Model.
    The bench loads Model's weights with a strict load_state_dict: ModelNew must hold
    exactly these parameters and buffers (shapes of the default case):
        c_fc.weight [1024, 4096]
        c_fc.bias [4096]
        c_proj.weight [4096, 1024]
        c_proj.bias [1024]
    """

    def __init__(self, intermediate_size, config):
        super().__init__()
        raise NotImplementedError("write the kernel: an MLP (ClvpDecoderMLP)")

    def forward(self, hidden_states: tuple[torch.Tensor] | None) -> torch.Tensor:
        raise NotImplementedError("write the kernel: an MLP (ClvpDecoderMLP)")


KERNEL = {"id": "81b64fa7e0504efa", "name": "clvp_decoder_mlp", "level": 2, "label": "mlp", "qualname": "transformers.models.clvp.modeling_clvp.ClvpDecoderMLP", "transformers_version": "5.24.0"}


# Every real case seen across the architectures that share the kernel, most common first (the
# default, case 0, is the most common that fits in 8 GB). Roles per dimension: "batch" and "seq"
# vary at run time (traced at batch 2, seq 509: pass dims={"seq": 2048} for a production length),
# "fixed" ones are set by the model's config. bytes/flops are for the listed dims. SERVING, at the
# end, appends serving shapes of the default case (decode, prefill) with a "phase".
CASES = [
    {"init": {"intermediate_size": 4096, "config": {"config_class": "ClvpDecoderConfig", "fields": {"activation_function": "gelu_new", "hidden_size": 1024, "resid_pdrop": 0.1, "attn_implementation": "eager"}}},
     "inputs": [
        {"name": "hidden_states", "kind": "tensor", "shape": [2, 512, 1024], "roles": ["batch", "fixed", "fixed"], "dtype": "bfloat16"}],
     "dims": {"batch": 2},
     "bytes": 20981760,
     "flops": 17218666496,
     "architectures": ["clvp"],
     "qualname": "transformers.models.clvp.modeling_clvp.ClvpDecoderMLP",
     "path": "speech_decoder_model.model.decoder.layers.0.mlp",
     "param_dtype": "bfloat16"},
]


# Cases of this kernel whose arguments the interface above cannot take positionally.
UNMAPPED = [
    {"qualname": "transformers.models.codegen.modeling_codegen.CodeGenMLP",
     "architectures": ["codegen"],
     "reason": "built by CodeGenMLP from a CodeGenConfig"},
    {"qualname": "transformers.models.gptj.modeling_gptj.GPTJMLP",
     "architectures": ["gptj"],
     "reason": "built by GPTJMLP from a GPTJConfig"},
    {"qualname": "transformers.models.gpt_neo.modeling_gpt_neo.GPTNeoMLP",
     "architectures": ["gpt_neo"],
     "reason": "built by GPTNeoMLP from a GPTNeoConfig"},
    {"qualname": "transformers.models.phi.modeling_phi.PhiMLP",
     "architectures": ["phi"],
     "reason": "built by PhiMLP from a PhiConfig"},
    {"qualname": "transformers.models.gpt2.modeling_gpt2.GPT2MLP",
     "architectures": ["gpt2"],
     "reason": "built by GPT2MLP from a GPT2Config"},
    {"qualname": "transformers.models.openai.modeling_openai.MLP",
     "architectures": ["openai-gpt"],
     "reason": "constructor argument 'n_state' is not in ClvpDecoderMLP.__init__"},
    {"qualname": "transformers.pytorch_utils.apply_chunking_to_forward",
     "architectures": ["albert"],
     "reason": "constructor argument 'intermediate_size' was not recorded"},
]


_CONFIGS = {"ClvpDecoderConfig": ClvpDecoderConfig}


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
