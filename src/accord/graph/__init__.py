"""Actors and their dated, evidence-backed relations, built from canonical events."""

from accord.graph.build import ActorGraph, build_graph
from accord.graph.identity import GraphError
from accord.graph.model import Change, Edge, MembershipChange, Node, Office, Relation, Tie
from accord.graph.queries import (
    Counterpart,
    Coverage,
    Member,
    Period,
    covers,
    history,
    members,
    offices,
    partners,
    targets,
)

__all__ = [
    "ActorGraph",
    "Change",
    "Counterpart",
    "Coverage",
    "Edge",
    "GraphError",
    "Member",
    "MembershipChange",
    "Node",
    "Office",
    "Period",
    "Relation",
    "Tie",
    "build_graph",
    "covers",
    "history",
    "members",
    "offices",
    "partners",
    "targets",
]
