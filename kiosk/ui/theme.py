"""The kiosk's visual theme: named colour tokens, one stylesheet built from them, large touch
targets, high contrast.

Every colour the kiosk shows or prints is named once here. Widgets get their looks from the one
application stylesheet through object names and dynamic properties (``setProperty("tone",
"green")`` + ``[tone="green"]``), never from inline ``setStyleSheet`` strings; painters (card,
certificate) take their colours from :data:`PRINT`. tests/unit/test_theme_tokens.py keeps it so.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template
from typing import TYPE_CHECKING, Final

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QPixmap

# -- colour tokens (screen) ---------------------------------------------------------------
WHITE: Final = "#ffffff"
INK: Final = "#1b2430"  # body text
MUTED: Final = "#5a6878"  # secondary text: captions, meta lines
FAINT: Final = "#8a96a3"  # disabled text
ON_DARK: Final = WHITE  # text on PRIMARY, OK, DANGER
ON_PRIMARY_SOFT: Final = "#dbe7f5"  # secondary text on PRIMARY (tagline)
SURFACE: Final = "#f4f6f9"  # page background
RAISED: Final = WHITE  # cards, inputs, buttons, lists on a page
SUNKEN: Final = "#e6ebf1"  # status strip, neutral verdict, list dividers
DOCK: Final = "#dfe5ec"  # the on-screen keyboard's tray
LINE: Final = "#c9d3df"  # borders of inputs and buttons
LINE_SOFT: Final = "#d5dde7"  # borders of cards and tiles
PRIMARY: Final = "#0b5cab"  # the brand blue: top bar, primary buttons, selections
PRIMARY_SOFT: Final = "#e3ecf7"  # a pressed button
PRIMARY_LINE: Final = "#7fa6d4"  # outlines on PRIMARY
PRIMARY_DISABLED: Final = "#9db7d6"
OK: Final = "#1e8e3e"  # green: eligible, present, valid
OK_SOFT: Final = "#e7f4ea"
OK_INK: Final = "#1e6b34"  # green text on OK_SOFT
OK_ON_DARK: Final = "#7ee2a0"  # green that reads on PRIMARY (the online dot)
WARN: Final = "#f2a900"  # amber: notices, "cannot tell", a scan on a day without class
WARN_SOFT: Final = "#fff4d6"
WARN_INK: Final = "#b06000"  # amber that reads as text on a light background
DANGER: Final = "#b3261e"  # red: errors, refused, invalid
DANGER_SOFT: Final = "#fdf0ef"
SCRIM: Final = "rgba(27, 36, 48, 150)"  # INK, see-through: behind the idle question

# -- sizes --------------------------------------------------------------------------------
TOUCH_PX: Final = 48  # the smallest height a finger hits reliably
RADIUS_S: Final = 8
RADIUS_M: Final = 10
RADIUS_L: Final = 12
RADIUS_XL: Final = 18
BASE_POINT_SIZE: Final = 13


@dataclass(frozen=True)
class PrintPalette:
    """The colours painted on cards and certificates (paper and PDF), from the screen tokens
    except where paper needs its own: pure black for the QR code and cut marks."""

    paper: str = WHITE
    black: str = "#000000"  # QR modules and cut marks: the most contrast a scanner can get
    brand: str = PRIMARY  # the band at the top, the certificate's title and frame
    on_brand: str = ON_DARK
    on_brand_soft: str = ON_PRIMARY_SOFT
    ink: str = INK
    muted: str = MUTED
    edge: str = LINE


PRINT: Final = PrintPalette()


def tokens() -> dict[str, str]:
    """Every token by name, as the stylesheet template sees it (``$PRIMARY``, ``$RADIUS_M``)."""
    found: dict[str, str] = {}
    for name, value in globals().items():
        if isinstance(value, str) and value.startswith(("#", "rgba(")) and name.isupper():
            found[name] = value
        elif isinstance(value, int) and (name.startswith("RADIUS_") or name.endswith("_PX")):
            found[name] = f"{value}px"
    return found


# #Central is the main window's central widget. While the style has an animation duration,
# QMainWindow moves it through a QPropertyAnimation (meant for dock widgets; the kiosk has none)
# each time it lays out the window, the first time before the first frame: an animation and an
# animation timer for nothing, which any application-wide Python event filter then makes PySide
# build Python types for.
_SHEET = Template(
    """
