"""Grading on a Dask cluster: each submission graded on a worker, the gradebook written here in batches.

Division of labour (``grade --cluster``):

* **the coordinator** (this process) selects the submissions, stages each one (:mod:`.staging`:
  bounded copy, never the student's folder), ships the staged files as a Dask task, and writes what
  comes back: the gradebook rows of many submissions in one transaction
  (:func:`.gradebook.write_submissions`), then ``autograded/`` and the records. It never runs
  nbgrader's per-submission pipeline.
* **a worker** runs that pipeline, exactly the one a local ``grade`` runs (:class:`.engine.Engine`,
  nbgrader's ``Autograde`` with the engine's preprocessors, sandboxed kernels, the trusted tester,
  the static scan), on a *worker copy* of the course: a scratch folder with the masters, the release
  notebooks, the course's nbgrader configuration and a private SQLite gradebook holding only the
  assignments' definitions (:func:`.gradebook.copy_definitions`). It returns the record, the
  autograded files and the rows nbgrader wrote (:class:`.gradebook.SubmissionRows`). The course
  copy travels once per run (a published Dask dataset), each task carries only its submission.

A worker needs the course's Python environment (``pip install -r requirements.txt``) and
bubblewrap, never the course folder nor a shared file system. Workers are trusted machines: the
worker copy holds the hidden tests.

Several coordinators. With a PostgreSQL gradebook, ``grade --cluster`` runs started at once on
one course split the class through claims in the gradebook's database (:mod:`.claims`: ``SELECT ...
FOR UPDATE SKIP LOCKED``, claims that expire); with SQLite one run at a time holds the course's lock.

Faults. A worker that dies mid-task (killed, out of memory, machine lost) is replaced or not, and
Dask reschedules its tasks on the remaining workers; since a task writes nothing outside its worker
copy, the rerun is the only result the coordinator sees, and nothing is lost or written twice. A
task that was running on ``allowed_failures + 1`` workers that died (Dask's
``distributed.scheduler.allowed-failures``, default 3) is not retried: Dask raises ``KilledWorker``,
and the submission is recorded as failed with that reason (every automatic score 0) while the rest
of the batch goes on. Tasks are queued on the scheduler (marked as data producers,
``worker-saturation`` 1.0), so a worker holds only the tasks it is executing and a death counts
against those alone. A coordinator killed mid-run leaves its records "incomplete" (the next run
grades them again) and, with PostgreSQL, its claims to expire.

Importing this module imports Dask: :mod:`backprop_course.grade` and the CLI import it only when
``grade --cluster`` is asked for.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import dataclasses
import hashlib
import logging
import os
import pickle
import queue
import shutil
import tempfile
import threading
import time
import uuid
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import dask
from distributed import Client, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from ..course import Course
from ..findings import Finding
from ..settings import GradingSettings
from .claims import Key, SoleClaims, claims_for
from .engine import (
    Engine,
    GradeRefused,
    GradeSummary,
    Progress,
    _grading_environment,
    _logging_to,
    _run_lock,
    plan,
    select_submissions,
)
from .execute import ExecJob, PreExecuted
from .gradebook import (
    GradebookUnavailable,
    SubmissionRows,
    copy_definitions,
    read_rows,
    retrying,
    write_submissions,
)
from .records import FAILED, INCOMPLETE, GradeRecord, fingerprint, load_record, write_record
from .staging import Staged

log = logging.getLogger("backprop_course.grade")

LOCAL = "local"  # ``--cluster local``: start a LocalCluster on this machine
TASK_PREFIX = "grade-submission"  # task keys: ``grade-submission|<student>/<assignment>|<unique>``


class WorkersKilled(RuntimeError):
    """The grading task was running on too many Dask workers that died; it is not retried."""


@dataclass
class CourseCopy:
    """What a worker needs to grade a course's submissions, the course folder aside (travels once per run)."""

    digest: str
    config: Any  # the course's nbgrader configuration (traitlets Config)
    files: dict[str, bytes]  # relative path -> contents: source/<a>/..., release/<a>/<a>.ipynb
    gradebook: bytes  # a SQLite gradebook with the assignments' definitions only
    seed_key: bytes  # the course's secret for the hidden tests' seeds
    settings: GradingSettings
    protected: list[str] = field(default_factory=list)  # the real course's folders (a worker on this machine)
    stub_execution: bool = False  # benchmarks: notebooks come back as given, not executed
    stub_grading: bool = False  # benchmarks: no grading at all, full marks (the coordinator's cost alone)


