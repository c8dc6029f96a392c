"""Keyed digests of stored results, so that a resumed run trusts only what the bench wrote.

Each results folder has its own random key (`.key`, created on first use). The sandbox
never sees it (the bench hides the file from every worker), so no candidate can sign a
result of its own; a stored result whose digest does not match its task file, its
candidate file and its own content is benched again.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from pathlib import Path

KEY_FILE = ".key"


def key_path(results_dir: Path) -> Path:
    return Path(results_dir) / KEY_FILE


def results_key(results_dir: Path) -> bytes:
    """The folder's key, made on first use (readable by its owner only)."""
    path = key_path(results_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return bytes.fromhex(path.read_text().strip())
    with os.fdopen(descriptor, "w") as handle:
        handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def _file_digest(path: Path | None) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else "none"


def sign(record: dict, task_path: Path, candidate_path: Path | None, key: bytes) -> str:
    """HMAC-SHA256 over the task file, the candidate file and the record without its digest."""
    body = json.dumps({k: v for k, v in record.items() if k != "digest"}, sort_keys=True)
    message = "\n".join([_file_digest(task_path), _file_digest(candidate_path), body]).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify(record: dict, task_path: Path, candidate_path: Path | None, key: bytes) -> bool:
    return hmac.compare_digest(record.get("digest") or "", sign(record, task_path, candidate_path, key))
