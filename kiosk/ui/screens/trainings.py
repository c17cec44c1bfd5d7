"""Browse trainings: every session with provider, place, dates, schedule and free seats."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label

if TYPE_CHECKING:  # the services load after the first frame
    from kiosk.services.catalogue import SessionSummary

_DAYS = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def _schedule_text(schedule: dict[str, object], lang: str) -> str:
    days = schedule.get("days")
    if not isinstance(days, list):
        days = []
    names = _DAYS.get(lang, _DAYS["en"])
    day_text = ", ".join(names[d] for d in days if isinstance(d, int) and 0 <= d < 7)
    return f"{day_text} · {schedule.get('start', '')}–{schedule.get('end', '')}"


class SessionLike(Protocol):
    """What a session line needs (SessionSummary and "My card"'s EnrolledSession have it)."""

    @property
    def program_title(self) -> str: ...
    @property
    def provider(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def start_date(self) -> dt.date: ...
    @property
    def end_date(self) -> dt.date: ...
    @property
    def schedule(self) -> dict[str, Any]: ...


def session_labels(session: SessionLike, lang: str) -> tuple[QLabel, QLabel]:
    """A session's title and its provider · place / dates · schedule line, as every list of
    sessions shows them."""
    title = named_label("SessionTitle", session.program_title)
    title.setWordWrap(True)
    dates = tr(
        "trainings.dates",
        lang,
        start=session.start_date.strftime("%d-%m-%Y"),
        end=session.end_date.strftime("%d-%m-%Y"),
    )
    meta = named_label(
        "SessionMeta",
        f"{session.provider} · {session.location}\n{dates} · "
        f"{_schedule_text(session.schedule, lang)}",
    )
    meta.setWordWrap(True)
    return title, meta


class SessionCard(QFrame):
    def __init__(self, summary: SessionSummary, lang: str) -> None:
        super().__init__()
        self.setObjectName("SessionCard")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        text = QVBoxLayout()
        title, meta = session_labels(summary, lang)
        text.addWidget(title)
        text.addWidget(meta)
        layout.addLayout(text, 1)
        full = summary.seats_left == 0
        seats_text = (
            tr("trainings.full", lang)
            if full
            else tr("trainings.seats", lang, left=summary.seats_left, capacity=summary.capacity)
        )
        seats = named_label("Seats", seats_text)
        seats.setProperty("full", full)
        from PySide6.QtCore import Qt  # not at import time: the Qt namespace is slow to build

        seats.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(seats)


class TrainingsScreen(QWidget):
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingsScreen")
        self._lang = "id"
        self._sessions: Sequence[SessionSummary] = ()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        header = QHBoxLayout()
        self.back = QPushButton()
        self.back.clicked.connect(self.back_requested)
        self.title = named_label("ScreenTitle")
        header.addWidget(self.back)
        header.addSpacing(16)
        header.addWidget(self.title, 1)
        layout.addLayout(header)
        self.list_area = QScrollArea()
        self.list_area.setWidgetResizable(True)
        self.list_area.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(self.list_area, 1)
        self._fill()

    def set_sessions(self, sessions: Sequence[SessionSummary]) -> None:
        self._sessions = sessions
        self._fill()

    def _fill(self) -> None:
        body = QWidget()
        body.setObjectName("TrainingsScreen")
        column = QVBoxLayout(body)
        column.setSpacing(12)
        if not self._sessions:
            column.addWidget(named_label("SessionMeta", tr("trainings.empty", self._lang)))
        for summary in self._sessions:
            column.addWidget(SessionCard(summary, self._lang))
        column.addStretch(1)
        self.list_area.setWidget(body)

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.back.setText("‹ " + tr("common.back", lang))
        self.title.setText(tr("trainings.title", lang))
        self._fill()

    def reset(self) -> None:
        self.list_area.verticalScrollBar().setValue(0)
