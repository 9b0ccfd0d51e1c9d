# SPDX-License-Identifier: EUPL-1.2
"""Synthetic BSNs: elfproef-valid numbers, taken from the ranges reserved for testing first.

Every 9-digit number is split into blocks of 100 that share their first seven digits. In
each block at least nine numbers pass the elfproef (the eighth digit has weight 2, which is
invertible modulo 11, so at most one choice of the eighth digit needs a check digit of 10).
We take exactly nine per block, which turns "the k-th synthetic BSN" into O(1) arithmetic.

Order of the sequence (see ``docs/synth.md``):

1. the block 999990000-999999999 (prefix ``99999``, reserved for testing): 900 numbers;
2. the block 000000100-000099999 (prefix ``0000``, reserved for testing): 8,991 numbers;
3. beyond those 9,891 numbers: downward from 999989999, the part of the number space
   furthest from where issuing started. No public range beyond the test ranges is
   guaranteed unissued; see the documentation for what that means.
"""

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]

PER_BLOCK = 9
HIGH_TEST_FIRST_BLOCK = 9_999_900  # 999990000 // 100
HIGH_TEST_COUNT = 100 * PER_BLOCK
LOW_TEST_FIRST_BLOCK = 1  # block 0 would contain 000000000
LOW_TEST_COUNT = 999 * PER_BLOCK
TEST_COUNT = HIGH_TEST_COUNT + LOW_TEST_COUNT
EXTENSION_FIRST_BLOCK = HIGH_TEST_FIRST_BLOCK - 1  # 9999899: numbers 999989900-999989999
_WEIGHTS_FIRST_SEVEN = (9, 8, 7, 6, 5, 4, 3)


def _block_of(sequence: IntArray) -> tuple[IntArray, IntArray]:
    """Block (first seven digits) and position 0..8 within it for each sequence number."""
    high = sequence < HIGH_TEST_COUNT
    low = ~high & (sequence < TEST_COUNT)
    ext = ~high & ~low
    block = np.empty_like(sequence)
    pos = np.empty_like(sequence)
    block[high] = HIGH_TEST_FIRST_BLOCK + sequence[high] // PER_BLOCK
    pos[high] = sequence[high] % PER_BLOCK
    rest = sequence[low] - HIGH_TEST_COUNT
    block[low] = LOW_TEST_FIRST_BLOCK + rest // PER_BLOCK
    pos[low] = rest % PER_BLOCK
    rest = sequence[ext] - TEST_COUNT
    block[ext] = EXTENSION_FIRST_BLOCK - rest // PER_BLOCK
    pos[ext] = rest % PER_BLOCK
    return block, pos


def synthetic_bsn(sequence: IntArray) -> IntArray:
    """The ``sequence``-th synthetic BSN (as an integer; format with 9 digits, zero-padded).

    Injective: different sequence numbers give different BSNs, all passing the elfproef.
    """
    sequence = np.asarray(sequence, dtype=np.int64)
    if sequence.size and int(sequence.min()) < 0:
        raise ValueError("sequence numbers start at 0")
    block, pos = _block_of(sequence)
    weighted = np.zeros_like(block)
    rest = block.copy()
    for weight in reversed(_WEIGHTS_FIRST_SEVEN):
        weighted += weight * (rest % 10)
        rest //= 10
    # eighth digit e needs check digit (weighted + 2e) mod 11; e = 6(10 - S) mod 11 gives 10.
    bad_eighth = (6 * (10 - weighted)) % 11
    eighth = np.where(pos < bad_eighth, pos, pos + 1)
    check = (weighted + 2 * eighth) % 11
    return np.asarray(block * 100 + eighth * 10 + check, dtype=np.int64)


def is_reserved_test_number(bsn: IntArray) -> npt.NDArray[np.bool_]:
    """True where ``bsn`` lies in one of the two ranges reserved for testing."""
    bsn = np.asarray(bsn, dtype=np.int64)
    return (bsn >= HIGH_TEST_FIRST_BLOCK * 100) | (bsn < 100_000)


def invalid_bsn(sequence: IntArray) -> IntArray:
    """Numbers that fail the elfproef (for dirty rows): a test-range BSN with its check digit
    shifted by one, which changes the weighted sum by 1 modulo 11."""
    valid = synthetic_bsn(np.asarray(sequence, dtype=np.int64) % HIGH_TEST_COUNT)
    return valid - valid % 10 + (valid % 10 + 1) % 10


__all__ = ["TEST_COUNT", "invalid_bsn", "is_reserved_test_number", "synthetic_bsn"]
