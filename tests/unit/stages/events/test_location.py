from __future__ import annotations

from dataclasses import replace
from datetime import date

from accord.model import (
    ActorKind,
    DatePrecision,
    EventDate,
    EventType,
    PlacePrecision,
    Span,
    TemporalMention,
)
from accord.stages.events.location import event_date, event_place, story_date, story_place
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


def test_the_story_date_is_the_first_day_or_week_named_in_the_week_up_to_publication() -> None:
    text = "Gunmen raided a school. Last year a raid hit Corvin. It happened on Thursday."
    last_year = TemporalMention(
        Span.of(text, text.index("Last year"), text.index("Last year") + 9),
        EventDate("Last year", DatePrecision.YEAR, date(2023, 1, 1), date(2023, 12, 31)),
    )
    old_day = day(text, "a raid", date(2024, 7, 1))
    thursday = day(text, "on Thursday", date(2024, 8, 29))
    published = date(2024, 8, 30)
    assert story_date([last_year, old_day, thursday], published) == thursday
    assert story_date([last_year, old_day], published) is None


def test_without_publication_only_a_resolved_day_in_the_opening_dates_the_story() -> None:
    text = "Gunmen raided a school on Thursday, March 7." + " Later." * 400 + " On Friday."
    march_7 = day(text, "on Thursday, March 7", date(2024, 3, 7))
    unresolved = TemporalMention(
        Span.of(text, text.index("On Friday"), text.index("On Friday") + 9),
        EventDate("On Friday", DatePrecision.DAY, resolved=False, reason="no publication date"),
    )
    assert story_date([unresolved, march_7], None) == march_7
    late = day(text, "On Friday", date(2024, 3, 8))
    assert story_date([late], None) is None


def test_a_full_date_beside_a_relative_one_names_the_day() -> None:
    text = "The mission ends as of today, 30 June 2023, the council said."
    today = day(text, "today", date(2023, 7, 1))  # the publication date is a day late
    full = day(text, "30 June 2023", date(2023, 6, 30))
    sentence = (0, len(text))
    chosen = event_date(
        [today, full], sentence=sentence, lead=sentence, trigger=4, published=date(2023, 7, 1)
    )
    assert chosen == full


def test_the_story_place_is_the_first_town_in_a_country_the_article_names() -> None:
    text = "By Ana Turan. Gunmen raided a school near Corvin on Friday."
    turan = place(text, "Turan", "VNM")  # a reporter's name read as a town abroad
    corvin = place(text, "Corvin", "BLM")
    lead = (0, len(text))
    assert story_place([turan, corvin], lead, frozenset({"BLM"})) == corvin
    assert story_place([turan, corvin], lead, frozenset()) == turan


def test_a_domestic_act_happens_in_the_country_all_its_parties_belong_to() -> None:
    text = "Soldiers in Arvenia detained President Ana Voss on Wednesday."
    soldiers = mention(text, "Arvenia", ARVENIA)
    president = ARVENIA.__class__("Ana Voss", ActorKind.PERSON, country=ARVENIA.country)
    foreigner = replace(president, country=BELMORA.country)
    for recipient, country in ((president, ARVENIA.country), (foreigner, None)):
        located = event_place(
            [],
            sentence=(0, len(text)),
            lead=(0, 0),
            actors=[soldiers],
            recipients=[mention(text, "Ana Voss", recipient)],
            event_type=EventType.COERCE,
            gazetteer=None,
        )
        found = located.place.country if located else None
        assert found == country
        assert located is None or located.evidence.span.text == "Arvenia"


def test_a_name_placed_at_the_focus_yields_to_a_seat() -> None:
    from accord.model import Actor, ActorKind
    from accord.stages.places import Gazetteer

    gazetteer = Gazetteer()
    gazetteer.load()
    council = Actor("United Nations Security Council", ActorKind.IGO)
    text = "The Security Council ended the Corvin mission in Belmora."
    guessed = place(text, "Corvin", "BLM")
    guessed = guessed.__class__(guessed.span, replace(guessed.place, gazetteer_id="focus:g:1"))
    common = dict(
        sentence=(0, len(text)),
        lead=(0, len(text)),
        actors=[mention(text, "Security Council", council)],
        recipients=[],
        event_type=EventType.RETREAT,
    )
    at_seat = event_place([guessed], gazetteer=gazetteer, **common)  # type: ignore[arg-type]
    assert at_seat is not None and at_seat.place.name == "New York City"
    alone = event_place([guessed], gazetteer=None, **common)  # type: ignore[arg-type]
    assert alone is not None and alone.place.raw_name == "Corvin"  # still better than nothing
