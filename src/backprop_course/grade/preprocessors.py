"""The grader's nbgrader preprocessors, put into ``Autograde``'s configurable lists by the engine.

* :class:`RestoreCellRoles` (sanitising, before ``OverwriteCells``): every cell the gradebook knows
  gets back the role the gradebook gives it (test, answer, locked, points): a submission cannot turn
  a test cell into an ordinary one, or an answer into a test. The ``skip-autograde`` tag, too, is
  the master's: demonstration cells keep it, no other cell has it; nbconvert's
  ``TagRemovePreprocessor``, next in the list, then removes those cells.
* :class:`SandboxedExecute` (autograding, in place of ``Execute``): hands the notebook to the
  engine's executor (:mod:`.execute`: the student's sandboxed kernel and the trusted tester) instead
  of starting a kernel in this process.
* :class:`SanitizeStudentHTML` (autograding, last): nbconvert's ``SanitizeHTML`` (bleach) on what the
  student wrote or made appear: Markdown answers and the outputs of code cells. Formgrader and the
  feedback render ``autograded/``; a ``<script>`` in a written derivation must not run with the TA's
  session. Instructor cells (locked, restored from the gradebook) are left as written.

Per-submission context (which executor, the gradebook lock to release while waiting, the files not
to give the kernel) reaches the preprocessors through :data:`current_submission`, set by the engine
in the thread that converts the submission.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nbconvert.preprocessors.sanitize import SanitizeHTML
from nbformat.notebooknode import NotebookNode
from nbgrader.api import Gradebook, MissingEntry
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Bool, List, Unicode

from ..findings import Finding
from .execute import ExecJob, ExecResult, is_test_cell


@dataclass
class Submission:
    """What the engine knows about the submission this thread is converting."""

    assignment: str
    student: str
    executor: Any  # start() / submit(ExecJob) -> Future[ExecResult] / close()
    timeout: int | None  # per cell; None: the course's Execute.timeout
    unlocked: Callable[[], contextlib.AbstractContextManager[None]]  # the gradebook lock, released
    exec_result: ExecResult | None = None
    findings: list[Finding] = field(default_factory=list)


current_submission: ContextVar[Submission] = ContextVar("current_submission")


def submission_seed(nb: NotebookNode, files: dict[str, Path]) -> int:
    """The seed of a submission's hidden-test data: a hash of everything the student's kernel runs.

    Code cells other than tests, and the extra files: the same answers get the same data (a regrade
    gives the same score), changed answers get new data.
    """
    h = hashlib.sha256()
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
            seed=submission_seed(nb, files),
            label=f"{sub.student}/{sub.assignment}",
        )
        future = sub.executor.submit(job)
        with sub.unlocked():
            result = future.result()
        sub.exec_result = result
        if result.error is not None:
            raise result.error
        return result.notebook, resources


SKIP_TAG = "skip-autograde"


def skip_autograde_ids(source_nb: NotebookNode) -> list[str]:
    """grade_ids of the master's cells tagged ``skip-autograde`` (demonstrations nothing depends on)."""
    return [
        c.metadata["nbgrader"]["grade_id"]
        for c in source_nb.cells
        if SKIP_TAG in c.metadata.get("tags", []) and c.metadata.get("nbgrader", {}).get("grade_id")
    ]


class RestoreCellRoles(NbGraderPreprocessor):
    """Give every cell the gradebook knows its role back: test or answer, locked, points; and the skip tag."""

    skip_tag = Unicode(SKIP_TAG, help="the tag of cells not run when grading").tag(config=True)
    skip_cells = List(Unicode(), help="grade_ids of the master's cells that carry skip_tag").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        info = resources["nbgrader"]
        with Gradebook(info["db_url"]) as gb:
            try:
                notebook = gb.find_notebook(info["notebook"], info["assignment"])
            except MissingEntry:
                return nb, resources
            self.points = {c.name: float(c.max_score) for c in notebook.grade_cells}
            self.solutions = {c.name for c in notebook.solution_cells}
            self.locked = {c.name: bool(c.locked) for c in notebook.source_cells}
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
