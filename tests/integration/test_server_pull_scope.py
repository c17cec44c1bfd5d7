"""A pull pages through exactly the changes the device's site may see, in order, whatever
lies in between; and the documented authority table is the one the server enforces."""

from __future__ import annotations

import itertools
from pathlib import Path

import requests

from kiosk.services.kiosk import KioskServices
from kiosk.sync.protocol import decode_cursor
from server import authority
from server.changes import add_change, pull_page
from server.db import Database
from tests.servers import ServerProcess
from tests.synchelpers import enrol

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-protocol.md"


def test_pull_pages_only_the_sites_changes_in_order(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    try:
        scopes = list(itertools.islice(itertools.cycle([None, "A", "B", "B", "B"]), 103))
        with db.transaction() as session:
            for n, site in enumerate(scopes):
                add_change(session, "staff_account", f"r{n}", {"n": n}, site=site)
        expected = [f"r{n}" for n, site in enumerate(scopes) if site in (None, "A")]
        seen: list[str] = []
        cursor = ""
        with db.transaction() as session:
            while True:
                page = pull_page(session, decode_cursor(cursor), 7, "A")
                assert len(page.changes) <= 7
                seen.extend(change.id for change in page.changes)
                cursor = page.cursor
                if not page.more:
                    break
            assert pull_page(session, decode_cursor(cursor), 7, "A").changes == []
        assert seen == expected
    finally:
        db.close()


def test_the_documented_authority_table_is_the_enforced_one() -> None:
    assert authority.markdown_table() in DOC.read_text(encoding="utf-8")


def test_every_pushed_change_kind_has_a_scope() -> None:
    for rule in authority.RULES:
        if rule.pulled_as:
            assert authority.pull_site(rule.pulled_as, "A") in (None, "A")
    assert authority.pull_site("staff_account", None) == authority.NOBODY
    assert authority.pull_site("key_revocation", "A") is None


def test_kiosks_of_the_first_release_never_get_a_kind_they_cannot_read(
    kiosk: KioskServices, own_server: ServerProcess
) -> None:
    """A first-release kiosk failed its whole pull page on an unknown kind; the server sends
    newer kinds only to kiosks that say they set such changes aside."""
    enrol(kiosk, own_server)
    db = own_server.database()
    try:
        with db.transaction() as session:
            add_change(session, "card_binding", "AAAABBBBCCCCDDDD", {"card_id": "AAAABBBBCCCCDDDD"})
            add_change(session, "card_revocation", "EEEEFFFFGGGGHHHH", {"card_id": "x"})
    finally:
        db.close()
    token = kiosk.sync.token_path.read_text().strip()

    def kinds(headers: dict[str, str]) -> list[str]:
        answer = requests.get(
            own_server.url + "/api/v1/pull",
            params={"limit": 2000},
            headers={"Authorization": f"Bearer {token}", **headers},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        return [change["kind"] for change in answer.json()["changes"]]

    old = kinds({})
    assert "card_binding" not in old and "card_revocation" in old
    assert "card_binding" in kinds({"X-Kios3in1-Pull": "any-kind"})
