"""Turkish names of the dictionary's actors: states, demonyms, capitals, IGOs, armed groups,
offices and agents, as Turkish news writes them.

State names come from the Turkish translation of ISO 3166 that pycountry ships (the
iso-codes project), plus the shorter forms news uses ("ABD", "Rusya", "İngiltere").
Demonyms are mostly regular: the name with the suffix -lı/-li/-lu/-lü chosen by vowel
harmony ("Nijeryalı", "Türkiyeli"); the irregular ones ("Türk", "Rus", "Fransız") are
listed. Case and plural suffixes are not listed here: Turkish writes them after an
apostrophe on proper names ("Nijerya'nın") and the Turkish tokenizer splits them off
(`accord.stages.mentions.turkish`), so each name is listed once, in its bare form.

Every Turkish name points to a record of the built dictionary, so a Turkish mention
resolves to the same actor as its English name. An office named without a country
("Cumhurbaşkanı Erdoğan", "Başkan Erdoğan", "Dışişleri Bakanı") is Türkiye's: Turkish
news names a foreign office with its country ("Nijerya Cumhurbaşkanı").
"""

from __future__ import annotations

import gettext
from collections.abc import Iterable
from dataclasses import dataclass

import pycountry

from accord.model import Sector
from accord.stages.actors.mention import key
from accord.stages.actors.records import (
    ActorData,
    AgentRecord,
    InstitutionRecord,
    OrganisationRecord,
    StateRecord,
)

