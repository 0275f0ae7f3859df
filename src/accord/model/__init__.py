"""The domain vocabulary: frozen dataclasses shared by every stage. No I/O lives here."""

from accord.model.annotation import (
    ActorMention,
    Commitment,
    Entity,
    Mention,
    PlaceMention,
    Quote,
    Span,
    TemporalMention,
)
from accord.model.article import Article, DateBasis, LanguageBasis, RawDocument, SourceKind
from accord.model.canonical import CanonicalEvent, DuplicateLink, FieldConflict, Report
from accord.model.event import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    EventDate,
    EventRole,
    Evidence,
    Fatalities,
    Modality,
    Place,
    PlacePrecision,
    Provenance,
)
from accord.model.issue import Issue, Severity
from accord.model.plover import Context, EventType, QuadClass, Sector

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMention",
    "Article",
    "CanonicalEvent",
    "Commitment",
    "Context",
    "DateBasis",
    "DatePrecision",
    "DuplicateLink",
    "Entity",
    "Event",
    "EventDate",
    "EventRole",
    "EventType",
    "Evidence",
    "Fatalities",
    "FieldConflict",
    "Issue",
    "LanguageBasis",
    "Mention",
    "Modality",
    "Place",
    "PlaceMention",
    "PlacePrecision",
    "Provenance",
    "QuadClass",
    "Quote",
    "RawDocument",
    "Report",
    "Sector",
    "Severity",
    "SourceKind",
    "Span",
    "TemporalMention",
]