@dataclass
class GradeJob:
    """One staged submission, as shipped to a worker."""

    dataset: str  # name of the published CourseCopy
    digest: str
    record: GradeRecord  # "incomplete", with staging's findings
    files: dict[str, bytes]  # the staged folder: relative path -> contents
    unreadable: str
    timestamp: datetime | None


@dataclass
class GradeResult:
    """What a worker returns for one submission."""

    record: GradeRecord
    rows: SubmissionRows | None  # None: nothing in the gradebook (every automatic score 0)
    autograded: dict[str, bytes]  # autograded/<student>/<assignment>/: relative path -> contents
    log: list[str] = field(default_factory=list)  # the worker's log lines for this submission


class StagingOnly(PreExecuted):
    """The coordinator's engine stages submissions and executes nothing."""

    def submit(self, job: ExecJob) -> Any:
        raise RuntimeError("the coordinator does not execute notebooks: its workers do")


def folder_files(folder: Path) -> dict[str, bytes]:
    """``{relative path: contents}`` of the regular files under ``folder`` (symbolic links left out)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def write_files(folder: Path, files: dict[str, bytes]) -> list[str]:
    """Write :func:`folder_files`' output under ``folder``; returns the names refused (absolute, or with ``..``)."""
    refused = []
    for rel, data in files.items():
        if rel.startswith("/") or ".." in Path(rel).parts:
            refused.append(rel)
            continue
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return refused


# --------------------------------------------------------------------------------------------------
# The worker side.


@dataclass(frozen=True)
class WorkerCourse(Course):
    """A worker's copy of the course: ``root`` holds source/, release/ and a private gradebook."""

    config: Any = None  # the course's nbgrader configuration, root and db_url pointing here
    also_protected: tuple[Path, ...] = ()

    def nbgrader_config(self) -> Any:
        return copy.deepcopy(self.config)

    def protected(self) -> list[Path]:
        return super().protected() + list(self.also_protected)


