"""Home screen: four large tiles for applicants and a slim one for staff, each a pictogram, a
word and one short sentence, for people who read little. The pictograms are Lucide icons (ISC
licence, kiosk/resources/icons/lucide)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui import texts_jobs  # noqa: F401 - the jobs tile's texts (issue 14)
from kiosk.ui.texts import HOME_TILES
from kiosk.ui.translate import tr
from kiosk.ui.widgets import named_label

TILES = ("register", "trainings", "jobs", "card", "staff")  # jobs: placement (issue 14)
PICTOGRAMS = {
    "register": "user-plus",
    "trainings": "graduation-cap",
    "jobs": "briefcase-business",
    "card": "id-card",
    "staff": "user-cog",
}
PICTOGRAM_PX = 96


class Tile(QPushButton):
    """A large button with a title and a one-line explanation."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Tile")
        self.name = name
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(280, 150)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 20, 24, 20)
        row.setSpacing(24)
        # Drawn after the first frame (set_pictograms): loading SVGs costs start-up time.
        self.pictogram = named_label("TilePictogram")
        self.pictogram.setFixedSize(PICTOGRAM_PX, PICTOGRAM_PX)
        row.addWidget(self.pictogram)
        layout = QVBoxLayout()
        layout.setSpacing(6)
        self.title = named_label("TileTitle")
        self.hint = named_label("TileHint")
        self.hint.setWordWrap(True)
        # Plain labels ignore mouse presses, so a touch anywhere on the tile reaches the button.
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        row.addLayout(layout, 1)

    def retranslate(self, lang: str) -> None:
        title, hint = HOME_TILES[self.name]
        self.title.setText(tr(title, lang))
        self.hint.setText(tr(hint, lang))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(self.hint.text())


class HomeScreen(QWidget):
    tile_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(20)
        self.welcome = named_label("Welcome")
        self.welcome.setWordWrap(True)
        layout.addWidget(self.welcome)
        self.notice = named_label("Notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        grid = QGridLayout()
        grid.setSpacing(24)
        self.tiles: dict[str, Tile] = {}
        for index, name in enumerate(TILES):
            tile = Tile(name, self)
            tile.clicked.connect(lambda _=False, n=name: self.tile_chosen.emit(n))
            if name == "staff":
                # Applicants' four tiles share the space; the staff tile, which they do not
                # need, is one slim row across the bottom instead of an orphan in the grid.
                grid.addWidget(tile, index // 2, 0, 1, 2)
            else:
                grid.addWidget(tile, index // 2, index % 2)
                grid.setRowStretch(index // 2, 1)
            self.tiles[name] = tile
        layout.addLayout(grid, 1)
        previous: QWidget | None = None
        for name in TILES:
            if previous is not None:
                QWidget.setTabOrder(previous, self.tiles[name])
            previous = self.tiles[name]

    def set_pictograms(self) -> None:
        """Draw the tiles' pictograms (after the first frame, see MainWindow.build_screens)."""
        from kiosk.ui.theme import pictogram

        for name, tile in self.tiles.items():
            tile.pictogram.setPixmap(pictogram(PICTOGRAMS[name], PICTOGRAM_PX))

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def retranslate(self, lang: str) -> None:
        self.welcome.setText(tr("home.welcome", lang))
        for tile in self.tiles.values():
            tile.retranslate(lang)
        self.notice.hide()

    def reset(self) -> None:
        self.notice.hide()
