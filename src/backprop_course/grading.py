"""Batch autograding of ``submitted/`` into nbgrader's gradebook and ``autograded/``: fast, sandboxed, resumable.

:func:`grade` runs nbgrader's own ``Autograde`` converter for every submission (sanitising, restoring
test cells from the gradebook, scoring, late penalties, writing ``autograded/``), with one change:
its ``Execute`` preprocessor is replaced by :class:`SandboxedExecute`, which hands the notebook to
an *executor* instead of starting a kernel itself. The executor runs it, with nbgrader's ``Execute``
settings (per-cell timeout, interrupt on timeout, errors recorded per cell), on a fresh kernel from
a warm :class:`~backprop_course.sandbox.KernelPool`: a bubblewrap sandbox per kernel, no network,
no view of the course, memory and process caps, never reused. Several submissions are graded at
once (``workers``, default one per core).

Division of labour: everything that reads or writes the gradebook or the course folders runs in
this (the coordinating) process, one submission at a time under a lock; only notebook *execution*
runs concurrently. An execution job (:class:`ExecJob`: a notebook, the extra files for its working
directory, the limits) goes in and an executed notebook comes out, so the executor can be moved to
other machines without touching the gradebook side.

Each graded submission leaves a record, ``grade_records/<assignment>/<student>.json``
(:class:`GradeRecord`): score, status, the reason when it could not be graded, and the flags a TA
must review (tampering, timeouts, resource caps, unreadable or renamed files, ...). A record is
written last and atomically, so a run killed at any point is finished by the next run, which skips
the submissions whose record matches the current files (``force`` regrades them). Manual grades
and comments entered in formgrader survive regrading (nbgrader keeps ``manual_score`` and comments).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import copy
import fcntl
import fnmatch
import hashlib
import json
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from .course import Course
from .sandbox import Limits

RECORDS_DIR = "grade_records"
EXTRA_FILES_MAX_BYTES = 100 * 2**20  # what a kernel's working directory may receive in all
log = logging.getLogger("backprop_course.grading")


def grade_with_nbgrader(course: Course, assignment: str, student: str = "*") -> list[str]:
    """Plain serial ``nbgrader autograde`` of one assignment for ``student`` (a glob), in this process.

    Unsandboxed and serial: the reference the fast engine is compared with (tests, benchmark).
    Returns nbgrader's error messages for the submissions it could not grade.
    """
    from nbgrader.converters import Autograde

    return course.run_nbgrader(Autograde, assignment, student, create_student=True)


# --------------------------------------------------------------------------------------------------
# Records


@dataclass
class GradeRecord:
    """The outcome of grading one submission, kept in ``grade_records/<assignment>/<student>.json``."""

    assignment: str
    student: str
    status: str  # "graded" or "failed" (not autogradable: score 0, see reason)
    score: float
    max_score: float
    reason: str = ""  # why it failed, or a one-line summary of what went wrong
    flags: list[str] = field(default_factory=list)  # for TA review (tampering, hangs, caps, bad files)
    notes: list[str] = field(default_factory=list)  # informational
    fingerprint: str = ""  # hash of the submitted files; a changed submission is regraded
    graded_at: str = ""
    seconds: float = 0.0  # wall time from start to record, waiting for the gradebook and a kernel included
    exec_seconds: float = 0.0  # wall time of the notebook's execution
    kernel_cpu: float = 0.0  # CPU seconds used by its kernel
    sandboxed: bool = True

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


def records_dir(course: Course) -> Path:
    return course.root / RECORDS_DIR


def record_path(course: Course, assignment: str, student: str) -> Path:
    return records_dir(course) / assignment / f"{student}.json"


def load_record(course: Course, assignment: str, student: str) -> GradeRecord | None:
    """The record of one submission, or None."""
    path = record_path(course, assignment, student)
    try:
        return GradeRecord(**json.loads(path.read_text()))
    except (OSError, ValueError, TypeError):
        return None


def load_records(course: Course, assignment: str | None = None) -> list[GradeRecord]:
    """All records (of one assignment), sorted by assignment and student: for reports and TA review."""
    out = []
    for path in sorted(records_dir(course).glob(f"{assignment or '*'}/*.json")):
        rec = load_record(course, path.parent.name, path.stem)
        if rec is not None:
            out.append(rec)
    return out


def _write_record(course: Course, rec: GradeRecord) -> None:
    path = record_path(course, rec.assignment, rec.student)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(rec), indent=1) + "\n")
    os.replace(tmp, path)


def fingerprint(folder: Path) -> str:
    """sha256 over the relative paths and contents of a submission folder (symlinks by their target)."""
    h = hashlib.sha256()
    if not folder.is_dir():
        return ""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            h.update(f"L {rel} -> {os.readlink(path)}\n".encode())
        elif path.is_file():
            h.update(f"F {rel} {path.stat().st_size}\n".encode())
            with path.open("rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
    return h.hexdigest()


# --------------------------------------------------------------------------------------------------
# Execution jobs: what crosses from the coordinator to an executor and back.


@dataclass
class ExecJob:
    """A notebook to execute in a fresh sandboxed kernel, with the files of its working directory."""

    notebook: Any  # NotebookNode (sanitised by nbgrader; test cells restored)
    files: dict[str, Path]  # relative path in the working directory -> file to copy there
    timeout: int | None  # per cell, seconds
    config: Any  # traitlets Config for nbgrader's Execute (the course's)
    label: str = ""


@dataclass
class ExecResult:
    """The executed notebook (None if execution failed), the error, and how it went."""

    notebook: Any
    error: BaseException | None = None
    seconds: float = 0.0
    waited: float = 0.0  # for a kernel from the pool
    last_cell: int | None = None  # index of the cell running when execution stopped
    last_cell_name: str = ""  # its nbgrader grade_id, or "#<index>"
    watchdog: bool = False  # killed for running past the notebook's time budget
    kernel_log: str = ""
    kernel_cpu: float = 0.0  # CPU seconds the kernel used


class LocalExecutor:
    """Runs :class:`ExecJob` s on this machine: ``workers`` threads, each on a fresh pooled kernel."""

    def __init__(self, run_dir: Path, workers: int, sandbox: bool, limits: Limits, protected: list[Path]) -> None:
        from .sandbox import KernelFactory, KernelPool

        self.pool = KernelPool(KernelFactory(run_dir, limits, sandbox=sandbox, protected=protected), workers)
        self.threads = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="exec")

    def start(self) -> None:
        self.pool.start()

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        return self.threads.submit(execute_job, self.pool, job)

    def close(self) -> None:
        self.threads.shutdown(wait=True)
        self.pool.close()


def execute_job(pool: Any, job: ExecJob) -> ExecResult:
    """Execute ``job.notebook`` in place on a kernel from ``pool`` with nbgrader's ``Execute``; never raises."""
    from nbgrader.preprocessors import Execute

    from .sandbox import make_kernel_manager

    t0 = time.monotonic()
    result = ExecResult(notebook=None)
    try:
        kernel = pool.acquire()
    except BaseException as e:  # noqa: BLE001
        result.error = e
        return result
    result.waited = time.monotonic() - t0
    timer: threading.Timer | None = None
    ep = None
    try:
        kernel.add_files(job.files)
        config = copy.deepcopy(job.config)
        if job.timeout is not None:  # via the config: ExecutePreprocessor.preprocess re-reads it
            config.Execute.timeout = job.timeout
        ep = Execute(config=config)

        def on_cell_execute(cell: Any, cell_index: int, **kw: Any) -> None:
            result.last_cell = cell_index
            result.last_cell_name = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id") or f"#{cell_index}"

        ep.on_cell_execute = on_cell_execute
        n_code = sum(c.cell_type == "code" for c in job.notebook.cells)
        budget = (ep.timeout or 60) * (n_code + 1) + 60

        def watchdog() -> None:
            result.watchdog = True
            kernel.kill()

        timer = threading.Timer(budget, watchdog)
        timer.daemon = True
        timer.start()
        km = make_kernel_manager(kernel)
        ep.preprocess(job.notebook, {"metadata": {"path": "/scratch"}}, km=km)
        result.notebook = job.notebook
    except BaseException as e:  # noqa: BLE001
        result.error = e
        try:
            result.kernel_log = _tail(kernel.connection_file.parent / "kernel.log")
        except OSError:
            pass
    finally:
        if timer is not None:
            timer.cancel()
        if ep is not None and ep.kc is not None:
            with contextlib.suppress(Exception):
                ep.kc.stop_channels()
        kernel.kill()
        result.kernel_cpu = kernel.cpu_seconds
        result.seconds = time.monotonic() - t0 - result.waited
    return result


