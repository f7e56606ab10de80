"""``blake2b`` from the module ``hashlib`` itself takes it from.

Importing ``hashlib`` loads OpenSSL, ~3 ms of a warm run on one draft, for a hash this
module provides on its own.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

__all__ = ["blake2b"]
