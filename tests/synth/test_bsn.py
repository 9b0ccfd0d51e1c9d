# SPDX-License-Identifier: EUPL-1.2
"""Synthetic BSNs: valid, unique, from the reserved test ranges first."""

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from stuurhuis.privacy.bsn import is_valid_bsn
from stuurhuis.synth.bsn import TEST_COUNT, invalid_bsn, is_reserved_test_number, synthetic_bsn


def text(number: int) -> str:
    return f"{number:09d}"


def test_known_rvig_test_number_comes_first() -> None:
    assert text(int(synthetic_bsn(np.asarray([1]))[0])) == "999990019"


def test_reserved_ranges_hold_9891_numbers_all_valid_and_distinct() -> None:
    numbers = synthetic_bsn(np.arange(TEST_COUNT, dtype=np.int64))
    assert TEST_COUNT == 9_891
    assert len(set(numbers.tolist())) == TEST_COUNT
    assert is_reserved_test_number(numbers).all()
    assert all(is_valid_bsn(text(n)) for n in numbers.tolist())


def test_after_the_reserved_ranges_numbers_leave_them() -> None:
    numbers = synthetic_bsn(np.arange(TEST_COUNT, TEST_COUNT + 1_000, dtype=np.int64))
    assert not is_reserved_test_number(numbers).any()
    assert int(numbers.max()) < 999_990_000


@given(
    st.lists(st.integers(min_value=0, max_value=80_000_000), min_size=1, max_size=200, unique=True)
)
def test_any_sequence_numbers_give_distinct_valid_bsns(sequence: list[int]) -> None:
    numbers = synthetic_bsn(np.asarray(sequence, dtype=np.int64)).tolist()
    assert len(set(numbers)) == len(sequence)
    assert all(is_valid_bsn(text(n)) for n in numbers)


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=100))
def test_invalid_bsns_fail_the_elfproef(sequence: list[int]) -> None:
    numbers = invalid_bsn(np.asarray(sequence, dtype=np.int64)).tolist()
    assert not any(is_valid_bsn(text(n)) for n in numbers)
