"""Resolving mention strings to canonical actors: states, agents, IGOs, armed groups."""

from __future__ import annotations

import pytest

from accord.model import Actor, ActorKind, Sector
from accord.stages.actors import ActorDictionary


def summary(actor: Actor | None) -> tuple[object, ...] | None:
    if actor is None:
        return None
    return (actor.name, actor.kind, actor.country, actor.sector, actor.code)


NIGERIA = ("Nigeria", ActorKind.STATE, "NGA")
NIGER = ("Niger", ActorKind.STATE, "NER")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Nigerian army", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("Nigeria's army", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("Nigerian troops", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("NIGERIAN TROOPS", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("the soldiers of Nigeria", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("Niger's junta", (*NIGER, Sector.GOV, "NERGOV")),
        ("the junta in Niamey", (*NIGER, Sector.GOV, "NERGOV")),
        ("Nigerien police", (*NIGER, Sector.COP, "NERCOP")),
        ("Nigeria's national security adviser", (*NIGERIA, Sector.GOV, "NGAGOV")),
        ("the Nigerian chief of defence staff", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("Nigerian defence chiefs", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("the Nigerian parliament", (*NIGERIA, Sector.LEG, "NGALEG")),
    ],
)
def test_state_agents_resolve_to_the_state_in_that_sector(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Nigeria", (*NIGERIA, None, "NGA")),
        ("Federal Republic of Nigeria", (*NIGERIA, None, "NGA")),
        ("Niger", (*NIGER, None, "NER")),
        ("Niger Republic", (*NIGER, None, "NER")),
        ("Nigerian", (*NIGERIA, None, "NGA")),
        ("Nigerians", (*NIGERIA, None, "NGA")),
        ("Nigerien", (*NIGER, None, "NER")),
        ("Nigérien", (*NIGER, None, "NER")),
        ("Abuja", (*NIGERIA, Sector.GOV, "NGAGOV")),
        ("Niamey", (*NIGER, Sector.GOV, "NERGOV")),
        ("Paris", ("France", ActorKind.STATE, "FRA", Sector.GOV, "FRAGOV")),
        ("Washington", ("United States", ActorKind.STATE, "USA", Sector.GOV, "USAGOV")),
        ("Moscow", ("Russia", ActorKind.STATE, "RUS", Sector.GOV, "RUSGOV")),
        ("the U.S.", ("United States", ActorKind.STATE, "USA", None, "USA")),
        ("the Pentagon", ("United States", ActorKind.STATE, "USA", Sector.MIL, "USAMIL")),
        ("Kosovo", ("Kosovo", ActorKind.STATE, "XKX", None, "KSV")),
    ],
)
def test_names_demonyms_and_capitals_resolve_to_states(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


def test_nigerien_and_nigerian_are_different_states(actors: ActorDictionary) -> None:
    nigerien, nigerian = actors.resolve("Nigerien soldiers"), actors.resolve("Nigerian soldiers")
    assert nigerien is not None and nigerian is not None
    assert (nigerien.country, nigerian.country) == ("NER", "NGA")


def test_niger_state_is_a_nigerian_region_not_the_republic(actors: ActorDictionary) -> None:
    assert summary(actors.resolve("Niger State")) == (
        "Niger State",
        ActorKind.OTHER,
        "NGA",
        None,
        "NGA",
    )


def test_niger_state_police_are_nigerian_police(actors: ActorDictionary) -> None:
    assert summary(actors.resolve("the Niger State police")) == (
        "Niger State",
        ActorKind.OTHER,
        "NGA",
        Sector.COP,
        "NGACOP",
    )


@pytest.mark.parametrize("mention", ["the Niger river", "River Niger", "Niger River", "Lake Chad"])
def test_rivers_and_lakes_named_like_states_are_not_actors(
    actors: ActorDictionary, mention: str
) -> None:
    assert actors.resolve(mention) is None


def test_lake_chad_basin_commission_is_an_igo_not_a_lake(actors: ActorDictionary) -> None:
    assert summary(actors.resolve("Lake Chad Basin Commission")) == (
        "Lake Chad Basin Commission",
        ActorKind.IGO,
        None,
        Sector.IGO,
        "IGOWAFLCB",
    )


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("l'armée nigériane", (*NIGERIA, Sector.MIL, "NGAMIL")),
        ("armée nigérienne", (*NIGER, Sector.MIL, "NERMIL")),
        ("la junte au Niger", (*NIGER, Sector.GOV, "NERGOV")),
        ("les forces armées maliennes", ("Mali", ActorKind.STATE, "MLI", Sector.MIL, "MLIMIL")),
        ("gouvernement tchadien", ("Chad", ActorKind.STATE, "TCD", Sector.GOV, "TCDGOV")),
    ],
)
def test_french_agent_and_adjective_resolve(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


ECOWAS = ("Economic Community of West African States", ActorKind.IGO, None, Sector.IGO, "IGOWAFWAS")
AFRICAN_UNION = ("African Union", ActorKind.IGO, None, Sector.IGO, "IGOAFRAFU")
UNITED_NATIONS = ("United Nations", ActorKind.IGO, None, Sector.IGO, "IGOUNO")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("ECOWAS", ECOWAS),
        ("CEDEAO", ECOWAS),
        ("la CEDEAO", ECOWAS),
        ("the AU", AFRICAN_UNION),
        ("Union africaine", AFRICAN_UNION),
        ("the United Nations", UNITED_NATIONS),
        ("UN", UNITED_NATIONS),
        ("Nations unies", UNITED_NATIONS),
        ("UN Security Council", ("United Nations Security Council", ActorKind.IGO, None,
                                 Sector.IGO, "IGOUNO")),
        ("NATO", ("North Atlantic Treaty Organization", ActorKind.IGO, None, Sector.IGO,
                  "IGOWSTNAT")),
        ("the EU", ("European Union", ActorKind.IGO, None, Sector.IGO, "IGOEUREEC")),
        ("MNJTF", ("Multinational Joint Task Force", ActorKind.IGO, None, Sector.MIL, "IGOWAFMNJ")),
        ("Multinational Joint Task Force", ("Multinational Joint Task Force", ActorKind.IGO,
                                            None, Sector.MIL, "IGOWAFMNJ")),
        ("AES", ("Alliance of Sahel States", ActorKind.IGO, None, Sector.IGO, "IGOWAFAES")),
        ("Confédération des États du Sahel", ("Alliance of Sahel States", ActorKind.IGO, None,
                                             Sector.IGO, "IGOWAFAES")),
        ("Global Coalition against Daesh", ("Global Coalition to Defeat ISIS", ActorKind.IGO,
                                            None, Sector.IGO, "IGOWSTGCD")),
        ("G5 Sahel", ("G5 Sahel", ActorKind.IGO, None, Sector.IGO, "IGOWAFG5S")),
        ("ATMIS", ("African Union Mission in Somalia", ActorKind.IGO, "SOM", Sector.MIL,
                   "IGOAFRAFU")),
        ("MINUSMA", ("United Nations Multidimensional Integrated Stabilization Mission in Mali",
                     ActorKind.IGO, "MLI", Sector.MIL, "IGOUNO")),
        ("SADC", ("Southern African Development Community", ActorKind.IGO, None, Sector.IGO,
                  "IGOSAFSAD")),
        ("IGAD", ("Intergovernmental Authority on Development", ActorKind.IGO, None, Sector.IGO,
                  "IGOEAFDEVIAD")),
    ],
)  # fmt: skip
def test_igos_resolve_by_name_acronym_and_french_name(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


BOKO_HARAM = ("Boko Haram", ActorKind.ARMED_GROUP, "NGA", Sector.REB, "NGAREB")
ISWAP = ("Islamic State West Africa Province", ActorKind.ARMED_GROUP, "NGA", Sector.REB,
         "NGAREBISW")  # fmt: skip
ISLAMIC_STATE = ("Islamic State", ActorKind.ARMED_GROUP, None, Sector.REB, "IMGMUSISI")
JNIM = ("Jama'at Nusrat al-Islam wal-Muslimin", ActorKind.ARMED_GROUP, "MLI", Sector.REB,
        "MLIREBJNM")  # fmt: skip
IS_SAHEL = ("Islamic State Sahel Province", ActorKind.ARMED_GROUP, None, Sector.REB, "IMGMUSISS")
WAGNER = ("Wagner Group", ActorKind.ARMED_GROUP, "RUS", Sector.MIL, "RUSMIL")
HOUTHIS = ("Houthis", ActorKind.ARMED_GROUP, "YEM", Sector.REB, "YEMREB")


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("Boko Haram", BOKO_HARAM),
        ("JAS", BOKO_HARAM),
        ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", BOKO_HARAM),
        ("ISWAP", ISWAP),
        ("ISWA", ISWAP),
        ("Islamic State West Africa Province", ISWAP),
        ("Islamic State West Africa", ISWAP),
        ("ISIS", ISLAMIC_STATE),
        ("ISIL", ISLAMIC_STATE),
        ("Daesh", ISLAMIC_STATE),
        ("the Islamic State", ISLAMIC_STATE),
        ("IS", ISLAMIC_STATE),
        ("JNIM", JNIM),
        ("GSIM", JNIM),
        ("IS Sahel", IS_SAHEL),
        ("ISGS", IS_SAHEL),
        ("Islamic State in the Greater Sahara", IS_SAHEL),
        ("al-Shabaab", ("al-Shabaab", ActorKind.ARMED_GROUP, "SOM", Sector.REB, "SOMREB")),
        ("Al Shabaab", ("al-Shabaab", ActorKind.ARMED_GROUP, "SOM", Sector.REB, "SOMREB")),
        ("AQIM", ("al-Qaeda in the Islamic Maghreb", ActorKind.ARMED_GROUP, None, Sector.REB,
                  "IMGMUSAQM")),
        ("al-Qaeda", ("al-Qaeda", ActorKind.ARMED_GROUP, None, Sector.REB, "IMGMUSALQ")),
        ("Wagner", WAGNER),
        ("the Wagner Group", WAGNER),
        ("Africa Corps", WAGNER),
        ("M23", ("M23", ActorKind.ARMED_GROUP, "COD", Sector.REB, "CODREB")),
        ("RSF", ("Rapid Support Forces", ActorKind.ARMED_GROUP, "SDN", Sector.REB, "SDNREB")),
        ("the Houthis", HOUTHIS),
        ("Ansar Allah", HOUTHIS),
        ("Hamas", ("Hamas", ActorKind.ARMED_GROUP, "PSE", Sector.REB, "PSEREBHMS")),
        ("Hezbollah", ("Hezbollah", ActorKind.ARMED_GROUP, "LBN", Sector.REB, "LBNREB")),
    ],
)  # fmt: skip
def test_armed_groups_resolve_with_aliases_merged(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


def test_short_acronyms_count_only_in_capitals(actors: ActorDictionary) -> None:
    assert actors.resolve("is") is None


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("gunmen", ("gunman", ActorKind.ARMED_GROUP, None, Sector.REB, None)),
        ("bandits", ("bandit", ActorKind.ARMED_GROUP, None, Sector.CRM, None)),
        ("militants", ("militant", ActorKind.ARMED_GROUP, None, Sector.REB, None)),
        ("civilians", ("civilian", ActorKind.OTHER, None, Sector.CVL, None)),
        ("the army", ("army", ActorKind.OTHER, None, Sector.MIL, None)),
    ],
)
def test_bare_agents_resolve_to_a_sector_without_a_country(
    actors: ActorDictionary, mention: str, expected: tuple[object, ...]
) -> None:
    assert summary(actors.resolve(mention)) == expected


