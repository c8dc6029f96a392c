"""The isolated processes: `main([role, REQUEST, RESULT])` in a process that `isolation`
forks for each side (`python -m fastkernels.engine.worker reference|candidate REQUEST RESULT`
runs one by hand, to reproduce a verdict).

Each process runs one window of the task's checks (the parent plans them, see `memory`):
the reference process builds Model with re-drawn weights, draws every round's inputs, runs
them and times the baselines; it writes the inputs (for the candidate) apart from the
outputs (for the judge only). The candidate process receives weights and inputs, never the
expected outputs, runs ModelNew under the behavioural checks of `hacks`, and returns what
it computed. Both write one result file that the parent loads with `weights_only=True`.
An input is returned after the call only where the call changed it, so that what a window
holds is its inputs and its outputs, not a third copy.
"""
from __future__ import annotations

import faulthandler
import json
import sys
import threading
from pathlib import Path

import torch
from transformers.utils import logging as transformers_logging

from fastkernels.engine import hacks, sandbox, tensors, timing
from fastkernels.engine.correctness import compare_outputs, spread
from fastkernels.engine.envelope import HighPrecision, envelopes
from fastkernels.baselines.ladder import baseline_ladder
from fastkernels.engine.hacks import DelegationCounter, Guards, RewardHack
from fastkernels.engine.loader import Failure, check_signature, load_candidate, one_line
from fastkernels.engine.task import load_module
from fastkernels.engine.tensors import aliased_input, case_dtype, clone, leaves, shares_memory, tensor_bytes, tensor_leaves, to_device
from fastkernels.engine.timing import TimingConfig, measure


def build_model(cls: type, task, case: int, device: str) -> torch.nn.Module:
    """The task's Model (or the candidate's ModelNew) for one case, on the device in the case's
    dtype, in eval mode: built the same way in both processes and by the baseline ladder
    (``ladder_run``), so that every side computes with the same module."""
    model = cls(*task.get_init_inputs(case))
    model.to(device=device, dtype=case_dtype(task.CASES[case]))
    model.eval()  # not chained: a production module may override eval() or train() to return None
    return model


def seed_call(seed: int) -> None:
    """Each call starts from an RNG state given by its round, the same on both sides (and for
    the baseline ladder's rungs), so that a production module that samples (dropout-like
    masks, random key subsets) is reproducible and a candidate drawing the same numbers
    matches it."""
    torch.manual_seed(seed + 1)


def draw_inputs(task, check: dict, seed: int) -> list:
    """A check's inputs for one round, drawn from the round's seed (at the check's held-out
    dims where it has them): the reference process and the baseline ladder draw the same."""
    torch.manual_seed(seed)
    return task.get_inputs(check["case"], check["dims"]) if check["dims"] else task.get_inputs(check["case"])


