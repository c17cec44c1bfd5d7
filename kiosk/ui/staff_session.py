"""Who is signed in at the staff area: the one object every staff tool is handed.

The staff area owns a session; each tool (scanning, roster, opening a training, ...) is a
small controller that receives the session and nothing else of the area, so no tool imports
the area and the area imports each tool once (no ``StaffArea`` <-> tools circle).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtWidgets import QStackedWidget, QWidget

from kiosk.i18n import DEFAULT_LANGUAGE
from kiosk.services.kiosk import KioskServices
from kiosk.services.staff import Role, StaffUser
from kiosk.ui.feedback import VerdictSounds
from kiosk.ui.ops import Operations


class StaffSession(QObject):
    """The signed-in staff member, their services, language, and where tools show screens."""

    home_requested = Signal()  # a tool is done (its back button): the staff home again
    signed_out = Signal()

    def __init__(
        self,
        ops: Operations,
        stack: QStackedWidget,
        sounds: VerdictSounds,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.sounds = sounds
        self.services: KioskServices | None = None
        self.user: StaffUser | None = None
        self.lang = DEFAULT_LANGUAGE
        self._stack = stack

    # -- who -------------------------------------------------------------------------------
    @property
    def role(self) -> Role | None:
        return None if self.user is None else self.user.role

    def ready(self) -> tuple[KioskServices, StaffUser] | None:
        """The services and the signed-in user, or None when nobody is (or no store yet)."""
        services, user = self.services, self.user
        if services is None or user is None:
            return None
        return services, user

    def sign_in(self, user: StaffUser) -> None:
        self.user = user

    def sign_out(self) -> None:
        self.user = None
        self.signed_out.emit()

    # -- where -----------------------------------------------------------------------------
    def add_screen(self, screen: QWidget) -> None:
        self._stack.addWidget(screen)

    def add_tool_screen(self, screen: QWidget, back: SignalInstance) -> None:
        """A tool's screen: in the area's stack, its ``back`` signal leading to the staff home."""
        self._stack.addWidget(screen)
        back.connect(self.go_home)

    def show(self, screen: QWidget) -> None:
        self._stack.setCurrentWidget(screen)

    def showing(self, screen: QWidget) -> bool:
        return self._stack.currentWidget() is screen

    def go_home(self) -> None:
        self.home_requested.emit()


class StaffTool(Protocol):
    """A controller of one staff tool: built with the session, its screens added to it."""

    def reset(self) -> None: ...

    def retranslate(self, lang: str) -> None: ...
