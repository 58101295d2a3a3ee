"""Student answers as code: the cases in ``answers/<assignment>/<case>.py`` become submissions.

A case file holds the code a student would type into some solution cells, and what grading must
make of it. The demo class, the grader tests and the benchmark are all built from these files::

    # Tanh.backward uses 1 - x**2: the derivative taken at the input, not the output.
    # fails: test_tanh_backward: the tanh derivative is taken at the input
    # fails: test_mlp_backward
    # %% tanh
    class Tanh:
        ...

Header lines (before the first ``# %%``):

* the first comment lines describe the case;
* ``# fails: <test cell>[: <text>]``: that test cell must score 0, and its failure message must
  contain ``<text>``; every test cell not listed must get full marks;
* ``# may fail: <test cell>: <text>``: that test cell either keeps full marks or scores 0 with ``<text>`` in its
  message: the test runs the function with the bug, but whether its hidden data show the bug depends on the draw
  (a pre-activation clip that only some drawn networks reach);
* ``# score: full`` or ``# score: zero``: every test cell full / zero;
* ``# base: blank``: start from the untouched release instead of the reference solution;
* ``# kind: alt``: a correct answer written differently from the model solution (full marks
  unless it says otherwise); ``# kind: bug`` (the default when it ``fails:``), ``# kind: other``;
* ``# plain nbgrader: <why>``: plain ``nbgrader autograde`` (tests in the student's namespace) must
  score this case differently from the grader, for the reason given (the grader tests and
  ``make bench`` compare the two);
* ``# flagged: <text>``: grading must flag the submission for the TA with a flag containing ``<text>`` (a trick
  that keeps its points, which only the scan of the source can tell; a correct answer is never flagged);
* ``# self-check: <test cell>: <text>``: in the student's own notebook (the release with these
  answers, run top to bottom in a kernel, as before submitting), that test cell's visible check
  must fail with a message containing ``<text>`` (``grader_tests/test_self_check.py`` runs them).

(A header line is recognised by its prefix alone: a description line must not begin ``# fails:``.)

Each ``# %% <grade_id>`` section replaces the source of that solution cell; a ``# %% after
<grade_id>`` section adds a cell of the student's own (an experiment) right after that cell. Cells a
case does not mention keep the reference solution (or the release stub, with ``base: blank``). Two
cases need no file: ``reference`` (the instructor's solution) and ``blank`` (the untouched release).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbformat.notebooknode import NotebookNode

SOLUTION_LINE = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")
BUILTIN_CASES = ("reference", "blank")
KINDS = ("reference", "alt", "bug", "other")


@dataclass
class AnswerCase:
    """One way of answering an assignment, with the grading outcome it must get."""

    assignment: str
    name: str
    description: str = ""
    base: str = "reference"
    cells: dict[str, str] = field(default_factory=dict)
    added: list[tuple[str, str]] = field(default_factory=list)  # (after grade_id, source) of added cells
    score: str | None = None  # "full", "zero" or None (then ``fails`` decides)
    fails: dict[str, str] = field(default_factory=dict)  # test grade_id -> text the message must contain
    may_fail: dict[str, str] = field(default_factory=dict)  # test grade_id -> text, if the draw makes it fail
    kind: str = ""  # one of KINDS
    plain_nbgrader_differs: str = ""  # why plain nbgrader scores it differently (empty: it must not)
    self_check: dict[str, str] = field(default_factory=dict)  # test grade_id -> text its visible check must print
    flagged: list[str] = field(default_factory=list)  # texts the grading record's flags must contain

    def expected_failures(self, test_ids: list[str]) -> dict[str, str]:
        """Test cells that must score 0 (with the text their message must hold), given all test cell ids."""
        if self.score == "zero":
            return {t: "" for t in test_ids}
        if self.score == "full":
            return {}
        return dict(self.fails)

    def problems(
        self, test_ids: list[str], cells: dict[str, tuple[float | None, float, str]], shown: int = 1500
    ) -> list[str]:
        """What in a graded submission differs from what this case declares: one line per test cell, given
        ``cells`` (test grade_id -> (score, max score, failure message)), each line quoting at most ``shown``
        characters of the message; [] when the submission got its declared outcome."""
        expected = self.expected_failures(test_ids)
        out = []
        for t in test_ids:
            if t not in cells:
                continue
            score, max_score, message = cells[t]
            quoted = message[:shown]
            got = f"got {score:g}/{max_score:g}: {quoted}" if score is not None else f"got no score: {quoted}"
            if t in expected:
                if score != 0 or expected[t] not in message:
                    out.append(f"{t}: expected 0 with {expected[t]!r}, {got}")
            elif t in self.may_fail and self.score is None:
                if score != max_score and (score != 0 or self.may_fail[t] not in message):
                    out.append(f"{t}: expected full marks, or 0 with {self.may_fail[t]!r}, {got}")
            elif score != max_score:
                out.append(f"{t}: expected full marks, {got}")
        return out


def parse_case(assignment: str, path: Path) -> AnswerCase:
    """Read an ``answers/<assignment>/<case>.py`` file (format: module docstring)."""
    case = AnswerCase(assignment=assignment, name=path.stem)
    current: str | None = None
    body: list[str] = []
    description: list[str] = []

    def close(section: str | None) -> None:
        if section is None:
            return
        text = "\n".join(body).strip("\n")
        if section.startswith("after "):
            case.added.append((section.split(None, 1)[1], text))
        else:
            case.cells[section] = text

    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^# %% ((?:after )?\S+)\s*$", line)
        if m:
            close(current)
            current, body = m.group(1), []
            continue
        if current is not None:
            body.append(line)
            continue
        header = re.match(r"^#\s*(fails|may fail|self-check|score|base|kind|plain nbgrader|flagged):\s*(.*)$", line)
        if header:
            key, value = header.groups()
            if key in ("fails", "may fail", "self-check"):
                test_id, _, text = value.partition(":")
                {"fails": case.fails, "may fail": case.may_fail, "self-check": case.self_check}[key][
                    test_id.strip()
                ] = text.strip()
            elif key == "score":
                case.score = value.strip()
            elif key == "kind":
                case.kind = value.strip()
            elif key == "flagged":
                case.flagged.append(value.strip())
            elif key == "plain nbgrader":
                case.plain_nbgrader_differs = value.strip()
            else:
                case.base = value.strip()
        elif line.startswith("#"):
            description.append(line.lstrip("# ").rstrip())
    close(current)
    case.description = " ".join(description)
    case.kind = case.kind or ("bug" if case.fails else "other")
    if case.kind == "alt" and case.score is None and not case.fails:
        case.score = "full"
    if case.may_fail and (case.score is not None or set(case.may_fail) & set(case.fails)):
        raise ValueError(f"{path}: 'may fail' belongs to a case without 'score:', on cells it does not 'fail:'")
    if case.flagged and case.score == "full":
        raise ValueError(f"{path}: a case declared correct (full marks) cannot be flagged")
    if case.base not in BUILTIN_CASES or case.score not in (None, "full", "zero") or case.kind not in KINDS:
        raise ValueError(f"{path}: base must be one of {BUILTIN_CASES}, score 'full' or 'zero', kind one of {KINDS}")
    return case


def load_cases(answers_dir: Path, assignment: str) -> dict[str, AnswerCase]:
    """All cases of an assignment, the built-in ``reference`` and ``blank`` included.

    A file is parsed again only when its size or modification time changed (:data:`_PARSED`), so the cases it
    returns are shared between calls: read them, do not change them."""
    cases = {
        "reference": AnswerCase(assignment, "reference", "the instructor's solution", score="full", kind="reference"),
        "blank": AnswerCase(assignment, "blank", "the untouched release", base="blank", score="zero", kind="other"),
    }
    folder = answers_dir / assignment
    if folder.is_dir():
        for path in sorted(folder.glob("*.py")):
            stat = path.stat()
            key = (str(path), assignment)
            known = _PARSED.get(key)
            if known is None or known[0] != (stat.st_mtime_ns, stat.st_size):
                known = _PARSED[key] = ((stat.st_mtime_ns, stat.st_size), parse_case(assignment, path))
            cases[path.stem] = known[1]
    return cases


# (case file, assignment) -> ((mtime in ns, size), its parsed case): the suite asks for an assignment's ~350 cases once
# per case it writes and once per case it checks (1,668 of each), which parsed every file each time, about 70 s of a run
_PARSED: dict[tuple[str, str], tuple[tuple[int, int], AnswerCase]] = {}


def reference_answers(source_nb: NotebookNode) -> dict[str, str]:
    """What the model student writes in each solution cell of a master notebook.

    Code cells: the source without the ``### BEGIN/END SOLUTION`` lines. Written (markdown) answers:
    the model answer, i.e. the solution region up to the rubric (a line starting ``**Rubric``).
    """
    out = {}
    for cell in source_nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if not meta.get("solution"):
            continue
        lines = [ln for ln in cell.source.splitlines() if not SOLUTION_LINE.match(ln)]
        if cell.cell_type == "markdown":
            rubric = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("**Rubric")), len(lines))
            lines = lines[:rubric]
        out[meta["grade_id"]] = "\n".join(lines).strip("\n")
    return out


def fill_notebook(release_nb: NotebookNode, source_nb: NotebookNode, case: AnswerCase) -> NotebookNode:
    """The release notebook as a student who answered like ``case`` would submit it."""
    nb = copy.deepcopy(release_nb)
    answers = reference_answers(source_nb) if case.base == "reference" else {}
    answers.update(case.cells)
    known = set()
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id")
        if meta.get("solution") and grade_id in answers:
            cell.source = answers[grade_id]
            known.add(grade_id)
    unknown = set(case.cells) - known
    if unknown:
        raise KeyError(f"case {case.assignment}/{case.name} answers cells not in the release: {sorted(unknown)}")
    for after, source in case.added:
        ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
        if after not in ids:
            raise KeyError(f"case {case.assignment}/{case.name} adds a cell after {after!r}, not a cell of the release")
        nb.cells.insert(ids.index(after) + 1, nbformat.v4.new_code_cell(source))
    return nb


def test_cell_ids(source_nb: NotebookNode) -> list[str]:
    """grade_ids of the auto-graded test cells of a master notebook, in order."""
    return [
        c.metadata["nbgrader"]["grade_id"]
        for c in source_nb.cells
        if c.cell_type == "code"
        and c.metadata.get("nbgrader", {}).get("grade")
        and not c.metadata["nbgrader"].get("solution")
    ]


def read_notebook(path: Path) -> NotebookNode:
    return nbformat.read(path, as_version=4)
