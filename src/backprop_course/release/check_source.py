"""``backprop-course check-source``: the tests of a master notebook still test what its tasks ask.

``nbgrader validate`` runs a master; it cannot tell that a test cell still calls a function a task
was renamed from, or that a test stopped checking anything. :func:`check_source` checks each
assignment's master ``source/<a>/<a>.ipynb`` three ways and reports every problem with the cell it
is in:

1. **Names** (static, from the cells' code): per test cell, the *student names* it uses, i.e. the
   names the answer cells define (functions, classes, the variables a worked-example cell stores),
   helpers of earlier test cells followed. A name that no cell of the notebook defines, a reference
   lent with ``testing.references(X=...)`` for an ``X`` no cell defines (a task renamed, a test
   cell forgotten), and a test cell that uses no student name are problems.
2. **The real grader** (:func:`backprop_course.grade.grade`, in a scratch copy of the course): the
   model solution (the master's answers) must get full marks in every graded cell, and the blank
   release (what students get) 0 in every graded cell: no test may pass on an unanswered notebook.
3. **Mutants** (:mod:`backprop_course.audit`): a small fixed sample of the audit's mutants of each
   function (spread over its lines, equivalent ones left out), graded in the same batch (packed as
   the audit packs them). A test cell that uses a student name and calls its functions when the
   master runs must lose points for at least one of their mutants; when none of the sample does,
   more of that function's mutants are graded before the cell is reported.

The master also runs once in a child process (the audit's :class:`NotebookHarness`), which records
which functions and methods each test cell calls, which names it replaces by references (a
reference lent under a name built at run time, ``testing.references(**{name: ...})``, for a name no
cell defines is a problem too), and screens the sampled mutants for equivalence.
"""

from __future__ import annotations

import ast
import builtins
import contextlib
import itertools
import json
import os
import re
import shutil
import subprocess
import symtable
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the harness child imports this module: nothing heavy at import time
    from nbformat.notebooknode import NotebookNode

    from ..audit.mutants import Mutant
    from ..course import Course
    from ..settings import GradingSettings

__all__ = [
    "DEFAULT_PER_FUNCTION",
    "AnswerName",
    "NotebookNames",
    "SourceReport",
    "TestCellNames",
    "TestCellReport",
    "check_source",
    "format_reports",
    "notebook_names",
    "passed_unchanged",
    "record_passed",
    "source_fingerprint",
]

DEFAULT_PER_FUNCTION = 3  # mutants graded per function (or worked-example cell) in the first round
MORE_PER_FUNCTION = 10  # mutants graded, in a second round, for a test cell that killed none of the sample
CELL_TIMEOUT = 30  # seconds per cell when grading (the model solutions' slowest test cell takes ~3 s)
HARNESS_TIMEOUT = 300.0  # seconds for the child process that runs the master
HARNESS_MEMORY_MB = 4096
REFERENCE, BLANK = "reference", "blank"  # the two submissions every assignment gets
PASSED_FILE = ".check-source.json"  # in the course root (git-ignored): fingerprints of masters that passed
NOTEBOOK_NAMES = {"get_ipython", "display", "In", "Out", "exit", "quit"}  # defined in every IPython kernel
_SCOPES = {"lambda", "listcomp", "setcomp", "dictcomp", "genexpr"}  # nested scopes that run where they stand


# -- 1. names, from the cells' code ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerName:
    """A name an answer cell defines: what a test cell can call of the student's."""

    name: str
    kind: str  # "function", "class" or "variable" (stored by a worked-example cell)
    cell: str  # grade_id of the answer cell
    methods: tuple[str, ...] = ()  # a class's methods

    def functions(self) -> list[str]:
        """The qualified functions that belong to this name (``Tanh.forward``); none for a variable."""
        if self.kind == "class":
            return [f"{self.name}.{m}" for m in self.methods]
        return [self.name] if self.kind == "function" else []


@dataclass
class TestCellNames:
    """What a test cell's code uses, read statically."""

    cell: str
    uses: list[str] = field(default_factory=list)  # student names (answer names), helpers followed
    references: list[str] = field(default_factory=list)  # names its testing.references(...) calls replace
    undefined: list[str] = field(default_factory=list)  # names no cell of the notebook defines
    stale_references: list[str] = field(default_factory=list)  # references lent for names no cell defines


