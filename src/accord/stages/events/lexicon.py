"""Trigger phrases for PLOVER event types, in English, French and Turkish.

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

_ENGLISH_AND_FRENCH: tuple[Trigger, ...] = (
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
        r"\b(?:instruments? of (?:accession|ratification)|(?:accession|ratification) (?:documents|instruments?|papers)|accession to|became (?:a|the) \w+ member|joined (?:nato|the alliance))\b",
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
    _t(  # a ceasefire declared or agreed (not yet observed): "the ceasefire committed to by"
        N,
        None,
        9,
        r"\b(?:ceasefire|cease-fire|truce)s?\s+(?:committed to|agreed(?: to)?|declared|announced)\b"
        r"|\b(?:agreed to|declared|announced|committed to|accepted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:ceasefire|cease-fire|truce)\b",
    ),
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
        r"\b(?:hand(?:ed|s|ing)? (?:over|back)(?! (?:the |its |their |his |her )?(?:[\w-]+ )?(?:documents?|instruments?|letters?|credentials|reports?|proposals?|messages?|petitions?)\b)|handover|hand-over|transferr?(?:ed|ing)? control|returned? (?:the )?(?:base|bases) to)\b",
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
        r"\b(?:retrait|retir(?:é|ée|és|ées|er|e|ent|ait|aient)|rapatri(?:é|és|er|ement)|d[ée]part (?:des|du) (?:derniers? )?(?:soldats|militaires|troupes|contingent)|quitt(?:é|e|ent|er|ant)|r[ée]trocession|rétrocédé|remise (?:officielle )?(?:de la base|des cl[ée]s)|transf[ée]r[ée] le contr[ôo]le|fin de (?:la |sa )?mission)\b",
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
        r"\b(?:ceasefire (?:holds|held|took effect)|observed? (?:a|the) (?:ceasefire|truce)"
        r"|(?:ceased|stopped|halted) (?:the )?fighting)\b",
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
        r"\b(?:accus(?:e|ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)?|denounc(?:e|ed|es)|criticiz(?:e|ed|es)|criticis(?:e|ed|es))\b",
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
        r"\b(?:protest(?:ed|s)?|demonstrat(?:ion|ions|ed)|rall(?:y|ied)|marched)\b|\bmanifestations?\b",
    ),
    # The protesters themselves protest, unless they are whom violence was against
    # ("condemn violence against peaceful demonstrators" is not a protest).
    _t(
        PR,
        "demo",
        5,
        r"(?<!against )(?<!against peaceful )(?<!contre )(?<!contre des )(?<!contre les )"
        r"(?<!at )(?<!on )(?<!sur )(?<!sur les )\b(?:protesters|demonstrators|manifestants)\b",
    ),
    # Force against a crowd (PLOVER ASSAULT crowd-control): it outranks the protest it meets.
    _t(
        AS,
        "crowd-control",
        6,
        r"\b(?:fir(?:ed|es|ing) (?:tear ?gas|rubber bullets|live rounds|live ammunition)"
        r"|tear-?gass(?:ed|ing)|water cannons?|dispers(?:ed|es|ing) (?:the )?(?:\w+ )?"
        r"(?:protesters|demonstrators|crowds?|protest)"
        r"|gaz lacrymog[èe]nes?|dispers[ée] (?:les )?manifestants)\b",
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
    # Leaving an organisation or a treaty by its name ("their withdrawal from the Economic
    # Community of West African States", "quit the International Criminal Court").
    _t(
        SA,
        "withdraw",
        9,
        r"\b(?:withdr(?:ew|aw|aws|awal|awing)|exit(?:ing|ed)?|leav(?:e|es|ing)|left|quit(?:s|ting)?"
        r"|pull(?:s|ed|ing)? out)\s+(?:from\s+|of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,7}?"
        r"(?:Community|Union|Organi[sz]ation|Treaty|Court|Commonwealth|Francophonie|Council"
        r"|Alliance|Pact|Convention|ECOWAS|CEDEAO|NATO|OPEC|SADC|IGAD|CEMAC|ECCAS|ICC)\b",
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
    # Leaving an organisation or a treaty, in French ("leur retrait immédiat de la CEDEAO"),
    # and sending an ambassador away ("l'expulsion de l'ambassadeur de France").
    _t(
        SA,
        "withdraw",
        9,
        r"\b(?:retrait|sortie|quitt(?:er|é|ent|ait)|se retir(?:er|e|ent|ent))\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|la\s+|le\s+|l['’])?"
        r"(?:CEDEAO|Cedeao|OTAN|Union|Communaut[ée]|Organisation|Cour|traité|Traité"
        r"|Alliance|Francophonie|Commonwealth|Convention)\b",
    ),
    _t(
        SA,
        "expel",
        8,
        r"\b(?:expuls(?:ion|é|ée|és|er)|renvoi)\s+(?:de\s+l['’]|du\s+|des\s+|de\s+la\s+)?"
        r"(?:ambassadeur|diplomates?|chargé d['’]affaires|envoyé)",
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
    # "Ousted President X" is a title, not the ouster.
    _t(
        CE,
        "seize",
        6,
        r"\b(?:coup(?: d'[ée]tat)?|seized power|took power|toppled|overthrew|overthrown|deposed"
        r"|ousted(?! (?:president|leader|prime minister|ruler|premier)\b))\b"
        r"|\bremoved\s+(?:[\w'’.-]+\s+){0,4}?from (?:power|office)\b|\b(?:renvers[ée]|putsch)\b",
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
    # Everyday news verbs of each type, from the codebook's definitions. Names after a verb
    # are told from things by their capital letter ("received Ukraine's president" is a
    # visit, "received eight vehicles" is not), hence the case-sensitive groups.
    # CONSULT
    _t(
        C,
        None,
        5,
        r"\b(?:met|meets|meet|received|hosted|phoned|telephoned)"
        r"(?=\s+(?:with\s+|his\s+|her\s+|their\s+|the\s+|a\s+)?(?-i:[A-Z]))"
        r"|\b(?:met|meets|meet|received|hosted|phoned|telephoned)\s+"
        r"(?:with\s+|his\s+|her\s+|their\s+|the\s+|a\s+)?(?:\w+\s+)?"
        r"(?:counterparts?|delegations?|leaders?|officials|envoys?|ministers?|president|"
        r"prime minister)\b"
        r"|\b(?:spoke (?:with|to)|negotiat(?:ed|ions|ing)|mediat(?:ed|ing|ion)|convened|"
        r"held (?:a |an )?(?:meeting|discussions|consultations|negotiations|phone call))\b"
        r"|\b(?:a re[çc]u|pourparlers|n[ée]gociations|m[ée]diation|s'est rendu)\b",
    ),
    # ASSAULT, by its weapon
    _t(
        AS,
        "drone",
        8,
        r"\bdrones?\s+(?:struck|hit|attacked|targeted|slammed into)\b",
    ),
    _t(
        AS,
        "aerial",
        8,
        r"\b(?:jets|warplanes|aircraft|air force|planes)\s+(?:\w+\s+){0,2}?(?:struck|bombed|hit|pounded)\b",
    ),
    _t(
        AS,
        "heavy-weapons",
        8,
        r"\b(?:shell(?:ed|ing|s)?|(?<!test-)fired (?:\w+ ){0,4}?(?:rockets?|missiles?|shells|mortars?)|"
        r"(?:missiles?|rockets?|shells) (?:hit|struck|slammed into|rained on)|artillery (?:fire|strikes?))\b",
    ),
    _t(AS, "execute", 8, r"\b(?:executed|beheaded|put to death|hanged)\b"),
    _t(
        AS,
        "destroy",
        8,
        r"\b(?:set fire to|torched|burn(?:ed|t) (?:down )?(?:\w+ ){0,2}(?:villages?|homes|houses|churches|mosques))\b",
    ),
    _t(
        AS,
        None,
        8,
        r"\b(?:struck|strikes? on|bombed|heavy fighting|offensive against|shot down|gunfire)\b"
        r"(?! (?:an? |the )?(?:deal|agreement|accord|compromise|note|tone|chord|balance)\b)",
    ),
    # MOBILIZE: forces moved, massed or readied, weapons tested
    _t(
        MO,
        None,
        5,
        r"\b(?:mass(?:ed|ing)|amass(?:ed|ing)|moved (?:\w+ ){0,3}(?:troops|forces|tanks|armou?red vehicles|warships)|"
        r"sent (?:\w+ ){0,3}(?:warplanes|warships|ships|aircraft carriers?|carrier strike group|fighter jets)|"
        r"drills|manoeuvres|maneuvers|test-fired|missile tests?|(?:placed|put) (?:\w+ ){0,4}on (?:maximum |high |full )?alert|"
        r"combat readiness|activated (?:the )?(?:\w+ ){0,3}(?:force|reserves?)|called up (?:\w+ ){0,2}reservists)\b",
    ),
    # AID: what is given, money disbursed, people trained or sheltered
    _t(
        AI,
        None,
        6,
        r"\b(?:delivered|disbursed|donated|airdropped|shipped|handed over|flew|dispatched) (?:[\w,.$€£-]+ ){0,6}?"
        r"(?:tonnes|doses|vaccines?|food|rations|medical supplies|supplies|armou?red vehicles|body armou?r|tranche|grant)\b"
        r"|\b(?:approved|granted|released|extended) (?:an? |the )?(?:[$€£][\d.,]+ (?:million|billion) )?"
        r"(?:\w+ ){0,3}(?:grant|loan|tranche|credit line|bailout|budget support)\b"
        r"|\bgranted (?:\w+ ){0,2}asylum\b|\b(?:trained|training) (?:\w+ ){0,4}(?:soldiers|troops|officers|police|forces)\b"
        r"|\b(?:debt relief|cancell?ed (?:[$€£][\d.,]+ (?:million|billion) )?(?:of )?(?:\w+ )?debt)\b",
    ),
    # COOPERATE: trade in arms and energy, joint work of forces
    _t(
        CO,
        None,
        6,
        r"\b(?:purchased|bought|sold|export(?:ed|ing|s)?|import(?:ed|ing|s)?|supplying) (?:\w+ ){0,4}?"
        r"(?:missiles|tanks|howitzers|jets|fighter jets|drones|arms|weapons|electricity|gas|oil)\b"
        r"|\barms (?:sales?|deals?|exports?)\b|\bjoint (?:[\w-]+ ){0,3}(?:drills?|training|venture|task force)\b"
        r"|\b(?:naval|military|bilateral|annual|combined) (?:\w+ )?exercises?\b|\b(?:exercises?|drills?|patrols?) (?:with|alongside)\b",
    ),
    # RETREAT: captives freed, crossings reopened, forces pulled back, offices resigned
    _t(
        RE,
        "release",
        7,
        r"\b(?:freed|released|set free|repatriated) (?!(?:a |an |the |its |their )?(?:statement|report|video|footage|"
        r"figures|data|details|list|communiqu|tranche|funds|\$))"
        r"|\bhand(?:ed|s)? (?:\w+ ){0,3}(?:hostages|prisoners|captives|crew|sailors|bodies) (?:over )?to\b"
        r"|\breturned the bodies\b",
    ),
    _t(
        RE,
        "access",
        7,
        r"\b(?:reopened|opened) (?:the )?(?:\w+ ){0,2}(?:crossings?|border|airspace|port|corridor)\b"
        r"|\ballowed (?:\w+ ){0,3}to resume\b",
    ),
    _t(
        RE,
        "withdraw",
        7,
        r"\b(?:pulled back|pulling back|disengage(?:d|ment)|moved (?:its |their )?(?:vessels|troops|forces) away)\b",
    ),
    _t(RE, "resign", 7, r"\b(?:resign(?:ed|s|ation)|stepped down)\b|\bd[ée]mission(?:n[ée])?\b"),
    # COERCE: restrictions, bans, seizures, expulsions at home
    _t(CE, "deport", 6, r"\b(?:deport(?:ed|s|ing|ation))\b|\bexpuls(?:é|ée|és|ion)\b"),
    _t(
        CE,
        "restrict",
        6,
        r"\b(?:barred|blockad(?:e|ed|ing)|state of emergency|martial law|shut down|"
        r"cut (?:off )?(?:\w+ ){0,3}(?:electricity|internet|telecoms|power)|blocked (?:\w+ ){0,2}(?:internet|access|websites?)|"
        r"surrounded|besieged)\b",
    ),
    _t(
        CE,
        "seize",
        6,
        r"\b(?:confiscated|seized (?!power)|dissolved|(?:raided|searched) (?:the )?(?:\w+ ){0,2}offices)\b",
    ),
    # SANCTION: measures against another state or its people
    _t(
        SA,
        None,
        7,
        r"\b(?:imposed|slapped|levied) (?:\w+ ){0,3}(?:tariffs?|restrictions|export controls|visa bans?)\b"
        r"|\b(?:blacklist(?:ed|s)?|designated (?:\w+ ){0,3}as (?:a )?(?:\w+ )?terrorist)\b"
        r"|\brecalled (?:its|their|the) ambassador\b",
    ),
    # SUPPORT: congratulations, backing, recognition, apology
    _t(
        S,
        None,
        4,
        r"\b(?:congratulat(?:ed|es|ing)|backed|apologi[sz](?:ed|es)|expressed (?:\w+ ){0,3}(?:regret|sorrow|solidarity|condolences)|"
        r"established diplomatic relations|reiterated (?:its |their )?(?:\w+ )?support|won the backing)\b",
    ),
    # ACCUSE: charges, investigations and lawsuits
    _t(
        AC,
        None,
        4,
        r"\b(?:charged|indicted|opened (?:a |an )?(?:criminal )?(?:case|investigation|probe)|launched (?:a |an )?(?:probe|investigation)|"
        r"sued|lawsuit|slammed|named (?:\w+ ){0,4}as (?:a )?suspect)\b",
    ),
    # REJECT and REQUEST outrank the talks they refuse or ask for ("turned down the offer of
    # mediation", "urged Seoul to return to talks")
    _t(
        RJ,
        None,
        6,
        r"\b(?:reject(?:ed|s|ing)|refus(?:ed|es|ing)|turned down|rebuffed|walked out of|declined)\s+"
        r"(?:[\w'’-]+\s+){0,4}?(?:offers?|proposals?|invitations?|talks|mediation|calls?|requests?|"
        r"demands?|plans?|negotiations|summit|meeting)\b"
        r"|\b(?:rejet[ée]|refus[ée]|d[ée]clin[ée])\s+(?:[\w'’-]+\s+){0,4}?(?:offre|proposition|invitation|"
        r"pourparlers|m[ée]diation|appel|demande|plan|n[ée]gociations)\b",
    ),
    _t(
        RQ,
        None,
        6,
        r"\b(?:urged|urges|called on|calls on|asked|asks|pressed|pleaded with|appealed to)\s+"
        r"(?:[\w'’-]+\s+){1,4}?to\s+\w+"
        r"|\b(?:exhort[ée]|appel[ée]|demand[ée])\s+(?:[\w'’-]+\s+){1,4}?(?:à|de)\s+\w+",
    ),
    # An accusation of an attack is an accusation: it outranks the attack it names. Not a
    # participle after a comma: "announced their withdrawal, accusing the bloc of" is the
    # withdrawal, with its reason.
    _t(
        AC,
        None,
        9,
        r"(?:\b(?:accus(?:ed|es)|blam(?:ed|es))|(?<!, )\b(?:accusing|blaming))\s+"
        r"(?:[\w'’-]+\s+){0,5}?(?:of|for)\b"
        r"|\b(?:(?:a|ont|avait|avaient)\s+accus[ée]|accus(?:e|ent|ait|aient))\s+"
        r"(?:[\w'’-]+\s+){0,5}?d['’e]",
    ),
    # REJECT: offers turned down, vetoes, refusals to negotiate
    _t(
        RJ,
        None,
        4,
        r"\b(?:turned down|rebuffed|blocked|overrode|out of the question|(?:would|will) (?:never|not) negotiate)\b",
    ),
    # REQUEST: pleas and pressure
    _t(
        RQ,
        None,
        4,
        r"\b(?:pleaded with|pressed|sought|calls? (?:up)?on|appealed|urge[sd]?)\b",
    ),
)


# --- Turkish ---------------------------------------------------------------------------
# Turkish verbs take their tense, person, voice and negation as suffixes, so each verb is
# matched by its stem and any ending ("imzala" in "imzaladı", "imzalandı", "imzalayacak");
# whether the event happened is read off those endings (see `turkish_modality`). Names
# before a verb carry their role as case suffixes (see `turkish_roles`). The word order is
# subject, object, verb: a noun phrase comes before the verb that acts on it.
_PACT_TR = (
    r"(?:anla[şs]ma|antla[şs]ma|mutabakat|muht[ıi]ra|protokol|s[öo]zle[şs]me|bildiri|deklarasyon)"
)
_TROOPS_TR = r"(?:asker|birlik|kuvvet|g[üu][çc]|ordu|personel)"
_AFFAIRS_TR = r"(?:ili[şs]ki|i[şs] ?birli[ğg]|anla[şs]ma|antla[şs]ma|ortakl[ıi]k|diyalog)"

TURKISH_TRIGGERS: tuple[Trigger, ...] = (
    # AGREE: an agreement signed ("anlaşma imzalandı", "anlaşmaya imza attılar"), reached
    _t(
        A,
        None,
        9,
        rf"\b{_PACT_TR}\w*\s+(?:\w+\s+){{0,2}}?(?:imzala\w*|imza\s+at\w*|imza\s+alt\w*\s+al\w*)",
    ),
    _t(A, None, 9, rf"\bimzala\w*\s+(?:\w+\s+){{0,2}}?{_PACT_TR}\w*"),
    _t(
        A,
        None,
        8,
        r"\b(?:anla[şs]maya\s+var\w*|anla[şs]t[ıi]\w*|uzla[şs]t[ıi]\w*|mutabakat\s+sa[ğg]la\w*|taahh[üu]t\s+et\w*|s[öo]z\s+verdi\w*)",
    ),
    # CONSULT: meetings, visits, talks, summits, calls
    # (a welcome ceremony, "törenle karşılandı", frames an arrival, not talks: not a trigger)
    _t(C, "visit", 5, r"\b(?:ziyaret\w*|a[ğg][ıi]rla\w*)"),
    # ("zirveye çıktı" is reaching the top of a league table: only the summit's own forms)
    _t(C, "multilateral", 5, r"\b(?:zirve(?:si|sinde|sine|sini)?\b|konferans\w*)"),
    _t(C, "phone", 5, r"\btelefon\w*\s+(?:\w+\s+){0,2}?g[öo]r[üu][şs]\w*"),
    _t(
        C,
        None,
        5,
        r"\b(?:g[öo]r[üu][şs](?:t|m|ec|[üu]l|[üu]y)\w*|bir\s+araya\s+gel\w*|m[üu]zakere\w*|diyalog\w*|ortak\s+bas[ıi]n\s+toplant[ıi]\w*)",
    ),
    # COOPERATE: security cooperation, joint operations, intelligence sharing, exercises
    _t(
        CO,
        None,
        6,
        r"\b(?:askeri|savunma|g[üu]venlik|istihbarat|ter[öo]rle\s+m[üu]cadele)\w*\s+(?:\w+\s+){0,4}?i[şs]\s?birli[ğg]\w*",
    ),
    _t(
        CO,
        None,
        6,
        r"\b(?:ortak\s+(?:tatbikat|operasyon|devriye|harek[âa]t)\w*|tatbikat\w*|(?:istihbarat|bilgi)\s+payla[şs]\w*)",
    ),
    # AID: aid sent or given, grants, training, equipment handed over
    _t(
        AI,
        None,
        6,
        r"\b(?:(?:insani|askeri|mali|ekonomik|g[ıi]da|t[ıi]bbi)\s+yard[ıi]m\w*|yard[ıi]m\w*\s+(?:\w+\s+){0,2}?(?:g[öo]nder|ula[şs]t[ıi]r|sa[ğg]la)\w*|hibe\w*|ba[ğg][ıi][şs]\w*|e[ğg]itim\s+ver\w*)",
    ),
    _t(AI, None, 6, r"\b\w+['’]y?[ae]\s+(?:\w+\s+){0,2}?yard[ıi]m\w*"),  # aid to X
    # ASSAULT: attacks, killings, bombings, clashes, abductions
    _t(
        AS,
        None,
        8,
        r"\b(?:sald[ıi]r\w*|pusu\w*|bask[ıi]n\w*|[çc]at[ıi][şs](?:ma|t[ıi])\w*|ate[şs]\s+a[çc]\w*)",
    ),
    _t(AS, "aerial", 8, r"\b(?:hava\s+(?:sald[ıi]r|harek[âa]t|operasyon)\w*|bombala\w*)"),
    _t(AS, "drone", 8, r"\b(?:[İI]HA|S[İI]HA|drone)\w*\s+(?:sald[ıi]r|vur)\w*"),
    _t(
        AS,
        "explosives",
        8,
        r"\b(?:bombal[ıi]\s+(?:sald[ıi]r|ara[çc])\w*|patlama\w*|el\s+yap[ıi]m[ıi]\s+patlay[ıi]c[ıi]\w*)",
    ),
    _t(AS, "suicide-attack", 8, r"\b(?:intihar\s+sald[ıi]r\w*|canl[ıi]\s+bomba\w*)"),
    # (only the passive: "penaltı kaçırdı" is a missed penalty)
    _t(AS, "abduct", 8, r"\b(?:ka[çc][ıi]r[ıi]l\w*|rehin\s+al\w*)"),
    _t(AS, "massacre", 8, r"\bkatliam\w*"),
    _t(AS, None, 6, r"\b(?:[öo]ld[üu]r\w*|[şs]ehit\s+(?:oldu|d[üu][şs]t[üu]|edildi)\w*)"),
    # RETREAT: forces withdrawn ("askerlerini geri çekti", "Mali'den çekildi"), bases handed
    # over, captives released, ceasefires, resignations
    _t(
        RE,
        "withdraw",
        8,
        rf"\b(?:{_TROOPS_TR}\w*\s+(?:\w+\s+){{0,3}}?(?:geri\s+)?[çc]ek\w*|\w+['’](?:n?[dt][ae]n)\s+(?:tamamen\s+)?(?:geri\s+)?[çc]ekil\w*|geri\s+[çc]ekil\w*|[çc]ekilme\w*\s+karar\w*|devret\w*)",
    ),
    _t(RE, "release", 7, r"\bserbest\s+b[ıi]rak\w*"),
    _t(RE, "ceasefire", 7, r"\bate[şs]kes\w*"),
    _t(RE, "resign", 7, r"\bistifa\w*"),
    # SANCTION: sanctions and embargoes; ties, cooperation or a treaty ended; a bloc left
    _t(
        SA,
        None,
        7,
        r"\b(?:yapt[ıi]r[ıi]m\w*|ambargo\w*|mal\s+varl[ıi]k\w*\s+dondur\w*|b[üu]y[üu]kel[çc]i\w*\s+(?:\w+\s+)?geri\s+[çc]a[ğg][ıi]r\w*)",
    ),
    _t(
        SA,
        "discontinue",
        10,
        rf"\b{_AFFAIRS_TR}\w*\s+(?:\w+\s+){{0,2}}?(?:kes(?:ti|ecek|me)\w*|ask[ıi]ya\s+al\w*|sonland[ıi]r\w*|feshet\w*|iptal\s+et\w*)",
    ),
    _t(
        SA,
        "withdraw",
        9,
        r"\b(?:ECOWAS|AB|NATO|ittifak|blok|[öo]rg[üu]t)\w*(?:['’]\w+)?\s+(?:\w+\s+)?(?:ayr[ıi]l|[çc]ekil)\w*",
    ),
    _t(
        SA,
        "expel",
        7,
        r"\b(?:diplomat|b[üu]y[üu]kel[çc]i)\w*\s+(?:\w+\s+){0,2}?s[ıi]n[ıi]r\s+d[ıi][şs][ıi]\s+et\w*",
    ),
    # MOBILIZE: troops deployed or massed, mobilisation, alerts, missile tests
    _t(
        MO,
        "troops",
        5,
        rf"\b(?:konu[şs]land[ıi]r\w*|{_TROOPS_TR}\w*\s+(?:\w+\s+){{0,2}}?(?:sevk\s+et|y[ıi][ğg])\w*|seferberlik\w*|teyakkuz\w*|f[üu]ze\s+deneme\w*)",
    ),
    # COERCE: arrests, coups, curfews, bans, deportations
    # (not "yakalandı": one is caught by an illness as often as by the police)
    _t(CE, "arrest", 6, r"\b(?:g[öo]zalt[ıi]\w*|tutukla\w*)"),
    _t(
        CE,
        "seize",
        6,
        r"\b(?:darbe\s+(?:giri[şs]im|yap)\w*|darbe(?:yle|ci\w*)|iktidar[ıi]\s+ele\s+ge[çc]ir\w*|devrildi\w*)",
    ),
    _t(CE, "curfew", 6, r"\bsoka[ğg]a\s+[çc][ıi]kma\s+yasa[ğg][ıi]\w*"),
    _t(CE, "deport", 6, r"\bs[ıi]n[ıi]r\s+d[ıi][şs][ıi]\s+(?:edil|et)\w*"),
    _t(CE, "ban", 6, r"\byasakla\w*"),
    # PROTEST
    _t(
        PR,
        "demo",
        5,
        r"\b(?:protesto\w*|g[öo]steri(?:ci|\s+yap)\w*|y[üu]r[üu]y[üu][şs]\s+d[üu]zenle\w*)",
    ),
    _t(PR, "riot", 5, r"\bayaklanma\w*"),
    # THREATEN
    _t(TH, None, 6, r"\b(?:tehdit\s+(?:et|ed)\w*|tehditte\s+bulun\w*|ultimatom\w*)"),
    # REJECT: what is refused outranks the talks refused ("müzakere teklifini reddetti")
    _t(RJ, None, 4, r"\b(?:reddet\w*|geri\s+[çc]evir\w*)"),
    _t(
        RJ,
        None,
        6,
        r"\b(?:teklif|[öo]neri|[çc]a[ğg]r[ıi]|talep|davet|m[üu]zakere|g[öo]r[üu][şs]me)\w*\s+(?:\w+\s+){0,2}?(?:reddet|geri\s+[çc]evir)\w*",
    ),
    # ACCUSE: an accusation of an attack outranks the attack ("saldırıyı düzenlemekle suçladı")
    _t(AC, None, 4, r"\b(?:su[çc]la\w*|k[ıi]na(?:d[ıi]|ma|yan)\w*|itham\s+et\w*|ele[şs]tir\w*)"),
    _t(AC, None, 9, r"\b\w+(?:makla|mekle)\s+(?:su[çc]la|itham\s+et)\w*|\bsorumlu\s+tut\w*"),
    # REQUEST
    _t(RQ, None, 4, r"\b(?:[çc]a[ğg]r[ıi]da\s+bulun\w*|talep\s+et\w*|istedi(?:ler)?\b)"),
    # SUPPORT
    _t(
        S,
        None,
        4,
        r"\b(?:destekle(?:di|yece|dikler)\w*|destek\s+ver\w*|tebrik\s+et\w*|memnuniyetle\s+kar[şs][ıi]la\w*|taziye\w*)",
    ),
)

TRIGGERS: tuple[Trigger, ...] = _ENGLISH_AND_FRENCH + TURKISH_TRIGGERS
