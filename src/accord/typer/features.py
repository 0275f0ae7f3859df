"""The typer's input: the encoder's view of a marked pair plus cheap lexical cues.

A single pooled sentence vector keeps the topic but loses who acts on whom (a frozen MiniLM
probe on it stops near 0.65 macro-F1), so the vectors are pooled separately over the actor,
the recipient, the words between them, the engine's trigger phrase and the words right after
the actor (where an English verb usually stands). The cues say which trigger types match,
the modality the engine's cue words give, and the order of the parties.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from accord.model import EventType, Modality
from accord.stages.events.lexicon import TRIGGERS
from accord.stages.events.modality import modality_of
from accord.stages.events.rules import best_trigger
from accord.typer.encoder import WIDTH, TokenEncoder, TokenVectors
from accord.typer.marked import MarkedPair

TYPES = tuple(EventType)
MODALITIES = tuple(Modality)
POOLS = ("sentence", "cls", "actor", "recipient", "between", "trigger", "after_actor")
_AFTER_ACTOR_PIECES = 4
_CUES = {
    "negation": re.compile(r"\b(?:not|n't|never|no longer|denied|denies|refus\w+)\b", re.I),
    "future": re.compile(r"\b(?:will|would|shall|plans? to|intends? to|to be|set to)\b", re.I),
    "threat": re.compile(r"\b(?:threat\w*|warn\w*|ultimatum)\b", re.I),
    "speech": re.compile(r"\b(?:said|says|told|stated|according to|announced|statement)\b", re.I),
    "condition": re.compile(r"\b(?:if|unless|could|might|may)\b"),
    "passive": re.compile(r"\b(?:was|were|been|being)\s+\w+ed\b\s+by\b", re.I),
}
LEXICAL_NAMES = (
    *(f"matches:{t}" for t in TYPES),
    *(f"best:{t}" for t in TYPES),
    "best:none",
    *(f"modality:{m}" for m in MODALITIES),
    *(f"cue:{name}" for name in _CUES),
    "recipient:missing",
    "order:actor-first",
    "trigger:between",
    "trigger:before-actor",
)


@dataclass(frozen=True, slots=True)
class Cues:
    """What the engine's rules see in the sentence: the trigger chosen and its modality."""

    best: EventType | None
    trigger: tuple[int, int] | None  # offsets in the sentence
    vector: NDArray[np.float32]


def lexical_cues(pair: MarkedPair) -> Cues:
    """The rules' reading of the sentence as a fixed-length vector (see `LEXICAL_NAMES`)."""
    text = pair.text
    values = np.zeros(len(LEXICAL_NAMES), dtype=np.float32)
    matched = {t.event_type for t in TRIGGERS if t.pattern.search(text)}
    for index, event_type in enumerate(TYPES):
        values[index] = event_type in matched
    found = best_trigger(text, 0)
    base = len(TYPES)
    values[base + (TYPES.index(found.event_type) if found else len(TYPES))] = 1
    base += len(TYPES) + 1
    if found is not None:
        cue = modality_of(text, found.start, found.event_type)
        modality = cue.modality if cue else Modality.OCCURRED
        values[base + MODALITIES.index(modality)] = 1
    base += len(MODALITIES)
    for offset, pattern in enumerate(_CUES.values()):
        values[base + offset] = bool(pattern.search(text))
    base += len(_CUES)
    values[base] = pair.recipient is None
    values[base + 1] = pair.recipient is None or pair.actor[0] < pair.recipient[0]
    if found is not None:
        low, high = _between(pair)
        values[base + 2] = low <= found.start < high
        values[base + 3] = found.start < pair.actor[0]
    trigger = (found.start, found.end) if found else None
    return Cues(found.event_type if found else None, trigger, values)


def lexicon_fingerprint() -> str:
    """A digest of the engine's trigger table: the cues above come from it, so a head
    trained under another table reads its inputs differently (recorded in the head's card)."""
    table = "\n".join(f"{t.event_type}|{t.mode}|{t.priority}|{t.pattern.pattern}" for t in TRIGGERS)
    return hashlib.sha256(table.encode("utf-8")).hexdigest()[:16]


def _between(pair: MarkedPair) -> tuple[int, int]:
    if pair.recipient is None:
        return pair.actor[1], pair.actor[1]
    first, second = sorted((pair.actor, pair.recipient))
    return first[1], max(first[1], second[0])


def pool_weights(
    pair: MarkedPair, offsets: NDArray[np.int64], trigger: tuple[int, int] | None
) -> NDArray[np.float32]:
    """How each pool (rows, in `POOLS` order) averages the encoder's vectors (columns: the
    [CLS] vector, then the word pieces at `offsets`); a pool with no piece is all zeros.
    Fine-tuning pools the same way, so the encoder learns for exactly these features."""
    weights = np.zeros((len(POOLS), len(offsets) + 1), dtype=np.float32)
    weights[1, 0] = 1.0
    between = _between(pair)
    spans = (
        (0, len(pair.text)),
        None,
        pair.actor,
        pair.recipient,
        between if between[0] < between[1] else None,
        trigger,
    )
    starts, ends = offsets[:, 0], offsets[:, 1]
    for row, span in enumerate(spans):
        if span is not None:
            inside = np.flatnonzero((ends > span[0]) & (starts < span[1]))
            weights[row, inside + 1] = 1.0 / max(len(inside), 1)
    chosen = _after_actor(offsets, pair)
    weights[len(spans), chosen + 1] = 1.0 / max(len(chosen), 1)
    return weights


def _after_actor(offsets: NDArray[np.int64], pair: MarkedPair) -> NDArray[np.int64]:
    after = np.flatnonzero(offsets[:, 0] >= pair.actor[1])
    if pair.recipient is not None:
        starts = offsets[after, 0]
        after = after[(starts < pair.recipient[0]) | (starts >= pair.recipient[1])]
    return after[:_AFTER_ACTOR_PIECES]


def pair_features(pair: MarkedPair, tokens: TokenVectors) -> NDArray[np.float32]:
    """The pooled vectors (in `POOLS` order) and then the lexical cues of one pair."""
    cues = lexical_cues(pair)
    weights = pool_weights(pair, tokens.offsets, cues.trigger)
    vectors = np.vstack([tokens.cls[None, :], tokens.vectors])
    return np.concatenate([(weights @ vectors).ravel(), cues.vector]).astype(np.float32)


def featurise(pairs: Sequence[MarkedPair], encoder: TokenEncoder) -> NDArray[np.float32]:
    """One feature row per pair."""
    if not pairs:
        return np.zeros((0, len(POOLS) * WIDTH + len(LEXICAL_NAMES)), dtype=np.float32)
    encoded = encoder.encode([pair.text for pair in pairs])
    return np.stack([pair_features(p, t) for p, t in zip(pairs, encoded, strict=True)])
