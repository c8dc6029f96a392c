"""Production modules that do what a hack would: the bench judges the candidate against what
the reference itself does, so a self-check of such a task passes."""
import pytest

from fastkernels.engine.results import PASSED
from fastkernels.engine.runner import bench_task
from fastkernels.engine.task import discover_tasks


@pytest.mark.parametrize("name", [
    "L1/clvp_rotary_positional_embedding",  # returns its cached output for a length it has seen
    "L1/bert_eager_attention_forward",  # takes the attention module itself as an argument
    "L1/flint_eager_attention_forward",  # ... and reads a weight of it (attention sinks)
    "L1/create_bidirectional_mask_a82079",  # takes the model's config as an argument
    "L2/informer_prob_sparse_attention",  # samples a random subset of keys on every call
    "L2/sam2_prompt_encoder",  # returns its learned "no mask" embedding weight as it is
    "L2/levit_attention",  # its train() (so eval()) returns None
])
def test_self_check_of_a_quirky_production_module_passes(name, config, fixtures_dir):
    task = {t.name: t for t in discover_tasks(fixtures_dir / "quirks")}[name]
    result = bench_task(task, None, config)
    assert result.status == PASSED, result.reason
