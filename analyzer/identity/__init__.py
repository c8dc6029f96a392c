"""Kernel identity: a recorded call normalised into a graph and hashed, at three
granularities, into the kernel ids the cover and the tasks are keyed by."""