@dataclass
class NotebookNames:
    """The names of a master notebook: what answer cells define, what the other cells define, what tests use."""

    answers: dict[str, AnswerName]
    given: set[str]  # names the other code cells (imports, given code, data) define
    test_cells: list[TestCellNames]
    graded_cells: list[str]  # every auto-graded cell, in order (test cells, and graded answer cells)
    errors: dict[str, str] = field(default_factory=dict)  # cell -> syntax error

    def problems(self) -> list[str]:
        """The static problems, each naming its cell."""
        out = [f"{cell}: cannot be parsed: {error}" for cell, error in self.errors.items()]
        defined = ", ".join(sorted(self.answers)) or "nothing"
        for t in self.test_cells:
            for name in t.undefined:
                out.append(
                    f"{t.cell}: uses {name}, which no cell of the notebook defines (the answer cells define: "
                    f"{defined}). Was a task renamed?"
                )
            for name in t.stale_references:
                out.append(
                    f"{t.cell}: lends a reference for {name} (testing.references), but no cell of the notebook "
                    f"defines {name}. Was a task renamed?"
                )
            if not [n for n in t.uses if n not in t.references] and t.cell not in self.errors:
                out.append(
                    f"{t.cell}: calls no student code: it uses none of the names the answer cells define "
                    f"({defined}), or only references in their place"
                )
        return out


def _code(source: str) -> str:
    """A code cell as plain Python: IPython magics and shell lines become blank lines."""
    return "\n".join("" if re.match(r"^\s*[%!]", line) else line for line in source.splitlines())


def _global_references(table: symtable.SymbolTable) -> set[str]:
    """Names a scope and its nested scopes read from the module (globals and builtins)."""
    out = set()
    for symbol in table.get_symbols():
        if symbol.is_referenced() and (
            symbol.is_global() or (table.get_type() == "class" and not symbol.is_assigned())
        ):
            out.add(symbol.get_name())
    for child in table.get_children():
        out |= _global_references(child)
    return out


@dataclass
class _CellScope:
    """One code cell's module scope: the names it reads, defines, and what its functions and classes read."""

    reads: set[str]
    defines: set[str]
    helpers: dict[str, set[str]]  # function or class defined here -> names its body reads


def _scope(source: str, cell: str) -> _CellScope:
    table = symtable.symtable(_code(source), f"<cell {cell}>", "exec")
    reads = {s.get_name() for s in table.get_symbols() if s.is_referenced()}
    defines = {s.get_name() for s in table.get_symbols() if s.is_assigned() or s.is_imported()}
    helpers = {}
    for child in table.get_children():
        if child.get_type() == "function" and child.get_name() in _SCOPES:
            reads |= _global_references(child)  # a lambda or comprehension at the top level reads at the top level
        else:
            helpers[child.get_name()] = _global_references(child)
    return _CellScope(reads, defines, helpers)


def _callee(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _top_level_calls(module: ast.Module) -> Iterable[ast.Call]:
    """Calls that run when the cell runs: not those inside the functions and classes it defines."""
    stack: list[ast.AST] = list(module.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(node, ast.Call):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _reference_lenders(module: ast.Module) -> dict[str, set[str]]:
    """Functions a cell defines that call ``testing.references``: name -> the names they always replace."""
    out = {}
    for node in module.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            calls = [c for c in ast.walk(node) if isinstance(c, ast.Call) and _callee(c) == "references"]
            if calls:
                out[node.name] = {k.arg for c in calls for k in c.keywords if k.arg}
    return out


def _answer_names(grade_id: str, answer: str) -> list[AnswerName]:
    module = ast.parse(_code(answer))
    out = []
    for stmt in module.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.append(AnswerName(stmt.name, "function", grade_id))
        elif isinstance(stmt, ast.ClassDef):
            methods = tuple(s.name for s in stmt.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)))
            out.append(AnswerName(stmt.name, "class", grade_id, methods))
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                for node in ast.walk(target):
                    if isinstance(node, ast.Name) and not node.id.startswith("_"):
                        out.append(AnswerName(node.id, "variable", grade_id))
    return out


