"""``backprop-course validate <notebook>``: nbgrader's validation, summarised in its first line.

nbgrader's :class:`~nbgrader.validator.Validator` runs the notebook as ``nbgrader validate`` does (same
preprocessors, same pass/fail rules) and returns the failing cells with their whole tracebacks: with
two answers of twelve written, tens of kilobytes. :func:`validate_notebook` names each test cell by its
grade id, decides pass or fail from the validator's results, and keeps one line of each error, so the
first line says it all: ``3 of 12 tests pass; first failing: test_softmax — AssertionError: ...``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbconvert.filters import strip_ansi
from nbgrader.utils import is_grade, is_solution

from .feedback import section_titles

MESSAGE_CHARS = 200
# the line of a Python traceback that names the exception ("AssertionError: ...", "numpy.linalg.LinAlgError: ...")
EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Warning|Exit|Interrupt)\b")


@dataclass(frozen=True)
class ValidatedTest:
    """One test cell of the notebook, as validation found it."""

    grade_id: str
    title: str  # the section the test is in ("" if none)
    passed: bool
    message: str = ""  # one line: why it failed
    error: str = ""  # the validator's whole error text (traceback, stderr)


@dataclass
class ValidationSummary:
    """What :func:`validate_notebook` found."""

    notebook: Path
    tests: list[ValidatedTest] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # locked cells (tests) that were edited (validation stops)
    type_changed: list[str] = field(default_factory=list)  # graded cells whose type was changed

    @property
    def ok(self) -> bool:
        """Every test passes and no test cell was changed."""
        return not (self.changed or self.type_changed) and all(t.passed for t in self.tests)

    def first_line(self) -> str:
        """The summary: how many tests pass, and the first failing one with its reason."""
        if self.type_changed:
            cells = ", ".join(self.type_changed)
            return f"not validated: the type of {len(self.type_changed)} graded cell(s) was changed: {cells}"
        if self.changed:
            return f"not validated: {len(self.changed)} locked cell(s) (tests) were edited: {', '.join(self.changed)}"
        passed = sum(t.passed for t in self.tests)
        line = f"{passed} of {len(self.tests)} tests pass"
        failing = next((t for t in self.tests if not t.passed), None)
        return line + (f"; first failing: {failing.grade_id} — {failing.message}" if failing else ".")

    def format(self, full: bool = False) -> str:
        """The first line, then a line per test (``full``: each failing test's whole error below it)."""
        lines = [self.first_line(), ""]
        if self.type_changed or self.changed:
            lines.append(
                "Change the cells back (or copy your answers into a fresh copy of the notebook): when grading, "
                "test cells are replaced by the originals, so an edited test proves nothing."
            )
            return "\n".join(lines)
        for t in self.tests:
            where = f"  ({t.title})" if t.title else ""
            if t.passed:
                lines.append(f"  pass  {t.grade_id}{where}")
            else:
                lines.append(f"  FAIL  {t.grade_id}{where}: {t.message}")
                if full and t.error:
                    lines += ["        " + line for line in t.error.splitlines()]
        if not self.ok and not full:
            lines += ["", "(the whole error of each failing test: --full; the test cell's output in the notebook)"]
        return "\n".join(lines)


def one_line(error: str) -> str:
    """The line of an error text that says what went wrong (the exception and its message), shortened."""
    lines = [line.rstrip() for line in strip_ansi(error).splitlines() if line.strip()]
    start = next((i for i in range(len(lines) - 1, -1, -1) if EXCEPTION_LINE.match(lines[i])), None)
    text = " ".join(lines[start:]) if start is not None else (lines[-1] if lines else "failed")
    text = re.sub(r"\s+", " ", text).strip()
    if re.fullmatch(r"NotImplementedError:?", text):
        return "not answered yet (raise NotImplementedError() is still in the answer cell)"
    return text if len(text) <= MESSAGE_CHARS else text[: MESSAGE_CHARS - 1] + "…"


def validate_notebook(path: Path, config=None) -> ValidationSummary:
    """Validate ``path`` with nbgrader's :class:`~nbgrader.validator.Validator` (``config``: an nbgrader
    configuration, e.g. the course's), and name its results by test cell."""
    from nbgrader.validator import Validator

    path = Path(path).resolve()
    nb = nbformat.read(path, as_version=4)
    titles = section_titles(nb)
    tests = [c for c in nb.cells if c.cell_type == "code" and is_grade(c) and not is_solution(c)]
    by_source = {c.source.strip(): c.metadata["nbgrader"]["grade_id"] for c in nb.cells if is_grade(c)}
    results = Validator(config=config).validate(str(path))
    summary = ValidationSummary(path)
    summary.type_changed = [by_source.get(r["source"], r["source"][:40]) for r in results.get("type_changed", [])]
    summary.changed = [by_source.get(r["source"], r["source"][:40]) for r in results.get("changed", [])]
    failed = {r["source"]: r.get("raw_error", "") for r in results.get("failed", [])}
    for cell in tests:
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        error = failed.get(cell.source.strip())
        outcome = ValidatedTest(grade_id, titles.get(grade_id, ""), error is None)
        if error is not None:
            outcome = ValidatedTest(grade_id, outcome.title, False, one_line(error), strip_ansi(error))
        summary.tests.append(outcome)
    return summary
