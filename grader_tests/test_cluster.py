"""`grade --cluster`: notebooks executed on Dask workers, the gradebook (SQLite or PostgreSQL) written here.

* a plain local `grade` (SQLite) never imports Dask, and is the reference;
* the demo class graded into a real PostgreSQL server (Debian's, started here on loopback) through a
  two-worker LocalCluster gets the same per-student scores;
* faults, with real SIGKILLs of the worker process executing a chosen submission: killed once, it is
  regraded on another worker (one result, nothing written twice); killed every time, it is marked
  failed after ``allowed-failures + 1`` tries and the rest of the batch is graded.

To keep the run short, only ``tanh_mlp`` (its demo class: 8 students) is graded (about 1-2 min per
run on a loaded 2-core machine).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import REPO

from backprop_course.course import Course
from backprop_course.demo import answers_dir, make_demo_class
from backprop_course.grade import load_records
from backprop_course.release.build import build_release
from backprop_course.sandbox import probe_sandbox

ASSIGNMENT = "tanh_mlp"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
SANDBOX = probe_sandbox() is None
pytestmark = pytest.mark.skipif(not SANDBOX, reason="grading sandbox not available here")


def demo_course(dest: Path, db_url: str | None = None) -> Course:
    """A scratch course with the demo class of ASSIGNMENT, its assignment registered in the gradebook."""
    repo = Course(REPO)
    course = repo.copy_to(dest)
    (dest / "answers").symlink_to(answers_dir(repo))
    if db_url:
        with (dest / "nbgrader_config.py").open("a") as f:
            f.write(f"\nc.CourseDirectory.db_url = {db_url!r}\n")
    build_release(course, [ASSIGNMENT], with_solutions=False)
    make_demo_class(course)
    for d in course.submitted_dir.iterdir():  # only ASSIGNMENT's submissions
        for a in d.iterdir():
            if a.name != ASSIGNMENT:
                shutil.rmtree(a)
    return course


def gradebook_scores(course: Course) -> dict[str, float]:
    """``{student: score}`` of ASSIGNMENT from the course's gradebook (whatever its database)."""
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url, "backprop") as gb:
        subs = gb.assignment_submissions(ASSIGNMENT)
        out = {s.student_id: float(s.score) for s in subs}
        assert len(out) == len(subs), "a submission is in the gradebook twice"
        return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    """Plain local `backprop-course grade` into SQLite, in a fresh process that must not import Dask."""
    course = demo_course(tmp_path_factory.mktemp("ref") / "course")
    code = (
        "import sys; from backprop_course.cli import main; "
        f"rc = main(['--course', {str(course.root)!r}, 'grade', {ASSIGNMENT!r}]); "
        "print('DASK', sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=900)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "DASK []" in out.stdout, "a plain local grade imported Dask"
    scores = gradebook_scores(course)
    assert len(scores) == len(course.students(ASSIGNMENT))
    return scores


@pytest.fixture(scope="module")
def postgres():
    """A throwaway PostgreSQL server (Debian's binaries) on 127.0.0.1; yields the gradebook's URL."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip("PostgreSQL is not installed (system-packages.txt: postgresql)")
    d = Path(tempfile.mkdtemp(prefix="bpc-pg-"))
    shutil.chown(d, "postgres", "postgres")
    port = free_port()

    def as_pg(*argv: str) -> None:
        subprocess.run(["runuser", "-u", "postgres", "--", *argv], check=True, capture_output=True, timeout=120)

    try:
        as_pg(str(PG_BIN / "initdb"), "-D", f"{d}/data", "-A", "trust", "-U", "grader", "--no-sync")
        opts = f"-c listen_addresses=127.0.0.1 -p {port} -k {d} -c fsync=off"
        as_pg(str(PG_BIN / "pg_ctl"), "-D", f"{d}/data", "-l", f"{d}/log", "-o", opts, "-w", "start")
        as_pg(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "grader", "gradebook")
        yield f"postgresql://grader@127.0.0.1:{port}/gradebook"
    finally:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(PG_BIN / "pg_ctl"), "-D", f"{d}/data", "-m", "immediate", "stop"],
            capture_output=True,
            timeout=60,
        )
        shutil.rmtree(d, ignore_errors=True)


def test_postgres_two_dask_workers_same_scores(tmp_path: Path, postgres: str, reference: dict[str, float]) -> None:
    from backprop_course.cli import main

    course = demo_course(tmp_path / "course", db_url=postgres)
    assert course.db_url.startswith("postgresql://")
    rc = main(["--course", str(course.root), "grade", ASSIGNMENT, "--cluster", "local", "--workers", "2"])
    assert rc == 0
    assert not course.gradebook.exists(), "graded into SQLite instead of PostgreSQL"
    assert gradebook_scores(course) == reference
    for s in reference:
        if (course.autograded_dir / s / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").exists():
            continue
        rec = next(r for r in load_records(course, ASSIGNMENT) if r.student == s)
        assert rec.status == "failed"  # the broken files of the demo class


def test_killed_workers(tmp_path: Path, reference: dict[str, float]) -> None:
    """SIGKILL the worker executing student A's notebook once, and B's every time."""
    import dask
    from distributed import Client, LocalCluster

    from backprop_course.grade.cluster import grade_on_cluster, processing_pids, task_label

    course = demo_course(tmp_path / "course")
    # two students with different notebooks: identical ones are executed once, under one of their names
    notebook = {s: (course.submitted_dir / s / ASSIGNMENT / f"{ASSIGNMENT}.ipynb") for s in reference}
    graded = sorted(s for s in reference if reference[s] > 0)
    other = next(s for s in graded[1:] if notebook[s].read_bytes() != notebook[graded[0]].read_bytes())
    once, always = f"{graded[0]}/{ASSIGNMENT}", f"{other}/{ASSIGNMENT}"
    limit = {once: 1, always: 99}
    kills: dict[str, list[int]] = {once: [], always: []}
    allowed_failures = 1
    settings = {
        "distributed.scheduler.allowed-failures": allowed_failures,
        "distributed.scheduler.worker-saturation": 1.0,
    }
    with dask.config.set(settings):
        cluster = LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, host="127.0.0.1", silence_logs=50
        )
    client = Client(cluster)
    stop = threading.Event()

    def killer() -> None:
        # The scheduler says which worker process runs each task (one task per worker: saturation 1.0);
        # a task seen there on the same process in two polls 0.05 s apart is executing: kill that process.
        dead: set[int] = set()
        seen: dict[str, int] = {}
        while not stop.is_set():
            try:
                running = client.run_on_scheduler(processing_pids)
            except Exception:  # noqa: BLE001
                running = {}
            for key, pid in running.items():
                label = task_label(key)
                if label not in limit or len(kills[label]) >= limit[label] or pid in dead:
                    continue
                if seen.get(key) == pid:
                    os.kill(pid, signal.SIGKILL)  # the worker process itself, mid-task
                    dead.add(pid)
                    kills[label].append(pid)
            seen = running
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    try:
        summary = grade_on_cluster(course, [ASSIGNMENT], cluster=cluster.scheduler_address)
    finally:
        stop.set()
        thread.join(timeout=30)
        client.close()
        cluster.close()

    assert len(kills[once]) == 1
    assert len(kills[always]) == allowed_failures + 1
    recs = {r.student: r for r in summary.graded}
    assert len(summary.graded) == len(recs) == len(reference), "a submission graded twice or lost"
    a, b = once.split("/")[0], always.split("/")[0]
    assert recs[a].status == "graded" and recs[a].score == reference[a]
    assert recs[b].status == "failed" and "WorkersKilled" in recs[b].reason, recs[b].reason
    scores = gradebook_scores(course)
    assert {s: v for s, v in scores.items() if s != b} == {s: v for s, v in reference.items() if s != b}
    # the coordinator wrote each submission once, the killed one included; nbgrader's log lines come back
    # from the workers with the results: once per graded submission, none for the one whose workers died
    log = (course.root / "grade_records" / "grade.log").read_text()
    wrote = {s: len(re.findall(rf"wrote {s}/{ASSIGNMENT}: ", log)) for s in reference}
    assert set(wrote.values()) == {1}, wrote
    # workers sanitise the staged copy of each submission (grade/staging.py): .../staging/<student>/<assignment>/
    sanitized = {s: len(re.findall(rf"Sanitizing \S*/staging/{s}/{ASSIGNMENT}/", log)) for s in reference}
    # (twice in one task is legitimate: a tester that did not start is retried once on a fresh kernel)
    assert sanitized[a] >= 1 and sanitized[b] == 0, sanitized  # broken files: never sanitised
    rec_files = list((course.root / "grade_records" / ASSIGNMENT).glob("*.json"))
    assert len(rec_files) == len(reference)
    assert json.loads((course.root / "grade_records" / ASSIGNMENT / f"{b}.json").read_text())["status"] == "failed"


# --------------------------------------------------------------------------------------------------
# Several coordinators on one PostgreSQL gradebook (grade/claims.py).


def start_coordinator(course: Course, *extra: str) -> subprocess.Popen[str]:
    """`backprop-course grade --cluster local --workers 1` on ASSIGNMENT, in a session of its own."""
    argv = [sys.executable, "-m", "backprop_course.cli", "--course", str(course.root), "grade", ASSIGNMENT]
    argv += ["--cluster", "local", "--workers", "1", *extra]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)


def writers(course: Course) -> dict[str, list[str]]:
    """``{student: [pid of the coordinator that wrote it, ...]}`` from the grading log."""
    log = (course.root / "grade_records" / "grade.log").read_text()
    out: dict[str, list[str]] = {}
    for s, pid in re.findall(rf"wrote (\S+)/{ASSIGNMENT}: .*\(coordinator (\d+)\)", log):
        out.setdefault(s, []).append(pid)
    return out


def test_two_coordinators_at_once_split_the_class(tmp_path: Path, postgres: str, reference: dict[str, float]) -> None:
    """Two `grade --cluster` runs started together: every submission written once, by one of them; same scores."""
    _createdb(postgres, "split")
    db = postgres.rsplit("/", 1)[0] + "/split"
    course = demo_course(tmp_path / "course", db_url=db)
    runs = [start_coordinator(course), start_coordinator(course)]
    outs = [p.communicate(timeout=900)[0] for p in runs]
    assert [p.returncode for p in runs] == [0, 0], outs
    assert gradebook_scores(course) == reference
    by = writers(course)
    assert sorted(by) == sorted(reference) and all(len(pids) == 1 for pids in by.values()), by
    assert len({pids[0] for pids in by.values()}) == 2, f"one coordinator graded everything: {by}"
    assert all(r.status != "incomplete" for r in load_records(course, ASSIGNMENT))


def test_a_killed_coordinators_claims_expire_and_are_taken_over(
    tmp_path: Path, postgres: str, reference: dict[str, float]
) -> None:
    """SIGKILL a coordinator mid-run (its Dask workers with it); a rerun takes its claims once they expire."""
    from sqlalchemy import create_engine, text

    _createdb(postgres, "killed")
    db = postgres.rsplit("/", 1)[0] + "/killed"
    course = demo_course(tmp_path / "course", db_url=db)
    first = start_coordinator(course, "--claim-seconds", "4")
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and first.poll() is None:
        if sum(r.status != "incomplete" for r in load_records(course, ASSIGNMENT)) >= 2:
            break
        time.sleep(0.1)
    assert first.poll() is None, "the first coordinator finished before it could be killed"
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=60)
    engine = create_engine(db)
    with engine.connect() as conn:
        held = conn.execute(text("SELECT count(*) FROM bpc_grading_claim WHERE owner IS NOT NULL")).scalar()
    engine.dispose()
    assert held, "the killed coordinator held no claim: nothing to take over"
    second = start_coordinator(course, "--claim-seconds", "4")
    out = second.communicate(timeout=900)[0]
    assert second.returncode == 0, out
    assert gradebook_scores(course) == reference
    records = load_records(course, ASSIGNMENT)
    assert sorted(r.student for r in records) == sorted(reference)
    assert all(r.status != "incomplete" for r in records), [(r.student, r.status) for r in records]


def _createdb(url: str, name: str) -> None:
    host_port = url.split("@", 1)[1].split("/", 1)[0]
    host, port = host_port.split(":")
    subprocess.run(
        ["runuser", "-u", "postgres", "--", str(PG_BIN / "createdb"), "-h", host, "-p", port, "-U", "grader", name],
        check=True,
        capture_output=True,
        timeout=60,
    )
