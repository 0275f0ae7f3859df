"""The actor network in memory: every actor-to-recipient link of current events as arrays,
loaded once per change of the stored events, so a filtered network is a mask and a count
instead of a join and a grouping of every link in SQL (which costs about a second at
100,000 events on a small machine)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy import Engine, select

from accord.model import QuadClass
from accord.store.tables import event_facets, event_links

_HOSTILE = (int(QuadClass.VERBAL_CONFLICT), int(QuadClass.MATERIAL_CONFLICT))


@dataclass(frozen=True, slots=True)
class LinkCount:
    source: str
    target: str
    cooperation: int
    hostility: int


@dataclass(frozen=True, slots=True)
class LinkTable:
    """One entry per link: its event, its (source, target) pair and whether it is hostile."""

    event_ids: npt.NDArray[np.int64]
    pairs: npt.NDArray[np.int64]  # index into `keys`
    hostile: npt.NDArray[np.bool_]
    keys: tuple[tuple[str, str], ...]  # sorted, so ties break alphabetically

    @classmethod
    def load(cls, engine: Engine) -> LinkTable:
        statement = (
            select(
                event_links.c.event_id,
                event_links.c.source_key,
                event_links.c.target_key,
                event_facets.c.quad_class,
            )
            .join(event_facets, event_facets.c.event_id == event_links.c.event_id)
            .where(event_facets.c.is_current.is_(True))
        )
        with engine.connect() as connection:
            rows = connection.execute(statement).all()
        keys = tuple(sorted({(row[1], row[2]) for row in rows}))
        position = {key: index for index, key in enumerate(keys)}
        return cls(
            event_ids=np.fromiter((row[0] for row in rows), np.int64, len(rows)),
            pairs=np.fromiter((position[(row[1], row[2])] for row in rows), np.int64, len(rows)),
            hostile=np.fromiter((row[3] in _HOSTILE for row in rows), np.bool_, len(rows)),
            keys=keys,
        )

    def strongest(self, event_ids: npt.NDArray[np.int64] | None, limit: int) -> list[LinkCount]:
        """The `limit` pairs with most links among these events (all when None)."""
        if event_ids is None:
            pairs, hostile = self.pairs, self.hostile
        else:
            chosen = np.isin(self.event_ids, event_ids)
            pairs, hostile = self.pairs[chosen], self.hostile[chosen]
        size = len(self.keys)
        totals = np.bincount(pairs, minlength=size)
        hostile_totals = np.bincount(pairs[hostile], minlength=size)
        order = np.argsort(-totals, kind="stable")[:limit]
        return [
            LinkCount(
                self.keys[index][0],
                self.keys[index][1],
                int(totals[index] - hostile_totals[index]),
                int(hostile_totals[index]),
            )
            for index in order
            if totals[index] > 0
        ]
