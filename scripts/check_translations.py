"""Check the message catalogue (kiosk.i18n), the one source of every user-visible text.

    python scripts/check_translations.py

Exits 1 and names each problem when a message lacks its Indonesian or English text, the two
texts disagree on their placeholders, a plural spec lacks its two forms (``{n:# day|# days}``),
a message code is built at run time (an f-string,
``+``, ``%`` or Jinja ``~`` making a code, so grep could not find it) or the source uses a code
the catalogue does not define. tests/unit/test_translations.py runs the same checks.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.i18n import LANGUAGES, catalogue, placeholders, plural_specs  # noqa: E402

# Every package that defines messages. Importing the GUI's modules needs PySide6 but no display.
# The server (its web console) shares the one catalogue, so its texts are checked here too.
MESSAGE_PACKAGES = (
    "kiosk.domain",
    "kiosk.services",
    "kiosk.sync",
    "kiosk.cli",
    "kiosk.ui",
    "server",
)
SOURCE_DIRS = ("kiosk", "server")
# The functions that take a message code first: the catalogue's, the GUI's and the console's.
MESSAGE_CALLS = frozenset({"define", "msg", "render", "tr", "t", "label"})
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
TEMPLATE_BUILT = re.compile(r"""\b(?:t|label)\((?:[^()]|\([^()]*\))*~""")
TEMPLATE_USED = re.compile(r"""\b(?:t|label)\(\s*["']([a-z0-9_.]+)["']""")


def load_catalogue() -> None:
    for name in MESSAGE_PACKAGES:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, prefix=name + "."):
            importlib.import_module(info.name)


def catalogue_problems() -> list[str]:
    """Messages without a text in every language, or whose placeholders differ."""
    problems = []
    english = catalogue("en")
    for lang in LANGUAGES:
        texts = catalogue(lang)
        for code in sorted(set(english) | set(texts)):
            text = texts.get(code, "")
            if not text.strip():
                problems.append(f"{code}: no {lang} text")
            elif placeholders(text) != placeholders(english.get(code, "")):
                problems.append(f"{code}: {lang} placeholders differ from en")
            elif any(spec.count("|") != 1 for spec in plural_specs(text)):
                problems.append(f"{code}: {lang} plural needs two forms, one|other")
    return problems


def python_sources() -> Iterator[Path]:
    for folder in SOURCE_DIRS:
        yield from sorted(p for p in (ROOT / folder).rglob("*.py") if "migrations" not in p.parts)


def template_sources() -> Iterator[Path]:
    for folder in SOURCE_DIRS:
        yield from sorted((ROOT / folder).rglob("templates/**/*.html"))


def _called(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _leading_text(node: ast.expr) -> str | None:
    """The literal start of a string built at run time (f"card.status.{x}", "a." + b)."""
    if isinstance(node, ast.JoinedStr):
        first = node.values[0] if node.values else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            return first.value
        return ""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        left = node.left
        if isinstance(left, ast.Constant) and isinstance(left.value, str):
            return left.value.split("%")[0]
        return _leading_text(left)
    func = node.func if isinstance(node, ast.Call) else None
    if isinstance(func, ast.Attribute) and func.attr == "format":
        template = func.value
        if isinstance(template, ast.Constant) and isinstance(template.value, str):
            return template.value.split("{")[0]
    return None


def _is_code_prefix(text: str, codes: frozenset[str]) -> bool:
    return len(text) > 2 and text[-1] in "._" and any(code.startswith(text) for code in codes)


def built_in(tree: ast.AST, codes: frozenset[str]) -> list[tuple[int, str]]:
    """(line, what) for each message code one module builds from pieces."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.expr):
            continue
        called = _called(node) if isinstance(node, ast.Call) else ""
        first = node.args[0] if isinstance(node, ast.Call) and node.args else None
        if called in MESSAGE_CALLS and first is not None and _leading_text(first) is not None:
            found.append((node.lineno, f"{called}() of a built code"))
        leading = _leading_text(node)
        if leading and _is_code_prefix(leading, codes):
            found.append((node.lineno, f"a code built from {leading!r}"))
    return found


def built_codes() -> list[str]:
    """Places that build a message code from pieces instead of writing it out."""
    codes = frozenset(catalogue("en"))
    found = []
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(ROOT)
        found += [f"{where}:{line}: {what}" for line, what in built_in(tree, codes)]
    for path in template_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if TEMPLATE_BUILT.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: a code built with ~")
    return sorted(set(found))


def unknown_codes() -> list[str]:
    """Codes written in the source that the catalogue does not define."""
    codes = frozenset(catalogue("en"))
    found = []
    for path in python_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _called(node) in MESSAGE_CALLS - {"define"}):
                continue
            first = node.args[0] if node.args else None
            text = first.value if isinstance(first, ast.Constant) else None
            if isinstance(text, str) and CODE.match(text) and text not in codes:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text}")
    for path in template_sources():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for code in TEMPLATE_USED.findall(line):
                if code not in codes:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {code}")
    return found


def main() -> int:
    if len(sys.argv) > 1:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    load_catalogue()
    problems = catalogue_problems() + built_codes() + unknown_codes()
    for problem in problems:
        print(problem)
    print(f"{len(catalogue('en'))} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
