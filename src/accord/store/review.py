"""Review: users and their sessions, and analysts' corrections of extracted events.

A correction is keyed on the article's identity and the event's signature
(`event_index.event_signature`), never on the event id, so re-extracting the article keeps
it attached. Undoing marks it undone (who, when) instead of deleting it: the history stays.
Passwords are hashed with scrypt from the standard library; session tokens are stored only
as their SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine, and_, delete, select, update
from sqlalchemy.exc import IntegrityError

from accord.errors import AccordError
from accord.store.tables import corrections, sessions, users

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
SESSION_LIFETIME = timedelta(hours=12)


class ReviewError(AccordError):
    code = "review.invalid"


class Role(StrEnum):
    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"

    def may_edit(self) -> bool:
        return self is not Role.VIEWER


class Action(StrEnum):
    ACCEPT = "accept"
    EDIT = "edit"
    REJECT = "reject"


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    role: Role


@dataclass(frozen=True, slots=True)
class Session:
    user: User
    csrf_token: str


@dataclass(frozen=True, slots=True)
class Correction:
    """One decision on an event (`field` None) or on one of its fields."""

    id: int
    article_key: str
    signature: str
    field: str | None
    action: Action
    value: Any
    reason: str
    username: str
    created_at: datetime
    undone_at: datetime | None = None
    undone_by: str | None = None


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    encoded = [base64.b64encode(part).decode() for part in (salt, digest)]
    return "scrypt${n}${r}${p}$".format(**_SCRYPT) + "$".join(encoded)


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return scheme == "scrypt" and hmac.compare_digest(expected, actual)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


class ReviewRepository:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- users and sessions -------------------------------------------------------------

    def add_user(self, username: str, password: str, role: Role) -> User:
        if not username.strip() or len(username) > 100:
            raise ReviewError("a username needs 1 to 100 characters")
        if len(password) < 8:
            raise ReviewError(f"the password for {username!r} is shorter than 8 characters")
        row = {
            "username": username,
            "password_hash": hash_password(password),
            "role": role.value,
            "created_at": _now(),
        }
        try:
            with self.engine.begin() as connection:
                user_id = connection.execute(
                    users.insert().values(**row).returning(users.c.id)
                ).scalar_one()
        except IntegrityError:
            raise ReviewError(f"user {username!r} exists already") from None
        return User(int(user_id), username, role)

    def authenticate(self, username: str, password: str) -> User | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(users).where(users.c.username == username)).first()
        if row is None or not verify_password(password, row.password_hash):
            return None
        return User(row.id, row.username, Role(row.role))

    def list_users(self) -> list[User]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(users).order_by(users.c.username)).all()
        return [User(row.id, row.username, Role(row.role)) for row in rows]

    def open_session(self, user: User) -> tuple[str, Session]:
        """A new session for `user`: the cookie's token (kept only hashed) and the session."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
        with self.engine.begin() as connection:
            connection.execute(delete(sessions).where(sessions.c.expires_at < _now()))
            connection.execute(
                sessions.insert().values(
                    token_hash=_token_hash(token),
                    user_id=user.id,
                    csrf_token=csrf,
                    expires_at=_now() + SESSION_LIFETIME,
                )
            )
        return token, Session(user, csrf)

    def session(self, token: str) -> Session | None:
        statement = (
            select(users.c.id, users.c.username, users.c.role, sessions.c.csrf_token)
            .join(users, users.c.id == sessions.c.user_id)
            .where(
                and_(sessions.c.token_hash == _token_hash(token), sessions.c.expires_at > _now())
            )
        )
        with self.engine.connect() as connection:
            row = connection.execute(statement).first()
        if row is None:
            return None
        return Session(User(row.id, row.username, Role(row.role)), row.csrf_token)

    def close_session(self, token: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(delete(sessions).where(sessions.c.token_hash == _token_hash(token)))

    # -- corrections ----------------------------------------------------------------------

    def correct(
        self,
        *,
        article_key: str,
        signature: str,
        field: str | None,
        action: Action,
        value: Any,
        reason: str,
        user: User,
    ) -> Correction:
        if not user.role.may_edit():
            raise ReviewError(f"{user.username} is a viewer; only editors and admins correct")
        if action is Action.EDIT and (field is None or value in (None, "")):
            raise ReviewError("an edit names the field and gives its new value")
        row = {
            "article_key": article_key,
            "signature": signature,
            "field": field,
            "action": action.value,
            "value": value,
            "reason": reason.strip(),
            "username": user.username,
            "created_at": _now(),
        }
        with self.engine.begin() as connection:
            correction_id = connection.execute(
                corrections.insert().values(**row).returning(corrections.c.id)
            ).scalar_one()
        return _correction({**row, "id": correction_id, "undone_at": None, "undone_by": None})

    def undo(self, correction_id: int, user: User) -> Correction:
        if not user.role.may_edit():
            raise ReviewError(f"{user.username} is a viewer; only editors and admins undo")
        with self.engine.begin() as connection:
            changed = connection.execute(
                update(corrections)
                .where(and_(corrections.c.id == correction_id, corrections.c.undone_at.is_(None)))
                .values(undone_at=_now(), undone_by=user.username)
            ).rowcount
            row = connection.execute(
                select(corrections).where(corrections.c.id == correction_id)
            ).first()
        if row is None or not changed:
            raise ReviewError(f"no correction {correction_id} to undo (unknown or undone)")
        return _correction(row._mapping)

    def for_signature(self, signature: str, *, with_undone: bool = True) -> list[Correction]:
        statement = select(corrections).where(corrections.c.signature == signature)
        if not with_undone:
            statement = statement.where(corrections.c.undone_at.is_(None))
        with self.engine.connect() as connection:
            rows = connection.execute(statement.order_by(corrections.c.id)).all()
        return [_correction(row._mapping) for row in rows]

    def for_signatures(self, signatures: list[str]) -> dict[str, list[Correction]]:
        """Corrections in force (not undone) of each signature, oldest first."""
        if not signatures:
            return {}
        statement = (
            select(corrections)
            .where(corrections.c.signature.in_(signatures), corrections.c.undone_at.is_(None))
            .order_by(corrections.c.id)
        )
        found: dict[str, list[Correction]] = {}
        with self.engine.connect() as connection:
            for row in connection.execute(statement).all():
                found.setdefault(row.signature, []).append(_correction(row._mapping))
        return found


def _correction(row: Any) -> Correction:
    return Correction(
        id=int(row["id"]),
        article_key=row["article_key"],
        signature=row["signature"],
        field=row["field"],
        action=Action(row["action"]),
        value=row["value"],
        reason=row["reason"],
        username=row["username"],
        created_at=row["created_at"],
        undone_at=row["undone_at"],
        undone_by=row["undone_by"],
    )