class WorkerGrader:
    """This worker process's grading engine for one course copy (created on its first task)."""

    def __init__(self, snapshot: CourseCopy, threads: int) -> None:
        _remove_stale_worker_dirs()
        self.root = Path(tempfile.mkdtemp(prefix="bpc-dask-"))
        (self.root / "pid").write_text(str(os.getpid()))
        write_files(self.root, snapshot.files)
        (self.root / "gradebook.db").write_bytes(snapshot.gradebook)
        (self.root / "grade_records").mkdir()
        (self.root / "grade_records" / ".seed-key").write_bytes(snapshot.seed_key)
        config = copy.deepcopy(snapshot.config)
        config.CourseDirectory.root = str(self.root)
        config.CourseDirectory.db_url = f"sqlite:///{self.root / 'gradebook.db'}"
        self.course = WorkerCourse(self.root, config, tuple(Path(p) for p in snapshot.protected))
        settings = dataclasses.replace(snapshot.settings, workers=threads, force=True)
        self.stack = contextlib.ExitStack()
        self.stack.enter_context(_grading_environment())
        self.lines = _ThreadLog()
        logging.getLogger("backprop_course.grade").addHandler(self.lines)
        logging.getLogger("backprop_course.grade").setLevel(logging.INFO)
        stub = snapshot.stub_execution or snapshot.stub_grading
        self.engine = Engine(self.course, settings, executor=PreExecuted() if stub else None)
        self.engine.start()
        self.stub_grading = snapshot.stub_grading

    def full_marks(self, job: GradeJob) -> GradeResult:
        """Benchmarks of the coordinator: the result of a perfect submission, without grading anything."""
        from .records import GRADED

        rec, a = job.record, job.record.assignment
        rows = SubmissionRows(job.timestamp)
        with self.engine.gradebook.open() as gb:
            for nb in gb.find_assignment(a).notebooks:
                for c in nb.grade_cells:
                    rows.grades[(nb.name, c.name)] = (c.max_score, False)
                for c in nb.solution_cells:
                    rows.comments[(nb.name, c.name)] = None
            rec.max_score = float(gb.find_assignment(a).max_score)
        rec.status, rec.score = GRADED, rec.max_score
        return GradeResult(rec, rows, {f"{a}.ipynb": job.files.get(f"{a}.ipynb", b"")}, [])

    def grade(self, job: GradeJob) -> GradeResult:
        """Grade one staged submission into the private gradebook; return its record, files and rows."""
        if self.stub_grading:
            return self.full_marks(job)
        rec = job.record
        a, s = rec.assignment, rec.student
        folder = self.engine.staging_folder(a, s)
        autograded = self.course.autograded_dir / s / a
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        write_files(folder, job.files)
        staged = Staged(folder, [], job.unreadable, job.timestamp)
        self.lines.begin()
        try:
            rec = self.engine.grade_staged(rec, staged)
            with self.engine.gradebook.open() as gb:
                rows = read_rows(gb, a, s)
                if rows is not None:
                    gb.remove_submission(a, s)
            files = folder_files(autograded)
        finally:
            lines = self.lines.end()
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(autograded, ignore_errors=True)
        return GradeResult(rec, rows, files, lines)

    def close(self) -> None:
        logging.getLogger("backprop_course.grade").removeHandler(self.lines)
        self.engine.close()
        self.stack.close()
        shutil.rmtree(self.root, ignore_errors=True)


class _ThreadLog(logging.Handler):
    """Log lines of the grading engine and nbgrader, kept per thread (one task per thread)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.buffers: dict[int, list[str]] = {}

    def begin(self) -> None:
        self.buffers[threading.get_ident()] = []

    def end(self) -> list[str]:
        return self.buffers.pop(threading.get_ident(), [])

    def emit(self, record: logging.LogRecord) -> None:
        buffer = self.buffers.get(record.thread or 0)
        if buffer is not None and len(buffer) < 1000:
            buffer.append(self.format(record))


_graders_lock = threading.Lock()
_graders: dict[str, WorkerGrader] = {}  # this worker process's engines, by course copy digest


def _grader(job: GradeJob) -> WorkerGrader:
    with _graders_lock:
        grader = _graders.get(job.digest)
        if grader is None:
            from distributed import get_client, get_worker

            try:
                threads = get_worker().state.nthreads
            except ValueError:  # not on a worker (called directly)
                threads = 1
            snapshot: CourseCopy = get_client().get_dataset(job.dataset)
            for old in list(_graders):  # one course copy at a time: a new run's copy replaces the last
                _graders.pop(old).close()
            grader = _graders[job.digest] = WorkerGrader(snapshot, threads)
            atexit.register(_close_graders)
        return grader


def _close_graders() -> None:
    with _graders_lock:
        for digest in list(_graders):
            _graders.pop(digest).close()


def _remove_stale_worker_dirs() -> None:
    """Course copies of worker processes that were killed (their process is gone)."""
    for d in Path(tempfile.gettempdir()).glob("bpc-dask-*"):
        try:
            os.kill(int((d / "pid").read_text()), 0)
        except ProcessLookupError:
            shutil.rmtree(d, ignore_errors=True)
        except (OSError, ValueError):
            pass


class GraderPlugin(WorkerPlugin):
    """Closes the worker's grading engines (kernel pools, course copies) when the worker shuts down."""

    name = "backprop-course-grader"

    def teardown(self, worker: Any) -> None:
        _close_graders()


