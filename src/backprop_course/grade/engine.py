"""The grading engine: nbgrader's ``Autograde`` for each submission, executions in parallel.

Division of labour: everything that reads or writes the gradebook or the course folders runs in this
(the coordinating) process, one submission at a time under a lock; only notebook *execution* runs
concurrently, in the executor (:mod:`.execute`), while the lock is released. nbgrader's own
``Autograde`` converter does the grading, configured through its preprocessor lists
(:func:`autograde_config`): :class:`~.preprocessors.RestoreCellRoles` and
:class:`~.nbgrader_compat.DropEmptyMetadata` join the sanitising steps, and
:class:`~.preprocessors.SandboxedExecute` takes ``Execute``'s place.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import fnmatch
import logging
import os
import shutil
import tempfile
import threading
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

from nbconvert.preprocessors import TagRemovePreprocessor
from nbgrader.converters.base import NbGraderException
from nbgrader.preprocessors import DeduplicateIds, Execute, OverwriteCells, OverwriteKernelspec, SaveAutoGrades
from sqlalchemy.exc import SAWarning

from ..course import Course, ensure_venv_on_path
from ..findings import Finding
from ..review import tamper
from ..settings import GradingSettings
from .execute import GRADER_FAULTS, ExecResult, LocalExecutor, SharedExecutions
from .gradebook import GradebookAccess, GradebookUnavailable, retrying
from .nbgrader_compat import (
    DropEmptyMetadata,
    EngineAutograde,
    OverwriteCellsOnce,
    OverwriteKernelspecOnce,
    SaveAutoGradesOnce,
    faster_gradebook,
    read_once,
)
from .preprocessors import (
    SKIP_TAG,
    ForgetUnknownCells,
    MasterFacts,
    RestoreCellRoles,
    SandboxedExecute,
    SanitizeStudentHTML,
    ShortenForViewing,
    Submission,
    current_submission,
    master_facts,
)
from .records import FAILED, GRADED, INCOMPLETE, GradeRecord, fingerprint, is_done, write_record
from .staging import Staged, stage_submission

log = logging.getLogger("backprop_course.grade")


class GradeRefused(RuntimeError):
    """``grade`` will not run student code (no working sandbox and no ``--no-sandbox``, or busy)."""


def grade_with_nbgrader(course: Course, assignment: str, student: str = "*") -> list[str]:
    """Plain serial ``nbgrader autograde`` of one assignment for ``student`` (a glob), in this process.

    Unsandboxed, serial and untrusted (tests run in the student's kernel): the reference the engine is
    compared with in tests and benchmarks. Returns nbgrader's error messages.
    """
    from nbgrader.converters import Autograde

    return course.run_nbgrader(Autograde, assignment, student, create_student=True)


def autograde_config(
    config: Any, assignment: str, student: str, staging: Path, skip_cells: list[str] | None = None
) -> Any:
    """The course's nbgrader configuration for grading one submission with the engine's preprocessors.

    ``staging``: the folder holding ``<student>/<assignment>/``, the staged copy nbgrader grades
    (:mod:`.staging`); ``skip_cells``: grade_ids of the master's cells tagged ``skip-autograde``.
    """
    config = copy.deepcopy(config)
    config.CourseDirectory.submitted_directory = str(staging)
    # validate the notebook once after nbgrader's preprocessors rather than after each of them
    # (nbconvert's own option; a notebook left invalid still fails, at the end)
    config.Exporter.optimistic_validation = True
    config.CourseDirectory.assignment_id = assignment
    config.CourseDirectory.student_id = student
    config.Autograde.create_student = True
    defaults = EngineAutograde.class_traits()
    sanitize = [ForgetUnknownCells]
    sanitize += list(config.Autograde.get("sanitize_preprocessors", defaults["sanitize_preprocessors"].default()))
    for i, p in enumerate(list(sanitize)):
        if p in (DeduplicateIds, "nbgrader.preprocessors.DeduplicateIds"):
            sanitize.insert(i + 1, DropEmptyMetadata)
        if p in (OverwriteCells, "nbgrader.preprocessors.OverwriteCells"):
            at = sanitize.index(p)
            sanitize[at:at] = [RestoreCellRoles, TagRemovePreprocessor]
    once = {
        OverwriteCells: OverwriteCellsOnce,
        "nbgrader.preprocessors.OverwriteCells": OverwriteCellsOnce,
        OverwriteKernelspec: OverwriteKernelspecOnce,
        "nbgrader.preprocessors.OverwriteKernelspec": OverwriteKernelspecOnce,
    }
    config.Autograde.sanitize_preprocessors = [once.get(p, p) for p in sanitize]
    config.RestoreCellRoles.skip_cells = list(skip_cells or [])
    config.TagRemovePreprocessor.remove_cell_tags = {SKIP_TAG}
    config.TagRemovePreprocessor.enabled = True
    autograde = config.Autograde.get("autograde_preprocessors", defaults["autograde_preprocessors"].default())
    replaced = {
        Execute: SandboxedExecute,
        "nbgrader.preprocessors.Execute": SandboxedExecute,
        SaveAutoGrades: SaveAutoGradesOnce,
        "nbgrader.preprocessors.SaveAutoGrades": SaveAutoGradesOnce,
    }
    config.Autograde.autograde_preprocessors = [replaced.get(p, p) for p in autograde] + [
        ShortenForViewing,
        SanitizeStudentHTML,
    ]
    return config


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class Engine:
    """Grades submissions: nbgrader's pipeline here, notebook execution in an executor."""

    def __init__(self, course: Course, settings: GradingSettings, executor: Any = None) -> None:
        self.course = course
        self.settings = settings
        self.lock = threading.Lock()
        self.config = course.nbgrader_config()
        self.gradebook = GradebookAccess(course, self.config, settings.gradebook_wait_seconds)
        self.timeout = settings.cell_timeout or int(Execute(config=self.config).timeout or 0)
        self.run_dir: Path | None = None  # scratch: staged submissions, and the local executor's kernels
        self.executor = executor
        self.executions: SharedExecutions | None = None  # the executor, running identical notebooks once
        self._own_executor = executor is None
        self._started = False
        self._facts: dict[str, MasterFacts] = {}
        self.seed_key = seed_key(course)

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        _remove_stale_run_dirs()
        self.run_dir = Path(tempfile.mkdtemp(prefix="bpc-grade-"))
        (self.run_dir / "pid").write_text(str(os.getpid()))
        if self.executor is None:
            s = self.settings
            self.executor = LocalExecutor(self.run_dir, s.workers, s.sandbox, s.limits, self.course.protected())
        self.executions = SharedExecutions(self.executor)  # identical notebooks run once per run
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
        """Grade ``submitted/<student>/<assignment>/`` (the caller holds no lock).

        Raises only :class:`GradebookUnavailable` (the record then stays "incomplete": the next run
        grades the submission again); anything else becomes the record's reason.
        """
        t0 = time.monotonic()
        rec = self.start_record(assignment, student)
        return self.grade_staged(rec, self.stage(rec), t0)

    def start_record(self, assignment: str, student: str) -> GradeRecord:
        """The submission's record, written "incomplete" until its final version: never an older score."""
        folder = self.course.submitted_dir / student / assignment
        rec = GradeRecord(assignment, student, INCOMPLETE, 0.0, 0.0, fingerprint=fingerprint(folder))
        rec.sandboxed = self.settings.sandbox
        write_record(self.course, rec)
        return rec

    def stage(self, rec: GradeRecord) -> Staged | None:
        """Copy the submission to ``<run_dir>/staging/<student>/<assignment>/`` (:mod:`.staging`); None if it failed."""
        assert self.run_dir is not None, "start() the engine first"
        student, assignment = rec.student, rec.assignment
        try:  # reads files only: no need to hold the gradebook lock
            staged = stage_submission(
                self.course.submitted_dir / student / assignment,
                self.staging_folder(assignment, student),
                assignment,
                self.settings.notebook_max_mb * 2**20,
                self.settings.extra_files_max_mb * 2**20,
            )
        except Exception as e:  # noqa: BLE001
            log.exception("staging %s/%s", student, assignment)
            rec.add(
                Finding("grader-error", "ungradable", "", f"could not copy the submission: {type(e).__name__}: {e}")
            )
            return None
        rec.add(*staged.findings)
        return staged

    def staging_folder(self, assignment: str, student: str) -> Path:
        """Where nbgrader grades the staged copy of a submission (its ``submitted_directory``)."""
        assert self.run_dir is not None, "start() the engine first"
        return self.run_dir / "staging" / student / assignment

    def grade_staged(self, rec: GradeRecord, staged: Staged | None, started: float | None = None) -> GradeRecord:
        """Scan and autograde a staged submission into this engine's gradebook and ``autograded/``.

        ``rec``: its record from :meth:`start_record` (findings of staging included); ``started``:
        ``time.monotonic()`` when its grading began (default: now). Raises only :class:`GradebookUnavailable`.
        """
        t0 = time.monotonic() if started is None else started
        student, assignment = rec.student, rec.assignment
        try:
            inspection = tamper.inspect_submission(self.course, assignment, staged.folder) if staged else None
        except Exception as e:  # noqa: BLE001  (the scan failing never fails the submission: it is flagged)
            log.exception("scanning %s/%s", student, assignment)
            inspection = None
            rec.add(
                Finding("not-scanned", "ungradable", "", f"the static scan failed ({type(e).__name__}): not scanned")
            )
        if inspection is None:
            inspection = tamper.Inspection()
        if staged is None or staged.unreadable:
            inspection.unreadable = staged.unreadable if staged else "the submission could not be copied for grading"
        folder = staged.folder if staged else self.course.submitted_dir / student / assignment
        with self.lock:
            try:
                self._grade_locked(rec, folder, inspection)
            except GradebookUnavailable:
                raise
            except Exception as e:  # noqa: BLE001  (a bug here must not stop the batch)
                log.exception("grading %s/%s", student, assignment)
                rec.status, rec.reason = FAILED, f"internal error while grading: {type(e).__name__}: {e}"
                rec.add(Finding("grader-error", "ungradable", "", rec.reason))
            rec.seconds = round(time.monotonic() - t0, 3)
            rec.graded_at = datetime.now(UTC).isoformat(timespec="seconds")
            write_record(self.course, rec)
        return rec

    def _grade_locked(self, rec: GradeRecord, staged: Path, inspection: tamper.Inspection) -> None:
        a, s = rec.assignment, rec.student
        # the assignment's points, as the gradebook holds them: read once per batch (nbgrader_compat.read_once)
        rec.max_score = read_once(("max-score", self.gradebook.db_url, a), lambda: self.gradebook.max_score(a))
        rec.add(*inspection.findings)
        if inspection.unreadable:
            rec.status, rec.reason = FAILED, inspection.unreadable
            self.gradebook.record_zero(a, s, staged)
            return
        for attempt in (1, 2):  # a tester not started, a kernel dead before any cell: the grader's fault, once more
            sub, errors = self._autograde(a, s)
            res = sub.exec_result
            lost = [f for f in (res.findings if res else []) if f.kind in GRADER_FAULTS]
            if not lost:
                break
            log.warning("%s/%s: %s (attempt %d)", s, a, lost[0].message, attempt)
        if lost:
            # no score from a run whose tests could not run: nothing stands in the gradebook, the next run regrades
            self.gradebook.record_zero(a, s, staged)
            rec.status, rec.reason = INCOMPLETE, f"{lost[0].message}; not the student's fault: run grade again"
            rec.add(*lost)
            return
        autograded = self.course.autograded_dir / s / a
        rec.add(*sub.findings)
        if res is not None:
            rec.exec_seconds, rec.kernel_cpu = round(res.seconds, 3), round(res.kernel_cpu, 3)
            rec.cell_cpu = dict(res.cell_cpu)
            rec.add(*res.findings)
        nb_path = autograded / f"{a}.ipynb"
        rec.score = self.gradebook.score(a, s)
        if nb_path.is_file():
            rec.status = GRADED
            rec.add(*tamper.inspect_run(nb_path, self.timeout, self.settings.limits))
            rec.reason = rec.summary_line()
        else:
            rec.status = FAILED
            why = failure_reason(errors, res, self.timeout)
            # a finding from the inspection (e.g. stripped metadata) explains the failure better
            rec.reason = inspection.explains_failure or why
            rec.add(Finding("not-autogradable", "ungradable", "", why))
        if rec.flags and rec.status == GRADED and rec.score >= rec.max_score > 0:
            rec.add(
                Finding("full-marks-flagged", "note", "", "full marks, but flagged: check before releasing the grade")
            )

    def _autograde(self, a: str, s: str) -> tuple[Submission, list[str]]:
        """One nbgrader autograde of the staged submission, waiting out a locked gradebook."""
        sub = Submission(a, s, self.executions, self.settings.cell_timeout, self.unlocked, self.facts(a), self.seed_key)
        token = current_submission.set(sub)
        converter: list[EngineAutograde] = []
        try:
            errors = retrying(
                lambda: self._run_autograde(a, s, converter),
                self.settings.gradebook_wait_seconds,
                lambda: converter[-1].db_error,
            )
        finally:
            current_submission.reset(token)
        return sub, errors

    def facts(self, assignment: str) -> MasterFacts:
        """What grading takes from the master notebook of ``assignment`` (read once per run)."""
        if assignment not in self._facts:
            import nbformat

            master = nbformat.read(self.course.source_dir / assignment / f"{assignment}.ipynb", as_version=4)
            self._facts[assignment] = master_facts(master)
        return self._facts[assignment]

    def _run_autograde(self, assignment: str, student: str, converters: list[EngineAutograde]) -> list[str]:
        """nbgrader's Autograde for one submission; returns its error messages (the converter is appended)."""
        assert self.run_dir is not None
        config = autograde_config(
            self.config, assignment, student, self.run_dir / "staging", list(self.facts(assignment).skip_cells)
        )
        logger = logging.getLogger(f"backprop_course.grade.nbgrader.{student}.{assignment}")
        logger.propagate = False
        collect = _Collect()
        logger.addHandler(collect)
        for h in logging.getLogger("backprop_course.grade").handlers:
            logger.addHandler(h)
        converter = EngineAutograde(coursedir=self.course.coursedir(config), config=config, log=logger)
        converter.force = True
        converters.append(converter)
        try:
            converter.start()
        except NbGraderException:
            pass
        finally:
            logger.handlers.clear()
        return collect.messages


def seed_key(course: Course) -> bytes:
    """The course's secret for the hidden tests' seeds (``grade_records/.seed-key``, made on first use)."""
    path = course.records_dir / ".seed-key"
    course.records_dir.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    key = os.urandom(32)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    return key


def failure_reason(errors: list[str], res: ExecResult | None, timeout: int) -> str:
    """One line saying why nbgrader produced no autograded notebook."""
    name = (res.last_cell_name or f"#{res.last_cell}") if res is not None and res.last_cell is not None else ""
    cell = f" in cell {name}" if name else ""
    if res is not None and res.error is not None:
        e = res.error
        if res.watchdog:
            return f"the notebook ran past its time budget{cell}; the kernel was killed"
        first = str(e).strip().splitlines()[0] if str(e).strip() else ""
        return f"execution failed{cell}: {type(e).__name__}: {first}"
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


# --------------------------------------------------------------------------------------------------
# The batch.


@dataclass
class GradeSummary:
    """What one run did: records of the submissions it graded, and those it found already graded."""

    graded: list[GradeRecord] = field(default_factory=list)
    skipped: list[GradeRecord] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # whole assignments that could not be graded
    warnings: list[str] = field(default_factory=list)  # protections this machine could not give
    seconds: float = 0.0

    @property
    def failed(self) -> list[GradeRecord]:
        return [r for r in self.graded if r.status != GRADED]

    @property
    def flagged(self) -> list[GradeRecord]:
        return [r for r in self.graded + self.skipped if r.flags]

    def format(self) -> str:
        """The end-of-run summary: counts, then every failure and every flag with its reason.

        Student ids and messages are printed with ``repr``-style escapes for control characters, so a
        crafted file name cannot forge a line of this summary.
        """
        ok = len(self.graded) - len(self.failed)
        lines = [
            f"graded {ok}, failed {len(self.failed)}, flagged {len(self.flagged)}, "
            f"already graded {len(self.skipped)} (in {self.seconds:.1f} s)"
        ]
        lines += [f"  error: {_printable(e)}" for e in self.errors]
        lines += [f"  warning: {_printable(w)}" for w in self.warnings]
        for r in self.failed:
            lines.append(
                f"  FAILED  {_printable(r.student)}/{r.assignment}: score {r.score:g}/{r.max_score:g}: "
                f"{_printable(r.reason)}"
            )
        for r in self.flagged:
            for f in r.flags:
                lines.append(f"  FLAGGED {_printable(r.student)}/{r.assignment}: {_printable(f)}")
        return "\n".join(lines)


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode() for ch in text)


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
        self.failed += rec.status != GRADED
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


