"""Grading never records a wrong outcome: a locked gradebook, bad timestamps, two courses at once, load.

* a gradebook locked by another process is waited for; if it stays locked, the run stops, the
  submission is marked incomplete and no report shows its older score; the next run regrades it;
* a bad ``timestamp.txt`` is replaced by the notebook's modification time (flagged), also for lateness;
* two courses graded at the same time on one machine never share a sandbox uid;
* the static scan gives the same findings when many submissions are scanned at once;
* a tester that cannot start (the grader's fault) is retried once, then leaves the submission
  incomplete with no score standing, never a zero the student did not earn;
* a submission keeping forty processes busy gets its CPU share, not the machine: classmates graded
  beside it at a short cell timeout keep full marks and are not flagged;
* identical notebooks are executed once per run: each still gets its own record, score and notebook.
"""

from __future__ import annotations

import concurrent.futures
import os
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import nbformat
import pytest
from conftest import read_results
from corpus import corpus_assignment

from backprop_course.course import Course
from backprop_course.demo import answers_dir, write_submission
from backprop_course.grade import grade, load_record
from backprop_course.grade.records import fingerprint
from backprop_course.release.build import build_release
from backprop_course.report.grades import class_results
from backprop_course.review.tamper import inspect_submission
from backprop_course.sandbox import UID_BASE, UID_COUNT, probe_sandbox
from backprop_course.sandbox.cgroups import find_hierarchies
from backprop_course.settings import GradingSettings, Limits

SANDBOX_PROBLEM = probe_sandbox()
pytestmark = pytest.mark.skipif(SANDBOX_PROBLEM is not None, reason=f"no sandbox here: {SANDBOX_PROBLEM}")


def course_with(tmp: Path, repo_course: Course, assignment: str, students: dict[str, str]) -> Course:
    course = repo_course.copy_to(tmp / "course", with_generated=False)
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, [assignment], with_solutions=False)
    for student, case in students.items():
        write_submission(course, student, assignment, case)
    return course


@pytest.fixture
def assignment(repo_course: Course) -> str:
    return corpus_assignment(repo_course.assignments())


def hold_lock(db: Path, seconds: float) -> threading.Thread:
    """Hold an exclusive lock on the SQLite gradebook for ``seconds`` (what a long formgrader save does)."""
    ready = threading.Event()

    def hold() -> None:
        con = sqlite3.connect(db, timeout=0, isolation_level=None)
        con.execute("BEGIN EXCLUSIVE")
        ready.set()
        time.sleep(seconds)
        con.execute("ROLLBACK")
        con.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    ready.wait(10)
    return thread