def test_bare_state_agent_takes_the_context_country(actors: ActorDictionary) -> None:
    actor = actors.resolve("the military", context_country="NER")
    assert summary(actor) == (*NIGER, Sector.MIL, "NERMIL")


def test_context_country_does_not_make_gunmen_a_state(actors: ActorDictionary) -> None:
    actor = actors.resolve("gunmen", context_country="NGA")
    assert summary(actor) == ("gunman", ActorKind.ARMED_GROUP, None, Sector.REB, None)


def test_a_states_non_state_sector_is_a_population_not_the_state(
    actors: ActorDictionary,
) -> None:
    assert summary(actors.resolve("Nigerian civilians")) == (
        "Nigerian civilians",
        ActorKind.OTHER,
        "NGA",
        Sector.CVL,
        "NGACVL",
    )


def test_region_with_armed_agent_is_an_armed_group(actors: ActorDictionary) -> None:
    assert summary(actors.resolve("Niger Delta militants")) == (
        "Niger Delta",
        ActorKind.ARMED_GROUP,
        "NGA",
        Sector.REB,
        "NGAREB",
    )


def test_unknown_mentions_resolve_to_none(actors: ActorDictionary) -> None:
    assert actors.resolve("the weather") is None
    assert actors.resolve("") is None


@pytest.mark.parametrize("word", ["South", "North", "Muhammed"])
def test_compass_words_and_given_names_are_nobody_s_name(
    actors: ActorDictionary, word: str
) -> None:
    assert actors.owner(word) is None
    assert actors.owner("South Korea") is not None  # the full names stay
