"""The job-seeker (AK/1) wizard: education, the work sought and done, skills, wishes — by touch,
occupations found by typing a few letters. One service call saves it (JobSeekerService)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.eligibility import EDUCATION_TEXT, EducationLevel
from kiosk.domain.job_seeker import (
    DISABILITIES,
    WAGE_BANDS,
    JobSeekerForm,
    Schooling,
    WorkExperience,
)
from kiosk.domain.occupations import search
from kiosk.i18n import Message, UserError, msg
from kiosk.services.job_seekers import FormRefused, Holder, JobSeekerStatus
from kiosk.services.kiosk import KioskServices
from kiosk.ui.ops import Operations, Topic
from kiosk.ui.texts_jobs import DISABILITY_TEXT, REGION_TEXT, WAGE_TEXT
from kiosk.ui.touch import ChoiceButtons, Field, SearchList, debounced_search, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_button, named_label

LEVELS = tuple(level.value for level in EducationLevel)
YEARS = ("0", "1", "2", "3", "5", "10")
REGIONS = ("regency", "province")
STEPS = 5


class OccupationPicker(SearchList):
    """A search over ISCO-08 unit groups in both languages: the list is refilled from
    kiosk.domain.occupations.search as the person types (not filtered by row text)."""

    def __init__(self, name: str, lang: str = "id") -> None:
        super().__init__(name)
        self.lang = lang
        self._query = ""
        self.search.textChanged.disconnect()
        self._timer = debounced_search(self.search, self.refill)
        # Said when a word finds nothing, so an empty list is never a silent dead end.
        self.nothing = named_label("FieldCaption")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.nothing)

    def refill(self, text: str) -> None:
        self._query = text  # what the rows answer, to refill them in another language
        found = search(text, limit=8)
        self.set_items([(o.code, f"{o.title(self.lang)} ({o.code})") for o in found])
        self.nothing.setVisible(bool(text.strip()) and not found)

    def _filter(self, text: str) -> None:  # the search already narrowed the rows
        self._fit()

    def retranslate(self, lang: str) -> None:
        changed, self.lang = lang != self.lang, lang
        if changed and self.list.count():  # the rows in the new language, the choice kept
            chosen = self.current_key()
            self.refill(self._query)
            if chosen:
                self.select(chosen)
        self.search.setPlaceholderText(tr("jobs.occupation.hint", lang))
        self.nothing.setText(tr("jobs.occupation.nothing", lang))

    def clear(self) -> None:
        self.search.clear()
        self.set_items([])
        self.nothing.hide()


class JobSeekerWizard(QWidget):
    saved = Signal(object)  # JobSeekerStatus
    cancelled = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JobSeekerWizard")
        self.ops = ops
        self.services: KioskServices | None = None
        self.holder: Holder | None = None
        self.lang = "id"
        # Kept as messages: a language switch re-renders them.
        self.problems: list[Message] = []
        self.field_problems: list[tuple[Field, Message]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        self.title = heading("StepTitle")
        outer.addWidget(self.title)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps, 1)
        self.note = named_label("FieldError")
        self.note.setWordWrap(True)
        self.note.hide()
        outer.addWidget(self.note)
        row = QHBoxLayout()
        self.back = named_button("Secondary")
        self.back.clicked.connect(self._back)
        self.next = named_button("Primary")
        self.next.clicked.connect(self._next)
        row.addWidget(self.back)
        row.addStretch(1)
        row.addWidget(self.next)
        outer.addLayout(row)
        self._build()

    def _page(self) -> QVBoxLayout:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.steps.addWidget(page)
        return layout

    def _build(self) -> None:
        first = self._page()
        self.level = ChoiceButtons(LEVELS, columns=4)
        self.level_field = Field("education", self.level)
        self.major = line_edit("JobsMajor", max_length=80)
        self.major_field = Field("major", self.major)
        self.year = line_edit("JobsYear", max_length=4)
        self.year_field = Field("year", self.year)
        self.course = line_edit("JobsCourse", max_length=80)
        self.course_field = Field("course", self.course)
        first.addWidget(self.level_field)
        pair = QHBoxLayout()
        top = Qt.AlignmentFlag.AlignTop  # an error under one field must not shift the other
        pair.addWidget(self.major_field, 2, top)
        pair.addWidget(self.year_field, 1, top)
        first.addLayout(pair)
        first.addWidget(self.course_field)
        first.addStretch(1)
        second = self._page()
        self.wanted = OccupationPicker("JobsWanted")
        self.wanted_field = Field("wanted", self.wanted)
        self.worked = OccupationPicker("JobsWorked")
        self.worked_field = Field("worked", self.worked)
        self.years = ChoiceButtons(YEARS, columns=6)
        self.years_field = Field("years", self.years)
        second.addWidget(self.wanted_field, 1)
        # One search per page: with the keyboard open, the rows need the room.
        work = self._page()
        work.addWidget(self.worked_field, 1)
        work.addWidget(self.years_field)
        third = self._page()
        self.skill = line_edit("JobsSkill", max_length=80)
        self.add_skill = named_button("Secondary")
        self.add_skill.clicked.connect(self._add_skill)
        self.skill.returnPressed.connect(self._add_skill)
        self.skill_field = Field("skills", self.skill)
        add_row = QHBoxLayout()
        add_row.addWidget(self.skill_field, 1)
        add_row.addWidget(self.add_skill, 0, Qt.AlignmentFlag.AlignBottom)
        self.skills = QListWidget()
        self.skills.setObjectName("TouchList")
        self.skills.itemClicked.connect(lambda item: self.skills.takeItem(self.skills.row(item)))
        self.regions = ChoiceButtons(REGIONS, columns=2)
        self.regions_field = Field("regions", self.regions)
        third.addLayout(add_row)
        third.addWidget(self.skills, 1)
        fourth = self._page()
        self.wage = ChoiceButtons(WAGE_BANDS, columns=5)
        self.wage_field = Field("wage", self.wage)
        self.disability = ChoiceButtons(("none", *DISABILITIES), columns=4)
        self.disability_field = Field("disability", self.disability)
        # Where to work sits with the wishes: the skills list needs the room above the keyboard.
        fourth.addWidget(self.regions_field)
        fourth.addWidget(self.wage_field)
        fourth.addWidget(self.disability_field)
        fourth.addStretch(1)
        # A field's complaint goes as soon as the person changes that field.
        self.level.changed.connect(lambda _key: self._edited(self.level_field))
        self.year.textChanged.connect(lambda _text: self._edited(self.year_field))
        self.wanted.changed.connect(lambda _key: self._edited(self.wanted_field))

    def _edited(self, field: Field) -> None:
        if any(f is field for f, _m in self.field_problems):
            self.field_problems = [(f, m) for f, m in self.field_problems if f is not field]
            self._show_field_problems()

    def attach(self, services: KioskServices) -> None:
        self.services = services

    def start(self, holder: Holder, form: JobSeekerForm | None) -> None:
        """A fresh wizard for the card holder, filled with their registration if they have one."""
        self.reset()
        self.holder = holder
        if form is not None:
            formal = [s for s in form.education if s.formal]
            if formal:
                self.level.set_value(formal[0].level)
                self.major.setText(formal[0].major)
                self.year.setText("" if formal[0].year is None else str(formal[0].year))
            courses = [s for s in form.education if not s.formal]
            self.course.setText(courses[0].major if courses else "")
            for skill in form.skills:
                self.skills.addItem(skill)
            if form.desired_occupations:
                self._preselect(self.wanted, form.desired_occupations[0])
            if form.experience:
                self._preselect(self.worked, form.experience[0].isco_code)
                years = str(form.experience[0].years)
                self.years.set_value(years if years in YEARS else "")
            region = form.desired_regions[0] if form.desired_regions else ""
            self.regions.set_value("regency" if len(region) == 5 else "province")
            self.wage.set_value(form.wage_band or "")
            self.disability.set_value(form.disability or "none")

    def _preselect(self, picker: OccupationPicker, code: str) -> None:
        picker.refill(code)
        picker.select(code)

    def _add_skill(self) -> None:
        text = " ".join(self.skill.text().split())
        if text:
            self.skills.addItem(text)
        self.skill.clear()

    def form(self) -> JobSeekerForm:
        year = self.year.text().strip()
        education = [
            Schooling(self.level.value(), self.major.text(), int(year) if year.isdigit() else None)
        ]
        if self.course.text().strip():
            education.append(Schooling("none", self.course.text(), None, formal=False))
        worked = self.worked.current_key()
        years = self.years.value()
        experience = (WorkExperience(worked, "", int(years or 0)),) if worked else ()
        wanted = self.wanted.current_key()
        return JobSeekerForm(
            education=tuple(education) if self.level.value() else (),
            skills=tuple(self.skills.item(i).text() for i in range(self.skills.count())),
            experience=experience,
            desired_occupations=(wanted,) if wanted else (),
            wage_band=self.wage.value() or None,
            disability=None if self.disability.value() in ("", "none") else self.disability.value(),
        )

    def step_problems(self, index: int) -> list[tuple[Field, Message]]:
        """What the step asks for and is missing, said by its field before the person moves on."""
        found: list[tuple[Field, Message]] = []
        if index == 0:
            if not self.level.value():
                found.append((self.level_field, msg("jobseeker.no_education")))
            year = self.year.text().strip()
            this_year = self.services.ctx.now().year if self.services else 2100
            if year and not (year.isdigit() and 1940 <= int(year) <= this_year):
                found.append((self.year_field, msg("jobseeker.bad_year", year=year)))
        elif index == 1 and not self.wanted.current_key():
            found.append((self.wanted_field, msg("jobseeker.no_wish")))
        return found

    def _next(self) -> None:
        index = self.steps.currentIndex()
        self.field_problems = self.step_problems(index)
        self._show_field_problems()
        if self.field_problems:
            return
        if index < STEPS - 1:
            self.steps.setCurrentIndex(index + 1)
            self._show_error(None)
            self.retranslate(self.lang)
            return
        services, holder = self.services, self.holder
        if services is None or holder is None:
            return
        form, whole_regency = self.form(), self.regions.value() == "regency"

        def save() -> JobSeekerStatus:
            person = services.people.get(holder.applicant_id)
            regions: tuple[str, ...] = ()
            if person is not None:  # the person's own regency or province, as they chose
                code = person.regency_code
                regions = (code if whole_regency else code[:2],)
            return services.job_seekers.register(
                holder.card_id, dataclasses.replace(form, desired_regions=regions)
            )

        self.next.setEnabled(False)
        self.ops.write(save, Topic.PLACEMENT, self._saved, failure=self._failed)

    def _saved(self, status: JobSeekerStatus) -> None:
        self.next.setEnabled(True)
        self.saved.emit(status)

    def _failed(self, error: UserError) -> None:
        self.next.setEnabled(True)
        self._show_error(error.problems if isinstance(error, FormRefused) else [error.message])

    def _fields(self) -> tuple[Field, ...]:
        return (self.level_field, self.year_field, self.wanted_field)

    def _show_field_problems(self) -> None:
        said = dict((id(f), m) for f, m in self.field_problems)
        for field in self._fields():
            message = said.get(id(field))
            field.set_error(None if message is None else tr_msg(message, self.lang))

    def _show_error(self, problems: list[Message] | None) -> None:
        self.problems = list(problems or [])
        self.note.setText(" ".join(tr_msg(p, self.lang) for p in self.problems))
        self.note.setVisible(bool(self.problems))

    def _back(self) -> None:
        index = self.steps.currentIndex()
        if index == 0:
            self.cancelled.emit()
            return
        self.steps.setCurrentIndex(index - 1)
        self.field_problems = []
        self._show_field_problems()
        self._show_error(None)
        self.retranslate(self.lang)

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        step = self.steps.currentIndex() + 1
        self.title.setText(
            tr("jobs.wizard.title", lang)
            + " — "
            + tr("jobs.wizard.step", lang, n=step, total=STEPS)
        )
        self.level.set_labels({k: tr(EDUCATION_TEXT[k], lang) for k in LEVELS})
        self.level_field.retranslate(tr("jobs.wizard.education", lang))
        self.major_field.retranslate(tr("jobs.wizard.major", lang))
        self.year_field.retranslate(tr("jobs.wizard.year", lang))
        self.course_field.retranslate(tr("jobs.wizard.course", lang))
        self.wanted_field.retranslate(tr("jobs.wizard.wanted", lang))
        self.worked_field.retranslate(tr("jobs.wizard.worked", lang))
        self.years.set_labels({k: k for k in YEARS})
        self.years_field.retranslate(tr("jobs.wizard.years", lang))
        self.wanted.retranslate(lang)
        self.worked.retranslate(lang)
        self.skill_field.retranslate(tr("jobs.wizard.skills", lang))
        self.add_skill.setText(tr("jobs.wizard.add", lang))
        self.regions.set_labels({k: tr(REGION_TEXT[k], lang) for k in REGIONS})
        self.regions_field.retranslate(tr("jobs.wizard.regions", lang))
        self.wage.set_labels({k: tr(WAGE_TEXT[k], lang) for k in WAGE_BANDS})
        self.wage_field.retranslate(tr("jobs.wizard.wage", lang))
        self.disability.set_labels(
            {k: tr(DISABILITY_TEXT[k], lang) for k in ("none", *DISABILITIES)}
        )
        self.disability_field.retranslate(tr("jobs.wizard.disability", lang))
        self.back.setText("‹ " + tr("common.back", lang))
        last = self.steps.currentIndex() == STEPS - 1
        self.next.setText(tr("jobs.wizard.save" if last else "jobs.wizard.next", lang))
        self._show_error(self.problems)
        self._show_field_problems()

    def reset(self) -> None:
        self.holder = None
        self.steps.setCurrentIndex(0)
        for edit in (self.major, self.year, self.course, self.skill):
            edit.clear()
        for picker in (self.wanted, self.worked):
            picker.clear()
        self.skills.clear()
        for choice in (self.level, self.years, self.wage):
            choice.set_value("")
        self.regions.set_value("province")
        self.disability.set_value("none")
        self.field_problems = []
        self._show_error(None)
        self.next.setEnabled(True)
        self.retranslate(self.lang)
