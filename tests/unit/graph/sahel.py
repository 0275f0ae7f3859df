"""Canonical events written for the graph and export tests: the Sahel states founding their
alliance and leaving ECOWAS, a partnership with its commitments, an armed group's attack.
The sentences are the Accord team's own summaries, not quotations."""

from __future__ import annotations

from datetime import date

from accord.model import (
    Actor,
    ActorKind,
    CanonicalEvent,
    Commitment,
    DatePrecision,
    Event,
    EventDate,
    EventType,
    Evidence,
    Modality,
    Place,
    PlacePrecision,
    Provenance,
    Report,
    Sector,
    Span,
)

MALI = Actor("Mali", ActorKind.STATE, country="MLI", code="MLI")
BURKINA = Actor("Burkina Faso", ActorKind.STATE, country="BFA", code="BFA")
NIGER = Actor("Niger", ActorKind.STATE, country="NER", code="NER", aliases=("Republic of Niger",))
NIGERIA = Actor("Nigeria", ActorKind.STATE, country="NGA", code="NGA")
NIGERIAN_ARMY = Actor("Nigerian Army", ActorKind.STATE, "NGA", Sector.MIL, "NGAMIL")
BRITAIN = Actor("United Kingdom", ActorKind.STATE, country="GBR", code="GBR")
ECOWAS = Actor(
    "ECOWAS",
    ActorKind.IGO,
    sector=Sector.IGO,
    code="IGOWAFECO",
    aliases=("Economic Community of West African States",),
)
AES = Actor("Alliance of Sahel States", ActorKind.IGO, sector=Sector.IGO, aliases=("AES",))
ISWAP = Actor(
    "Islamic State West Africa Province",
    ActorKind.ARMED_GROUP,
    sector=Sector.REB,
    aliases=("ISWAP",),
)
MINISTER = Actor(
    "Yusuf Tuggar", ActorKind.PERSON, country="NGA", sector=Sector.GOV, role="Foreign Minister"
)

_PROVENANCE = Provenance("events.rules.v1", "1", 0.8)


def evidence(article_id: int, trigger: str, *commitments: Commitment) -> tuple[Evidence, ...]:
    spans = [Evidence("event_type", article_id, Span(0, len(trigger), trigger), _PROVENANCE)]
    spans += [Evidence("commitment", article_id, c.span, _PROVENANCE) for c in commitments]
    return tuple(spans)


def commitment(topic: str, text: str) -> Commitment:
    return Commitment(topic, Span(10, 10 + len(text), text))


def day(value: date, expression: str = "on Sunday") -> EventDate:
    return EventDate(expression, DatePrecision.DAY, start=value, end=value)


def canonical(
    number: int,
    event: Event,
    published: date,
    *,
    outlets: tuple[str, ...] = ("Sahel Wire",),
) -> CanonicalEvent:
    reports = tuple(
        Report(
            event_id=number * 10 + index,
            article_id=event.article_id + index,
            external_id=f"art-{number}-{index}",
            outlet=outlet,
            url=f"https://news.example.org/{number}/{index}",
            published=published,
        )
        for index, outlet in enumerate(outlets)
    )
    return CanonicalEvent(
        id=f"ce-{number:04d}",
        event=event,
        reports=reports,
        first_seen=published,
        outlets=len(outlets),
    )


def founding() -> CanonicalEvent:
    """Mali, Burkina Faso and Niger sign the charter that establishes their alliance."""
    defence = commitment("collective_defence", "mutual assistance against any attack")
    event = Event(
        article_id=100,
        event_type=EventType.AGREE,
        actors=(MALI, BURKINA, NIGER),
        recipients=(AES,),
        date=day(date(2023, 9, 16), "on Saturday"),
        place=Place("Bamako", "Bamako", "MLI", 12.65, -8.0, PlacePrecision.CITY),
        symmetric=True,
        commitments=(defence,),
        evidence=evidence(100, "signed a charter establishing", defence),
    )
    return canonical(1, event, date(2023, 9, 17), outlets=("Sahel Wire", "Bamako Daily"))


def leaving_ecowas() -> CanonicalEvent:
    """The three states announce their withdrawal from ECOWAS."""
    event = Event(
        article_id=200,
        event_type=EventType.SANCTION,
        actors=(MALI, BURKINA, NIGER),
        recipients=(ECOWAS,),
        mode="withdraw",
        date=day(date(2024, 1, 28)),
        place=Place("Niamey", "Niamey", "NER", 13.51, 2.11, PlacePrecision.CITY),
        evidence=evidence(200, "withdrawal from ECOWAS"),
    )
    return canonical(2, event, date(2024, 1, 28), outlets=("Sahel Wire", "Lagos Ledger", "RFI"))


def ecowas_sanctions_niger() -> CanonicalEvent:
    event = Event(
        article_id=300,
        event_type=EventType.SANCTION,
        actors=(ECOWAS,),
        recipients=(NIGER,),
        date=day(date(2023, 7, 30)),
        evidence=evidence(300, "imposed sanctions"),
    )
    return canonical(3, event, date(2023, 7, 31))


def partnership() -> CanonicalEvent:
    """Nigeria and the United Kingdom sign a security and defence partnership."""
    terrorism = commitment("counter_terrorism", "countering terrorism")
    maritime = commitment("maritime_security", "security in the Gulf of Guinea")
    event = Event(
        article_id=400,
        event_type=EventType.AGREE,
        actors=(NIGERIA, BRITAIN),
        date=day(date(2024, 5, 14), "on Tuesday"),
        place=Place("Abuja", "Abuja", "NGA", 9.06, 7.49, PlacePrecision.CITY),
        symmetric=True,
        commitments=(terrorism, maritime),
        evidence=evidence(400, "signed a security and defence partnership", terrorism, maritime),
    )
    return canonical(4, event, date(2024, 5, 15), outlets=("Lagos Ledger",))


def consultation() -> CanonicalEvent:
    """The Nigerian foreign minister meets his British counterpart."""
    event = Event(
        article_id=500,
        event_type=EventType.CONSULT,
        actors=(MINISTER,),
        recipients=(BRITAIN,),
        mode="visit",
        date=day(date(2024, 2, 2), "on Friday"),
        evidence=evidence(500, "visited"),
    )
    return canonical(5, event, date(2024, 2, 3))


def attack() -> CanonicalEvent:
    """ISWAP fighters attack a Nigerian army base in Borno State."""
    event = Event(
        article_id=600,
        event_type=EventType.ASSAULT,
        actors=(ISWAP,),
        recipients=(NIGERIAN_ARMY,),
        mode="firearms",
        date=day(date(2024, 3, 10)),
        place=Place("Monguno", "Monguno", "NGA", 12.67, 13.61, PlacePrecision.POINT, "2331140"),
        evidence=evidence(600, "attacked"),
    )
    return canonical(6, event, date(2024, 3, 11), outlets=("Lagos Ledger", "Borno Herald"))


def denied_attack() -> CanonicalEvent:
    """The army denies having shelled a village: no hostility follows from it."""
    event = Event(
        article_id=700,
        event_type=EventType.ASSAULT,
        actors=(NIGERIAN_ARMY,),
        recipients=(ISWAP,),
        modality=Modality.DENIED,
        date=day(date(2024, 3, 12)),
        evidence=evidence(700, "shelled"),
    )
    return canonical(7, event, date(2024, 3, 12))


def sahel_events() -> list[CanonicalEvent]:
    return [
        ecowas_sanctions_niger(),
        founding(),
        leaving_ecowas(),
        consultation(),
        attack(),
        denied_attack(),
        partnership(),
    ]
