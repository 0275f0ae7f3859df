"""Trigger phrases for PLOVER event types, in English and French.

Each entry is (event type, mode or None, priority, regular expression). The expressions are
matched case-insensitively on one sentence; the matched words become the event's type
evidence. Priority breaks ties between types triggered in the same sentence: signing a
cooperation pact is AGREE (the act reported), not COOPERATE (its subject matter), so the
signing trigger outranks the topic phrase. Written by the Accord team from the PLOVER
codebook's definitions and ordinary news and communiqué language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from accord.model import EventType

_AGREEMENT = (
    r"(?:agreements?|accords?|pacts?|treat(?:y|ies)|deals?|memorand(?:um|a)(?: of understanding)?"
    r"|mou|protocols?|declarations?|charters?|communiqu[eé]s?)"
)
_ACCORD_FR = r"(?:accords?|trait[ée]s?|pactes?|protocoles?|m[ée]morandums?|d[ée]clarations?|charte)"


@dataclass(frozen=True, slots=True)
class Trigger:
    event_type: EventType
    mode: str | None
    priority: int
    pattern: re.Pattern[str]


def _t(event_type: EventType, mode: str | None, priority: int, expression: str) -> Trigger:
    return Trigger(event_type, mode, priority, re.compile(expression, re.IGNORECASE))


A, C, S, N = EventType.AGREE, EventType.CONSULT, EventType.SUPPORT, EventType.CONCEDE
CO, AI, RE = EventType.COOPERATE, EventType.AID, EventType.RETREAT
RQ, AC, RJ, TH = EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN
PR, SA, MO, CE, AS = (
    EventType.PROTEST,
    EventType.SANCTION,
    EventType.MOBILIZE,
    EventType.COERCE,
    EventType.ASSAULT,
)

TRIGGERS: tuple[Trigger, ...] = (
    # AGREE: signing, concluding, joining, committing
    _t(
        A,
        None,
        9,
        rf"\b(?:sign(?:ed|s|ing)?|ink(?:ed|s)?|conclud(?:ed|es)|seal(?:ed|s)?|adopt(?:ed|s)?)\b(?:\s+\w+){{0,6}}?\s+{_AGREEMENT}\b",
    ),
    _t(A, None, 9, rf"\b{_AGREEMENT}\s+(?:was|were|has been|have been)\s+signed\b"),
    _t(
        A,
        None,
        8,
        r"\b(?:agreed|agree|agrees|pledged|committed|undertook|vowed|promised|resolved)\s+to\b",
    ),
    _t(A, None, 8, r"\b(?:reached|struck)\s+(?:an?\s+)?(?:agreement|deal|accord)\b"),
    _t(
        A,
        None,
        8,
        r"\b(?:instrument of accession|accession to|became (?:a|the) \w+ member|joined (?:nato|the alliance))\b",
    ),
    _t(A, None, 7, r"\bnew commitments\b|\bagreements? reached\b"),
    _t(
        A,
        None,
        7,
        r"\b(?:strengthen|deepen|boost|bolster|reinforce|upgrade|renew)(?:s|ed|ing)?\s+(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:partnership|ties|alliance)\b",
    ),
    _t(
        A,
        None,
        8,
        r"\b(?:deal|pact|agreement|partnership|alliance|accord)\s+(?:was\s+)?(?:announced|unveiled|struck|reached|sealed)\b",
    ),
    _t(
        A,
        None,
        7,
        r"\b(?:new|landmark|historic|trilateral|bilateral)\s+(?:\w+\s+){0,2}(?:deal|pact|agreement|partnership|alliance)\s+with\b",
    ),
    _t(
        A,
        None,
        7,
        r"\b(?:announced|unveiled|launched)\s+(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:\w+\s+){0,3}(?:partnership|alliance|pact|security pact)\b",
    ),
    _t(
        A,
        None,
        9,
        rf"\b(?:sign(?:é|ée|és|ent|ature|er)|adopt(?:é|ée|és|ent|er|ion)|ratifi(?:é|ée|ent|er|cation))\b(?:\s+\S+){{0,6}}?\s+{_ACCORD_FR}\b",
    ),
    _t(A, None, 8, r"\b(?:se sont engag[ée]s|s'engagent|ont convenu|adh[ée]sion)\b"),
    _t(
        A,
        None,
        8,
        r"\b(?:institu(?:tion|ant|é)|cr[ée]ation)\s+(?:de\s+)?la\s+conf[ée]d[ée]ration\b|\btransform(?:e|er|ant)\s+l'alliance\b",
    ),
    # CONSULT: meetings, visits, talks, dialogues, summits
    _t(C, "visit", 5, r"\b(?:visit(?:ed|s|ing)?|arrived in|trip to|travel(?:led|ed) to)\b"),
    _t(
        C,
        "multilateral",
        5,
        r"\b(?:summit|conference|ministerial|focus group meeting|coalition meeting|plenary)\b",
    ),
    _t(
        C,
        "phone",
        5,
        r"\b(?:phone call|spoke by (?:tele)?phone|telephone conversation|call with)\b",
    ),
    _t(
        C,
        None,
        5,
        r"\b(?:met with|met in|meeting|held talks|talks|dialogue|consultations?|discuss(?:ed|ions?))\b",
    ),
    _t(
        C,
        None,
        5,
        r"\b(?:rencontr[ée]|entretien|s'est entretenu|r[ée]union|sommet|dialogue|visite)\b",
    ),
    # SUPPORT: diplomatic, verbal support
    _t(
        S,
        None,
        4,
        r"\b(?:praised|welcomed|commended|endorsed|hailed|expressed (?:its |their )?support|recogni[sz]ed(?!\s+(?:the|that|its|their)\s+(?:need|importance|role|necessity|urgency|value|fact|challenges?|threats?)\b|\s+that\b))\b",
    ),
    _t(S, None, 4, r"\b(?:a salu[ée]|ont salu[ée]|a félicité|soutien)\b"),
    # CONCEDE: verbal concessions
    _t(
        N,
        None,
        5,
        r"\b(?:agreed to withdraw|announced (?:that )?(?:its |their )?troops would (?:leave|withdraw)|will withdraw|eased|lifted (?:the )?(?:sanctions|curfew|ban|embargo))\b",
    ),
    # COOPERATE: material, mutual cooperation
    _t(
        CO,
        None,
        6,
        r"\b(?:security|military|defen[cs]e|intelligence|counter-?terrorism) (?:cooperation|collaboration|co-operation)\b",
    ),
    _t(
        CO,
        None,
        6,
        r"\b(?:joint (?:patrols?|operations?|military exercises?|exercises?|force)|shar(?:e|ed|ing) intelligence|intelligence[- ]sharing|extradit(?:ed|ion))\b",
    ),
    _t(
        CO,
        None,
        6,
        r"\b(?:coop[ée]ration (?:militaire|s[ée]curitaire|de d[ée]fense)|patrouilles? conjointes?|op[ée]rations? conjointes?|force conjointe|d[ée]fense collective)\b",
    ),
    # AID: material support to the recipient
    _t(
        AI,
        None,
        6,
        r"\b(?:provid(?:e|ed|es|ing)|deliver(?:ed|s)?|donat(?:e|ed|es)|suppl(?:y|ied|ies)|deploy(?:ed|s)?|sen[dt])\b(?:\s+\w+){0,4}?\s+(?:support|assistance|aid|training|equipment|weapons|arms|funding|advisers|advisors|vehicles|helicopters|drones)\b",
    ),
    _t(
        AI,
        None,
        6,
        r"\b(?:military|security|humanitarian|financial) (?:assistance|aid)\b|\b(?:policing advis[eo]rs deployed)\b",
    ),
    _t(AI, None, 6, r"\b(?:aide (?:militaire|humanitaire)|don d['e]|assistance militaire)\b"),
    # RETREAT: material withdrawal, handover, release
    _t(
        RE,
        "withdraw",
        8,
        r"\b(?:withdr(?:ew|awn|aw|aws|awal|awing)|pull(?:ed|s|ing)? out|pull-?out|military exit|exit from|left (?:the country|niger|mali|chad|senegal)|depart(?:ed|ure)|leav(?:e|es|ing) (?:the country|niger|mali))\b",
    ),
    _t(
        RE,
        "withdraw",
        8,
        r"\b(?:hand(?:ed|s|ing)? (?:over|back)|handover|hand-over|transferr?(?:ed|ing)? control|returned? (?:the )?(?:base|bases) to)\b",
    ),
    _t(
        RE,
        "withdraw",
        8,
        r"\b(?:(?:end(?:ed|s|ing)?|conclud(?:ed|es|ing)) (?:the |its |their |a )?(?:[\w-]+ ){0,2}(?:mission|operation)|terminat(?:e|ed|es) (?:the )?mandate)\b",
    ),
    _t(
        RE,
        "withdraw",
        8,
        r"\b(?:retrait|d[ée]part (?:des|du) (?:derniers? )?(?:soldats|militaires|troupes|contingent)|quitt(?:é|e|ent|er|ant)|r[ée]trocession|rétrocédé|remise (?:officielle )?(?:de la base|des cl[ée]s)|transf[ée]r[ée] le contr[ôo]le|fin de (?:la |sa )?mission)\b",
    ),
    _t(
        RE,
        "release",
        7,
        r"\b(?:released|freed) (?:\w+ ){0,3}(?:hostages|prisoners|detainees|captives|pupils|students)\b|\blib[ée]r[ée]s?\b",
    ),
    _t(
        RE,
        "ceasefire",
        7,
        r"\b(?:ceasefire (?:holds|held|took effect)|observed? (?:a|the) (?:ceasefire|truce))\b",
    ),
    # REQUEST
    _t(
        RQ,
        None,
        4,
        r"\b(?:called on|called for|urged|demanded|requested|asked|appealed to|calls for)\b",
    ),
    _t(RQ, None, 4, r"\b(?:appel[ée]|exhort[ée]|exig[ée]|demand[ée])\b"),
    # ACCUSE
    _t(
        AC,
        None,
        4,
        r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es)|criticiz(?:ed|es)|criticis(?:ed|es))\b",
    ),
    _t(AC, None, 4, r"\b(?:accus[ée]|condamn[ée]|d[ée]nonc[ée])\b"),
    # REJECT
    _t(
        RJ,
        None,
        4,
        r"\b(?:rejected|refused|declined|vetoed|dismissed)\b|\b(?:rejet[ée]|refus[ée])\b",
    ),
    # THREATEN
    _t(TH, None, 6, r"\b(?:threaten(?:ed|s|ing)?|ultimatum|warned of)\b|\bmenac(?:é|e|ait)\b"),
    # A resolve to defeat someone is a warning of force, not an agreement with them: it
    # outranks the "resolved to" / "vowed to" of AGREE.
    _t(
        TH,
        None,
        9,
        r"\b(?:vow(?:ed|s)?|pledg(?:ed|es)|resolv(?:ed|es)|swor(?:e|n)|promis(?:ed|es)|determined)\s+to\s+(?:\w+\s+){0,2}?(?:defeat|destroy|crush|eliminate|eradicate|wipe out|annihilate|punish|retaliate)\b",
    ),
    # PROTEST
    _t(
        PR,
        "demo",
        5,
        r"\b(?:protest(?:ed|ers|s)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ied)|marched)\b|\bmanifest(?:ation|ants)\b",
    ),
    _t(PR, "riot", 5, r"\briot(?:s|ed|ing)?\b|\b[ée]meutes?\b"),
    # SANCTION
    _t(
        SA,
        None,
        7,
        r"\b(?:sanction(?:s|ed|ing)?|embargo(?:es)?|travel bans?|asset freezes?|froze (?:\w+ )?assets|account freezes)\b",
    ),
    _t(
        SA,
        "withdraw",
        9,
        r"\b(?:exit from (?:the )?(?:regional )?(?:bloc|ecowas)|(?:withdr(?:ew|aw|awal)|leav(?:e|ing)|left|quit) (?:from )?(?:ecowas|the bloc|the regional bloc|the alliance)|suspend(?:ed|s)? (?:its )?(?:membership|cooperation|aid)|ended (?:its )?(?:defen[cs]e|military) cooperation)\b",
    ),
    # Ending a partnership is a sanction too (PLOVER: "break or terminate ... exchanges"),
    # and outranks the cooperation it ends; a threat to end one stays a threat.
    _t(
        SA,
        "discontinue",
        10,
        r"(?<!threatened to )(?<!threatens to )(?<!threaten to )"
        r"\b(?:end(?:s|ed|ing)?|terminat(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|sever(?:s|ed|ing)?"
        r"|cut(?:s|ting)? off|br(?:eak|eaks|oke|eaking) off|t(?:ear|ears|earing|ore) up"
        r"|suspend(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|put an end to"
        r"|pull(?:s|ed|ing)? out of)\s+(?:[\w-]+\s+){0,4}?(?:ties|relations|cooperation"
        r"|partnership|agreements?|accords?|pacts?|treat(?:y|ies)|deals?)\b"
        r"|\b(?:(?:mis|met|mettre|mettent|mettait) fin|rompu|romp(?:re|t|ent)|suspend(?:re|u|ent)"
        r"|d[ée]nonc(?:er|[ée]|e|ent)|annul(?:er|[ée]|e))\s+(?:(?:à|aux?|l['’]|[\w-]+)\s*){0,5}?"
        r"(?:coop[ée]ration|accords?|relations|partenariat|liens)\b",
    ),
    _t(
        SA,
        "expel",
        7,
        r"\b(?:expel(?:led|s)? (?:the )?(?:\w+ )?(?:ambassador|diplomats?|envoy)|declared persona non grata)\b",
    ),
    _t(
        SA,
        None,
        7,
        r"\b(?:sanctions|embargo|gel des avoirs|retrait de la cedeao|sortie de la cedeao)\b",
    ),
    # MOBILIZE
    _t(
        MO,
        "troops",
        5,
        r"\b(?:deploy(?:ed|s|ing)? (?:\w+ ){0,3}(?:troops|soldiers|forces|battalions?)|reinforcements|troop (?:build-?up|deployment)|mobili[sz](?:ed|ation))\b|\bd[ée]ploi(?:ement|é)\b",
    ),
    # COERCE
    _t(
        CE,
        "arrest",
        6,
        r"\b(?:arrest(?:ed|s)?|detain(?:ed|s)?|detention of|rounded up)\b|\b(?:arr[êe]t[ée]s?|interpell[ée]s?)\b",
    ),
    _t(
        CE,
        "seize",
        6,
        r"\b(?:coup(?: d'[ée]tat)?|seized power|ousted|toppled|overthrew|overthrown|deposed)\b|\b(?:renvers[ée]|putsch)\b",
    ),
    _t(CE, "curfew", 6, r"\bcurfew\b|\bcouvre-feu\b"),
    _t(
        CE,
        "ban",
        6,
        r"\b(?:banned|suspended (?:the )?(?:broadcasts?|media|newspaper|party|parties))\b",
    ),
    # ASSAULT
    _t(
        AS,
        "abduct",
        8,
        r"\b(?:abduct(?:ed|ing|ion|s)?|kidnap(?:ped|ping|s)?|took hostage|taken hostage)\b|\b(?:enlev[ée]s?|enl[èe]vement|kidnapp[ée]s?)\b",
    ),
    _t(AS, "massacre", 8, r"\bmassacr(?:e|ed|es)\b"),
    _t(
        AS,
        "aerial",
        8,
        r"\b(?:air ?strikes?|airstrikes?|bombard(?:ed|ment)|frappes? a[ée]riennes?)\b",
    ),
    _t(AS, "drone", 8, r"\b(?:drone (?:strikes?|attacks?)|frappes? de drones?)\b"),
    _t(AS, "suicide-attack", 8, r"\bsuicide (?:bomb(?:er|ing)s?|attacks?)\b|\bkamikaze\b"),
    _t(
        AS,
        "explosives",
        8,
        r"\b(?:bomb(?:ing|ings|ed)?|improvised explosive|ieds?|explosions?|roadside bomb)\b|\b(?:engins? explosifs?|explosion)\b",
    ),
    _t(
        AS,
        None,
        8,
        r"\b(?:attack(?:ed|s|ing)?|ambush(?:ed|es)?|raid(?:ed|s)?|assault(?:ed|s)?|stormed|overran|overrun|clash(?:ed|es)?|opened fire|shot dead|gunmen|insurgents? (?:killed|struck))\b",
    ),
    _t(
        AS,
        None,
        8,
        r"\b(?:attaque(?:s|r)?|attaqu[ée]s?|embuscade|assaut|assaillants|tu[ée]s|tuant|massacr[ée]s?|affrontements)\b",
    ),
    _t(AS, None, 6, r"\b(?:killed|killing|killings)\b"),
    # RETREAT, French: a mandate or mission brought to an end
    _t(
        RE,
        "withdraw",
        8,
        r"\bmet(?:tre|tant|tent)? fin (?:au|à la|à sa|à leur) (?:mandat|mission|présence|opération)\b",
    ),
    # COOPERATE: joint work named as such
    _t(
        CO,
        None,
        6,
        r"\bin (?:close )?(?:cooperation|partnership|collaboration) with\b|\ben (?:coopération|partenariat) avec\b",
    ),
)
