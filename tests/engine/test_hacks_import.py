"""The guard against rebinding the bench's functions does not flag torch's own rebinding:
importing ``torch._dynamo`` for the first time wraps ``torch.manual_seed`` in
``torch._disable_dynamo``, and a candidate whose library (Liger-Kernel's ops) triggers that
import was reported as a reward hack. Any other wrapper of it still is one."""
import subprocess
import sys


def _guarded(candidate: str) -> subprocess.CompletedProcess:
    """Run ``candidate`` (lines of Python) in a fresh interpreter between setting up the
    bench's guards and checking them; prints ``ok`` or the reward hack."""
    code = ("import torch\n"
            "from fastkernels.engine.hacks import Guards, RewardHack\n"
            "guards = Guards([])\n"
            f"{candidate}"
            "try:\n"
            "    guards.check('while the candidate was imported')\n"
            "    print('ok')\n"
            "except RewardHack as hack:\n"
            "    print(hack)\n")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)


def test_first_import_of_torch_dynamo_after_the_guards_is_not_a_hack():
    done = _guarded("import torch._dynamo\n")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ok"


def test_a_candidate_rebinding_manual_seed_is_still_caught():
    done = _guarded("torch.manual_seed = lambda seed: None\n")
    assert "torch.manual_seed was replaced" in done.stdout, done.stderr[-2000:]


def test_a_look_alike_wrapper_of_manual_seed_is_still_caught():
    done = _guarded("import functools\n"
                    "original = torch.manual_seed\n"
                    "@functools.wraps(original)\n"
                    "def seed(value):\n"
                    "    return original(0)\n"
                    "torch.manual_seed = seed\n")
    assert "torch.manual_seed was replaced" in done.stdout, done.stderr[-2000:]
