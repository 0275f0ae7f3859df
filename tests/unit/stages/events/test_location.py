from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.model import EventType, PlacePrecision
from accord.stages.events.location import event_date, event_place
from tests.builders import ARVENIA, BELMORA, day, mention, place

TEXT = "Arvenia withdrew its troops from Belmora. The last convoy left Corvin on Friday."


def test_the_acting_party_is_not_the_place_and_the_recipient_ground_is_the_fallback() -> None:
    sentence = (0, TEXT.index(".") + 1)
    arvenia, belmora = mention(TEXT, "Arvenia", ARVENIA), mention(TEXT, "Belmora", BELMORA)
    places = [place(TEXT, "Arvenia", "ARV"), place(TEXT, "Belmora", "BLM")]
    places[0] = places[0].__class__(
        places[0].span,
        places[0].place.__class__("Arvenia", "Arvenia", "ARV", precision=PlacePrecision.COUNTRY),
    )
    places[1] = places[1].__class__(
        places[1].span,
        places[1].place.__class__("Belmora", "Belmora", "BLM", precision=PlacePrecision.COUNTRY),
    )
    located = event_place(
        places,
        sentence=sentence,
        lead=(0, 0),
        actors=[arvenia],
        recipients=[belmora],
        event_type=EventType.RETREAT,
        gazetteer=None,
    )
    assert located is not None and located.place.country == "BLM"
    assert located.evidence.span.text == "Belmora"


def test_a_city_in_the_lead_places_a_lead_event_but_not_a_later_one() -> None:
    corvin = place(TEXT, "Corvin", "BLM")
    first = (0, TEXT.index(".") + 1)
    lead = (0, len(TEXT))
    located = event_place(
        [corvin],
        sentence=first,
        lead=lead,
        actors=[],
        recipients=[],
        event_type=EventType.AGREE,
        gazetteer=None,
    )
    assert located is not None and located.place.name == "Corvin"
    later = (len(TEXT), len(TEXT))
    assert (
        event_place(
            [corvin],
            sentence=later,
            lead=(0, 10),
            actors=[],
            recipients=[],
            event_type=EventType.AGREE,
            gazetteer=None,
        )
        is None
    )


def test_the_date_in_the_sentence_wins_else_a_day_in_the_lead_not_after_publication() -> None:
    friday = day(TEXT, "on Friday", date(2024, 8, 23))
    first = (0, TEXT.index(".") + 1)
    chosen = event_date(
        [friday], sentence=first, lead=(0, len(TEXT)), trigger=8, published=date(2024, 8, 29)
    )
    assert chosen == friday
    assert (
        event_date(
            [friday], sentence=first, lead=(0, len(TEXT)), trigger=8, published=date(2024, 8, 20)
        )
        is None
    )


def test_a_security_council_vote_happens_at_un_headquarters() -> None:
    from accord.model import Actor, ActorKind
    from accord.stages.places import Gazetteer

    council = Actor("United Nations Security Council", ActorKind.IGO)
    text = "The Security Council voted to end the mission in Belmora."
    gazetteer = Gazetteer()
    gazetteer.load()
    country = place(text, "Belmora", "BLM")
    country = country.__class__(
        country.span, replace(country.place, precision=PlacePrecision.COUNTRY)
    )
    located = event_place(
        [country],
        sentence=(0, len(text)),
        lead=(0, len(text)),
        actors=[mention(text, "Security Council", council)],
        recipients=[],
        event_type=EventType.RETREAT,
        gazetteer=gazetteer,
    )
    assert (
        located is not None
        and located.place.country == "USA"
        and located.place.name == "New York City"
    )
    assert located.evidence.span.text == "Security Council"
