"""PLOVER to CAMEO: the CAMEO code, label and Goldstein score of each PLOVER type, mode and
context, for the Phoenix-style export.

Written by reversing the PLOVER manual's CAMEO-to-PLOVER table (draft 0.8, 2021): where
several CAMEO codes map to one PLOVER reading, the most general code (the lowest) is kept.
Rows marked `accord` cover PLOVER modes the 2021 table has no CAMEO code for; they are
Accord's choice, documented in `docs/exports.md`. Goldstein scores are those of the CAMEO
scale (Goldstein 1992 as extended for CAMEO by Schrodt). Like its source, the table is
shared under CC BY-SA 4.0 (NOTICE).
"""

from __future__ import annotations

from dataclasses import dataclass

from accord.model import Event, EventType


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """GDELT's quad class of the root code: 1 verbal and 2 material cooperation,
        3 verbal and 4 material conflict."""
        root = int(self.root)
        if root <= 5:
            return 1
        if root <= 8:
            return 2
        return 3 if root <= 13 else 4


_C = CameoCode
CODES = {
    c.code: c
    for c in (
        _C("030", "Express intent to cooperate", 4.0),
        _C("0311", "Express intent to cooperate economically", 5.2),
        _C("0312", "Express intent to cooperate militarily", 5.2),
        _C("0313", "Express intent to cooperate on judicial matters", 5.2),
        _C("0314", "Express intent to cooperate on intelligence", 5.2),
        _C("0334", "Express intent to provide military protection or peacekeeping", 6.0),
        _C("034", "Express intent to bring political reform", 7.0),
        _C("0342", "Express intent to change policy", 7.0),
        _C("0343", "Express intent to provide rights", 7.0),
        _C("040", "Consult", 1.0),
        _C("041", "Discuss by telephone", 1.0),
        _C("042", "Make a visit", 1.9),
        _C("044", "Meet at a 'third' location", 2.5),
        _C("045", "Engage in mediation", 5.0),
        _C("050", "Engage in diplomatic cooperation", 3.5),
        _C("060", "Engage in material cooperation", 6.0),
        _C("061", "Cooperate economically", 6.4),
        _C("062", "Cooperate militarily", 7.4),
        _C("063", "Engage in judicial cooperation", 7.4),
        _C("064", "Share intelligence or information", 7.0),
        _C("070", "Provide aid", 7.0),
        _C("071", "Provide economic aid", 7.4),
        _C("072", "Provide military aid", 8.3),
        _C("074", "Provide military protection or peacekeeping", 8.5),
        _C("075", "Grant asylum", 7.0),
        _C("080", "Yield", 5.0),
        _C("081", "Ease administrative sanctions", 5.0),
        _C("083", "Accede to requests or demands for political reform", 5.0),
        _C("084", "Return, release", 7.0),
        _C("0841", "Return, release person(s)", 7.0),
        _C("0842", "Return, release property", 7.0),
        _C("086", "Allow international involvement", 9.0),
        _C("0861", "Receive deployment of peacekeepers", 9.0),
        _C("087", "De-escalate military engagement", 9.0),
        _C("0871", "Declare truce, ceasefire", 9.0),
        _C("0872", "Ease military blockade", 9.0),
        _C("090", "Investigate", -2.0),
        _C("091", "Investigate crime, corruption", -2.0),
        _C("092", "Investigate human rights abuses", -2.0),
        _C("093", "Investigate military action", -2.0),
        _C("100", "Demand", -5.0),
        _C("101", "Demand material cooperation", -5.0),
        _C("104", "Demand political reform", -5.0),
        _C("105", "Demand that target yields", -5.0),
        _C("106", "Demand meeting, negotiation", -5.0),
        _C("110", "Disapprove", -2.0),
        _C("112", "Accuse", -2.0),
        _C("1121", "Accuse of crime, corruption", -2.0),
        _C("1122", "Accuse of human rights abuses", -2.0),
        _C("1123", "Accuse of aggression", -2.0),
        _C("114", "Complain officially", -2.0),
        _C("120", "Reject", -4.0),
        _C("121", "Reject material cooperation", -4.0),
        _C("123", "Reject request or demand for political reform", -4.0),
        _C("124", "Decline to yield", -5.0),
        _C("125", "Reject proposal to meet, discuss, negotiate", -5.0),
        _C("128", "Defy norms, law", -5.0),
        _C("130", "Threaten", -4.4),
        _C("1312", "Threaten to boycott, embargo, or sanction", -5.8),
        _C("132", "Threaten with administrative sanctions", -5.8),
        _C("136", "Threaten to halt international involvement (non-mediation)", -7.0),
        _C("138", "Threaten with military force", -7.0),
        _C("1313", "Threaten to reduce or break relations", -5.8),
        _C("1382", "Threaten occupation", -7.0),
        _C("140", "Engage in political dissent", -6.5),
        _C("141", "Demonstrate or rally", -6.5),
        _C("142", "Conduct hunger strike", -6.5),
        _C("143", "Conduct strike or boycott", -6.5),
        _C("144", "Obstruct passage, block", -7.5),
        _C("145", "Protest violently, riot", -7.5),
        _C("150", "Demonstrate military or police power", -7.2),
        _C("153", "Mobilize or increase police power", -7.2),
        _C("154", "Mobilize or increase armed forces", -7.2),
        _C("160", "Reduce relations", -4.0),
        _C("161", "Reduce or break diplomatic relations", -4.0),
        _C("162", "Reduce or stop aid", -5.6),
        _C("1622", "Reduce or stop military assistance", -5.6),
        _C("163", "Impose embargo, boycott, or sanctions", -6.5),
        _C("166", "Expel or withdraw", -8.0),
        _C("1661", "Expel or withdraw peacekeepers", -8.0),
        _C("170", "Coerce", -7.0),
        _C("171", "Seize or damage property", -9.2),
        _C("172", "Impose administrative sanctions", -5.0),
        _C("1721", "Impose restrictions on freedoms of speech and expression", -5.0),
        _C("1722", "Ban political parties or politicians", -5.0),
        _C("1723", "Impose curfew", -5.0),
        _C("1724", "Impose state of emergency or martial law", -5.0),
        _C("173", "Arrest, detain, or charge with legal action", -5.0),
        _C("174", "Expel or deport individuals", -5.0),
        _C("175", "Use tactics of violent repression", -9.0),
        _C("180", "Use unconventional violence", -9.0),
        _C("181", "Abduct, hijack, or take hostage", -9.0),
        _C("182", "Physically assault", -9.5),
        _C("1712", "Destroy property", -9.2),
        _C("1821", "Sexually assault", -9.0),
        _C("1822", "Torture", -9.0),
        _C("1823", "Kill by physical assault", -10.0),
        _C("183", "Conduct suicide, car, or other non-military bombing", -10.0),
        _C("1833", "Carry out roadside bombing", -10.0),
        _C("185", "Attempt to assassinate", -8.0),
        _C("190", "Use conventional military force", -10.0),
        _C("191", "Impose blockade, restrict movement", -9.5),
        _C("192", "Occupy territory", -9.5),
        _C("193", "Fight with small arms and light weapons", -10.0),
        _C("194", "Fight with artillery and tanks", -10.0),
        _C("195", "Employ aerial weapons", -10.0),
        _C("200", "Use unconventional mass violence", -10.0),
        _C("201", "Engage in mass expulsion", -9.5),
        _C("202", "Engage in mass killings", -10.0),
        _C("204", "Use weapons of mass destruction", -10.0),
    )
}

