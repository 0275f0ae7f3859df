"""The store on a real SQLite file and a real PostgreSQL server (same tests, both)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from accord.errors import StoreError
from accord.ingest.normalize import content_hash
from accord.model import Article, DateBasis, Issue, LanguageBasis, Severity, SourceKind
from accord.store import AddOutcome, ArticleQuery, RunTotals, Store
from accord.store.tables import metadata


def _article(key: str, text: str, **changes: object) -> Article:
    article = Article(
        key=key,
        text=text,
        content_hash=content_hash(text),
        kind=SourceKind.JSONL,
        origin="test.jsonl:1",
        language="en",
        language_basis=LanguageBasis.DECLARED,
        published=date(2024, 8, 29),
        date_basis=DateBasis.CALLER,
        title="Arvenia and Belmora sign a border pact",
        external_id=key.removeprefix("id:"),
        outlet="Test Wire",
        page_starts=(0, 10),
        metadata={"cluster": "x99"},
    )
    return replace(article, **changes)  # type: ignore[arg-type]


PACT = "The defence chiefs of Arvenia and Belmora signed a pact on Wednesday in the capital."


def test_migrated_schema_matches_the_table_definitions(store: Store) -> None:
    def not_search(_object: object, name: str | None, *_: object) -> bool:
        # The full-text machinery is dialect-specific SQL that the table definitions omit.
        return not (name or "").startswith(("articles_search", "ix_articles_search"))

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": not_search})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_an_article_round_trips_with_every_field(store: Store) -> None:
    result = store.add_article(_article("id:t1", PACT))
    assert result.outcome is AddOutcome.NEW and result.version == 1
    stored = store.get_article(result.article_id)
    assert stored is not None
    assert stored.text == PACT and stored.external_id == "t1" and stored.outlet == "Test Wire"
    assert stored.published == date(2024, 8, 29) and stored.date_basis is DateBasis.CALLER
    assert stored.page_starts == (0, 10) and stored.metadata == {"cluster": "x99"}
    assert stored.is_current and stored.ingested_at is not None
    assert store.find_article("t1") == stored
    assert store.find_article(str(result.article_id)) == stored


def test_the_same_content_again_adds_nothing(store: Store) -> None:
    first = store.add_article(_article("id:t1", PACT))
    again = store.add_article(_article("id:t1", PACT.replace(" ", "  ")))
    assert again.outcome is AddOutcome.UNCHANGED and again.article_id == first.article_id
    assert store.count_articles() == 1


def test_changed_content_under_the_same_key_is_a_new_version(store: Store) -> None:
    first = store.add_article(_article("id:t1", PACT))
    second = store.add_article(_article("id:t1", PACT + " A correction was appended."))
    assert second.outcome is AddOutcome.NEW_VERSION and second.version == 2
    versions = store.versions("id:t1")
    assert [(v.version, v.is_current) for v in versions] == [(1, False), (2, True)]
    assert store.count_articles() == 1 and store.count_articles(all_versions=True) == 2
    assert store.find_article("t1").id == second.article_id  # type: ignore[union-attr]
    assert store.get_article(first.article_id).text == PACT  # type: ignore[union-attr]


def test_weak_identities_are_deduplicated_by_content(store: Store) -> None:
    store.add_article(_article("file:/a/report.txt", PACT, external_id=None))
    moved = store.add_article(
        _article("file:/b/report.txt", PACT, external_id=None), identity_is_weak=True
    )
    assert moved.outcome is AddOutcome.UNCHANGED
    syndicated = store.add_article(
        _article("url:https://other.example/pact", PACT, external_id=None)
    )
    assert syndicated.outcome is AddOutcome.NEW  # another outlet's copy is another report


def test_full_text_search_listing_and_filters(store: Store) -> None:
    store.add_article(_article("id:a", PACT))
    store.add_article(
        _article(
            "id:b",
            "Gunmen attacked a Belmoran army base; 3 soldiers were killed.",
            title="Border base attacked",
            language="fr",
            outlet="Autre",
        )
    )
    store.add_article(
        _article(
            "id:c",
            "The central bank cut its policy rate by a quarter point.",
            title="Rate cut at the border bank",
        )
    )

    def ids(**query: object) -> list[str | None]:
        return [a.external_id for a in store.list_articles(ArticleQuery(**query))]  # type: ignore[arg-type]

    assert ids(search="Belmora pact") == ["a"]
    assert ids(search='"army base"') == ["b"]
    assert ids(search="soldiers OR rate") == []  # every word must match; operators are words
    assert ids(search="belmoran ARMY") == ["b"]  # case does not matter
    assert ids(search='unbalanced " quote (') == []
    assert ids(search="border") == ["a", "b", "c"]  # the title is searched too
    assert ids(language="fr") == ["b"] and ids(outlet="Test Wire") == ["a", "c"]
    assert ids(limit=1, offset=1) == ["b"]
    assert store.language_counts() == {"en": 2, "fr": 1}


def test_runs_and_issues_are_recorded(store: Store) -> None:
    run = store.start_run(["folder/"])
    stored = store.add_article(_article("id:t1", PACT))
    store.record_issues(
        run,
        [
            Issue("ingest.binary", Severity.ERROR, "this is a binary file", "folder/x.txt"),
            Issue(
                "ingest.date-unknown",
                Severity.WARNING,
                "no date",
                "folder/y.txt",
                stored.article_id,
            ),
        ],
    )
    store.finish_run(run, RunTotals(stored=1, new_versions=0, unchanged=0, failed=1))
    assert [i.code for i in store.issues_for_run(run)] == ["ingest.binary", "ingest.date-unknown"]
    assert [i.origin for i in store.issues_for_article(stored.article_id)] == ["folder/y.txt"]


def test_iterating_all_articles_in_batches(store: Store) -> None:
    for number in range(7):
        store.add_article(_article(f"id:n{number}", f"{PACT} Number {number}."))
    assert [a.external_id for a in store.iter_articles(batch_size=3)] == [f"n{i}" for i in range(7)]


def test_reopening_keeps_data_and_migrating_twice_is_harmless(database_url: str) -> None:
    first = Store.open(database_url)
    first.add_article(_article("id:t1", PACT))
    first.close()
    again = Store.open(database_url)
    again.migrate()
    assert again.count_articles() == 1
    again.close()


def test_sqlite_uses_write_ahead_logging(tmp_path: Path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'deep' / 'folder' / 'a.db'}")
    with store.engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    assert mode == "wal"
    assert (tmp_path / "deep" / "folder" / "a.db").exists()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot open the database"),
        ("mysql+nosuchdriver://x/y", "is not a database URL|driver"),
    ],
)
def test_bad_database_urls_are_clear_errors(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_events_with_their_evidence_replace_earlier_ones(store: Store) -> None:
    from accord.stages.events.rules import RuleEventExtractor
    from tests.builders import ARVENIA, BELMORA, document, mention

    stored = store.add_article(_article("id:t1", PACT))
    text = store.get_article(stored.article_id).text  # type: ignore[union-attr]
    doc = document(
        text, mentions=[mention(text, "Arvenia", ARVENIA), mention(text, "Belmora", BELMORA)]
    )
    events = tuple(
        replace(e, article_id=stored.article_id) for e in RuleEventExtractor().events(doc)
    )
    events = tuple(
        replace(
            e, evidence=tuple(replace(item, article_id=stored.article_id) for item in e.evidence)
        )
        for e in events
    )
    assert events
    first_ids = store.events.replace_for_article(stored.article_id, events, "events.rules.v1")
    again_ids = store.events.replace_for_article(stored.article_id, events, "events.rules.v1")
    assert store.events.count() == len(events) and set(first_ids).isdisjoint(again_ids)
    loaded = store.events.for_article(stored.article_id)
    assert [replace(e, id=None) for e in loaded] == list(events)
    assert [e.id for e in store.events.iter_events()] == again_ids


def test_long_and_odd_metadata_fits_both_databases(store: Store, languages: object) -> None:
    from accord.ingest import Ingestor, SourceContext
    from accord.model import RawDocument, SourceKind

    ingestor = Ingestor(store, SourceContext(max_bytes=1_000_000), languages)  # type: ignore[arg-type]
    long_url = "https://wire.example/" + "a" * 3000
    report = ingestor.ingest_documents(
        [
            RawDocument(
                "x:1", SourceKind.JSONL, PACT, url=long_url, outlet="O" * 900, language="Portuguese"
            ),
            RawDocument("x:2", SourceKind.JSONL, PACT + " Two.", external_id="i" * 600),
        ]
    )
    assert [issue.code for issue in report.failures] == ["ingest.bad-metadata"]
    (stored,) = store.list_articles()
    assert stored.url == long_url and stored.key.startswith("url-sha256:")
    assert stored.language == "en"  # "Portuguese" is no ISO code: identified from the text


def test_search_folds_accents_hyphens_and_apostrophes_alike_on_both_databases(store: Store) -> None:
    store.add_article(_article("id:fr", "Les troupes ont quitté le Sénégal et la Côte d'Ivoire."))
    store.add_article(_article("id:en", "The al Qaeda affiliate JNIM claimed the attack."))

    def ids(search: str) -> list[str | None]:
        return [a.external_id for a in store.list_articles(ArticleQuery(search=search))]

    assert (
        ids("Senegal") == ["fr"]
        and ids("cote d'ivoire") == ["fr"]
        and ids('"Cote d Ivoire"') == ["fr"]
    )
    assert ids("al-Qaeda") == ["en"] and ids("QUITTE") == ["fr"]
    assert ids('"affiliate al"') == []  # a phrase keeps its word order


def test_quotes_are_stored_with_their_speakers_and_replaced_on_re_extraction(store: Store) -> None:
    from accord.model import Actor, ActorKind, Quote, Span

    stored = store.add_article(_article("id:q1", 'The minister said: "We will defend the border."'))
    text = store.get_article(stored.article_id).text  # type: ignore[union-attr]
    words = text.index("We will")
    minister = Actor("Ana Vell", ActorKind.PERSON, country="ARV", role="Minister of Defence")
    quote = Quote(
        Span.of(text, words, words + len("We will defend the border.")),
        speaker=minister,
        speaker_span=Span.of(text, 4, 12),
    )
    unattributed = Quote(Span.of(text, words, words + 7))
    store.events.replace_for_article(
        stored.article_id, (), "quotes.rules.v1", (), [quote, unattributed]
    )
    assert store.events.quotes_for_article(stored.article_id) == [quote, unattributed]
    store.events.replace_for_article(stored.article_id, (), "quotes.rules.v1", (), [quote])
    assert [q for _, q in store.events.iter_quotes()] == [quote]
