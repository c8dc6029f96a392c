"""A step Dynamo cannot trace whole (a swapped-in module with a graph break) still compiles,
with graph breaks, and says why; one it can trace stays one graph."""
import torch

from fastkernels.engine.serving.compiled import StepCompiler


def test_a_step_with_a_graph_break_falls_back_and_keeps_the_reason():
    def step(x):
        y = x * 2
        torch._dynamo.graph_break()
        return y + 1

    compiled = StepCompiler(step, backend="eager")
    x = torch.arange(4.0)
    assert torch.equal(compiled(x), step(x)) and torch.equal(compiled(x), step(x))
    assert compiled.broken is not None and compiled.graph_break.startswith("Unsupported") and "graph_break()" in compiled.graph_break


def test_a_whole_step_stays_one_graph():
    graphs = []

    def backend(gm, inputs):
        graphs.append(gm)
        return gm

    compiled = StepCompiler(lambda x: (x * 2).sin() + 1, backend=backend)
    x = torch.arange(4.0)
    assert torch.equal(compiled(x), (x * 2).sin() + 1)
    assert compiled.graph_break is None and compiled.broken is None and len(graphs) == 1


def test_the_decode_runner_reports_a_fallback_found_after_startup():
    """A step never captured in a CUDA graph (--eager) compiles at its first call, after the
    runner started: the reason is read when the report is made."""
    from fastkernels.engine.serving.decode_step import DecodeRunner

    def step(x):
        torch._dynamo.graph_break()
        return x + 1

    runner = DecodeRunner.__new__(DecodeRunner)
    runner.startup = {"compiled": True}
    runner.compiled = runner.compiled_one = StepCompiler(step, backend="eager")
    assert runner.startup_report() == {"compiled": True}
    runner.compiled(torch.zeros(2))
    assert "graph_break()" in runner.startup_report()["graph_break"]
    runner.compiled = runner.compiled_one = None
    assert runner.startup_report() == {"compiled": True}


def test_the_model_runner_reports_a_prefill_fallback_found_after_startup():
    """A cache too small for the prefill warm-up compiles the prefill at its first step."""
    from fastkernels.engine.serving.decode_step import DecodeRunner
    from fastkernels.engine.serving.model_runner import ModelRunner

    def step(x):
        torch._dynamo.graph_break()
        return x + 1

    runner = ModelRunner.__new__(ModelRunner)
    runner.decoder = DecodeRunner.__new__(DecodeRunner)
    runner.decoder.startup, runner.decoder.compiled, runner.decoder.compiled_one = {"compiled": True}, None, None
    runner.compiled_forward = StepCompiler(step, backend="eager")
    assert runner.startup_report() == {"compiled": True}
    runner.compiled_forward(torch.zeros(2))
    assert "graph_break()" in runner.startup_report()["prefill_graph_break"]