def grade_pickled(data: bytes) -> GradeResult:
    """The Dask task: grade one submission (a pickled :class:`GradeJob`) on this worker; never raises."""
    job: GradeJob = pickle.loads(data)
    try:
        return _grader(job).grade(job)
    except BaseException as e:  # noqa: BLE001  (the worker's fault, not the student's: graded again next run)
        rec = job.record
        rec.status, rec.reason = INCOMPLETE, f"the worker could not grade it: {type(e).__name__}: {e}"
        rec.add(Finding("grader-error", "ungradable", "", rec.reason))
        return GradeResult(rec, None, {}, [])


# --------------------------------------------------------------------------------------------------
# The coordinator side.


class DaskConnection:
    """The coordinator's Dask client: a running scheduler (``tcp://host:8786``), or ``"local"`` for a
    ``LocalCluster`` of ``workers`` processes with ``threads_per_worker`` threads each on this machine.

    ``allowed_failures`` (a LocalCluster only; a running scheduler keeps its own setting): how many
    dead workers a task may survive before it is given up.
    """

    def __init__(
        self,
        address: str = LOCAL,
        *,
        workers: int | None = None,
        threads_per_worker: int = 1,
        allowed_failures: int | None = None,
    ) -> None:
        self.address = address
        self.n_workers = max(1, workers or os.cpu_count() or 1)
        self.threads_per_worker = threads_per_worker
        self.allowed_failures = allowed_failures
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None

    def connect(self) -> int:
        """Connect (starting the LocalCluster if asked); returns the number of worker threads."""
        if self.client is None:
            if self.address == LOCAL:
                settings: dict[str, Any] = {
                    # a worker holds only the tasks it runs: a dying worker takes no queued task with it
                    "distributed.scheduler.worker-saturation": 1.0,
                }
                if self.allowed_failures is not None:
                    settings["distributed.scheduler.allowed-failures"] = self.allowed_failures
                with dask.config.set(settings), warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # "dashboard needs bokeh", port-in-use notices
                    self.cluster = LocalCluster(
                        n_workers=self.n_workers,
                        threads_per_worker=self.threads_per_worker,
                        processes=True,
                        dashboard_address=None,
                        host="127.0.0.1",
                        silence_logs=logging.ERROR,
                    )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout="30s")
                self.client.wait_for_workers(1, timeout=120)
            self.client.register_plugin(GraderPlugin())
        return sum(self.client.nthreads().values()) or 1

    def probe(self) -> str | None:
        """None if every worker can build the sandbox, else the first problem."""
        assert self.client is not None
        from ..sandbox import probe_sandbox

        for worker, problem in self.client.run(probe_sandbox).items():
            if problem:
                return f"worker {worker}: {problem}"
        return None

    def submit(self, job: GradeJob) -> Any:
        """Submit the task marked as a *data producer*: the scheduler then queues it (worker-saturation)
        instead of piling tasks onto workers, so a worker that dies takes down only the tasks it was
        running, and innocent submissions are not counted towards ``allowed-failures``."""
        assert self.client is not None
        key = f"{TASK_PREFIX}|{job.record.student}/{job.record.assignment}|{uuid.uuid4().hex[:8]}"
        data = pickle.dumps(job)
        try:
            from dask._task_spec import Task  # dask's task spec (no public way to set the flag)

            task = Task(key, grade_pickled, data, _data_producer=True)
        except (ImportError, TypeError):
            return self.client.submit(grade_pickled, data, key=key, pure=False)
        return self.client.get({key: task}, key, sync=False)

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None


def processing_pids(dask_scheduler: Any) -> dict[str, int]:
    """Run with ``client.run_on_scheduler(processing_pids)``: ``{task key: pid of the worker process running it}``."""
    return {
        str(ts.key): ts.processing_on.pid
        for ts in dask_scheduler.tasks.values()
        if ts.processing_on is not None and str(ts.key).startswith(TASK_PREFIX)
    }


def task_label(key: str) -> str | None:
    """``student/assignment`` of an execution task's key (None for other keys)."""
    parts = str(key).split("|")
    return parts[1] if len(parts) == 3 and parts[0] == TASK_PREFIX else None


# --------------------------------------------------------------------------------------------------
# The batch.