def _tail(path: Path, lines: int = 20) -> str:
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


# --------------------------------------------------------------------------------------------------
# nbgrader's Autograde, with execution handed to the executor.

_current = threading.local()


@dataclass
class _Submission:
    """What the coordinator knows about the submission being converted in this thread."""

    engine: Engine
    assignment: str
    student: str
    exec_result: ExecResult | None = None
    skip_files: set[str] = field(default_factory=set)  # relative paths not to copy (symlinks, ...)
    notes: list[str] = field(default_factory=list)  # found while converting


def _execute_preprocessor_class():
    from nbgrader.preprocessors import Execute

    class SandboxedExecute(Execute):
        """nbgrader's ``Execute``, but the kernel runs in the grading engine's executor (a sandbox)."""

        def preprocess(self, nb, resources=None, km=None):  # noqa: ANN001, ANN201
            sub: _Submission = _current.submission
            workdir = Path(resources["metadata"]["path"])
            files, total, skipped = {}, 0, []
            for path in sorted(workdir.rglob("*")):
                rel = path.relative_to(workdir).as_posix()
                if path.is_symlink() or not path.is_file() or path.suffix == ".ipynb" or rel in sub.skip_files:
                    continue
                size = path.stat().st_size
                if total + size > EXTRA_FILES_MAX_BYTES:
                    skipped.append(rel)
                    continue
                total += size
                files[rel] = path
            if skipped:
                sub.notes.append(
                    f"extra files over {EXTRA_FILES_MAX_BYTES // 2**20} MB in all were not given to the kernel: "
                    + ", ".join(skipped[:10])
                )
            job = ExecJob(
                notebook=nb,
                files=files,
                timeout=sub.engine.timeout,
                config=self.config,
                label=f"{sub.student}/{sub.assignment}",
            )
            future = sub.engine.executor.submit(job)
            with sub.engine.unlocked():
                result = future.result()
            sub.exec_result = result
            if result.error is not None:
                raise result.error
            return result.notebook, resources

    return SandboxedExecute


