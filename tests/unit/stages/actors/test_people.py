"""People from titles and appositions: name, role, country and sector."""

from __future__ import annotations

from accord.model import Actor, ActorKind, Sector
from accord.stages.actors import ActorDictionary


def test_title_with_demonym_and_rank_gives_role_country_and_sector(
    actors: ActorDictionary,
) -> None:
    actor = actors.resolve_person(
        "Major General Babagana Monguno", "Nigerian National Security Adviser"
    )
    assert actor == Actor(
        name="Babagana Monguno",
        kind=ActorKind.PERSON,
        country="NGA",
        sector=Sector.GOV,
        code="NGAGOV",
        role="National Security Adviser",
    )


def test_apposition_title_first_resolves_the_person(actors: ActorDictionary) -> None:
    actor = actors.resolve("Nigerian National Security Adviser, Major General Babagana Monguno")
    assert actor is not None
    assert (actor.name, actor.kind, actor.country, actor.sector, actor.role) == (
        "Babagana Monguno",
        ActorKind.PERSON,
        "NGA",
        Sector.GOV,
        "National Security Adviser",
    )


def test_portfolio_is_not_a_country_and_context_supplies_it(actors: ActorDictionary) -> None:
    actor = actors.resolve("Minister for Africa, Vicky Ford", context_country="GBR")
    assert actor == Actor(
        name="Vicky Ford",
        kind=ActorKind.PERSON,
        country="GBR",
        sector=Sector.GOV,
        code="GBRGOV",
        role="Minister for Africa",
    )


def test_without_context_a_portfolio_title_has_no_country(actors: ActorDictionary) -> None:
    actor = actors.resolve_person("Vicky Ford", "Minister for Africa")
    assert (actor.country, actor.sector, actor.role) == (None, Sector.GOV, "Minister for Africa")


def test_name_then_title_apposition(actors: ActorDictionary) -> None:
    actor = actors.resolve("Vicky Ford, the UK Minister for Africa")
    assert actor is not None
    assert (actor.name, actor.country, actor.code, actor.role) == (
        "Vicky Ford",
        "GBR",
        "GBRGOV",
        "Minister for Africa",
    )


def test_country_after_of_in_the_title(actors: ActorDictionary) -> None:
    actor = actors.resolve_person("Salifou Mody", "Minister of Defence of Niger")
    assert (actor.country, actor.sector, actor.code, actor.role) == (
        "NER",
        Sector.GOV,
        "NERGOV",
        "Minister of Defence",
    )


def test_possessive_country_in_the_title(actors: ActorDictionary) -> None:
    actor = actors.resolve_person("Christopher Musa", "Nigeria's Chief of Defence Staff")
    assert (actor.country, actor.sector, actor.role) == (
        "NGA",
        Sector.MIL,
        "Chief of Defence Staff",
    )


def test_title_before_name_without_comma(actors: ActorDictionary) -> None:
    actor = actors.resolve("Nigerian President Bola Tinubu")
    assert actor is not None
    assert (actor.name, actor.country, actor.sector, actor.role) == (
        "Bola Tinubu",
        "NGA",
        Sector.GOV,
        "President",
    )


def test_rank_alone_gives_a_military_person(actors: ActorDictionary) -> None:
    actor = actors.resolve_person("Gen. Abdourahamane Tiani", "Nigerien")
    assert (actor.name, actor.country, actor.sector, actor.code) == (
        "Abdourahamane Tiani",
        "NER",
        Sector.MIL,
        "NERMIL",
    )


def test_igo_title_gives_the_igo_code(actors: ActorDictionary) -> None:
    actor = actors.resolve_person("Omar Touray", "ECOWAS Commission President")
    assert (actor.country, actor.code, actor.role) == (None, "IGOWAFWAS", "President")
