from __future__ import annotations

import pytest

from accord.errors import ConfigurationError
from accord.ingest.language import LanguageIdentifier


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The defence chiefs of both countries signed the memorandum in the capital.",
            "en",
        ),
        (
            "Les chefs d'état-major des deux pays ont signé le protocole à Niamey.",
            "fr",
        ),
        ("İki ülkenin genelkurmay başkanları çarşamba günü mutabakat zaptını imzaladı.", "tr"),
    ],
)
def test_languages_are_identified(languages: LanguageIdentifier, text: str, code: str) -> None:
    guess = languages.identify(text)
    assert guess.code == code and guess.confidence >= 0.5


def test_too_little_text_is_unknown(languages: LanguageIdentifier) -> None:
    assert languages.identify("12 34 ok").code is None


def test_only_configured_languages_are_chosen() -> None:
    english_only = LanguageIdentifier(("en", "de"))
    guess = english_only.identify(
        "Les chefs d'état-major ont signé le protocole d'accord mercredi."
    )
    assert guess.code in {"en", "de", None}


def test_a_single_language_is_assumed() -> None:
    assert (
        LanguageIdentifier(("fr",)).identify("Whatever text this is, it is long enough.").code
        == "fr"
    )


def test_an_unknown_code_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="'xx'"):
        LanguageIdentifier(("en", "xx")).load()
