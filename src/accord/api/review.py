"""Review routes: log in and out, and accept, edit, reject or undo a correction of an event
or one of its fields. Writing needs an editor's session and its CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from pydantic import BaseModel, Field

from accord.api.deps import (
    SESSION_COOKIE,
    EditorDep,
    QueriesDep,
    ReviewDep,
    StoreDep,
    current_session,
)
from accord.api.events import event_detail
from accord.api.views import (
    EDITABLE_FIELDS,
    CorrectionValueError,
    check_value,
)
from accord.corrections import correction_json
from accord.store.review import SESSION_LIFETIME, Action, ReviewError, Session

router = APIRouter(prefix="/api", tags=["review"])


class Credentials(BaseModel):
    username: str
    password: str


class CorrectionRequest(BaseModel):
    action: Action
    field: str | None = Field(None, description="None: the whole event.")
    value: str | None = Field(None, description="The new value of an edit.")
    reason: str = Field("", max_length=2000, description="Why: kept with the correction.")


def set_session_cookie(response: Response, token: str, *, secure: bool) -> None:
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=secure,
    )


@router.post("/login")
def login(
    credentials: Credentials, request: Request, response: Response, review: ReviewDep
) -> dict[str, Any]:
    """Open a session (cookie) and return the CSRF token to send as `X-CSRF-Token`."""
    user = review.authenticate(credentials.username, credentials.password)
    if user is None:
        raise HTTPException(401, "wrong username or password")
    token, session = review.open_session(user)
    set_session_cookie(response, token, secure=request.url.scheme == "https")
    return {"username": user.username, "role": user.role.value, "csrf_token": session.csrf_token}


@router.post("/logout")
def logout(request: Request, response: Response, review: ReviewDep) -> dict[str, Any]:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        review.close_session(token)
    response.delete_cookie(SESSION_COOKIE)
    return {"logged_out": True}


@router.get("/me")
def me(request: Request, review: ReviewDep) -> dict[str, Any]:
    session: Session | None = current_session(request, review)
    if session is None:
        return {"username": None, "role": None, "csrf_token": None}
    user = session.user
    return {"username": user.username, "role": user.role.value, "csrf_token": session.csrf_token}


@router.post("/events/{event_id}/corrections")
def correct_event(
    event_id: int,
    body: CorrectionRequest,
    session: EditorDep,
    queries: QueriesDep,
    review: ReviewDep,
    store: StoreDep,
) -> dict[str, Any]:
    """Accept, edit or reject the event (no field) or one field. The correction is kept
    with who, when and why, and follows the event through re-extraction."""
    stored = queries.get_event(event_id)
    if stored is None:
        raise HTTPException(404, f"no event {event_id}")
    value = body.value
    try:
        if body.action is Action.EDIT:
            value = check_value(body.field or "", body.value or "")
        elif body.field is not None and body.field not in EDITABLE_FIELDS:
            raise CorrectionValueError(f"{body.field!r} is not one of {EDITABLE_FIELDS}")
        correction = review.correct(
            article_key=stored.article.key,
            signature=stored.signature,
            field=body.field,
            action=body.action,
            value=value,
            reason=body.reason,
            user=session.user,
        )
    except (CorrectionValueError, ReviewError) as error:
        raise HTTPException(422, str(error)) from None
    detail = event_detail(stored, store, review.for_signature(stored.signature))
    return {"correction": correction_json(correction), "event": detail}


@router.post("/corrections/{correction_id}/undo")
def undo_correction(correction_id: int, session: EditorDep, review: ReviewDep) -> dict[str, Any]:
    try:
        undone = review.undo(correction_id, session.user)
    except ReviewError as error:
        raise HTTPException(404, str(error)) from None
    return {"correction": correction_json(undone)}