TURKEY = "TUR"
# Short forms Turkish news uses besides the ISO names, by ISO alpha-3.
_NEWS_NAMES: dict[str, tuple[str, ...]] = {
    "USA": ("ABD", "Amerika"), "GBR": ("İngiltere",), "RUS": ("Rusya",),
    "PSE": ("Filistin",), "CZE": ("Çek Cumhuriyeti",), "COD": ("KDC",),
    "XKX": ("Kosova",), "VAT": ("Vatikan",), "BIH": ("Bosna Hersek",),
    "ARE": ("BAE",), "CIV": ("Fildişi",), "TUR": ("Türkiye Cumhuriyeti",),
}  # fmt: skip
# Demonyms that are not the name with -lı ("Türk", not "Türkiyeli" only).
_DEMONYMS: dict[str, tuple[str, ...]] = {
    "TUR": ("Türk",), "RUS": ("Rus",), "FRA": ("Fransız",), "DEU": ("Alman",),
    "GBR": ("İngiliz",), "USA": ("Amerikan", "Amerikalı"), "GRC": ("Yunan",),
    "ITA": ("İtalyan",), "ESP": ("İspanyol",), "JPN": ("Japon",), "ARM": ("Ermeni",),
    "PHL": ("Filipinli",), "NLD": ("Hollandalı",), "POL": ("Polonyalı",),
    "HUN": ("Macar",), "BGR": ("Bulgar",), "SRB": ("Sırp",), "HRV": ("Hırvat",),
    "ALB": ("Arnavut",), "GEO": ("Gürcü",), "AZE": ("Azerbaycanlı", "Azeri"),
    "CHN": ("Çinli",), "KOR": ("Güney Koreli",), "PRK": ("Kuzey Koreli",),
    "ZAF": ("Güney Afrikalı",), "SAU": ("Suudi",), "AFG": ("Afgan",),
    "UZB": ("Özbek",), "KAZ": ("Kazak",), "TKM": ("Türkmen",), "KGZ": ("Kırgız",),
    "MNG": ("Moğol",),
}  # fmt: skip
# Capitals whose Turkish name differs from the English one, standing for governments.
_CAPITALS: dict[str, tuple[str, ...]] = {
    "RUS": ("Moskova",), "USA": ("Vaşington",), "GBR": ("Londra",), "CHN": ("Pekin",),
    "IRN": ("Tahran",), "IRQ": ("Bağdat",), "EGY": ("Kahire",),
    "GRC": ("Atina",), "UKR": ("Kiev",), "GEO": ("Tiflis",), "AZE": ("Bakü",),
    "ARM": ("Erivan",), "LBN": ("Beyrut",), "SAU": ("Riyad",), "POL": ("Varşova",),
    "AUT": ("Viyana",), "PRT": ("Lizbon",), "AFG": ("Kabil",),
}  # fmt: skip
# Left out: "Şam" (Damascus) reads as the name "Sam" once accents are folded, and "Brüksel"
# stands for the EU as often as for Belgium (the English dictionary leaves Brussels out too).
# Offices that, named without a country, are Türkiye's government.
_NATIONAL_OFFICES = (
    "Cumhurbaşkanı", "Başkan", "Başbakan", "Dışişleri Bakanı", "Milli Savunma Bakanı",
    "Savunma Bakanı", "İçişleri Bakanı", "Dışişleri Bakanlığı", "Milli Savunma Bakanlığı",
    "Cumhurbaşkanlığı", "Ankara yönetimi",
)  # fmt: skip
# Turkish bodies of the Turkish state: (names, sector).
_INSTITUTIONS: tuple[tuple[tuple[str, ...], Sector], ...] = (
    (("TSK", "Türk Silahlı Kuvvetleri"), Sector.MIL),
    (("MSB",), Sector.GOV),
    (("MİT", "Milli İstihbarat Teşkilatı"), Sector.SPY),
    (("TBMM", "Türkiye Büyük Millet Meclisi"), Sector.LEG),
    (("Emniyet Genel Müdürlüğü",), Sector.COP),
)
# Turkish names of IGOs and armed groups, by the dictionary's organisation id.
_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "united-nations": ("BM", "Birleşmiş Milletler"),
    "un-security-council": ("BM Güvenlik Konseyi", "Güvenlik Konseyi", "BMGK"),
    "european-union": ("AB", "Avrupa Birliği", "Avrupa Komisyonu"),
    "nato": ("Kuzey Atlantik Antlaşması Örgütü",),
    "african-union": ("Afrika Birliği",),
    "ecowas": ("Batı Afrika Devletleri Ekonomik Topluluğu",),
    "arab-league": ("Arap Birliği",),
    "organization-of-islamic-conferences": ("İslam İşbirliği Teşkilatı", "İİT"),
    "icc": ("Uluslararası Ceza Mahkemesi", "UCM"),
    "imf": ("Uluslararası Para Fonu",),
    "gcc": ("Körfez İşbirliği Konseyi", "KİK"),
    "alliance-of-sahel-states": ("Sahel Devletleri İttifakı", "Sahel Devletleri Konfederasyonu"),
    "council-of-europe": ("Avrupa Konseyi",),
    "islamic-state": ("DEAŞ", "DAEŞ", "IŞİD", "İslam Devleti"),
    "al-qaeda": ("El Kaide",),
    "al-shabaab": ("Eş-Şebab", "El-Şebab"),
    "hezbollah": ("Hizbullah",),
    "pkk": ("Kürdistan İşçi Partisi",),
    "iswap": ("IŞİD Batı Afrika Vilayeti",),
}
# Turkish agent nouns, in the forms news writes them, by the dictionary agent they mean.
_AGENTS: dict[str, tuple[str, ...]] = {
    "army": ("ordu", "ordusu", "orduları"),
    "armed forces": ("silahlı kuvvetler", "silahlı kuvvetleri"),
    "soldier": ("asker", "askerler", "askerleri"),
    "security forces": ("güvenlik güçleri",),
    "navy": ("deniz kuvvetleri", "donanma", "donanması"),
    "air force": ("hava kuvvetleri",),
    "police": ("polis", "polisi", "polisler"),
    "gendarmerie": ("jandarma", "jandarması"),
    "intelligence": ("istihbarat", "istihbaratı"),
    "government": ("hükümet", "hükümeti"),  # not "yönetim": a company's management too
    "junta": ("cunta", "cuntası"),
    "president": ("cumhurbaşkanı", "devlet başkanı", "başkan", "başkanı"),
    "prime minister": ("başbakan", "başbakanı"),
    "minister": ("bakan", "bakanı"),
    "foreign minister": ("dışişleri bakanı",),
    "defence minister": ("savunma bakanı", "milli savunma bakanı"),
    "ministry of defence": ("savunma bakanlığı", "milli savunma bakanlığı"),
    "parliament": ("meclis", "meclisi", "parlamento", "parlamentosu"),
    "terrorist": ("terörist", "teröristler"),
    "militant": ("militan", "militanlar"),
    "rebel": ("isyancı", "isyancılar", "asi", "asiler"),
    "civilian": ("sivil", "siviller"),
    "protester": ("protestocu", "protestocular", "gösterici", "göstericiler"),
    "opposition": ("muhalefet",),
}
_BACK_VOWELS = {"a": "ı", "ı": "ı", "o": "u", "u": "u"}
_FRONT_VOWELS = {"e": "i", "i": "i", "ö": "ü", "ü": "ü"}


