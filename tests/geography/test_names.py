from __future__ import annotations

import pytest

from signpost.geography.names import is_latin, is_unspaced_script, normalise_name


@pytest.mark.parametrize(
    "a, b",
    [
        ("Stockton-on-Tees", "stockton on tees"),
        ("St. Helens", "ST HELENS"),
        ("King's Lynn", "Kings Lynn"),
        ("Brighton & Hove", "brighton and hove"),
        ("Mánchester", "manchester"),
        ("  Tower   Hamlets ", "tower hamlets"),
    ],
)
def test_equal_names(a, b):
    assert normalise_name(a) == normalise_name(b)


def test_non_latin_marks_are_kept():
    # Urdu and Hindi spellings keep their vowel signs; stripping them would merge names.
    assert normalise_name("मैन्चेस्टर") == "मैन्चेस्टर"
    assert normalise_name("مانچسٹر") == "مانچسٹر"


def test_scripts():
    assert is_latin("Mánchester") and not is_latin("Манчестер")
    assert is_unspaced_script("曼") and is_unspaced_script("マ") and not is_unspaced_script("م")
