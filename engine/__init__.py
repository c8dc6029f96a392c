"""The bench: runs candidate kernels against their tasks in isolated processes and judges
them. `runner` orchestrates; `worker` is the isolated process; `judge` and `correctness`
decide; `hacks` watches the candidate; `timing` and `sol` measure; `results`
and `report` record."""
