"""Unit tests of tools/identifiers.py: PPR and CIN normalisation and validation.

PPR: the payroll number of a civil servant, 5 to 8 digits.
CIN: the national identity card number, 1 or 2 letters then 1 to 6 digits.
"""

import pytest

from addon_files import load_tool_module


@pytest.fixture(scope="module")
def identifiers():
    return load_tool_module("identifiers")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1234567", "1234567"),
        (" 123 4567 ", "1234567"),
        ("12\t345\n", "12345"),
        ("1 2 3 4 5 6 7 8", "12345678"),
    ],
)
def test_normalize_ppr_removes_whitespace(identifiers, raw, expected):
    assert identifiers.normalize_ppr(raw) == expected


@pytest.mark.parametrize("empty", [None, "", False])
def test_normalize_ppr_keeps_empty_values(identifiers, empty):
    assert identifiers.normalize_ppr(empty) is empty


@pytest.mark.parametrize("value", ["12345", "123456", "1234567", "12345678", "00012"])
def test_is_valid_ppr_accepts_5_to_8_digits(identifiers, value):
    assert identifiers.is_valid_ppr(value) is True


@pytest.mark.parametrize(
    "value",
    [
        "1234",  # 4 digits: too short
        "123456789",  # 9 digits: too long
        "12a456",  # a letter
        "123-4567",  # a dash: normalize_ppr keeps it
        " 12345",  # not normalised
        "12345\n",  # a trailing newline, which re's "$" would let through
        "١٢٣٤٥٦٧",  # Arabic-Indic digits
        "",
        None,
    ],
)
def test_is_valid_ppr_rejects_bad_values(identifiers, value):
    assert identifiers.is_valid_ppr(value) is False


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("AB123456", "AB123456"),
        ("ab123456", "AB123456"),
        (" ab 123456 ", "AB123456"),
        ("j-123456", "J123456"),
        ("Ab - 12 34", "AB1234"),
        ("\tx1\n", "X1"),
    ],
)
def test_normalize_cin_uppercases_and_strips(identifiers, raw, expected):
    assert identifiers.normalize_cin(raw) == expected


@pytest.mark.parametrize("empty", [None, "", False])
def test_normalize_cin_keeps_empty_values(identifiers, empty):
    assert identifiers.normalize_cin(empty) is empty


@pytest.mark.parametrize("value", ["J1", "J123456", "AB1", "AB123456", "BK98765"])
def test_is_valid_cin_accepts_letters_then_digits(identifiers, value):
    assert identifiers.is_valid_cin(value) is True


@pytest.mark.parametrize(
    "value",
    [
        "ABC123",  # 3 letters
        "A1234567",  # 7 digits
        "123456",  # no letter
        "AB",  # no digit
        "1AB234",  # digits before letters
        "ab123456",  # lowercase: not normalised
        "A-123",  # a dash: not normalised
        "J123456\n",  # a trailing newline, which re's "$" would let through
        "É12345",  # a letter outside A-Z
        "",
        None,
    ],
)
def test_is_valid_cin_rejects_bad_values(identifiers, value):
    assert identifiers.is_valid_cin(value) is False


def test_normalized_identifiers_validate(identifiers):
    assert identifiers.is_valid_ppr(identifiers.normalize_ppr(" 123 4567 ")) is True
    assert identifiers.is_valid_cin(identifiers.normalize_cin(" ab-123 456 ")) is True
