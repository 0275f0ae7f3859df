"""The commitment topic lexicon: phrases in English and French, each mapped to a stable topic.

Topic names are a public vocabulary (events and exports key on them); add phrases freely, but
rename a topic only with a migration. Phrases are regular expressions matched case-blind on
word boundaries; `[\\s-]` accepts "peace-keeping" and "peace keeping". A phrase should name the
cooperation area itself ("intelligence sharing"), not a word that merely occurs near it
("intelligence" alone would catch "artificial intelligence"). Acronyms match in capitals
only: `(?-i:IHL)`. Written by the Accord team.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    """A commitment topic: its stable name, what it covers, and the phrases that state it."""

    name: str
    covers: str
    phrases: tuple[str, ...]


TOPICS: tuple[Topic, ...] = (
    Topic(
        "policing",
        "police reform and capacity, civilian and community policing, law enforcement",
        (
            r"(?:civilian|community|democratic|intelligence[\s-]led)\s+policing(?:\s+standards)?",
            r"policing(?:\s+(?:standards|advisors|advisers|reform|duties))?",
            r"police\s+(?:reform|training|cooperation|capacity|capabilities)",
            r"law\s+enforcement(?:\s+cooperation)?",
            r"crime\s+prevention",
            r"civilian\s+security",
            r"police\s+de\s+proximité",
            r"coopération\s+policière",
            r"réforme\s+de\s+la\s+police",
            r"prévention\s+de\s+la\s+criminalité",
        ),
    ),
    Topic(
        "human_rights",
        "respect for and protection of human rights, accountability for abuses",
        (
            r"human\s+rights",
            r"droits\s+(?:de\s+l[’']homme|humains)",
        ),
    ),
    Topic(
        "international_humanitarian_law",
        "the law of armed conflict and its training",
        (
            r"international\s+humanitarian\s+law",
            r"(?-i:IHL)",
            r"laws?\s+of\s+armed\s+conflict",
            r"droit\s+international\s+humanitaire",
            r"droit\s+des\s+conflits\s+armés",
        ),
    ),
    Topic(
        "women_peace_security",
        "the women, peace and security agenda; the role of women in security forces",
        (
            r"women,?\s+peace\s+and\s+security",
            r"role\s+of\s+women(?:\s+in\s+(?:achieving\s+)?(?:sustainable\s+)?peace)?",
            r"equal\s+treatment\s+of\s+men\s+and\s+women",
            r"participation\s+of\s+women",
            r"femmes,?\s+(?:la\s+)?paix\s+et\s+(?:la\s+)?sécurité",
            r"rôle\s+des\s+femmes",
            r"participation\s+des\s+femmes",
        ),
    ),
    Topic(
        "reintegration",
        "disarmament, demobilisation, rehabilitation and reintegration of former fighters and "
        "of people who have left extremist groups; deradicalisation",
        (
            r"disarmament,?\s+demobili[sz]ation,?\s+and\s+reintegration",
            r"rehabilitation\s+and\s+reintegration",
            r"reintegration(?:\s+pathways?)?(?:\s+(?:in)?to\s+civilian\s+life)?",
            r"deradicali[sz]ation",
            r"(?-i:DDR)",
            r"désarmement,?\s+démobilisation\s+et\s+réinsertion",
            r"réinsertion",
            r"réintégration",
            r"déradicalisation",
        ),
    ),
    Topic(
        "counter_terrorism",
        "fighting terrorism and violent extremism, prevention, counter-narratives, foreign "
        "terrorist fighters",
        (
            r"counter[\s-]?terrorism(?:\s+(?:cooperation|efforts|operations|capabilities))?",
            r"countering\s+(?:violent\s+extremism|terrorism)",
            r"(?:fight|struggle|war)\s+against\s+terrorism",
            r"(?:tackle|tackling|combat|combating|combatting|fighting)\s+terrorism",
            r"violent\s+extremism",
            r"counter[\s-]narratives?",
            r"counter[\s-]?insurgency",
            r"foreign\s+terrorist\s+fighters?(?:\s+prosecution)?",
            r"terrorism",
            r"lutte\s+contre\s+le\s+terrorisme",
            r"(?:contre|anti)[\s-]?terroris(?:me|te)",
            r"extrémisme\s+violent",
            r"terrorisme",
        ),
    ),
    Topic(
        "intelligence_sharing",
        "sharing and exchange of intelligence and security information",
        (
            r"intelligence[\s-]sharing",
            r"shar(?:e|ing)\s+(?:of\s+)?intelligence",
            r"exchange\s+of\s+(?:intelligence|information)",
            r"information[\s-]sharing",
            r"intelligence\s+(?:cooperation|exchange)",
            r"partage\s+(?:de\s+|du\s+|des\s+)?(?:renseignements?|informations?)",
            r"échange\s+(?:de\s+|d[’'])(?:renseignements?|informations?)",
            r"coopération\s+(?:en\s+matière\s+de\s+)?renseignement",
        ),
    ),
    Topic(
        "border_security",
        "border control, management and surveillance",
        (
            r"border\s+(?:security|control|controls|management|surveillance)",
            r"secur(?:e|ing)\s+(?:the|our|their|its)\s+(?:common\s+|shared\s+)?borders?",
            r"sécurité\s+(?:des|aux)\s+frontières",
            r"(?:contrôle|gestion|sécurisation|surveillance)\s+des\s+frontières",
        ),
    ),
    Topic(
        "maritime_security",
        "security at sea, piracy, armed robbery at sea",
        (
            r"maritime\s+(?:security|domain\s+awareness|cooperation)",
            r"piracy",
            r"armed\s+robbery\s+at\s+sea",
            r"sécurité\s+maritime",
            r"piraterie",
        ),
    ),
    Topic(
        "arms_control",
        "arms control, disarmament, non-proliferation, arms embargoes",
        (
            r"arms\s+control",
            r"non[\s-]?proliferation(?:\s+obligations)?",
            r"arms\s+embargo(?:es)?",
            r"contrôle\s+des\s+armements",
            r"non[\s-]prolifération",
            r"embargo\s+sur\s+les\s+armes",
        ),
    ),
    Topic(
        "small_arms",
        "small arms and light weapons, illicit weapons flows",
        (
            r"small\s+arms(?:\s+and\s+light\s+weapons)?",
            r"(?-i:SALW)",
            r"(?:arms|weapons)\s+(?:trafficking|smuggling)",
            r"illicit\s+(?:arms|weapons)",
            r"armes\s+légères(?:\s+et\s+de\s+petit\s+calibre)?",
            r"(?-i:ALPC)",
            r"trafic\s+d[’']armes",
        ),
    ),
    Topic(
        "organised_crime",
        "organised and transnational crime and criminal groups",
        (
            r"(?:serious\s+)?organi[sz]ed\s+crime",
            r"organi[sz]ed\s+criminal\s+(?:groups|networks|gangs)",
            r"transnational\s+(?:organi[sz]ed\s+)?crime",
            r"criminalité\s+(?:transnationale\s+)?organisée",
            r"crime\s+organisé",
            r"criminalité\s+transnationale",
        ),
    ),
    Topic(
        "drug_trafficking",
        "trafficking in drugs and narcotics",
        (
            r"drugs?\s+trafficking",
            r"trafficking\s+in\s+(?:illicit\s+)?drugs",
            r"narcotics?(?:\s+trafficking)?",
            r"narco[\s-]?trafficking",
            r"trafic\s+de\s+(?:drogues?|stupéfiants)",
            r"narcotrafic",
        ),
    ),
    Topic(
        "human_trafficking",
        "trafficking in persons, people smuggling",
        (
            r"human\s+trafficking",
            r"trafficking\s+in\s+(?:persons|people|human\s+beings)",
            # "trafficking in drugs and persons": the drug phrase keeps its own words.
            r"(?<=drugs\sand\s)persons",
            r"(?:people|migrant)\s+smuggling",
            r"traite\s+des\s+(?:êtres\s+humains|personnes)",
            r"trafic\s+(?:de\s+migrants|d[’']êtres\s+humains|de\s+personnes)",
        ),
    ),
    Topic(
        "cybersecurity",
        "cyber security, cyber defence and cybercrime",
        (
            r"cyber[\s-]?(?:security|defen[cs]e|crime|capabilities|threats|attacks)",
            r"cyber",
            r"cybersécurité",
            r"cyberdéfense",
            r"cybercriminalité",
        ),
    ),
    Topic(
        "training",
        "training and capacity building of security forces",
        (
            r"(?:military\s+|joint\s+)?training(?:\s+(?:programmes?|programs?|courses?))?",
            r"capacity[\s-]building",
            r"formation\s+militaire",
            r"formation\s+des\s+(?:forces|soldats|militaires|troupes|officiers|policiers)",
            r"programmes?\s+de\s+formation",
            r"entraînement",
            r"renforcement\s+des\s+capacités",
        ),
    ),
    Topic(
        "arms_transfer",
        "supply, sale and delivery of weapons and military equipment",
        (
            r"(?:military|defen[cs]e|security)\s+(?:equipment|hardware)",
            r"(?:arms|weapons)\s+(?:sales?|transfers?|deliveries|supplies)",
            r"(?:supply|supplies|provision|delivery|deliveries|sale|sales|transfer)\s+of\s+"
            r"(?:arms|weapons|military\s+equipment|military\s+hardware|equipment)",
            r"équipements?\s+militaires?",
            r"matériels?\s+militaires?",
            r"(?:livraisons?|ventes?|fournitures?)\s+d[’'](?:armes|équipements)",
        ),
    ),
    Topic(
        "joint_operations",
        "joint patrols, operations and exercises between forces",
        (
            r"joint\s+(?:military\s+)?(?:patrols?|operations?|exercises?)",
            r"patrouilles?\s+(?:conjointes?|mixtes?)",
            r"opérations?\s+(?:militaires\s+)?conjointes?",
            r"exercices?\s+(?:militaires\s+)?conjoints?",
        ),
    ),
    Topic(
        "peacekeeping",
        "peacekeeping and peace support operations",
        (
            r"peace[\s-]?keeping(?:\s+(?:capabilities|missions?|operations?|forces?))?",
            r"peace[\s-]?keepers",
            r"peace\s+support\s+operations?",
            r"maintien\s+de\s+la\s+paix",
            r"casques\s+bleus",
        ),
    ),
    Topic(
        "stabilisation",
        "stabilisation of conflict-affected areas",
        (r"(?:regional\s+)?stabili[sz]ation(?:\s+efforts)?",),
    ),
    Topic(
        "child_protection",
        "protection of children in conflict, child soldiers",
        (
            r"child\s+protection",
            r"protection\s+(?:for|of)\s+children(?:\s+in\s+conflict(?:\s+zones)?)?",
            r"children\s+(?:and|in|affected\s+by)\s+armed\s+conflict",
            r"child\s+soldiers",
            r"recruitment\s+of\s+children",
            r"protection\s+de\s+l[’']enfance",
            r"protection\s+des\s+enfants",
            r"enfants[\s-]soldats",
        ),
    ),
    Topic(
        "sexual_exploitation_abuse",
        "sexual exploitation and abuse, conflict-related sexual violence",
        (
            r"sexual\s+exploitation\s+and\s+abuse",
            r"(?:conflict[\s-]related\s+)?sexual\s+(?:and\s+gender[\s-]based\s+)?violence",
            r"exploitation\s+et\s+(?:les\s+)?abus\s+sexuels",
            r"violences?\s+sexuelles?",
        ),
    ),
    Topic(
        "illicit_finance",
        "terrorist financing, money laundering and illicit financial flows",
        (
            r"(?:countering\s+)?terrorist\s+financing",
            r"financing\s+of\s+terrorism",
            r"terror(?:ism)?\s+financing",
            r"(?:anti[\s-])?money\s+laundering",
            r"illicit\s+financ(?:e|ial\s+flows)",
            r"financement\s+du\s+terrorisme",
            r"blanchiment\s+(?:de\s+capitaux|d[’']argent)",
            r"flux\s+financiers\s+illicites",
        ),
    ),
    Topic(
        "defence_cooperation",
        "military, defence and security cooperation and partnerships",
        (
            r"(?:military|defen[cs]e|security)\s+(?:and\s+defen[cs]e\s+)?"
            r"(?:cooperation|co-operation|collaboration|partnership)",
            r"military\s+diplomacy",
            r"coopération\s+(?:militaire|sécuritaire|de\s+défense)",
            r"coopération\s+en\s+matière\s+de\s+(?:défense|sécurité)",
            r"partenariat\s+(?:militaire|de\s+défense|de\s+sécurité)",
        ),
    ),
    Topic(
        "banditry",
        "armed banditry and kidnapping for ransom",
        (
            r"(?:armed\s+)?banditry",
            r"kidnappings?\s+for\s+ransom",
            r"banditisme",
            r"enlèvements?\s+contre\s+rançon",
        ),
    ),
    Topic(
        "humanitarian_aid",
        "humanitarian assistance and access, displaced people and refugees",
        (
            r"humanitarian\s+(?:aid|assistance|access|support|relief)",
            r"(?:internal\s+)?displacement",
            r"(?:internally\s+)?displaced\s+(?:persons|people)",
            r"(?-i:IDPs)",
            r"refugees",
            r"aide\s+humanitaire",
            r"assistance\s+humanitaire",
            r"personnes\s+déplacées(?:\s+internes)?",
            r"déplacés\s+internes",
            r"réfugiés",
        ),
    ),
    Topic(
        "defence_technology",
        "advanced military technology: nuclear-powered submarines, artificial intelligence, "
        "quantum and hypersonic capabilities",
        (
            r"nuclear[\s-]powered\s+submarines?",
            r"artificial\s+intelligence",
            r"quantum\s+(?:technologies|technology|computing)",
            r"hypersonic(?:\s+(?:weapons|capabilities))?",
            r"undersea\s+capabilities",
            r"intelligence\s+artificielle",
            r"sous[\s-]marins?\s+à\s+propulsion\s+nucléaire",
        ),
    ),
)
