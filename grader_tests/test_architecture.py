"""The package's import rules (docs/architecture.md): what each part may import, checked on the source.

Student-side modules (they run in students' kernels and ship in the student kit) import nothing of
the grader and no third-party package but numpy, msgpack and IPython; nothing imports the CLI; each
part imports only the parts below it.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from conftest import REPO

PACKAGE = REPO / "src" / "backprop_course"

# part -> the parts it may import (a part is a module or a subpackage; its own modules are always allowed)
ALLOWED: dict[str, set[str]] = {
    # student side
    "gradcheck": set(),
    "testing": {"gradcheck"},  # gradcheck.holds_float32: the float policy's one definition of a float32 answer
    "checks": {"gradcheck", "testing"},
    "bridge.codec": set(),
    "bridge.agent": {"bridge.codec", "testing"},  # testing.CodeWatch: the visible checks count lines the same way
    # the trusted side of the bridge
    "bridge.tester": {"bridge.codec", "gradcheck", "testing"},
    "bridge.control": set(),
    "bridge": set(),
    # foundations
    "course": set(),
    "settings": set(),
    "findings": set(),
    "roster": set(),
    "answers": {"course"},
    # what users do
    "sandbox": {"settings", "bridge.control", "bridge.tester"},
    "review": {"course", "findings"},
    "grade": {"course", "settings", "findings", "sandbox", "bridge.agent", "bridge.control", "review"},
    "release": {"course", "answers"},
    # check-source grades the masters with the real grader and the audit's mutants (release runs it first)
    "release.check_source": {"course", "settings", "answers", "grade", "audit", "release", "testing"},
    "collect": {"course", "roster"},
    "report": {"course", "findings", "grade", "review", "bridge.tester", "gradcheck", "roster"},
    "audit": {"course", "settings", "findings", "answers", "grade", "release", "review", "gradcheck", "testing"},
    "demo": {"course", "answers", "release", "grade", "report", "settings"},
    "lab": {"course"},
    "cli": {"*"},
}
STUDENT_SIDE = ("gradcheck", "testing", "checks", "bridge.codec", "bridge.agent")
STUDENT_THIRD_PARTY = {"numpy", "msgpack", "IPython"}


def part_of(module: str) -> str:
    """The part a module belongs to: the longest key of ALLOWED that is the module or a parent of it."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        key = ".".join(parts[:n])
        if key in ALLOWED:
            return key
    raise AssertionError(f"{module} belongs to no part of docs/architecture.md: add it to ALLOWED")


def imports(path: Path, module: str) -> list[str]:
    """Every module ``path`` imports (top-level or inside functions), relative imports resolved."""
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0] if "." in module else ""
    out = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1] if package else []
                target = ".".join(base + ([node.module] if node.module else []))
                # ``from .. import x``: x is a module of the package, or an attribute of ``target`` itself
                out += [
                    f"{target}.{a.name}" if not node.module and _is_module(f"{target}.{a.name}") else target
                    for a in node.names
                ]
            else:
                out.append(node.module or "")
    return out


def _is_module(dotted: str) -> bool:
    """Whether ``dotted`` (``backprop_course....``) names a module or subpackage of the package."""
    rel = dotted.removeprefix("backprop_course").lstrip(".").replace(".", "/")
    return (PACKAGE / f"{rel}.py").is_file() or (PACKAGE / rel / "__init__.py").is_file()


def modules() -> dict[str, Path]:
    """``{module name inside the package: its file}``; the package's own ``__init__`` is ``""``."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).with_suffix("")
        parts = [p for p in rel.parts if p != "__init__"]
        out[".".join(parts)] = path
    return out


def full(module: str) -> str:
    return f"backprop_course.{module}" if module else "backprop_course"


def test_every_module_keeps_to_its_parts_imports() -> None:
    problems = []
    for module, path in modules().items():
        if not module:
            continue
        mine = part_of(module)
        for target in imports(path, full(module)):
            if not target.startswith("backprop_course"):
                continue
            inner = target.removeprefix("backprop_course").lstrip(".")
            if not inner:
                continue
            theirs = part_of(inner)
            allowed = ALLOWED[mine]
            if theirs == mine or theirs.startswith(mine + ".") or "*" in allowed:
                continue
            if theirs == "cli":
                problems.append(f"{module} imports the CLI")
            elif theirs not in allowed:
                problems.append(f"{module} ({mine}) imports {inner} ({theirs})")
    assert not problems, "\n".join(problems)


def test_student_side_imports_nothing_of_the_grader() -> None:
    stdlib = set(sys.stdlib_module_names)
    problems = []
    for module, path in modules().items():
        if not any(module == s or module.startswith(s + ".") for s in STUDENT_SIDE):
            continue
        for target in imports(path, full(module)):
            top = target.split(".")[0]
            if top in stdlib or top in STUDENT_THIRD_PARTY or top == "__future__":
                continue
            if top == "backprop_course":
                continue  # checked against ALLOWED above
            problems.append(f"{module} imports {target} (a student-side module)")
    assert not problems, "\n".join(problems)


def test_nothing_imports_the_cli_and_the_rules_cover_every_module() -> None:
    for module in modules():
        if module:
            part_of(module)  # raises for a module no rule covers
    importers = [m for m, p in modules().items() if m != "cli" and any(t.endswith(".cli") for t in imports(p, full(m)))]
    assert importers == []


def _message_strings(tree: ast.AST) -> list[tuple[int, str]]:
    """The string constants of ``tree`` that are not docstrings: what messages are made of."""
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_messages_carry_no_development_round_tags() -> None:
    """Round 80: a student's feedback said "(round 75)", the tag of the independent round that found the bug. The
    rounds belong in comments and docstrings, never in the strings messages are made of (the package's and the
    master notebooks' code cells)."""
    import re

    import nbformat

    tag = re.compile(r"\bround \d+")
    found = []
    for path in sorted((REPO / "src" / "backprop_course").rglob("*.py")):
        for line, text in _message_strings(ast.parse(path.read_text())):
            if tag.search(text):
                found.append(f"{path.relative_to(REPO)}:{line}: {text[:80]!r}")
    for path in sorted((REPO / "source").glob("*/*.ipynb")):
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            code = "\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in cell.source.splitlines())
            for line, text in _message_strings(ast.parse(code)):
                if tag.search(text):
                    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
                    found.append(f"{path.relative_to(REPO)} ({grade_id}):{line}: {text[:80]!r}")
    assert not found, found
