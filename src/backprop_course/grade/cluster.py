"""Grading on a Dask cluster: notebook execution on Dask distributed workers, the gradebook here.

:class:`DaskExecutor` has the interface of :class:`~backprop_course.grade.execute.LocalExecutor`
(``start()``, ``submit(job) -> Future[ExecResult]``, ``close()``), so the grading
:class:`~backprop_course.grade.engine.Engine` runs nbgrader's ``Autograde`` exactly as on one machine
(sanitising, restoring test cells, scoring, writing the gradebook and ``autograded/``, all in this,
the coordinating process) and only the execution of each notebook becomes a Dask task:

* the task carries the notebook, the *bytes* of the extra files of its working directory, the cell
  timeout and nbgrader's ``Execute`` configuration: a worker needs the course's Python environment
  (``pip install -r requirements.txt``) and bubblewrap, never the course folder nor a shared file
  system;
* on the worker, the task runs :func:`~backprop_course.grade.execute.execute_job` on a fresh kernel
  and tester from a worker-local :class:`~backprop_course.sandbox.KernelPool` (created on the worker's
  first task, one warm kernel per worker thread, sandboxed exactly as locally; the hidden tests run
  in the worker's tester, never in the kernel) and returns the
  :class:`~backprop_course.grade.execute.ExecResult`: the executed notebook, or the error;
* the coordinator alone writes the gradebook (SQLite, or PostgreSQL for big classes) and
  ``autograded/``, once per submission, when its task's result arrives.

Faults. A worker that dies mid-task (killed, out of memory, machine lost) is replaced or not, and
Dask reschedules its tasks on the remaining workers; since a task writes nothing, the rerun is
the only result the coordinator sees, and nothing is lost or written twice. A task that was running
on ``allowed_failures + 1`` workers that died (Dask's ``distributed.scheduler.allowed-failures``,
default 3) is not retried: Dask raises ``KilledWorker``, and the submission is recorded as failed
with that reason while the rest of the batch goes on. Tasks are queued on the scheduler (marked as
data producers, ``worker-saturation`` 1.0), so a worker holds only the tasks it is executing and a
death counts against those alone.

Importing this module imports Dask: :mod:`backprop_course.grade` and the CLI import it only when
``grade --cluster`` is asked for. Workers are trusted machines: a task carries the hidden tests.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import dataclasses
import logging
import os
import pickle
import shutil
import tempfile
import threading
import time
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import dask
from distributed import Client, LocalCluster, WorkerPlugin
from distributed.scheduler import KilledWorker

from ..course import Course
from ..settings import GradingSettings, Limits
from .engine import GradeRefused, GradeSummary, grade
from .execute import ExecJob, ExecResult, execute_job

LOCAL = "local"  # ``--cluster local``: start a LocalCluster on this machine
TASK_PREFIX = "grade-exec"  # task keys: ``grade-exec|<student>/<assignment>|<unique>``


class WorkersKilled(RuntimeError):
    """The execution task was running on too many Dask workers that died; it is not retried."""


# --------------------------------------------------------------------------------------------------
# The worker side.


@dataclass
class _Payload:
    """An :class:`ExecJob` as shipped to a worker: file contents instead of paths."""

    notebook: Any
    files: dict[str, bytes]
    timeout: int | None
    config: Any
    seed: int
    label: str
    sandbox: bool
    limits: Limits
    protected: list[str] = field(default_factory=list)


_pool_lock = threading.Lock()
_pool: Any = None  # this worker process's KernelPool
_pool_dir: Path | None = None


def _worker_pool(payload: _Payload) -> Any:
    """This worker process's kernel pool: created on its first task, one warm kernel per worker thread."""
    global _pool, _pool_dir
    with _pool_lock:
        if _pool is None:
            from distributed import get_worker

            from ..sandbox import KernelFactory, KernelPool

            try:
                threads = get_worker().state.nthreads
            except ValueError:  # not on a worker (called directly)
                threads = 1
            _remove_stale_pool_dirs()
            _pool_dir = Path(tempfile.mkdtemp(prefix="bpc-dask-"))
            (_pool_dir / "pid").write_text(str(os.getpid()))
            protected = [Path(p) for p in payload.protected]
            factory = KernelFactory(_pool_dir, payload.limits, sandbox=payload.sandbox, protected=protected)
            pool = KernelPool(factory, threads)
            pool.start()
            _pool = pool
            atexit.register(_close_pool)
        return _pool