def _fix_duplicates_class():
    from nbgrader.preprocessors import NbGraderPreprocessor

    class DropEmptyMetadata(NbGraderPreprocessor):
        """Finish what ``DeduplicateIds`` starts: a duplicated cell becomes an ordinary cell.

        ``DeduplicateIds`` empties the nbgrader metadata of every copy of a duplicated cell but leaves
        an empty ``nbgrader`` dict, on which nbgrader 0.9.6's ``OverwriteCells.add_missing_task_cells``
        (on when ``add_missing_cells`` is) fails with ``KeyError: 'grade_id'``, so the whole
        submission would get no score. Removing the empty dict grades the copies as ordinary cells.
        """

        def preprocess_cell(self, cell, resources, index):  # noqa: ANN001, ANN201
            if "nbgrader" in cell.metadata and not cell.metadata["nbgrader"]:
                del cell.metadata["nbgrader"]
            return cell, resources

    return DropEmptyMetadata


def _autograde_class():
    from nbgrader.converters import Autograde

    class EngineAutograde(Autograde):
        """``Autograde`` for one submission, without the process-wide ``os.chdir`` of ``start``."""

        def start(self) -> None:
            from nbconvert.writers import FilesWriter

            self.init_notebooks()
            self.writer = FilesWriter(parent=self, config=self.config)
            self.exporter = self.exporter_class(parent=self, config=self.config)
            for pp in self.preprocessors:
                self.exporter.register_preprocessor(pp)
            self.convert_notebooks()

        def convert_single_notebook(self, notebook_filename: str) -> None:
            # Autograde's own, minus ``utils.setenv(NBGRADER_EXECUTION=...)``: nbgrader 0.9.6's setenv
            # deletes the variable afterwards (it saves ``os.environ.get(value)``, not ``.get(key)``),
            # which breaks submissions in flight in other threads. The engine sets it for the whole run.
            from nbgrader.converters.base import BaseConverter

            self.log.info("Sanitizing %s", notebook_filename)
            self._sanitizing = True
            self._init_preprocessors()
            BaseConverter.convert_single_notebook(self, notebook_filename)
            notebook_filename = os.path.join(self.writer.build_directory, os.path.basename(notebook_filename))
            self.log.info("Autograding %s", notebook_filename)
            self._sanitizing = False
            self._init_preprocessors()
            try:
                BaseConverter.convert_single_notebook(self, notebook_filename)
            finally:
                self._sanitizing = True

    return EngineAutograde


