"""The event typer: a trained PLOVER classifier for a marked actor/recipient pair (issue 4)."""

from accord.typer.marked import MarkedPair, MarkedSentenceError, parse_marked
from accord.typer.model import EventTyper, TypedPair

__all__ = ["EventTyper", "MarkedPair", "MarkedSentenceError", "TypedPair", "parse_marked"]