QWidget { color: $INK; }
QMainWindow, #HomeScreen, #TrainingsScreen { background: $SURFACE; }
#Central { widget-animation-duration: 0; }
#TopBar { background: $PRIMARY; }
#TopBar QLabel { color: $ON_DARK; }
#AppTitle { font-size: 22pt; font-weight: 700; }
#Tagline { font-size: 12pt; color: $ON_PRIMARY_SOFT; }
#Welcome { font-size: 20pt; font-weight: 600; }
QPushButton {
    min-height: $TOUCH_PX; padding: 8px 18px; border-radius: $RADIUS_M;
    background: $RAISED; border: 2px solid $LINE; font-size: 14pt;
}
QPushButton:pressed { background: $PRIMARY_SOFT; }
QPushButton:focus { border-color: $PRIMARY; }
QPushButton:checked { background: $PRIMARY; color: $ON_DARK; border-color: $PRIMARY; }
QPushButton#LangButton {
    min-width: 64px; background: transparent; color: $ON_DARK; border: 2px solid $PRIMARY_LINE;
    padding: 2px 14px;
}
QPushButton#LangButton:checked { background: $RAISED; color: $PRIMARY; border-color: $ON_DARK; }
QPushButton#Tile {
    background: $RAISED; border: 2px solid $LINE_SOFT; border-radius: $RADIUS_XL; text-align: left;
    padding: 18px 24px;
}
QPushButton#Tile:pressed { background: $PRIMARY_SOFT; border-color: $PRIMARY; }
QPushButton#Tile:focus { border: 3px solid $PRIMARY; }
#TileTitle { font-size: 28pt; font-weight: 700; color: $PRIMARY; }
#TileHint { font-size: 16pt; color: $INK; }
#Notice {
    background: $WARN_SOFT; border: 2px solid $WARN; border-radius: $RADIUS_M; padding: 10px 16px;
    font-size: 13pt;
}
#StatusStrip { background: $SUNKEN; border-top: 1px solid $LINE; }
#StatusStrip QLabel { font-size: 11pt; color: $MUTED; }
#StatusDot[online="true"] { color: $OK; }
#StatusDot[online="false"] { color: $WARN_INK; }
#OnlineDot { font-size: 18pt; }
#OnlineDot[online="true"] { color: $OK_ON_DARK; }
#OnlineDot[online="false"] { color: $WARN; }
#TopBar QLabel#OnlineText { font-size: 13pt; color: $ON_DARK; }
#ScreenTitle { font-size: 20pt; font-weight: 700; }
#SessionCard { background: $RAISED; border: 1px solid $LINE_SOFT; border-radius: $RADIUS_L; }
#SessionTitle { font-size: 15pt; font-weight: 700; }
#SessionMeta { font-size: 12pt; color: $MUTED; }
#Seats { font-size: 12pt; font-weight: 600; color: $OK; }
#Seats[full="true"] { color: $DANGER; }
/* QScrollArea makes the page it holds paint its own (platform grey) background: the page. */
#RegistrationScreen, #CardScreen, #PinPanel, #WizardPage, #PageScroll,
#PageScroll > #qt_scrollarea_viewport > QWidget { background: $SURFACE; }
#Progress { font-size: 12pt; color: $MUTED; font-weight: 600; }
#StepTitle { font-size: 20pt; font-weight: 700; }
#FieldCaption { font-size: 12pt; font-weight: 600; }
#FieldError { font-size: 12pt; color: $DANGER; }
QLineEdit {
    min-height: 44px; padding: 4px 12px; font-size: 15pt; border: 2px solid $LINE;
    border-radius: $RADIUS_S; background: $RAISED;
}
QLineEdit:focus { border-color: $PRIMARY; }
QLineEdit[invalid="true"] { border-color: $DANGER; background: $DANGER_SOFT; }
QCheckBox#BigCheck { font-size: 14pt; min-height: $TOUCH_PX; spacing: 14px; }
QCheckBox#BigCheck::indicator { width: 32px; height: 32px; }
QPushButton#Choice { font-size: 13pt; min-height: $TOUCH_PX; padding: 2px 10px; }
QPushButton#Choice:checked { background: $PRIMARY; color: $ON_DARK; border-color: $PRIMARY; }
/* Among choices a blue outline reads as a second answer: the filled one is the answer. */
QPushButton#Choice:focus:!checked { border-color: $LINE; }
QPushButton#Primary {
    background: $PRIMARY; color: $ON_DARK; border-color: $PRIMARY; font-weight: 700;
    min-width: 180px;
}
QPushButton#Primary:disabled { background: $PRIMARY_DISABLED; border-color: $PRIMARY_DISABLED; }
QPushButton#Danger { background: $DANGER; color: $ON_DARK; border-color: $DANGER; }
QPushButton#KeypadKey { font-size: 18pt; font-weight: 600; padding: 8px 4px; }
QPushButton#KeypadClear { font-size: 14pt; font-weight: 600; padding: 8px 10px; }
#KeypadTray { background: $SURFACE; border: 2px solid $LINE; border-radius: $RADIUS_L; }
QListWidget#TouchList {
    font-size: 13pt; background: $RAISED; border: 2px solid $LINE; border-radius: $RADIUS_S;
}
QListWidget#TouchList::item { min-height: $TOUCH_PX; padding: 6px 10px; border-bottom: 1px solid $SUNKEN; }
QListWidget#TouchList::item:selected { background: $PRIMARY; color: $ON_DARK; }
QListWidget#TouchList::item:disabled { color: $FAINT; }
/* A finger scrolls the content itself; the bar only shows where one is, without the desktop
   arrows. */
