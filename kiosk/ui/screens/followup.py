"""The follow-up survey by touch: what the trainee does now as four pictograms, then, when
working, the employer's name (on-screen keyboard), the sector and the pay band as buttons,
and whether the work is related to the training. Shown after a card scan, or by a field
officer for a trainee of a finished class (docs/placement.md)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.followup import Answer, Sector, Status, Survey, WageBand
from kiosk.i18n import Message, UserError
from kiosk.services.followup import CHANNEL_APPLICANT, CHANNEL_STAFF
from kiosk.services.kiosk import KioskServices
from kiosk.ui import texts_followup  # noqa: F401 - registers the texts of this screen
from kiosk.ui.followup_choices import SECTORS, STATUSES, WAGES, StatusTile
from kiosk.ui.ops import Generation, Operations, Topic
from kiosk.ui.theme import pictogram
from kiosk.ui.touch import ChoiceButtons, Field, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

log = logging.getLogger(__name__)


def _note() -> QLabel:
    label = named_label("StepNote")
    label.setWordWrap(True)
    return label


class FollowupScreen(QWidget):
    """One survey for one person; ``finished`` when saved (after the thanks) or skipped."""

    finished = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FollowupScreen")
        self.ops = ops
        self.work = Generation(ops, self._failed)  # a save that ends after a reset is dropped
        self.services: KioskServices | None = None
        self.lang = "id"
        self.survey: Survey | None = None
        self.first_name = ""
        self.channel = CHANNEL_APPLICANT
        self.staff_id: str | None = None
        self.status: Status | None = None
        self._error: Message | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(12)
        self.title = heading("ScreenTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.error = named_label("FieldError")
        self.error.setWordWrap(True)
        outer.addWidget(self.error)
        self.back = named_button("Secondary")
        self.back.clicked.connect(self._back)
        self.skip = named_button("Secondary")
        self.skip.clicked.connect(self.finished)
        self.next = named_button("Primary")
        self.next.clicked.connect(self._primary)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.next)
        outer.addLayout(buttons)
        self._build_status()
        self._build_employer()
        self._build_sector()
        self._build_pay()
        self._build_thanks()
        self._show(self.status_page)

    def _build_status(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.intro = _note()
        column.addWidget(self.intro)
        grid = QGridLayout()
        grid.setSpacing(16)
        self.tiles: dict[Status, StatusTile] = {}
        for index, status in enumerate(STATUSES):
            tile = StatusTile(status)
            tile.clicked.connect(lambda _=False, s=status: self._chose(s))
            grid.addWidget(tile, index // 2, index % 2)
            self.tiles[status] = tile
        column.addLayout(grid, 1)
        self.status_page = page
        self.pages.addWidget(page)

    def _build_employer(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.employer = line_edit("Employer", max_length=120)
        self.employer_field = Field("followup_employer", self.employer)
        self.employer.returnPressed.connect(self._next)
        column.addWidget(self.employer_field)
        column.addStretch(1)
        self.employer_page = page
        self.pages.addWidget(page)

    def _build_sector(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.sector_caption = named_label("FieldCaption")
        self.sector = ChoiceButtons([s.value for s in SECTORS], columns=2)
        self.sector.changed.connect(lambda _key: self._show_error(None))
        column.addWidget(self.sector_caption)
        column.addWidget(self.sector)
        column.addStretch(1)
        self.sector_page = page
        self.pages.addWidget(page)

    def _build_pay(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.wage_caption = named_label("FieldCaption")
        self.wage = ChoiceButtons([w.value for w in WAGES], columns=3)
        self.related_caption = named_label("FieldCaption")
        self.related_caption.setWordWrap(True)
        self.related = ChoiceButtons(["yes", "no"], columns=2)
        for key, icon in (("yes", "thumbs-up"), ("no", "thumbs-down")):
            button = self.related.buttons[key]
            drawn = QIcon(pictogram(icon, 32))
            # White on the chosen button's primary background, primary on the others.
            drawn.addPixmap(pictogram(icon, 32, "white"), QIcon.Mode.Normal, QIcon.State.On)
            button.setIcon(drawn)
            button.setIconSize(QSize(32, 32))
        for choices in (self.wage, self.related):
            choices.changed.connect(lambda _key: self._show_error(None))
        for widget in (self.wage_caption, self.wage, self.related_caption, self.related):
            column.addWidget(widget)
        column.addStretch(1)
        self.pay_page = page
        self.pages.addWidget(page)

    def _build_thanks(self) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch(1)
        self.thanks = named_label("Welcome")
        self.thanks_note = _note()
        column.addWidget(self.thanks)
        column.addWidget(self.thanks_note)
        column.addStretch(2)
        self.thanks_page = page
        self.pages.addWidget(page)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def ask(
        self,
        survey: Survey,
        first_name: str = "",
        *,
        channel: str = CHANNEL_APPLICANT,
        staff_id: str | None = None,
    ) -> None:
        """Start this survey from its first question (the hook after a card scan)."""
        self.reset()
        self.survey, self.first_name = survey, first_name
        self.channel = CHANNEL_STAFF if channel == CHANNEL_STAFF else CHANNEL_APPLICANT
        self.staff_id = staff_id
        self.retranslate(self.lang)

    # -- flow ------------------------------------------------------------------------------

    def _chose(self, status: Status) -> None:
        self.status = status
        self._show_error(None)
        if status is Status.WORKING:
            self._show(self.employer_page)
            self.employer.setFocus()
        elif status is Status.SELF_EMPLOYED:
            self._show(self.pay_page)
        else:
            self._save()

    def _steps(self) -> list[QWidget]:
        if self.status is Status.WORKING:
            return [self.status_page, self.employer_page, self.sector_page, self.pay_page]
        return [self.status_page, self.pay_page]

    def _next(self) -> None:
        current = self.pages.currentWidget()
        steps = self._steps()
        if current is self.pay_page:
            self._save()
            return
        if current is self.employer_page and len(self.employer.text().strip()) < 2:
            self._show_error(Message("followup.employer_required"))
            return
        if current is self.sector_page and not self.sector.value():
            self._show_error(Message("followup.sector_required"))
            return
        if current in steps and current is not steps[-1]:
            self._show(steps[steps.index(current) + 1])

    def _primary(self) -> None:
        if self.pages.currentWidget() is self.thanks_page:
            self.finished.emit()
        else:
            self._next()

    def _back(self) -> None:
        steps = self._steps()
        current = self.pages.currentWidget()
        if current in steps and current is not steps[0]:
            self._show_error(None)
            self._show(steps[steps.index(current) - 1])

    def answer(self) -> Answer:
        status = self.status or Status.LOOKING
        working = status is Status.WORKING
        paid = status in (Status.WORKING, Status.SELF_EMPLOYED)
        related = self.related.value()
        return Answer(
            status=status,
            employer=self.employer.text().strip() if working else "",
            sector=Sector(self.sector.value()) if working and self.sector.value() else None,
            wage_band=WageBand(self.wage.value()) if paid and self.wage.value() else None,
            related=(related == "yes") if paid and related else None,
        )

    def _save(self) -> None:
        services, survey = self.services, self.survey
        if services is None or survey is None:
            return
        answer, channel, staff_id = self.answer(), self.channel, self.staff_id
        self.work.advance()
        self.next.setEnabled(False)
        self.next.setText(tr("followup.saving", self.lang))
        self.work.write(
            lambda: services.followup.answer(survey, answer, channel=channel, staff_id=staff_id),
            Topic.PLACEMENT,
            lambda _id: self._show(self.thanks_page),
        )

    def _failed(self, error: UserError) -> None:
        self._ready()
        self._show_error(error.message)

    # -- display ---------------------------------------------------------------------------

    def _show(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        self._ready()

    def _ready(self) -> None:
        page = self.pages.currentWidget()
        thanks = page is self.thanks_page
        self.back.setVisible(page not in (self.status_page, self.thanks_page))
        self.skip.setVisible(page is self.status_page)
        self.next.setVisible(page is not self.status_page)
        self.next.setEnabled(True)
        if thanks:
            self.next.setText(tr("followup.done", self.lang))
        elif page is self.pay_page:
            self.next.setText(tr("followup.save", self.lang))
        else:
            self.next.setText(tr("followup.next", self.lang))

    def _show_error(self, error: Message | None) -> None:
        self._error = error
        text = "" if error is None else tr_msg(error, self.lang)
        # Under the name field when it is about the name, else above the buttons.
        on_field = self.pages.currentWidget() is self.employer_page
        self.employer_field.set_error(text if on_field and text else None)
        self.error.setText("" if on_field else text)
        self.error.setVisible(bool(text) and not on_field)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        name = self.first_name
        self.title.setText(
            tr("followup.title", lang, name=name) if name else tr("followup.title_anonymous", lang)
        )
        survey = self.survey
        self.intro.setText(
            tr("followup.intro", lang, month=survey.month, training=survey.title) if survey else ""
        )
        for tile in self.tiles.values():
            tile.retranslate(lang)
        self.employer_field.retranslate(tr("followup.employer", lang))
        self.sector_caption.setText(tr("followup.sector_question", lang))
        self.sector.set_labels({s.value: tr(code, lang) for s, code in SECTORS.items()})
        self.wage_caption.setText(tr("followup.wage_question", lang))
        self.wage.set_labels({w.value: tr(code, lang) for w, code in WAGES.items()})
        self.related_caption.setText(tr("followup.related_question", lang))
        self.related.set_labels({"yes": tr("followup.yes", lang), "no": tr("followup.no", lang)})
        self.thanks.setText(tr("followup.thanks", lang))
        self.thanks_note.setText(tr("followup.thanks_note", lang))
        self.back.setText(tr("followup.back", lang))
        self.skip.setText(tr("followup.skip", lang))
        self._ready()
        self._show_error(self._error)

    def reset(self) -> None:
        """Forget the person and every answer (idle timeout, next person)."""
        self.work.advance()
        self.survey, self.first_name, self.status = None, "", None
        self.channel, self.staff_id = CHANNEL_APPLICANT, None
        self.employer.clear()
        for choices in (self.sector, self.wage, self.related):
            choices.set_value("")
        self._error = None
        self._show(self.status_page)
        self._show_error(None)