def _sync(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


def on_host(outputs) -> list:
    """The output leaves, tensors copied to the host (for the judge, in the parent; the
    baseline ladder compares its rungs' outputs the same way)."""
    return [leaf.cpu() if isinstance(leaf, torch.Tensor) else leaf for leaf in leaves(outputs)]


def _changed(args, originals) -> list:
    """Each argument leaf after the call where the call changed it (on the host), else None."""
    return [leaf.cpu() if isinstance(leaf, torch.Tensor) and not torch.equal(leaf.cpu(), before) else None
            for leaf, before in zip(leaves(args), leaves(originals))]


def _record(outputs, args, originals, device: str) -> dict:
    _sync(device)
    return {"outputs": on_host(outputs), "inputs_after": _changed(args, originals),
            "aliases": [aliased_input(leaf, args) for leaf in tensor_leaves(outputs)]}


def run_reference(request: dict) -> dict:
    device = request["device"]
    task = load_module(Path(request["task"]), "fk_task")
    config = TimingConfig(**request["timing"])
    checks = request["checks"]
    models, states = {}, {}
    for case in sorted({check["case"] for check in checks}):
        models[case] = build_model(task.Model, task, case, device)
        states[case] = tensors.redraw_weights(models[case], request["seed"] + case)
    bundle_checks, expected_checks, baselines = [], [], {}
    for check in checks:
        model = models[check["case"]]
        rounds, expected, earlier, spreads, envelope = [], [], [], None, None
        high = HighPrecision(model)  # per check, so that its float64 copy leaves with the check's window
        try:
            for seed in check["seeds"]:
                args = draw_inputs(task, check, seed)
                rounds.append(clone(args))
                args = to_device(args, device)
                seed_call(seed)
                before = hacks.rng_state()
                outputs = model(*args)
                record = _record(outputs, args, rounds[-1], device)
                # the input as drawn, where the call changed it: a candidate that leaves it is judged by it
                record["inputs_before"] = [None if after is None else drawn
                                           for after, drawn in zip(record["inputs_after"], leaves(rounds[-1]))]
                record["rng_used"] = hacks.rng_state_differs(before)
                expected.append(record)
                _note_reference_outputs(check, tensor_leaves(outputs), earlier, model)
                # The reference again on the same data: its own run-to-run spread, the largest
                # over the rounds (atomic accumulation differs more on some data than on other).
                seed_call(seed)
                again = model(*to_device(clone(rounds[-1]), device))
                _note_reference_outputs(check, tensor_leaves(again), earlier, model)
                measured = spread(on_host(again), record["outputs"])
                spreads = measured if spreads is None else [max(a, b) for a, b in zip(spreads, measured)]
                # The same module in float64 on the same inputs: the reference's own rounding.
                # (widened into copies: on the host the drawn inputs need no copy of their own)
                drawn = rounds[-1] if device == "cpu" else clone(rounds[-1])
                exact = high.outputs(to_device(drawn, device), lambda: seed_call(seed))
                if exact is not None:
                    found = envelopes(record["outputs"], on_host(exact))
                    envelope = found if envelope is None else [max(a, b) for a, b in zip(envelope, found)]
                del exact
        except Exception as error:
            if not check["held_out"]:
                raise
            expected_checks.append({"error": one_line(error)})  # not a valid shape for this task
            bundle_checks.append({"rounds": []})
            continue
        out_bytes = tensor_bytes(expected[0]["outputs"])
        bundle_checks.append({"rounds": rounds, "out_bytes": out_bytes})
        expected_checks.append({"rounds": expected, "error": None, "spreads": spreads, "envelopes": envelope,
                                "precision": high.precision, "precision_note": high.note})
        if check["timed"]:
            input_sets = [to_device(clone(r), device) for r in rounds]
            baselines[str(check["index"])] = {name: measure(fn, input_sets, device, config).to_dict()
                                     for name, fn in _correct_rungs(task.KERNEL, model, device, rounds[0], expected[0],
                                                                    check["seeds"][0], tuple(request["baselines"]))}
    torch.save({"states": states, "checks": tensors.portable(bundle_checks)}, request["inputs_path"])
    return {"status": "OK", "plan": checks, "checks": expected_checks, "baselines": baselines}


def _note_reference_outputs(check: dict, outputs: list, earlier: list, model) -> None:
    """What the production module itself does with its outputs, so that the candidate is not
    flagged for the same: outputs left on the CPU (a size computed on the host), memory
    returned again (a module that caches an output depending only on a length), or a weight
    returned as it is (a prompt encoder's learned "no mask" embedding)."""
    devices = set(check.get("reference_output_devices", [])) | {t.device.type for t in outputs}
    check["reference_output_devices"] = sorted(devices)
    reused = any(shares_memory(t, old) for t in outputs for old in earlier)
    check["reference_reuses_outputs"] = check.get("reference_reuses_outputs", False) or reused
    weights = list(model.parameters()) + list(model.buffers())
    returns_weight = any(shares_memory(t, w) for t in outputs for w in weights)
    check["reference_returns_weights"] = check.get("reference_returns_weights", False) or returns_weight
    earlier.extend(outputs)


def _correct_rungs(kernel: dict, model, device: str, args: list, expected: dict, seed: int,
                   names: tuple[str, ...]) -> list:
    """The baseline rungs that compute the reference's function on this case's inputs (the
    eager reference is one by definition: it produced the expected outputs)."""
    ladder = baseline_ladder(kernel, model, device, names)
    rungs = ladder[:1]
    for name, fn in ladder[1:]:
        seed_call(seed)
        try:
            got = _record(fn(*to_device(clone(args), device)), args, args, device)["outputs"]
        except Exception:  # a rung that cannot run this case is not a baseline for it
            continue
        mismatch, _ = compare_outputs(got, expected["outputs"], f"baseline {name}")
        if mismatch is None:
            rungs.append((name, fn))
    return rungs


def _warm_up(models: dict, checks: list, inputs: list, device: str) -> None:
    """One unjudged call per case, so that compilation and autotuning (and the worker threads
    a compiler keeps, such as Inductor's) happen before the judged calls look for new threads.
    Asynchronous work is still caught by the judged calls' output-stability check."""
    cpu_rng = torch.random.get_rng_state()
    cuda_rng = torch.cuda.get_rng_state_all() if device == "cuda" else None
    done = set()
    for check, check_inputs in zip(checks, inputs):
        if check["case"] in done or not check_inputs["rounds"]:
            continue
        done.add(check["case"])
        with torch.no_grad():
            models[check["case"]](*to_device(clone(check_inputs["rounds"][0]), device))
        _sync(device)
    # Restored, so that a candidate that seeds or draws from the global RNG on every call is
    # still seen doing so by the judged calls.
    torch.random.set_rng_state(cpu_rng)
    if cuda_rng is not None:
        torch.cuda.set_rng_state_all(cuda_rng)


class _Caller:
    """Calls the candidate once under every per-call check."""

    def __init__(self, device: str, guards: Guards, counter: DelegationCounter | None) -> None:
        self.device, self.guards, self.counter = device, guards, counter
        self.delegated_calls = 0

    def __call__(self, model, originals, where: str, earlier: list, out_bytes: int, check: dict, seed: int) -> dict:
        args = to_device(clone(originals), self.device)
        devices = set(check.get("reference_output_devices", [])) | {self.device}
        reuse_allowed = check.get("reference_reuses_outputs", False)
        weights_allowed = check.get("reference_returns_weights", False)
        _poison_allocator(self.device, out_bytes)
        seed_call(seed)
        self.guards.refresh_rng()
        threads = set(threading.enumerate())
        calls = self.counter.calls if self.counter else 0
        try:
            outputs = model(*args)
        except (RewardHack, Failure):
            raise
        except SystemExit:
            raise RewardHack(f"tried to exit the process during {where}") from None
        except Exception as error:
            raise Failure("RUNTIME_ERROR", f"{where}: {one_line(error)}") from None
        if self.counter:
            self.delegated_calls += self.counter.calls - calls
        running = hacks.new_threads(threads)
        if running:
            raise RewardHack(f"left threads running after {where} returned: {', '.join(running)}")
        hacks.check_settled(outputs, self.device, f"({where})")
        self.guards.check(f"during {where}")
        rng_used = self.guards.rng_changed()
        hacks.check_outputs(outputs, model, earlier, devices, reuse_allowed, weights_allowed)
        earlier.extend(tensor_leaves(outputs))
        record = _record(outputs, args, originals, self.device)
        record["rng_used"] = rng_used
        return record


def _poison_allocator(device: str, nbytes: int) -> None:
    """Fill the caching allocator's free blocks with NaN, so that an output left unwritten
    (torch.empty without a kernel) cannot inherit a correct value from freed memory."""
    if device == "cuda" and nbytes:
        torch.full((2 * nbytes // 4 + 1,), float("nan"), device="cuda")


def run_candidate(request: dict) -> dict:
    device = request["device"]
    task = load_module(Path(request["task"]), "fk_task")
    bundle = tensors.restore(torch.load(request["inputs_path"], weights_only=True))
    candidate_path = request["candidate"]
    counter = DelegationCounter(task, task.KERNEL.get("qualname")) if candidate_path else None
    guards = Guards([sys.modules[__name__], hacks, tensors, timing])
    cls = load_candidate(Path(candidate_path)) if candidate_path else task.Model
    guards.check("while the candidate was imported")
    if guards.rng_changed():
        raise RewardHack("seeded or drew from the global RNG while being imported")
    check_signature(cls, task.Model)
    models = {}
    for case, state in bundle["states"].items():
        try:
            models[case] = build_model(cls, task, case, device)
        except Exception as error:
            raise Failure("RUNTIME_ERROR", f"ModelNew(...) failed for case {case}: {one_line(error)}") from None
        try:
            tensors.load_weights(models[case], state, device)
        except RuntimeError as error:
            raise Failure("RUNTIME_ERROR", "weights do not load into ModelNew (strict load_state_dict): "
                          + " ".join(str(error).split())[:300]) from None
    guards.check("while ModelNew was built")
    _warm_up(models, request["checks"], bundle["checks"], device)
    guards.check("during the warm-up call")
    caller = _Caller(device, guards, counter)
    config = TimingConfig(**request["timing"])
    results, timings = [], {}
    for check, inputs in zip(request["checks"], bundle["checks"]):
        model, rounds, repeat, earlier = models[check["case"]], [], [], []
        where = f"case {check['case']}" + (f" {check['dims']}" if check["held_out"] else "")
        for r, args in enumerate(inputs["rounds"]):
            rounds.append(caller(model, args, f"{where} round {r}", earlier, inputs["out_bytes"], check, check["seeds"][r]))
            # Same data in new storage: a cache keyed on content or address must still be right.
            # (The reference made the same pair of calls, so a module with state sees the same.)
            repeat.append(caller(model, args, f"{where} round {r} repeat", earlier, inputs["out_bytes"], check,
                                 check["seeds"][r]))
        results.append({"rounds": rounds, "repeat": repeat})
        del earlier
        if check["timed"] and inputs["rounds"]:
            input_sets = [to_device(clone(r), device) for r in inputs["rounds"]]
            # Graph capture may recompile a compiled candidate, and its compiler keeps worker
            # threads: new threads are judged on the judged calls above, not here.
            timings[str(check["index"])] = measure(model, input_sets, device, config).to_dict()
            guards.check("while being timed")
    return {"status": "OK", "checks": results, "timings": timings,
            "delegated_calls": caller.delegated_calls if counter else 0}


def _blocked(error: Exception) -> dict | None:
    """An error that is the sandbox refusing an operation (a write outside the private
    folder, a connection) names that violation, wherever it surfaced."""
    violation = sandbox.violation(error)
    return {"status": "SANDBOX_VIOLATION", "reason": violation} if violation else None


def main(argv: list[str] | None = None) -> None:
    role, request_path, result_path = argv or sys.argv[1:]
    request = json.loads(Path(request_path).read_text())
    private = Path(result_path).parent  # request paths are relative to the private folder
    for key in ("task", "candidate"):
        request[key] = str(private / request[key]) if request.get(key) else None
    request["inputs_path"] = str(private / request["inputs"])
    faulthandler.enable()  # a segfault in a kernel names the Python frame it came from
    hacks.set_numeric_mode()
    # A production module's per-call warnings are not output the cap should count.
    transformers_logging.set_verbosity_error()
    if request["device"] == "cuda":
        torch.cuda.init()  # before any snapshot, so that the CUDA RNG is in every one of them
    started_rss = _memory_kib("VmRSS")
    try:
        with torch.no_grad():
            result = run_reference(request) if role == "reference" else run_candidate(request)
    except RewardHack as hack:
        result = {"status": "REWARD_HACK", "reason": str(hack)}
    except Failure as failure:
        result = _blocked(failure) or {"status": failure.status, "reason": failure.reason}
    except SystemExit:
        result = {"status": "REWARD_HACK", "reason": "tried to exit the process"}
    except Exception as error:
        result = _blocked(error) or {"status": "RUNTIME_ERROR", "reason": one_line(error)}
    result["memory"] = {"started_bytes": started_rss * 1024, "peak_bytes": _memory_kib("VmHWM") * 1024}
    torch.save(result, result_path)


def _memory_kib(field: str) -> int:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM), in KiB; 0 where
    /proc has no such line. What the bench states in its result, for each window."""
    try:
        with open("/proc/self/status") as status:
            return next((int(line.split()[1]) for line in status if line.startswith(field + ":")), 0)
    except OSError:
        return 0


if __name__ == "__main__":
    main()