def notebook_names(source_nb: NotebookNode) -> NotebookNames:
    """The names of a master notebook (see :class:`NotebookNames`), read from its code without running it."""
    from ..answers import reference_answers

    answers = reference_answers(source_nb)
    found: dict[str, AnswerName] = {}
    given: set[str] = set()
    errors: dict[str, str] = {}
    tests: list[tuple[str, _CellScope, ast.Module]] = []
    graded: list[str] = []
    test_defines: set[str] = set()
    helpers: dict[str, set[str]] = {}
    lenders: dict[str, set[str]] = {}
    for index, cell in enumerate(source_nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id") or f"cell {index}"
        if meta.get("grade"):
            graded.append(grade_id)
        if cell.cell_type != "code":
            continue
        try:
            if meta.get("solution"):
                for name in _answer_names(grade_id, answers.get(grade_id, "")):
                    found.setdefault(name.name, name)
                continue
            scope = _scope(cell.source, grade_id)
            module = ast.parse(_code(cell.source))
        except SyntaxError as e:
            errors[grade_id] = f"{e.msg} (line {e.lineno})"
            continue
        if meta.get("grade"):
            tests.append((grade_id, scope, module))
            test_defines |= scope.defines
            helpers.update(scope.helpers)
            lenders.update(_reference_lenders(module))
        else:
            given |= scope.defines
    known = set(found) | given | test_defines | set(dir(builtins)) | NOTEBOOK_NAMES
    cells = []
    for grade_id, scope, module in tests:
        reads: set[str] = set()
        todo = list(scope.reads)
        while todo:  # the cell's own reads, and what the helpers it calls read, transitively
            name = todo.pop()
            if name not in reads:
                reads.add(name)
                todo += helpers.get(name, ())
        replaced: set[str] = set()
        for call in _top_level_calls(module):
            name = _callee(call)
            if name == "references" or name in lenders:
                replaced |= {k.arg for k in call.keywords if k.arg} | lenders.get(name, set())
        cells.append(
            TestCellNames(
                grade_id,
                uses=sorted(reads & set(found)),
                references=sorted(replaced),
                undefined=sorted(reads - known),
                stale_references=sorted(replaced - set(found) - given),
            )
        )
    return NotebookNames(found, given, cells, graded, errors)


# -- the master run in a child process (the audit's harness) ------------------------------------------------------


def _harness_main(request_path: str, result_path: str) -> None:
    """In the child: run the master, recording calls and references per cell; screen the mutants."""
    import resource

    from .. import testing
    from ..audit.equivalence import NotebookHarness, Verdict

    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (HARNESS_MEMORY_MB * 2**20, HARNESS_MEMORY_MB * 2**20))
    request = json.loads(Path(request_path).read_text())
    t0 = time.monotonic()
    harness = NotebookHarness(request["cells"])
    lent: dict[str, set[str]] = {}
    real_references = testing.references

    def references(**objects: Any) -> None:
        lent.setdefault(harness.current, set()).update(objects)
        real_references(**objects)

    testing.references = references
    try:
        harness.run()
    finally:
        testing.references = real_references
    answers = {c["grade_id"]: c["source"] for c in request["cells"] if c["kind"] == "solution"}
    verdicts = {}
    for m in request["mutants"]:
        try:
            verdict = harness.check(m["cell"], m["function"], m["source"], answers.get(m["cell"], ""))
        except Exception as e:  # noqa: BLE001  (a check that fails says nothing about the mutant)
            verdict = Verdict("unknown", f"the check failed: {type(e).__name__}")
        verdicts[m["id"]] = verdict.as_dict()
    result = {
        "calls": {cell: sorted(names) for cell, names in harness.used.items()},
        "references": {cell: sorted(names) for cell, names in lent.items()},
        "dependencies": harness.dependencies(),
        "errors": harness.errors,
        "verdicts": verdicts,
        "seconds": round(time.monotonic() - t0, 2),
    }
    Path(result_path).write_text(json.dumps(result))


def run_master(notebook: Path, mutants: list[Mutant], workdir: Path) -> dict[str, Any]:
    """The master run once in a child process: ``calls``, ``references``, ``dependencies``, ``verdicts``.

    ``calls``: cell -> the model functions (qualified) called while it ran; ``references``: test cell ->
    the names its ``testing.references`` calls replaced; ``dependencies`` and ``verdicts`` as
    :func:`backprop_course.audit.equivalence.screen` gives them (for ``mutants``); ``errors``: cells
    that raised. On failure: the same keys, empty, and ``problem``.
    """
    from ..audit.equivalence import run_harness_child

    data, problem = run_harness_child(
        "backprop_course.release.check_source", notebook, mutants, workdir, HARNESS_TIMEOUT, "the master run"
    )
    if data is not None:
        return data
    empty: dict[str, Any] = {"calls": {}, "references": {}, "dependencies": {}, "errors": [], "verdicts": {}}
    return {**empty, "problem": problem}


# -- 3. the sample of mutants --------------------------------------------------------------------------------------


def _spread(mutants: list[Mutant]) -> list[Mutant]:
    """``mutants`` of one function reordered to take one per line, line after line, then again."""
    by_line: dict[int, list[Mutant]] = {}
    for m in mutants:
        by_line.setdefault(m.line, []).append(m)
    rounds = itertools.zip_longest(*(by_line[line] for line in sorted(by_line)))
    return [m for batch in rounds for m in batch if m is not None]


