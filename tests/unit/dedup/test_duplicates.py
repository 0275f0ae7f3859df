"""Near-duplicate articles: copies and rewrites found through shared shingles or anchors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.dedup.duplicates import find_duplicates
from accord.dedup.fingerprint import anchors, fingerprint
from accord.ingest.normalize import content_hash
from accord.model import Article, DateBasis, LanguageBasis, SourceKind

WIRE = (
    "PORT AZUR, March 5 (Test Wire) - Gunmen attacked the Kessara army post near Port Azur "
    "before dawn on Tuesday, killing 14 soldiers and wounding 9, the Belmoran defence ministry "
    "said. Minister Odile Varenne said reinforcements had been sent to the Kessara district "
    "and that the attackers fled towards the Lomé-Varo border. Colonel Marc Delorme of the "
    "Sarrat Brigade said 37 vehicles took part. No group has claimed the attack, "
    "the third on an army post in the region since January."
)
REWRITE = WIRE.replace("Gunmen attacked", "Armed men stormed").replace(
    "No group has claimed the attack", "Nobody has claimed responsibility so far"
)
TRANSLATION = (
    "PORT AZUR, 5 mars - Des hommes armés ont attaqué le poste militaire de Kessara près de "
    "Port Azur mardi avant l'aube, tuant 14 soldats et en blessant 9, selon le ministère "
    "belmorais de la Défense. La ministre Odile Varenne a annoncé des renforts dans le district "
    "de Kessara; les assaillants ont fui vers la frontière de Lomé-Varo. Le colonel Marc "
    "Delorme, de la brigade de Sarrat, a compté 37 véhicules."
)
OTHER = (
    "DALMIA CITY, March 6 - The Dalmian parliament approved a budget of 212 million on "
    "Wednesday after a debate led by Speaker Ilse Marrow, who thanked the Finance Committee "
    "and the Audit Office for their work on the Harbour Renewal Fund."
)


def _article(
    number: int, text: str, language: str = "en", published: date | None = None
) -> Article:
    return Article(
        id=number,
        key=f"id:a{number}",
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin="test",
        language=language,
        language_basis=LanguageBasis.DECLARED,
        published=published or date(2024, 3, 5),
        date_basis=DateBasis.CALLER,
    )


def test_a_truncated_syndicated_copy_points_at_the_earliest_article() -> None:
    original = _article(1, WIRE, published=date(2024, 3, 5))
    copy = _article(2, WIRE[: len(WIRE) // 2], published=date(2024, 3, 6))
    [link] = find_duplicates([fingerprint(copy), fingerprint(original)])
    assert (link.article_id, link.duplicate_of, link.method) == (2, 1, "shingles")
    assert link.similarity >= 0.9


def test_a_light_rewrite_is_a_near_duplicate() -> None:
    [link] = find_duplicates([fingerprint(_article(1, WIRE)), fingerprint(_article(2, REWRITE))])
    assert link.article_id == 2 and link.duplicate_of == 1


def test_a_translation_is_found_by_its_numbers_and_names() -> None:
    english, french = _article(1, WIRE), _article(2, TRANSLATION, language="fr")
    [link] = find_duplicates([fingerprint(english), fingerprint(french)])
    assert link.method == "numbers-names" and link.duplicate_of == 1


def test_a_translation_weeks_later_is_not_a_copy() -> None:
    english = _article(1, WIRE)
    french = replace(_article(2, TRANSLATION, language="fr"), published=date(2024, 4, 20))
    assert find_duplicates([fingerprint(english), fingerprint(french)]) == []


def test_unrelated_articles_are_not_linked() -> None:
    prints = [fingerprint(_article(1, WIRE)), fingerprint(_article(2, OTHER))]
    assert find_duplicates(prints) == []


def test_anchors_keep_numbers_and_names_not_weekdays_or_openers() -> None:
    found = anchors("The army said on Tuesday that 14 soldiers died in Kessara, near Port Azur.")
    assert {"#14", "kessara", "port", "azur"} <= found
    assert not {"the", "tuesday"} & found
