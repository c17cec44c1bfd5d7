"""The kiosk's visual theme: large touch targets, high contrast, one stylesheet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QPixmap

PRIMARY = "#0b5cab"
ACCENT = "#f2a900"
INK = "#1b2430"
MUTED = "#5a6878"
SURFACE = "#f4f6f9"

# #Central is the main window's central widget. While the style has an animation duration,
# QMainWindow moves it through a QPropertyAnimation (meant for dock widgets; the kiosk has none)
# each time it lays out the window, the first time before the first frame: an animation and an
# animation timer for nothing, which any application-wide Python event filter then makes PySide
# build Python types for.
STYLESHEET = f"""
QWidget {{ color: {INK}; }}
QMainWindow, #HomeScreen, #TrainingsScreen {{ background: {SURFACE}; }}
#Central {{ widget-animation-duration: 0; }}
#TopBar {{ background: {PRIMARY}; }}
#TopBar QLabel {{ color: white; }}
#AppTitle {{ font-size: 22pt; font-weight: 700; }}
#Tagline {{ font-size: 12pt; color: #dbe7f5; }}
#Welcome {{ font-size: 20pt; font-weight: 600; }}
QPushButton {{
    min-height: 48px; padding: 8px 18px; border-radius: 10px;
    background: white; border: 2px solid #c9d3df; font-size: 14pt;
}}
QPushButton:pressed {{ background: #e3ecf7; }}
QPushButton:focus {{ border-color: {PRIMARY}; }}
QPushButton#LangButton {{
    min-width: 64px; background: transparent; color: white; border: 2px solid #7fa6d4;
    padding: 2px 14px;
}}
QPushButton#LangButton:checked {{ background: white; color: {PRIMARY}; border-color: white; }}
QPushButton#Tile {{
    background: white; border: 2px solid #d5dde7; border-radius: 18px; text-align: left;
    padding: 18px 24px;
}}
QPushButton#Tile:pressed {{ background: #e3ecf7; border-color: {PRIMARY}; }}
QPushButton#Tile:focus {{ border: 3px solid {PRIMARY}; }}
#TileTitle {{ font-size: 28pt; font-weight: 700; color: {PRIMARY}; }}
#TileHint {{ font-size: 16pt; color: {INK}; }}
#Notice {{
    background: #fff4d6; border: 2px solid {ACCENT}; border-radius: 10px; padding: 10px 16px;
    font-size: 13pt;
}}
#StatusStrip {{ background: #e6ebf1; border-top: 1px solid #c9d3df; }}
#StatusStrip QLabel {{ font-size: 11pt; color: {MUTED}; }}
#StatusDot[online="true"] {{ color: #1e8e3e; }}
#StatusDot[online="false"] {{ color: #b06000; }}
#OnlineDot {{ font-size: 18pt; }}
#OnlineDot[online="true"] {{ color: #7ee2a0; }}
#OnlineDot[online="false"] {{ color: {ACCENT}; }}
#TopBar QLabel#OnlineText {{ font-size: 13pt; color: white; }}
#ScreenTitle {{ font-size: 20pt; font-weight: 700; }}
#SessionCard {{ background: white; border: 1px solid #d5dde7; border-radius: 12px; }}
#SessionTitle {{ font-size: 15pt; font-weight: 700; }}
#SessionMeta {{ font-size: 12pt; color: {MUTED}; }}
#Seats {{ font-size: 12pt; font-weight: 600; color: #1e8e3e; }}
#Seats[full="true"] {{ color: #b3261e; }}
#RegistrationScreen, #CardScreen, #PinPanel, #WizardPage, #PageScroll {{ background: {SURFACE}; }}
#Progress {{ font-size: 12pt; color: {MUTED}; font-weight: 600; }}
#StepTitle {{ font-size: 20pt; font-weight: 700; }}
#FieldCaption {{ font-size: 12pt; font-weight: 600; }}
#FieldError {{ font-size: 12pt; color: #b3261e; }}
QLineEdit {{
    min-height: 44px; padding: 4px 12px; font-size: 15pt; border: 2px solid #c9d3df;
    border-radius: 8px; background: white;
}}
QLineEdit:focus {{ border-color: {PRIMARY}; }}
QLineEdit[invalid="true"] {{ border-color: #b3261e; background: #fdf0ef; }}
QCheckBox#BigCheck {{ font-size: 14pt; min-height: 48px; spacing: 14px; }}
QCheckBox#BigCheck::indicator {{ width: 32px; height: 32px; }}
QPushButton#Choice {{ font-size: 13pt; min-height: 48px; padding: 2px 10px; }}
QPushButton#Choice:checked {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QPushButton#Primary {{
    background: {PRIMARY}; color: white; border-color: {PRIMARY}; font-weight: 700;
    min-width: 180px;
}}
QPushButton#Primary:disabled {{ background: #9db7d6; border-color: #9db7d6; }}
QPushButton#Danger {{ background: #b3261e; color: white; border-color: #b3261e; }}
QPushButton#KeypadKey {{ font-size: 18pt; font-weight: 600; padding: 8px 4px; }}
QPushButton#KeypadClear {{ font-size: 14pt; font-weight: 600; padding: 8px 10px; }}
#KeypadTray {{ background: {SURFACE}; border: 2px solid #c9d3df; border-radius: 12px; }}
QListWidget#TouchList {{
    font-size: 13pt; background: white; border: 2px solid #c9d3df; border-radius: 8px;
}}
QListWidget#TouchList::item {{ min-height: 48px; padding: 6px 10px; border-bottom: 1px solid #e6ebf1; }}
QListWidget#TouchList::item:selected {{ background: {PRIMARY}; color: white; }}
QListWidget#TouchList::item:disabled {{ color: #8a96a3; }}
QScrollBar:vertical {{ width: 22px; }}
#ConsentText {{ font-size: 13pt; background: white; padding: 16px; }}
#Warnings {{
    background: #fff4d6; border: 2px solid {ACCENT}; border-radius: 10px; padding: 10px 16px;
    font-size: 13pt;
}}
#Verdict {{ font-size: 20pt; font-weight: 700; color: #b3261e; }}
#Verdict[eligible="true"] {{ color: #1e8e3e; }}
#Reasons, #StepNote, #IdleBody {{ font-size: 14pt; }}
#ReviewCaption {{ font-size: 12pt; color: {MUTED}; }}
#ReviewValue {{ font-size: 14pt; font-weight: 600; }}
#AdminMenu, #AdminPage, #MyCardScreen {{ background: {SURFACE}; }}
QPushButton#AdminEntry {{
    min-height: 72px; font-size: 15pt; font-weight: 600; text-align: left; padding: 8px 24px;
}}
QPushButton#Stepper {{ min-width: 64px; min-height: 56px; font-size: 22pt; font-weight: 700; }}
#SettingValue {{ font-size: 16pt; font-weight: 700; }}
#AdminMeta {{ font-size: 12pt; color: {MUTED}; }}
#Outcome {{
    font-size: 13pt; background: #e7f4ea; border: 2px solid #1e8e3e; border-radius: 10px;
    padding: 8px 14px;
}}
#Outcome[error="true"] {{ background: #fdf0ef; border-color: #b3261e; }}
QPushButton#KeyboardKey, QPushButton#SpaceBar {{
    font-size: 16pt; font-weight: 600; min-height: 44px; padding: 0px 4px; border-radius: 8px;
}}
QPushButton#KeyboardKey[on="true"] {{ background: {PRIMARY}; color: white; border-color: {PRIMARY}; }}
QPushButton#SpaceBar {{ font-size: 13pt; font-weight: 400; color: {MUTED}; }}
#KeyboardDock {{ background: #dfe5ec; border-top: 2px solid #c9d3df; }}
QPushButton#StaffName {{ font-size: 17pt; font-weight: 600; text-align: center; }}
#CardVerdict {{
    font-size: 20pt; font-weight: 700; color: #b3261e; background: #fdf0ef;
    border: 2px solid #b3261e; border-radius: 12px; padding: 12px 18px;
}}
#CardVerdict[valid="true"] {{ color: #1e6b34; background: #e7f4ea; border-color: #1e8e3e; }}
#Receipt {{
    font-size: 16pt; background: white; border: 2px dashed #9aa7b5; border-radius: 8px;
    padding: 20px 32px;
}}
#IdleOverlay {{ background: rgba(27, 36, 48, 150); }}
#IdleCard {{ background: white; border: 3px solid {ACCENT}; border-radius: 18px; }}
#IdleSeconds {{ font-size: 48pt; font-weight: 700; color: {PRIMARY}; }}
"""


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
    font.setPointSize(13)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
    if icon:
        set_icon(app)


def set_icon(app: QApplication) -> None:
    app.setWindowIcon(app_icon())
