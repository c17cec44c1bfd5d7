"""The CI dependency audit's reading of pip-audit reports: findings fail, an audit that
reached no service never passes as "no known vulnerabilities"."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import audit_dependencies  # noqa: E402

# The shapes pip-audit 2.x writes with --format json.
AUDITED = {"name": "requests", "version": "2.34.2", "vulns": []}
VULNERABLE = {
    "name": "setuptools",
    "version": "65.5.0",
    "vulns": [{"id": "PYSEC-2022-43012", "fix_versions": ["65.5.1"], "aliases": []}],
}
NOT_FOUND = {
    "name": "alembic",
    "skip_reason": "Dependency not found on PyPI and could not be audited: alembic (1.20.1)",
}


def test_a_finding_is_reported_with_its_fixed_release() -> None:
    verdict = audit_dependencies.judge({"dependencies": [AUDITED, VULNERABLE], "fixes": []})
    assert verdict.vulnerable == ["setuptools 65.5.0: PYSEC-2022-43012 (fixed in 65.5.1)"]
    assert verdict.reached and verdict.audited == 2


def test_an_audit_that_skipped_everything_did_not_reach_a_service() -> None:
    verdict = audit_dependencies.judge({"dependencies": [NOT_FOUND, NOT_FOUND], "fixes": []})
    assert not verdict.reached and not verdict.vulnerable
    assert verdict.skipped == [f"alembic: {NOT_FOUND['skip_reason']}"] * 2


def test_some_skipped_packages_leave_the_rest_audited() -> None:
    verdict = audit_dependencies.judge({"dependencies": [AUDITED, NOT_FOUND], "fixes": []})
    assert verdict.reached and verdict.audited == 1 and len(verdict.skipped) == 1
