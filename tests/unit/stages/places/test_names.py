from __future__ import annotations

import pytest

from accord.stages.places.names import administrative_base, name_key, without_possessive


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Côte d'Ivoire", "cote divoire"),
        ("Cote d’Ivoire", "cote divoire"),
        ("U.S.", "us"),
        ("The Hague", "hague"),
        ("Gorom-Gorom", "gorom gorom"),
        ("  TILLABÉRI ", "tillaberi"),
    ],
)
def test_name_key_folds_accents_case_and_punctuation(name: str, key: str) -> None:
    assert name_key(name) == key


def test_possessive_is_dropped() -> None:
    assert without_possessive("Nigeria’s") == "Nigeria"
    assert without_possessive("Niger's") == "Niger"


def test_administrative_base() -> None:
    assert administrative_base("kaduna state") == "kaduna"
    assert administrative_base("mopti") is None
