"""Who is looking: the signed-in console user's role and the sites every query is limited to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, false, true

ROLES = ("admin", "manager", "viewer")


class ConsoleRefused(Exception):
    """The signed-in user may not see or do this (403), or it does not exist for them (404)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class Viewer:
    """The signed-in user, as every console query receives it. ``sites`` None: every site."""

    user_id: int
    name: str
    role: str
    sites: frozenset[str] | None
    csrf_token: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def may_manage_devices(self) -> bool:
        """Issue enrolment codes and revoke kiosks (managers: of their own sites)."""
        return self.role in ("admin", "manager")

    @property
    def may_reveal(self) -> bool:
        """Open an applicant's personal data (audited; managers: of their own sites)."""
        return self.role in ("admin", "manager")

    def sees(self, site: str | None) -> bool:
        return self.sites is None or (site is not None and site in self.sites)

    def where(self, column: Any) -> ColumnElement[bool]:
        """The condition that keeps a query to this user's sites."""
        if self.sites is None:
            return true()
        if not self.sites:
            return false()
        return column.in_(sorted(self.sites))  # type: ignore[no-any-return]

    def narrowed(self, column: Any, site: str | None) -> ColumnElement[bool]:
        """This user's sites, narrowed to ``site`` when a filter names one; a site outside
        them is refused (a manager typing another site's code into the address bar)."""
        if not site:
            return self.where(column)
        if not self.sees(site):
            raise ConsoleRefused(403, "site_not_yours")
        return column == site  # type: ignore[no-any-return]

    def require(self, allowed: bool) -> None:
        if not allowed:
            raise ConsoleRefused(403, "role")
