"""Near-duplicate articles and one event, many reports: the merge behind `accord merge`.

`fingerprint` and `duplicates` find copies, rewrites and translations of one story;
`blocking`, `compare` and `grouping` decide which reported events are one real-world event;
`fields` merges their values and records where reports disagree; `mentions` links background
mentions; `merge` assembles canonical events and `rebuild` runs it all on a store.
"""

from accord.dedup.duplicates import find_duplicates
from accord.dedup.merge import Source, merge_events
from accord.dedup.rebuild import MergeSummary, rebuild

__all__ = ["MergeSummary", "Source", "find_duplicates", "merge_events", "rebuild"]
