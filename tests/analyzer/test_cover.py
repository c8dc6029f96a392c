"""Set cover: exact answers against hand-made optima, brute force and the greedy baseline."""

import itertools
import json
import math
import random

import pytest

from fastkernels.analyzer.cover.cover import (
    greedy_max_coverage,
    greedy_min_representatives,
    max_coverage,
    min_representatives,
)
from fastkernels.analyzer.cover.curve import coverage_curve, plot_curve

# Greedy takes the hub "x" first (it subsumes four small architectures), then needs both "p"
# and "q" anyway; "p" and "q" alone subsume everything.
TRAP = {
    "p": frozenset({"k1", "k2", "k3"}),
    "q": frozenset({"k4", "k5", "k6"}),
    "x": frozenset({"k2", "k3", "k4", "k5"}),
    "s23": frozenset({"k2", "k3"}),
    "s45": frozenset({"k4", "k5"}),
    "s24": frozenset({"k2", "k4"}),
    "s35": frozenset({"k3", "k5"}),
}


def _random_instance(seed: int, n_archs: int, n_kernels: int) -> dict[str, frozenset[str]]:
    rng = random.Random(seed)
    kernels = [f"k{i}" for i in range(n_kernels)]
    return {
        f"a{i}": frozenset(rng.sample(kernels, rng.randint(0, min(4, n_kernels)))) for i in range(n_archs)
    }


def _subsumed(instance, reps) -> int:
    available = frozenset().union(*(instance[r] for r in reps))
    return sum(kernels <= available for kernels in instance.values())


def _brute_max_coverage(instance, budget: int) -> int:
    return max(
        _subsumed(instance, reps)
        for size in range(budget + 1)
        for reps in itertools.combinations(sorted(instance), min(size, len(instance)))
    )


def _brute_min_representatives(instance, need: int) -> int:
    return next(
        size
        for size in range(len(instance) + 1)
        if any(_subsumed(instance, reps) >= need for reps in itertools.combinations(sorted(instance), size))
    )


def test_exact_beats_greedy_on_the_trap():
    exact = min_representatives(TRAP, 1.0)
    greedy = greedy_min_representatives(TRAP, 1.0)
    assert exact.representatives == ["p", "q"]
    assert greedy.representatives == ["p", "q", "x"]
    assert greedy.greedy.order == ["x", "p", "q"]
    assert exact.objective < greedy.objective
    assert exact.greedy.representatives == greedy.objective  # the summary carries the baseline
    assert exact.not_subsumed == {}


def test_max_coverage_with_a_budget():
    assert max_coverage(TRAP, 0).subsumed == []
    one = max_coverage(TRAP, 1)
    assert one.representatives == ["x"] and one.objective == 5
    assert one.not_subsumed == {"p": ["k1"], "q": ["k6"]}
    two = max_coverage(TRAP, 2)
    assert two.representatives == ["p", "q"] and two.objective == 7
    assert greedy_max_coverage(TRAP, 2).objective == 6
    # Spare budget buys nothing, and the answer uses no more representatives than it needs.
    assert max_coverage(TRAP, 5).representatives == ["p", "q"]


def test_target_rounding():
    disjoint = {f"a{i:03d}": frozenset({f"k{i}"}) for i in range(425)}
    result = min_representatives(disjoint, 0.962)
    assert result.need == 409 == result.objective  # 0.962 * 425 = 408.85
    ten = dict(list(disjoint.items())[:10])
    assert min_representatives(ten, 0.7).need == 7  # 0.7 * 10 is 7.000000000000001 in floats
    assert min_representatives(ten, 0.0).objective == 0
    with pytest.raises(ValueError):
        min_representatives(ten, 1.5)


def test_ties_go_to_names_and_results_are_deterministic():
    abc = {"c": frozenset({"k3"}), "b": frozenset({"k2"}), "a": frozenset({"k1"})}
    assert max_coverage(abc, 2).representatives == ["a", "b"]
    assert min_representatives(abc, 2 / 3).representatives == ["a", "b"]
    assert greedy_max_coverage(abc, 2).representatives == ["a", "b"]

    instance = _random_instance(7, 40, 25)
    shuffled = dict(random.Random(1).sample(list(instance.items()), len(instance)))
    runs = [max_coverage(inst, 6) for inst in (instance, instance, shuffled)]
    runs += [min_representatives(inst, 0.8) for inst in (instance, instance, shuffled)]
    for a, b in [(runs[0], runs[1]), (runs[0], runs[2]), (runs[3], runs[4]), (runs[3], runs[5])]:
        a_json, b_json = a.to_json(), b.to_json()
        a_json.pop("seconds"), b_json.pop("seconds")
        assert a_json == b_json


