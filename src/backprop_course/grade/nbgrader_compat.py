"""Every place the grader works around nbgrader 0.9.6, in one module, each with the reason.

Importing this module checks nbgrader's version: the workarounds were written against 0.9.6 and a
different release must be checked (and this module updated) before it is trusted.

* :class:`EngineAutograde`: ``Autograde`` for one submission in a process that grades several at once.
  nbgrader's ``start`` changes the process's working directory (``os.chdir`` to the course root),
  and its ``convert_single_notebook`` wraps execution in ``utils.setenv(NBGRADER_EXECUTION=...)``,
  which in 0.9.6 saves ``os.environ.get(value)`` instead of ``.get(key)`` and so *deletes* the
  variable afterwards, under the feet of the submissions still executing in other threads. The
  engine sets ``NBGRADER_EXECUTION`` once for the whole run instead. And nbgrader turns a database
  error (SQLite "database is locked", a dropped PostgreSQL connection) into a generic
  ``NbGraderException`` that tells the user to upgrade the database; ``EngineAutograde`` keeps the
  original error in ``db_error`` so the engine can retry.
* :class:`DropEmptyMetadata`: ``DeduplicateIds`` empties the nbgrader metadata of a duplicated cell's
  copies but leaves an empty ``nbgrader`` dict, on which ``OverwriteCells.add_missing_task_cells``
  (run when ``add_missing_cells`` is on) fails with ``KeyError: 'grade_id'``, so the whole submission
  would get no score.
* :class:`SaveAutoGradesOnce`: nbgrader's ``SaveAutoGrades`` commits after every graded cell and
  every comment, so a notebook's scores reach the gradebook one by one (a crash in between leaves
  some of them) and SQLite syncs the disk a dozen times per notebook (17 % of the coordinator's time
  with a stub executor, ``bench/bench_coordinator.py``). This one writes them in one transaction, and
  reads the submission's grade and comment rows in two queries instead of one per cell.
* :class:`OverwriteCellsOnce`: nbgrader's ``OverwriteCells`` queries the gradebook twice per cell (its
  source cell, its graded cell); this one reads the notebook's cells once and compares the same way.
  :class:`OverwriteKernelspecOnce` likewise reads the master's kernelspec once.
* :func:`faster_gradebook`: nbgrader builds a new SQLAlchemy engine for every ``Gradebook`` it opens
  (about ten per notebook), re-inspects the database, re-runs ``create_all`` and re-checks the course
  row each time, closes the engine's connections when it closes a ``Gradebook`` (so the next one
  connects again), and validates each cell's metadata with ``jsonschema.validate``, which re-checks the
  schema on every call. Within this context those set-ups happen once, connections are pooled, and
  what the gradebook holds of a master notebook is read once (:func:`read_once`); queries and
  validation are the same.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import nbgrader
from nbconvert.writers import FilesWriter
from nbformat.notebooknode import NotebookNode
from nbgrader import utils
from nbgrader.api import BaseCell, Comment, Grade, Gradebook, GradeCell, MissingEntry, TaskCell
from nbgrader.converters import Autograde
from nbgrader.converters.base import BaseConverter
from nbgrader.preprocessors import NbGraderPreprocessor, OverwriteCells, OverwriteKernelspec, SaveAutoGrades
from sqlalchemy.exc import OperationalError

NBGRADER_VERSION = "0.9.6"
if nbgrader.__version__ != NBGRADER_VERSION:
    raise ImportError(
        f"backprop_course.grade works around nbgrader {NBGRADER_VERSION} and has not been checked with "
        f"{nbgrader.__version__}: see backprop_course/grade/nbgrader_compat.py"
    )


class EngineAutograde(Autograde):
    """``Autograde`` for one submission: no ``os.chdir``, no ``setenv``; ``db_error`` kept (module docstring)."""

    db_error: OperationalError | None = None

    def init_assignment(self, assignment_id: str, student_id: str) -> None:
        try:
            super().init_assignment(assignment_id, student_id)
        except OperationalError as e:
            self.db_error = e
            raise

    def start(self) -> None:
        self.init_notebooks()
        self.writer = FilesWriter(parent=self, config=self.config)
        self.exporter = self.exporter_class(parent=self, config=self.config)
        for pp in self.preprocessors:
            self.exporter.register_preprocessor(pp)
        self.convert_notebooks()

    def convert_single_notebook(self, notebook_filename: str) -> None:
        # Autograde's own, minus utils.setenv(NBGRADER_EXECUTION=...)
        self.log.info("Sanitizing %s", notebook_filename)
        self._convert_pass(notebook_filename, sanitizing=True)
        notebook_filename = os.path.join(self.writer.build_directory, os.path.basename(notebook_filename))
        self.log.info("Autograding %s", notebook_filename)
        try:
            self._convert_pass(notebook_filename, sanitizing=False)
        finally:
            self._sanitizing = True

    def _convert_pass(self, notebook_filename: str, sanitizing: bool) -> None:
        """One of Autograde's two passes (sanitize, then autograde); a locked gradebook is kept in ``db_error``."""
        self._sanitizing = sanitizing
        self._init_preprocessors()
        try:
            BaseConverter.convert_single_notebook(self, notebook_filename)
        except OperationalError as e:
            self.db_error = e
            raise


