"""`accord graph ...`: who partners with, targets and belongs to whom, read from the
canonical events (`accord merge` builds them)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Annotated, Any, TypeVar

import typer
from rich.markup import escape
from rich.table import Table

from accord.commands.common import DatabaseOption, console, fail, open_store
from accord.errors import AccordError
from accord.graph import (
    ActorGraph,
    Counterpart,
    Coverage,
    Edge,
    Member,
    Office,
    Period,
    Tie,
    build_graph,
    covers,
    history,
    members,
    offices,
    partners,
    targets,
)

graph_app = typer.Typer(
    help="Query the actor graph: partners, history, members, targets, what a partnership covers.",
    no_args_is_help=True,
)

ActorArgument = Annotated[
    str, typer.Argument(help='An actor: name, alias, ISO code or key ("NGA", "Nigeria").')
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the answer as JSON.")]

Answer = TypeVar("Answer")


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{option} {value!r} is not a date in YYYY-MM-DD form") from None


def _graph(database: str | None) -> ActorGraph:
    with open_store(database) as store:
        if store.canonical.count() == 0:
            raise AccordError("no canonical events in the database; run `accord merge` first")
        return build_graph(store.canonical.iter_canonical())


def _ask(
    database: str | None, question: Callable[[ActorGraph], Answer]
) -> tuple[ActorGraph, Answer]:
    """Build the graph and ask it one question; a user error (no canonical events, an
    unknown actor) ends the command with its message."""
    try:
        graph = _graph(database)
        return graph, question(graph)
    except AccordError as error:
        raise fail(error) from None


def _show(
    as_json: bool,
    answer: list[dict[str, Any]],
    title: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[str]],
) -> None:
    """Print the answer as JSON, or as a table of `rows` (read only for the table)."""
    if as_json:
        console.print_json(json.dumps(answer))
        return
    table = Table(title=title)
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _ids(ids: tuple[str, ...], limit: int = 4) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f" (+{len(ids) - limit})" if len(ids) > limit else "")


def _days(first: date | None, last: date | None) -> str:
    if first is None:
        return "undated"
    return str(first) if last in (None, first) else f"{first}..{last}"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@graph_app.command("partners")
def partners_command(  # noqa: PLR0917 - Typer declares options as parameters
    actor: ActorArgument,
    start: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    office_holders: Annotated[
        bool,
        typer.Option(help="Count the ties of people holding office in ACTOR as its own."),
    ] = True,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """Actors with partnership ties (AGREE, CONSULT, SUPPORT, COOPERATE, AID) to ACTOR."""
    try:
        period = Period(_day(start, "--from"), _day(end, "--to"))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    graph, (found, name) = _ask(
        database,
        lambda graph: (
            partners(graph, actor, period, office_holders=office_holders),
            graph.node(actor).name,
        ),
    )
    _show(
        as_json,
        [_counterpart_json(graph, item) for item in found],
        f"partners of {name}: {len(found)}",
        ("partner", "events", "types", "dates", "canonical events"),
        (
            (
                escape(item.node.name),
                str(len(item.canonical_ids)),
                ", ".join(t.value for t in item.event_types),
                _days(item.first, item.last),
                _ids(item.canonical_ids),
            )
            for item in found
        ),
    )


@graph_app.command("history")
def history_command(
    first: ActorArgument,
    second: ActorArgument,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """Every relation between two actors, by date, with the canonical event behind it."""
    graph, found = _ask(database, lambda graph: history(graph, first, second))
    _show(
        as_json,
        [_tie_json(graph, tie) for tie in found],
        f"{len(found)} relations",
        ("date", "relation", "event", "from", "to", "canonical event"),
        (
            (
                _days(tie.start, tie.end),
                tie.relation.value + (f" ({tie.change.value})" if tie.change else ""),
                tie.event_type.value + (f"/{tie.mode}" if tie.mode else ""),
                escape(graph.nodes[tie.source].name),
                escape(graph.nodes[tie.target].name),
                tie.canonical_id,
            )
            for tie in found
        ),
    )


@graph_app.command("members")
def members_command(
    organisation: Annotated[str, typer.Argument(help="An organisation: name, alias or code.")],
    at: Annotated[str, typer.Option("--at", help="The day, YYYY-MM-DD.")],
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """Members of an organisation on a day, as membership events (founding, joining,
    leaving) tell it."""
    day = _day(at, "--at")
    if day is None:  # typer makes --at required; kept for the type checker
        raise typer.BadParameter("--at is required")
    _, (found, name) = _ask(
        database,
        lambda graph: (members(graph, organisation, day), graph.node(organisation).name),
    )
    _show(
        as_json,
        [_member_json(item) for item in found],
        f"members of {name} on {day}: {len(found)}",
        ("member", "since", "changes"),
        (
            (
                escape(item.node.name),
                str(item.since or "before the first event"),
                "; ".join(f"{c.change.value} {c.on} ({c.canonical_id})" for c in item.basis),
            )
            for item in found
        ),
    )


@graph_app.command("targets")
def targets_command(
    actor: Annotated[
        str | None, typer.Argument(help="Only hostility ACTOR is party to.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """Who targets whom: hostility edges (ACCUSE ... ASSAULT), most events first."""
    graph, found = _ask(database, lambda graph: targets(graph, actor))
    _show(
        as_json,
        [_edge_json(graph, edge) for edge in found],
        f"{len(found)} hostile relations",
        ("actor", "target", "events", "types", "dates", "canonical events"),
        (
            (
                escape(graph.nodes[edge.source].name),
                escape(graph.nodes[edge.target].name) + ("" if edge.directed else " (mutual)"),
                str(len(edge.canonical_ids)),
                ", ".join(t.value for t in edge.event_types),
                _days(edge.first, edge.last),
                _ids(edge.canonical_ids),
            )
            for edge in found
        ),
    )


@graph_app.command("covers")
def covers_command(
    first: ActorArgument,
    second: Annotated[
        str | None, typer.Argument(help="Only its partnership with this actor.", show_default=False)
    ] = None,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """What a partnership covers: the commitments stated in its events, by topic."""
    _, found = _ask(database, lambda graph: covers(graph, first, second))
    _show(
        as_json,
        [_coverage_json(item) for item in found],
        f"{len(found)} commitment topics",
        ("topic", "as written", "first", "canonical events"),
        (
            (
                item.topic,
                escape("; ".join(item.texts)),
                str(item.first or ""),
                _ids(item.canonical_ids),
            )
            for item in found
        ),
    )


@graph_app.command("offices")
def offices_command(
    actor: ActorArgument,
    as_json: JsonOption = False,
    database: DatabaseOption = None,
) -> None:
    """Offices held: a person's roles over time, or the office holders of a state."""
    graph, found = _ask(database, lambda graph: offices(graph, actor))
    _show(
        as_json,
        [_office_json(graph, item) for item in found],
        f"{len(found)} offices",
        ("person", "role", "of", "seen", "canonical events"),
        (
            (
                escape(graph.nodes[item.person].name),
                escape(item.role),
                escape(graph.nodes[item.seat].name if item.seat else ""),
                _days(item.first, item.last),
                _ids(item.canonical_ids),
            )
            for item in found
        ),
    )