# (PLOVER type, mode, context, CAMEO code, origin); None stands for "any" (the row applies
# whatever the event has there). The most specific matching row wins.
ROWS: tuple[tuple[EventType, str | None, str | None, str, str], ...] = (
    (EventType.AGREE, None, None, "030", "2021"),
    (EventType.AGREE, None, "economic", "0311", "2021"),
    (EventType.AGREE, None, "military", "0312", "2021"),
    (EventType.AGREE, None, "legal", "0313", "2021"),
    (EventType.AGREE, None, "intelligence", "0314", "2021"),
    (EventType.AGREE, None, "peacekeeping", "0334", "2021"),
    (EventType.AGREE, None, "political_institutions", "034", "2021"),
    (EventType.AGREE, None, "executive", "0342", "2021"),
    (EventType.AGREE, None, "rights_freedoms", "0343", "2021"),
    (EventType.CONSULT, None, None, "040", "2021"),
    (EventType.CONSULT, "phone", None, "041", "2021"),
    (EventType.CONSULT, "visit", None, "042", "2021"),
    (EventType.CONSULT, "third-party", None, "044", "2021"),
    (EventType.CONSULT, "multilateral", None, "040", "accord"),
    (EventType.CONSULT, None, "diplomatic", "045", "2021"),
    (EventType.SUPPORT, None, None, "050", "2021"),
    (EventType.CONCEDE, None, None, "080", "2021"),
    (EventType.CONCEDE, None, "legal", "081", "2021"),
    (EventType.CONCEDE, None, "political_institutions", "083", "2021"),
    (EventType.COOPERATE, None, None, "060", "2021"),
    (EventType.COOPERATE, None, "economic", "061", "2021"),
    (EventType.COOPERATE, None, "military", "062", "2021"),
    (EventType.COOPERATE, None, "legal", "063", "2021"),
    (EventType.COOPERATE, None, "intelligence", "064", "2021"),
    (EventType.AID, None, None, "070", "2021"),
    (EventType.AID, None, "economic", "071", "2021"),
    (EventType.AID, None, "military", "072", "2021"),
    (EventType.AID, None, "peacekeeping", "074", "2021"),
    (EventType.AID, None, "asylum", "075", "2021"),
    (EventType.RETREAT, None, None, "084", "2021"),
    (EventType.RETREAT, "release", None, "0841", "2021"),
    (EventType.RETREAT, "return", None, "0842", "2021"),
    (EventType.RETREAT, "access", None, "086", "2021"),
    (EventType.RETREAT, "access", "peacekeeping", "0861", "2021"),
    (EventType.RETREAT, "ceasefire", None, "0871", "2021"),
    (EventType.RETREAT, "disarm", None, "087", "2021"),
    (EventType.RETREAT, "withdraw", None, "087", "accord"),
    (EventType.RETREAT, "withdraw", "military", "0872", "2021"),
    (EventType.RETREAT, "resign", None, "083", "accord"),
    (EventType.REQUEST, None, None, "100", "2021"),
    (EventType.REQUEST, "assist", None, "101", "2021"),
    (EventType.REQUEST, "change", None, "104", "2021"),
    (EventType.REQUEST, "yield", None, "105", "accord"),
    (EventType.REQUEST, "meet", None, "106", "2021"),
    (EventType.ACCUSE, None, None, "112", "accord"),
    (EventType.ACCUSE, "disapprove", None, "110", "2021"),
    (EventType.ACCUSE, "allege", None, "112", "accord"),
    (EventType.ACCUSE, "allege", "crime", "1121", "2021"),
    (EventType.ACCUSE, "allege", "corruption", "1121", "2021"),
    (EventType.ACCUSE, "allege", "human_rights", "1122", "2021"),
    (EventType.ACCUSE, "allege", "military", "1123", "2021"),
    (EventType.ACCUSE, "allege", "diplomatic", "114", "2021"),
    (EventType.ACCUSE, "investigate", None, "090", "2021"),
    (EventType.ACCUSE, "investigate", "crime", "091", "2021"),
    (EventType.ACCUSE, "investigate", "corruption", "091", "2021"),
    (EventType.ACCUSE, "investigate", "human_rights", "092", "2021"),
    (EventType.ACCUSE, "investigate", "military", "093", "2021"),
    (EventType.REJECT, None, None, "120", "2021"),
    (EventType.REJECT, "assist", None, "121", "2021"),
    (EventType.REJECT, "change", None, "124", "2021"),
    (EventType.REJECT, "change", "political_institutions", "123", "2021"),
    (EventType.REJECT, "meet", None, "125", "2021"),
    (EventType.REJECT, "yield", None, "128", "accord"),
    (EventType.THREATEN, None, None, "130", "2021"),
    (EventType.THREATEN, "restrict", "economic", "1312", "2021"),
    (EventType.THREATEN, "ban", None, "132", "2021"),
    (EventType.THREATEN, "relations", "diplomatic", "1313", "2021"),
    (EventType.THREATEN, "expel", None, "136", "2021"),
    (EventType.THREATEN, "territory", None, "1382", "2021"),
    (EventType.THREATEN, "violence", None, "138", "2021"),
    (EventType.PROTEST, None, None, "140", "2021"),
    (EventType.PROTEST, "demo", None, "141", "2021"),
    (EventType.PROTEST, "hunger", None, "142", "2021"),
    (EventType.PROTEST, "boycott", None, "143", "2021"),
    (EventType.PROTEST, "strike", None, "143", "accord"),
    (EventType.PROTEST, "obstruct", None, "144", "2021"),
    (EventType.PROTEST, "riot", None, "145", "2021"),
    (EventType.MOBILIZE, None, None, "150", "2021"),
    (EventType.MOBILIZE, "police", None, "153", "2021"),
    (EventType.MOBILIZE, "troops", None, "154", "2021"),
    (EventType.MOBILIZE, "militia", None, "154", "accord"),
    (EventType.SANCTION, None, None, "160", "2021"),
    (EventType.SANCTION, "withdraw", None, "161", "2021"),
    (EventType.SANCTION, "discontinue", None, "162", "2021"),
    (EventType.SANCTION, "discontinue", "military", "1622", "2021"),
    (EventType.SANCTION, "expel", None, "166", "2021"),
    (EventType.SANCTION, "expel", "military", "1661", "2021"),
    (EventType.COERCE, None, None, "170", "2021"),
    (EventType.COERCE, "seize", None, "171", "2021"),
    (EventType.COERCE, "seize", "military", "192", "2021"),
    (EventType.COERCE, "restrict", None, "172", "2021"),
    (EventType.COERCE, "restrict", "diplomatic", "163", "2021"),
    (EventType.COERCE, "restrict", "military", "191", "2021"),
    (EventType.COERCE, "restrict", "rights_freedoms", "1721", "2021"),
    (EventType.COERCE, "censor", None, "1721", "accord"),
    (EventType.COERCE, "ban", None, "1722", "2021"),
    (EventType.COERCE, "curfew", None, "1723", "2021"),
    (EventType.COERCE, "martial-law", None, "1724", "2021"),
    (EventType.COERCE, "arrest", None, "173", "2021"),
    (EventType.COERCE, "deport", None, "174", "2021"),
    (EventType.ASSAULT, None, None, "180", "2021"),
    (EventType.ASSAULT, None, "military", "190", "2021"),
    (EventType.ASSAULT, "abduct", None, "181", "2021"),
    (EventType.ASSAULT, "beat", None, "182", "2021"),
    (EventType.ASSAULT, "sexual", None, "1821", "2021"),
    (EventType.ASSAULT, "torture", None, "1822", "2021"),
    (EventType.ASSAULT, "execute", None, "1823", "accord"),
    (EventType.ASSAULT, "destroy", None, "1712", "accord"),
    (EventType.ASSAULT, "suicide-attack", None, "183", "2021"),
    (EventType.ASSAULT, "explosives", None, "1833", "2021"),
    (EventType.ASSAULT, "assassinate", None, "185", "2021"),
    (EventType.ASSAULT, "crowd-control", None, "175", "accord"),
    (EventType.ASSAULT, "firearms", None, "193", "2021"),
    (EventType.ASSAULT, "heavy-weapons", None, "194", "2021"),
    (EventType.ASSAULT, "aerial", None, "195", "accord"),
    (EventType.ASSAULT, "drone", None, "195", "accord"),
    (EventType.ASSAULT, "massacre", None, "200", "2021"),
    (EventType.ASSAULT, "massacre", "religion_ethnicity", "202", "2021"),
    (EventType.ASSAULT, "cleansing", None, "201", "2021"),
    (EventType.ASSAULT, "unconventional", None, "204", "2021"),
)

_BY_KEY = {(t, mode, context): code for t, mode, context, code, _ in ROWS}


def cameo_code(event: Event) -> CameoCode:
    """The CAMEO code of a PLOVER event as PLOVER codes it (a threatened act is a threat,
    13x): its type, mode and first context that has a row, then its type and mode, type
    and context, and type alone."""
    kind, mode = event.plover_coding()
    contexts = [context.value for context in event.contexts]
    candidates = [
        *((kind, mode, context) for context in contexts),
        (kind, mode, None),
        *((kind, None, context) for context in contexts),
        (kind, None, None),
    ]
    for key in candidates:
        if key in _BY_KEY:
            return CODES[_BY_KEY[key]]
    raise KeyError(f"no CAMEO code for {kind}")  # every type has a (type, None, None) row