QScrollBar:vertical {
    width: 14px; background: $SUNKEN; border: none; border-radius: 7px; margin: 2px;
}
QScrollBar::handle:vertical { background: $FAINT; border-radius: 5px; min-height: $TOUCH_PX; margin: 2px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; border: none; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
#ConsentText { font-size: 13pt; background: $RAISED; padding: 16px; }
#Warnings {
    background: $WARN_SOFT; border: 2px solid $WARN; border-radius: $RADIUS_M; padding: 10px 16px;
    font-size: 13pt;
}
#Verdict { font-size: 20pt; font-weight: 700; color: $DANGER; }
#Verdict[eligible="true"] { color: $OK; }
#Reasons, #StepNote, #IdleBody { font-size: 14pt; }
#ReviewCaption { font-size: 12pt; color: $MUTED; }
#ReviewValue { font-size: 14pt; font-weight: 600; }
#AdminMenu, #AdminPage, #MyCardScreen { background: $SURFACE; }
QPushButton#AdminEntry {
    min-height: 72px; font-size: 15pt; font-weight: 600; text-align: left; padding: 8px 24px;
}
QPushButton#Stepper { min-width: 64px; min-height: 56px; font-size: 22pt; font-weight: 700; }
#SettingValue { font-size: 16pt; font-weight: 700; }
#AdminMeta { font-size: 12pt; color: $MUTED; }
#Outcome {
    font-size: 13pt; background: $OK_SOFT; border: 2px solid $OK; border-radius: $RADIUS_M;
    padding: 8px 14px;
}
#Outcome[error="true"] { background: $DANGER_SOFT; border-color: $DANGER; }
QPushButton#KeyboardKey, QPushButton#SpaceBar {
    font-size: 16pt; font-weight: 600; min-height: 44px; padding: 0px 4px; border-radius: $RADIUS_S;
}
QPushButton#KeyboardKey[on="true"] { background: $PRIMARY; color: $ON_DARK; border-color: $PRIMARY; }
QPushButton#SpaceBar { font-size: 13pt; font-weight: 400; color: $MUTED; }
#KeyboardDock { background: $DOCK; border-top: 2px solid $LINE; }
QPushButton#StaffName { font-size: 17pt; font-weight: 600; text-align: center; }
#CardVerdict {
    font-size: 20pt; font-weight: 700; color: $DANGER; background: $DANGER_SOFT;
    border: 2px solid $DANGER; border-radius: $RADIUS_L; padding: 12px 18px;
}
#CardVerdict[valid="true"] { color: $OK_INK; background: $OK_SOFT; border-color: $OK; }
#Receipt {
    font-size: 16pt; background: $RAISED; border: 2px dashed $FAINT; border-radius: $RADIUS_S;
    padding: 20px 32px;
}
#IdleOverlay { background: $SCRIM; }
#IdleCard { background: $RAISED; border: 3px solid $WARN; border-radius: $RADIUS_XL; }
#IdleSeconds { font-size: 48pt; font-weight: 700; color: $PRIMARY; }
#StaffLoginScreen, #StaffHomeScreen, #ScanScreen, #RosterScreen, #OpenTrainingScreen,
#EnrolScreen, #AccountsScreen, #PersonScreen, #VerifyCertificateScreen,
#CompletionReviewScreen, #AssessmentDeskScreen, #AssessmentCheckInScreen,
#AssessmentSheetScreen, #CompetencyCertificatesScreen, #FollowupScreen,
#FollowupStaffScreen { background: $SURFACE; }
#VerdictName { font-size: 30pt; font-weight: 700; }
#VerdictReason { font-size: 17pt; }
#VerdictBanner, #CertificateVerdict { background: $SUNKEN; }
#VerdictBanner[tone="green"], #CertificateVerdict[tone="green"] { background: $OK; }
#VerdictBanner[tone="blue"] { background: $PRIMARY; }
#VerdictBanner[tone="amber"], #CertificateVerdict[tone="amber"] { background: $WARN; }
#VerdictBanner[tone="red"], #CertificateVerdict[tone="red"] { background: $DANGER; }
#VerdictBanner QLabel, #CertificateVerdict QLabel { color: $INK; }
#VerdictBanner[tone="green"] QLabel, #VerdictBanner[tone="blue"] QLabel,
#VerdictBanner[tone="red"] QLabel, #CertificateVerdict[tone="green"] QLabel,
#CertificateVerdict[tone="red"] QLabel { color: $ON_DARK; }
#AdmitButton { font-size: 16pt; font-weight: 700; }
#FieldLabel { font-size: 13pt; font-weight: 600; }
#RosterCounts { font-size: 15pt; font-weight: 600; }
#PadKey { font-size: 20pt; }
#PersonNik { font-size: 20pt; font-weight: 600; }
#StepNote[size="small"] { font-size: 12pt; }
QPushButton#PrimaryButton { background: $PRIMARY; color: $ON_DARK; border-color: $PRIMARY; }
QPushButton#PrimaryButton:disabled { background: $PRIMARY_DISABLED; border-color: $PRIMARY_DISABLED; }
QPushButton:disabled, QPushButton#Danger:disabled { color: $FAINT; }
QListWidget { font-size: 14pt; background: $RAISED; border: 1px solid $LINE_SOFT; }
QListWidget::item { padding: 10px; min-height: $TOUCH_PX; }
/* Every list and table marks the chosen row in the brand blue, as the touch lists do (not in
   the platform's own highlight). */
