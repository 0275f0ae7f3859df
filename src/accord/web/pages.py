"""The workbench's pages: server-rendered from the same read models as the JSON API, with
a little JavaScript for the linked dashboard views and for review. No business logic here."""

from __future__ import annotations

import hmac
import secrets
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from accord.api.countries import country_info
from accord.api.deps import (
    SESSION_COOKIE,
    AggregatesDep,
    QueriesDep,
    ReviewDep,
    StoreDep,
    current_session,
    get_settings,
)
from accord.api.events import event_detail
from accord.api.review import set_session_cookie
from accord.api.views import EDITABLE_FIELDS, events_json
from accord.model import EventType, Modality
from accord.store import ArticleQuery
from accord.store.aggregates import Aggregates
from accord.store.queries import EventFilter
from accord.store.review import ReviewRepository, Session
from accord.web.highlight import highlighted_segments

_LOGIN_CSRF_COOKIE = "accord_login_csrf"
router = APIRouter(include_in_schema=False)


def mount_web(app: FastAPI) -> None:
    static = files("accord.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.state.templates = Jinja2Templates(directory=str(files("accord.web").joinpath("templates")))
    app.include_router(router)


def _render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    session = current_session(request, _review(request))
    base = {"session": session, "csrf_token": session.csrf_token if session else ""}
    return templates.TemplateResponse(request, name, {**base, **context})


def _review(request: Request) -> ReviewRepository:
    review: ReviewRepository = request.app.state.store.review
    return review


def _guard(request: Request) -> Session | None:
    """The reader's session; anonymous readers go to the login page when reading is closed."""
    session = current_session(request, _review(request))
    if session is None and not get_settings(request).open_reading:
        raise HTTPException(303, headers={"Location": f"/login?next={request.url.path}"})
    return session


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, aggregates: AggregatesDep) -> HTMLResponse:
    _guard(request)
    return _render(
        request,
        "dashboard.html",
        {
            "event_types": [member.value for member in EventType],
            "modalities": [member.value for member in Modality],
            "actors": aggregates.actors(limit=200),
            "countries": _countries(aggregates),
        },
    )


def _countries(aggregates: Aggregates) -> list[dict[str, Any]]:
    return [country_info(item.country) for item in aggregates.per_country(EventFilter())]


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(
    request: Request, event_id: int, queries: QueriesDep, review: ReviewDep, store: StoreDep
) -> HTMLResponse:
    _guard(request)
    stored = queries.get_event(event_id)
    if stored is None:
        raise HTTPException(404, f"no event {event_id}")
    detail = event_detail(stored, store, review.for_signature(stored.signature))
    return _render(
        request,
        "event.html",
        {
            "event": detail,
            "editable_fields": EDITABLE_FIELDS,
            "event_types": [member.value for member in EventType],
            "modalities": [member.value for member in Modality],
        },
    )


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor_page(
    request: Request, key: str, aggregates: AggregatesDep, queries: QueriesDep, review: ReviewDep
) -> HTMLResponse:
    _guard(request)
    profile = aggregates.actor(key)
    if profile is None:
        raise HTTPException(404, f"no actor {key!r}")
    recent = queries.list_events(EventFilter(actor=key), limit=25)
    events = events_json(recent.items, review)
    return _render(
        request,
        "actor.html",
        {"profile": profile, "events": events, "total": recent.total},
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, store: StoreDep) -> HTMLResponse:
    _guard(request)
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    found = store.events.for_article(article_id)
    spans = [
        (item.span.start, item.span.end, item.field, event.id)
        for event in found
        for item in event.evidence
        if item.span.relocates_in(article.text)
    ]
    return _render(
        request,
        "article.html",
        {
            "article": article,
            "events": found,
            "segments": highlighted_segments(article.text, spans),
        },
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, queries: QueriesDep, review: ReviewDep, q: str = ""
) -> HTMLResponse:
    _guard(request)
    events: list[dict[str, Any]] = []
    total = 0
    if q.strip():
        page = queries.list_events(EventFilter(text=q), limit=100)
        events = events_json(page.items, review)
        total = page.total
    articles = _articles_matching(request, q)
    return _render(
        request,
        "search.html",
        {"q": q, "events": events, "total": total, "articles": articles},
    )


def _articles_matching(request: Request, q: str) -> list[Any]:
    if not q.strip():
        return []
    return list(request.app.state.store.list_articles(ArticleQuery(search=q, limit=50)))


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> HTMLResponse:
    token = secrets.token_urlsafe(24)
    response = _render(
        request, "login.html", {"login_csrf": token, "next": _local(next), "error": None}
    )
    response.set_cookie(_LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict")
    return response


@router.post("/login", response_model=None)
def login_form(
    request: Request,
    review: ReviewDep,
    username: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",
) -> Response:
    expected = request.cookies.get(_LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected, csrf_token):
        raise HTTPException(403, "the login form expired or came from elsewhere; reload it")
    user = review.authenticate(username, password)
    if user is None:
        response = _render(
            request,
            "login.html",
            {"login_csrf": expected, "next": _local(next), "error": "Wrong username or password."},
        )
        response.status_code = 401
        return response
    token, _session = review.open_session(user)
    redirect = RedirectResponse(_local(next), status_code=303)
    set_session_cookie(redirect, token, secure=request.url.scheme == "https")
    redirect.delete_cookie(_LOGIN_CSRF_COOKIE)
    return redirect


@router.post("/logout")
def logout_form(
    request: Request, review: ReviewDep, csrf_token: Annotated[str, Form()]
) -> RedirectResponse:
    session = current_session(request, review)
    token = request.cookies.get(SESSION_COOKIE)
    if session is not None and token and hmac.compare_digest(session.csrf_token, csrf_token):
        review.close_session(token)
    redirect = RedirectResponse("/", status_code=303)
    redirect.delete_cookie(SESSION_COOKIE)
    return redirect


def _local(target: str) -> str:
    """Only paths on this site: a login must not redirect elsewhere."""
    return target if target.startswith("/") and not target.startswith("//") else "/"
