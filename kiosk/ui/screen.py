"""The one interface every screen of the window's registry follows: forget, and re-word."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtWidgets import QWidget


@runtime_checkable
class Screen(Protocol):
    """A page of the kiosk window (a QWidget in the window's stack).

    A Protocol rather than a base class: QWidget's metaclass (Shiboken's) does not mix with
    ABCMeta, and a structural type lets the screens keep their own Qt base classes.

    - ``reset()`` forgets everything the last person typed or saw; the window calls it on
      every screen when it goes home (idle timeout, "home", a failure).
    - ``retranslate(lang)`` re-words the screen in ``lang`` and keeps its state: a language
      switch never loses a step.
    """

    def reset(self) -> None: ...

    def retranslate(self, lang: str) -> None: ...


def as_widget(screen: Screen) -> QWidget:
    """The screen's widget (every registered screen is one; checked where it is added)."""
    assert isinstance(screen, QWidget)
    return screen
