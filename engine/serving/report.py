"""A bench document as a table: the engine's figures beside its limits and its peers."""

from __future__ import annotations

from rich.table import Table


def _f(value, digits: int = 0, scale: float = 1.0) -> str:
    return "-" if value is None else f"{value * scale:,.{digits}f}"


def rows(doc: dict) -> list[tuple[str, str, str]]:
    """(what, value, beside it) rows, shared by the console table and the Markdown one."""
    run, b1, limits = doc["engine"], doc["batch1_decode"], doc["limits"]
    startup = doc.get("decode_startup", {})
    out = [
        ("card", doc["device"], f"copy {_f(limits['copy_bytes_per_s'], 2, 1e-12)} TB/s, "
                                f"bf16 matmul {_f(limits['matmul_flops_per_s'], 0, 1e-12)} TFLOP/s"),
        ("model", f"{doc['model']} ({doc['layers']} layers, {doc['parameters'] / 1e9:.2f} B params)",
         f"{doc['dtype']}, attention {doc['attention']}, graphs {doc['cuda_graphs']}, "
         f"fused projection groups {doc.get('fused_projections', 0)}, overlap {doc.get('overlap', False)}"),
        ("batch-1 decode tok/s", _f(b1["tokens_per_s"], 1),
         f"limit {_f(b1['limit_tokens_per_s'], 1)} ({_f(b1['fraction_of_limit'], 1, 100)}%)"),
        ("decode startup s", _f(startup.get("compile_and_warmup_s"), 1),
         f"compile + warm-up (compiled {startup.get('compiled')}), capture {_f(startup.get('capture_s'), 1)} s, "
         f"prefill compile {_f(startup.get('prefill_compile_s'), 1)} s" + "".join(
             f"; {name} compiled with graph breaks ({startup[key][:80]})"
             for name, key in (("decode", "graph_break"), ("prefill", "prefill_graph_break")) if startup.get(key))),
        ("output tok/s", _f(run["output_tokens_per_s"], 0),
         f"{run['output_tokens']:,} tokens in {run['elapsed_s']:.2f} s, {run['preemptions']} preemptions"),
        ("total tok/s", _f(run["total_tokens_per_s"], 0),
         f"compute limit {_f(run['compute_limit_s'], 2)} s, decode bandwidth limit "
         f"{_f(run['decode_bandwidth_limit_s'], 2)} s"),
        ("steps with prompt tokens / decode-only s", f"{_f(run.get('prefill_step_s'), 2)} / "
                                                      f"{_f(run.get('decode_step_s'), 2)}",
         f"{run['steps'] - run['decode_steps']} / {run['decode_steps']} steps, mean decode batch "
         f"{_f(run.get('mean_decode_batch'), 1)}"),
        ("TTFT p50/p90/p99 s", "/".join(_f(run["ttft_s"][k], 3) for k in ("p50", "p90", "p99")), ""),
        ("per-token p50/p90/p99 ms", "/".join(_f(run["tpot_s"][k], 2, 1e3) for k in ("p50", "p90", "p99")), ""),
        ("peak memory GiB", _f(run["peak_memory_bytes"], 1, 2**-30),
         f"KV cache {_f(doc['kv_cache']['bytes'], 1, 2**-30)} GiB ({doc['kv_cache']['tokens']:,} tokens)"),
    ]
    repeats = doc.get("repeats")
    if repeats:
        spread = lambda values, digits: f"{_f(min(values), digits)}–{_f(max(values), digits)}"
        out.append(("runs (median kept)", str(repeats["runs"]),
                    f"output tok/s {spread(repeats['output_tokens_per_s'], 0)}, TTFT p50 "
                    f"{spread(repeats['ttft_p50_s'], 3)} s, batch-1 tok/s {spread(repeats['batch1_tokens_per_s'], 1)}"))
    step = b1.get("step")
    if step:
        out.insert(3, ("batch-1 step ms: wall / graph / host", f"{step['wall_ms_per_step']:.2f} / "
                       f"{step['graph_replay_ms']:.2f} / {step['host_ms_per_step']:.2f}",
                       f"{step['kernels_per_step']} kernels, {_f(step['kernel_ms_per_step'], 2)} ms of kernel time"))
    check = doc.get("greedy_check")
    if check:
        verdict = str(check["all_equal"])
        if "only_near_ties" in check and not check["all_equal"]:  # runs before near-ties were marked lack it
            ties = sum(m["near_tie"] for m in check["divergences"])
            verdict = f"False: {ties} of {len(check['divergences'])} divergences at near-ties"
        out.append(("greedy = HF generate", verdict, f"agreeing steps {check['agreeing_steps']} of {check['steps']}"))
    for peer in doc.get("peers", []):
        batch = f" b{peer['batch_size']}" if "batch_size" in peer else ""
        out.append((f"peer: {peer['peer']}{batch}", _f(peer["output_tokens_per_s"], 0),
                    f"{peer['requests']} requests, {peer['elapsed_s']:.1f} s"))
    if doc.get("speedup_over_best_peer") is not None:
        out.append(("speedup over the faster workload peer", f"{doc['speedup_over_best_peer']:.2f}x", ""))
    return out


def table(doc: dict) -> Table:
    result = Table(title=f"fk-serve bench {doc['model']}: {doc['workload']['requests']} requests")
    for name in ("what", "value", "beside it"):
        result.add_column(name)
    for row in rows(doc):
        result.add_row(*row)
    return result


def markdown(doc: dict) -> str:
    lines = ["| what | value | beside it |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows(doc)]
    return "\n".join(lines) + "\n"
