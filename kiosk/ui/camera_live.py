"""Live capture from the default camera with a preview widget (QtMultimedia, ``camera`` extra).

Used only after :func:`kiosk.ui.camera.camera_available` said yes: QtMultimedia comes with
the PySide6-Addons wheel, which the default kiosk bundle leaves out, so it is imported when a
camera is created, and this module can be imported (translations, tools) without it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QVideoFrame

log = logging.getLogger(__name__)


class LiveCamera(QObject):
    """The default video input shown in :attr:`preview`; every frame is also emitted as-is.

    Frames leave as ``QVideoFrame``: their conversion to pixels happens on the decoder's
    worker thread, never here on the GUI thread.
    """

    frame = Signal(object)  # QVideoFrame
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self.camera.errorOccurred.connect(self._error)
        self.session = QMediaCaptureSession(self)
        self.session.setCamera(self.camera)
        self.preview = QVideoWidget()
        self.session.setVideoOutput(self.preview)
        # The preview's own sink sees each frame it paints: one stream for both uses.
        self.preview.videoSink().videoFrameChanged.connect(self._frame)

    def _frame(self, frame: QVideoFrame) -> None:
        if frame.isValid():
            self.frame.emit(frame)

    def _error(self, _error: QCamera.Error, text: str) -> None:
        log.warning("camera error: %s", text)
        self.failed.emit(text)

    def start(self) -> None:
        self.camera.start()

    def stop(self) -> None:
        self.camera.stop()