def select_submissions(course: Course, assignments: list[str] | None, student: str = "*") -> list[tuple[str, str]]:
    """``(assignment, student)`` for each ``submitted/<student>/<assignment>/`` folder matching the selection."""
    chosen = assignments or course.assignments()
    return [(a, s) for a in chosen for s in course.students(a) if fnmatch.fnmatchcase(s, student)]


@contextlib.contextmanager
def _run_lock(course: Course) -> Iterator[None]:
    course.records_dir.mkdir(parents=True, exist_ok=True)
    with open(course.records_dir / ".lock", "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise GradeRefused("another `grade` run is using this course (grade_records/.lock)") from None
        yield


@contextlib.contextmanager
def _logging_to(path: Path) -> Iterator[None]:
    """nbgrader's and the engine's log lines of this run go to ``path`` (appended)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger("backprop_course.grade")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        handler.close()


@contextlib.contextmanager
def _grading_environment() -> Iterator[None]:
    """What a batch needs around nbgrader: ``NBGRADER_EXECUTION`` set once, its set-ups cached, quiet SQL."""
    ensure_venv_on_path()
    saved = os.environ.get("NBGRADER_EXECUTION")
    os.environ["NBGRADER_EXECUTION"] = "autograde"
    try:
        with faster_gradebook(), warnings.catch_warnings():
            # nbgrader's add_submission makes SQLAlchemy warn about autoflush: noise on the console
            warnings.simplefilter("ignore", category=SAWarning)
            yield
    finally:
        if saved is None:
            os.environ.pop("NBGRADER_EXECUTION", None)
        else:
            os.environ["NBGRADER_EXECUTION"] = saved


def grade(
    course: Course,
    assignments: list[str] | None = None,
    student: str = "*",
    settings: GradingSettings | None = None,
    *,
    progress: TextIO | None = None,
    executor: Any = None,
) -> GradeSummary:
    """Autograde ``submitted/`` (some assignments, students matching a glob) into the gradebook and ``autograded/``.

    Submissions whose record matches their current files are skipped unless ``settings.force``.
    Assignments nobody submitted are skipped quietly. Raises :class:`GradeRefused` when the sandbox
    is asked for but cannot be built here. ``executor`` (default: a :class:`LocalExecutor`) runs the
    notebooks: anything with ``start()``, ``submit(ExecJob) -> Future[ExecResult]`` and ``close()``;
    ``grade`` starts a given executor and leaves closing it to the caller.
    """
    from ..sandbox import probe_sandbox

    settings = settings or GradingSettings()
    t0 = time.monotonic()
    summary = GradeSummary()
    if settings.sandbox and executor is None:
        problem = probe_sandbox()
        if problem:
            raise GradeRefused(
                f"no working sandbox: {problem}. Refusing to run student code; "
                "fix the sandbox or pass --no-sandbox to grade without one."
            )
    with _run_lock(course), _logging_to(course.grade_log):
        engine = Engine(course, settings, executor=executor)
        selected = select_submissions(course, assignments, student)
        maybe = [(a, s) for a, s in selected if settings.force or is_done(course, a, s) is None]
        if maybe:
            # kernels start warming up (other processes) while this one imports nbgrader
            engine.start()
        try:
            todo = plan(course, engine.gradebook, selected, settings.force, summary)
            if todo is None:
                return summary
            bar = Progress(len(todo), progress)
            if todo:
                engine.start()
                summary.warnings += [f"no cgroups here: {m}" for m in getattr(engine.executor, "missing", [])]
                if progress is not None and summary.warnings:
                    progress.write("".join(f"warning: {w}\n" for w in summary.warnings))
                with _grading_environment():
                    _run_batch(engine, todo, summary, bar)
        finally:
            engine.close()
    summary.seconds = time.monotonic() - t0
    return summary


def plan(
    course: Course, gradebook: GradebookAccess, selected: list[tuple[str, str]], force: bool, summary: GradeSummary
) -> list[tuple[str, str]] | None:
    """Which of ``selected`` to grade: not already graded as they are now (unless ``force``), assignment known.

    Already graded submissions go to ``summary.skipped``, unknown assignments to ``summary.errors``;
    None (with the reason in ``summary.errors``) when the gradebook cannot be read.
    """
    try:
        known, in_gradebook = gradebook.contents()
    except GradebookUnavailable as e:
        summary.errors.append(f"grading did not start: {e}")
        return None
    todo: list[tuple[str, str]] = []
    for a, s in selected:
        if a not in known:
            continue
        done = None if force else is_done(course, a, s, in_gradebook)
        if done is not None:
            summary.skipped.append(done)
        else:
            todo.append((a, s))
    for a in sorted({a for a, _ in selected} - known):
        summary.errors.append(f"{a}: not in the gradebook (run `backprop-course release` first)")
    return todo


def _run_batch(engine: Engine, todo: list[tuple[str, str]], summary: GradeSummary, bar: Progress) -> None:
    """Grade ``todo`` with ``workers + 2`` coordinator threads (executions overlap; gradebook work does not)."""
    it = iter(todo)
    it_lock = threading.Lock()
    out_lock = threading.Lock()
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            with it_lock:
                item = next(it, None)
            if item is None:
                return
            try:
                rec = engine.grade_one(*item)
            except GradebookUnavailable as e:
                stop.set()
                with out_lock:
                    summary.errors.append(
                        f"grading stopped at {item[1]}/{item[0]}: {e}. Submissions not finished are marked "
                        "incomplete; run grade again when the gradebook is free"
                    )
                return
            with out_lock:
                summary.graded.append(rec)
                bar.update(rec)

    n = min(len(todo), engine.settings.workers + 2)
    threads = [threading.Thread(target=worker, name=f"grade-{i}") for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    summary.graded.sort(key=lambda r: (r.assignment, r.student))
