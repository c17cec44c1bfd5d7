"""Dependencies of the API routes: the database session of a request and the device that
sent it (as the FastAPI full-stack template does it, with ``Annotated`` aliases)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, Request
from sqlalchemy.orm import Session

from server.accounts import IdentitySettings, authenticate
from server.changes import ANY_KIND_HEADER
from server.db import Database
from server.models import Device


def get_database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_identity(request: Request) -> IdentitySettings:
    settings: IdentitySettings = request.app.state.identity
    return settings


DatabaseDep = Annotated[Database, Depends(get_database)]
IdentityDep = Annotated[IdentitySettings, Depends(get_identity)]


def get_session(db: Annotated[Database, Depends(get_database)]) -> Iterator[Session]:
    """One transaction per request: committed when the route returns, rolled back when it
    raises."""
    with db.transaction() as session:
        yield session


# scope="function": the transaction commits before the reply is sent. A kiosk marks events
# acknowledged from the reply, so it must never see one for a batch that did not commit.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
AuthorizationHeader = Annotated[str | None, Header()]


def get_current_device(session: SessionDep, authorization: AuthorizationHeader = None) -> Device:
    return authenticate(session, authorization)


def get_pushing_device(session: SessionDep, authorization: AuthorizationHeader = None) -> Device:
    """The device, its row locked for the transaction: pushes of one device (a retry racing
    a slow first attempt) are serialised."""
    return authenticate(session, authorization, lock=True)


CurrentDevice = Annotated[Device, Depends(get_current_device)]
PushingDevice = Annotated[Device, Depends(get_pushing_device)]


def get_any_kind(request: Request) -> bool:
    """Whether the kiosk sets aside change kinds it does not know (server/changes.py)."""
    return request.headers.get(ANY_KIND_HEADER, "").strip().lower() == "any-kind"


AnyKind = Annotated[bool, Depends(get_any_kind)]