def course_copy(
    course: Course,
    assignments: list[str],
    settings: GradingSettings,
    stub_execution: bool = False,
    stub_grading: bool = False,
) -> CourseCopy:
    """What workers need to grade ``assignments`` of ``course`` (see :class:`CourseCopy`)."""
    from .engine import seed_key

    config = course.nbgrader_config()
    files: dict[str, bytes] = {"nbgrader_config.py": (course.root / "nbgrader_config.py").read_bytes()}
    for a in assignments:
        for path in sorted((course.source_dir / a).rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                files[path.relative_to(course.root).as_posix()] = path.read_bytes()
        release = course.release_dir / a / f"{a}.ipynb"
        if release.is_file():
            files[release.relative_to(course.root).as_posix()] = release.read_bytes()
    with tempfile.TemporaryDirectory(prefix="bpc-definitions-") as tmp:
        db = Path(tmp) / "gradebook.db"
        copy_definitions(str(config.CourseDirectory.db_url), str(config.CourseDirectory.course_id), assignments, db)
        gradebook = db.read_bytes()
    key = seed_key(course)
    h = hashlib.sha256(gradebook + key + pickle.dumps(sorted(files.items())) + repr(settings).encode())
    h.update(f"{stub_execution} {stub_grading}".encode())
    protected = [str(p) for p in course.protected()]
    return CourseCopy(
        h.hexdigest()[:16], config, files, gradebook, key, settings, protected, stub_execution, stub_grading
    )


class Coordinator:
    """Claims, stages and submits submissions; writes the results in batches (module docstring)."""

    def __init__(
        self,
        course: Course,
        settings: GradingSettings,
        connection: DaskConnection,
        claims: SoleClaims,
        summary: GradeSummary,
        bar: Progress,
        threads: int,
        batch_size: int = 50,
    ) -> None:
        self.course, self.settings, self.connection, self.claims = course, settings, connection, claims
        self.summary, self.bar = summary, bar
        # claimed and not yet written: enough to keep every worker thread busy while a batch is written;
        # with claims shared by several coordinators, a narrower window (they split the class more evenly,
        # and a killed one leaves fewer claims to expire)
        self.capacity = 2 * threads + 2 if claims.shared else 4 * threads + 8
        self.batch_size = batch_size
        self.engine = Engine(course, settings, executor=StagingOnly())
        self.done: queue.Queue[tuple[Any, Key]] = queue.Queue()
        self.inflight: dict[Key, tuple[GradeRecord, float, Any]] = {}
        self.dataset = ""
        self.digest = ""

    def run(self, todo: list[Key], snapshot: CourseCopy) -> None:
        """Grade ``todo`` (claims permitting); returns when every one is written or graded by another run."""
        assert self.connection.client is not None
        client = self.connection.client
        self.digest = snapshot.digest
        self.dataset = f"bpc-course-{snapshot.digest}-{uuid.uuid4().hex[:6]}"
        client.publish_dataset(**{self.dataset: snapshot})
        self.engine.start()
        wanted = {k: fingerprint(self.course.submitted_dir / k[1] / k[0]) for k in todo}
        pending = dict(wanted)
        batch: list[tuple[Key, GradeResult]] = []
        last_write = last_renew = next_claim = time.monotonic()
        try:
            while pending or self.inflight or batch:
                if pending and len(self.inflight) < self.capacity and time.monotonic() >= next_claim:
                    got = self.claims.claim(pending, self.capacity - len(self.inflight))
                    next_claim = time.monotonic() + (0 if got else 1.0)  # others hold the rest: ask again in 1 s
                    for key in got:
                        pending.pop(key)
                        self._submit(key)
                    if not got and not self.inflight and not batch:
                        self._wait_for_others(pending, wanted)
                        continue
                arrived: list[tuple[Any, Key]] = []
                with contextlib.suppress(queue.Empty):
                    arrived.append(self.done.get(timeout=0.2))
                    while len(batch) + len(arrived) < self.batch_size:
                        arrived.append(self.done.get_nowait())
                batch += self._results(arrived)
                now = time.monotonic()
                if batch and (len(batch) >= self.batch_size or now - last_write > 0.5 or not self.inflight):
                    self._write(batch, wanted)
                    batch, last_write = [], now
                if self.claims.shared and now - last_renew > self.claims.seconds / 3:
                    self.claims.renew()
                    last_renew = now
        finally:
            for _, _, future in self.inflight.values():
                future.cancel()
            with contextlib.suppress(Exception):
                client.unpublish_dataset(self.dataset)
            self.engine.close()

    def _submit(self, key: Key) -> None:
        a, s = key
        t0 = time.monotonic()
        rec = self.engine.start_record(a, s)
        staged = self.engine.stage(rec)
        files: dict[str, bytes] = {}
        unreadable, timestamp = "the submission could not be copied for grading", None
        if staged is not None:
            files = folder_files(staged.folder)
            unreadable, timestamp = staged.unreadable, staged.timestamp
            shutil.rmtree(staged.folder, ignore_errors=True)
        job = GradeJob(self.dataset, self.digest, rec, files, unreadable, timestamp)
        future = self.connection.submit(job)
        self.inflight[key] = (rec, t0, future)
        future.add_done_callback(lambda f, key=key: self.done.put((f, key)))

    def _results(self, arrived: list[tuple[Any, Key]]) -> list[tuple[Key, GradeResult]]:
        """The results of finished tasks (fetched in one round trip), failures as failed records."""
        if not arrived:
            return []
        assert self.connection.client is not None
        ok = [(f, k) for f, k in arrived if f.status == "finished"]
        values = self.connection.client.gather([f for f, _ in ok]) if ok else []
        out = [(k, v) for (_, k), v in zip(ok, values, strict=True)]
        out += [(k, self._failure(f, k)) for f, k in arrived if f.status != "finished"]
        for f, _ in arrived:
            f.release()
        return out

    def _failure(self, future: Any, key: Key) -> GradeResult:
        """A task that did not return: its workers died (``KilledWorker``), or Dask lost it."""
        rec, _, _ = self.inflight[key]
        try:
            e = future.exception()
        except BaseException as lost:  # noqa: BLE001  (cancelled, scheduler lost, ...)
            e = lost
        if isinstance(e, KilledWorker):
            first = str(e).split(". ")[0]  # "Attempted to run task ... on N different workers, but all ... died ..."
            err: Exception = WorkersKilled(f"every Dask worker that ran it died; given up (Dask: {first})")
        else:
            err = RuntimeError(f"Dask task failed: {type(e).__name__}: {e}")
        rec.status, rec.reason = FAILED, f"{type(err).__name__}: {err}"
        rec.add(Finding("not-autogradable", "ungradable", "", rec.reason))
        return GradeResult(rec, None, {}, [])

    def _write(self, batch: list[tuple[Key, GradeResult]], wanted: dict[Key, str]) -> None:
        """One gradebook transaction for the batch, then ``autograded/`` and the final records."""
        items = [(a, s, res.rows) for (a, s), res in batch]
        access = self.engine.gradebook
        error: list[Any] = [None]

        def attempt() -> dict[Key, float] | None:
            from sqlalchemy.exc import OperationalError

            error[0] = None
            try:
                with access.open() as gb:
                    return write_submissions(gb, items, lambda conn, key: self.claims.settle(conn, key, wanted[key]))
            except OperationalError as e:
                error[0] = e
                return None

        scores = retrying(attempt, self.settings.gradebook_wait_seconds, lambda: error[0])
        assert scores is not None
        for key, res in batch:
            rec, t0, _ = self.inflight.pop(key)
            a, s = key
            for line in res.log:
                log.info("[worker] %s", line)
            if key not in scores:  # another coordinator took the claim over (this one was too slow)
                log.warning("%s/%s: claim lost to another coordinator; its result is not written", s, a)
                continue
            target = self.course.autograded_dir / s / a
            shutil.rmtree(target, ignore_errors=True)
            for rel in write_files(target, res.autograded):  # names come from the staged copy: never
                log.warning("%s/%s: autograded file %r not written (outside the folder)", s, a, rel)
            rec = res.record
            rec.fingerprint, rec.score = wanted[key], scores[key]
            rec.seconds = round(time.monotonic() - t0, 3)
            rec.graded_at = rec.graded_at or datetime.now(UTC).isoformat(timespec="seconds")
            write_record(self.course, rec)
            log.info("wrote %s/%s: %s, score %g (coordinator %d)", s, a, rec.status, rec.score, os.getpid())
            self.summary.graded.append(rec)
            self.bar.update(rec)

    def _wait_for_others(self, pending: dict[Key, str], wanted: dict[Key, str]) -> None:
        """Nothing claimable: drop what others finished, sleep until a foreign claim may have expired."""
        finished, wait = self.claims.status(pending, wanted)
        for key in finished:
            pending.pop(key)
            rec = load_record(self.course, *key)
            if rec is not None:
                self.summary.skipped.append(rec)
        if pending:
            time.sleep(min(max(wait, 0.5), 5.0))


def grade_on_cluster(
    course: Course,
    assignments: list[str] | None = None,
    student: str = "*",
    settings: GradingSettings | None = None,
    *,
    cluster: str = LOCAL,
    allowed_failures: int | None = None,
    progress: TextIO | None = None,
    claim_seconds: float = 60.0,
    stub_execution: bool = False,
    stub_grading: bool = False,
) -> GradeSummary:
    """:func:`backprop_course.grade.grade`, with every submission graded on a Dask cluster.

    ``cluster``: a scheduler address, or ``"local"`` for a LocalCluster of ``settings.workers``
    processes. Same selection, skipping of graded submissions, records and summary as ``grade``.
    ``claim_seconds``: with a PostgreSQL gradebook, how long a claim holds without renewal (a killed
    coordinator's submissions wait that long for another run). ``stub_execution`` (benchmarks only):
    workers do all of nbgrader's work but return each notebook as given instead of executing it;
    ``stub_grading`` (benchmarks only): workers grade nothing and return full marks at once, so that
    what is measured is the coordinator alone (staging, Dask round trips, batched writes, records).
    """
    settings = settings or GradingSettings()
    t0 = time.monotonic()
    summary = GradeSummary()
    connection = DaskConnection(cluster, workers=settings.workers, allowed_failures=allowed_failures)
    claims = claims_for(course.db_url, claim_seconds)
    lock = contextlib.nullcontext() if claims.shared else _run_lock(course)
    try:
        with lock, _logging_to(course.grade_log):
            try:
                threads = connection.connect()
            except (OSError, TimeoutError) as e:
                raise GradeRefused(f"cannot use the Dask cluster {cluster!r}: {type(e).__name__}: {e}") from e
            if settings.sandbox:
                problem = connection.probe()
                if problem:
                    raise GradeRefused(
                        f"no working sandbox on the cluster: {problem}. Refusing to run student code; "
                        "fix the workers' sandbox or pass --no-sandbox to grade without one."
                    )
            from .gradebook import GradebookAccess

            access = GradebookAccess(course, course.nbgrader_config(), settings.gradebook_wait_seconds)
            selected = select_submissions(course, assignments, student)
            todo = plan(course, access, selected, settings.force, summary)
            if todo:
                bar = Progress(len(todo), progress)
                snapshot = course_copy(course, sorted({a for a, _ in todo}), settings, stub_execution, stub_grading)
                coordinator = Coordinator(course, settings, connection, claims, summary, bar, threads)
                with _grading_environment():
                    try:
                        coordinator.run(todo, snapshot)
                    except GradebookUnavailable as e:
                        summary.errors.append(
                            f"grading stopped: {e}. Submissions not finished are marked incomplete; "
                            "run grade again when the gradebook is free"
                        )
    finally:
        claims.release()
        claims.close()
        connection.close()
    summary.graded.sort(key=lambda r: (r.assignment, r.student))
    summary.seconds = time.monotonic() - t0
    return summary
