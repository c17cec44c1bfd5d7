"""Registration wizard: consent → identity → address → contact → status → verdict → training
→ review/confirm, then the card. Every rule is a call into the services."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.eligibility import Verdict
from kiosk.domain.nik import mask_nik
from kiosk.i18n import Message, UserError, msg
from kiosk.services.catalogue import SessionSummary
from kiosk.services.kiosk import KioskServices
from kiosk.services.registration import (
    ApplicantForm,
    DuplicateApplicant,
    RegistrationResult,
)
from kiosk.services.staff import StaffUser
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.staff_pin import StaffPinPanel
from kiosk.ui.touch import NumericKeypad, heading
from kiosk.ui.training_picker import TrainingPage
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label
from kiosk.ui.wizard_pages import (
    AddressPage,
    ConsentPage,
    ContactPage,
    IdentityPage,
    Page,
    ReviewPage,
    StatusPage,
    VerdictPage,
    review_lines,
)


@dataclass
class IssuedCard:
    """What the card screen shows after a registration or a reprint."""

    applicant_id: str
    notes: list[Message] = field(default_factory=list)


class DuplicatePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.title = heading("ScreenTitle")
        self.body = named_label("StepNote")
        self.body.setWordWrap(True)
        self.reprint = named_button("Secondary")
        self.home = named_button("Primary")
        for widget in (self.title, self.body):
            layout.addWidget(widget)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.reprint)
        row.addStretch(1)
        row.addWidget(self.home)
        layout.addLayout(row)

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr("dup.title", lang))
        self.body.setText(tr("dup.body", lang))
        self.reprint.setText(tr("dup.reprint", lang))
        self.home.setText(tr("dup.home", lang))


class RegistrationScreen(QWidget):
    card_issued = Signal(IssuedCard)
    home_requested = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RegistrationScreen")
        self.ops = ops
        self.services: KioskServices | None = None
        self.lang = "id"
        self.verdict: Verdict | None = None
        self._letters_open = False
        self.consent = ConsentPage()
        self.identity = IdentityPage()
        self.address = AddressPage()
        self.contact = ContactPage()
        self.status = StatusPage()
        self.verdict_page = VerdictPage()
        self.training = TrainingPage()
        self.review = ReviewPage()
        self.pages: list[Page] = [
            self.consent,
            self.identity,
            self.address,
            self.contact,
            self.status,
            self.verdict_page,
            self.training,
            self.review,
        ]
        self.duplicate = DuplicatePage()
        self.staff_pin = StaffPinPanel(ops)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 8, 40, 8)
        self.progress = named_label("Progress")
        outer.addWidget(self.progress)
        body = QHBoxLayout()
        body.setSpacing(28)
        outer.addLayout(body, 1)
        self.stack = QStackedWidget()
        # A page of plain fields scrolls when it cannot fit (1024×768 with every error shown,
        # or with the keyboard open) instead of squeezing its controls until their text is
        # cut off. A page with a list does not: its list gives up the room (a list inside a
        # scrolling page would be one scroll area inside another, which a finger cannot tell
        # apart).
        self._containers: dict[QWidget, QWidget] = {}
        for page in (*self.pages, self.duplicate, self.staff_pin):
            if page.findChildren(QAbstractScrollArea):
                self._containers[page] = page
                self.stack.addWidget(page)
                continue
            scroll = QScrollArea()
            scroll.setObjectName("PageScroll")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            # A tap on a key of a page's own keypad (which never takes the focus) must not hand
            # the focus to the scroll area and so away from the field being typed into.
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(page)
            self._containers[page] = scroll
            self.stack.addWidget(scroll)
        body.addWidget(self.stack, 1)
        self.keypad = NumericKeypad()
        # Top-aligned: stretched to a 1080-line screen its keys would drift apart.
        body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = named_label("FieldError")
        self.notice.setWordWrap(True)
        self.notice_message: Message | None = None  # re-rendered on a language switch
        outer.addWidget(self.notice)
        nav = QHBoxLayout()
        self.back = named_button("Secondary")
        self.cancel = named_button("Secondary")
        self.next = named_button("Primary")
        nav.addWidget(self.back)
        nav.addWidget(self.cancel)
        nav.addStretch(1)
        nav.addWidget(self.next)
        outer.addLayout(nav)
        self.back.clicked.connect(self.go_back)
        self.cancel.clicked.connect(self.home_requested)
        self.next.clicked.connect(self.go_next)
        self.duplicate.home.clicked.connect(self.home_requested)
        self.duplicate.reprint.clicked.connect(self._ask_staff)
        self.staff_pin.cancelled.connect(lambda: self._show(self.duplicate))
        self.staff_pin.authorised.connect(self._reprint)
        for page in self.pages:
            self.keypad.follow(page.numeric)
            page.edited.connect(lambda p=page: self._recheck(p))
        self._show(self.consent)

    def attach(self, services: KioskServices) -> None:
        self.services = services

    # -- navigation -------------------------------------------------------------------------

    def current(self) -> QWidget | None:
        container = self.stack.currentWidget()
        return container.widget() if isinstance(container, QScrollArea) else container

    def _show(self, widget: QWidget) -> None:
        container = self._containers[widget]
        self.stack.setCurrentWidget(container)
        if isinstance(container, QScrollArea):
            container.verticalScrollBar().setValue(0)
        in_wizard = isinstance(widget, Page)
        self.progress.setVisible(not in_wizard)  # a wizard step shows its place in its header
        numeric = widget.numeric if isinstance(widget, Page) else []
        self.keypad.setVisible(bool(numeric) and not self._letters_open)
        if numeric:
            self.keypad.target = numeric[0]
            numeric[0].setFocus()
        for button in (self.back, self.cancel, self.next):
            button.setVisible(in_wizard)
        self.back.setEnabled(widget is not self.consent)
        self.say(None)
        self.retranslate(self.lang)

    def keyboard_opened(self, opened: bool) -> None:
        """The window's letter keyboard takes the room of the page's number pad meanwhile."""
        self._letters_open = opened
        page = self.current()
        numeric = page.numeric if isinstance(page, Page) else []
        self.keypad.setVisible(bool(numeric) and not opened)

    def say(self, message: Message | None) -> None:
        """The line above the buttons: what to do next, or why the last step failed."""
        self.notice_message = message
        self.notice.setText("" if message is None else tr_msg(message, self.lang))

    def form(self) -> ApplicantForm:
        form = ApplicantForm()
        for page in self.pages:
            page.read(form)
        return form

    def go_back(self) -> None:
        page = self.current()
        if isinstance(page, Page) and page is not self.consent:
            self._show(self.pages[self.pages.index(page) - 1])

    def go_next(self) -> None:
        page = self.current()
        services = self.services
        if not isinstance(page, Page) or services is None:
            return
        form = self.form()
        check = services.registration.check(form)
        mine = {name: error for name, error in check.errors.items() if name in page.fields}
        page.show_errors(mine, self.lang)
        if mine:
            self.say(Message("wizard.fix_errors"))
            return
        if page is self.identity:
            warnings = check.warnings
            self.identity.show_warnings(warnings, self.lang)
            if warnings and not self.identity.accept.isChecked():
                return
            nik = form.nik
            self._busy()
            self.ops.read(lambda: services.registration.is_registered(nik), self._after_nik)
        elif page is self.status:
            self._busy()
            self.ops.read(lambda: services.registration.assess(form), self._after_assess)
        elif page is self.verdict_page:
            self._busy()
            self.ops.read(
                lambda: services.catalogue.sessions(include_past=False), self._after_sessions
            )
        elif page is self.training:
            self.review.set_rows(self._review_rows(form, self.lang))
            self._show(self.review)
        elif page is self.review:
            self._confirm(form)
        else:
            self._show(self.pages[self.pages.index(page) + 1])

    def _review_rows(self, form: ApplicantForm, lang: str) -> list[tuple[str, str]]:
        verdict = self.verdict
        return review_lines(
            form,
            mask_nik(form.nik),
            lang,
            training=self.training.chosen_title(),
            eligible=None if verdict is None else verdict.eligible,
        )

    def _recheck(self, page: Page) -> None:
        """An error goes away as soon as its field is right; no new ones appear while the
        person is still typing (those wait for "Next")."""
        services = self.services
        if not page.errors or services is None:
            return
        check = services.registration.check(self.form())
        still = {name: check.errors[name] for name in page.errors if name in check.errors}
        if still != page.errors:
            page.show_errors(still, self.lang)
            if not still and self.notice_message == Message("wizard.fix_errors"):
                self.say(None)

    def _busy(self) -> None:
        self.next.setEnabled(False)
        self.say(Message("wizard.busy"))

    def _idle(self) -> None:
        self.next.setEnabled(True)
        self.say(None)

    def _after_nik(self, registered: bool) -> None:
        self._idle()
        self._show(self.duplicate if registered else self.address)

    def _after_assess(self, verdict: Verdict | None) -> None:
        self._idle()
        self.verdict = verdict
        self.verdict_page.set_verdict(verdict, self.lang)
        self._show(self.verdict_page)

    def _after_sessions(self, sessions: list[SessionSummary]) -> None:
        self._idle()
        eligible = self.verdict is not None and self.verdict.eligible
        self.training.set_sessions(sessions, eligible)
        self._show(self.training)

    # -- confirm, card and reprint ----------------------------------------------------------

    def _confirm(self, form: ApplicantForm) -> None:
        services = self.services
        assert services is not None
        accept = self.identity.accept.isChecked()
        session_id = self.training.chosen_id
        title = self.training.chosen_title()

        def work() -> IssuedCard:
            result: RegistrationResult = services.registration.register(
                form, accept_warnings=accept, issue_card=True
            )
            issued = IssuedCard(result.applicant_id)
            if session_id:
                try:
                    services.catalogue.enrol(session_id, result.applicant_id)
                    issued.notes.append(msg("done.enrolled", title=title))
                except UserError as error:
                    issued.notes.append(msg("done.enrol_failed", reason=error.message))
            return issued

        self._busy()
        # People (the new applicant) and classes (the enrolment): the status counts follow.
        self.ops.write(
            work, Topic.PEOPLE | Topic.CLASSES, self._registered, failure=self._register_failed
        )

    def _registered(self, issued: IssuedCard) -> None:
        self._idle()
        self.card_issued.emit(issued)

    def _register_failed(self, error: UserError) -> None:
        self._idle()
        if isinstance(error, DuplicateApplicant):
            self._show(self.duplicate)
        else:
            self.say(error.message)

    def _ask_staff(self) -> None:
        services = self.services
        assert services is not None
        self.staff_pin.start(services.staff)
        self._show(self.staff_pin)

    def _reprint(self, user: StaffUser) -> None:
        services = self.services
        assert services is not None
        nik = self.identity.nik.text()

        def work() -> IssuedCard:
            applicant_id = services.people.applicant_id_for_nik(nik)
            if applicant_id is None:
                raise UserError(msg("card.applicant_unknown"))
            services.cards.reissue(applicant_id, staff_id=user.id)
            return IssuedCard(applicant_id, [msg("done.reprinted")])

        self.ops.write(work, Topic.PEOPLE, self._registered)

    # -- language and reset -----------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        for page in self.pages:
            page.retranslate(lang)
        self.duplicate.retranslate(lang)
        self.staff_pin.retranslate(lang)
        self.keypad.retranslate(lang)
        current = self.current()
        for index, page in enumerate(self.pages, start=1):
            page.progress.setText(tr("wizard.progress", lang, step=index, total=len(self.pages)))
        self.progress.setText(tr("wizard.title", lang))
        self.say(self.notice_message)
        self.back.setText(tr("wizard.back", lang))
        self.cancel.setText(tr("wizard.cancel", lang))
        last = current is self.review
        self.next.setText(tr("review.confirm" if last else "wizard.next", lang))
        if current is self.review:
            self.review.set_rows(self._review_rows(self.form(), lang))

    def reset(self) -> None:
        """Forget everything the last person entered (idle timeout, cancel, done)."""
        for page in self.pages:
            page.clear()
        self.staff_pin.clear()
        self.verdict = None
        self.next.setEnabled(True)
        self._show(self.consent)
