"""The follow-up survey's choices as the screen shows them: pictogram tiles for what a trainee
does now, and the catalogue codes of sectors and pay bands (written out so grep finds each)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.domain.followup import Sector, Status, WageBand
from kiosk.ui.theme import pictogram
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label

PICTOGRAM_PX = 72
# Status -> (pictogram, title code, hint code); codes written out so grep finds them.
STATUSES = {
    Status.WORKING: ("briefcase", "followup.working", "followup.working.hint"),
    Status.SELF_EMPLOYED: ("store", "followup.self_employed", "followup.self_employed.hint"),
    Status.STUDYING: ("book-open", "followup.studying", "followup.studying.hint"),
    Status.LOOKING: ("search", "followup.looking", "followup.looking.hint"),
}
SECTORS = {
    Sector.AGRICULTURE: "followup.sector.agriculture",
    Sector.MANUFACTURING: "followup.sector.manufacturing",
    Sector.CONSTRUCTION: "followup.sector.construction",
    Sector.TRADE: "followup.sector.trade",
    Sector.HOSPITALITY: "followup.sector.hospitality",
    Sector.TRANSPORT: "followup.sector.transport",
    Sector.ICT: "followup.sector.ict",
    Sector.SERVICES: "followup.sector.services",
    Sector.PUBLIC: "followup.sector.public",
    Sector.OTHER: "followup.sector.other",
}
WAGES = {
    WageBand.UNDER_1M: "followup.wage.lt_1m",
    WageBand.FROM_1M: "followup.wage.1m_2m",
    WageBand.FROM_2M: "followup.wage.2m_3m",
    WageBand.FROM_3M: "followup.wage.3m_5m",
    WageBand.FROM_5M: "followup.wage.5m_plus",
}


class StatusTile(QPushButton):
    """A large pictogram button with a title and a one-line hint (the home screen's look)."""

    def __init__(self, status: Status, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.status = status
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(260, 120)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        self.pictogram = named_label("TilePictogram")
        self.pictogram.setFixedSize(PICTOGRAM_PX, PICTOGRAM_PX)
        self.pictogram.setPixmap(pictogram(STATUSES[status][0], PICTOGRAM_PX))
        row.addWidget(self.pictogram)
        column = QVBoxLayout()
        self.title = named_label("TileTitle")
        self.title.setWordWrap(True)  # "Looking for work" on two lines in a narrow tile
        self.hint = named_label("TileHint")
        self.hint.setWordWrap(True)
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addStretch(1)
        row.addLayout(column, 1)

    def retranslate(self, lang: str) -> None:
        _icon, title, hint = STATUSES[self.status]
        self.title.setText(tr(title, lang))
        self.hint.setText(tr(hint, lang))
        self.setAccessibleName(self.title.text())
