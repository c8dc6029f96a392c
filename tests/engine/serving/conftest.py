"""Serving tests run tiny models, whose many small ops are fastest on one thread (and much
slower when a busy machine's cores are shared between intra-op threads)."""
from __future__ import annotations

import pytest
import torch


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)