@dataclass(frozen=True, slots=True)
class TurkishNames:
    """Turkish surfaces for the dictionary's records, grouped by how they name them."""

    names: tuple[tuple[StateRecord | OrganisationRecord | InstitutionRecord, str], ...]
    demonyms: tuple[tuple[StateRecord, str], ...]
    capitals: tuple[tuple[StateRecord, str], ...]
    offices: tuple[tuple[StateRecord, str], ...] = ()  # standing for Türkiye's government
    agents: tuple[tuple[str, AgentRecord], ...] = ()


def demonym_of(name: str) -> str:
    """The regular demonym: the name with -lı/-li/-lu/-lü after its last vowel's harmony."""
    for letter in reversed(name.lower()):
        if letter in _BACK_VOWELS:
            return f"{name}l{_BACK_VOWELS[letter]}"
        if letter in _FRONT_VOWELS:
            return f"{name}l{_FRONT_VOWELS[letter]}"
    return f"{name}li"


def state_names() -> dict[str, tuple[str, ...]]:
    """Turkish names of every ISO 3166 state, by alpha-3: ISO's short, common and
    official names in Turkish, then news forms; names with a comma ("Tayvan, Çin
    Eyaleti") are catalogue forms, not text."""
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["tr"])
    names: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        written = [
            translation.gettext(str(value))
            for value in (
                getattr(country, "common_name", None),
                country.name,
                getattr(country, "official_name", None),
            )
            if value
        ]
        written += _NEWS_NAMES.get(country.alpha_3, ())
        names[country.alpha_3] = tuple(dict.fromkeys(n for n in written if "," not in n))
    for code, extra in _NEWS_NAMES.items():
        names.setdefault(code, extra)
    return names


def _demonyms(code: str, names: tuple[str, ...]) -> tuple[str, ...]:
    regular = [demonym_of(n) for n in names[:1] if " " not in n and not n.endswith(("lar", "ler"))]
    return tuple(dict.fromkeys([*_DEMONYMS.get(code, ()), *regular]))


def turkish_names(data: ActorData) -> TurkishNames:
    """The Turkish names of `data`'s records. A Turkish name that is already another
    record's name in the dictionary is left out: the dictionary's reading wins."""
    states = {state.iso3: state for state in data.states}
    taken = _taken_keys(data)
    names: list[tuple[StateRecord | OrganisationRecord | InstitutionRecord, str]] = []
    demonyms: list[tuple[StateRecord, str]] = []
    capitals: list[tuple[StateRecord, str]] = []
    for code, written in state_names().items():
        state = states.get(code)
        if state is None:
            continue
        names += [(state, n) for n in _free(written, code, taken)]
        demonyms += [(state, d) for d in _free(_demonyms(code, written), code, taken)]
        capitals += [(state, c) for c in _free(_CAPITALS.get(code, ()), code, taken)]
    offices: list[tuple[StateRecord, str]] = []
    if TURKEY in states:
        offices += [(states[TURKEY], office) for office in _NATIONAL_OFFICES]
        names += [(institution, n) for institution in _institutions() for n in institution.names]
    organisations = {organisation.id: organisation for organisation in data.organisations}
    for identifier, written in _ORGANISATIONS.items():
        if identifier in organisations:
            names += [(organisations[identifier], n) for n in written]
    agents: dict[str, AgentRecord] = {}
    for agent in data.agents:
        agents.setdefault(key(agent.phrase), agent)
    return TurkishNames(
        names=tuple(names),
        demonyms=tuple(demonyms),
        capitals=tuple(capitals),
        offices=tuple(offices),
        agents=tuple(
            (surface, agents[key(phrase)])
            for phrase, surfaces in _AGENTS.items()
            if key(phrase) in agents
            for surface in surfaces
        ),
    )


def _free(surfaces: Iterable[str], code: str, taken: dict[str, str]) -> list[str]:
    """The surfaces that name no other state in English or French ("Gine" is Guinea's
    alone; a Turkish name that is another state's English name is left out)."""
    return [surface for surface in surfaces if taken.get(key(surface), code) == code]


def _institutions() -> tuple[InstitutionRecord, ...]:
    return tuple(
        InstitutionRecord(name=names[0], country=TURKEY, sector=sector, code="TUR", names=names)
        for names, sector in _INSTITUTIONS
    )


def _taken_keys(data: ActorData) -> dict[str, str]:
    """Keys of the states' English and French names, with the state each names."""
    taken: dict[str, str] = {}
    for state in data.states:
        for name in (state.name, *state.names, *state.demonyms, *state.capitals):
            taken.setdefault(key(name), state.iso3)
    return taken
