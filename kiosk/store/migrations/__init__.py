"""Alembic migrations of the kiosk store; HEAD must name the newest revision (a test checks it)."""

HEAD = "0011"


def script_location() -> str:
    # A plain folder path works from source and from the PyInstaller bundle, where the
    # migration scripts are shipped as data files beside this module.
    from pathlib import Path

    return str(Path(__file__).resolve().parent)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(script_location())
    return {rev.revision for rev in script.walk_revisions()}