def _tie_json(graph: ActorGraph, tie: Tie) -> dict[str, Any]:
    return {
        "source": graph.nodes[tie.source].name,
        "target": graph.nodes[tie.target].name,
        "relation": tie.relation.value,
        "event_type": tie.event_type.value,
        "mode": tie.mode,
        "modality": tie.modality.value,
        "start": _iso(tie.start),
        "end": _iso(tie.end),
        "canonical_id": tie.canonical_id,
        "commitments": [c.topic for c in tie.commitments],
    }


def _counterpart_json(graph: ActorGraph, item: Counterpart) -> dict[str, Any]:
    return {
        "actor": item.node.name,
        "key": item.node.key,
        "first": _iso(item.first),
        "last": _iso(item.last),
        "ties": [_tie_json(graph, tie) for tie in item.ties],
    }


def _member_json(item: Member) -> dict[str, Any]:
    return {
        "member": item.node.name,
        "key": item.node.key,
        "since": _iso(item.since),
        "changes": [
            {
                "change": c.change.value,
                "on": _iso(c.on),
                "cue": c.cue,
                "canonical_id": c.canonical_id,
            }
            for c in item.basis
        ],
    }


def _edge_json(graph: ActorGraph, edge: Edge) -> dict[str, Any]:
    return {
        "actor": graph.nodes[edge.source].name,
        "target": graph.nodes[edge.target].name,
        "directed": edge.directed,
        "ties": [_tie_json(graph, tie) for tie in edge.ties],
    }


def _coverage_json(item: Coverage) -> dict[str, Any]:
    return {
        "topic": item.topic,
        "texts": list(item.texts),
        "first": _iso(item.first),
        "canonical_ids": list(item.canonical_ids),
    }


def _office_json(graph: ActorGraph, item: Office) -> dict[str, Any]:
    return {
        "person": graph.nodes[item.person].name,
        "role": item.role,
        "seat": graph.nodes[item.seat].name if item.seat else None,
        "first": _iso(item.first),
        "last": _iso(item.last),
        "canonical_ids": list(item.canonical_ids),
    }
