"""Console accounts: argon2id password hashes, sign-in with rate limits and a lockout kept in
the database (every worker shares them), and server-side sessions with a CSRF token each."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from server.accounts import valid_site
from server.audit import record
from server.console.scope import ROLES, Viewer
from server.models import ConsoleSession, ConsoleUser
from server.ratelimit import Limit, client_scope, refund, take

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$")
MIN_PASSWORD = 10
MAX_PASSWORD = 200
# Wrong passwords in a row before an account is locked, and for how long.
LOCK_AFTER = 5
LOCK_FOR = dt.timedelta(minutes=15)
# Sign-in attempts per client address and in total per window (a wrong guess is counted
# before it is judged and refunded on success, as for enrolments).
LOGIN_WINDOW = dt.timedelta(minutes=15)
LOGIN_PER_ADDRESS = 30
LOGIN_TOTAL = 500
SESSION_LIFETIME = dt.timedelta(hours=12)
SESSION_IDLE = dt.timedelta(hours=2)
_TOUCH_EVERY = dt.timedelta(minutes=1)

_hasher = PasswordHasher()  # argon2id with the library's current parameters
# Checked when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a password of anyone")


class UserInvalid(ValueError):
    """A user that cannot be created as given; ``code`` is a console message code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class LoginRefused(Exception):
    reason: str  # bad_credentials, locked, rate_limited
    retry_after: int | None = None


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_new_user(name: str, role: str, sites: Iterable[str], password: str) -> list[str]:
    """The user's sites, cleaned; UserInvalid for anything that is not right."""
    if not NAME.match(name):
        raise UserInvalid("console.users.bad_name")
    if role not in ROLES:
        raise UserInvalid("console.users.bad_role")
    clean = sorted({site.strip() for site in sites if site.strip()})
    if any(not valid_site(site) for site in clean):
        raise UserInvalid("console.users.bad_site")
    if role == "manager" and not clean:
        raise UserInvalid("console.users.manager_needs_site")
    if role == "admin" and clean:
        raise UserInvalid("console.users.admin_all_sites")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserInvalid("console.users.bad_password")
    return clean


def create_user(
    session: Session, name: str, role: str, sites: Iterable[str], password: str, now: dt.datetime
) -> ConsoleUser:
    clean = check_new_user(name, role, sites, password)
    if session.scalar(select(ConsoleUser.id).where(ConsoleUser.name == name)) is not None:
        raise UserInvalid("console.users.exists")
    user = ConsoleUser(
        name=name,
        role=role,
        sites=clean,
        password_hash=_hasher.hash(password),
        created_at=now,
        failed_logins=0,
    )
    session.add(user)
    session.flush()
    return user


def _login_limits(client: str) -> list[Limit]:
    return [
        Limit(client_scope("login", client), LOGIN_PER_ADDRESS),
        Limit("login:all", LOGIN_TOTAL),
    ]


def login(session: Session, name: str, password: str, client: str, now: dt.datetime) -> str:
    """A new session's cookie value for the right name and password; LoginRefused otherwise.
    Every outcome is audited; the caller commits (refusals too: they count)."""
    limits = _login_limits(client)
    retry_after = take(session, limits, now, LOGIN_WINDOW, action="console_login", client=client)
    if retry_after is not None:
        raise LoginRefused("rate_limited", retry_after)
    user = session.scalar(
        select(ConsoleUser).where(ConsoleUser.name == name[:64]).with_for_update()
    )
    if user is not None and user.locked_until is not None and user.locked_until > now:
        _refuse(session, user, client, now, "locked")
        raise LoginRefused("locked", int((user.locked_until - now).total_seconds()) + 1)
    matched = _password_matches(user, password[:MAX_PASSWORD])
    if user is None or not matched:
        if user is not None:
            user.failed_logins += 1
            if user.failed_logins >= LOCK_AFTER:
                user.locked_until = now + LOCK_FOR
                user.failed_logins = 0
                record(session, "console_lockout", "done", client=client, detail={"user": user.id})
        _refuse(session, user, client, now, "bad_credentials")
        raise LoginRefused("bad_credentials")
    if user.disabled_at is not None:
        _refuse(session, user, client, now, "disabled")
        raise LoginRefused("bad_credentials")
    refund(session, limits, now, LOGIN_WINDOW)
    user.failed_logins = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    token = secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hash=digest(token),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + SESSION_LIFETIME,
            last_seen_at=now,
        )
    )
    record(session, "console_login", "done", client=client, detail={"user": user.id}, at=now)
    return token


def _password_matches(user: ConsoleUser | None, password: str) -> bool:
    try:
        return _hasher.verify(_DUMMY_HASH if user is None else user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _refuse(
    session: Session, user: ConsoleUser | None, client: str, now: dt.datetime, reason: str
) -> None:
    # The user id only (a name typed into the form may be anything, even a password).
    detail = {} if user is None else {"user": user.id}
    record(session, "console_login", "refused", client=client, reason=reason, detail=detail, at=now)


def viewer_of(session: Session, token: str | None, now: dt.datetime) -> Viewer | None:
    """The signed-in user of a session cookie; None when it is unknown, expired or idle."""
    if not token or len(token) > 100:
        return None
    row = session.get(ConsoleSession, digest(token))
    if row is None:
        return None
    user = session.get(ConsoleUser, row.user_id)
    if (
        user is None
        or user.disabled_at is not None
        or row.expires_at <= now
        or row.last_seen_at + SESSION_IDLE <= now
    ):
        session.delete(row)
        return None
    if row.last_seen_at + _TOUCH_EVERY <= now:  # not a write on every page view
        row.last_seen_at = now
    return Viewer(
        user_id=user.id,
        name=user.name,
        role=user.role,
        sites=None if user.role == "admin" or not user.sites else frozenset(user.sites),
        csrf_token=row.csrf_token,
    )


def csrf_matches(viewer: Viewer, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(viewer.csrf_token.encode(), str(given).encode())


def logout(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == digest(token)))


def end_sessions(session: Session, user_id: int) -> None:
    """Sign a user out everywhere (disabled, or a new password)."""
    session.execute(delete(ConsoleSession).where(ConsoleSession.user_id == user_id))


def set_password(session: Session, user: ConsoleUser, password: str) -> None:
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserInvalid("console.users.bad_password")
    user.password_hash = _hasher.hash(password)
    user.failed_logins = 0
    user.locked_until = None
    end_sessions(session, user.id)
