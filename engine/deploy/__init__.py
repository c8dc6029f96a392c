"""Candidates (or baseline rungs) deployed inside a live model, verified, and the score's
prediction of the end-to-end gain.

One job per module: ``identify`` (each module instance's ``exact`` kernel id, by the
analyzer), ``catalog`` (kernel id -> task, candidates and rungs), ``mapping`` (an instance's
constructor arguments -> its task's constructor), ``swap`` (replace in place, strict weight
load), ``verify`` (outputs, greedy tokens, the first diverging module), ``deployment`` (the
three together, and ``swap_in`` for an engine), ``model`` (an architecture built from its
config), ``timing`` (forward and ``generate`` times), ``profile`` and ``predict`` (a serving
profile and the Amdahl prediction), ``sweep`` (every traced architecture, self-swapped).
"""
