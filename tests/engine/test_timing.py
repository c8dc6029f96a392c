"""How the timer lays out its inputs; the timing itself runs on CUDA (test_gpu.py)."""
import torch

from fastkernels.engine import timing


def test_placements_copy_the_input_sets_into_new_memory():
    sets = [(torch.randn(4, 8), 3), (torch.randn(4, 8), 5)]
    placed = timing.placements(sets, 32)
    assert len(placed) == 32 and placed[:2] == sets
    pointers = {inputs[0].data_ptr() for inputs in placed}
    assert len(pointers) == 32
    for k, inputs in enumerate(placed):
        assert torch.equal(inputs[0], sets[k % 2][0]) and inputs[1] == sets[k % 2][1]


def test_placements_stay_within_their_memory_budget(monkeypatch):
    monkeypatch.setattr(timing, "PLACEMENT_INPUT_BYTES", 3 * 64 * 4)
    sets = [(torch.randn(64),)] * 3
    assert len(timing.placements(sets, 32)) == 3 + 3
    monkeypatch.setattr(timing, "PLACEMENT_INPUT_BYTES", 0)
    assert len(timing.placements(sets, 32)) == 3
