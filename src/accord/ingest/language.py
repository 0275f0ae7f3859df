"""Language identification with lingua, limited to the configured languages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from accord.errors import ConfigurationError

# Below this many letters lingua's guesses are unreliable; we say "unknown" instead.
_MIN_LETTERS = 20
_MIN_CONFIDENCE = 0.5
_SAMPLE_CHARACTERS = 3000


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str | None
    confidence: float


class LanguageIdentifier:
    """Chooses among `languages` (ISO 639-1). The model loads on first use, not here."""

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = languages
        self._detector: Any = None

    def load(self) -> None:
        if self._detector is not None:
            return
        from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

        chosen = []
        for code in self.languages:
            try:
                chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
            except AttributeError:
                raise ConfigurationError(
                    f"{code!r} in ACCORD_LANGUAGES is not an ISO 639-1 language code"
                ) from None
        if len(chosen) == 1:
            # lingua needs two candidates; a single configured language is simply assumed.
            self._detector = chosen[0]
            return
        self._detector = LanguageDetectorBuilder.from_languages(*chosen).build()

    def identify(self, text: str) -> LanguageGuess:
        self.load()
        if sum(character.isalpha() for character in text[:_SAMPLE_CHARACTERS]) < _MIN_LETTERS:
            return LanguageGuess(None, 0.0)
        detector = self._detector
        if not hasattr(detector, "compute_language_confidence_values"):
            return LanguageGuess(detector.iso_code_639_1.name.lower(), 1.0)
        values = detector.compute_language_confidence_values(text[:_SAMPLE_CHARACTERS])
        if not values or values[0].value < _MIN_CONFIDENCE:
            return LanguageGuess(None, values[0].value if values else 0.0)
        top = values[0]
        return LanguageGuess(top.language.iso_code_639_1.name.lower(), round(top.value, 3))
