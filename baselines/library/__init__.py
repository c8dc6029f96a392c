"""Well-kept kernel libraries as baseline rungs, one file per library family: Liger-Kernel
(``liger``), flash-linear-attention (``fla``) and PyTorch's own attention backends
(``attention``). Each module exposes ``missing(device, variant)`` (None when usable, else one line
saying why not) and ``for_module(model, variant)``: a drop-in callable with the task's
forward, or None when the module is not of the form the variant serves."""
