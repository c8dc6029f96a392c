"""Element-wise judging: tolerances per dtype, non-finite values, shapes, input mutation."""
import pytest
import torch

from fastkernels.engine.correctness import TOLERANCES, compare, compare_inputs, compare_outputs, spread


def test_within_tolerance_passes_and_reports_error():
    ref = torch.linspace(-2, 2, 100)
    mismatch, error = compare(ref + 5e-6, ref, "x")
    assert mismatch is None
    assert error > 0


def test_worst_element_is_reported():
    ref = torch.zeros(4, 5)
    got = ref.clone()
    got[1, 2], got[3, 4] = 1e-3, 5e-3
    mismatch, _ = compare(got, ref, "x")
    assert mismatch.index == [3, 4]
    assert mismatch.got == pytest.approx(5e-3) and mismatch.expected == 0.0


def test_bf16_is_looser_than_fp32():
    ref = torch.ones(8)
    assert compare((ref + 1e-2).bfloat16(), ref.bfloat16(), "x")[0] is None
    assert compare(ref + 1e-3, ref, "x")[0] is not None
    assert TOLERANCES[torch.bfloat16] > TOLERANCES[torch.float32]


def test_non_finite_fails_unless_reference_matches():
    ref = torch.tensor([1.0, float("-inf"), 3.0])
    assert compare(ref.clone(), ref, "x")[0] is None
    got = ref.clone()
    got[0] = float("nan")
    assert "non-finite" in compare(got, ref, "x")[0].reason
    got = ref.clone()
    got[1] = 0.0
    assert compare(got, ref, "x")[0] is not None


def test_shape_dtype_and_count_must_match():
    ref = torch.zeros(2, 3)
    assert "shape" in compare(torch.zeros(3, 2), ref, "x")[0].reason
    assert "dtype" in compare(torch.zeros(2, 3, dtype=torch.float64), ref, "x")[0].reason
    assert "2 outputs" in compare_outputs([ref, ref], [ref], "x")[0].reason
    assert compare(torch.tensor([1, 2]), torch.tensor([1, 3]), "x")[0].index == [1]


def test_inputs_untouched_by_reference_must_stay_untouched():
    before = torch.randn(4)
    assert compare_inputs([None], [None], [None], "x") is None
    assert "modified" in compare_inputs([None], [None], [before + 1], "x").reason


def test_inputs_mutated_by_reference_must_end_the_same():
    before, after = torch.zeros(4), torch.ones(4)
    assert compare_inputs([before], [after], [after.clone()], "x") is None
    assert "in-place update" in compare_inputs([before], [after], [before + 0.5], "x").reason
    assert "in-place update" in compare_inputs([before], [after], [None], "x").reason  # left as drawn


def test_a_nondeterministic_reference_widens_atol_by_its_own_spread():
    first = torch.zeros(3, 4, dtype=torch.bfloat16)
    second = first.clone()
    second[2, 1] = 1.0  # the reference itself gave 1 here on its second call
    spreads = spread([first, torch.tensor(3)], [second, torch.tensor(3)])
    assert spreads == [1.0, 0.0]
    got = first.clone()
    got[0, 0] = 1.5
    assert compare_outputs([got], [first], "x")[0] is not None
    assert compare_outputs([got], [first], "x", spreads[:1])[0] is None
    got[0, 0] = 2.5  # beyond twice the spread
    mismatch, _ = compare_outputs([got], [first], "x", spreads[:1])
    assert mismatch is not None and "spread" in mismatch.reason


def test_a_deterministic_reference_has_no_spread():
    ref = torch.randn(5, 5)
    assert spread([ref, None], [ref.clone(), None]) == [0.0, 0.0]
