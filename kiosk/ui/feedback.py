"""Short distinct sounds for scan verdicts; silent where there is no audio, never blocking.

QtMultimedia lives in PySide6-Addons, which this kiosk may not ship: it is imported lazily
and, when missing, the system beep marks the verdicts that need attention.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.domain.attendance import Tone

log = logging.getLogger(__name__)

# (frequency Hz, duration ms) notes per verdict: rising for in, falling for out, low for red.
_TUNES: dict[Tone, list[tuple[int, int]]] = {
    Tone.GREEN: [(880, 90), (1320, 110)],
    Tone.BLUE: [(1320, 90), (880, 110)],
    Tone.AMBER: [(660, 140), (660, 140)],
    Tone.RED: [(220, 380)],
}
_BEEPS = {Tone.GREEN: 0, Tone.BLUE: 0, Tone.AMBER: 1, Tone.RED: 2}


def _write_tune(path: Path, notes: list[tuple[int, int]], rate: int = 22050) -> None:
    frames = bytearray()
    for frequency, ms in notes:
        count = rate * ms // 1000
        for i in range(count):
            fade = min(1.0, i / 200, (count - i) / 200)  # no clicks at note edges
            frames += struct.pack(
                "<h", int(12000 * fade * math.sin(2 * math.pi * frequency * i / rate))
            )
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


class VerdictSounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[Tone, Any] = {}
        self._silent = QGuiApplication.platformName() in ("offscreen", "minimal")
        if self._silent:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return
        try:
            if not QMediaDevices.audioOutputs():
                self._silent = True
                return
            self._folder = tempfile.TemporaryDirectory(prefix="kiosk-sounds-")
            for tone, notes in _TUNES.items():
                path = Path(self._folder.name) / f"{tone.value}.wav"
                _write_tune(path, notes)
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                effect.setVolume(0.8)
                self._effects[tone] = effect
        except Exception:  # sound is a nicety: a broken audio stack must not stop scanning
            log.warning("verdict sounds unavailable", exc_info=True)
            self._effects = {}

    def play(self, tone: Tone) -> None:
        if self._silent:
            return
        effect = self._effects.get(tone)
        if effect is not None:
            effect.play()
            return
        for n in range(_BEEPS[tone]):
            QTimer.singleShot(180 * n, QApplication.beep)
