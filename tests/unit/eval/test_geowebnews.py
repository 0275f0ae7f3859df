from __future__ import annotations

from pathlib import Path

import pytest

from accord.errors import ConfigurationError
from accord.eval.geowebnews import (
    THRESHOLD_KM,
    GeoScore,
    GoldArticle,
    GoldToponym,
    evaluate_gazetteer,
    read_geowebnews,
    score,
)
from accord.model import Place
from accord.stages.places import Gazetteer

# An invented article in the GWN.xml format: four toponyms, three with gold coordinates.
_TEXT = "Gunmen attacked Gwoza; Nigerian troops and a Chadian unit pursued them toward Niamey."
_FIXTURE = """<?xml version="1.0" ?>
<articles>
  <article file="7">
    <title>Invented</title>
    <link>http://example.invalid/story</link>
    <text>{text}</text>
    <toponyms>
      {toponyms}
    </toponyms>
  </article>
</articles>
"""
_TOPONYM = """<toponym>
        <extractedName>{name}</extractedName><normalisedName/><type>{kind}</type>
        <modifierType>{modifier}</modifierType><nonLocational>No</nonLocational>
        <start>{start}</start><end>{end}</end><geonamesID>{gid}</geonamesID>
        <latitude>{latitude}</latitude><longitude>{longitude}</longitude>
      </toponym>"""


def _toponym(name: str, *, kind: str, modifier: str, gid: str, lat: str, lon: str) -> str:
    start = _TEXT.index(name)
    return _TOPONYM.format(
        name=name,
        kind=kind,
        modifier=modifier,
        start=start,
        end=start + len(name),
        gid=gid,
        latitude=lat,
        longitude=lon,
    )


@pytest.fixture
def benchmark(tmp_path: Path) -> Path:
    toponyms = [
        _toponym("Gwoza", kind="Literal", modifier="", gid="2339665", lat="11.08", lon="13.69"),
        _toponym(
            "Nigerian",
            kind="Non_Literal_Modifier",
            modifier="Adjective",
            gid="2328926",
            lat="10.0",
            lon="8.0",
        ),
        _toponym("Chadian", kind="Demonym", modifier="", gid="", lat="", lon=""),
        _toponym("Niamey", kind="Literal", modifier="", gid="2440485", lat="13.51", lon="2.11"),
    ]
    (tmp_path / "GWN.xml").write_text(
        _FIXTURE.format(text=_TEXT, toponyms="\n      ".join(toponyms)), encoding="utf-8"
    )
    return tmp_path


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    loaded = Gazetteer()
    loaded.load()
    return loaded


def test_reader_keeps_spans_types_and_coordinates(benchmark: Path) -> None:
    [article] = read_geowebnews(benchmark)
    assert article.identifier == "7"
    first, adjective, demonym, _ = article.toponyms
    assert first == GoldToponym("Gwoza", 16, 21, "Literal", "", 11.08, 13.69, "2339665")
    assert article.text[first.start : first.end] == "Gwoza"
    assert adjective.adjectival
    assert (demonym.latitude, demonym.longitude, demonym.geonames_id) == (None, None, None)


def test_reader_accepts_the_file_itself(benchmark: Path) -> None:
    assert read_geowebnews(benchmark / "GWN.xml") == read_geowebnews(benchmark)


def test_missing_benchmark_says_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="benchmark folder"):
        read_geowebnews(tmp_path)


def _article() -> GoldArticle:
    return GoldArticle(
        identifier="x",
        text="",
        toponyms=(
            GoldToponym("A", 0, 1, "Literal", "", 10.0, 10.0, None),
            GoldToponym("B", 0, 1, "Literal", "", 10.0, 10.0, None),
            GoldToponym("C", 0, 1, "Literal", "", 10.0, 10.0, None),
            GoldToponym("D", 0, 1, "Literal", "", 10.0, 10.0, None),
            GoldToponym("E", 0, 1, "Literal", "", None, None, None),
        ),
    )


def test_score_accepts_every_answer_kind() -> None:
    answers = {
        "A": (10.5, 10.5),  # about 78 km away: within the threshold
        "B": "aaa",  # a country code alone: counts for the country only
        "C": Place(raw_name="C", country="BBB", latitude=20.0, longitude=10.0),  # ~1100 km
        "D": None,
    }

    def country_of(latitude: float, longitude: float) -> str:
        return "AAA" if latitude < 15 else "BBB"

    result = score([_article()], lambda name, text: answers[name], country_of)
    assert result == GeoScore(toponyms=4, answered=3, within_threshold=1, correct_country=2)
    assert (result.accuracy, result.country_accuracy, result.coverage) == (0.25, 0.5, 0.75)
    assert result.threshold_km == THRESHOLD_KM == 161.0


def test_empty_score_has_zero_rates() -> None:
    empty = GeoScore(toponyms=0, answered=0, within_threshold=0, correct_country=0)
    assert (empty.accuracy, empty.country_accuracy, empty.coverage) == (0.0, 0.0, 0.0)


def test_gazetteer_on_the_fixture(benchmark: Path, gazetteer: Gazetteer) -> None:
    result = evaluate_gazetteer(benchmark, gazetteer)
    assert result == GeoScore(toponyms=3, answered=3, within_threshold=3, correct_country=3)


def test_demonyms_count_only_when_asked(benchmark: Path, gazetteer: Gazetteer) -> None:
    strict = evaluate_gazetteer(benchmark, gazetteer, demonyms=False)
    nouns = evaluate_gazetteer(benchmark, gazetteer, include_adjectives=False)
    assert (strict.toponyms, strict.within_threshold) == (3, 2)
    assert (nouns.toponyms, nouns.within_threshold) == (2, 2)