def _by_target(mutants: list[Mutant]) -> dict[str, list[Mutant]]:
    """Mutants per function (or worked-example cell), each list spread over its lines."""
    groups: dict[str, list[Mutant]] = {}
    for m in mutants:
        groups.setdefault(m.target, []).append(m)
    return {target: _spread(group) for target, group in groups.items()}


def _sample(
    groups: dict[str, list[Mutant]], verdicts: dict[str, Any], sizes: dict[str, int]
) -> dict[str, list[Mutant]]:
    """Per function: its first ``sizes[function]`` screened mutants, equivalent ones and behaviour duplicates left out."""
    out = {}
    for target, size in sizes.items():
        chosen: list[Mutant] = []
        behaviours: set[str] = set()
        for m in groups.get(target, []):
            if len(chosen) == size:
                break
            verdict = verdicts.get(m.id)
            if verdict is None or verdict.get("verdict") == "equivalent":
                continue
            behaviour = verdict.get("behaviour") or ""
            if behaviour and behaviour in behaviours:
                continue
            behaviours.add(behaviour)
            chosen.append(m)
        out[target] = chosen
    return out


# -- 2. grading --------------------------------------------------------------------------------------------------


@dataclass
class _Graded:
    """One graded submission: per graded cell (score, max score, message); ``None`` cells: not graded."""

    cells: dict[str, tuple[float, float, str]] | None
    reason: str = ""
    flags: list[str] = field(default_factory=list)

    def lost(self, cell: str) -> bool:
        if self.cells is None or cell not in self.cells:
            return False
        score, max_score, _ = self.cells[cell]
        return score < max_score


def _read_graded(course: Course, assignment: str, students: Iterable[str]) -> dict[str, _Graded]:
    """Scores (gradebook) and failure messages (autograded notebooks) of ``students``."""
    from nbgrader.api import Gradebook, MissingEntry

    from ..grade import autograded_errors, load_record

    out: dict[str, _Graded] = {}
    with Gradebook(course.db_url, course.course_id) as gb:
        for student in students:
            record = load_record(course, assignment, student)
            reason, flags = (record.reason, list(record.flags)) if record else ("not graded", [])
            try:
                nb = gb.find_submission_notebook(assignment, assignment, student)
            except MissingEntry:
                out[student] = _Graded(None, reason or "not graded", flags)
                continue
            cells = {
                g.name: (float(g.auto_score), float(g.max_score), "") for g in nb.grades if g.auto_score is not None
            }
            out[student] = _Graded(cells, reason, flags)
    for student, graded in out.items():
        if graded.cells is not None:
            errors = autograded_errors(course, assignment, student)
            for grade_id, (score, max_score, _) in graded.cells.items():
                graded.cells[grade_id] = (score, max_score, errors.get(grade_id, ""))
    return out


def _write_submission(course: Course, student: str, assignment: str, nb: NotebookNode) -> None:
    import nbformat

    folder = course.submitted_dir / student / assignment
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text("2026-03-09 22:00:00 UTC\n")
    nbformat.write(nb, folder / f"{assignment}.ipynb")


# -- the report ----------------------------------------------------------------------------------------------------


@dataclass
class TestCellReport:
    """What check-source found for one test cell."""

    cell: str
    names: list[str]  # student names it uses (without those it replaces by references)
    calls: list[str]  # functions and methods it called when the master ran
    references: list[str]  # names it replaces by references
    mutants: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (killed, graded) of its mutants
    reference_score: str = ""  # "2/2"
    blank_score: str = ""