def test_dominance_keeps_one_of_equal_sets_and_changes_no_answer():
    twins = {**TRAP, "pp": TRAP["p"], "a_p": TRAP["p"]}
    result = min_representatives(twins, 1.0)
    assert result.reductions.candidates_after == 3  # "a_p", "q", "x"
    assert result.representatives == ["a_p", "q"]
    for seed in range(5):
        instance = _random_instance(seed, 12, 8)
        for budget in (1, 2, 3):
            assert max_coverage(instance, budget).objective == max_coverage(instance, budget, reduce=False).objective
        for target in (0.5, 0.9, 1.0):
            reduced = min_representatives(instance, target)
            assert reduced.objective == min_representatives(instance, target, reduce=False).objective
            assert len(reduced.subsumed) >= reduced.need


def test_optimal_flag_and_dual_bound():
    for result in (min_representatives(TRAP, 1.0), max_coverage(TRAP, 1), max_coverage(TRAP, 2)):
        assert result.method == "milp"
        assert result.optimal and result.dual_bound == result.objective and result.gap == 0
        json.dumps(result.to_json())
    assert greedy_max_coverage(TRAP, 1).dual_bound is None


@pytest.mark.parametrize("seed", range(12))
def test_random_instances_match_brute_force(seed):
    instance = _random_instance(100 + seed, 6 + seed % 5, 7)
    total = len(instance)
    for budget in range(total + 1):
        result = max_coverage(instance, budget)
        assert result.optimal and result.objective == _brute_max_coverage(instance, budget)
        assert result.objective >= greedy_max_coverage(instance, budget).objective
    for target in (0.3, 0.6, 0.85, 1.0):
        result = min_representatives(instance, target)
        need = math.ceil(target * total - 1e-9)
        assert result.optimal and result.objective == _brute_min_representatives(instance, need)
        assert len(result.subsumed) >= need


def test_curve_is_monotone_and_plots(tmp_path):
    instance = _random_instance(3, 30, 20)
    points = coverage_curve(instance, 8, time_limit_per_point=5.0)
    assert [p["k"] for p in points] == list(range(1, 9))
    for before, after in zip(points, points[1:]):
        assert before["exact"] <= after["exact"] and before["greedy"] <= after["greedy"]
    assert all(p["greedy"] <= p["exact"] and p["optimal"] for p in points)
    trap = coverage_curve(TRAP, 3)
    assert [(p["exact"], p["greedy"]) for p in trap] == [(5, 5), (7, 6), (7, 7)]

    svg, png = tmp_path / "curve.svg", tmp_path / "curve.png"
    plot_curve(points, svg, reference=(4, 20))
    first = svg.read_bytes()
    plot_curve(points, svg, reference=(4, 20))
    assert svg.read_bytes() == first and b"<svg" in first
    plot_curve(points, png)
    assert png.read_bytes().startswith(b"\x89PNG")


def test_among_minimal_covers_the_canonical_architecture_wins():
    # Two covers of two: {a_moe, z} and {llama, z} (llama's kernels are a subset of a_moe's).
    instance = {"a_moe": frozenset({"k1", "k2"}), "llama": frozenset({"k1"}), "z": frozenset({"k2", "k3"})}
    plain = min_representatives(instance, 1.0)
    assert plain.representatives == ["a_moe", "z"]  # dominance and names alone pick the first by name
    preferred = min_representatives(instance, 1.0, preference={"llama": 3, "a_moe": 1})
    assert preferred.representatives == ["llama", "z"] and preferred.objective == 2
    assert [tier.objective for tier in preferred.tiers][:2] == ["representatives", "canonical weight"]
    assert all(tier.optimal and tier.value == tier.dual_bound for tier in preferred.tiers)
    assert preferred.tiers[1].value == 3
    # Required representatives cost what the MILP says: here one more.
    required = min_representatives(instance, 1.0, preference={"llama": 3}, require=("a_moe", "llama"))
    assert required.representatives == ["a_moe", "llama", "z"] and required.optimal
    with pytest.raises(ValueError):
        min_representatives(instance, 1.0, require=("nobody",))


def test_left_out_architectures_are_those_whose_missing_kernels_serve_fewest():
    # One representative subsumes two of four either way: a_x (its kx serves only a_x) or b_y
    # (its ky also serves w). Names would keep a_x; the kernel uses served keep b_y.
    instance = {
        "base": frozenset({"k0"}), "a_x": frozenset({"k0", "kx"}),
        "b_y": frozenset({"k0", "ky"}), "w": frozenset({"ky", "kw"}),
    }
    result = min_representatives(instance, 0.5)
    assert result.representatives == ["b_y"]
    assert sorted(result.not_subsumed) == ["a_x", "w"]
    served = [tier for tier in result.tiers if tier.objective == "kernel uses served"]
    assert served and served[0].value == 5 and served[0].optimal
