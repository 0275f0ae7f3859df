"""Building the actor dictionary from the Phoenix dictionaries: reproducible, complete."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from accord.errors import ConfigurationError
from accord.stages.actors import build_actor_dictionary
from accord.stages.actors.records import load
from tests.conftest import shared_path

PACKAGED = files("accord.ontology").joinpath("actors.json")


def phoenix_dir() -> Path:
    return shared_path("benchmarks", "phoenix_cameo_dictionaries", "petrarch2")


def test_rebuilding_from_shared_gives_the_packaged_file_byte_for_byte(tmp_path: Path) -> None:
    output = tmp_path / "actors.json"
    build_actor_dictionary(phoenix_dir(), output)
    assert output.read_bytes() == PACKAGED.read_bytes()


def test_build_summary_counts_what_was_written(tmp_path: Path) -> None:
    output = tmp_path / "actors.json"
    summary = build_actor_dictionary(phoenix_dir(), output)
    data = load(output.read_text(encoding="utf-8"), origin=str(output))
    assert summary.states == len(data.states) == 250
    assert summary.agents == len(data.agents)
    assert summary.igos + summary.armed_groups == len(data.organisations)
    assert summary.size_bytes == output.stat().st_size < 3_000_000


def test_build_refuses_a_folder_without_the_phoenix_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match=r"Phoenix\.Countries\.actors\.txt"):
        build_actor_dictionary(tmp_path, tmp_path / "actors.json")


def test_packaged_dictionary_keeps_capitals_not_other_cities() -> None:
    data = load(PACKAGED.read_text(encoding="utf-8"), origin="packaged")
    nigeria = next(state for state in data.states if state.iso3 == "NGA")
    written = {*nigeria.names, *nigeria.capitals, *nigeria.demonyms}
    assert nigeria.capitals == ("Abuja",)
    assert "Nigerian" in nigeria.demonyms
    assert not written & {"Lagos", "Kano", "Maiduguri", "Chibok"}


def test_packaged_dictionary_has_no_office_holders() -> None:
    data = load(PACKAGED.read_text(encoding="utf-8"), origin="packaged")
    names = {name for record in data.organisations for name in (record.name, *record.names)}
    assert "Kofi Annan" not in names
    assert "Ban Ki-Moon" not in names
