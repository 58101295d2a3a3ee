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
* identical notebooks are executed once per run: each still gets its own record, score and notebook;
* ``grade`` with no arguments grades what was submitted and says nothing of assignments nobody submitted;
* ``exit()`` in an answer cell is blamed on that cell (not on the next one, where the kernel stops);
* the static scan flags what its size and time budgets left unscanned ("not-scanned"), never passes it;
* without cgroup controllers, the run summary names each protection the machine cannot give.
"""

from __future__ import annotations

import concurrent.futures
import os
import signal
import sqlite3
import subprocess
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
    holder = hold_lock(course.gradebook, 15)  # outlasts the 4 s wait plus one 5 s SQLite busy timeout
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


def test_a_tester_that_cannot_start_leaves_no_score(
    tmp_path: Path, repo_course: Course, assignment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    grade(course, [assignment])
    assert load_record(course, assignment, "ada").score > 0
    # every tester killed as soon as it is forked (before the grader's first request). A tester capped at 40 MB of
    # address space did that until the fork server preloaded numpy.random and froze its heap: the forked tester now
    # needs no new memory to run the tests
    from backprop_course.sandbox import KernelFactory

    started = KernelFactory.new_kernel

    def new_kernel_without_tester(factory: KernelFactory) -> Any:
        kernel = started(factory)
        os.kill(kernel.tester.pid, signal.SIGKILL)
        return kernel

    monkeypatch.setattr(KernelFactory, "new_kernel", new_kernel_without_tester)
    summary = grade(course, [assignment], settings=GradingSettings(force=True))
    monkeypatch.undo()
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


@pytest.mark.parametrize("deaths", [1, 2])
def test_a_kernel_dead_before_the_first_cell_is_the_graders_fault(
    tmp_path: Path, repo_course: Course, assignment: str, monkeypatch: pytest.MonkeyPatch, deaths: int
) -> None:
    # the kernel a notebook is given dies after the pool handed it out, before any cell ran (seen once in CI, cause
    # unknown): the run is retried once on a fresh kernel; twice in a row, no score stands and the reason says why
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    from backprop_course.sandbox import SandboxedKernel

    add_files = SandboxedKernel.add_files
    killed: list[int] = []

    def dying_add_files(kernel: SandboxedKernel, files: dict[str, Path]) -> None:
        if len(killed) < deaths:
            killed.append(kernel.pid)
            os.kill(kernel.pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while kernel.alive() and time.monotonic() < deadline:
                time.sleep(0.01)
        add_files(kernel, files)

    monkeypatch.setattr(SandboxedKernel, "add_files", dying_add_files)
    summary = grade(course, [assignment])
    monkeypatch.undo()
    assert len(killed) == deaths
    rec = load_record(course, assignment, "ada")
    if deaths == 1:
        assert rec.status == "graded" and rec.score == rec.max_score > 0, rec
        return
    assert rec.status == "incomplete", rec
    assert "died before the notebook ran" in rec.reason and "not the student's fault" in rec.reason, rec.reason
    assert [r.student for r in summary.failed] == ["ada"]
    assert not (course.autograded_dir / "ada" / assignment).exists()


def test_a_kernel_that_does_not_answer_before_the_first_cell_is_the_graders_fault(
    tmp_path: Path, repo_course: Course, assignment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # round 79: on an overloaded machine a kernel did not answer kernel_info within nbclient's startup timeout; the
    # RuntimeError failed the notebook and the student got 0. Now it is retried like a kernel dead at that point.
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    config = course.root / "nbgrader_config.py"
    config.write_text(config.read_text() + "\nc.Execute.startup_timeout = 3\n")
    from backprop_course.sandbox import SandboxedKernel

    add_files = SandboxedKernel.add_files
    stopped: list[int] = []

    def stalled_add_files(kernel: SandboxedKernel, files: dict[str, Path]) -> None:
        if not stopped:
            stopped.append(kernel.pid)
            os.kill(kernel.pid, signal.SIGSTOP)  # alive, but answers nothing (killed with the rest afterwards)
        add_files(kernel, files)

    monkeypatch.setattr(SandboxedKernel, "add_files", stalled_add_files)
    grade(course, [assignment])
    monkeypatch.undo()
    assert len(stopped) == 1
    rec = load_record(course, assignment, "ada")
    assert rec.status == "graded" and rec.score == rec.max_score > 0, rec


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


def test_grade_with_no_arguments_skips_assignments_nobody_submitted(
    tmp_path: Path, repo_course: Course, assignment: str, capsys: pytest.CaptureFixture
) -> None:
    from backprop_course.cli import main

    others = [a for a in repo_course.assignments() if a != assignment]
    assert others, "the course needs a second assignment for this test"
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    build_release(course, others[:1], with_solutions=False)  # in the gradebook, nobody submitted it
    # the rest are neither released nor submitted (what "not in the gradebook" used to be reported for)
    assert main(["--course", str(course.root), "grade", "--workers", "1", "--timeout", "30"]) == 0
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert not [ln for ln in lines if "error" in ln.lower() or any(a in ln for a in others)], lines
    assert lines and "graded 1, failed 0" in captured.out, captured.out
    rec = load_record(course, assignment, "ada")
    assert rec.status == "graded" and rec.score == rec.max_score > 0
    assert read_results(course, assignment, "ada").total == rec.score
    assert not [a for a in others if (course.autograded_dir / "ada" / a).exists()]


def test_exit_in_an_answer_cell_is_blamed_on_that_cell_and_a_new_kernel_grades_the_rest(
    tmp_path: Path, repo_course: Course, assignment: str
) -> None:
    """A kernel that dies in one cell costs only the tests that need that cell: a new kernel runs the code cells
    before it again and grading goes on after it (the cell that exited is not run again)."""
    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    path = course.submitted_dir / "ada" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    order = [c.metadata.get("nbgrader", {}) for c in nb.cells]
    answers = [i for i, m in enumerate(order) if m.get("solution")]
    assert len(answers) >= 3, "needs answer cells before and after the one that exits"
    killer = answers[len(answers) // 2]
    name = order[killer]["grade_id"]
    nb.cells[killer].source += "\n\nexit()  # the builtin, not os._exit\n"
    nbformat.write(nb, path)
    tests = [(i, m["grade_id"]) for i, m in enumerate(order) if m.get("grade") and m.get("cell_type", "code")]
    before = [t for i, t in tests if i < killer]
    after = [t for i, t in tests if i > killer]
    assert before and after
    grade(course, [assignment], settings=GradingSettings(workers=1, cell_timeout=30))
    rec = load_record(course, assignment, "ada")
    assert f"kernel died while running cell {name}" in rec.reason, rec.reason
    assert "a new kernel ran the code cells before it again" in rec.reason, rec.reason
    assert any(f"cell {name}" in f for f in rec.flags), rec.flags
    result = read_results(course, assignment, "ada")
    for t in before:  # points earned before the kernel died are kept
        assert result.cells[t].score == result.cells[t].max_score > 0, (t, result.cells[t])
    # what the exiting cell defines is missing from the new kernel: its tests fail; the later tasks' tests pass
    lost = [t for t in after if result.cells[t].score == 0]
    kept = [t for t in after if result.cells[t].score == result.cells[t].max_score > 0]
    assert lost and kept and len(lost) + len(kept) == len(after), {t: result.cells[t] for t in after}
    assert rec.score == result.total == sum(result.cells[t].max_score for t in before + kept)


def fake_cgroup_root(tmp: Path, v2_controllers: str | None) -> Path:
    """A cgroup mount point for ``find_hierarchies``: empty, or a v2 hierarchy offering ``v2_controllers``."""
    from backprop_course.sandbox.cgroups import _own_groups

    root = tmp / "cgroup"
    root.mkdir(parents=True)
    if v2_controllers is not None:
        (root / "cgroup.controllers").write_text(v2_controllers + "\n")
        (root / _own_groups().get("", "/").lstrip("/")).mkdir(parents=True, exist_ok=True)
    return root


def test_missing_cgroup_controllers_are_named(tmp_path: Path) -> None:
    from backprop_course.sandbox.cgroups import find_hierarchies, missing_protections

    partial = find_hierarchies(fake_cgroup_root(tmp_path / "partial", "cpuset memory pids io"))
    assert sorted(partial) == ["memory", "pids"] and all(h.v2 for h in partial.values())
    (cpu,) = missing_protections(partial)
    assert cpu.startswith("CPU time is not shared fairly")
    missing = missing_protections(find_hierarchies(fake_cgroup_root(tmp_path / "none", None)))
    assert len(missing) == 3
    assert [m.split()[0] for m in missing] == ["memory", "processes", "CPU"]
    assert missing_protections(find_hierarchies(fake_cgroup_root(tmp_path / "all", "memory pids cpu"))) == []


def test_groups_of_a_killed_run_are_removed_and_nothing_else(tmp_path: Path) -> None:
    """A run killed with SIGKILL leaves its empty ``backprop-course-<pid>`` groups behind; the next run removes those
    (sandbox groups inside first), and leaves a live run's group, a group still holding something (a process, on a
    real cgroup file system), and anything else alone."""
    from backprop_course.sandbox.cgroups import find_hierarchies, remove_stale_bases

    hierarchies = find_hierarchies(fake_cgroup_root(tmp_path, "memory pids cpu"))
    parent = next(iter(hierarchies.values())).base.parent
    gone = subprocess.Popen(["true"])
    gone.wait()  # a pid with no process
    dead, busy, alive, other = (
        parent / f"backprop-course-{gone.pid}",
        parent / f"backprop-course-{gone.pid + 1000000}",  # beyond pid_max: no such process either
        parent / f"backprop-course-{os.getppid()}",
        parent / "someone-else",
    )
    for group in (dead / "k1", dead / "k1-tester", dead / "k2", busy / "k1", alive / "k1", other / "x"):
        group.mkdir(parents=True)
    (busy / "k1" / "holds").write_text("")  # rmdir fails on it, as on a group with a process in it

    removed = remove_stale_bases(hierarchies)

    assert removed == [dead] and not dead.exists()
    assert (busy / "k1").is_dir() and (alive / "k1").is_dir() and (other / "x").is_dir()
    assert remove_stale_bases(hierarchies) == []


def test_a_run_without_cgroups_says_which_protections_are_missing(
    tmp_path: Path, repo_course: Course, assignment: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backprop_course.sandbox import cgroups

    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference"})
    monkeypatch.setattr(cgroups, "ROOT", fake_cgroup_root(tmp_path, None))  # a host without cgroups
    summary = grade(course, [assignment], settings=GradingSettings(workers=1, cell_timeout=30))
    assert not summary.errors and [r.status for r in summary.graded] == ["graded"], summary.format()
    assert len(summary.warnings) == 3 and all(w.startswith("no cgroups here: ") for w in summary.warnings)
    text = summary.format()
    for missing in ("memory is capped per process only", "processes are capped per uid only", "CPU time is not"):
        assert f"warning: no cgroups here: {missing}" in text, text
    rec = load_record(course, assignment, "ada")
    assert rec.score == rec.max_score > 0  # the run still grades, with what the host does protect


MAGICS = ["%time y = f(x)", "!ls -la", "%env A=1", "%who", "%load_ext foo"]


def magic_cell(lines: int, magics: int, code: str) -> str:
    """``lines`` lines of ``code``, ``magics`` of them magics or shell escapes, spread evenly."""
    every = lines // magics
    return "\n".join(MAGICS[n // every % len(MAGICS)] if n % every == 0 else code for n in range(lines))


def scanned(*sources: str) -> list[str]:
    """The messages of the static scan of a notebook whose answer cells are ``sources`` (named a0, a1...)."""
    from backprop_course.review.tamper import Inspection, _scan_notebook

    cells = [
        nbformat.v4.new_code_cell(s, metadata={"nbgrader": {"solution": True, "grade_id": f"a{i}"}})
        for i, s in enumerate(sources)
    ]
    out = Inspection()
    _scan_notebook(nbformat.v4.new_notebook(cells=cells), out)
    return [f.message for f in out.findings if f.kind == "not-scanned"] + [
        f.message for f in out.findings if f.kind != "not-scanned"
    ]


def test_a_cell_over_the_scan_size_budget_is_flagged_not_passed() -> None:
    from backprop_course.review.tamper import SCAN_CELL_MAX_CHARS

    # the cell: 10,000 lines, 500 magics (here 24 characters a line: over the size budget)
    big = magic_cell(10_000, 500, "x1 = np.dot(W, x2) + b1")
    assert len(big) > SCAN_CELL_MAX_CHARS
    source = big + "\nnp.dot = lambda a, b: 0"
    found = scanned("import numpy as np", source)
    assert found[0] == f"cell a1 is {len(source)} characters long: only the first {SCAN_CELL_MAX_CHARS} were scanned"
    assert not any("numpy.dot" in m for m in found), found  # past the budget: not scanned
    assert any("a1, line 41: uses the magic %env" in m for m in found), found  # the start still is
    # 10,000 lines and 500 magics within the budget: scanned whole, every magic found, nothing flagged unscanned
    small = magic_cell(10_000, 500, "x = 1")
    assert len(small) < SCAN_CELL_MAX_CHARS
    found = scanned(small + "\nnp.dot = 0")
    assert not any("characters long" in m for m in found)
    assert sum("uses the magic" in m for m in found) == 200 and sum("shell command" in m for m in found) == 100
    assert any("line 10001: reassigns numpy.dot" in m for m in found), found[-3:]  # the last line was scanned too


def test_a_notebook_over_the_scan_time_budget_is_flagged_not_passed(monkeypatch: pytest.MonkeyPatch) -> None:
    from backprop_course.review import tamper

    monkeypatch.setattr(tamper, "SCAN_SECONDS", -1.0)  # already over the budget at the first cell
    found = scanned("%env A=1", "np.dot = 0")
    assert found == ["the static scan ran out of its -1 s budget at cell #0: the cells from there on were not scanned"]
    monkeypatch.setattr(tamper, "SCAN_SECONDS", 20.0)
    assert len(scanned("%env A=1", "import numpy as np\nnp.dot = 0")) == 2  # the control: both found in time


def test_a_kernel_client_is_stopped_at_once_after_its_kernel_is_gone(tmp_path: Path) -> None:
    """Round 27: a batch stalled for good. A kernel killed while it was hung left jupyter_client's heartbeat thread
    blocked in a send to no one (a REQ socket without a peer), and stop_channels, joining that thread before the
    replacement kernel, held the grading worker forever. Grading clients run without the heartbeat (a kernel's life
    is asked of its process): stopping one returns at once, however long its kernel has been gone."""
    from jupyter_core.utils import run_sync

    from backprop_course.sandbox import KernelFactory, make_kernel_manager

    factory = KernelFactory(tmp_path / "run", Limits(), sandbox=SANDBOX_PROBLEM is None)
    factory.start()
    try:
        kernel = factory.new_kernel()
        assert kernel.wait_sockets(30)
        client = make_kernel_manager(kernel).client()
        client.start_channels()
        run_sync(client.wait_for_ready)(timeout=30)
        assert not client.hb_channel.is_alive(), "a grading client runs no heartbeat thread"
        kernel.kill()
        time.sleep(3.5)  # jupyter_client's heartbeat notices a dead kernel after 1 s and sends again
        stopper = threading.Thread(target=client.stop_channels, daemon=True)
        stopper.start()
        stopper.join(timeout=10)
        assert not stopper.is_alive(), "stop_channels still waits for a kernel that is gone"
    finally:
        factory.close()


def test_a_notebook_that_stalls_cell_after_cell_stops_at_its_time_budget(
    tmp_path: Path, repo_course: Course, assignment: str
) -> None:
    """Round 66: a notebook whose every cell runs out its time limit kept a worker for a limit per cell. Its execution
    gets NOTEBOOK_BUDGET_CELLS cells' limits in all: then the cells left are not run (their tests score 0, with the
    reason), and the TA is told. A classmate graded in the same run keeps full marks."""
    from backprop_course.grade.execute import NOTEBOOK_BUDGET_CELLS

    course = course_with(tmp_path, repo_course, assignment, {"ada": "reference", "bob": "reference"})
    path = course.submitted_dir / "ada" / assignment / f"{assignment}.ipynb"
    nb = nbformat.read(path, as_version=4)
    first = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("solution"))
    stall = "import time\ntime.sleep(30)  # longer than the cell's time limit"
    nb.cells[first + 1 : first + 1] = [nbformat.v4.new_code_cell(stall) for _ in range(NOTEBOOK_BUDGET_CELLS + 2)]
    nbformat.write(nb, path)
    grade(course, [assignment], settings=GradingSettings(workers=2, cell_timeout=2))
    rec = load_record(course, assignment, "ada")
    assert any("used up its time budget (10 s" in f for f in rec.flags), rec.flags
    result = read_results(course, assignment, "ada")
    last = list(result.cells)[-1]
    assert result.cells[last].score == 0 and "time budget" in result.cells[last].message, result.cells[last]
    bob = read_results(course, assignment, "bob")
    assert bob.total == sum(c.max_score for c in bob.cells.values()) > 0
    assert not load_record(course, assignment, "bob").flags
