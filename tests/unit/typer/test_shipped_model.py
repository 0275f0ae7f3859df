"""The shipped head was trained on the lexicon the engine has now: its rule cues mean the
same words as when it was trained."""

from __future__ import annotations

import json
from importlib import resources

from accord.typer.features import lexicon_fingerprint


def test_the_shipped_head_matches_the_current_trigger_lexicon() -> None:
    card = json.loads(resources.files("accord.typer").joinpath("model/head.json").read_text())
    assert card["lexicon"] == lexicon_fingerprint(), (
        "the trigger lexicon changed since the typer was trained: rerun "
        "`accord train event-typer --gold-records .../PLOVER_GSR_CAMEO.txt`"
    )