class SaveAutoGradesOnce(SaveAutoGrades):
    """``SaveAutoGrades`` writing a notebook's scores and comments in one transaction (module docstring).

    The rows are nbgrader 0.9.6's own (same scores, same ``needs_manual_grade`` rule, same
    "No response." comments); only the commits differ: one at the end instead of one per cell.
    """

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.student_id = resources["nbgrader"]["student"]
        self.db_url = resources["nbgrader"]["db_url"]
        self.gradebook = Gradebook(self.db_url)
        with self.gradebook:
            self._rows = self._submission_rows()
            nb, resources = NbGraderPreprocessor.preprocess(self, nb, resources)
            self.gradebook.db.commit()
        return nb, resources

    def _submission_rows(self) -> dict[tuple[type, str], Any]:
        """The submitted notebook's grade and comment rows by (row type, cell name): two queries, not one per cell.

        The rows are those nbgrader's ``find_grade`` and ``find_comment`` return (a cell's name is unique
        within a notebook, whichever kind of cell it is); a cell missing here is looked up their way.
        """
        db = self.gradebook.db
        try:
            submitted = self.gradebook.find_submission_notebook(self.notebook_id, self.assignment_id, self.student_id)
        except MissingEntry:
            return {}
        rows: dict[tuple[type, str], Any] = {}
        for kind in (Grade, Comment):
            for name, row in (
                db.query(BaseCell.name, kind)
                .join(kind, kind.cell_id == BaseCell.id)
                .filter(kind.notebook_id == submitted.id)
            ):
                rows[(kind, name)] = row
        return rows

    def _add_score(self, cell: NotebookNode, resources: Any) -> None:
        name = cell.metadata["nbgrader"]["grade_id"]
        grade = self._rows.get((Grade, name)) or self.gradebook.find_grade(
            name, self.notebook_id, self.assignment_id, self.student_id
        )
        grade.auto_score, _ = utils.determine_grade(cell, self.log)
        # a manual score, or no automatic one, leaves the cell for a TA's review
        grade.needs_manual_grade = grade.manual_score is not None or grade.auto_score is None

    def _add_comment(self, cell: NotebookNode, resources: Any) -> None:
        name = cell.metadata["nbgrader"]["grade_id"]
        comment = self._rows.get((Comment, name)) or self.gradebook.find_comment(
            name, self.notebook_id, self.assignment_id, self.student_id
        )
        unchanged = cell.metadata.nbgrader.get("checksum", None) == utils.compute_checksum(cell)
        comment.auto_comment = "No response." if unchanged and not utils.is_task(cell) else None