def _remove_stale_pool_dirs() -> None:
    """Scratch directories of worker processes that were killed (their process is gone)."""
    for d in Path(tempfile.gettempdir()).glob("bpc-dask-*"):
        try:
            os.kill(int((d / "pid").read_text()), 0)
        except ProcessLookupError:
            shutil.rmtree(d, ignore_errors=True)
        except (OSError, ValueError):
            pass


def _close_pool() -> None:
    global _pool, _pool_dir
    with _pool_lock:
        if _pool is not None:
            _pool.close()
            _pool = None
        if _pool_dir is not None:
            shutil.rmtree(_pool_dir, ignore_errors=True)
            _pool_dir = None


class PoolPlugin(WorkerPlugin):
    """Closes the worker's kernel pool (fork server, warm sandboxes) when the worker shuts down."""

    name = "backprop-course-kernel-pool"

    def teardown(self, worker: Any) -> None:
        _close_pool()


def _portable_error(e: BaseException | None) -> BaseException | None:
    """``e`` if it survives pickling (keeps nbclient's DeadKernelError, CellTimeoutError), else a RuntimeError."""
    if e is None:
        return None
    try:
        pickle.loads(pickle.dumps(e))
        e.__traceback__ = None
        e.__context__ = e.__cause__ = None
        return e
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(e).__name__}: {e}")


def run_pickled(data: bytes) -> ExecResult:
    """The Dask task, with its payload pickled (see ``DaskExecutor._submit_task``)."""
    return run_payload(pickle.loads(data))


def run_payload(payload: _Payload) -> ExecResult:
    """The Dask task: execute one notebook on this worker's sandboxed kernel pool; never raises."""
    result = ExecResult(notebook=None)
    workdir = Path(tempfile.mkdtemp(prefix="bpc-job-"))
    try:
        files = {}
        for i, (rel, data) in enumerate(payload.files.items()):
            path = workdir / f"f{i}"
            path.write_bytes(data)
            files[rel] = path
        pool = _worker_pool(payload)
        job = ExecJob(payload.notebook, files, payload.timeout, payload.config, payload.seed, payload.label)
        result = execute_job(pool, job)
    except BaseException as e:  # noqa: BLE001
        result.error = e
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    result.error = _portable_error(result.error)
    return result


# --------------------------------------------------------------------------------------------------
# The coordinator side.


