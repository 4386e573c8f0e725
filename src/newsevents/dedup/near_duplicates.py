"""Near-duplicate articles (wire copies, updated versions) by MinHash over word shingles.

Why MinHash of our own: 64 salted 64-bit hashes of each word 3-shingle give an
unbiased estimate of the Jaccard similarity of two articles' shingle sets in a
few microseconds with numpy, with no extra dependency, and a signature is a
fixed-size list of integers the store can keep beside the article. A light
edit of a wire story keeps most shingles (Jaccard well above 0.5); two outlets
writing the same news in their own words share few (below 0.2).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

import numpy as np

NUM_PERM = 64
SHINGLE = 3
_MASK = (1 << 61) - 1  # a Mersenne prime: the universal hash family's modulus
_WORD = re.compile(r"\w+", re.UNICODE)


def _parameters() -> tuple[np.ndarray, np.ndarray]:
    """Fixed, deterministic permutation parameters (a, b) of the hash family."""
    seed = np.random.default_rng(20240311)
    a = seed.integers(1, _MASK, size=NUM_PERM, dtype=np.uint64)
    b = seed.integers(0, _MASK, size=NUM_PERM, dtype=np.uint64)
    return a, b


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Lower-cased word `size`-grams of `text` (the whole text if it is shorter)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature (NUM_PERM integers) of `text`'s shingle set."""
    items = shingles(text)
    if not items:
        return [int(_MASK)] * NUM_PERM
    hashed = np.array(
        [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest()) for s in items],
        dtype=np.uint64,
    ) & np.uint64(_MASK)
    a, b = _parameters()
    # a*x + b wraps modulo 2**64 (a multiply-add hash family), then keeps 61 bits.
    with np.errstate(over="ignore"):
        mixed = (hashed[:, None] * a[None, :] + b[None, :]) & np.uint64(_MASK)
    return [int(v) for v in mixed.min(axis=0)]


def similarity(first: Sequence[int], second: Sequence[int]) -> float:
    """The estimated Jaccard similarity of two signatures (share of equal minima)."""
    left, right = np.asarray(first, dtype=np.uint64), np.asarray(second, dtype=np.uint64)
    return float(np.mean(left == right))


def best_match(
    sig: Sequence[int], candidates: Sequence[tuple[str, Sequence[int]]], threshold: float
) -> str | None:
    """The id of the most similar candidate at or above `threshold`, or None."""
    if not candidates:
        return None
    matrix = np.asarray([c[1] for c in candidates], dtype=np.uint64)
    scores = (matrix == np.asarray(sig, dtype=np.uint64)[None, :]).mean(axis=1)
    best = int(np.argmax(scores))
    return candidates[best][0] if float(scores[best]) >= threshold else None