def test_a_locked_gradebook_is_waited_for(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    grade(course, [assignment])
    assert read_results(course, assignment, "ada").total > 0
    write_submission(course, "ada", assignment, "blank")  # a resubmission worth 0
    holder = hold_lock(course.gradebook, 8)  # longer than SQLite's 5 s busy timeout: nbgrader's queries fail
    summary = grade(course, [assignment], settings=GradingSettings(gradebook_wait_seconds=90))
    holder.join()
    assert not summary.errors, summary.errors
    rec = load_record(course, assignment, "ada")
    assert rec.status == "graded" and rec.score == 0
    assert read_results(course, assignment, "ada").total == 0


def test_a_gradebook_locked_too_long_stops_the_run_without_an_old_score(
    tmp_path: Path, repo_course: Course, assignment: str
) -> None:
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    grade(course, [assignment])
    full = load_record(course, assignment, "ada").score
    assert full > 0
    write_submission(course, "ada", assignment, "blank")
    holder = hold_lock(course.gradebook, 25)
    summary = grade(course, [assignment], settings=GradingSettings(gradebook_wait_seconds=4))
    assert any("locked by another process" in e for e in summary.errors), summary.errors
    rec = load_record(course, assignment, "ada")
    assert rec.status == "incomplete" or rec.fingerprint != fingerprint(course.submitted_dir / "ada" / assignment)
    holder.join()
    _, _, rows = class_results(course)
    row = next(r for r in rows if r.student == "ada")
    assert row.scores[assignment] is None and "run grade" in row.notes[assignment], row  # not the old score
    summary = grade(course, [assignment])  # a plain run: the incomplete submission is graded again
    assert [r.student for r in summary.graded] == ["ada"] and not summary.errors
    assert load_record(course, assignment, "ada").score == 0 == read_results(course, assignment, "ada").total


def test_a_bad_timestamp_counts_as_the_notebooks_time_for_lateness(
    tmp_path: Path, repo_course: Course, assignment: str
) -> None:
    from nbgrader.api import Gradebook

    course = course_with(tmp_path, repo_course, assignment, {"early": "reference", "late": "reference"})
    due = datetime(2026, 3, 10, 12, 0, 0)
    with Gradebook(course.db_url, course.course_id) as gb:
        gb.update_or_create_assignment(assignment, duedate=due)
    for student, when in (("early", datetime(2026, 3, 9, tzinfo=UTC)), ("late", datetime(2026, 3, 11, tzinfo=UTC))):
        folder = course.submitted_dir / student / assignment
        (folder / "timestamp.txt").write_text("sometime on tuesday")
        os.utime(folder / f"{assignment}.ipynb", (when.timestamp(), when.timestamp()))
    grade(course, [assignment])
    with Gradebook(course.db_url, course.course_id) as gb:
        assert gb.find_submission(assignment, "early").total_seconds_late == 0
        assert gb.find_submission(assignment, "late").total_seconds_late == pytest.approx(12 * 3600)
    for student in ("early", "late"):
        rec = load_record(course, assignment, student)
        assert rec.status == "graded" and any("timestamp.txt is not a time" in f for f in rec.flags)


def test_two_courses_graded_at_once_never_share_a_uid(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    courses = [
        course_with(tmp_path / name, repo_course, assignment, {f"s{i}": "reference" for i in range(4)})
        for name in ("first", "second")
    ]
    host_ns = os.readlink("/proc/self/ns/pid_for_children")
    seen: set[int] = set()
    shared: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        # at each instant, a uid must belong to one sandbox (one PID namespace) or to one tester process
        while not stop.is_set():
            holders: dict[int, list[str]] = {}
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    ns = os.readlink(f"/proc/{pid}/ns/pid_for_children")  # a sandbox's, once setns'd
                except OSError:
                    continue
                uid = int(next(ln for ln in status.splitlines() if ln.startswith("Uid:")).split()[1])
                if UID_BASE <= uid < UID_BASE + UID_COUNT:
                    holders.setdefault(uid, []).append(f"{pid}@{ns}" if ns == host_ns else ns)
            for uid, who in holders.items():
                seen.add(uid)
                if len(set(who)) > 1:
                    shared.append(f"uid {uid}: {sorted(set(who))}")
            time.sleep(0.05)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        summaries = list(pool.map(lambda c: grade(c, [assignment], settings=GradingSettings(workers=2)), courses))
    stop.set()
    watcher.join()
    for summary in summaries:
        assert len(summary.graded) == 4 and not summary.failed, summary.format()
        assert len({r.score for r in summary.graded}) == 1, summary.format()  # the same answers, the same score
    assert len(seen) >= 4, f"too few sandbox uids seen to tell: {seen}"
    assert not shared, shared[:5]


def test_the_scan_gives_the_same_findings_under_load(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    names = {f"s{i}": case for i, case in enumerate(["reference", "blank", "reference", "blank"] * 3)}
    course = course_with(tmp_path, repo_course, assignment, names)

    def scan(student: str) -> list[str]:
        folder = course.submitted_dir / student / assignment
        return sorted(f.message for f in inspect_submission(course, assignment, folder).findings)

    alone = {s: scan(s) for s in names}
    for _ in range(5):
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            together = dict(zip(names, pool.map(scan, names), strict=True))
        assert together == alone


def test_a_tester_that_cannot_start_leaves_no_score(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    grade(course, [assignment])
    assert load_record(course, assignment, "ada").score > 0
    # 40 MB of address space: the forked tester cannot even import what its tests need
    starved = GradingSettings(force=True, limits=Limits(tester_memory_mb=40))
    summary = grade(course, [assignment], settings=starved)
    rec = load_record(course, assignment, "ada")
    assert rec.status == "incomplete", rec
    assert "did not start" in rec.reason and "not the student's fault" in rec.reason, rec.reason
    assert [r.student for r in summary.failed] == ["ada"]
    assert not (course.autograded_dir / "ada" / assignment).exists()
    _, _, rows = class_results(course)
    row = next(r for r in rows if r.student == "ada")
    assert row.scores[assignment] is None and "run grade" in row.notes[assignment], row  # not the old score
    grade(course, [assignment])  # with the tester back: the full score
    assert load_record(course, assignment, "ada").status == "graded"
    assert load_record(course, assignment, "ada").score == read_results(course, assignment, "ada").total > 0


BUSY_PROCESSES = """
import os, time
for _ in range(40):  # forty spinning processes, each under every per-process limit
    if os.fork() == 0:
        os.setsid()  # a session each: the scheduler's per-session fairness (autogroup) no longer binds them
        start = time.monotonic()
        while time.monotonic() - start < 120:
            pass
        os._exit(0)
time.sleep(15)  # the spinners keep going while the classmates' notebooks run
"""

EXPERIMENT = """
import time
start, n = time.process_time(), 0
while time.process_time() - start < 3:  # a student's experiment: 3 s of CPU
    n += 1
"""


def add_cell(folder: Path, assignment: str, code: str) -> None:
    """Put ``code`` in a new cell after the first answer cell of the submitted notebook in ``folder``."""
    path = folder / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    first = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("solution"))
    nb.cells.insert(first + 1, nbformat.v4.new_code_cell(code))
    nbformat.write(nb, path)


@pytest.mark.skipif(
    "cpu" not in find_hierarchies(), reason="no cpu cgroup controller here: CPU is not shared per sandbox"
)
def test_busy_processes_do_not_starve_classmates(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    classmates = ["ada", "ben", "cy"]
    course = course_with(tmp_path, repo_course, assignment, dict.fromkeys([*classmates, "a_hog"], "reference"))
    add_cell(course.submitted_dir / "a_hog" / assignment, assignment, BUSY_PROCESSES)  # graded first
    for student in classmates:
        add_cell(course.submitted_dir / student / assignment, assignment, EXPERIMENT)
    # two notebooks at once, the hog beside each classmate in turn. With a fair share, the experiment
    # takes about 3 s of a core; at 2 cores / 41 busy processes it would take about 60 s. (Measured
    # without the cpu controller: a classmate's cell timed out and was flagged; with it, 5 s each.)
    summary = grade(course, [assignment], settings=GradingSettings(workers=2, cell_timeout=20))
    assert not summary.errors, summary.errors
    for student in classmates:
        rec = load_record(course, assignment, student)
        assert rec.status == "graded" and rec.score == rec.max_score > 0, (student, rec.reason)
        assert not rec.flags, (student, rec.flags)


def test_identical_notebooks_are_executed_once(tmp_path: Path, repo_course: Course, assignment: str) -> None:
    students = {"ada": "blank", "ben": "blank", "cy": "blank", "dee": "reference", "eve": "reference"}
    course = course_with(tmp_path, repo_course, assignment, students)
    path = course.submitted_dir / "eve" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("My notes on the derivation."))  # differs in a text cell only
    nbformat.write(nb, path)
    summary = grade(course, [assignment])
    assert not summary.errors and not summary.failed, summary.format()
    shared = {
        s: [f.message for f in load_record(course, assignment, s).findings if f.kind == "identical-submission"]
        for s in students
    }
    assert sum(bool(m) for s, m in shared.items() if students[s] == "blank") == 2, shared  # one of three ran
    assert not shared["dee"] and not shared["eve"], shared  # a different text cell: not the same notebook
    for s, case in students.items():
        result = read_results(course, assignment, s)
        assert result.total == (0 if case == "blank" else result.max_total), (s, result.total)
    graded = nbformat.read(course.autograded_dir / "eve" / assignment / f"{assignment}.ipynb", as_version=4)
    assert graded.cells[-1].source == "My notes on the derivation."