@contextlib.contextmanager
def nbgrader_speedups() -> Iterator[None]:
    """Make nbgrader's per-notebook overhead in this process cheaper, without changing what it computes.

    nbgrader 0.9.6 builds a new SQLAlchemy engine for every ``Gradebook`` it opens (about ten per
    notebook), so no compiled query is ever reused; it re-inspects the database, re-runs
    ``create_all`` and re-checks the course row each time; and it validates each cell's metadata
    with ``jsonschema.validate``, which re-checks the schema itself on every call. Within this
    context, ``Gradebook`` gets one engine per database URL (its compiled-statement cache then works;
    closing a gradebook still returns its connections), the tables and the course row are checked
    (and created if missing) once per engine, and the metadata validator checks each schema once.
    The validation and the queries are the same; only the repeated set-up is skipped.
    """
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

    api.Gradebook.check_course = check_course
    api.create_engine = create_engine
    api.inspect = inspect
    api.Base.metadata.create_all = create_all
    common.jsonschema = CachedValidation()
    try:
        yield
    finally:
        api.create_engine = real_create_engine
        api.Gradebook.check_course = real_check_course
        api.inspect = real_inspect
        del api.Base.metadata.create_all  # the instance attribute; the method shows through again
        common.jsonschema = jsonschema
        for engine in engines.values():
            engine.dispose()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


# --------------------------------------------------------------------------------------------------
# The engine.