@dataclass
class SourceReport:
    """check-source's findings for one assignment; ``problems`` empty means it passed."""

    assignment: str
    test_cells: list[TestCellReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    mutants_graded: int = 0
    submissions: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Plan:
    """One assignment's check in progress."""

    assignment: str
    source_nb: NotebookNode
    names: NotebookNames
    groups: dict[str, list[Mutant]]
    master: dict[str, Any]
    sample: dict[str, list[Mutant]] = field(default_factory=dict)
    packs: dict[str, list[Mutant]] = field(default_factory=dict)  # submission -> its mutants
    kills: dict[str, set[str]] = field(default_factory=dict)  # mutant id -> test cells it made lose points
    graded_ids: set[str] = field(default_factory=set)  # mutants with a conclusive outcome
    release_nb: NotebookNode | None = None
    release_error: str = ""
    seconds: dict[str, float] = field(default_factory=dict)

    def pairs(self) -> list[tuple[str, str, list[str]]]:
        """``(test cell, student name, its functions the cell called)`` for every name a test cell uses and calls."""
        calls = self.master.get("calls", {})
        lent = self.master.get("references", {})
        out = []
        for t in self.names.test_cells:
            replaced = set(t.references) | set(lent.get(t.cell, ()))
            for name in t.uses:
                if name in replaced:
                    continue
                answer = self.names.answers[name]
                if answer.kind == "variable":
                    out.append((t.cell, name, [f"cell {answer.cell}"]))
                    continue
                called = [f for f in answer.functions() if f in calls.get(t.cell, ())]
                if not self.master.get("calls") and "problem" in self.master:
                    called = answer.functions()  # the master did not run: every function of the name
                if called:
                    out.append((t.cell, name, called))
        return out

    def mutants_of(self, targets: list[str], chosen: dict[str, list[Mutant]]) -> list[Mutant]:
        return [m for target in targets for m in chosen.get(target, [])]


def _plan_submissions(plan: _Plan, mutants: list[Mutant], prefix: str) -> dict[str, list[Mutant]]:
    """Submissions for ``mutants``: packs of mutants of independent cells (the audit's), the rest alone."""
    from ..audit.run import plan_packs

    dependencies = plan.master.get("dependencies") or {}
    packs, alone = plan_packs(mutants, dependencies) if dependencies else ([], mutants)
    out = {f"{prefix}-{p.id}": list(p.members) for p in packs}
    out.update({f"{prefix}-{m.id}": [m] for m in alone})
    return out


def _judge(plan: _Plan, graded: dict[str, _Graded], broken: set[str]) -> list[Mutant]:
    """Record which test cells each mutant made lose points; return the mutants of inconclusive packs."""
    from ..audit.run import reached_tests

    dependencies = plan.master.get("dependencies") or {}
    again: list[Mutant] = []
    for student, members in plan.packs.items():
        outcome = graded.get(student)
        if outcome is None or members[0].id in plan.graded_ids:
            continue
        failing = {c for c in (outcome.cells or {}) if outcome.lost(c) and c not in broken}
        if outcome.cells is None or (len(members) > 1 and outcome.flags):
            again += members if len(members) > 1 else []
            continue
        if len(members) == 1:
            plan.kills[members[0].id] = failing
            plan.graded_ids.add(members[0].id)
            continue
        reached = {m.id: reached_tests(m.cell, dependencies) for m in members}
        owners = {c: [i for i, cells in reached.items() if c in cells] for c in failing}
        if any(len(o) != 1 for o in owners.values()):
            again += members
            continue
        for m in members:
            plan.kills[m.id] = {c for c, o in owners.items() if o == [m.id]}
            plan.graded_ids.add(m.id)
    return again


def _grade_round(
    course: Course, plans: list[_Plan], settings: GradingSettings, progress: TextIO | None, notes: list[str]
) -> dict[str, dict[str, _Graded]]:
    """Grade what is in ``submitted/`` for these assignments; per assignment, every submission's outcome."""
    import dataclasses

    from ..grade import GradeRefused, grade

    names = [p.assignment for p in plans if not p.release_error]
    try:
        grade(course, names, settings=settings, progress=progress)
    except GradeRefused as e:
        # the master and its mutants are the course's own code: without a sandbox here, grade them without one
        notes.append(f"graded without the sandbox ({e})")
        grade(course, names, settings=dataclasses.replace(settings, sandbox=False), progress=progress)
    out = {}
    for plan in plans:
        if plan.release_error:
            continue
        students = [REFERENCE, BLANK, *plan.packs]
        out[plan.assignment] = _read_graded(course, plan.assignment, students)
    return out


def _prepare(scratch: Course, assignment: str, per_function: int, workdir: Path) -> _Plan:
    """Names, mutants, the master's run and the sample of one assignment (no grading).

    A function gets as many mutants in the sample as test cells use and call it (at least one, at
    most ``per_function``): each of those cells may check another part of it (``dx``, ``dW``, ``db``),
    and the sample is spread over its lines. Functions no test cell uses get none.
    """
    from ..answers import read_notebook
    from ..audit.mutants import generate_mutants

    t0 = time.monotonic()
    path = scratch.source_dir / assignment / f"{assignment}.ipynb"
    source_nb = read_notebook(path)
    names = notebook_names(source_nb)
    groups = _by_target(generate_mutants(source_nb, assignment))
    t1 = time.monotonic()
    plan = _Plan(assignment, source_nb, names, groups, {})
    # which functions test cells use, from the code alone: what the master run screens
    plan.master = {"calls": {}, "problem": "not run yet"}
    screened = {target for _, _, targets in plan.pairs() for target in targets}
    candidates = [m for target in screened for m in groups.get(target, [])[: 3 * per_function]]
    plan.master = run_master(path, candidates, workdir / assignment)
    cells_per_target: dict[str, int] = {}
    for _, _, targets in plan.pairs():
        for target in targets:
            cells_per_target[target] = cells_per_target.get(target, 0) + 1
    sizes = {t: min(per_function, n + 1 if n > 1 else 1) for t, n in cells_per_target.items() if t in groups}
    plan.sample = _sample(groups, plan.master.get("verdicts", {}), sizes)
    plan.seconds = {"mutants": round(t1 - t0, 2), "master run": round(time.monotonic() - t1, 2)}
    return plan


def check_source(
    course: Course,
    assignments: list[str] | None = None,
    *,
    settings: GradingSettings | None = None,
    per_function: int = DEFAULT_PER_FUNCTION,
    progress: TextIO | None = None,
    keep: bool = False,
) -> list[SourceReport]:
    """Check the masters of ``assignments`` (default: all) of ``course``; one report per assignment.

    Everything runs in a scratch copy of the course (the course is only read). ``settings``: the
    grader's (default: one worker per core, sandboxed where possible, :data:`CELL_TIMEOUT` per cell).
    ``per_function``: mutants sampled per function in the first round. ``keep``: leave the scratch
    course on disk (its path is in each report's notes).

    Raises:
        ValueError: an assignment is not in the course.
    """
    from ..answers import AnswerCase, fill_notebook, read_notebook
    from ..release.build import build_release
    from ..settings import GradingSettings

    t0 = time.monotonic()
    settings = settings or GradingSettings(cell_timeout=CELL_TIMEOUT)
    names = assignments or course.assignments()
    unknown = sorted(set(names) - set(course.assignments()))
    if unknown:
        raise ValueError(f"no such assignment: {', '.join(unknown)} (known: {', '.join(course.assignments())})")
    tmp = Path(tempfile.mkdtemp(prefix="check-source-"))
    notes: list[str] = []
    try:
        scratch = course.copy_to(tmp / "course", with_generated=False)
        plans: dict[str, _Plan] = {}
        failures: dict[str, str] = {}

        def prepare() -> None:
            for a in names:
                try:
                    plans[a] = _prepare(scratch, a, per_function, tmp / "harness")
                except Exception as e:  # noqa: BLE001  (reported for the assignment; the others go on)
                    failures[a] = f"{type(e).__name__}: {e}"

        worker = threading.Thread(target=prepare, name="check-source-prepare", daemon=True)
        worker.start()
        release_errors: dict[str, str] = {}
        t = time.monotonic()
        for a in names:
            try:
                build_release(scratch, [a], with_solutions=False)
            except Exception as e:  # noqa: BLE001  (nbgrader's own complaint about the master)
                release_errors[a] = str(e)
        release_seconds = time.monotonic() - t
        worker.join()
        reports = {a: SourceReport(a) for a in names}
        for a, error in failures.items():
            reports[a].problems.append(f"{a}: the master could not be read: {error}")
        active = [plans[a] for a in names if a in plans]
        for plan in active:
            plan.release_error = release_errors.get(plan.assignment, "")
            if plan.release_error:
                reports[plan.assignment].problems.append(f"nbgrader cannot release it: {plan.release_error}")
                continue
            plan.release_nb = release_nb = read_notebook(
                scratch.release_dir / plan.assignment / f"{plan.assignment}.ipynb"
            )
            reference = AnswerCase(plan.assignment, REFERENCE)
            _write_submission(scratch, REFERENCE, plan.assignment, fill_notebook(release_nb, plan.source_nb, reference))
            _write_submission(scratch, BLANK, plan.assignment, release_nb)
            sampled = [m for group in plan.sample.values() for m in group]
            plan.packs = _plan_submissions(plan, sampled, "r1")
            _write_mutants(scratch, plan, plan.packs)
        t = time.monotonic()
        graded = _grade_round(scratch, active, settings, progress, notes)
        grading_seconds = time.monotonic() - t
        second_round: dict[str, dict[str, list[Mutant]]] = {}
        for plan in active:
            if plan.release_error:
                continue
            outcomes = graded[plan.assignment]
            broken = _broken_cells(outcomes.get(REFERENCE), plan.names.graded_cells)
            again = _judge(plan, outcomes, broken)
            more = again + _more_mutants(plan)
            if more:
                extra = {f"r2-{m.id}": [m] for m in dict.fromkeys(more)}
                second_round[plan.assignment] = extra
                plan.packs.update(extra)
                _write_mutants(scratch, plan, extra)
        if second_round:
            t = time.monotonic()
            again_graded = _grade_round(
                scratch, [p for p in active if p.assignment in second_round], settings, None, notes
            )
            for plan in active:
                if plan.assignment in second_round:
                    outcomes = {**graded[plan.assignment], **again_graded[plan.assignment]}
                    graded[plan.assignment] = outcomes
                    _judge(plan, outcomes, _broken_cells(outcomes.get(REFERENCE), plan.names.graded_cells))
            grading_seconds += time.monotonic() - t
        for plan in active:
            report = reports[plan.assignment]
            _fill_report(report, plan, graded.get(plan.assignment, {}))
            report.seconds = {
                **plan.seconds,
                "release (all)": round(release_seconds, 1),
                "grading (all)": round(grading_seconds, 1),
                "total (all)": round(time.monotonic() - t0, 1),
            }
            report.notes += notes
            if keep:
                report.notes.append(f"scratch course: {scratch.root}")
    finally:
        if not keep:
            shutil.rmtree(tmp, ignore_errors=True)
    return [reports[a] for a in names]


def _write_mutants(scratch: Course, plan: _Plan, submissions: dict[str, list[Mutant]]) -> None:
    from ..answers import AnswerCase, fill_notebook

    for student, members in submissions.items():
        case = AnswerCase(plan.assignment, student, cells={m.cell: m.source for m in members}, kind="bug")
        _write_submission(scratch, student, plan.assignment, fill_notebook(plan.release_nb, plan.source_nb, case))


def _broken_cells(reference: _Graded | None, graded_cells: list[str]) -> set[str]:
    """Cells the model solution loses points in (they can kill nothing); all of them if it did not grade."""
    if reference is None or reference.cells is None:
        return set(graded_cells)
    return {c for c in reference.cells if reference.lost(c)}


def _more_mutants(plan: _Plan) -> list[Mutant]:
    """For each (test cell, name) that killed none of the sample: up to MORE_PER_FUNCTION further mutants."""
    more: list[Mutant] = []
    for cell, _name, targets in plan.pairs():
        sampled = plan.mutants_of(targets, plan.sample)
        if not sampled or any(cell in plan.kills.get(m.id, ()) for m in sampled):
            continue
        taken = {m.id for m in sampled}
        rest = [m for target in targets for m in plan.groups.get(target, []) if m.id not in taken]
        more += rest[:MORE_PER_FUNCTION]
    return more


def _score(outcome: _Graded | None, cell: str) -> str:
    if outcome is None or outcome.cells is None or cell not in outcome.cells:
        return "-"
    score, max_score, _ = outcome.cells[cell]
    return f"{score:g}/{max_score:g}"


def _first_line(message: str) -> str:
    lines = [line for line in message.splitlines() if line.strip()]
    text = lines[-1] if lines else "no message"
    return text if len(text) <= 300 else text[:297] + "..."


def _fill_report(report: SourceReport, plan: _Plan, outcomes: dict[str, _Graded]) -> None:
    report.problems += plan.names.problems()
    if "problem" in plan.master:
        report.notes.append(f"{plan.master['problem']}: calls per test cell are read from the code only")
    reference, blank = outcomes.get(REFERENCE), outcomes.get(BLANK)
    if reference is None or reference.cells is None:
        reason = reference.reason if reference else "no record"
        report.problems.append(f"the model solution could not be graded: {reason}")
    else:
        for cell in plan.names.graded_cells:
            if cell in reference.cells and reference.lost(cell):
                report.problems.append(
                    f"{cell}: the model solution scores {_score(reference, cell)}: "
                    f"{_first_line(reference.cells[cell][2])}"
                )
        for flag in reference.flags:
            report.problems.append(f"the model solution was flagged: {flag}")
    if blank is not None and blank.cells is not None:
        for cell in plan.names.graded_cells:
            if cell in blank.cells and blank.cells[cell][0] > 0:
                report.problems.append(
                    f"{cell}: the blank release scores {_score(blank, cell)}: a test passes on an unanswered notebook"
                )
    calls = plan.master.get("calls", {})
    lent = plan.master.get("references", {})
    pairs: dict[str, list[tuple[str, list[str]]]] = {}
    for cell, name, targets in plan.pairs():
        pairs.setdefault(cell, []).append((name, targets))
    broken = _broken_cells(reference, plan.names.graded_cells)
    defined = set(plan.names.answers) | plan.names.given
    for t in plan.names.test_cells:
        # references lent under names built at run time (testing.references(**{name: ...})): the code cannot tell
        for name in sorted(set(lent.get(t.cell, ())) - defined - set(t.stale_references)):
            report.problems.append(
                f"{t.cell}: lends a reference for {name} (testing.references, seen when the master ran), but no "
                f"cell of the notebook defines {name}. Was a task renamed?"
            )
        replaced = sorted(set(t.references) | set(lent.get(t.cell, ())))
        row = TestCellReport(
            t.cell,
            names=[n for n in t.uses if n not in replaced],
            calls=list(calls.get(t.cell, [])),
            references=replaced,
            reference_score=_score(reference, t.cell),
            blank_score=_score(blank, t.cell),
        )
        for name, targets in pairs.get(t.cell, []):
            tried = [m for target in targets for m in plan.groups.get(target, []) if m.id in plan.graded_ids]
            if not tried:
                continue
            killed = [m for m in tried if t.cell in plan.kills.get(m.id, ())]
            row.mutants[name] = (len(killed), len(tried))
            if not killed and t.cell not in broken:
                examples = "; ".join(f"{m.id} line {m.line}: `{m.before}` -> `{m.after}`" for m in tried[:3])
                report.problems.append(
                    f"{t.cell}: uses {name} but loses no points for any of the {len(tried)} mutants of "
                    f"{', '.join(targets)} graded (e.g. {examples}): does it still check {name}?"
                )
        report.test_cells.append(row)
    report.mutants_graded = len(plan.graded_ids)
    report.submissions = 2 + len(plan.packs)


# -- masters that passed, unchanged since (release checks only the others) ------------------------------------------


def source_fingerprint(course: Course, assignment: str) -> str:
    """A hash of what check-source's verdict on ``assignment`` depends on: the files of ``source/<a>/``,
    ``nbgrader_config.py``, the ``backprop_course`` package's code (the checks modules, the grader)
    and nbgrader's version."""
    import hashlib
    from importlib.metadata import version

    digest = hashlib.sha256(f"nbgrader {version('nbgrader')}\n".encode())
    package = Path(__file__).resolve().parent.parent
    folder = course.source_dir / assignment
    files = [(f"source/{p.relative_to(folder)}", p) for p in folder.rglob("*") if p.is_file()]
    files += [(f"package/{p.relative_to(package)}", p) for p in package.rglob("*.py")]
    files.append(("nbgrader_config.py", course.root / "nbgrader_config.py"))
    for label, path in sorted(files):
        if ".ipynb_checkpoints" in path.parts or "__pycache__" in path.parts:
            continue
        digest.update(f"{label}\0".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _passed_record(course: Course) -> dict[str, str]:
    try:
        return dict(json.loads((course.root / PASSED_FILE).read_text()))
    except (OSError, ValueError, TypeError):
        return {}


def passed_unchanged(course: Course, assignments: list[str]) -> list[str]:
    """Those of ``assignments`` whose master passed check-source and nothing it depends on changed since."""
    record = _passed_record(course)
    return [a for a in assignments if record.get(a) and record[a] == source_fingerprint(course, a)]


def record_passed(course: Course, reports: list[SourceReport], fingerprints: dict[str, str] | None = None) -> None:
    """Remember the fingerprints of the masters that passed (``.check-source.json``); forget those that failed.

    ``fingerprints``: :func:`source_fingerprint` of each assignment taken before the check ran (an edit
    made while it ran is then checked next time); computed now when missing.
    """
    record = _passed_record(course)
    fingerprints = fingerprints or {}
    for r in reports:
        if r.ok:
            record[r.assignment] = fingerprints.get(r.assignment) or source_fingerprint(course, r.assignment)
        else:
            record.pop(r.assignment, None)
    with contextlib.suppress(OSError):  # a read-only course: release then checks again next time
        (course.root / PASSED_FILE).write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")


def format_reports(reports: list[SourceReport]) -> str:
    """The terminal output: per assignment, per test cell what it calls and scores; then the problems."""
    lines = []
    for r in reports:
        lines.append(f"{r.assignment}: {'ok' if r.ok else f'{len(r.problems)} problem(s)'}")
        width = max((len(t.cell) for t in r.test_cells), default=10)
        for t in r.test_cells:
            names = ", ".join(t.names) or "-"
            methods = [c for c in t.calls if "." in c]
            if methods:
                names += f" ({', '.join(methods)})"
            killed = ", ".join(f"{n} {k}/{g}" for n, (k, g) in t.mutants.items()) or "-"
            lines.append(
                f"  {t.cell:<{width}}  model {t.reference_score:>5}  blank {t.blank_score:>5}  calls {names}"
                f"  | mutants killed: {killed}" + (f"  | references: {', '.join(t.references)}" if t.references else "")
            )
        for p in r.problems:
            lines.append(f"  PROBLEM {p}")
        for n in dict.fromkeys(r.notes):
            lines.append(f"  note: {n}")
        timing = ", ".join(f"{k} {v:g} s" for k, v in r.seconds.items())
        lines.append(f"  {r.mutants_graded} mutants graded in {r.submissions} submissions; {timing}")
    return "\n".join(lines)


if __name__ == "__main__":
    _harness_main(sys.argv[1], sys.argv[2])
