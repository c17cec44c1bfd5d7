"""The GUI start reads its options as the command-line parser does, or leaves it the job."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.cli import build_parser
from kiosk.options import gui_options

TOKENS = st.lists(
    st.sampled_from(
        [
            "--windowed",
            "--self-test",
            "--demo",
            "--no-demo",
            "--data-dir",
            "--lang",
            "--lang=en",
            "--lang=id",
            "--lang=fr",
            "--data-dir=/tmp/k",
            "--data-dir=",
            "--win",
            "--data",
            "--windowed=1",
            "-h",
            "--help",
            "--version",
            "--",
            "-",
            "en",
            "id",
            "/srv/kiosk data",
            "status",
            "-x",
        ]
    ),
    max_size=6,
)


@pytest.mark.parametrize(
    "tokens",
    [
        [],
        ["--windowed"],
        ["--data-dir", "/srv/kiosk", "--windowed", "--no-demo"],
        ["--demo", "--windowed"],
        ["--lang", "en", "--self-test"],
        ["--lang=en", "--data-dir=/srv/k=1", "--windowed", "--windowed"],
        ["--data-dir", "a", "--data-dir", "b"],
        ["--win"],  # an abbreviation, as argparse takes it
    ],
)
def test_gui_starts_are_read_without_the_parser(tokens: list[str]) -> None:
    args = gui_options(tokens)
    assert args is not None
    assert args == build_parser().parse_args(tokens)


@pytest.mark.parametrize(
    "tokens",
    [
        ["status"],
        ["--help"],
        ["--version"],
        ["--windowed", "status"],
        ["--lang", "fr"],
        ["--data-dir"],
        ["--data-dir", "--windowed"],
        ["--windowed=yes"],
    ],
)
def test_everything_else_goes_to_the_parser(tokens: list[str]) -> None:
    assert gui_options(tokens) is None


@given(TOKENS)
def test_agrees_with_the_parser(tokens: list[str]) -> None:
    args = gui_options(tokens)
    if args is not None:
        assert args == build_parser().parse_args(tokens)
