"""What routes receive by injection: the store and its query objects, the reader's session,
and the guards for reading, editing and CSRF."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request

from accord.settings import Settings
from accord.store import Store
from accord.store.aggregates import Aggregates
from accord.store.queries import EventQueries
from accord.store.review import ReviewRepository, Session

SESSION_COOKIE = "accord_session"
CSRF_HEADER = "X-CSRF-Token"


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_queries(store: Annotated[Store, Depends(get_store)]) -> EventQueries:
    return store.queries


def get_aggregates(store: Annotated[Store, Depends(get_store)]) -> Aggregates:
    return store.aggregates


def get_review(store: Annotated[Store, Depends(get_store)]) -> ReviewRepository:
    return store.review


def current_session(
    request: Request, review: Annotated[ReviewRepository, Depends(get_review)]
) -> Session | None:
    token = request.cookies.get(SESSION_COOKIE)
    return review.session(token) if token else None


def reader(
    session: Annotated[Session | None, Depends(current_session)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> Session | None:
    """The reader's session; refuses anonymous readers when reading is closed."""
    if session is None and not settings.open_reading:
        raise HTTPException(401, "reading needs a login here (ACCORD_OPEN_READING=0)")
    return session


def editor(
    request: Request, session: Annotated[Session | None, Depends(current_session)]
) -> Session:
    """A logged-in editor or admin whose request carries the session's CSRF token."""
    if session is None:
        raise HTTPException(401, "log in to review events")
    if not session.user.role.may_edit():
        raise HTTPException(403, f"{session.user.username} is a viewer; editing needs an editor")
    given = request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(given, session.csrf_token):
        raise HTTPException(403, f"missing or wrong {CSRF_HEADER} header (CSRF protection)")
    return session


QueriesDep = Annotated[EventQueries, Depends(get_queries)]
AggregatesDep = Annotated[Aggregates, Depends(get_aggregates)]
ReviewDep = Annotated[ReviewRepository, Depends(get_review)]
StoreDep = Annotated[Store, Depends(get_store)]
ReaderDep = Annotated[Session | None, Depends(reader)]
EditorDep = Annotated[Session, Depends(editor)]