def load_graded_cells(gradebook: Gradebook, notebook: Any) -> list[Any]:
    """Read the own columns (points, cell type) of ``notebook``'s grade and task cells in two queries.

    nbgrader's ``Notebook.grade_cells`` and ``task_cells`` filter the ``_base_cells`` relationship, which
    reads the base table only; each cell's ``max_score`` and ``cell_type`` were then read with one query
    per cell when first used (about 20 per notebook and pass). Querying the subclasses with
    ``populate_existing`` fills them in on the objects the session already holds (called on a gradebook
    just opened, before anything in it is changed). Returns the cells: the session holds its objects
    weakly, so the caller keeps the list while it reads them.
    """
    return [
        cell
        for kind in (GradeCell, TaskCell)
        for cell in gradebook.db.query(kind).filter(kind.notebook_id == notebook.id).populate_existing()
    ]


@dataclass(frozen=True)
class MasterCell:
    """What nbgrader's ``OverwriteCells`` reads of a master's source or graded cell row, as plain data."""

    name: str
    cell_type: str | None = None
    locked: bool | None = None
    checksum: str | None = None
    source: str | None = None
    max_score: float | None = None


@dataclass(frozen=True)
class MasterNotebook:
    """What the grader's preprocessors read of a master notebook's row: its cells, in the gradebook's order, and its
    kernelspec (JSON text or None), as plain data."""

    source_cells: tuple[MasterCell, ...]
    grade_cells: tuple[MasterCell, ...]
    solution_cells: tuple[MasterCell, ...]
    task_cells: tuple[MasterCell, ...]
    kernelspec: str | None = None

    def source(self) -> Mapping[str, MasterCell]:
        """``find_source_cell``'s answers by name."""
        return {c.name: c for c in self.source_cells}

    def graded(self) -> Mapping[str, MasterCell]:
        """``find_graded_cell``'s answers by name: a grade cell, else the task cell of that name."""
        return {c.name: c for c in self.task_cells} | {c.name: c for c in self.grade_cells}


def master_notebook(db_url: str, notebook: str, assignment: str) -> MasterNotebook | None:
    """A master notebook's row as :class:`MasterNotebook` (None when the gradebook does not have it): read once per
    batch (:func:`read_once`)."""
    return read_once(
        ("master-notebook", db_url, notebook, assignment), lambda: _read_master(db_url, notebook, assignment)
    )


def _read_master(db_url: str, notebook: str, assignment: str) -> MasterNotebook | None:
    with Gradebook(db_url) as gradebook:
        try:
            found = gradebook.find_notebook(notebook, assignment)
        except MissingEntry:
            return None
        loaded = load_graded_cells(gradebook, found)  # noqa: F841  (kept alive while read)
        return MasterNotebook(
            tuple(MasterCell(c.name, c.cell_type, c.locked, c.checksum, c.source) for c in found.source_cells),
            tuple(MasterCell(c.name, c.cell_type, max_score=c.max_score) for c in found.grade_cells),
            tuple(MasterCell(c.name) for c in found.solution_cells),
            tuple(MasterCell(c.name, c.cell_type, max_score=c.max_score) for c in found.task_cells),
            found.kernelspec,
        )


