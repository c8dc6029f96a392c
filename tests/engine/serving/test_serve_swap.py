"""Candidates served: `fk-serve --candidates DIR` swaps each module whose kernel id (computed by
the analyzer) has a candidate, before graphs are captured, and serves the same greedy tokens
when the candidates compute what the modules do."""
from __future__ import annotations

from pathlib import Path

import torch
from transformers import AutoModelForCausalLM
from serving_tiny import tiny_config

from fastkernels.cli.serve import main

CANDIDATES = Path(__file__).parents[2] / "fixtures" / "deploy" / "candidates"


def _served(capsys, folder, *extra) -> tuple[str, str]:
    code = main(["generate", str(folder), "--prompt", "hello", "--max-tokens", "8", "--device", "cpu",
                 "--dtype", "float32", *extra])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out, captured.err


def test_served_candidates_are_swapped_and_give_the_same_tokens(capsys, tmp_path):
    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(tiny_config("llama")).save_pretrained(tmp_path)
    plain, _ = _served(capsys, tmp_path)
    swapped, _ = _served(capsys, tmp_path, "--candidates", str(CANDIDATES))
    assert "tasks swapped: L1/llama_rms_norm, L2/llama_mlp" in swapped, swapped
    assert "module instances 7 swapped;" in swapped, swapped  # 2 layers x (2 norms + the MLP) + the final norm

    def tokens(out):
        return next(line for line in out.splitlines() if line.startswith("output ids"))

    assert tokens(plain) == tokens(swapped)


def test_a_missing_candidates_folder_is_one_line(capsys, tmp_path):
    code = main(["generate", "llama", "--prompt", "hi", "--device", "cpu", "--candidates", str(tmp_path / "none")])
    assert code == 2
    assert "no such folder" in capsys.readouterr().err
