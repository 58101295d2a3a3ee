"""The grader's nbgrader preprocessors, put into ``Autograde``'s configurable lists by the engine.

* :class:`RestoreCellRoles` (sanitising, before ``OverwriteCells``): every cell the gradebook knows
  gets back the role the gradebook gives it (test, answer, locked, points): a submission cannot turn
  a test cell into an ordinary one, or an answer into a test. The ``skip-autograde`` tag, too, is
  the master's: demonstration cells keep it, no other cell has it; nbconvert's
  ``TagRemovePreprocessor``, next in the list, then removes those cells.
* :class:`SandboxedExecute` (autograding, in place of ``Execute``): hands the notebook to the
  engine's executor (:mod:`.execute`: the student's sandboxed kernel and the trusted tester) instead
  of starting a kernel in this process.
* :class:`ForgetUnknownCells` (sanitising, first): nbgrader metadata on a cell the gradebook does not
  know (a student's own "grade cell", with or without a grade_id) is removed: it is an ordinary cell.
* :class:`ShortenForViewing` (autograding, last): a cell source longer than ``max_chars`` is cut in
  ``autograded/`` (the submission keeps it whole), so formgrader and feedback render in seconds.
* :class:`SanitizeStudentHTML` (autograding, last): nbconvert's ``SanitizeHTML`` (bleach) on what the
  student wrote or made appear: Markdown answers and the outputs of code cells. Formgrader and the
  feedback render ``autograded/``; a ``<script>`` in a written derivation must not run with the TA's
  session. Instructor cells (locked, restored from the gradebook) are left as written. The same text (the
  notebook's unlocked prose, in every submission) is cleaned once per process: bleach builds a new cleaner per
  call, 18 ms of the grading process's CPU per notebook (issue 21).

Per-submission context (which executor, the gradebook lock to release while waiting, the files not
to give the kernel) reaches the preprocessors through :data:`current_submission`, set by the engine
in the thread that converts the submission.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import hmac
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbconvert.preprocessors.sanitize import SanitizeHTML
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, Int, List, Unicode

from ..course import SKIP_TAG, skip_autograde_ids
from ..findings import Finding
from ..review.tamper import parse
from .execute import (
    DEFINITIONS,
    ExecJob,
    ExecResult,
    cell_name,
    globals_read,
    is_test_cell,
    notebook_variables,
    parameter_names,
)
from .nbgrader_compat import master_notebook


@dataclass
class Submission:
    """What the engine knows about the submission this thread is converting."""

    assignment: str
    student: str
    executor: Any  # start() / submit(ExecJob) -> Future[ExecResult] / close()
    timeout: int | None  # per cell; None: the course's Execute.timeout
    unlocked: Callable[[], contextlib.AbstractContextManager[None]]  # the gradebook lock, released
    facts: MasterFacts  # from the master notebook
    seed_key: bytes  # the course's secret for the hidden tests' seeds
    exec_result: ExecResult | None = None
    findings: list[Finding] = field(default_factory=list)


current_submission: ContextVar[Submission] = ContextVar("current_submission")


def submission_seed(nb: NotebookNode, files: dict[str, Path], key: bytes) -> int:
    """The seed of a submission's hidden-test data: a keyed hash of everything the student's kernel runs.

    Code cells other than tests, and the extra files: the same answers get the same data (a regrade
    gives the same score), changed answers get new data. The key is the course's secret
    (``grade_records/.seed-key``), so a student cannot compute the seed, and so the data, from their
    own code.
    """
    h = hmac.new(key, digestmod=hashlib.sha256)
    for cell in nb.cells:
        if cell.cell_type == "code" and not is_test_cell(cell):
            h.update(cell.source.encode() + b"\0")
    for rel, path in sorted(files.items()):
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return int.from_bytes(h.digest()[:8], "big") >> 1


class SandboxedExecute(Execute):
    """nbgrader's ``Execute``, but run by the engine's executor: a sandboxed kernel and a trusted tester."""

    def preprocess(self, nb: NotebookNode, resources: Any = None, km: Any = None) -> Any:
        sub = current_submission.get()
        workdir = Path(resources["metadata"]["path"])  # autograded/<s>/<a>/: the staged files, checked
        files = {
            p.relative_to(workdir).as_posix(): p
            for p in sorted(workdir.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.suffix != ".ipynb"
        }
        job = ExecJob(
            notebook=nb,
            files=files,
            timeout=sub.timeout,
            config=self.config,
            seed=submission_seed(nb, files, sub.seed_key),
            label=f"{sub.student}/{sub.assignment}",
            notebook_names=list(sub.facts.notebook_names),
            setup=sub.facts.setup,
            skipped_names=dict(sub.facts.skipped_names),
            signatures={name: list(params) for name, params in sub.facts.signatures},
            task_data=list(sub.facts.task_data),
        )
        future = sub.executor.submit(job)
        with sub.unlocked():
            result = future.result()
        sub.exec_result = result
        if result.error is not None:
            raise result.error
        return result.notebook, resources


def _bound_at_top(tree: ast.Module) -> set[str]:
    """Names a cell binds at module level (definitions, assignments, imports, loop and with targets)."""
    names: set[str] = set()

    def targets(node: ast.AST) -> None:
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.Tuple, ast.List)):
            for e in node.elts:
                targets(e)
        elif isinstance(node, ast.Starred):
            targets(node.value)

    def visit(body: list[ast.stmt]) -> None:
        for stmt in body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(stmt.name)
            elif isinstance(stmt, ast.Assign):
                for t in stmt.targets:
                    targets(t)
            elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
                targets(stmt.target)
            elif isinstance(stmt, (ast.Import, ast.ImportFrom)):
                names.update((a.asname or a.name).split(".")[0] for a in stmt.names if a.name != "*")
            elif isinstance(stmt, (ast.For, ast.AsyncFor)):
                targets(stmt.target)
                visit(stmt.body + stmt.orelse)
            elif isinstance(stmt, (ast.With, ast.AsyncWith)):
                for item in stmt.items:
                    if item.optional_vars is not None:
                        targets(item.optional_vars)
                visit(stmt.body)
            elif isinstance(stmt, ast.If):
                visit(stmt.body + stmt.orelse)
            elif isinstance(stmt, ast.Try):
                visit(stmt.body + stmt.orelse + stmt.finalbody + [s for h in stmt.handlers for s in h.body])

    visit(tree.body)
    return names


@dataclass(frozen=True)
class MasterFacts:
    """What grading takes from the master notebook (trusted), for every submission of an assignment."""

    skip_cells: tuple[str, ...]  # grade_ids of the cells tagged skip-autograde
    notebook_names: tuple[str, ...]  # the names the notebook's own cells define: all the tests may take from it
    setup: str  # the leading hidden block of the first test cell: the tests' shared definitions
    skipped_names: tuple[tuple[str, str], ...] = ()  # (name, grade_id): bound only by a skip-autograde cell
    # (function or Class.method, its parameters' names) as the answer cells define them: the tasks' signatures
    signatures: tuple[tuple[str, tuple[str, ...]], ...] = ()
    task_data: tuple[str, ...] = ()  # the given cells' variables the model solution's functions read (XOR_INPUTS)


def master_facts(master: NotebookNode) -> MasterFacts:
    """:class:`MasterFacts` of a master notebook."""
    names: set[str] = set()  # bound by the cells the tests may take names from (not the test cells)
    by_skipped: dict[str, str] = {}  # name -> the skip-autograde cell binding it
    elsewhere: set[str] = set()  # bound by a cell that runs when graded (test cells too)
    setup = ""
    signatures: dict[str, tuple[str, ...]] = {}
    given: dict[str, str] = {}  # a variable of the given cells -> its cell
    solutions: list[tuple[ast.stmt, str]] = []  # the model solution's functions and classes, and their cells
    skip_cells = skip_autograde_ids(master)
    for cell in master.cells:
        if cell.cell_type != "code":
            continue
        test = is_test_cell(cell)
        if test and not setup:
            setup = leading_hidden_block(cell.source)
        source = "\n".join(ln for ln in cell.source.splitlines() if not ln.strip().startswith(("### BEGIN", "### END")))
        try:
            tree = parse(source)
        except SyntaxError:
            continue
        bound = _bound_at_top(tree)
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in skip_cells:
            by_skipped.update(dict.fromkeys(bound, grade_id))
        else:
            elsewhere |= bound
        if not test:
            names |= bound
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution"):
            signatures.update(parameter_names(tree))
            solutions += [(node, grade_id) for node in tree.body if isinstance(node, DEFINITIONS)]
        elif meta.get("locked") and not test:
            given.update((name, grade_id) for name, _ in notebook_variables(tree))
    skipped = tuple(sorted((n, cell) for n, cell in by_skipped.items() if n not in elsewhere))
    task_data = sorted({name for read in globals_read(solutions, given).values() for name, _ in read})
    return MasterFacts(
        tuple(skip_cells),
        tuple(sorted(names)),
        setup,
        skipped,
        tuple(sorted(signatures.items())),
        tuple(task_data),
    )


def leading_hidden_block(source: str) -> str:
    """The hidden block a test cell starts with (its first code line is ``### BEGIN HIDDEN TESTS``), or ""."""
    lines = source.splitlines()
    code = [i for i, ln in enumerate(lines) if ln.strip() and not ln.strip().startswith("#") or "HIDDEN TESTS" in ln]
    if not code or "BEGIN HIDDEN TESTS" not in lines[code[0]]:
        return ""
    end = next((i for i in range(code[0], len(lines)) if "END HIDDEN TESTS" in lines[i]), None)
    return "\n".join(lines[code[0] + 1 : end]) if end is not None else ""


def _global_reads(source: str) -> set[str]:
    """Names a cell reads from the notebook's namespace without binding them itself (via :mod:`symtable`)."""
    import symtable

    reads: set[str] = set()

    def visit(table: symtable.SymbolTable) -> None:
        for sym in table.get_symbols():
            if not sym.is_referenced():
                continue
            if table.get_type() == "module":
                if not (sym.is_assigned() or sym.is_imported()):
                    reads.add(sym.get_name())
            elif sym.is_global() and not sym.is_assigned():
                reads.add(sym.get_name())
        for child in table.get_children():
            visit(child)

    visit(symtable.symtable(source, "<cell>", "exec"))
    return reads


def skipped_cell_dependencies(master: NotebookNode) -> list[str]:
    """Why removing the master's ``skip-autograde`` cells could change a score, one line per problem, or [].

    A tagged cell may be removed at grading time only if no later cell that runs (answer, test, or any
    untagged cell, hidden parts included) reads a name that only the tagged cell binds.
    """
    problems = []
    bound_by_skipped: dict[str, str] = {}  # name -> the tagged cell that last bound it
    for index, cell in enumerate(master.cells):
        if cell.cell_type != "code":
            continue
        name = cell_name(cell, index)
        try:
            tree = parse("\n".join(ln for ln in cell.source.splitlines() if not ln.lstrip().startswith(("%", "!"))))
        except SyntaxError:
            continue
        if SKIP_TAG in cell.metadata.get("tags", []):
            if not cell.metadata.get("nbgrader", {}).get("grade_id"):
                problems.append(
                    f"cell {name} is tagged {SKIP_TAG} but is no nbgrader cell: grading cannot trust the tags of a "
                    "cell the gradebook does not know (a student can add or remove them), so it runs; make it a "
                    "read-only cell with a grade_id"
                )
                continue
            bound_by_skipped.update(dict.fromkeys(_bound_at_top(tree), name))
            continue
        read = _global_reads(ast.unparse(tree))
        for used in sorted(read & set(bound_by_skipped)):
            owner = bound_by_skipped[used]
            problems.append(f"cell {name} reads {used}, which only the skip-autograde cell {owner} binds")
        for rebound in _bound_at_top(tree):
            bound_by_skipped.pop(rebound, None)
    return problems


@dataclass(frozen=True)
class KnownCells:
    """The cells the gradebook knows for a notebook: test points, answer ids, and every cell's lock."""

    points: Mapping[str, float]
    solutions: frozenset[str]
    locked: Mapping[str, bool]


def _known_cells(resources: Any) -> KnownCells | None:
    """What the gradebook knows of the notebook nbgrader is converting (None if it knows nothing).

    Made once per conversion pass (the pass's preprocessors share ``resources``) from the master notebook's row,
    which a grading batch reads once (:func:`~.nbgrader_compat.master_notebook`).
    """
    info = resources["nbgrader"]
    key = (info["db_url"], info["notebook"], info["assignment"])
    if resources.get("known_cells", (None,))[0] == key:
        return resources["known_cells"][1]
    master = master_notebook(*key)
    known = None
    if master is not None:
        known = KnownCells(
            {c.name: float(c.max_score) for c in master.grade_cells},
            frozenset(c.name for c in master.solution_cells),
            {c.name: bool(c.locked) for c in master.source_cells},
        )
    resources["known_cells"] = (key, known)
    return known


class RestoreCellRoles(NbGraderPreprocessor):
    """Give every cell the gradebook knows its role back: test or answer, locked, points; and the skip tag."""

    skip_tag = Unicode(SKIP_TAG, help="the tag of cells not run when grading").tag(config=True)
    skip_cells = List(Unicode(), help="grade_ids of the master's cells that carry skip_tag").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        cells = _known_cells(resources)
        if cells is None:
            return nb, resources
        self.points, self.solutions, self.locked = cells.points, cells.solutions, cells.locked
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        meta = cell.metadata.get("nbgrader")
        grade_id = meta.get("grade_id") if isinstance(meta, dict) else None
        tags = [t for t in cell.metadata.get("tags", []) if t != self.skip_tag]
        if grade_id in self.skip_cells and grade_id in self.locked:
            tags.append(self.skip_tag)
        if tags or "tags" in cell.metadata:
            cell.metadata["tags"] = tags
        if grade_id not in self.locked:
            return cell, resources
        meta["grade"] = grade_id in self.points
        meta["solution"] = grade_id in self.solutions
        meta["locked"] = self.locked[grade_id]
        if meta["grade"]:
            meta["points"] = self.points[grade_id]
        return cell, resources


class SanitizeStudentHTML(SanitizeHTML):
    """nbconvert's ``SanitizeHTML``, on the cells a student controls and on every output (module docstring)."""

    enabled = Bool(True, help="nbconvert's preprocessors are off unless enabled; this one always runs").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" and meta.get("locked") and not meta.get("solution"):
            return cell, resources  # the instructor's text, as restored from the gradebook
        return super().preprocess_cell(cell, resources, index)

    def sanitize_html_tags(self, html_str: str) -> str:
        """nbconvert's, remembered by text and settings (texts up to :data:`_CLEANED_MAX_CHARS` characters)."""
        if len(html_str) > _CLEANED_MAX_CHARS:
            return super().sanitize_html_tags(html_str)
        key = (html_str, repr((self.tags, self.attributes, self.strip, self.strip_comments, self.styles)))
        cleaned = _CLEANED.get(key)
        if cleaned is None:
            cleaned = super().sanitize_html_tags(html_str)
            if len(_CLEANED) >= _CLEANED_ENTRIES:
                _CLEANED.clear()
            _CLEANED[key] = cleaned
        return cleaned


_CLEANED: dict[tuple[str, str], str] = {}  # (text, settings) -> bleach's result: the same text comes in every notebook
_CLEANED_MAX_CHARS = 20_000
_CLEANED_ENTRIES = 2_000  # at most 40 MB of text kept (emptied when full)


class ForgetUnknownCells(NbGraderPreprocessor):
    """Make a cell the gradebook does not know an ordinary cell (module docstring)."""

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        cells = _known_cells(resources)
        if cells is None:
            return nb, resources
        self.known = set(cells.locked)
        return super().preprocess(nb, resources)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        meta = cell.metadata.get("nbgrader")
        if isinstance(meta, dict) and meta and meta.get("grade_id") not in self.known:
            del cell.metadata["nbgrader"]
        return cell, resources


class ShortenForViewing(NbGraderPreprocessor):
    """Cut very long cell sources in the autograded notebook (module docstring)."""

    max_chars = Int(50_000, help="longest cell source kept whole in autograded/").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        if len(cell.source) > self.max_chars:
            n = len(cell.source)
            cell.source = (
                cell.source[: self.max_chars // 10]
                + f"\n\n# ... {n - self.max_chars // 10} more characters cut for viewing (the submission has them)\n"
            )
        return cell, resources
