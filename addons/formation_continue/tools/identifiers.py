"""Normalise and validate the identifiers of Moroccan civil servants.

PPR (the payroll number of a civil servant, "رقم التأجير")
    is written as digits only, and 5 to 8 digits are accepted.
    NOTE: this range is an estimate, not checked against a Treasury
    specification.
CIN (Carte d'Identité Nationale)
    is one or two letters, the prefix of the issuing office, followed by
    1 to 6 digits, for example ``J123456`` or ``AB12345``.
"""

import re

PPR_PATTERN = re.compile(r"^[0-9]{5,8}$")
CIN_PATTERN = re.compile(r"^[A-Z]{1,2}[0-9]{1,6}$")


def normalize_ppr(value):
    """Return the PPR without spaces, or the value unchanged when it is empty."""
    if not value:
        return value
    return re.sub(r"\s+", "", value)


def normalize_cin(value):
    """Return the CIN in capitals without spaces or dashes, or the value unchanged when empty."""
    if not value:
        return value
    return re.sub(r"[\s\-]+", "", value).upper()


def is_valid_ppr(value):
    """Tell whether a normalised PPR has the expected form."""
    return bool(value) and bool(PPR_PATTERN.fullmatch(value))


def is_valid_cin(value):
    """Tell whether a normalised CIN has the expected form."""
    return bool(value) and bool(CIN_PATTERN.fullmatch(value))
