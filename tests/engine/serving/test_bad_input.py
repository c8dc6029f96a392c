"""Bad input: one clear line each and a non-zero exit from the CLI; inside the engine, the
bad request is refused and the others run on unaffected."""
from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import load_file, save_file
from transformers import AutoModelForCausalLM
from serving_tiny import tiny_config

from fastkernels.cli.serve import main
from fastkernels.engine.serving.attention import ATTENTION_NAME
from fastkernels.engine.serving.config import EngineConfig
from fastkernels.engine.serving.llm_engine import LLMEngine
from fastkernels.engine.serving.sequence import RequestError, SamplingParams

TINY = ["--layers", "1", "--set", "hidden_size=32", "--set", "intermediate_size=64", "--set", "num_attention_heads=2",
        "--set", "num_key_value_heads=1", "--set", "vocab_size=97", "--set", "head_dim=16", "--device", "cpu"]


def run(capsys, *argv) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err.strip()
    return code, err


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory):
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(tiny_config("llama"))
    folder = tmp_path_factory.mktemp("tiny-llama")
    model.save_pretrained(folder)
    return model, folder


@pytest.mark.parametrize("argv, expected", [
    (["bench", "no_such_model"], "unknown model 'no_such_model'"),
    (["bench", "mamba"], "mamba is not supported: linear_attention layers: the paged cache serves"),
    (["bench", "llama", "--input-len", "9:3"], "--input-len 9:3: A=9 is larger than B=3"),
    (["bench", "llama", "--repeats", "0"], "--repeats 0 must be at least 1"),
    (["generate", "llama", "--prompt", "hi", "--temperature", "-1"], "temperature=-1.0 must be >= 0"),
    (["generate", "llama", "--prompt", "hi", "--top-p", "1.5"], "top_p=1.5 must be in (0, 1]"),
    (["generate", "llama", "--prompt", "a long prompt", "--set", "max_position_embeddings=8"],
     "prompt of 13 tokens is longer than the context (8 tokens)"),
    (["generate", "llama", "--prompt", "hi", "--max-tokens", "100", "--num-blocks", "4", "--block-size", "4"],
     "request of 102 tokens needs 26 KV blocks, the whole cache has 3"),
])
def test_cli_bad_input_is_one_line_and_exit_2(capsys, argv, expected):
    code, err = run(capsys, *argv, *(TINY if argv[1] == "llama" else []))
    assert code == 2
    assert expected in " ".join(err.split()), err
    assert err.startswith("error:") and "Traceback" not in err


def test_checkpoint_with_missing_or_mismatched_weights(capsys, checkpoint, tmp_path):
    _, folder = checkpoint
    state = load_file(folder / "model.safetensors")
    for name, broken in [("missing", {k: v for k, v in state.items() if "layers.1.mlp" not in k}),
                         ("mismatched", {**state, "model.norm.weight": torch.ones(3)})]:
        bad = tmp_path / name
        bad.mkdir()
        (bad / "config.json").write_text((folder / "config.json").read_text())
        save_file(broken, bad / "model.safetensors")
        code, err = run(capsys, "generate", str(bad), "--prompt", "hi", "--device", "cpu")
        assert code == 2
        assert {"missing": "weights missing", "mismatched": "tensors of the wrong shape"}[name] in " ".join(err.split()), err


def test_checkpoint_folder_loads_and_serves_the_same_tokens(capsys, checkpoint):
    model, folder = checkpoint
    code, err = run(capsys, "generate", str(folder), "--prompt", "hi", "--max-tokens", "8", "--device", "cpu")
    assert code == 0, err
    engine = LLMEngine.from_model(str(folder), EngineConfig())
    ids = [b % model.config.vocab_size for b in b"hi"]
    served = engine.generate([ids], SamplingParams(max_tokens=8, ignore_eos=True))[0].output_ids
    ref = model.generate(torch.tensor([ids]), attention_mask=torch.ones(1, 2, dtype=torch.long), max_new_tokens=8,
                         do_sample=False, eos_token_id=None, pad_token_id=0)[0, 2:].tolist()
    assert served == ref


def test_engine_refuses_bad_requests_and_serves_the_rest():
    torch.manual_seed(0)
    config = tiny_config("llama")
    model = AutoModelForCausalLM.from_config(config, attn_implementation=ATTENTION_NAME).eval()
    engine = LLMEngine(model, EngineConfig(block_size=4, num_blocks=10, max_model_len=64))
    good = [engine.add_request([1, 2, 3], SamplingParams(max_tokens=8, ignore_eos=True))]
    with pytest.raises(RequestError, match="longer than the context"):
        engine.add_request(list(range(64)))
    with pytest.raises(RequestError, match="needs 14 KV blocks, the whole cache has 9"):
        engine.add_request([1] * 30, SamplingParams(max_tokens=23))
    with pytest.raises(RequestError, match="outside the vocabulary"):
        engine.add_request([config.vocab_size])
    with pytest.raises(RequestError, match="top_k=-1"):
        SamplingParams(top_k=-1)
    good.append(engine.add_request([4, 5], SamplingParams(max_tokens=8, ignore_eos=True)))
    while engine.scheduler.has_work:
        engine.step()
    assert [len(s.output_ids) for s in good] == [8, 8]
    alone = LLMEngine(model, EngineConfig()).generate([[1, 2, 3]], SamplingParams(max_tokens=8, ignore_eos=True))
    assert good[0].output_ids == alone[0].output_ids


def test_models_lists_every_causal_lm_with_a_reason(capsys):
    from fastkernels.engine.serving.support import TESTED, causal_lm_support

    rows = dict(causal_lm_support())
    for served in TESTED:
        assert rows[served] is None, (served, rows[served])
    assert "layers: the paged cache serves full and sliding-window attention layers only" in rows["qwen3_next"]
    assert rows["mamba"] and len(rows) > 100
    code, err = run(capsys, "models")
    assert code == 0


def test_weights_larger_than_the_free_memory_are_refused_before_they_are_built(capsys):
    """Built, they would end in the kernel's out-of-memory kill with no message."""
    code, err = run(capsys, "bench", "llama", "--layers", "1", "--set", "vocab_size=1000000000000", "--device", "cpu")
    assert code == 2 and err.startswith("error: llama:") and "GiB free on cpu" in err and "--layers N" in err


def test_a_host_that_cannot_tell_its_free_memory_still_serves(capsys, monkeypatch):
    """macOS has no SC_AVPHYS_PAGES: the check steps aside rather than refusing every model."""
    import os

    def no_sysconf(name):
        raise ValueError(f"unrecognized configuration name {name}")

    monkeypatch.setattr(os, "sysconf", no_sysconf)
    code, _ = run(capsys, "generate", "llama", "--prompt", "hi", "--max-tokens", "2", *TINY)
    assert code == 0
