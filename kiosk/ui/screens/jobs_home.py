""" "Lowongan kerja": scan the card, then become a job seeker, browse vacancies by region,
occupation and education with why each fits or not, apply with one tap, see my applications."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.followup import Survey
from kiosk.domain.job_seeker import JobSeekerForm
from kiosk.domain.placement import Vacancy
from kiosk.i18n import Message, UserError
from kiosk.services.job_applications import ApplicationView, Listing
from kiosk.services.job_seekers import ScanResult
from kiosk.services.kiosk import KioskServices
from kiosk.services.vacancies import Browse
from kiosk.ui import texts_jobs  # noqa: F401 - registers the texts of this screen
from kiosk.ui.card_entry import CardEntry
from kiosk.ui.ops import Generation, Operations, Topic
from kiosk.ui.screens.jobs_register import JobSeekerWizard, OccupationPicker
from kiosk.ui.touch import TOUCH_MIN, ChoiceButtons, Field, heading
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label, touch_list, wrapped

log = logging.getLogger(__name__)


def day(value: object) -> str:
    """A date as people here write it (31-08-2026), like the card and the training list."""
    return value.strftime("%d-%m-%Y") if hasattr(value, "strftime") else str(value)


def place(vacancy: Vacancy) -> str:
    from kiosk.domain.regions import regency

    found = regency(vacancy.regency_code)
    return vacancy.regency_code if found is None else found.name


class JobsScreen(QWidget):
    home_requested = Signal()
    # A follow-up survey is due for the person whose card was just scanned (issue 14).
    survey_due = Signal(Survey, str)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JobsScreen")
        self.ops = ops
        self.work = Generation(ops, self._failed)  # what arrives after a reset is dropped
        self.services: KioskServices | None = None
        self.lang = "id"
        self.scan_result: ScanResult | None = None
        self.listings: list[Listing] = []
        self.vacancy: Vacancy | None = None
        self.reasons: list[Message] = []
        self.outcome: Message | None = None
        self.mine: list[ApplicationView] = []
        self.saved_now = False  # the wizard has just saved: the menu says so
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 16, 40, 16)
        outer.setSpacing(10)
        self.title = heading("ScreenTitle")
        outer.addWidget(self.title)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self.entry = CardEntry(self, "JobsCardNumber", "jobs.prompt")
        self.entry.submitted.connect(self.check)
        self.entry.back_requested.connect(self.home_requested)
        self.pages.addWidget(self.entry)
        self._build_menu()
        self._build_browse()
        self._build_detail()
        self._build_applications()
        self.wizard = JobSeekerWizard(ops)
        self.wizard.cancelled.connect(self.show_menu)
        self.wizard.saved.connect(self._registered)
        self.pages.addWidget(self.wizard)
        # The wizard's step title and the vacancy's title replace the screen title: at
        # 1024×768 their rows need the room.
        self.pages.currentChanged.connect(
            lambda _index: self.title.setVisible(
                self.pages.currentWidget() not in (self.wizard, self.detail)
            )
        )

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.pages.addWidget(page)
        return page, column

    def _build_menu(self) -> None:
        self.menu, column = self._page()
        self.hello = wrapped("Welcome")
        self.status = wrapped("StepNote")
        column.addWidget(self.hello)
        column.addWidget(self.status)
        self.register = named_button("AdminEntry")
        self.register.clicked.connect(self.show_wizard)
        self.browse_button = named_button("AdminEntry")
        self.browse_button.clicked.connect(self.show_browse)
        self.applications_button = named_button("AdminEntry")
        self.applications_button.clicked.connect(self.show_applications)
        for button in (self.register, self.browse_button, self.applications_button):
            button.setMinimumHeight(64)
            column.addWidget(button)
        column.addStretch(1)
        self.done = named_button("Primary")
        self.done.clicked.connect(self.home_requested)
        column.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)

    def _build_browse(self) -> None:
        self.browse_page, column = self._page()
        self.browse_column = column
        filters = QHBoxLayout()
        self.region = ChoiceButtons(("mine", "everywhere"), columns=2)
        self.region.set_value("mine")
        self.region.changed.connect(lambda _key: self.refresh())
        self.region_field = Field("region", self.region)
        self.education = ChoiceButtons(("mine", "any"), columns=2)
        self.education.set_value("any")
        self.education.changed.connect(lambda _key: self.refresh())
        self.education_field = Field("education", self.education)
        filters.addWidget(self.region_field, 1)
        filters.addWidget(self.education_field, 1)
        column.addLayout(filters)
        self.occupation = OccupationPicker("JobsOccupation")
        self.occupation.changed.connect(lambda _key: self.refresh())
        self.occupation.changed.connect(lambda _key: self._choosing_occupation())
        self.occupation.search.textChanged.connect(lambda _text: self._choosing_occupation())
        self.occupation_field = Field("occupation", self.occupation)
        column.addWidget(self.occupation_field)
        self.count = named_label("FieldCaption")
        column.addWidget(self.count)
        self.results = touch_list()
        self.results.itemClicked.connect(self._open_vacancy)
        column.addWidget(self.results, 1)
        self.browse_back = named_button("Secondary")
        self.browse_back.clicked.connect(self.show_menu)
        column.addWidget(self.browse_back, 0, Qt.AlignmentFlag.AlignLeft)
        self._choosing_occupation()

    def _choosing_occupation(self) -> None:
        """While a person picks an occupation (typed, none chosen yet) its rows get the room
        of the vacancy list, which the keyboard leaves little of at 1024×768; once one is
        chosen, the vacancies come back and the occupation rows shrink to a few."""
        picker = self.occupation
        choosing = bool(picker.search.text().strip()) and not picker.current_key()
        self.count.setVisible(not choosing)
        self.results.setVisible(not choosing)
        self.browse_column.setStretchFactor(self.occupation_field, 1 if choosing else 0)
        picker.list.setMaximumHeight(16_777_215 if choosing else 3 * TOUCH_MIN)
        picker.list.setVisible(choosing or picker.list.count() > 0)

    def _build_detail(self) -> None:
        self.detail, column = self._page()
        self.vacancy_title = wrapped("StepTitle")
        self.vacancy_meta = wrapped("StepNote")
        self.why_title = named_label("FieldCaption")
        self.why = touch_list()
        self.why.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.result = wrapped("Outcome")
        self.result.hide()
        for widget in (self.vacancy_title, self.vacancy_meta, self.why_title):
            column.addWidget(widget)
        column.addWidget(self.why, 1)
        column.addWidget(self.result)
        row = QHBoxLayout()
        self.detail_back = named_button("Secondary")
        self.detail_back.clicked.connect(lambda: self.pages.setCurrentWidget(self.browse_page))
        self.apply = named_button("Primary")
        self.apply.clicked.connect(self.apply_now)
        row.addWidget(self.detail_back)
        row.addStretch(1)
        row.addWidget(self.apply)
        column.addLayout(row)

    def _build_applications(self) -> None:
        self.applications_page, column = self._page()
        self.applications_note = wrapped("StepNote")
        self.applications = touch_list()
        self.applications.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.applications_back = named_button("Secondary")
        self.applications_back.clicked.connect(self.show_menu)
        column.addWidget(self.applications_note)
        column.addWidget(self.applications, 1)
        column.addWidget(self.applications_back, 0, Qt.AlignmentFlag.AlignLeft)

    def attach(self, services: KioskServices) -> None:
        self.services = services
        self.wizard.attach(services)

    # -- work off the GUI thread ------------------------------------------------------------

    def _failed(self, error: UserError) -> None:
        """A refusal, where the person is looking: under the card number, or on the page."""
        if self.pages.currentWidget() is self.entry:
            self.entry.set_error(error.message)
        else:
            self.outcome = error.message
            self._say()
        self.entry.set_busy(False)

    def check(self, text: str) -> None:
        """A card scanned or typed: the one after-scan hook of the service, then the menu."""
        services = self.services
        if services is None or not text.strip():
            return
        self.entry.set_error(None)
        self.outcome = None
        self.entry.set_busy(True)

        def work() -> tuple[ScanResult, Survey | None]:
            # The scan is the six-monthly report; a follow-up survey due now is asked first.
            result = services.job_seekers.after_card_scan(text)
            return result, services.followup.due_survey(result.holder.applicant_id)

        self.work.write(work, Topic.PLACEMENT, self._scanned)

    def _scanned(self, found: tuple[ScanResult, Survey | None]) -> None:
        result, survey = found
        self.entry.reset()
        self.scan_result, self.saved_now = result, False
        self.show_menu()
        if survey is not None:
            self.survey_due.emit(survey, result.holder.first_name)

    def show_menu(self) -> None:
        self.pages.setCurrentWidget(self.menu)
        self._fill_menu()

    def show_wizard(self) -> None:
        services, scan = self.services, self.scan_result
        if services is None or scan is None:
            return
        holder = scan.holder

        def open_wizard(form: JobSeekerForm | None) -> None:
            self.wizard.start(holder, form)
            self.pages.setCurrentWidget(self.wizard)

        self.work.read(lambda: services.job_seekers.form(holder.applicant_id), open_wizard)

    def _registered(self, status: object) -> None:
        if self.scan_result is not None:
            self.scan_result = ScanResult(self.scan_result.holder, status)  # type: ignore[arg-type]
        self.saved_now = True
        self.show_menu()

    def show_browse(self) -> None:
        self.pages.setCurrentWidget(self.browse_page)
        self.refresh()

    def refresh(self) -> None:
        services, scan = self.services, self.scan_result
        if services is None or scan is None:
            return
        applicant_id = scan.holder.applicant_id
        region, education = self.region.value(), self.education.value()
        occupation = self.occupation.current_key()

        def load() -> list[Listing]:
            seeker = services.job_seekers.seeker(applicant_id)
            regions: tuple[str, ...] = ()
            if region == "mine" and seeker is not None:
                regions = seeker.regions()
            browse = Browse(
                regions=regions,
                occupation_prefix=occupation,
                education=seeker.education if education == "mine" and seeker else None,
            )
            return services.job_applications.browse(applicant_id, browse, limit=50)

        self.work.read(load, self._listed)

    def _listed(self, listings: list[Listing]) -> None:
        self.listings = listings
        self._fill_results()

    def _open_vacancy(self, item: QListWidgetItem) -> None:
        services, scan = self.services, self.scan_result
        listing = self.listings[self.results.row(item)]
        if services is None or scan is None:
            return
        self.vacancy, self.outcome = listing.vacancy, None
        applicant_id = scan.holder.applicant_id
        self.work.read(
            lambda: services.job_applications.why(applicant_id, listing.vacancy.id),
            self._explained,
        )

    def _explained(self, reasons: list[Message]) -> None:
        self.reasons = reasons
        self._fill_detail()
        self.pages.setCurrentWidget(self.detail)

    def apply_now(self) -> None:
        services, scan, vacancy = self.services, self.scan_result, self.vacancy
        if services is None or scan is None or vacancy is None:
            return
        self.apply.setEnabled(False)
        card_id = scan.holder.card_id
        self.work.write(
            lambda: services.job_applications.apply(card_id, vacancy.id),
            Topic.PLACEMENT,
            self._applied,
        )

    def _applied(self, made: ApplicationView) -> None:
        code = "jobs.applied_before" if made.already else "jobs.applied"
        self.outcome = Message(code, {"number": made.number})
        self.listings = [
            Listing(x.vacancy, x.fits, x.score, x.applied or x.vacancy.id == made.vacancy_id)
            for x in self.listings
        ]
        self._fill_results()
        self._say()

    def show_applications(self) -> None:
        services, scan = self.services, self.scan_result
        if services is None or scan is None:
            return
        applicant_id = scan.holder.applicant_id
        self.work.read(lambda: services.job_applications.applications(applicant_id), self._mine)

    def _mine(self, mine: list[ApplicationView]) -> None:
        self.mine = mine
        self._fill_applications()
        self.pages.setCurrentWidget(self.applications_page)

    # -- filling -----------------------------------------------------------------------------

    def _say(self) -> None:
        self.result.setText("" if self.outcome is None else tr_msg(self.outcome, self.lang))
        self.result.setVisible(self.outcome is not None)
        sent = self.outcome is not None and self.outcome.code.startswith("jobs.applied")
        self.result.setProperty("error", not sent)  # a refusal looks different from a success
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        applied = self.vacancy is not None and any(
            x.applied for x in self.listings if x.vacancy.id == self.vacancy.id
        )
        self.apply.setEnabled(not applied)

    def _fill_menu(self) -> None:
        scan, lang = self.scan_result, self.lang
        if scan is None:
            return
        self.hello.setText(tr("jobs.hello", lang, name=scan.holder.first_name))
        status = scan.job_seeker
        if not status.registered:
            self.status.setText(tr("jobs.not_registered", lang))
        else:
            text = tr(
                "jobs.registered", lang, until=day(status.valid_until), next=day(status.next_report)
            )
            if self.saved_now:
                text = tr("jobs.wizard.saved", lang) + " " + text
            elif status.reported_now:
                text = tr("jobs.reported", lang) + " " + text
            self.status.setText(text)
        self.register.setText(
            tr("jobs.menu.update" if status.registered else "jobs.menu.register", lang)
        )

    def _fill_results(self) -> None:
        lang = self.lang
        self.results.clear()
        for entry in self.listings:
            v = entry.vacancy
            if entry.applied:
                fit = tr("jobs.fit.applied", lang)
            elif entry.fits is None:
                fit = ""
            else:
                fit = tr("jobs.fit.yes" if entry.fits else "jobs.fit.no", lang, score=entry.score)
            text = tr("jobs.row", lang, title=v.title, employer=v.employer, place=place(v),
                      until=day(v.valid_until), fit=fit)  # fmt: skip
            self.results.addItem(QListWidgetItem(text))
        count = len(self.listings)
        self.count.setText(
            tr("jobs.results", lang, count=count) if count else tr("jobs.none", lang)
        )

    def _fill_detail(self) -> None:
        lang, v = self.lang, self.vacancy
        if v is None:
            return
        wage = ""
        if v.wage_min is not None or v.wage_max is not None:
            low = f"{v.wage_min or 0:,}".replace(",", ".")
            high = f"{v.wage_max or v.wage_min or 0:,}".replace(",", ".")
            wage = " · " + tr("jobs.detail.wage", lang, low=low, high=high)
        self.vacancy_title.setText(v.title)
        self.vacancy_meta.setText(
            tr(
                "jobs.detail.meta",
                lang,
                employer=v.employer,
                place=place(v),
                openings=v.openings - v.filled,
                until=day(v.valid_until),
                wage=wage,
            )
        )
        self.why_title.setText(tr("jobs.detail.why", lang))
        self.why.clear()
        for reason in self.reasons:
            self.why.addItem(tr_msg(reason, lang))
        self.apply.setText(tr("jobs.apply", lang))
        self._say()

    def _fill_applications(self) -> None:
        lang = self.lang
        # The kiosk's local day (the server sends UTC): what the person lived through.
        tz = self.services.ctx.now().tzinfo if self.services is not None else None
        self.applications.clear()
        for made in self.mine:
            self.applications.addItem(
                tr(
                    "jobs.applications.row",
                    lang,
                    title=made.title,
                    employer=made.employer,
                    stage=tr_msg(made.stage_text, lang),
                    when=day(made.stage_at.astimezone(tz).date()),
                    number=made.number,
                )
            )
        self.applications_note.setText(tr("jobs.applications.none", lang) if not self.mine else "")
        self.applications_note.setVisible(not self.mine)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.title.setText(tr("jobs.title", lang))
        self.entry.retranslate(lang)
        for button in (self.browse_back, self.detail_back, self.applications_back):
            button.setText("‹ " + tr("common.back", lang))
        self.browse_button.setText(tr("jobs.menu.browse", lang))
        self.applications_button.setText(tr("jobs.menu.applications", lang))
        self.done.setText(tr("jobs.done", lang))
        self.region.set_labels(
            {"mine": tr("jobs.filter.mine", lang), "everywhere": tr("jobs.filter.everywhere", lang)}
        )
        self.region_field.retranslate(tr("jobs.filter.region", lang))
        self.education.set_labels(
            {
                "mine": tr("jobs.filter.my_education", lang),
                "any": tr("jobs.filter.any_education", lang),
            }
        )
        self.education_field.retranslate(tr("jobs.filter.education", lang))
        self.occupation.retranslate(lang)
        self.occupation_field.retranslate(tr("jobs.filter.occupation", lang))
        self.register.setText(tr("jobs.menu.register", lang))
        self._fill_menu()
        self._fill_results()
        self._fill_detail()
        self._fill_applications()
        self.wizard.retranslate(lang)

    def reset(self) -> None:
        """Forget the person: back to the empty scan page (idle timeout, home)."""
        self.work.advance()
        self.scan_result, self.vacancy, self.outcome = None, None, None
        self.saved_now = False
        self.listings, self.reasons, self.mine = [], [], []
        self.entry.reset()
        self.occupation.clear()
        self.region.set_value("mine")
        self.education.set_value("any")
        self.wizard.reset()
        self.pages.setCurrentWidget(self.entry)
        self.retranslate(self.lang)
