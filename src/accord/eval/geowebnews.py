"""GeoWebNews toponym resolution: a reader of its GWN.xml and an accuracy@161km scorer.

GeoWebNews (Gritta et al., "A Pragmatic Guide to Geoparsing Evaluation", LREV 2019) is 200 web
news articles whose toponyms carry gold coordinates. The scorer takes the gold toponym spans as
given, so it measures resolution (which place a name denotes), not detection. Only toponyms
with gold coordinates are scored. Two rates:

- accuracy: the answer lies within `THRESHOLD_KM` (161 km, i.e. 100 miles, the customary
  "accuracy@161km" of the geocoding literature) of the gold coordinates;
- country accuracy: the answer's country is the gold point's country. The gold gives no
  country, so it is the country of the known place nearest the gold point (a reverse geocode
  on the gazetteer's cities; points at sea take the nearest coast's country).

The benchmark is GPL-3.0 and is only read from where it lies; nothing of it is copied here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.etree import ElementTree

from accord.errors import ConfigurationError
from accord.model import Place
from accord.stages.places import Gazetteer, distance_km
from accord.stages.places.context import countries_mentioned
from accord.stages.places.embedded import resolve_embedded
from accord.stages.places.focus import in_context

THRESHOLD_KM = 161.0
GWN_FILE = "GWN.xml"

ResolverAnswer = tuple[float, float] | str | Place | None
Resolver = Callable[[str, "GoldArticle"], ResolverAnswer]
"""(toponym text, its article) -> coordinates, an ISO3 country code, a Place, or None."""


@dataclass(frozen=True, slots=True)
class GoldToponym:
    text: str
    start: int
    end: int
    kind: str  # the Pragmatic Taxonomy type: Literal, Metonymic, Non_Literal_Modifier...
    modifier: str  # "Noun", "Adjective" or "" for toponyms that are not modifiers
    latitude: float | None
    longitude: float | None
    geonames_id: str | None

    @property
    def adjectival(self) -> bool:
        """An adjective form ("Syrian" forces): a demonym, which Accord resolves to no place."""
        return self.modifier == "Adjective"


@dataclass(frozen=True, slots=True)
class GoldArticle:
    identifier: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True, slots=True)
class GeoScore:
    """Counts over the scored gold toponyms, and the rates derived from them."""

    toponyms: int  # gold toponyms with coordinates that were scored
    answered: int  # the resolver named a place
    within_threshold: int  # answers within threshold_km of the gold point
    correct_country: int  # answers in the gold point's country
    threshold_km: float = THRESHOLD_KM

    @property
    def accuracy(self) -> float:
        return self.within_threshold / self.toponyms if self.toponyms else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.correct_country / self.toponyms if self.toponyms else 0.0

    @property
    def coverage(self) -> float:
        return self.answered / self.toponyms if self.toponyms else 0.0


def read_geowebnews(path: Path) -> list[GoldArticle]:
    """The articles of GWN.xml; `path` is that file or the benchmark folder holding it."""
    xml_path = path / GWN_FILE if path.is_dir() else path
    try:
        root = ElementTree.parse(xml_path).getroot()  # noqa: S314  # a local gold file
    except (OSError, ElementTree.ParseError) as error:
        raise ConfigurationError(
            f"cannot read GeoWebNews at {xml_path} ({error}); pass the benchmark folder that "
            f"holds {GWN_FILE}, or the file itself"
        ) from error
    return [_article(element) for element in root.iter("article")]


def score(
    articles: Iterable[GoldArticle],
    resolver: Resolver,
    country_of: Callable[[float, float], str | None],
    *,
    include_adjectives: bool = True,
) -> GeoScore:
    """Scores `resolver` on every gold toponym with coordinates.

    `country_of(latitude, longitude)` reverse-geocodes a point to an ISO3 code; it gives the
    gold point's country, and the answer's when the answer does not say its own.
    """
    toponyms = answered = within = same_country = 0
    for article in articles:
        for toponym in article.toponyms:
            if toponym.latitude is None or toponym.longitude is None:
                continue
            if toponym.adjectival and not include_adjectives:
                continue
            toponyms += 1
            answer = resolver(toponym.text, article)
            point, country = _answer_location(answer, country_of)
            if point is None and country is None:
                continue
            answered += 1
            if point is not None:
                gap = distance_km(toponym.latitude, toponym.longitude, point[0], point[1])
                within += gap <= THRESHOLD_KM
            gold_country = country_of(toponym.latitude, toponym.longitude)
            same_country += country is not None and country == gold_country
    return GeoScore(toponyms, answered, within, same_country)


def gazetteer_resolver(
    gazetteer: Gazetteer, *, demonyms: bool = True, at_focus: bool = True
) -> Resolver:
    """Resolves with the countries the article names (by name or demonym) as hints.

    GeoWebNews locates adjectival toponyms ("Syrian" forces) at their country, and regional
    adjectives ("European") at their region. Accord's `Gazetteer.resolve` deliberately finds
    no place in a demonym, so with `demonyms` this resolver answers the demonym's country or
    region itself, as the benchmark expects. Names that embed a place ("Manchester City",
    "University of California") resolve to it (`resolve_embedded`).
    """

    @lru_cache(maxsize=64)
    def in_article(article: GoldArticle) -> dict[str, Place | None]:
        hints = countries_mentioned(article.text, gazetteer)
        alone = {t.text: named_place(t.text, hints) for t in article.toponyms}
        if not at_focus:
            return alone
        named = [(toponym.text, alone[toponym.text]) for toponym in article.toponyms]
        return dict(zip((name for name, _ in named), in_context(named, gazetteer), strict=True))

    def named_place(toponym: str, hints: tuple[str, ...]) -> Place | None:
        if demonyms:
            place = gazetteer.demonym_place(toponym)
            if place is not None:
                return place.to_place(toponym)
        return resolve_embedded(gazetteer, toponym, country_hints=hints)

    def resolve(toponym: str, article: GoldArticle) -> Place | None:
        return in_article(article)[toponym]

    return resolve


def evaluate_gazetteer(
    path: Path, gazetteer: Gazetteer, *, include_adjectives: bool = True, demonyms: bool = True
) -> GeoScore:
    """Scores `gazetteer` (loaded here if need be) on the GeoWebNews benchmark at `path`.

    `include_adjectives=False` leaves out adjectival toponyms ("Syrian"); `demonyms=False`
    scores them with `Gazetteer.resolve` alone, which answers nothing for a demonym.
    """
    gazetteer.load()

    def country_of(latitude: float, longitude: float) -> str | None:
        nearest = gazetteer.nearest(latitude, longitude)
        return None if nearest is None else nearest.country

    return score(
        read_geowebnews(path),
        gazetteer_resolver(gazetteer, demonyms=demonyms),
        country_of,
        include_adjectives=include_adjectives,
    )


def _answer_location(
    answer: ResolverAnswer, country_of: Callable[[float, float], str | None]
) -> tuple[tuple[float, float] | None, str | None]:
    if answer is None:
        return None, None
    if isinstance(answer, str):
        return None, answer.upper()
    if isinstance(answer, Place):
        if answer.latitude is None or answer.longitude is None:
            return None, answer.country
        point = (answer.latitude, answer.longitude)
        return point, answer.country or country_of(*point)
    return answer, country_of(*answer)


def _article(element: ElementTree.Element) -> GoldArticle:
    toponyms = tuple(_toponym(item) for item in element.iter("toponym"))
    return GoldArticle(
        identifier=element.get("file", ""),
        text=element.findtext("text") or "",
        toponyms=toponyms,
    )


def _toponym(element: ElementTree.Element) -> GoldToponym:
    latitude = element.findtext("latitude") or ""
    longitude = element.findtext("longitude") or ""
    located = bool(latitude.strip() and longitude.strip())
    return GoldToponym(
        text=element.findtext("extractedName") or "",
        start=int(element.findtext("start") or 0),
        end=int(element.findtext("end") or 0),
        kind=element.findtext("type") or "",
        modifier=element.findtext("modifierType") or "",
        latitude=float(latitude) if located else None,
        longitude=float(longitude) if located else None,
        geonames_id=element.findtext("geonamesID") or None,
    )