QListWidget::item:selected { background: $PRIMARY; color: $ON_DARK; }
QTableWidget {
    font-size: 13pt; background: $RAISED; gridline-color: $SUNKEN;
    selection-background-color: $PRIMARY; selection-color: $ON_DARK;
}
QHeaderView::section {
    background: $SUNKEN; color: $MUTED; border: none; border-right: 1px solid $LINE_SOFT;
    padding: 4px 8px; font-size: 12pt; font-weight: 600;
}
"""
)
STYLESHEET: Final = _SHEET.substitute(tokens())


def app_icon() -> QIcon:
    from importlib import resources  # found the same way from source and from the bundle

    from PySide6.QtGui import QIcon  # the icon is set after the first frame (set_icon)

    path = resources.files("kiosk") / "resources" / "icons" / "kios3in1.svg"
    with resources.as_file(path) as file:
        return QIcon(str(file))


def pictogram(name: str, size: int, colour: str = PRIMARY) -> QPixmap:
    """A vendored Lucide icon (kiosk/resources/icons/lucide) drawn crisp at ``size`` px in
    ``colour``; never loaded from the network."""
    from importlib import resources

    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtGui import QImageReader, QPixmap

    source = resources.files("kiosk") / "resources" / "icons" / "lucide" / f"{name}.svg"
    svg = source.read_text(encoding="utf-8").replace("currentColor", colour)
    # Lines of 2 px in a 24 px box look thin at 96 px: a heavier stroke reads from a distance.
    svg = svg.replace('stroke-width="2"', 'stroke-width="1.75"')
    data = QByteArray(svg.encode())
    buffer = QBuffer(data)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(QSize(size, size))
    return QPixmap.fromImage(reader.read())


def apply_theme(app: QApplication, *, icon: bool = True) -> None:
    """Font and stylesheet; the icon may be set later (set_icon) to keep start-up short."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    if icon:
        set_icon(app)


def set_icon(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
