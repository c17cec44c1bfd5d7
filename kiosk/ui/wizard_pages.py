"""The pages of the registration wizard: each shows its fields and reads them into the form.

Pages hold no rules: the wizard asks :class:`RegistrationService` what is wrong and hands
each page the messages for its own fields.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHideEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import regions
from kiosk.domain.eligibility import (
    EDUCATION_TEXT,
    EMPLOYMENT_TEXT,
    OCCUPATION_TEXT,
    EducationLevel,
    EmploymentStatus,
    Occupation,
    Verdict,
)
from kiosk.domain.nik import SEX_TEXT, mask_nik
from kiosk.i18n import Message
from kiosk.services.registration import CONSENT_VERSION, ApplicantForm
from kiosk.ui.texts_register import FIELD_TEXT, STEP_TEXT
from kiosk.ui.touch import ChoiceButtons, Field, NumericKeypad, SearchList, heading, line_edit
from kiosk.ui.translate import tr, tr_msg
from kiosk.ui.widgets import named_label, set_look


class Page(QWidget):
    """A wizard step; ``fields`` maps form field names to their on-screen field."""

    step = ""
    edited = Signal()  # a value changed: the wizard takes away errors that are fixed now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WizardPage")
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, Message] = {}  # kept as messages: a language switch re-renders
        self.numeric: list[QLineEdit] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        # The step's title and "Step n of 8" share one row: a separate progress line above the
        # title would repeat the step's name and cost a row that 1024x768 cannot spare.
        header = QHBoxLayout()
        header.setSpacing(20)
        self.title = heading()
        self.progress = named_label("Progress")
        header.addWidget(self.title, 1)
        header.addWidget(
            self.progress, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.column.addLayout(header)

    def add(
        self, name: str, editor: QWidget, layout: QBoxLayout | QGridLayout | None = None, *pos: int
    ) -> Field:
        field = Field(name, editor)
        self.fields[name] = field
        if isinstance(editor, QLineEdit):
            editor.textChanged.connect(lambda _text: self.edited.emit())
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(lambda _on: self.edited.emit())
        elif isinstance(editor, ChoiceButtons | SearchList):
            editor.changed.connect(lambda _key: self.edited.emit())
        target = layout if layout is not None else self.column
        if isinstance(target, QGridLayout):
            target.addWidget(field, *pos)
        else:
            target.addWidget(field)
        return field

    def show_errors(self, errors: dict[str, Message], lang: str) -> None:
        self.errors = dict(errors)
        self._render_errors(lang)

    def _render_errors(self, lang: str) -> None:
        for name, field in self.fields.items():
            error = self.errors.get(name)
            field.set_error(None if error is None else tr_msg(error, lang))

    def read(self, form: ApplicantForm) -> None:
        """Copy this page's values into the form."""

    def clear(self) -> None:
        self.errors = {}
        for field in self.fields.values():
            field.set_error(None)
            if isinstance(field.editor, QLineEdit):
                field.editor.clear()

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr(STEP_TEXT[self.step], lang))
        for name, field in self.fields.items():
            field.retranslate(tr(FIELD_TEXT[name], lang))
        self._render_errors(lang)


class ConsentPage(Page):
    step = "consent"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = named_label("ConsentText")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        # From the top of its box, not floating in the middle of a tall screen.
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setObjectName("ConsentScroll")
        scroll.setWidgetResizable(True)
        # A layout honours the wrapped label's height-for-width; a bare label in a scroll area
        # would be squeezed to the viewport and lose its last lines.
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.body)
        scroll.setWidget(holder)
        self.column.addWidget(scroll, 1)
        self.agree = QCheckBox()
        self.agree.setObjectName("BigCheck")
        self.add("consent", self.agree)

    def read(self, form: ApplicantForm) -> None:
        form.consent_given = self.agree.isChecked()
        form.consent_version = CONSENT_VERSION

    def clear(self) -> None:
        super().clear()
        self.agree.setChecked(False)

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr("consent.title", lang))
        self.body.setText(tr("consent.body", lang, version=CONSENT_VERSION))
        self.agree.setText(tr("consent.agree", lang))
        self.agree.setAccessibleName(self.agree.text())
        self.fields["consent"].caption.hide()
        self._render_errors(lang)


