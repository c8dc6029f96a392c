"""Half-precision GEMMs and convolutions computed in float32 below the recorder."""

import torch
import torch.nn.functional as F

from torch.utils._python_dispatch import TorchDispatchMode

from fastkernels.analyzer.trace.arithmetic import Float32Arithmetic
from fastkernels.analyzer.trace.trace import Recorder


class _ArithmeticSeen(TorchDispatchMode):
    """Below ``Float32Arithmetic``: the dtypes each op really computes in."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, torch.dtype]] = []

    def __torch_dispatch__(self, func, types_, args=(), kwargs=None):
        tensors = [a for a in args if isinstance(a, torch.Tensor)]
        self.seen.append((func._opname, tensors[0].dtype if tensors else None))
        return func(*args, **(kwargs or {}))


class _ConvThenLinear(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.conv = torch.nn.Conv1d(8, 16, 3, padding=1)
        self.proj = torch.nn.Linear(16, 4)

    def forward(self, x):
        return self.proj(self.conv(x).transpose(1, 2))


def test_results_keep_the_half_dtype_and_match_float32_up_to_rounding():
    torch.manual_seed(0)
    a, b = torch.randn(5, 64), torch.randn(64, 7)
    image, kernel = torch.randn(1, 3, 9, 9), torch.randn(4, 3, 3, 3)
    half = a.bfloat16(), b.bfloat16(), image.half(), kernel.half()
    with _ArithmeticSeen() as below, Float32Arithmetic():
        product = half[0] @ half[1]
        batched = torch.bmm(half[0][None], half[1][None])
        convolved = F.conv2d(half[2], half[3])
    computed = {dtype for name, dtype in below.seen if name in ("mm", "bmm", "convolution")}
    assert computed == {torch.float32}
    assert (product.dtype, batched.dtype, convolved.dtype) == (torch.bfloat16, torch.bfloat16, torch.float16)
    exact = a.bfloat16().float() @ b.bfloat16().float()
    torch.testing.assert_close(product, exact.bfloat16(), rtol=0, atol=0)
    torch.testing.assert_close(batched[0], exact.bfloat16(), rtol=0, atol=0)
    torch.testing.assert_close(convolved.float(), F.conv2d(image.half().float(), kernel.half().float()), rtol=1e-3, atol=1e-2)


def test_other_dtypes_and_ops_run_as_issued():
    a = torch.randn(3, 4, dtype=torch.float64)
    with Float32Arithmetic():
        assert (a @ a.T).dtype == torch.float64
        assert torch.softmax(a.bfloat16(), -1).dtype == torch.bfloat16


def test_the_recorder_above_records_the_ops_the_model_issued():
    model = _ConvThenLinear().bfloat16()
    x = torch.randn(2, 8, 5, dtype=torch.bfloat16)
    with Float32Arithmetic():
        recorder = Recorder(model).run({"x": x})
    names = [op[0] for op in recorder.ops]
    assert "aten.convolution.default" in names
    assert {"aten.addmm.default", "aten.mm.default", "aten.bmm.default"} & set(names)
    dtypes = {recorder.tensors[t][1] for op in recorder.ops for t in op[1] + op[2]}
    assert dtypes == {"bfloat16"}


def test_wide_operands_are_upcast_a_slice_at_a_time(monkeypatch):
    """With a small budget every GEMM and convolution is split into float32 slices, and the
    result is the whole op's, rounded once."""
    from fastkernels.analyzer.trace import arithmetic

    monkeypatch.setattr(arithmetic, "CHUNK_BYTES", 4096)
    torch.manual_seed(0)
    a, b, bias = torch.randn(6, 32).bfloat16(), torch.randn(32, 40).bfloat16(), torch.randn(40).bfloat16()
    x, y, batch_bias = torch.randn(5, 6, 32).bfloat16(), torch.randn(5, 32, 7).bfloat16(), torch.randn(5, 6, 7).bfloat16()
    image, kernel, channel_bias = torch.randn(1, 3, 9, 9).bfloat16(), torch.randn(64, 3, 3, 3).bfloat16(), torch.randn(64).bfloat16()
    with _ArithmeticSeen() as below, Float32Arithmetic():
        results = [a @ b, torch.addmm(bias, a, b), torch.bmm(x, y), torch.baddbmm(batch_bias, x, y, beta=0.5),
                   torch.baddbmm(bias[:7], x, y), F.conv2d(image, kernel, channel_bias)]
    f = [t.float() for t in (a, b, bias, x, y, batch_bias, image, kernel, channel_bias)]
    expected = [f[0] @ f[1], torch.addmm(f[2], f[0], f[1]), torch.bmm(f[3], f[4]), torch.baddbmm(f[5], f[3], f[4], beta=0.5),
                torch.baddbmm(f[2][:7], f[3], f[4]), F.conv2d(f[6], f[7], f[8])]
    for result, exact in zip(results, expected):
        assert result.dtype == torch.bfloat16
        torch.testing.assert_close(result, exact.bfloat16(), rtol=0, atol=0)
    counts = {name: sum(1 for seen, _ in below.seen if seen == name) for name in ("mm", "addmm", "bmm", "baddbmm", "convolution")}
    assert all(count > 1 for count in counts.values()), counts
