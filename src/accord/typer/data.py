"""Labelled marked pairs: the team's TSV files, the PLOVER gold records, and files to score.

Every reader names the file and the row of anything it cannot use, so a bad line is fixed at
its source rather than silently dropped.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from accord.errors import AccordError
from accord.eval.plover_gsr import OLDER_CATEGORIES
from accord.model import EventType
from accord.typer.marked import MarkedPair, MarkedSentenceError, parse_marked

YIELD = "YIELD"  # the older root that covers CONCEDE and RETREAT
_GSR_TAG = re.compile(r"\((SRC|TAR|SRC/TAR|EVT|LOC|SRC/LOC|TAR/LOC):\s*([^(){}]*?)\s*[)}]")


class PairFileError(AccordError):
    code = "typer.pair-file"


@dataclass(frozen=True, slots=True)
class LabelledPair:
    """One marked pair with its gold root (None when the file gives none) and mode."""

    uid: str
    pair: MarkedPair
    root: str | None
    mode: str | None = None
    source: str = ""


def read_pair_file(path: Path, *, require_gold: bool = False) -> list[LabelledPair]:
    """Rows of a tab-separated file with a header naming at least `marked_sentence`, and
    optionally `uid` (else the row number), `gold_root` and `gold_mode`."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            rows = list(reader)
            columns = reader.fieldnames or []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise PairFileError(f"cannot read {path}: {error}") from None
    if "marked_sentence" not in columns:
        raise PairFileError(f"{path}: needs a header row with a marked_sentence column")
    if require_gold and "gold_root" not in columns:
        raise PairFileError(f"{path}: needs a gold_root column to train on")
    return [_row(path, number, row) for number, row in enumerate(rows, start=2)]


def _row(path: Path, line: int, row: dict[str, str | None]) -> LabelledPair:
    try:
        pair = parse_marked((row.get("marked_sentence") or "").strip())
    except MarkedSentenceError as error:
        raise PairFileError(f"{path} line {line}: {error}") from None
    root = (row.get("gold_root") or "").strip().upper() or None
    if root is not None and root != YIELD and root not in EventType.__members__:
        raise PairFileError(f"{path} line {line}: {root!r} is not a PLOVER root")
    uid = (row.get("uid") or "").strip() or str(line - 1)
    mode = (row.get("gold_mode") or "").strip() or None
    return LabelledPair(uid, pair, root, mode, path.stem)


def read_pair_files(paths: Iterable[Path]) -> list[LabelledPair]:
    """Every labelled row of the files given (folders: their *.tsv files, sorted)."""
    found: list[LabelledPair] = []
    for path in paths:
        files = sorted(path.glob("*.tsv")) if path.is_dir() else [path]
        for file in files:
            found.extend(p for p in read_pair_file(file, require_gold=True) if p.root)
    return found


def read_gold_records(path: Path) -> list[LabelledPair]:
    """The PLOVER gold records (CC BY-SA 4.0) as marked pairs, from their inline markup: the
    first source is the actor and the first target the recipient; where the parties are
    marked SRC/TAR (a symmetric event), the first is the actor and the second the recipient.
    Records with no source marked are left out."""
    try:
        records = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise PairFileError(f"cannot read the gold records {path}: {error}") from None
    pairs = []
    for record in records:
        event = record.get("event")
        info = record.get("textInfo")
        markup = info.get("markup") if isinstance(info, dict) else info
        if not event or event == "DOCUMENT" or not isinstance(markup, str):
            continue
        pair = gold_record_pair(markup)
        if pair is not None:
            root = OLDER_CATEGORIES.get(event, event)
            pairs.append(LabelledPair(record["id"], pair, root, record.get("mode") or None, "gsr"))
    return pairs


def gold_record_pair(markup: str) -> MarkedPair | None:
    """The pair that a gold record's inline markup marks, or None without a source."""
    roles: list[str] = []

    def mark(match: re.Match[str]) -> str:
        tag, words = match.group(1), match.group(2)
        if tag in {"EVT", "LOC"}:
            return words
        role = "s" if tag.startswith("SRC") and "s" not in roles else "t"
        if tag == "SRC/TAR" and "s" in roles:
            role = "t"
        if role in roles:
            return words
        roles.append(role)
        return f"<{role}>{words}</{role}>"

    text = markup
    while True:  # innermost tags first: "(LOC:to (TAR: Bosnia))"
        replaced = _GSR_TAG.sub(mark, text)
        if replaced == text:
            break
        text = replaced
    if "s" not in roles:
        return None
    return parse_marked(" ".join(text.split()))


def collapse_yield(labels: Sequence[str]) -> list[str]:
    """CONCEDE and RETREAT as the older YIELD, for scoring against gold that uses it."""
    return [YIELD if label in {"CONCEDE", "RETREAT"} else label for label in labels]


def write_predictions(
    path: Path,
    uids: Sequence[str],
    roots: Sequence[str],
    quads: Sequence[int],
    confidence: Sequence[float],
) -> None:
    """`uid, predicted_root, predicted_quad, confidence`, one row per pair, with a header."""
    lines = ["uid\tpredicted_root\tpredicted_quad\tconfidence"]
    lines += [
        f"{uid}\t{root}\t{quad}\t{score:.4f}"
        for uid, root, quad, score in zip(uids, roots, quads, confidence, strict=True)
    ]
    try:
        path.write_text("\n".join(lines) + "\n", "utf-8")
    except OSError as error:
        raise PairFileError(f"cannot write the predictions {path}: {error}") from None