class IdentityPage(Page):
    step = "identity"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two columns, so that every field and its error line fit 1024x768 without scrolling.
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.column.addLayout(grid)
        self.nik = line_edit("Nik", max_length=20)
        self.name = line_edit("FullName")
        self.birth_place = line_edit("BirthPlace", max_length=80)
        self.birth_date = line_edit("BirthDate", max_length=10)
        self.sex = ChoiceButtons(["L", "P"])
        self.add("nik", self.nik, grid, 0, 0)
        self.add("full_name", self.name, grid, 0, 1)
        self.add("birth_place", self.birth_place, grid, 1, 0)
        self.add("birth_date", self.birth_date, grid, 1, 1)
        self.add("sex", self.sex, grid, 2, 0, 1, 2)
        self.numeric = [self.nik, self.birth_date]
        self.warnings = named_label("Warnings")
        self.warnings.setWordWrap(True)
        self.accept = QCheckBox()
        self.accept.setObjectName("BigCheck")
        self.column.addWidget(self.warnings)
        self.column.addWidget(self.accept)
        self.column.addStretch(1)
        self.shown_warnings: list[Message] = []
        self.show_warnings([], "id")

    def show_warnings(self, warnings: Sequence[Message], lang: str) -> None:
        self.shown_warnings = list(warnings)
        text = "\n".join(f"• {tr_msg(w, lang)}" for w in warnings)
        self.warnings.setText(f"{tr('warnings.title', lang)}\n{text}" if warnings else "")
        self.warnings.setVisible(bool(warnings))
        self.accept.setVisible(bool(warnings))
        if not warnings:
            self.accept.setChecked(False)

    def read(self, form: ApplicantForm) -> None:
        form.nik = self.nik.text()
        form.full_name = self.name.text()
        form.birth_place = self.birth_place.text()
        form.birth_date = self.birth_date.text()
        form.sex = self.sex.value()

    def clear(self) -> None:
        super().clear()
        self.sex.set_value("")
        self.show_warnings([], "id")

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.sex.set_labels({"L": tr("sex.L", lang), "P": tr("sex.P", lang)})
        self.accept.setText(tr("warnings.accept", lang))
        self.accept.setAccessibleName(self.accept.text())
        if self.shown_warnings:
            self.show_warnings(self.shown_warnings, lang)


class AddressPage(Page):
    step = "address"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = line_edit("Address", max_length=250)
        self.add("address", self.address)
        row = QHBoxLayout()
        row.setSpacing(20)
        self.column.addLayout(row, 1)
        self.province = SearchList("Province")
        self.regency = SearchList("Regency")
        for name, widget in (("province_code", self.province), ("regency_code", self.regency)):
            box = QVBoxLayout()
            row.addLayout(box, 1)
            self.add(name, widget, box)
        self.province.set_items([(r.code, regions.display_name(r)) for r in regions.provinces()])
        self.province.chosen.connect(self._province_chosen)

    def _province_chosen(self, code: str) -> None:
        self.regency.search.clear()
        self.regency.set_items([(r.code, regions.display_name(r)) for r in regions.regencies(code)])

    def read(self, form: ApplicantForm) -> None:
        form.address = self.address.text()
        form.province_code = self.province.current_key()
        form.regency_code = self.regency.current_key()

    def clear(self) -> None:
        super().clear()
        self.province.clear()
        self.regency.set_items([])
        self.regency.clear()

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        for widget in (self.province, self.regency):
            widget.search.setPlaceholderText(tr("field.region_search", lang))
            widget.search.setAccessibleName(tr("field.region_search", lang))


class ContactPage(Page):
    step = "contact"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phone = line_edit("Phone", max_length=20)
        self.email = line_edit("Email")
        self.add("phone", self.phone)
        self.add("email", self.email)
        self.numeric = [self.phone]
        self.column.addStretch(1)

    def read(self, form: ApplicantForm) -> None:
        form.phone = self.phone.text()
        form.email = self.email.text()


