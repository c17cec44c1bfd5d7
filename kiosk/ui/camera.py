"""Reading cards with a camera: frames in, card payloads out, decoded off the GUI thread.

A :class:`FrameReader` takes frames (``QImage``, or ``QVideoFrame`` from QtMultimedia) on the
GUI thread and hands them one at a time to a worker thread, which converts them to 8-bit
grayscale and asks :func:`kiosk.services.qr_decode.decode_qr`. While a frame is being decoded
only the newest frame waits; older ones are dropped, so a slow machine shows a live preview
and never builds a backlog. Payloads come back as a signal on the GUI thread.

QtMultimedia (the PySide6-Addons wheel, the ``camera`` extra) and zxing-cpp are imported only
when asked for: this module itself needs QtCore and QtGui alone, and the live capture lives in
:mod:`kiosk.ui.camera_live`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.services.qr_decode import decode_qr, decoder_available

log = logging.getLogger(__name__)


def camera_available() -> bool:
    """True when QtMultimedia and zxing-cpp import and the machine has a video input."""
    try:
        import PySide6.QtMultimediaWidgets  # noqa: F401 - the live preview needs it too
        from PySide6.QtMultimedia import QMediaDevices
    except Exception:  # not installed, or its native libraries are missing (OSError)
        return False
    if not decoder_available():
        return False
    try:
        return bool(QMediaDevices.videoInputs())
    except Exception:
        log.warning("listing video inputs failed", exc_info=True)
        return False


def gray_pixels(frame: object) -> tuple[bytes, int, int, int] | None:
    """8-bit grayscale pixels, width, height and stride of a ``QImage`` or ``QVideoFrame``.

    Runs on the worker thread: a video frame's conversion to an image is the expensive part
    and must not happen on the GUI thread.
    """
    if isinstance(frame, QImage):
        image = frame
    elif hasattr(frame, "toImage"):  # QVideoFrame; QtMultimedia is not imported here
        image = frame.toImage()
    else:
        return None
    if image.isNull():
        return None
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # sizeInBytes covers every row with its padding; the copy outlives the image.
    data = bytes(gray.constBits())[: gray.sizeInBytes()]
    return data, gray.width(), gray.height(), gray.bytesPerLine()


class _DecodeWorker(QObject):
    """Lives on the worker thread; sees frames and bytes only, never a widget."""

    done = Signal(object)  # str | None

    @Slot(object)
    def decode(self, frame: object) -> None:
        text: str | None = None
        try:
            pixels = gray_pixels(frame)
            if pixels is not None:
                text = decode_qr(*pixels)
        except Exception:  # one bad frame must not stop the reader
            log.warning("camera frame could not be read", exc_info=True)
        self.done.emit(text)


class FrameReader(QObject):
    """Frames offered on the GUI thread; decoded payloads emitted on the GUI thread.

    Emits every payload it reads: the "same code within 2 s counts once" rule belongs to the
    scan screen's :class:`~kiosk.ui.scanner.ScannerInput`, which both readers go through.
    """

    decoded = Signal(str)
    _request = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _DecodeWorker | None = None
        self._busy = False
        self._pending: object | None = None
        self.offered = 0  # frames offered, decoded and dropped (tests, diagnostics)
        self.decoded_frames = 0
        self.dropped = 0

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        thread = QThread()
        thread.setObjectName("camera-decoder")
        worker = _DecodeWorker()
        worker.moveToThread(thread)
        # The worker lives on its thread: both connections are queued across threads.
        self._request.connect(worker.decode)
        worker.done.connect(self._done)
        thread.finished.connect(worker.deleteLater)
        thread.start()
        self._thread, self._worker = thread, worker

    def stop(self) -> None:
        """Stop the worker thread and wait for the frame it is decoding (a few ms)."""
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        self._pending = None
        self._busy = False
        if thread is None or worker is None:
            return
        self._request.disconnect(worker.decode)
        worker.done.disconnect(self._done)
        thread.quit()
        thread.wait()

    @Slot(object)
    def offer(self, frame: object) -> None:
        """A new frame from the camera (or any source); cheap, never blocks."""
        if self._thread is None:
            return
        self.offered += 1
        if self._busy:
            if self._pending is not None:
                self.dropped += 1
            self._pending = frame  # only the newest frame is worth decoding next
            return
        self._send(frame)

    def _send(self, frame: object) -> None:
        self._busy = True
        self._request.emit(frame)

    @Slot(object)
    def _done(self, text: object) -> None:
        self.decoded_frames += 1
        self._busy = False
        pending, self._pending = self._pending, None
        if pending is not None and self._thread is not None:
            self._send(pending)
        if isinstance(text, str) and text:
            self.decoded.emit(text)