@dataclass
class GradeSummary:
    """What one run did: records of the submissions it graded, and those it found already graded."""

    graded: list[GradeRecord] = field(default_factory=list)
    skipped: list[GradeRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # whole assignments that could not be graded
    seconds: float = 0.0

    @property
    def failed(self) -> list[GradeRecord]:
        return [r for r in self.graded if r.status != "graded"]

    @property
    def flagged(self) -> list[GradeRecord]:
        return [r for r in self.graded + self.skipped if r.flags]

    def format(self) -> str:
        """The end-of-run summary: counts, then every failure and every flag with its reason."""
        ok = len(self.graded) - len(self.failed)
        lines = [
            f"graded {ok}, failed {len(self.failed)}, flagged {len(self.flagged)}, "
            f"already graded {len(self.skipped)} (in {self.seconds:.1f} s)"
        ]
        lines += [f"  error: {e}" for e in self.errors]
        for r in self.failed:
            lines.append(f"  FAILED  {r.student}/{r.assignment}: score {r.score:g}/{r.max_score:g}: {r.reason}")
        for r in self.flagged:
            for f in r.flags:
                lines.append(f"  FLAGGED {r.student}/{r.assignment}: {f}")
        return "\n".join(lines)


class Progress:
    """A one-line progress bar with ETA on a terminal; a line every ~10% (or 15 s) otherwise."""

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total, self.done, self.failed, self.flagged = total, 0, 0, 0
        self.stream = stream
        self.t0 = time.monotonic()
        self.tty = bool(stream is not None and hasattr(stream, "isatty") and stream.isatty())
        self.last_print = 0.0
        self.last_decile = -1

    def update(self, rec: GradeRecord) -> None:
        self.done += 1
        self.failed += rec.status != "graded"
        self.flagged += bool(rec.flags)
        self.show()

    def line(self) -> str:
        elapsed = time.monotonic() - self.t0
        frac = self.done / self.total if self.total else 1.0
        eta = elapsed / self.done * (self.total - self.done) if self.done else float("nan")
        bar = "#" * int(30 * frac) + "." * (30 - int(30 * frac))
        eta_s = "?" if eta != eta else f"{eta:.0f} s"
        return (
            f"[{bar}] {self.done}/{self.total} ({self.failed} failed, {self.flagged} flagged) "
            f"{elapsed:.0f} s elapsed, ETA {eta_s}"
        )

    def show(self) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if self.tty:
            self.stream.write("\r" + self.line())
            if self.done == self.total:
                self.stream.write("\n")
        else:
            decile = int(10 * self.done / self.total) if self.total else 10
            if decile != self.last_decile or now - self.last_print > 15 or self.done == self.total:
                self.stream.write(self.line() + "\n")
                self.last_decile, self.last_print = decile, now
        self.stream.flush()


class GradeRefused(RuntimeError):
    """``grade`` will not run student code (no working sandbox and no ``--no-sandbox``, or busy)."""


def protected_paths(course: Course) -> list[Path]:
    """What no kernel may see: the course's folders and gradebook (and the repository's history)."""
    names = ["source", "release", "solutions", "submitted", "autograded", "feedback", RECORDS_DIR, "answers", ".git"]
    return [course.root / n for n in names] + [course.gradebook]


class Engine:
    """Grades submissions: nbgrader's pipeline here, notebook execution in an executor."""

    def __init__(
        self,
        course: Course,
        *,
        workers: int | None = None,
        timeout: int | None = None,
        sandbox: bool = True,
        limits: Limits | None = None,
        executor: Any = None,
    ) -> None:
        self.course = course
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.timeout = timeout
        self.sandbox = sandbox
        self.limits = limits or Limits()
        self.lock = threading.Lock()
        self.config = course.nbgrader_config()
        self.course_id = self.config.CourseDirectory.course_id
        self.db_url = course.db_url
        self.run_dir: Path | None = None
        self.executor = executor
        self._own_executor = executor is None
        self._started = False

    # -- lifecycle

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        if self.executor is None:
            _remove_stale_run_dirs()
            self.run_dir = Path(tempfile.mkdtemp(prefix="bpc-grade-"))
            (self.run_dir / "pid").write_text(str(os.getpid()))
            protected = protected_paths(self.course)
            self.executor = LocalExecutor(self.run_dir, self.workers, self.sandbox, self.limits, protected)
        self.executor.start()

    def close(self) -> None:
        self._started = False
        if self.executor is not None and self._own_executor:
            self.executor.close()
            self.executor = None
        if self.run_dir is not None:
            shutil.rmtree(self.run_dir, ignore_errors=True)
            self.run_dir = None

    @contextlib.contextmanager
    def unlocked(self) -> Iterator[None]:
        """Let other submissions use the gradebook while this one waits for its execution."""
        self.lock.release()
        try:
            yield
        finally:
            self.lock.acquire()

    # -- one submission

    def grade_one(self, assignment: str, student: str) -> GradeRecord:
        """Grade ``submitted/<student>/<assignment>/`` (the caller holds no lock); never raises."""
        from . import tamper

        t0 = time.monotonic()
        folder = self.course.submitted_dir / student / assignment
        rec = GradeRecord(assignment, student, "failed", 0.0, 0.0, fingerprint=fingerprint(folder))
        rec.sandboxed = self.sandbox
        try:  # reads files only: no need to hold the gradebook lock
            inspection = tamper.inspect_submission(self.course, assignment, folder)
        except Exception as e:  # noqa: BLE001
            log.exception("inspecting %s/%s", student, assignment)
            inspection = tamper.Inspection(notes=[f"could not inspect the submission: {type(e).__name__}: {e}"])
        with self.lock:
            try:
                self._grade_locked(rec, folder, inspection)
            except Exception as e:  # noqa: BLE001  (a bug here must not stop the batch)
                log.exception("grading %s/%s", student, assignment)
                rec.status, rec.reason = "failed", f"internal error while grading: {type(e).__name__}: {e}"
                rec.flags.append(rec.reason)
            rec.seconds = round(time.monotonic() - t0, 3)
            rec.graded_at = datetime.now(UTC).isoformat(timespec="seconds")
            _write_record(self.course, rec)
        return rec

    def _grade_locked(self, rec: GradeRecord, folder: Path, inspection: Any) -> None:
        from . import tamper

        a, s = rec.assignment, rec.student
        rec.max_score = self._max_score(a)
        rec.flags += inspection.flags
        rec.notes += inspection.notes
        if inspection.unreadable:
            rec.status, rec.reason = "failed", inspection.unreadable
            self._record_zero(a, s, folder)
            return

        sub = _Submission(self, a, s, skip_files=set(inspection.skip_files))
        _current.submission = sub
        try:
            errors = self._run_autograde(a, s)
        finally:
            _current.submission = None
        autograded = self.course.autograded_dir / s / a
        for rel in inspection.skip_files:  # e.g. symlinks nbgrader followed while copying
            with contextlib.suppress(OSError):
                (autograded / rel).unlink()
        rec.notes += sub.notes
        res = sub.exec_result
        if res is not None:
            rec.exec_seconds, rec.kernel_cpu = round(res.seconds, 3), round(res.kernel_cpu, 3)
        nb_path = autograded / f"{a}.ipynb"
        if nb_path.is_file():
            rec.status = "graded"
            rec.score = self._score(a, s)
            run = tamper.inspect_run(nb_path, self.timeout or self._cell_timeout(), self.limits)
            rec.flags += run.flags
            rec.notes += run.notes
        else:
            rec.status = "failed"
            why = _failure_reason(errors, res, self.timeout or self._cell_timeout())
            # a finding from the inspection (e.g. stripped metadata) explains the failure better
            rec.reason = inspection.explains_failure or why
            if why not in rec.flags:
                rec.flags.append(why)
            rec.score = self._score(a, s)
        if rec.status == "graded" and not rec.reason:
            rec.reason = (rec.flags or rec.notes or [""])[0]
        if rec.flags and rec.status == "graded" and rec.score >= rec.max_score > 0:
            rec.notes.append("full marks, but flagged: check before releasing the grade")

    def _run_autograde(self, assignment: str, student: str) -> list[str]:
        from nbgrader.converters.base import NbGraderException
        from nbgrader.preprocessors import DeduplicateIds, Execute

        config = copy.deepcopy(self.config)
        # validate the notebook once after nbgrader's preprocessors rather than after each of them
        # (nbconvert's own option; a notebook left invalid still fails, at the end)
        config.Exporter.optimistic_validation = True
        config.CourseDirectory.assignment_id = assignment
        config.CourseDirectory.student_id = student
        logger = logging.getLogger(f"backprop_course.grading.nbgrader.{student}.{assignment}")
        logger.propagate = False
        collect = _Collect()
        logger.addHandler(collect)
        for h in logging.getLogger("backprop_course.grading").handlers:
            logger.addHandler(h)
        converter = _autograde_class()(coursedir=self.course.coursedir(config), config=config, log=logger)
        converter.force = True
        converter.create_student = True
        sandboxed = _execute_preprocessor_class()
        converter.autograde_preprocessors = [
            sandboxed if p in (Execute, "nbgrader.preprocessors.Execute") else p
            for p in converter.autograde_preprocessors
        ]
        sanitize = list(converter.sanitize_preprocessors)
        dedup = [i for i, p in enumerate(sanitize) if p in (DeduplicateIds, "nbgrader.preprocessors.DeduplicateIds")]
        if dedup:
            sanitize.insert(dedup[0] + 1, _fix_duplicates_class())
        converter.sanitize_preprocessors = sanitize
        venv_bin = os.path.dirname(sys.executable)  # nbgrader runs `alembic` from PATH
        if not os.environ.get("PATH", "").startswith(venv_bin + os.pathsep):
            os.environ["PATH"] = venv_bin + os.pathsep + os.environ.get("PATH", "")
        try:
            converter.start()
        except NbGraderException:
            pass
        finally:
            logger.handlers.clear()
        return collect.messages

    # -- gradebook helpers (called with the lock held)

    def _gradebook(self):
        from nbgrader.api import Gradebook

        return Gradebook(self.db_url, self.course_id)

    def _max_score(self, assignment: str) -> float:
        with self._gradebook() as gb:
            return float(gb.find_assignment(assignment).max_score)

    def _score(self, assignment: str, student: str) -> float:
        from nbgrader.api import MissingEntry

        with self._gradebook() as gb:
            try:
                return float(gb.find_submission(assignment, student).score)
            except MissingEntry:
                return 0.0

    def _cell_timeout(self) -> int:
        from nbgrader.preprocessors import Execute

        return int(Execute(config=self.config).timeout or 0)

    def _record_zero(self, assignment: str, student: str, folder: Path) -> None:
        """A submission nbgrader cannot read: in the gradebook with every auto score 0 (as a missing notebook)."""
        from nbgrader.coursedir import CourseDirectory

        stale = self.course.autograded_dir / student / assignment
        shutil.rmtree(stale, ignore_errors=True)
        timestamp = CourseDirectory(config=self.config).get_existing_timestamp(str(folder))
        with self._gradebook() as gb:
            gb.update_or_create_student(student)
            if timestamp:
                sub = gb.update_or_create_submission(assignment, student, timestamp=timestamp)
            else:
                sub = gb.update_or_create_submission(assignment, student)
            for nb in sub.notebooks:
                for grade in nb.grades:
                    grade.auto_score = 0
                    grade.needs_manual_grade = grade.manual_score is not None
            gb.db.commit()

    # -- the batch

    def gradebook_contents(self) -> tuple[set[str], set[tuple[str, str]]]:
        """The assignments in the gradebook, and its submissions as ``(assignment, student)``."""
        from sqlalchemy import text

        with self.lock, self._gradebook() as gb:
            names = {a.name for a in gb.assignments}
            rows = gb.db.execute(
                text(
                    "SELECT assignment.name, submitted_assignment.student_id FROM submitted_assignment "
                    "JOIN assignment ON submitted_assignment.assignment_id = assignment.id"
                )
            ).fetchall()
        return names, {(a, s) for a, s in rows}


def _remove_stale_run_dirs() -> None:
    """Scratch directories of grading runs that were killed (their process is gone)."""
    for d in Path(tempfile.gettempdir()).glob("bpc-grade-*"):
        try:
            pid = int((d / "pid").read_text())
            os.kill(pid, 0)
        except ProcessLookupError:
            shutil.rmtree(d, ignore_errors=True)
        except (OSError, ValueError):
            pass


def _failure_reason(errors: list[str], res: ExecResult | None, timeout: int) -> str:
    """One line saying why nbgrader produced no autograded notebook."""
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    name = (res.last_cell_name or f"#{res.last_cell}") if res is not None and res.last_cell is not None else ""
    cell = f" in cell {name}" if name else ""
    if res is not None and res.error is not None:
        e = res.error
        if res.watchdog:
            return f"the notebook ran past its time budget{cell}; the kernel was killed"
        if isinstance(e, DeadKernelError):
            return f"the kernel died{cell} (os._exit, a crash, or killed by a resource cap)"
        if isinstance(e, CellTimeoutError):
            return f"cell {name or '?'} ignored the interrupt after the {timeout} s timeout (kernel unresponsive)"
        return f"execution failed{cell}: {type(e).__name__}: {str(e).strip().splitlines()[0] if str(e).strip() else ''}"
    interesting = [
        e
        for e in errors
        if not e.startswith("There was an error processing assignment") and not e.startswith("Please see")
    ]
    for e in interesting:
        if "Traceback" in e:
            last = [ln for ln in e.strip().splitlines() if ln.strip()][-1]
            return f"nbgrader could not grade it: {last.strip()}"
    return f"nbgrader could not grade it: {interesting[0] if interesting else 'unknown error (see the grading log)'}"


def select_submissions(course: Course, assignments: list[str] | None, student: str = "*") -> list[tuple[str, str]]:
    """``(assignment, student)`` for each ``submitted/<student>/<assignment>/`` folder matching the selection."""
    chosen = assignments or course.assignments()
    out = []
    for a in chosen:
        for s in course.students(a):
            if fnmatch.fnmatchcase(s, student):
                out.append((a, s))
    return out


def is_done(
    course: Course, assignment: str, student: str, in_gradebook: set[tuple[str, str]] | None = None
) -> GradeRecord | None:
    """The record if this submission was graded as it is now, else None.

    Done means: a record for the same files, the submission in the gradebook (``in_gradebook``,
    when given, holds its ``(assignment, student)`` pairs) and, if it was graded, its autograded notebook.
    """
    rec = load_record(course, assignment, student)
    if rec is None or rec.fingerprint != fingerprint(course.submitted_dir / student / assignment):
        return None
    if in_gradebook is not None and (assignment, student) not in in_gradebook:
        return None
    if rec.status == "graded" and not (course.autograded_dir / student / assignment / f"{assignment}.ipynb").is_file():
        return None
    return rec


@contextlib.contextmanager
def _run_lock(course: Course) -> Iterator[None]:
    records_dir(course).mkdir(parents=True, exist_ok=True)
    with open(records_dir(course) / ".lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GradeRefused("another `grade` run is using this course (grade_records/.lock)") from None
        yield


def grade(
    course: Course,
    assignments: list[str] | None = None,
    student: str = "*",
    *,
    workers: int | None = None,
    timeout: int | None = None,
    force: bool = False,
    sandbox: bool = True,
    limits: Limits | None = None,
    progress: TextIO | None = None,
    log_file: Path | None = None,
    executor: Any = None,
) -> GradeSummary:
    """Autograde ``submitted/`` (some assignments, students matching a glob) into the gradebook and ``autograded/``.

    Submissions whose record matches their current files are skipped unless ``force``. Raises
    :class:`GradeRefused` when ``sandbox`` is asked for but cannot be built here. ``executor``
    (default: a :class:`LocalExecutor` with ``workers`` threads) runs the notebooks: anything with
    ``start()``, ``submit(ExecJob) -> Future[ExecResult]`` and ``close()``; ``grade`` starts a
    given executor and leaves closing it to the caller.
    """
    from .sandbox import probe_sandbox

    t0 = time.monotonic()
    summary = GradeSummary()
    if sandbox and executor is None:
        problem = probe_sandbox()
        if problem:
            raise GradeRefused(
                f"no working sandbox: {problem}. Refusing to run student code; "
                "fix the sandbox or pass --no-sandbox to grade without one."
            )
    with _run_lock(course), _logging_to(log_file or records_dir(course) / "grade.log"):
        engine = Engine(course, workers=workers, timeout=timeout, sandbox=sandbox, limits=limits, executor=executor)
        selected = select_submissions(course, assignments, student)
        maybe = [(a, s) for a, s in selected if force or is_done(course, a, s) is None]
        if maybe:
            # kernels start warming up (other processes) while this one imports nbgrader
            engine.start()
        try:
            known, in_gradebook = engine.gradebook_contents()
            todo: list[tuple[str, str]] = []
            for a, s in selected:
                if a not in known:
                    continue
                done = None if force else is_done(course, a, s, in_gradebook)
                if done is not None:
                    summary.skipped.append(done)
                else:
                    todo.append((a, s))
            for a in assignments or course.assignments():
                if a not in known:
                    summary.errors.append(f"{a}: not in the gradebook (run `backprop-course release` first)")
            bar = Progress(len(todo), progress)
            if todo:
                if not maybe:
                    engine.start()
                _run_batch_in_env(engine, todo, summary, bar)
        finally:
            engine.close()
    summary.seconds = time.monotonic() - t0
    return summary


def _run_batch_in_env(engine: Engine, todo: list[tuple[str, str]], summary: GradeSummary, bar: Progress) -> None:
    # nbgrader sets and restores NBGRADER_EXECUTION around each notebook; with submissions in flight
    # concurrently, it must already hold the value all of them set (the kernels get it anyway).
    saved = os.environ.get("NBGRADER_EXECUTION")
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        with nbgrader_speedups(), warnings.catch_warnings():
            # nbgrader's add_submission makes SQLAlchemy warn about autoflush: noise on the console
            warnings.simplefilter("ignore", category=_sa_warning())
            _run_batch(engine, todo, summary, bar)
    finally:
        if saved is None:
            os.environ.pop("NBGRADER_EXECUTION", None)
        else:
            os.environ["NBGRADER_EXECUTION"] = saved


def _sa_warning() -> type[Warning]:
    from sqlalchemy.exc import SAWarning

    return SAWarning


def _run_batch(engine: Engine, todo: list[tuple[str, str]], summary: GradeSummary, bar: Progress) -> None:
    """Grade ``todo`` with ``workers + 2`` coordinator threads (executions overlap; gradebook work does not)."""
    it = iter(todo)
    it_lock = threading.Lock()
    out_lock = threading.Lock()

    def worker() -> None:
        while True:
            with it_lock:
                item = next(it, None)
            if item is None:
                return
            rec = engine.grade_one(*item)
            with out_lock:
                summary.graded.append(rec)
                bar.update(rec)

    threads = [threading.Thread(target=worker, name=f"grade-{i}") for i in range(min(len(todo), engine.workers + 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary.graded.sort(key=lambda r: (r.assignment, r.student))


@contextlib.contextmanager
def _logging_to(path: Path) -> Iterator[None]:
    """nbgrader's and the engine's log lines of this run go to ``path`` (appended)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("backprop_course.grading")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()
