"""Audit the installed environment for known vulnerabilities with pip-audit, for .ci/run.

Fails (exit 1) when a known vulnerability is found. When no vulnerability service answers
for the packages (this workplace reaches PyPI's package index but not its per-release JSON
feed or OSV), it says so loudly and exits 0: a network limit is not a vulnerability, and a
report that audited nothing must never read as "no known vulnerabilities".

    .venv/bin/python scripts/audit_dependencies.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# PyPI's feed first (pip-audit's default); OSV when PyPI could audit nothing.
SERVICES = ("pypi", "osv")


@dataclass
class Verdict:
    vulnerable: list[str] = field(default_factory=list)  # one line per finding
    audited: int = 0
    skipped: list[str] = field(default_factory=list)  # "name: reason"

    @property
    def reached(self) -> bool:
        return self.audited > 0 or bool(self.vulnerable)


def judge(report: dict[str, Any]) -> Verdict:
    """What pip-audit's JSON report (``-f json``) says: findings, audited and skipped."""
    verdict = Verdict()
    for dep in report.get("dependencies", []):
        name, version = dep.get("name", "?"), dep.get("version", "")
        if dep.get("skip_reason"):  # the reason names the version
            verdict.skipped.append(f"{name}: {dep['skip_reason']}")
            continue
        verdict.audited += 1
        for vuln in dep.get("vulns", []):
            fixed = ", ".join(vuln.get("fix_versions", [])) or "no fixed release"
            verdict.vulnerable.append(f"{name} {version}: {vuln.get('id', '?')} (fixed in {fixed})")
    return verdict


def run_pip_audit(service: str) -> tuple[Verdict | None, str]:
    """One pip-audit run; None when it produced no report (it could not reach the service)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        options = ["--skip-editable", "--progress-spinner", "off", "--format", "json"]
        options += ["--vulnerability-service", service, "--output", str(out)]
        done = subprocess.run(
            [sys.executable, "-m", "pip_audit", *options],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if not out.exists():
            return None, (done.stderr.strip().splitlines() or ["no output"])[-1]
        return judge(json.loads(out.read_text())), ""


def main() -> int:
    reasons: list[str] = []
    for service in SERVICES:
        verdict, error = run_pip_audit(service)
        if verdict is None:
            reasons.append(f"{service}: {error}")
            continue
        if verdict.vulnerable:
            print(f"KNOWN VULNERABILITIES ({service}):")
            for line in verdict.vulnerable:
                print(f"  {line}")
            print("Raise the lower bound in pyproject.toml (or upgrade), then run this again.")
            return 1
        if verdict.reached:
            print(f"no known vulnerabilities in {verdict.audited} packages ({service})")
            for line in verdict.skipped:
                print(f"  not audited: {line}")
            return 0
        sample = verdict.skipped[0] if verdict.skipped else "no packages listed"
        reasons.append(f"{service}: none of {len(verdict.skipped)} packages audited ({sample})")
    print("WARNING: dependency audit NOT DONE: no vulnerability service could be reached")
    for reason in reasons:
        print(f"  {reason}")
    print("  (a network limit, not a finding; run it where PyPI's JSON API or OSV answers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