class StatusPage(Page):
    step = "status"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Two columns over the page's full width, so that 1024x768 shows every field and every
        # error line without scrolling: education, "in school" and the KK number on the left,
        # employment and the occupation list on the right. The screen's side keypad would take
        # a third of the width for one field; this page has its own, shown beside the KK field
        # (over the foot of the occupation list) only while that field has the focus.
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(8)
        self.column.addLayout(grid, 1)
        self.education = ChoiceButtons([e.value for e in EducationLevel], columns=2)
        self.employment = ChoiceButtons([e.value for e in EmploymentStatus], columns=2)
        self.occupation = SearchList("Occupation")
        self.in_school = QCheckBox()
        self.in_school.setObjectName("BigCheck")
        self.kk = line_edit("KkNumber", max_length=20)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.add("education_level", self.education, left)
        left.addWidget(self.in_school)
        self.add("kk_number", self.kk, left)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        self.add("employment_status", self.employment, right)
        right.setStretchFactor(self.add("occupation", self.occupation, right), 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.tray = QFrame(self)
        self.tray.setObjectName("KeypadTray")
        tray_layout = QVBoxLayout(self.tray)
        tray_layout.setContentsMargins(8, 8, 8, 8)
        self.keypad = NumericKeypad(keys=NumericKeypad.DIGITS, columns=7)
        tray_layout.addWidget(self.keypad)
        self.tray.hide()
        self.keypad.follow([self.kk])
        self.kk.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.kk:
            kind = event.type()
            # A tap shows it even where the window is not active and so gets no focus events.
            if kind in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
                self._place_keypad()
                self.tray.show()
                self.tray.raise_()
            elif kind == QEvent.Type.FocusOut:
                self.tray.hide()
            elif kind in (QEvent.Type.Move, QEvent.Type.Resize):
                self._place_keypad()
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.tray.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_keypad()

    def _place_keypad(self) -> None:
        """Over the occupation column, its bottom level with the KK field's."""
        column = self.fields["occupation"]
        left = column.mapTo(self, QPoint(0, 0)).x()
        bottom = self.kk.mapTo(self, QPoint(0, self.kk.height())).y()
        hint = self.tray.sizeHint()
        width = min(column.width(), max(hint.width(), 520))  # no metre-wide keys at 1920
        self.tray.setGeometry(left, bottom - hint.height(), width, hint.height())

    def read(self, form: ApplicantForm) -> None:
        form.education_level = self.education.value()
        form.employment_status = self.employment.value()
        form.occupation = self.occupation.current_key()
        form.in_formal_education = self.in_school.isChecked()
        form.kk_number = self.kk.text()

    def clear(self) -> None:
        super().clear()
        self.education.set_value("")
        self.employment.set_value("")
        self.occupation.clear()
        self.in_school.setChecked(False)

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        self.education.set_labels({e.value: tr(EDUCATION_TEXT[e], lang) for e in EducationLevel})
        self.employment.set_labels(
            {e.value: tr(EMPLOYMENT_TEXT[e], lang) for e in EmploymentStatus}
        )
        chosen = self.occupation.current_key()
        self.occupation.set_items([(o.value, tr(OCCUPATION_TEXT[o], lang)) for o in Occupation])
        self.occupation.select(chosen)
        self.occupation.search.setPlaceholderText(tr("field.region_search", lang))
        self.occupation.search.setAccessibleName(tr("field.region_search", lang))
        self.in_school.setText(tr("field.in_formal_education", lang))
        self.in_school.setAccessibleName(self.in_school.text())
        self.keypad.retranslate(lang)


class VerdictPage(Page):
    step = "verdict"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verdict: Verdict | None = None
        self.headline = named_label("Verdict")
        self.headline.setWordWrap(True)
        self.reasons = named_label("Reasons")
        self.reasons.setWordWrap(True)
        self.note = named_label("StepNote")
        self.note.setWordWrap(True)
        for label in (self.headline, self.reasons, self.note):
            self.column.addWidget(label)
        self.column.addStretch(1)

    def set_verdict(self, verdict: Verdict | None, lang: str) -> None:
        self.verdict = verdict
        self.retranslate(lang)

    def clear(self) -> None:
        self.set_verdict(None, "id")

    def retranslate(self, lang: str) -> None:
        super().retranslate(lang)
        verdict = self.verdict
        eligible = verdict is not None and verdict.eligible
        set_look(self.headline, "eligible", "true" if eligible else "false")
        if verdict is None:
            for label in (self.headline, self.reasons, self.note):
                label.clear()
            return
        self.headline.setText(tr("verdict.eligible" if eligible else "verdict.not_eligible", lang))
        self.reasons.setText("\n".join(f"• {tr_msg(r, lang)}" for r in verdict.reasons))
        self.reasons.setVisible(not eligible)
        # What happens next, in steps: nobody should wonder what "eligible" means for them.
        self.note.setText(tr("verdict.next_eligible" if eligible else "verdict.job_seeker", lang))
        self.note.setVisible(True)


def review_lines(
    form: ApplicantForm,
    masked_nik: str,
    lang: str,
    *,
    training: str = "",
    eligible: bool | None = None,
) -> list[tuple[str, str]]:
    """(caption, value) rows of the review page: everything the person chose, one thing per
    row; the NIK and the KK number are shown masked."""
    province = regions.province(form.province_code) if form.province_code else None
    regency = regions.regency(form.regency_code) if form.regency_code else None

    def name(region: regions.Region | None) -> str:
        return "" if region is None else regions.display_name(region)

    def chosen(codes: Mapping[str, str], key: str) -> str:
        return tr(codes[key], lang) if key else "—"

    place = ", ".join(part for part in (form.address, name(regency), name(province)) if part)
    rows = [
        (tr("field.nik", lang), masked_nik),
        (tr("field.full_name", lang), form.full_name),
        (tr("field.birth_place", lang), form.birth_place),
        (tr("review.birth_date", lang), str(form.birth_date)),
        (tr("field.sex", lang), chosen(SEX_TEXT, form.sex)),
        (tr("field.address", lang), place),
        (tr("field.phone", lang), form.phone),
        (tr("field.email", lang), form.email or "—"),
        (tr("field.education_level", lang), chosen(EDUCATION_TEXT, form.education_level)),
        (
            tr("review.in_school", lang),
            tr("common.yes" if form.in_formal_education else "common.no", lang),
        ),
        (tr("field.employment_status", lang), chosen(EMPLOYMENT_TEXT, form.employment_status)),
        (tr("field.occupation", lang), chosen(OCCUPATION_TEXT, form.occupation)),
        (tr("review.kk", lang), mask_nik(form.kk_number) if form.kk_number else "—"),
    ]
    if eligible is not None:
        rows.append(
            (tr("review.eligible", lang), tr("review.yes" if eligible else "review.no", lang))
        )
    rows.append((tr("review.training", lang), training or tr("training.none", lang)))
    return rows


class ReviewPage(Page):
    step = "review"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(6)
        self.column.addLayout(self.grid)
        self.column.addStretch(1)
        self.rows: list[tuple[QLabel, QLabel]] = []

    def set_rows(self, rows: Sequence[tuple[str, str]]) -> None:
        while len(self.rows) < len(rows):
            caption, value = named_label("ReviewCaption"), named_label("ReviewValue")
            caption.setWordWrap(True)
            value.setWordWrap(True)
            self.grid.addWidget(caption, len(self.rows), 0)
            self.grid.addWidget(value, len(self.rows), 1)
            self.rows.append((caption, value))
        # Captions get a third of the width: on a wide screen they stay on one line.
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 2)
        for (caption, value), (text, shown) in zip(self.rows, rows, strict=False):
            caption.setText(text)
            value.setText(shown)

    def clear(self) -> None:
        for caption, value in self.rows:
            caption.clear()
            value.clear()

    def retranslate(self, lang: str) -> None:
        self.title.setText(tr("review.title", lang))