class _NotebookCells:
    """A ``Gradebook`` whose ``find_notebook``, ``find_source_cell`` and ``find_graded_cell`` answer from a master
    notebook's cells read at once (:class:`MasterNotebook`, once per batch: :func:`read_once`).

    Anything else, and any notebook or cell it did not read, goes to the gradebook itself (so a missing one raises
    nbgrader's own ``MissingEntry``).
    """

    def __init__(self, gradebook: Gradebook, notebook: str, assignment: str, db_url: str) -> None:
        self._gradebook, self._key = gradebook, (notebook, assignment)
        self._master = master_notebook(db_url, notebook, assignment)
        self._source = self._master.source() if self._master else {}
        self._graded = self._master.graded() if self._master else {}

    def find_notebook(self, notebook: str, assignment: str) -> Any:
        if (notebook, assignment) == self._key and self._master is not None:
            return self._master
        return self._gradebook.find_notebook(notebook, assignment)

    def find_source_cell(self, name: str, notebook: str, assignment: str) -> Any:
        if (notebook, assignment) == self._key and name in self._source:
            return self._source[name]
        return self._gradebook.find_source_cell(name, notebook, assignment)

    def find_graded_cell(self, name: str, notebook: str, assignment: str) -> Any:
        if (notebook, assignment) == self._key and name in self._graded:
            return self._graded[name]
        return self._gradebook.find_graded_cell(name, notebook, assignment)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._gradebook, name)


class OverwriteCellsOnce(OverwriteCells):
    """``OverwriteCells`` reading the notebook's source and graded cells in a few queries, not two per cell.

    nbgrader's ``preprocess`` with the gradebook wrapped (:class:`_NotebookCells`); the comparisons and
    the restored cells are nbgrader's own.
    """

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.db_url = resources["nbgrader"]["db_url"]
        gradebook = Gradebook(self.db_url)
        with gradebook:
            self.gradebook = _NotebookCells(gradebook, self.notebook_id, self.assignment_id, self.db_url)
            nb, resources = NbGraderPreprocessor.preprocess(self, nb, resources)
            if self.add_missing_cells:
                nb, resources = self.add_missing_grade_cells(nb, resources)
                nb, resources = self.add_missing_task_cells(nb, resources)
        return nb, resources


class OverwriteKernelspecOnce(OverwriteKernelspec):
    """``OverwriteKernelspec`` reading the master's kernelspec once per batch (:func:`master_notebook`), not once
    per notebook; what it does with it is nbgrader's (the submitted notebook gets the master's kernelspec)."""

    def preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        info = resources["nbgrader"]
        master = master_notebook(info["db_url"], info["notebook"], info["assignment"])
        if master is None:  # not in the gradebook: nbgrader's own way (its MissingEntry)
            return super().preprocess(nb, resources)
        kernelspec = json.loads(master.kernelspec) if master.kernelspec is not None else None
        if kernelspec:
            nb.metadata["kernelspec"] = kernelspec
        return nb, resources


class DropEmptyMetadata(NbGraderPreprocessor):
    """Finish what ``DeduplicateIds`` starts: a duplicated cell's copies become ordinary cells."""

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"]:
            del cell.metadata["nbgrader"]
        return cell, resources


_patch_lock = threading.Lock()
_patch_users = 0
_unpatch: Any = None
_read_once: dict[tuple[Any, ...], Any] | None = None  # within faster_gradebook: read_once's results

T = TypeVar("T")


def read_once(key: tuple[Any, ...], read: Callable[[], T]) -> T:
    """``read()``; within :func:`faster_gradebook`, its first result for ``key`` (a tuple naming the database).

    For what the gradebook holds of a *master* notebook (its cells, their points and locks): a grading batch
    does not change it, and nbgrader reads it again in every pass of every notebook. The results are shared
    between threads, so they must not be changed, nor be ORM objects bound to a session.
    """
    cache = _read_once
    if cache is None:
        return read()
    if key not in cache:
        cache[key] = read()  # two threads may both read it: the same rows
    return cache[key]


@contextlib.contextmanager
def faster_gradebook() -> Iterator[None]:
    """Within this context, nbgrader's per-notebook gradebook set-up is done once (module docstring).

    The patches are process-wide: nested or concurrent users (two grading runs in one process)
    share them, and the last one to leave removes them.
    """
    global _patch_users, _unpatch, _read_once
    with _patch_lock:
        if _patch_users == 0:
            _unpatch = _install_faster_gradebook()
            _read_once = {}
        _patch_users += 1
    try:
        yield
    finally:
        with _patch_lock:
            _patch_users -= 1
            if _patch_users == 0:
                _unpatch()
                _unpatch, _read_once = None, None