class DaskExecutor:
    """Runs :class:`ExecJob` s as tasks on a Dask cluster (the interface of ``LocalExecutor``).

    ``address``: a running scheduler (``tcp://host:8786``), or ``"local"`` to start a
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
        sandbox: bool = True,
        limits: Limits | None = None,
        protected: list[Path] | None = None,
        allowed_failures: int | None = None,
    ) -> None:
        self.address = address
        self.n_workers = max(1, workers or os.cpu_count() or 1)
        self.threads_per_worker = threads_per_worker
        self.sandbox = sandbox
        self.limits = limits or Limits()
        self.protected = list(protected or [])
        self.allowed_failures = allowed_failures
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None
        self.waiters: concurrent.futures.ThreadPoolExecutor | None = None

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
            self.client.register_plugin(PoolPlugin())
        return sum(self.client.nthreads().values()) or 1

    def probe(self) -> str | None:
        """None if every worker can build the sandbox (or it is not asked for), else the first problem."""
        if not self.sandbox:
            return None
        assert self.client is not None
        from ..sandbox import probe_sandbox

        for worker, problem in self.client.run(probe_sandbox).items():
            if problem:
                return f"worker {worker}: {problem}"
        return None

    def start(self) -> None:
        self.connect()
        threads = sum(self.client.nthreads().values()) if self.client else 1
        self.waiters = concurrent.futures.ThreadPoolExecutor(max_workers=threads + 4, thread_name_prefix="dask-wait")

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        assert self.client is not None and self.waiters is not None
        payload = _Payload(
            notebook=job.notebook,
            files={rel: Path(p).read_bytes() for rel, p in job.files.items()},
            timeout=job.timeout,
            config=job.config,
            seed=job.seed,
            label=job.label,
            sandbox=self.sandbox,
            limits=self.limits,
            protected=[str(p) for p in self.protected],
        )
        key = f"{TASK_PREFIX}|{job.label}|{uuid.uuid4().hex[:8]}"
        future = self._submit_task(key, payload)
        return self.waiters.submit(self._wait, future)

    def _submit_task(self, key: str, payload: _Payload) -> Any:
        """Submit the task marked as a *data producer*: the scheduler then queues it (worker-saturation)
        instead of piling tasks onto workers, so a worker that dies takes down only the tasks it was
        running, and innocent submissions are not counted towards ``allowed-failures``."""
        assert self.client is not None
        try:
            from dask._task_spec import Task  # dask's task spec (no public way to set the flag)

            task = Task(key, run_pickled, pickle.dumps(payload), _data_producer=True)
        except (ImportError, TypeError):
            return self.client.submit(run_payload, payload, key=key, pure=False)
        return self.client.get({key: task}, key, sync=False)

    def _wait(self, future: Any) -> ExecResult:
        t0 = time.monotonic()
        try:
            return future.result()
        except KilledWorker as e:
            first = str(e).split(". ")[0]  # "Attempted to run task ... on N different workers, but all ... died ..."
            err = WorkersKilled(f"every Dask worker that ran it died; given up (Dask: {first})")
            return ExecResult(notebook=None, error=err, seconds=time.monotonic() - t0)
        except BaseException as e:  # noqa: BLE001  (cancelled, scheduler lost, ...)
            return ExecResult(notebook=None, error=RuntimeError(f"Dask task failed: {type(e).__name__}: {e}"))
        finally:
            future.release()

    def close(self) -> None:
        if self.waiters is not None:
            self.waiters.shutdown(wait=True)
            self.waiters = None
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
# The batch: grading.grade() with a DaskExecutor.


def grade_on_cluster(
    course: Course,
    assignments: list[str] | None = None,
    student: str = "*",
    settings: GradingSettings | None = None,
    *,
    cluster: str = LOCAL,
    allowed_failures: int | None = None,
    progress: TextIO | None = None,
) -> GradeSummary:
    """:func:`backprop_course.grade.grade`, with every notebook executed on a Dask cluster.

    ``cluster``: a scheduler address, or ``"local"`` for a LocalCluster of ``settings.workers``
    processes. Same selection, skipping of graded submissions, records and summary as ``grade``.
    """
    settings = settings or GradingSettings()
    t0 = time.monotonic()
    executor = DaskExecutor(
        cluster,
        workers=settings.workers,
        sandbox=settings.sandbox,
        limits=settings.limits,
        allowed_failures=allowed_failures,
    )
    try:
        try:
            threads = executor.connect()
        except (OSError, TimeoutError) as e:
            raise GradeRefused(f"cannot use the Dask cluster {cluster!r}: {type(e).__name__}: {e}") from e
        problem = executor.probe()
        if problem:
            raise GradeRefused(
                f"no working sandbox on the cluster: {problem}. Refusing to run student code; "
                "fix the workers' sandbox or pass --no-sandbox to grade without one."
            )
        executor.protected = course.protected()  # in case a worker runs on this machine
        summary = grade(
            course,
            assignments,
            student,
            dataclasses.replace(settings, workers=threads),
            progress=progress,
            executor=executor,
        )
    finally:
        executor.close()
    summary.seconds = time.monotonic() - t0  # the cluster's start-up included
    return summary
