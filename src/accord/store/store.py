"""The store: the only place that speaks SQL. SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool

from accord.errors import StoreError
from accord.model import Article, DateBasis, Issue, LanguageBasis, Severity, SourceKind
from accord.store.aggregates import Aggregates
from accord.store.canonical import CanonicalRepository
from accord.store.events import EventRepository, issue_row
from accord.store.queries import EventQueries
from accord.store.review import ReviewRepository
from accord.store.search import search_filter, search_text
from accord.store.tables import articles, ingest_runs, issues

_SQLITE_BUSY_TIMEOUT_MS = 30_000


class AddOutcome(StrEnum):
    NEW = "new"
    NEW_VERSION = "new-version"
    UNCHANGED = "unchanged"


@dataclass(frozen=True, slots=True)
class AddResult:
    outcome: AddOutcome
    article_id: int
    version: int


@dataclass(frozen=True, slots=True)
class RunTotals:
    stored: int
    new_versions: int
    unchanged: int
    failed: int


@dataclass(frozen=True, slots=True)
class ArticleQuery:
    """Filters for listing articles; `search` is full text over title and body."""

    search: str | None = None
    language: str | None = None
    outlet: str | None = None
    all_versions: bool = False
    limit: int = 50
    offset: int = 0


class Store:
    """Articles and ingest runs in one database. Construct with `Store.open(url)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.events = EventRepository(engine)
        self.canonical = CanonicalRepository(engine)
        self.queries = EventQueries(engine)  # the workbench's filtered reads
        self.aggregates = Aggregates(engine, queries=self.queries)
        self.review = ReviewRepository(engine)

    @classmethod
    def open(cls, url: str, *, migrate: bool = True) -> Store:
        """Connect to `url` (creating the SQLite file's folder) and bring the schema up to
        date. Raises `StoreError` with the fix when the database cannot be reached."""
        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(
                f"{url!r} is not a database URL; use sqlite:///path/to/accord.db or "
                "postgresql+psycopg://user:password@host/database"
            ) from None
        options: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            options = _sqlite_options(parsed.database)
        try:
            engine = create_engine(url, **options)
        except (ModuleNotFoundError, NoSuchModuleError) as missing:
            raise StoreError(
                f"no database driver for {parsed.drivername!r} ({missing}); Accord supports "
                "sqlite:/// and postgresql+psycopg:// (install accord[postgres])"
            ) from None
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _configure_sqlite)
        store = cls(engine)
        if migrate:
            try:
                store.migrate()
            except StoreError:
                store.close()
                raise
        return store

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        with as_file(files("accord.store").joinpath("migrations")) as location:
            config = Config()
            config.set_main_option("script_location", str(location))
            try:
                with self.engine.begin() as connection:
                    config.attributes["connection"] = connection
                    command.upgrade(config, "head")
            except OperationalError as error:
                raise StoreError(
                    f"cannot open the database {self.engine.url.render_as_string()}: "
                    f"{error.orig}; check ACCORD_DATABASE_URL"
                ) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------

    def add_article(self, article: Article, *, identity_is_weak: bool = False) -> AddResult:
        """Store `article` unless it is already stored, in its own transaction.

        Same key and same content: unchanged. Same key, new content: a new version, the old
        one kept. A weak identity (a file path) whose content is already stored under any
        key is unchanged too, so moving a folder does not duplicate its documents.
        """
        try:
            with self.engine.begin() as connection:
                return self._add(connection, article, identity_is_weak)
        except IntegrityError:
            # Another writer stored the same key and version first; what it stored wins.
            with self.engine.begin() as connection:
                return self._add(connection, article, identity_is_weak)

    def _add(self, connection: Connection, article: Article, weak: bool) -> AddResult:
        current = connection.execute(
            select(articles.c.id, articles.c.version, articles.c.content_hash).where(
                and_(articles.c.key == article.key, articles.c.is_current)
            )
        ).first()
        if current is not None and current.content_hash == article.content_hash:
            return AddResult(AddOutcome.UNCHANGED, current.id, current.version)
        if current is None and weak:
            same = connection.execute(
                select(articles.c.id, articles.c.version)
                .where(articles.c.content_hash == article.content_hash)
                .order_by(articles.c.id)
                .limit(1)
            ).first()
            if same is not None:
                return AddResult(AddOutcome.UNCHANGED, same.id, same.version)
        version = 1
        if current is not None:
            version = current.version + 1
            connection.execute(
                update(articles).where(articles.c.id == current.id).values(is_current=False)
            )
        row = _article_row(article, version)
        inserted = articles.insert().values(**row).returning(articles.c.id)
        article_id = int(connection.execute(inserted).scalar_one())
        outcome = AddOutcome.NEW if current is None else AddOutcome.NEW_VERSION
        return AddResult(outcome, article_id, version)

    def get_article(self, article_id: int) -> Article | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(articles).where(articles.c.id == article_id)).first()
        return _article(row) if row else None

    def find_article(self, reference: str) -> Article | None:
        """The current article with this external id, else the article with this number."""
        with self.engine.connect() as connection:
            row = connection.execute(
                select(articles)
                .where(and_(articles.c.external_id == reference, articles.c.is_current))
                .order_by(articles.c.id.desc())
                .limit(1)
            ).first()
        if row is not None:
            return _article(row)
        return self.get_article(int(reference)) if reference.isdigit() else None

    def versions(self, key: str) -> list[Article]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(articles).where(articles.c.key == key).order_by(articles.c.version)
            ).all()
        return [_article(row) for row in rows]

    def list_articles(self, query: ArticleQuery | None = None) -> list[Article]:
        query = query or ArticleQuery()
        statement = select(articles)
        if not query.all_versions:
            statement = statement.where(articles.c.is_current)
        if query.language:
            statement = statement.where(articles.c.language == query.language)
        if query.outlet:
            statement = statement.where(articles.c.outlet == query.outlet)
        if query.search:
            statement = search_filter(statement, query.search, self.engine.dialect.name)
        statement = statement.order_by(articles.c.id).limit(query.limit).offset(query.offset)
        with self.engine.connect() as connection:
            return [_article(row) for row in connection.execute(statement).all()]

    def count_articles(self, *, all_versions: bool = False) -> int:
        statement = select(func.count()).select_from(articles)
        if not all_versions:
            statement = statement.where(articles.c.is_current)
        with self.engine.connect() as connection:
            return int(connection.execute(statement).scalar_one())

    def language_counts(self) -> dict[str, int]:
        statement = (
            select(articles.c.language, func.count())
            .where(articles.c.is_current)
            .group_by(articles.c.language)
        )
        with self.engine.connect() as connection:
            rows = connection.execute(statement).all()
        return {language or "unknown": int(count) for language, count in rows}

    # -- ingest runs and issues -------------------------------------------------------------

    def start_run(self, targets: Sequence[str]) -> int:
        with self.engine.begin() as connection:
            return int(
                connection.execute(
                    ingest_runs.insert()
                    .values(
                        started_at=_now(),
                        targets=list(targets),
                        stored=0,
                        new_versions=0,
                        unchanged=0,
                        failed=0,
                    )
                    .returning(ingest_runs.c.id)
                ).scalar_one()
            )

    def record_issues(self, run_id: int | None, found: Sequence[Issue]) -> None:
        if not found:
            return
        rows = [issue_row(run_id, issue) for issue in found]
        with self.engine.begin() as connection:
            connection.execute(issues.insert(), rows)

    def finish_run(self, run_id: int, totals: RunTotals) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(
                    finished_at=_now(),
                    stored=totals.stored,
                    new_versions=totals.new_versions,
                    unchanged=totals.unchanged,
                    failed=totals.failed,
                )
            )

    def issues_for_article(self, article_id: int) -> list[Issue]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(issues).where(issues.c.article_id == article_id).order_by(issues.c.id)
            ).all()
        return [_issue(row) for row in rows]

    def issues_for_run(self, run_id: int) -> list[Issue]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(issues).where(issues.c.run_id == run_id).order_by(issues.c.id)
            ).all()
        return [_issue(row) for row in rows]

    def iter_articles(self, batch_size: int = 500) -> Iterator[Article]:
        """Every current article in id order, fetched in batches."""
        last_id = 0
        while True:
            with self.engine.connect() as connection:
                rows = connection.execute(
                    select(articles)
                    .where(and_(articles.c.is_current, articles.c.id > last_id))
                    .order_by(articles.c.id)
                    .limit(batch_size)
                ).all()
            if not rows:
                return
            for row in rows:
                yield _article(row)
            last_id = rows[-1].id


def _sqlite_options(database: str | None) -> dict[str, Any]:
    if not database or database == ":memory:":
        # One shared connection, or every connection would see its own empty database.
        return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    return {"connect_args": {"timeout": _SQLITE_BUSY_TIMEOUT_MS / 1000}}


def _configure_sqlite(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={_SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _now() -> datetime:
    return datetime.now(UTC)


def _article_row(article: Article, version: int) -> dict[str, Any]:
    return {
        "key": article.key,
        "version": version,
        "is_current": True,
        "external_id": article.external_id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "text": article.text,
        "search_text": search_text(article.title, article.text),
        "content_hash": article.content_hash,
        "kind": article.kind.value,
        "origin": article.origin,
        "language": article.language,
        "language_basis": article.language_basis.value,
        "published": article.published,
        "date_basis": article.date_basis.value,
        "page_starts": list(article.page_starts),
        "extra": dict(article.metadata),
        "ingested_at": _now(),
    }


def _article(row: Any) -> Article:
    return Article(
        id=row.id,
        key=row.key,
        version=row.version,
        is_current=bool(row.is_current),
        external_id=row.external_id,
        url=row.url,
        outlet=row.outlet,
        title=row.title,
        text=row.text,
        content_hash=row.content_hash,
        kind=SourceKind(row.kind),
        origin=row.origin,
        language=row.language,
        language_basis=LanguageBasis(row.language_basis),
        published=row.published,
        date_basis=DateBasis(row.date_basis),
        page_starts=tuple(row.page_starts or ()),
        metadata=row.extra or {},
        ingested_at=row.ingested_at,
    )


def _issue(row: Any) -> Issue:
    return Issue(
        code=row.code,
        severity=Severity(row.severity),
        message=row.message,
        origin=row.origin,
        article_id=row.article_id,
    )