def _install_faster_gradebook() -> Any:
    """Install the patches; returns the function that removes them."""
    import jsonschema
    import nbgrader.api as api
    import nbgrader.nbgraderformat.common as common

    engines: dict[tuple[Any, ...], Any] = {}
    real_create_engine = api.create_engine

    def create_engine(url: Any, *args: Any, **kw: Any) -> Any:
        key = (str(url), args, tuple(sorted(kw.items())))
        if key not in engines:
            engines[key] = real_create_engine(url, *args, **kw)
        return engines[key]

    validators: dict[str, Any] = {}

    class CachedValidation:
        """``jsonschema`` with ``validate`` checking each schema once (same errors, same order)."""

        def __getattr__(self, name: str) -> Any:
            return getattr(jsonschema, name)

        @staticmethod
        def validate(instance: Any, schema: Any, cls: Any = None, *args: Any, **kwargs: Any) -> None:
            if cls is not None or args or kwargs:
                return jsonschema.validate(instance, schema, cls, *args, **kwargs)
            key = json.dumps(schema, sort_keys=True)
            validator = validators.get(key)
            if validator is None:
                vcls = jsonschema.validators.validator_for(schema)
                vcls.check_schema(schema)
                validator = validators[key] = vcls(schema)
            error = jsonschema.exceptions.best_match(validator.iter_errors(instance))
            if error is not None:
                raise error

    real_inspect = api.inspect
    real_create_all = api.Base.metadata.create_all
    tables: dict[int, list[str]] = {}
    created: set[int] = set()

    class CachedInspection:
        def __init__(self, engine: Any) -> None:
            self.engine = engine

        def get_table_names(self) -> list[str]:
            if id(self.engine) not in tables or not tables[id(self.engine)]:
                tables[id(self.engine)] = real_inspect(self.engine).get_table_names()
            return tables[id(self.engine)]

    def inspect(subject: Any, *args: Any, **kw: Any) -> Any:
        if subject in engines.values() and not args and not kw:
            return CachedInspection(subject)
        return real_inspect(subject, *args, **kw)

    def create_all(bind: Any = None, *args: Any, **kw: Any) -> None:
        if bind in engines.values() and id(bind) in created:
            return
        real_create_all(bind, *args, **kw)
        if bind in engines.values():
            created.add(id(bind))
            tables.pop(id(bind), None)

    real_check_course = api.Gradebook.check_course
    checked: set[tuple[int, str]] = set()

    def check_course(self: Any, course_id: str = "default_course", **kw: Any) -> Any:
        # called by every Gradebook() to make sure the course row exists: once per engine is enough
        key = (id(self.engine), course_id)
        if kw or self.engine not in engines.values() or key not in checked:
            result = real_check_course(self, course_id, **kw)
            if self.engine in engines.values():
                checked.add(key)
            return result
        return None

    real_close = api.Gradebook.close

    def close(self: Any) -> None:
        # nbgrader's close also disposes of the engine's pool; a cached engine keeps its connections for the
        # next Gradebook (each connection goes back to the pool, its transaction rolled back)
        if self.engine in engines.values():
            self.db.remove()
        else:
            real_close(self)

    api.Gradebook.check_course = check_course
    api.Gradebook.close = close
    api.create_engine = create_engine
    api.inspect = inspect
    api.Base.metadata.create_all = create_all
    common.jsonschema = CachedValidation()

    def remove() -> None:
        api.create_engine = real_create_engine
        api.Gradebook.check_course = real_check_course
        api.Gradebook.close = real_close
        api.inspect = real_inspect
        del api.Base.metadata.create_all  # the instance attribute; the method shows through again
        common.jsonschema = jsonschema
        for engine in engines.values():
            engine.dispose()

    return remove
