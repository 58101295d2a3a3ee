"""`backprop-course grade`: sandboxed, parallel, resumable autograding.

* the attack corpus: each attack on the grader fails (checked on disk and in the gradebook) and is flagged;
  no test cell scores more than the attack's real answers deserve, and no hidden-test line reaches its
  feedback or its autograded outputs;
* the bad-input corpus: each broken submission gets its score and reason, and the batch goes on;
* honest submissions get exactly the scores plain ``nbgrader autograde`` gives;
* SIGKILL mid-batch, then rerun: the rest is graded, nothing twice, manual grades and comments survive;
* the sandbox itself: unprivileged, no capabilities, no network, limits set, nothing left running.

The corpora are graded in one batch (session fixture) with a short per-cell timeout.
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import functools
import html
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest
from conftest import REPO, read_results, selected_assignments, source_test_ids
from corpus import VICTIM, attack_cases, bad_input_cases, corpus_assignment, write_corpus

from backprop_course.answers import load_cases
from backprop_course.course import Course
from backprop_course.demo import answers_dir, write_submission
from backprop_course.grade import GradeRecord, grade, load_record, load_records
from backprop_course.release.build import build_release
from backprop_course.report.feedback import generate_feedback, secret_lines
from backprop_course.sandbox import UID_BASE, UID_COUNT, Limits, probe_sandbox
from backprop_course.sandbox.kernels import UID_LOCK_DIR
from backprop_course.settings import GradingSettings

SANDBOX_PROBLEM = probe_sandbox()
needs_sandbox = pytest.mark.skipif(SANDBOX_PROBLEM is not None, reason=f"no sandbox here: {SANDBOX_PROBLEM}")
# seconds per cell: the hanging submissions cost this much each. 4 s was too short on a loaded 2-core CI: a sandbox
# gets a quarter of a core there (the other pytest worker's run, the classmates' sandboxes and testers share it), and
# bad_memory_children's eight children, faulting in 1.2 GB (0.9 s of CPU alone), were cut before the memory limit.
# 6 s was too short in session 54's full run: five correct submissions had their first cell (import numpy as np, a
# module the kernel already holds) cut at 6 s while the suite graded 1,668 answer cases beside it; alone, it passes.
TIMEOUT = 10
MEMORY_MB = 1024
CLI = [sys.executable, "-m", "backprop_course.cli"]


def uid_held(uid: int) -> bool:
    """Whether a live grading run holds sandbox uid ``uid`` (its flock in ``UID_LOCK_DIR``; kernels.UidAllocator)."""
    try:
        f = open(UID_LOCK_DIR / str(uid))  # noqa: SIM115
    except OSError:
        return False
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(f, fcntl.LOCK_UN)
        return False


def sandbox_processes() -> list[str]:
    """Processes running as a sandbox uid that no live grading run holds (there must be none once grading is over).

    A run holds a uid until every process of it is gone (or until the run dies, which releases its locks), so a
    process of an unheld uid outlived its run; processes of uids held by a run going on at the same time (another
    pytest-xdist worker's) are that run's.
    """
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            status = Path(f"/proc/{pid}/status").read_text()
            uid = int(next(line for line in status.splitlines() if line.startswith("Uid:")).split()[1])
            state = next(line for line in status.splitlines() if line.startswith("State:")).split()[1]
            if state != "Z" and UID_BASE <= uid < UID_BASE + UID_COUNT and not uid_held(uid):
                out.append(f"{pid} uid={uid} {Path(f'/proc/{pid}/cmdline').read_bytes()[:80]!r}")
        except OSError:
            continue  # the process ended while it was being read
    return out


def wait_for_no_sandbox_processes(seconds: float = 15) -> list[str]:
    """Processes of the sandbox uids still there after ``seconds`` (a namespace dies asynchronously)."""
    deadline = time.monotonic() + seconds
    while (left := sandbox_processes()) and time.monotonic() < deadline:
        time.sleep(0.2)
    return left


def scratch_course(tmp: Path, repo_course: Course, assignments: list[str]) -> Course:
    course = repo_course.copy_to(tmp / "course")
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, assignments, with_solutions=False)
    return course


def outputs(course: Course, student: str, assignment: str) -> str:
    """All stream text and error messages of an autograded notebook. Stream outputs are joined as they were written
    (one print can reach the notebook as two stream outputs when the kernel flushes between its words: CI once saw
    "FULL" and " /scratch 256 OSError" apart); every error message stands on a line of its own."""
    path = course.autograded_dir / student / assignment / f"{assignment}.ipynb"
    if not path.is_file():
        return ""
    text = []
    for cell in nbformat.read(path, as_version=4).cells:
        for o in cell.get("outputs", []):
            text.append(o.get("text", "") if o.output_type == "stream" else f"\n{o.get('ename')}: {o.get('evalue')}\n")
        text.append("\n")
    return "".join(text)


# --------------------------------------------------------------------------------------------------
# The corpora, graded in one sandboxed batch.


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory, repo_course: Course):
    if SANDBOX_PROBLEM is not None:
        pytest.skip(f"no sandbox here: {SANDBOX_PROBLEM}")
    assignment = corpus_assignment(selected_assignments())
    tmp = tmp_path_factory.mktemp("corpus")
    course = scratch_course(tmp, repo_course, [assignment])
    chosen = [c for c in attack_cases() + bad_input_cases() if c.assignment in ("", assignment)]
    cases = write_corpus(course, assignment, tmp / "work", chosen)
    source_before = {p: p.read_bytes() for p in course.source_dir.rglob("*") if p.is_file()}
    with sqlite3.connect(course.gradebook) as db:
        cells_before = db.execute("SELECT name, source, checksum FROM source_cell ORDER BY name").fetchall()
    settings = GradingSettings(cell_timeout=TIMEOUT, limits=Limits(memory_mb=MEMORY_MB))
    summary = grade(course, [assignment], settings=settings)
    left = wait_for_no_sandbox_processes()
    generate_feedback(course, assignment, "atk_*")  # what the attackers would get back
    return {
        "course": course,
        "assignment": assignment,
        "cases": cases,
        "summary": summary,
        "source_before": source_before,
        "cells_before": cells_before,
        "left_running": left,
    }


def record(run: dict, student: str) -> GradeRecord:
    rec = load_record(run["course"], run["assignment"], student)
    assert rec is not None, f"{student} has no grade record"
    return rec


def check_outcome(run: dict, name: str) -> GradeRecord:
    case = run["cases"][name]
    rec = record(run, name)
    assert rec.status == case.status, f"{name}: status {rec.status} ({rec.reason})"
    if case.score == "full":
        assert rec.score == rec.max_score > 0, f"{name}: {rec.score}/{rec.max_score} ({rec.reason})"
    elif case.score == "zero":
        assert rec.score == 0, f"{name}: {rec.score}/{rec.max_score}"
    elif case.score == "partial":
        assert 0 < rec.score < rec.max_score, f"{name}: {rec.score}/{rec.max_score} ({rec.reason})"
    assert case.reason in rec.reason, f"{name}: reason {rec.reason!r} lacks {case.reason!r}"
    for text in case.flags:
        assert any(text in f for f in rec.flags), f"{name}: no flag with {text!r}: {rec.flags}"
    for text in case.notes:
        assert any(text in n for n in rec.notes), f"{name}: no note with {text!r}: {rec.notes}"
    if case.no_flags:
        assert not rec.flags, f"{name}: unexpected flags {rec.flags}"
    if case.passes is not None:
        result = read_results(run["course"], run["assignment"], name)
        assert result is not None, f"{name}: not in the gradebook"
        scored = {t: (c.score, c.max_score) for t, c in result.cells.items() if c.score}
        assert sorted(scored) == sorted(case.passes), f"{name}: scored {scored}, deserves only {case.passes}"
        assert all(score == most for score, most in scored.values()), f"{name}: {scored}"
    return rec


def corpus_case(run: dict, name: str):
    """The case ``name`` of the graded corpus (skipped: written for another assignment than the one graded)."""
    if name not in run["cases"]:
        pytest.skip(f"{name} is written for another assignment than {run['assignment']}")
    return run["cases"][name]


def attack_params(cases: list, xfail: Callable[[Any], str]) -> list:
    """Case names as parameters; a case with a known hole (``xfail(case)``) is a strict xfail saying why."""
    return [
        pytest.param(c.name, marks=pytest.mark.xfail(strict=True, reason=xfail(c))) if xfail(c) else c.name
        for c in cases
    ]


def hidden_lines_shown(course: Course, student: str, assignment: str) -> list[str]:
    """Hidden-test lines (whitespace squeezed) on the student's feedback page or in any output of their
    autograded notebook, except lines the student wrote too (as test_feedback checks feedback)."""
    squeeze = functools.partial(re.sub, r"\s+", " ")
    master = nbformat.read(course.source_dir / assignment / f"{assignment}.ipynb", as_version=4)
    secret = [squeeze(s) for s in secret_lines(master)]
    submitted = course.submitted_dir / student / assignment / f"{assignment}.ipynb"
    own = squeeze("\n".join(c.source for c in nbformat.read(submitted, as_version=4).cells))
    page = course.feedback_dir / student / assignment / f"{assignment}.html"
    shown = [html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))]
    autograded = course.autograded_dir / student / assignment / f"{assignment}.ipynb"
    for cell in nbformat.read(autograded, as_version=4).cells:
        for o in cell.get("outputs", []):
            data = [v if isinstance(v, str) else "".join(map(str, v)) for v in o.get("data", {}).values()]
            shown += [str(o.get("text", "")), str(o.get("evalue", "")), *map(html.unescape, data)]
            shown += [str(line) for line in o.get("traceback", [])]
    text = squeeze("\n".join(shown))
    return [line for line in secret if line in text and line not in own]


@pytest.mark.parametrize("name", [c.name for c in bad_input_cases()])
def test_bad_submission_gets_a_score_and_a_reason(corpus_run: dict, name: str) -> None:
    check_outcome(corpus_run, name)


@pytest.mark.parametrize("name", attack_params(attack_cases(), lambda c: c.xfail))
def test_attack_fails_and_is_flagged(corpus_run: dict, name: str) -> None:
    run = corpus_run
    course, a = run["course"], run["assignment"]
    corpus_case(run, name)
    rec = check_outcome(run, name)
    assert rec.max_score == record(run, VICTIM).max_score, f"{name}: out of {rec.max_score}"
    text = outputs(course, name, a)
    assert "LEAK" not in text, f"{name} got through:\n{text}"
    leaked = hidden_lines_shown(course, name, a)
    assert not leaked, f"{name}: hidden test lines reached its feedback or autograded outputs: {leaked[:3]}"
    if name == "atk_leak_feedback_script_injection":
        page = (course.feedback_dir / name / a / f"{a}.html").read_text(encoding="utf-8")
        assert "<script>document.title" not in page and "<div id='x'>" not in page, "the student's HTML ran"
    if name == "atk_read_secrets":
        assert "BLOCKED" in text and "FOUND []" in text and "EXISTS False" in text, text
        assert "BLOCKED review/tamper.py" in text and "READABLE testing.py True" in text, text  # the kit's, only
    if name == "atk_forge_grades":
        assert text.count("BLOCKED") == 3
    if name == "atk_write_others":
        assert text.count("BLOCKED") == 6
    if name == "atk_network":
        assert text.count("BLOCKED") == 3
    if name == "atk_processes":
        pids = int(text.split("PIDS ")[1].split()[0])
        uid = int(text.split("UID ")[1].split()[0])
        assert pids <= 4 and uid >= UID_BASE, text  # sees only its sandbox; not root
        assert text.count("BLOCKED kill") == 2
    if name == "atk_symlink":
        assert "BLOCKED" in text
        assert not list((course.autograded_dir / name / a).glob("source_link*"))
    if name == "atk_odd_files":
        left = {p.name for p in (course.autograded_dir / name / a).iterdir()}
        assert not left & {"zero", "pipe", "master.txt", "helpers.zip"}, left
        summary = run["summary"].format()
        assert "\nFLAGGED victim" not in summary and "\nFAILED other" not in summary, summary
    if name == "atk_print_history":
        printed = [line.split()[1] for line in text.splitlines() if line.startswith("HISTORY ")]
        assert len(printed) == 2, text[:500]
        history = "\n".join(base64.b64decode(p).decode() for p in printed)
        leaked = [
            line
            for line in secret_lines(nbformat.read(course.source_dir / a / f"{a}.ipynb", as_version=4))
            if line in history
        ]
        assert not leaked, f"the kernel's history holds hidden test code: {leaked[:3]}"
        assert "check_gradient" not in history and "hidden_rng" not in history


def test_a_full_disk_is_the_sandboxs_own(corpus_run: dict) -> None:
    """Writing until the disk is full fills the sandbox's tmpfs (capped, in its memory), not the host's disk."""
    text = outputs(corpus_run["course"], "bad_disk_fill", corpus_run["assignment"])
    full = [line.split() for line in text.splitlines() if line.startswith("FULL ")]
    assert [f[1] for f in full] == ["/scratch", "/tmp"], text[:500]
    assert all(int(f[2]) <= 300 for f in full), full


def test_a_huge_output_never_reaches_the_gradebook_side(corpus_run: dict) -> None:
    """A 100 MB line printed by a cell is cut before it is stored: the autograded notebook stays small."""
    course, a = corpus_run["course"], corpus_run["assignment"]
    for name in ("bad_huge_output_line", "bad_output_flood"):
        size = (course.autograded_dir / name / a / f"{a}.ipynb").stat().st_size
        assert size < 5 * 2**20, f"{name}: autograded notebook of {size} bytes"


def test_attacks_left_the_course_untouched(corpus_run: dict) -> None:
    """Nothing planted or changed in source/, the stored tests, or the honest student's results."""
    run = corpus_run
    course = run["course"]
    source_now = {p: p.read_bytes() for p in course.source_dir.rglob("*") if p.is_file()}
    assert source_now == run["source_before"]
    with sqlite3.connect(course.gradebook) as db:
        assert (
            db.execute("SELECT name, source, checksum FROM source_cell ORDER BY name").fetchall() == run["cells_before"]
        )
        assert db.execute("SELECT count(*) FROM grade WHERE auto_score > 100").fetchone()[0] == 0
    assert not list(course.root.rglob("PWNED*")) and not list(course.root.rglob("numpy.py"))
    victim = record(run, VICTIM)
    assert victim.status == "graded" and victim.score == victim.max_score and not victim.flags


def test_the_batch_graded_everyone_and_left_nothing_running(corpus_run: dict) -> None:
    run = corpus_run
    students = {r.student for r in load_records(run["course"], run["assignment"])}
    assert students == set(run["cases"]) | {VICTIM}
    assert not run["summary"].errors
    assert run["left_running"] == [], "sandboxed processes survived grading"


# --------------------------------------------------------------------------------------------------
# Same scores as plain nbgrader.


def test_scores_equal_plain_nbgrader(graded_cases, tmp_path_factory: pytest.TempPathFactory, repo_course) -> None:
    """The answer cases graded by plain `nbgrader autograde` get the same score in every test cell.

    ``graded_cases`` (conftest) is graded by the engine. Plain nbgrader grades, of the first selected
    assignment, the reference, the blank release, three correct variants and the first three bugs, and the
    reference and first buggy case of the others (plain nbgrader is slow: one kernel start per notebook,
    every cell run; each assignment in a course of its own, two at a time, in processes of their own).
    Cases with a ``# plain nbgrader: <why>`` header must differ (else the header is stale).
    """
    engine_course, engine_results = graded_cases
    chosen = selected_assignments()
    tmp = tmp_path_factory.mktemp("plain")
    courses: dict[str, tuple[Course, list[Any]]] = {}
    for i, a in enumerate(chosen):
        course = scratch_course(tmp / a, repo_course, [a])
        cases = sorted(load_cases(answers_dir(course), a).values(), key=lambda c: c.name)
        bugs = [c for c in cases if c.fails][: 3 if i == 0 else 1]
        correct = [c for c in cases if c.score == "full" and c.name != "reference"][: 3 if i == 0 else 0]
        correct += [c for c in cases if c.name == "reference"]
        cases = [c for c in cases if c.name == "blank" and i == 0] + correct + bugs
        for case in cases:
            write_submission(course, case.name, a, case.name)
        courses[a] = (course, cases)
    code = (
        "import sys; from backprop_course.course import Course; from backprop_course.grade import grade_with_nbgrader; "
        "grade_with_nbgrader(Course(sys.argv[1]), sys.argv[2], '*')"
    )
    queue = list(courses)
    started: dict[str, subprocess.Popen[bytes]] = {}
    while queue or any(r.poll() is None for r in started.values()):
        running = [r for r in started.values() if r.poll() is None]
        if queue and len(running) < 2:
            a = queue.pop(0)
            with (tmp / f"{a}.log").open("wb") as log:  # nbgrader's log (stderr): for the failure message
                argv = [sys.executable, "-c", code, str(courses[a][0].root), a]
                # two at once: their kernels' IPC sockets must not collide (nbgrader_config.py names them by pid)
                started[a] = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=log)
        else:
            running[0].wait(timeout=900)
    for a, r in started.items():
        assert r.returncode == 0, (tmp / f"{a}.log").read_text()[-2000:]
    compared = 0
    for a, (course, cases) in courses.items():
        for case in cases:
            plain = read_results(course, a, case.name)
            ours = engine_results[(a, case.name)]
            assert plain is not None and ours is not None, f"{a}/{case.name} not graded"
            if case.plain_nbgrader_differs:
                assert ours.total != plain.total, f"{a}/{case.name}: no longer differs; drop its header"
                continue
            for t in source_test_ids(a):
                assert ours.cells[t].score == plain.cells[t].score, (
                    f"{a}/{case.name} {t}: engine {ours.cells[t].score}, plain nbgrader {plain.cells[t].score}"
                )
            assert ours.total == plain.total
            compared += 1
    assert compared >= 3


# --------------------------------------------------------------------------------------------------
# Resumable and idempotent; manual grades survive.


@needs_sandbox
def test_sigkill_then_rerun_finishes_without_regrading(tmp_path: Path, repo_course: Course) -> None:
    a = corpus_assignment(selected_assignments())
    course = scratch_course(tmp_path, repo_course, [a])
    names = sorted(load_cases(answers_dir(course), a))[:8]
    for name in names:
        write_submission(course, name, a, name)
    env = dict(os.environ, PATH=os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""))
    proc = subprocess.Popen(
        [*CLI, "grade", a, "--workers", "2"],
        cwd=course.root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    records = course.root / "grade_records" / a

    def finished() -> dict[str, int]:
        """Records of submissions graded to the end (a record is written 'incomplete' when grading starts)."""
        out = {}
        for p in records.glob("*.json"):
            with contextlib.suppress(ValueError, OSError):
                if json.loads(p.read_text())["status"] != "incomplete":
                    out[p.stem] = p.stat().st_mtime_ns
        return out

    while time.monotonic() < deadline and len(finished()) < 3:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    first = finished()
    assert 3 <= len(first) < len(names), f"killed too late to test resuming: {sorted(first)}"
    assert wait_for_no_sandbox_processes() == [], "sandboxes survived the grader's SIGKILL"

    out = subprocess.run([*CLI, "grade", a], cwd=course.root, env=env, capture_output=True, text=True, check=True)
    assert f"already graded {len(first)}" in out.stdout, out.stdout
    again = {p.stem: p.stat().st_mtime_ns for p in records.glob("*.json")}
    assert set(again) == set(names)
    assert all(again[s] == first[s] for s in first), "a finished submission was graded again"
    with sqlite3.connect(course.gradebook) as db:
        rows = db.execute("SELECT student_id FROM submitted_assignment").fetchall()
    assert sorted(r[0] for r in rows) == sorted(names), "double-counted or missing submissions"
    for name in names:
        ours = read_results(course, a, name)
        assert ours is not None and ours.total is not None

    # a third run has nothing left to do
    out = subprocess.run([*CLI, "grade", a], cwd=course.root, env=env, capture_output=True, text=True, check=True)
    assert f"graded 0, failed 0, flagged 0, already graded {len(names)}" in out.stdout


def test_manual_grades_and_comments_survive_a_forced_regrade(graded_cases) -> None:
    from nbgrader.api import Gradebook

    course, _ = graded_cases
    a = corpus_assignment(selected_assignments())
    test_id = source_test_ids(a)[0]
    nb = nbformat.read(course.source_dir / a / f"{a}.ipynb", as_version=4)
    answer_id = next(
        c.metadata["nbgrader"]["grade_id"] for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")
    )
    with Gradebook(course.db_url, "backprop") as gb:
        grade_row = gb.find_grade(test_id, a, a, "partial")
        grade_row.manual_score = 0.5
        gb.find_comment(answer_id, a, a, "partial").manual_comment = "good start, see office hours"
        gb.db.commit()
        before = gb.find_submission(a, "partial").score
    summary = grade(course, [a], "partial", GradingSettings(force=True, sandbox=SANDBOX_PROBLEM is None))
    assert [r.student for r in summary.graded] == ["partial"]
    with Gradebook(course.db_url, "backprop") as gb:
        grade_row = gb.find_grade(test_id, a, a, "partial")
        assert grade_row.manual_score == 0.5 and grade_row.score == 0.5
        assert gb.find_comment(answer_id, a, a, "partial").manual_comment == "good start, see office hours"
        assert gb.find_submission(a, "partial").score == before


# --------------------------------------------------------------------------------------------------
# The sandbox and the CLI.


def test_grade_refuses_to_run_student_code_without_a_sandbox(tmp_path: Path, repo_course: Course) -> None:
    """With no bwrap on PATH, `grade` exits 2 and says how to opt out; nothing is graded."""
    a = corpus_assignment(selected_assignments())
    course = repo_course.copy_to(tmp_path / "course")  # grade refuses before it reads anything else
    write_submission(course, "ada", a, "reference")
    bare = tmp_path / "bin"
    bare.mkdir()
    for tool in ("alembic", "python", "python3"):
        (bare / tool).symlink_to(Path(sys.executable).parent / tool)
    out = subprocess.run(
        [*CLI, "grade"], cwd=course.root, env=dict(os.environ, PATH=str(bare)), capture_output=True, text=True
    )
    assert out.returncode == 2, out.stdout + out.stderr
    assert "--no-sandbox" in out.stderr and "bubblewrap" in out.stderr
    assert not (course.autograded_dir / "ada").exists()


@needs_sandbox
def test_grade_refuses_when_the_tester_cannot_read_the_grader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tester runs as an unprivileged uid: packages in a private folder (mode 0700) are refused, said so."""
    import backprop_course
    from backprop_course.sandbox import probe_sandbox

    private = tmp_path / "private"
    package = private / "backprop_course"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    private.chmod(0o700)
    monkeypatch.setattr(backprop_course, "__file__", str(package / "__init__.py"))
    problem = probe_sandbox()
    assert problem is not None and "unprivileged uid" in problem and str(package) in problem, problem
    monkeypatch.undo()
    assert probe_sandbox() is None  # the real packages: readable (every grading test depends on it)


@needs_sandbox
def test_a_sandboxed_kernel_is_unprivileged_capped_and_offline(tmp_path: Path) -> None:
    from nbgrader.preprocessors import Execute

    from backprop_course.sandbox import KernelFactory, KernelPool, make_kernel_manager

    code = r"""
import os, resource, socket
status = open("/proc/self/status").read()
print("UID", os.getuid(), "CAPEFF", [l.split()[1] for l in status.splitlines() if l.startswith("CapEff")][0],
      "NNP", [l.split()[1] for l in status.splitlines() if l.startswith("NoNewPrivs")][0])
print("NPROC", resource.getrlimit(resource.RLIMIT_NPROC)[0], "AS", resource.getrlimit(resource.RLIMIT_AS)[0])
nics = sorted(os.listdir("/sys/class/net")) if os.path.exists("/sys/class/net") else "-"
print("CWD", os.getcwd(), sorted(os.listdir(".")), "NICS", nics)
for path in ("/usr/x", "/etc/x", "/x"):
    try:
        open(path, "w")
        print("WROTE", path)
    except OSError as e:
        print("RO", path, type(e).__name__)
open("scratch-ok", "w").write("ok")
"""
    pool = KernelPool(KernelFactory(tmp_path, Limits(memory_mb=1100, processes=40)), 1)
    pool.start()
    try:
        kernel = pool.acquire()
        kernel.add_files({"given.txt": Path(__file__)})
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
        ep = Execute(timeout=30)
        ep.preprocess(nb, {"metadata": {"path": "/scratch"}}, km=make_kernel_manager(kernel))
        ep.kc.stop_channels()
        kernel.kill()
    finally:
        pool.close()
    text = "".join(o.get("text", "") for o in nb.cells[0].outputs)
    assert "WROTE" not in text and text.count("RO ") == 3, text
    words = text.split()
    fields = dict(zip(words[::2], words[1::2], strict=False))
    assert int(fields["UID"]) >= UID_BASE and fields["CAPEFF"] == "0000000000000000" and fields["NNP"] == "1"
    assert fields["NPROC"] == "56" and fields["AS"] == str(1100 * 1024 * 1024)
    assert "CWD /scratch ['given.txt']" in text
    assert not list(tmp_path.rglob("scratch-ok")), "the scratch directory outlived its kernel"


def test_cpu_placement_spreads_running_notebooks_across_processes(tmp_path: Path) -> None:
    """Each notebook starting gets the CPU fewest running notebooks have, counted host-wide: two placements (two
    grading processes, e.g. the workers of `grade --cluster local`) do not both start on the first CPU. A finished
    notebook frees its place; one CPU places nothing."""
    from backprop_course.sandbox.kernels import CpuPlacement

    one, other = CpuPlacement([2, 5], lock_dir=tmp_path), CpuPlacement([2, 5], lock_dir=tmp_path)
    assert [one.take(), other.take(), one.take()] == [2, 5, 2]  # a tie: the lowest CPU
    assert one.running() == {2: 2, 5: 0} and other.running() == {2: 0, 5: 1}
    other.give_back(5)
    assert other.take() == 5 and one.take() == 5  # 5 had none running, then one against 2's two
    one.give_back(2)
    assert other.take() == 2
    one.give_back(None)  # a notebook that was not placed
    assert CpuPlacement([0], lock_dir=tmp_path).take() is None
    assert CpuPlacement([0, 1], lock_dir=tmp_path / "missing" / "x", per_cpu=0).take() is None


@needs_sandbox
def test_a_pinned_kernel_and_its_tester_run_on_one_cpu(tmp_path: Path) -> None:
    """SandboxedKernel.pin puts every thread of the kernel and of its tester on the one CPU given."""
    from backprop_course.sandbox import KernelFactory, KernelPool

    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        pytest.skip("one CPU: nothing to pin to")
    pool = KernelPool(KernelFactory(tmp_path), 1)
    pool.start()
    try:
        kernel = pool.acquire()
        kernel.pin(cpus[-1])
        threads = [int(t) for pid in (kernel.pid, kernel.tester.pid) for t in os.listdir(f"/proc/{pid}/task")]
        assert len(threads) > 2  # the kernel's own threads (shell, iopub, heartbeat, control) too
        assert {frozenset(os.sched_getaffinity(t)) for t in threads} == {frozenset([cpus[-1]])}
        kernel.kill()
    finally:
        pool.close()


@needs_sandbox
def test_an_early_fork_server_serves_the_next_factory_and_goes_with_it(tmp_path: Path) -> None:
    """`grade` launches the fork server before importing nbgrader (forkserver.launch_early): the next KernelFactory
    takes it and starts kernels from it; closing the factory removes it and its folder; one nothing took is closed
    by close_early."""
    from backprop_course.sandbox import KernelFactory, forkserver

    forkserver.launch_early()
    factory = KernelFactory(tmp_path)
    server = factory.fork_server
    assert server.own_dir and server.work_dir is not None and server.work_dir.name.startswith("bpc-grade-fork-server-")
    assert (server.work_dir / "pid").read_text() == str(os.getpid())  # what stale-folder cleanup reads
    assert forkserver.take_early() is None and not (tmp_path / "fork-server").exists()
    factory.start()
    kernel = factory.new_kernel()
    assert kernel.wait_sockets(30)
    kernel.kill()
    factory.close()
    assert server.proc is None and not server.work_dir.exists()
    forkserver.launch_early()
    unused = forkserver._early[0]
    forkserver.close_early()
    assert unused.proc is None and unused.work_dir is not None and not unused.work_dir.exists()
    assert forkserver.take_early() is None


@pytest.mark.parametrize("configured", [None, "INFO"])
def test_a_kernels_logger_is_at_its_configured_level(tmp_path: Path, configured: str | None) -> None:
    """The fork server's kernel sets its app's logger to the app's log_level (WARNING unless configured): traitlets
    leaves the logger at DEBUG, and every request then built debug records its handler dropped."""
    import json

    from jupyter_client import BlockingKernelClient

    from backprop_course.sandbox import KernelFactory
    from backprop_course.sandbox.kernels import KERNEL_CONFIG

    config = {**KERNEL_CONFIG, "IPKernelApp": {**KERNEL_CONFIG["IPKernelApp"]}}
    if configured:
        config["IPKernelApp"]["log_level"] = configured
    factory = KernelFactory(tmp_path, sandbox=False, kernel_config=config)
    factory.start()
    try:
        kernel = factory.new_kernel()
        assert kernel.wait_sockets(30)
        client = BlockingKernelClient(connection_file=str(kernel.connection_file))
        client.load_connection_file()
        client.start_channels()
        client.wait_for_ready(30)
        printed: list[str] = []
        client.execute_interactive(
            "import json; _app = get_ipython().kernel.parent; print(json.dumps([_app.log.level, _app.log_level]))",
            timeout=30,
            output_hook=lambda m: printed.append(m["content"]["text"]) if m["msg_type"] == "stream" else None,
        )
        client.stop_channels()
        kernel.kill()
    finally:
        factory.close()
    level, app_level = json.loads("".join(printed))
    assert level == app_level == (20 if configured else 30)


def test_a_batch_pools_gradebook_connections_and_reads_a_master_once(tmp_path: Path) -> None:
    """Within ``faster_gradebook`` (a grading batch): closing a Gradebook keeps its connection for the next one,
    ``read_once`` reads once per key; when the batch ends, every connection to the database is closed and
    ``read_once`` reads every time again."""
    from nbgrader.api import Gradebook

    from backprop_course.grade.nbgrader_compat import faster_gradebook, read_once

    db = tmp_path / "gradebook.db"
    url = f"sqlite:///{db}"

    def open_files() -> int:
        return sum(1 for fd in os.listdir("/proc/self/fd") if os.path.realpath(f"/proc/self/fd/{fd}") == str(db))

    reads: list[int] = []
    Gradebook(url).close()  # the database exists
    assert open_files() == 0
    with faster_gradebook():
        for _ in range(5):
            with Gradebook(url) as gb:
                gb.add_assignment(f"a{len(reads)}")
                gb.db.commit()
            assert open_files() == 1  # the pool's one connection, not closed and opened again
            reads.append(read_once(("k", url), lambda: len(reads)))
    assert reads == [0, 0, 0, 0, 0]
    assert open_files() == 0
    assert [read_once(("k", url), lambda i=i: i) for i in range(2)] == [0, 1]
    with Gradebook(url) as gb:
        assert len(gb.assignments) == 5


def test_the_scans_tree_copy_is_a_deep_copy_with_positions() -> None:
    """tamper._copy_tree (the scan's fast copy of each graded function) gives what copy.deepcopy gives: the same
    tree, positions included, sharing no node with the original."""
    import ast
    import copy

    from backprop_course.review.tamper import _copy_tree

    sources = [
        c.source
        for a in selected_assignments()
        for c in nbformat.read(REPO / "solutions" / a / f"{a}.ipynb", 4).cells
        if c.cell_type == "code"
    ]
    trees = [ast.parse(s) for s in sources if "%" not in s and "!" not in s]
    assert len(trees) > 20
    for tree in trees:
        copied = _copy_tree(tree)
        assert ast.dump(copied, include_attributes=True) == ast.dump(copy.deepcopy(tree), include_attributes=True)
        originals = {id(n) for n in ast.walk(tree)}
        assert not any(id(n) in originals for n in ast.walk(copied))


def test_tamper_scan_flags_what_it_should_and_not_honest_code() -> None:
    from backprop_course.review.tamper import scan_code

    flagged = {
        "np.allclose = lambda *a, **k: True": "reassigns numpy.allclose",
        "import numpy\nnumpy.testing.assert_allclose = print": "reassigns numpy.testing.assert_allclose",
        "setattr(np, 'isclose', None)": "setattr() on numpy",
        "for name in names:\n    setattr(obj, name, None)": "setattr() with a computed attribute name",
        "for n, g in (('weights', gw), (k, gb)):\n    setattr(layer, n, g)": "setattr() with a computed attribute",
        "names = ('W', 'b')\nnames = get()\nfor n in names:\n    setattr(o, n, 0)": "setattr() with a computed",
        "f = lambda: 0\nsetattr(f, '__code__', (lambda: 1).__code__)": ".__code__",
        "import builtins\nbuiltins.len = lambda x: 0": "reassigns builtins.len",
        "__builtins__.print = None": "reassigns builtins.print",
        "import sys\nsys.modules['numpy'] = None": "reassigns sys.modules",
        "import IPython\nIPython.display = None": "reassigns IPython.display",
        "gradcheck.check_gradient = None": "reassigns backprop_course.gradcheck.check_gradient",
        "from backprop_course import gradcheck as g\ng.diagnose = 1": "reassigns backprop_course.gradcheck.diagnose",
        "get_ipython().run_cell('x')": "get_ipython",
        "%run other.py": "uses the magic %run",
        "%%bash\nls /": "uses the magic %%bash",
        "open('/etc/passwd').read()": "opens a file",
        "import subprocess": "imports subprocess",
        "import socket": "imports socket",
        "from os import system": "imports os.system",
        # round 72: os.path's path functions are not flagged; anything else the names bound by importing it reach is
        "import os.path\nos.system('ls')": "uses os.system",
        "import os.path\nx = os.path.os": "uses os.path.os",
        "import os.path as p\nf = p": "uses the module os.path as a value",
        "from os.path import join\nf = join.__globals__": "uses os.path.join.__globals__",
        "from os.path import getsize": "imports os.path.getsize",
        "import inspect\nf = inspect.currentframe().f_back": "uses inspect.currentframe",  # round 29: uses, not import
        "from inspect import stack": "imports inspect.stack",
        "import ast\ntree = ast.parse(src)": "imports ast",  # round 131: sigma' by differentiating its syntax tree
        "import types\nf = types.FunctionType(code, {})": "uses types.FunctionType",  # round 81: the rest of types
        "from types import CodeType": "imports types.CodeType",
        "import inspect as i\nframes = getattr(i, 'stack')()": "uses the module inspect as a value",
        "import atexit\natexit.register(print)": "imports atexit",  # round 27
        "import __main__\nf = getattr(__main__, '_'.join(['numerical', 'gradient']))": "imports __main__",  # round 123
        "f = lambda: 0\nf.__code__ = (lambda: 1).__code__": ".__code__",
        "x = (1).__class__.__subclasses__()": "__subclasses__",
        "np.save('x.npy', np.ones(2))": "numpy.save (files)",
        "import sys\ngetattr(sys, 'displayhook')('ok')": "uses sys.displayhook",
        "print(In[-1])": "reads In",
        "print(list(globals()))": "uses globals()",
        "f = globals()[name]": "uses globals()",  # a computed key: still flagged
        "globals()['f'] = None": "uses globals()",  # a write
        "for k, v in globals().items():\n    pass": "uses globals()",
        "import time\ntime.time = lambda: 0.0": "reassigns time.time",  # round 26
        "import sys\nsys.stdout = open('x', 'w')": "sys.stdout",
        "import sys\nsys.stderr.write = print": "sys.stderr.write",
        "import base64\nbase64.b64encode(str(_ih).encode())": "reads _ih",
        # complex steps spelled without 1j (a round-5 helper's Tanh.backward: complex temporaries only)
        "s = np.imag(np.tanh(np.asarray(x, dtype='D') + h * np.emath.sqrt(-1.0).item())) / h": "complex numbers",
        "z = np.lib.scimath.sqrt(-1.0)": "complex numbers",
        "z = x.astype(np.complex128)": "complex numbers",
        "z = complex(0, 1e-30)": "complex numbers",
        "z = np.zeros(3, dtype=complex)": "complex numbers",
        "h = np.array([0.0, 1e-20]).view('c16')[0]": "complex numbers",  # round 7: a complex unit by a view
        "y = np.tanh(x + (-1.0) ** 0.5 * 1e-30).imag": "complex numbers",  # round 7: a fractional power of -1
        # round 7: forward-mode automatic differentiation with a dual-number class
        "class D:\n    def __add__(self, o):\n        return D()\n    __radd__ = __add__\n"
        "    def __mul__(self, o):\n        return D()": "defines arithmetic for its own number type",
        # round 78: a dual number with -x, c + x and c / x only
        "class D:\n    def __neg__(self):\n        return D()\n    def __radd__(self, c):\n        return D()\n"
        "    def __rtruediv__(self, c):\n        return D()": "defines arithmetic for its own number type",
        # round 78: an array that says "equal" to anything (told "dual numbers" before)
        "class Yes(np.ndarray):\n    def __eq__(self, o):\n        return np.ones(self.shape, bool)\n"
        "    def __sub__(self, o):\n        return np.zeros(self.shape)": "defines how its own type compares",
        "class Yes:\n    def __array_function__(self, f, t, a, k):\n        return True": "decides its own comparisons",
    }
    for code, expected in flagged.items():
        scan = scan_code(code)
        assert scan.syntax is None, code
        assert any(expected in f for f in scan.flags), f"{code!r}: {scan}"
    # magics are reported once, as themselves; display and timing magics are fine; shell and installs are notes
    for code in ("%timeit x = 1", "%time y = 2", "%matplotlib inline", "%precision 3", "%config InlineBackend.x = 1"):
        assert scan_code(code).flags == [] and scan_code(code).notes == [], code
    for code, note in (("%pip install tqdm", "%pip"), ("!ls", "shell"), ("%pylab inline", "%pylab")):
        scan = scan_code(code)
        assert scan.flags == [] and len(scan.notes) == 1 and note in scan.notes[0], (code, scan)
    for code in ("x = np.asarray(x, dtype=float)", "y = x.astype('f8')", "print('D')", "z = np.sqrt(np.abs(x))"):
        assert scan_code(code).flags == [], code
    for code in (  # round 72: a log file's path, built and never opened
        "import os.path\nLOG = os.path.join(os.path.expanduser('~'), 'run.log')",
        "from os import path\nprint(path.basename(path.abspath('.')))",
        "from os.path import join, exists\nok = exists(join('a', 'b'))",
    ):
        assert scan_code(code).flags == [], code
    star = scan_code("from numpy import *\nfrom math import *")
    assert star.flags == [] and len(star.notes) == 2, star
    # rebinding names the tests used to rely on is harmless now that tests run outside the kernel: a note
    for code, note in (("np = None", "the name np"), ("def isinstance(a, b):\n    return True", "builtin isinstance")):
        scan = scan_code(code)
        assert scan.flags == [] and any(note in n for n in scan.notes), (code, scan)
    honest = (
        "import numpy as np\nclass Tanh:\n    def forward(self, x):\n"
        "        self.y = np.tanh(x)\n        return self.y\n"
        "def f(sum, max):\n    total = sum + max\n    return np.maximum(total, 0)\n"
        "x = np.zeros((3, 4)); x[0] = 1; W = x.T @ x\nself_like = {'a': 1}\nprint(f'{W.shape}')\n"
        "In = 3\nprint(In)\n"
        "for layer, dW in zip(layers, grads):\n    setattr(layer, 'weights', layer.weights - 0.1 * dW)\n"
        "class Pair:\n    def __add__(self, other):\n        return self\n"  # one arithmetic method: no number type
        # round 25: an experiment cell asking whether a name exists (a membership test reads no value)
        "w = init_net([2, 1]) if 'init_net' in globals() else None\nprint('x' not in globals())\n"
        # round 26: one name read through globals(), and printing to standard error
        "s = globals()['sigmoid'] if 'sigmoid' in globals() else globals().get('expit', None)\n"
        "import sys\nprint('note', file=sys.stderr)\nsys.stdout.write('x')\n"
        # round 29: a function's parameters, documentation and source read in an experiment cell
        "import inspect\nprint(inspect.signature(f).parameters, inspect.getdoc(f), inspect.isfunction(f))\n"
        "from inspect import signature, getsource\nprint(signature(f), getsource(f))\n"
        # round 36: a cache kept in the object's own namespace, and its class's name
        "class Memo:\n    def get(self, k):\n        memo = self.__dict__.setdefault('_memo', {})\n"
        "        return memo.get(k, self.__class__.__name__)\n"
        # round 56: the attribute's name a loop variable over constant strings
        "for name, g in zip(('weights', 'biases'), grads):\n    setattr(layer, name, getattr(layer, name) - 0.1 * g)\n"
        # round 81: the attributes' names from a tuple of strings bound to a name first
        "names = ('W', 'b')\nfor n, g in zip(names, grads):\n    setattr(theta, n, getattr(theta, n) - g)\n"
        # round 81: types' attribute holder, imported either way
        "import types\nns = types.SimpleNamespace(W=1)\nfrom types import SimpleNamespace\nq = SimpleNamespace()\n"
        # round 78: the attribute's name from the rows of the loop's tuple
        "for name, g in (('weights', gw), ('biases', gb)):\n    setattr(layer, name, getattr(layer, name) - g)\n"
        # an ordinary class that compares its own instances (no arithmetic, no numeric base): not flagged
        "class Config:\n    def __eq__(self, other):\n        return vars(self) == vars(other)\n"
        # round 74: a function counting its calls in its own attributes
        "def update(W):\n    update.__dict__['calls'] = update.__dict__.get('calls', 0) + 1\n    return W\n"
    )
    assert scan_code(honest).flags == [] and scan_code(honest).notes == []
    # another object's namespace, and the class hierarchy through self, stay flagged; so does a loop variable over
    # names from elsewhere, or rebound in the loop, and a protected module's attribute named in the loop's strings
    for code in (
        "d = obj.__dict__",
        "def f():\n    return g.__dict__",  # another function's namespace
        "def f():\n    return f.__globals__",  # its own, but the notebook's namespace
        "k = self.__class__.__subclasses__()",
        "for name in names:\n    setattr(layer, name, 0)",
        "for name in ('weights',):\n    name = name.upper()\n    setattr(layer, name, 0)",
        "from backprop_course import gradcheck as g\nfor name in ('check_gradient',):\n    setattr(g, name, None)",
    ):
        assert scan_code(code).flags, code
    assert scan_code("def f(:\n    pass").syntax is not None


def test_a_repeated_cell_scans_as_the_first_time_under_the_same_names_only() -> None:
    """scan_code keeps each cell's scan (issue 21): the same cell after the same names gives the same findings and
    leaves the same names behind; after other names (``np`` bound to something else, a helper found to estimate) it
    is scanned again, and gives what a fresh scan gives."""
    from backprop_course.review import tamper

    helper = "def slope(f, x):\n    return (f(x + 1e-5) - f(x - 1e-5)) / 2e-5"
    graded_cell = "def sigmoid_backward(da, z):\n    return da * slope(sigmoid, z)"
    graded = frozenset({"sigmoid_backward"})

    def notebook(*cells: str) -> tuple[list[tamper.Scan], dict, dict]:
        aliases, helpers, tables = tamper.DEFAULT_ALIASES.copy(), {}, {}
        return [tamper.scan_code(c, aliases, graded, helpers, tables) for c in cells], aliases, helpers

    tamper._SCANS.clear()
    first = notebook("import numpy as xp", helper, graded_cell)
    again = notebook("import numpy as xp", helper, graded_cell)
    assert again == first and again[1]["xp"] == "numpy" and "slope" in again[2]
    assert again[0][2].estimates and "calls slope" in again[0][2].estimates[0]
    # a returned scan is the caller's to change: the kept one is not
    again[0][2].estimates.clear()
    assert notebook("import numpy as xp", helper, graded_cell)[0][2].estimates
    # the same graded cell without the estimating helper before it: not the kept scan
    alone = notebook("def slope(f, x):\n    return 0.0", graded_cell)
    assert alone[0][1].estimates == [] and "slope" not in alone[2]
    tamper._SCANS.clear()
    assert notebook("def slope(f, x):\n    return 0.0", graded_cell) == alone


def test_the_scan_flags_numerical_estimates_in_graded_functions_only() -> None:
    """Finite differences that are exact (a linear function, a large step) escape the precision check:
    the scan flags them for the TA, in the functions the tests grade, and not a self-check or an experiment."""
    from backprop_course.review.tamper import scan_code

    graded = frozenset({"linear_backward", "backward", "sigmoid_backward", "grad_f", "W2_new"})
    estimates = {
        # round 88: the step a power of two (2.0 ** -30, 1 / 2**17), or named with a leading underscore
        "def sigmoid_backward(da, z):\n    h = 2.0 ** -30\n"
        "    return da * (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)": "divides a difference",
        "def sigmoid_backward(da, z):\n    _h = 1 / 2**17\n"
        "    return da * (sigmoid(z + _h) - sigmoid(z - _h)) / (2 * _h)": "divides a difference",
        # round 89: machine epsilon to a power, times 1, as the step (inlined: 2 * (np.finfo(float).eps ** (1 / 3) * 1))
        "def backward(loss, p):\n    eps = np.finfo(float).eps ** (1 / 3)\n    h = eps * 1\n"
        "    out = np.zeros(p.size)\n"
        "    for k, e in enumerate(np.eye(p.size)):\n"
        "        out[k] = (loss((p + h * e).reshape(p.shape)) - loss((p - h * e).reshape(p.shape))) / (2 * h)\n"
        "    return out": "divides a difference",
        # round 88: a worked task's answer (named by its cell's "Store your answers in:") bound to an estimate
        "def _slope(f, x):\n    h = 1e-5\n    return (f(x + h) - f(x - h)) / (2 * h)\n"
        "W2_new = W2 - 0.5 * _slope(f, W2)": "W2_new, an answer the tests read, is a numerical estimate",
        "def _slope(f, x):\n    h = 1e-5\n    return (f(x + h) - f(x - h)) / (2 * h)\n"
        "g = _slope(f, W2)\nW2_new = W2 - 0.5 * g": "computed from g, which calls _slope",
        # a loop over perturbed weights, the difference inside a matrix product
        "def linear_backward(dy, x, W, b):\n    eps = 1e-5\n    dW = np.zeros(W.shape)\n"
        "    for i in range(W.shape[0]):\n        for j in range(W.shape[1]):\n"
        "            Wp = W.copy(); Wp[i, j] += eps\n            Wm = W.copy(); Wm[i, j] -= eps\n"
        "            dW[i, j] = dy @ (Wp @ x + b - (Wm @ x + b)) / (2 * eps)\n"
        "    return W.T @ dy, dW, dy": "divides a difference",
        "class Tanh:\n    def backward(self, dy):\n"
        "        return dy * (np.tanh(self.x + 1e-3) - np.tanh(self.x)) / 1e-3": "divides a difference",
        "def sigmoid_backward(da, z):\n"
        "    return da * gradcheck.numerical_gradient(sigmoid, z)": "calls numerical_gradient",
        # a five-point stencil (accurate to ~1e-13: only the scan can tell it from a derived formula)
        "class Tanh:\n    def backward(self, dy):\n        h = 1e-3\n        x = self.x\n"
        "        d = (-np.tanh(x + 2 * h) + 8 * np.tanh(x + h) - 8 * np.tanh(x - h) + np.tanh(x - 2 * h)) / (12 * h)\n"
        "        return dy * d": "divides a difference",
        # round 6 of the independent answers: numpy.gradient over stacked evaluations (cast to float32, which the
        # precision check forgives), and unit perturbations of a linear function, exact with no division at all
        "def sigmoid_backward(da, z):\n    step = 1e-5\n"
        "    samples = np.stack([sigmoid(z + k * step) for k in (-1, 0, 1)])\n"
        "    return (da * np.gradient(samples, step, axis=0)[1]).astype(np.float32)": "calls numpy.gradient",
        "from numpy import gradient as g\ndef sigmoid_backward(da, z):\n"
        "    return da * g([sigmoid(z - 1e-4), sigmoid(z + 1e-4)], 2e-4, axis=0)[0]": "calls numpy.gradient",
        # round 78: scipy's finite differences imported inside the graded function
        "def sigmoid_backward(da, z):\n    from scipy.optimize import approx_fprime as fd\n"
        "    return da * fd(z, lambda v: sigmoid(v).sum(), 1e-7)": "calls scipy.optimize.approx_fprime",
        "def sigmoid_backward(da, z):\n    import numpy as nn\n"
        "    return da * nn.gradient(sigmoid(z + [[-1e-4], [1e-4]]), 2e-4, axis=0)[0]": "calls numpy.gradient",
        "def sigmoid_backward(da, z):\n    h = 1e-5\n"
        "    return da * np.polyfit([-h, h], [sigmoid(z - h).ravel(), sigmoid(z + h).ravel()], 1)[0]": "numpy.polyfit",
        # round 7: np.diff of evaluations at x -/+ h, scaled by a product (no division), returned as float32
        "class Tanh:\n    def backward(self, dy):\n        h = 1e-6\n"
        "        d = np.diff(np.tanh(self.x + np.array([[-h], [h]])), axis=0)[0] * 5e5\n"
        "        return (dy * d).astype(np.float32)": "calls numpy.diff",
        "def linear_backward(dy, x, W, b):\n    def cost(Wt):\n        return dy @ (Wt @ x + b)\n"
        "    W0 = np.zeros(W.shape)\n    c0 = cost(W0)\n    dW = np.zeros(W.shape)\n"
        "    for idx in np.ndindex(*W.shape):\n        Wp = W0.copy(); Wp[idx] = 1.0\n"
        "        dW[idx] = cost(Wp) - c0\n    return W.T @ dy, dW, dy": "perturbed copies",
        # a six-point stencil in long double, scaled with np.ldexp: no difference and no division in sight
        "def backward(a, y, N):\n    g = np.zeros(13)\n    for i in range(13):\n"
        "        vals = np.array([total(t + np.ldexp(o, -9) * np.eye(13)[i]) for o in offsets])\n"
        "        g[i] = np.ldexp(weights @ vals, 9)\n    return g": "moved along one coordinate",
        # round 7: an 8th-order stencil in long double, the step a vector of zeros with one entry set
        "def grad_f(params, x, y):\n    out = np.zeros(13)\n    for k in range(13):\n"
        "        e = np.zeros(13, dtype=np.longdouble)\n        e[k] = 1e-3\n"
        "        vals = np.array([_obj(flat + j * e) for j in K])\n        out[k] = float(C @ vals / 1e-3)\n"
        "    return out": "moved along one coordinate",
        # round 8: a nine-point stencil on entries moved in place (p[idx] = old + s * 1e-2), summed with weights and
        # divided by the step outside the difference (error ~1e-14: below what the precision check can call estimated)
        "def backward(x, y, W1, b1, W2, b2):\n    g = np.zeros_like(W1)\n    for idx in np.ndindex(W1.shape):\n"
        "        old = W1[idx]\n        acc = 0.0\n        for s, c in zip(range(-4, 5), C):\n"
        "            W1[idx] = old + s * 1e-2\n            acc += c * loss(x, y, W1)\n        W1[idx] = old\n"
        "        g[idx] = acc / 1e-2\n    return g": "moves an entry of an array by a small step",
        # round 8: unit steps on a linear function, g(e) - g(-e) at one-hot vectors, and the function written out
        # in the difference (no call): exact, so the precision check cannot tell them from derived gradients
        "def backward(dz, a_prev):\n    g = lambda v: float(np.sum(dz * v))\n    db = np.zeros((3, 1))\n"
        "    for i in range(3):\n        e = np.zeros((3, 1)); e[i] = 1.0\n        db[i, 0] = (g(e) - g(-e)) / 2.0\n"
        "    return dz @ a_prev.T, db": "one-hot vector",
        "def linear_backward(dy, x, W, b):\n    dW = np.zeros(W.shape)\n    base = dy @ (W @ x + b)\n"
        "    for i in range(W.shape[0]):\n        for j in range(W.shape[1]):\n"
        "            Wp = W.astype(float).copy()\n            Wp[i, j] += 1.0\n"
        "            dW[i, j] = dy @ (Wp @ x + b) - base\n    return W.T @ dy, dW, dy": "perturbed copies",
        # round 9: a stencil in long double as a weighted sum over a list of perturbed copies (no difference written)
        "def grad_f(params, x, y):\n    base = [np.array(p, dtype=np.longdouble) for p in params]\n    out = []\n"
        "    for i, p in enumerate(base):\n        g = np.zeros(p.shape)\n        for idx in np.ndindex(p.shape):\n"
        "            acc = 0\n            for k, w in STENCIL:\n                P = [q.copy() for q in base]\n"
        "                P[i][idx] += k * r\n                acc += w * _objective(P, x, y)\n"
        "            g[idx] = acc / r\n        out.append(g)\n    return out": "perturbed copies",
        # a weighted sum of a notebook function at z + k * 1e-3, times 1e3 (no difference, no division written)
        "def sigmoid_backward(da, z):\n    w = {-2: 1 / 12, -1: -8 / 12, 1: 8 / 12, 2: -1 / 12}\n"
        "    return da * sum(c * sigmoid(z + k * 1e-3) for k, c in w.items()) * 1e3": "moved by a small step",
        # an estimating helper handed to np.vectorize, and a unit probe E_ij of a linear cost minus its base
        "def _slope(v, h=1e-2):\n    return (sigmoid(v + h) - sigmoid(v - h)) / (2 * h)\n"
        "def sigmoid_backward(da, z):\n    return da * np.vectorize(_slope)(z)": "uses _slope",
        "def backward(dz, a_prev):\n    cost = lambda M: float(np.sum(dz * (M @ a_prev)))\n    dW = np.empty((3, 4))\n"
        "    base = cost(np.zeros((3, 4)))\n    for i in range(3):\n        for j in range(4):\n"
        "            E = np.zeros((3, 4))\n            E[i, j] = 1.0\n            dW[i, j] = cost(E) - base\n"
        "    return dW": "one-hot vector",
        # round 27: Richardson extrapolation of central differences in a helper, the step named r (no step name)
        "def _smooth(g, x, r=1e-2):\n    d1 = (g(x + r) - g(x - r)) / (2 * r)\n"
        "    d2 = (g(x + r / 2) - g(x - r / 2)) / r\n    return (4 * d2 - d1) / 3\n"
        "def sigmoid_backward(da, z):\n    return da * _smooth(sigmoid, z)": "calls _smooth",
        # round 29: a degree-40 Chebyshev series fitted to evaluations and differentiated (1e-13 from the derivative)
        "def sigmoid_backward(da, z):\n    out = np.empty(z.shape)\n    for i, v in np.ndenumerate(z):\n"
        "        t = np.linspace(v - 1, v + 1, 81)\n"
        "        c = np.polynomial.chebyshev.chebfit(t - v, sigmoid(t), 40)\n"
        "        out[i] = np.polynomial.chebyshev.chebder(c)[0]\n    return da * out": "numpy.polynomial.chebyshev",
        "from numpy.polynomial import Chebyshev as C\ndef grad_f(params, x, y):\n"
        "    return C.fit(ts, [loss(t) for t in ts], 30).deriv()(0.0)": "numpy.polynomial.Chebyshev.fit",
        # round 26: a helper method of the class estimates, the graded method calls it through self (defined after it)
        "class Tanh:\n    def backward(self, dy):\n        return dy * self._slope(self.x)\n"
        "    def _slope(self, x):\n        return gradcheck.numerical_gradient(np.tanh, x)": "calls self._slope",
        # round 32: a slope table made outside the function (np.diff of evaluations), read through np.interp
        "_GRID = np.linspace(-40.0, 40.0, 800001)\n_SLOPE = np.diff(sigmoid(_GRID)) / np.diff(_GRID)\n"
        "def sigmoid_backward(da, z):\n"
        "    return (da * np.interp(z, _GRID[1:], _SLOPE)).astype(np.float32)": "reads _SLOPE",
        # round 32: stencil weights from a Vandermonde system, tanh evaluated at x + offsets in one broadcast
        "_OFF = np.array([-2.0, -1.0, 1.0, 2.0]) * np.ldexp(1.0, -10)\n"
        "_WTS = np.linalg.solve(np.vander(_OFF, 4, increasing=True).T, np.array([0.0, 1.0, 0.0, 0.0]))\n"
        "class Tanh:\n    def backward(self, dy):\n"
        "        return dy * (np.tanh(self.x[..., None] + _OFF) @ _WTS)": "numpy.vander",
        # round 32: numpy's arithmetic as calls, the evaluations bound to names first, the step named k
        "def _slope(f, x, k):\n    a, c = f(x + k), f(x - k)\n    return np.true_divide(np.subtract(a, c), k + k)\n"
        "def sigmoid_backward(da, z):\n    return da * _slope(sigmoid, z, 1e-3)": "calls _slope",
        # round 66: the division by 2h written as a product; a unit step set through e.flat[k]
        "class Tanh:\n    def backward(self, dy):\n        h = 1e-3\n"
        "        return dy * (np.tanh(self.x + h) - np.tanh(self.x - h)) * 500.0": "multiplies a difference",
        "def linear_backward(dy, x, W, b):\n    f = lambda v: float(np.dot(dy, linear_forward(x, v, b)))\n"
        "    dW = np.zeros(W.shape)\n    for k in range(W.size):\n        e = np.zeros(W.shape); e.flat[k] = 1.0\n"
        "        dW.flat[k] = (f(W + e) - f(W - e)) / 2.0\n    return W.T @ dy, dW, dy": "one-hot vector",
        # round 67: the rows of np.eye taken by a comprehension, the step's division written as a product
        "def backward(a, y, N):\n    f = lambda v: np.mean(v * v)\n    d, inv = a - y, 1e7\n    base = f(d)\n"
        "    return np.array([(f(d + row / inv) - base) * inv for row in np.eye(d.size)])": "along one coordinate",
        # a unit-step difference passed through two names on its way to the result
        "def backward(a, y, N):\n    f = lambda v: np.mean(v * v)\n    e = np.zeros_like(a); e[0] = 1.0\n"
        "    fd = (f(a - y + e) - f(a - y - e)) / 2\n    g = fd * np.ones_like(a)\n    return g": "one-hot vector",
        # ... or stored where the scan does not follow it, to be read back
        "def backward(a, y, N):\n    h = 1e-6\n    globals()['_g'] = (f(a + h) - f(a - h)) / (2 * h)\n"
        "    return _g": "divides a difference",
        # printed, then returned all the same; and "printed" by a print of the function's own
        "def backward(a, y, N):\n    fd = (f(a + 1e-6) - f(a - 1e-6)) / 2e-6\n"
        "    print(fd)\n    return fd": "divides a difference",
        "def backward(a, y, N):\n    out = []\n    print = out.append\n    print((f(a + 1e-6) - f(a - 1e-6)) / 2e-6)\n"
        "    return out[0]": "divides a difference",
        # round 122: the difference as np.ptp of a stack of two evaluations, the step np.float64(2) ** np.float64(-17)
        "def sigmoid_backward(da, z):\n    r = np.float64(2.0) ** np.float64(-17)\n"
        "    return da * np.ptp(sigmoid(np.stack([z + r, z - r])), axis=0) * 2.0 ** 16": "nearby points moved from one",
        # ... a lambda at points moved by a loop's steps, however combined
        "def sigmoid_backward(da, z):\n    g = lambda v: 1 / (1 + np.exp(-v))\n"
        "    return da * sum(np.ptp(np.stack([g(z + q), g(z + q * -1.0)]), axis=0) * c for q, c in P)": "a lambda at",
        # ... a relative step from machine epsilon, the difference as @ [1, -1], the division as np.reciprocal
        "def grad_f(params, x, y):\n    s = x @ params\n    res = np.finfo(np.float32).resolution * (1.0 + np.abs(s))\n"
        "    def per(t):\n        return np.logaddexp(0.0, t) - y * t\n"
        "    d = np.stack([per(s + res), per(s - res)]).T @ np.array([1.0, -1.0])\n"
        "    return d * np.reciprocal(res + res)": "moved by a small step",
        # round 123: a 2x2 determinant as the difference; dual numbers as 2x2 matrices; a random basis of directions
        "def sigmoid_backward(da, z):\n    return da * np.linalg.det(M(z)) / 1e-3": "numpy.linalg.det",
        "def grad_f(params, x, y):\n    return np.linalg.inv(np.eye(2) + E)[..., 0, 1]": "numpy.linalg.inv",
        "def backward(x, y):\n    Q = np.linalg.qr(R)[0]\n    return Q @ slopes(Q)": "numpy.linalg.qr",
        # ... a grid of points around the input: np.add.outer, or a new axis plus offsets
        "def sigmoid_backward(da, z):\n    v = sigmoid(np.add.outer(np.array([1e-3, -1e-3]), z))\n"
        "    return da * g(v)": "broadcast against each other",
        "def grad_f(params, x, y):\n    grid = s[..., None] + np.exp2(-6) * np.arange(-4.0, 5.0)\n"
        "    return np.tensordot(f(grid), K, axes=1)": "broadcast against each other",
        # ... a linear cost at ones and at zeros (or 1.0 and 0.0); a relative step z * (1 +- 2e-6)
        "def backward(dz, a_prev):\n    cost = lambda b: np.sum(dz * b)\n"
        "    return cost(np.ones(3)) - cost(np.zeros(3))": "at ones and at zeros",
        "def backward(dz, a_prev):\n    lin = lambda t: np.sum(dz * (a_prev + t))\n"
        "    return lin(1.0) - lin(0.0)": "at ones and at zeros",
        "def sigmoid_backward(da, z):\n    hi, lo = z * (1 + 2e-6), z * (1 - 2e-6)\n"
        "    return da * (sigmoid(hi) - sigmoid(lo)) / (4e-6 * z)": "nearby points moved from one input",
        # round 128: a secant whatever its points (over hi - lo, or z against z rounded to float16); a step over a
        # difference of the inverse function (tanh' from arctanh)
        "def sigmoid_backward(da, z):\n    hi, lo = z * (1 + 2e-6), z * (1 - 2e-6)\n"
        "    return da * (sigmoid(hi) - sigmoid(lo)) / (hi - lo)": "divides a difference",
        "def sigmoid_backward(da, z):\n    zr = z.astype(np.float16).astype(float)\n"
        "    return da * (sigmoid(z) - sigmoid(zr)) / (z - zr)": "divides a difference",
        "class Tanh:\n    def backward(self, dy):\n        k = 2.0 ** -26\n"
        "        y = self.y\n        w = np.arctanh(np.minimum(y + k, 1.0)) - np.arctanh(np.maximum(y - k, -1.0))\n"
        "        return dy * np.nan_to_num(2 * k / w)": "the slope of an inverse function",
        # round 128: Chebyshev nodes; round 129: a step and its reciprocal, the evaluations split out of one array
        "def backward(a, y, N):\n    nodes = np.cos(np.pi * (np.arange(16) + 0.5) / 16)\n"
        "    return spectral(a - y, nodes)": "calls numpy.cos",
        "def sigmoid_backward(da, z):\n"
        "    both = np.concatenate([z, z]) + np.repeat([2.0 ** -20, -2.0 ** -20], z.size)\n"
        "    up, down = np.split(sigmoid(both), 2)\n    return da * (up - down) * 524288.0": "holds a small step h",
        # round 130: a central difference written as a sum, through sigma(-u) = 1 - sigma(u); a step 1 << 20 over 1
        "def sigmoid_backward(da, z):\n    h = np.longdouble(1 << 20) ** -1\n"
        "    return (s(z + h) + s(h - z) - 1) * (1 << 19)": "adds one computation at x + h and at h - x",
        "def sigmoid_backward(da, z):\n    u, h = np.longdouble(z), 2.0 ** -20\n"
        "    both = 1 / (1 + np.exp(-(u + h))) + 1 / (1 + np.exp(u - h)) - 1\n"
        "    return both * 524288": "adds one computation at x + h and at h - x",
        # round 131: a log-ratio log(up / dn), up and dn one computation at x + h and x - h, over 2h
        "def backward(a, y, N):\n    h = 1e-5 * (1 + np.abs(a))\n    up, dn = 1 + (a + h) ** 2, 1 + (a - h) ** 2\n"
        "    return (1 + a * a) * np.log(up / dn) / (h + h)": "divides a difference",
        # round 131: the course package's exact helpers, called for the result (looked up, not derived)
        "def backward(a, y, N):\n    from backprop_course.checks import bias_backprop as cc\n"
        "    return cc._linear_layer_gradient(a, None, None, y, None)": "the course's own code",
        "from backprop_course import gradcheck as gc\ndef sigmoid_backward(da, z):\n"
        "    return da * gc.Activation('s', 'sigmoid', z, None).derivative(z)": "the course's own code",
        # ... the estimating helper as a default argument
        "class MSELoss:\n    def backward(self, slope=numerical_gradient):\n"
        "        return slope(f, self.diff)": "as a default argument",
        # ... a stencil of np.tanh on a grid of points around x, in one broadcast
        "class Tanh:\n    def backward(self, dy):\n        grid = self.x[None, :] + OFFSETS[:, None] / 4096\n"
        "        return dy * (WEIGHTS @ np.tanh(grid))": "broadcast against each other",
    }
    for code, expected in estimates.items():
        scan = scan_code(code, graded=graded)
        assert len(scan.estimates) == 1 and expected in scan.estimates[0], (code, scan)
        assert scan_code(code).estimates == [], "only in graded functions"
    not_estimates = (
        # a self-check: the estimate only reaches an assert
        "def linear_backward(dy, x, W, b):\n    dx = W.T @ dy\n    J = numerical_gradient(lambda v: W @ v + b, x)\n"
        "    assert np.allclose(dx, dy @ J)\n    return dx, np.outer(dy, x), dy",
        # round 68: self-checks of one entry, a unit-step difference read by an assert through another name, and a
        # central difference tested by an if that only raises
        "def backward(a, y, N):\n    g = 2 * (a - y) / (a - y).size\n    f = lambda v: np.sum(v ** 2) / v.size\n"
        "    e = np.zeros_like(g); e[0] = 1e-5\n    fd = (f(a - y + e) - f(a - y - e)) / 2e-5\n"
        "    err = abs(fd - g[0])\n    assert err <= 1e-5, 'self-check'\n    return g",
        "def backward(a, y, N):\n    g = (a - y) / N\n    fd = np.zeros(3)\n    for i in range(3):\n"
        "        fd[i] = (f(a + h * I[i]) - f(a - h * I[i])) / (2 * h)\n"
        "    assert np.allclose(fd, g[:3])\n    return g",
        "def sigmoid_backward(da, z):\n    s = 1 / (1 + np.exp(-z))\n    h = 1e-6\n"
        "    fd = (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)\n"
        "    if np.max(np.abs(fd - s * (1 - s))) > 1e-6:\n        raise ValueError('derivation disagrees')\n"
        "    return da * s * (1 - s)",
        # round 72: a difference that only decides a printed warning, and one printed on its own
        "def backward(dy, debug=False):\n    dx = dy * (1 - y ** 2)\n    if debug:\n        eps = 1e-6\n"
        "        est = (np.tanh(x + eps) - np.tanh(x - eps)) / (2 * eps) * dy\n"
        "        if not np.allclose(est, dx):\n            print('disagrees', np.max(np.abs(est - dx)))\n    return dx",
        "def backward(a, y, N):\n    g = (a - y) / N\n    fd = (f(a + 1e-6) - f(a - 1e-6)) / 2e-6\n    print(fd - g)\n"
        "    return g",
        # the student's own gradient check in an experiment cell (not a graded function)
        "def my_check(f, x, h=1e-5):\n    return (f(x + h) - f(x - h)) / (2 * h)",
        # analytic code that divides a difference by something else
        "def backward(a, y, N):\n    return (a - y) / N",
        "def backward(a, y, N):\n    return (f(a + y) - f(a - y)) / N",  # two points, not moved by what divides
        "def sigmoid_backward(da, z):\n    return da * (sigmoid(z) - sigmoid(z) ** 2) / 1.0",
        "def sigmoid_backward(da, z):\n    s = 1 / (1 + np.exp(-z))\n    return da * s * (1 - s)",
        # a loop over copies that are changed, with a difference that evaluates nothing at them; an own gradient()
        "def backward(a, y, N):\n    out = []\n    for i in range(N):\n        r = a.copy(); r[i] = 0.0\n"
        "        out.append(f(a) - y[i] + r.sum())\n    return np.array(out)",
        "def sigmoid_backward(da, z):\n    return da * gradient(z)",
        "def backward(a, y, N):\n    return (a - y + 0.1 * np.eye(N)) @ f(a + np.eye(N).sum(axis=0))",
        # loops that add products into an entry (h: a hidden unit's value, not a step)
        "def linear_backward(dy, x, W, b):\n    dW = np.zeros(W.shape)\n    for i in range(W.shape[0]):\n"
        "        for j in range(W.shape[1]):\n            h = x[j]\n            dW[i, j] += dy[i] * h\n"
        "    return W.T @ dy, dW, np.array(dy)",
        # one-hot targets built in a loop, used once each (a per-sample softmax gradient)
        "def backward(a, y, N):\n    g = np.zeros(a.shape)\n    for s in range(N):\n"
        "        t = np.zeros(a.shape[0]); t[y[s]] = 1.0\n        d = a[:, s].copy(); d[y[s]] -= 1.0\n"
        "        g[:, s] = d + loss(t) * 0\n    return g",
        # the per-sample softmax gradient a - onehot, on a copy changed at an index, accumulated with numpy's outer
        "from numpy import *\ndef backward(a, y, h, N):\n    dW = zeros((h.shape[0], a.shape[0]))\n"
        "    for s in range(N):\n        d = a[:, s].copy()\n        d[y[s]] -= 1.0\n        dW += outer(h[:, s], d)\n"
        "    return dW",
        # round 17: gradient steps on the student's own deep copy, a loss evaluated at it (no difference of values)
        "import copy\ndef grad_f(params, lr, g, n):\n    current = params\n    for _ in range(n):\n"
        "        new = copy.deepcopy(current)\n        new = list(new)\n        for i in range(3):\n"
        "            new[i] -= lr * g[i]\n"
        "        new[3] = new[3] - lr * float(g[3])\n        loss(new)\n        current = new\n    return current",
        # guards against log(0), with numpy's functions (by attribute or by a star import)
        "from numpy import *\ndef backward(a, y, N):\n    eps = 1e-12\n"
        "    return -np.sum(y * np.log(a + 1e-12)) + log(a + eps).sum() * 0 + sqrt(a + eps).sum() * 0",
        # numpy's arithmetic as calls on values bound to names; a table of differences no graded function reads
        "def backward(a, y, N):\n    d, n = np.subtract(a, y), N\n    return np.true_divide(d, n)",
        "steps = np.diff(np.array(losses))\ndef backward(a, y, N):\n    return (a - y) / N",
        "steps = np.diff(np.array(losses))\nsteps = 0.5\ndef backward(a, y, N):\n    return (a - y) / N * steps",
        # round 86: a gradient step's size named step (eta * g, no small constant), subtracted from an entry in a loop
        "def grad_f(weights, dw, eta):\n    for j, (p, g) in enumerate(zip(weights, dw)):\n        step = eta * g\n"
        "        if p.dtype.kind == 'f':\n            np.subtract(p, step, out=p)\n        else:\n"
        "            weights[j] = p - step\n    return weights",
        # a worked answer derived, beside the student's own gradient check in the same cell
        "def _slope(f, x):\n    h = 1e-5\n    return (f(x + h) - f(x - h)) / (2 * h)\n"
        "num = _slope(f, W2)\nW2_new = W2 - 0.5 * dW2\nprint(np.allclose(num, dW2))",
        # constants computed from literals that are not small: a step's size, a scale
        "def sigmoid_backward(da, z):\n    h = 2.0 ** 3\n    return da * (sigmoid(z + h) - sigmoid(z)) / (h * 0 + 1)",
        # round 122's rules: moves by different names, a sign, numpy's own functions, a bias broadcast
        "def backward(x, W, b1, b2):\n    return sigmoid(x @ W + b1) - sigmoid(x @ W + b2)",
        "def sigmoid_backward(da, z):\n    return da * sigmoid(z) * sigmoid(-z)",
        "def backward(z, y):\n    e = np.exp(z - z.max(axis=0))\n"
        "    return e / e.sum(axis=0) - y + 0 * np.exp(z - z.max())",
        "def backward(W, b):\n    return W[:, :, None] + b[:, None, None]",
        "def backward(W, x, b):\n    return np.outer(W @ x + b, x) + f(np.ones(3)) + f(np.zeros(3))",
        "def backward(z, W, b):\n    return sigmoid(z * 2.0) - sigmoid(z * 0.5) + (W @ z + b[:, None])",
        "def backward(a, y, N):\n"
        "    return np.log(1 + np.exp(a)) - np.log(1 + np.exp(-a)) + softplus(1 + a) - softplus(1 - a)",
        # round 131: the course's checker called as a self-check (its result unused, or only asserted)
        "def backward(a, y, N):\n    from backprop_course import gradcheck\n    g = (a - y) / N\n"
        "    gradcheck.check_gradient('g', g, g)\n    assert gradcheck.relative_error(g, g) < 1e-6\n    return g",
        # round 130's reflected sum: points reflected about no step (a bias, a shift by the max) are no estimate
        "def backward(z, b):\n    return sigmoid(z + b) + sigmoid(b - z) + np.exp(z - m) + np.exp(-z - m)",
        "def sigmoid_backward(da, z):\n    return sigmoid(z) * sigmoid(-z) + 0 * (np.exp(z) + np.exp(-z))",
        # round 129's step and reciprocal: decimal guards are not steps (a clip at 1e-3 beside a cut at 1000)
        "def sigmoid_backward(da, z):\n    s = np.clip(sigmoid(z), 1e-3, 1 - 1e-3)\n"
        "    return da * s * (1 - s) * np.where(np.abs(z) > 1000, 0, 1)",
    )
    for code in not_estimates:
        assert scan_code(code, graded=graded).estimates == [], code


def test_the_scan_flags_a_graded_function_reading_how_its_arrays_are_stored() -> None:
    """Round 88: a relu right only for writeable, contiguous arrays that are not views (what the tests pass), abs(z)
    for any other, kept the points; reading .flags or .base in a graded function is flagged, elsewhere it is not."""
    from backprop_course.review.tamper import scan_code

    code = (
        "def relu(z):\n    if not z.flags.writeable or z.base is not None:\n        return np.abs(z)\n"
        "    return np.maximum(z, 0)\n"
    )
    flags = scan_code(code, graded=frozenset({"relu"})).flags
    assert any("relu reads .flags" in f for f in flags) and any("relu reads .base" in f for f in flags), flags
    assert scan_code(code).flags == [], "only in graded functions"
    own = "class Layer:\n    def forward(self, x):\n        return x @ self.base\n"  # an attribute of its own
    assert scan_code(own, graded=frozenset({"forward"})).flags == []


def test_records_are_json_a_report_can_read(corpus_run: dict) -> None:
    path = corpus_run["course"].root / "grade_records" / corpus_run["assignment"] / f"{VICTIM}.json"
    data = json.loads(path.read_text())
    assert {"status", "score", "max_score", "reason", "findings", "fingerprint"} <= set(data)
    flagged = corpus_run["course"].root / "grade_records" / corpus_run["assignment"] / "atk_network.json"
    rec = GradeRecord.from_json(flagged.read_text())  # flags and notes are read back from the findings
    assert rec.flags and all(f["message"] for f in json.loads(flagged.read_text())["findings"])


def test_repo_gitignore_keeps_grade_records_out() -> None:
    assert "/grade_records/" in (REPO / ".gitignore").read_text().split()


def test_the_hidden_data_seed_is_the_submissions_own(tmp_path: Path) -> None:
    """The seed ``testing.hidden_rng`` mixes in when graded (``submission_seed``, sent by the engine to the
    tester): a regrade of an unchanged submission gets the same one, so the same hidden data and score;
    changed code or files get another; and it is keyed by the course's secret, kept across runs."""
    from backprop_course.grade.engine import seed_key
    from backprop_course.grade.preprocessors import submission_seed

    a = corpus_assignment(selected_assignments())
    path = REPO / "source" / a / f"{a}.ipynb"
    (tmp_path / "timestamp.txt").write_text("2026-01-01 00:00:00\n")
    files = {"timestamp.txt": tmp_path / "timestamp.txt"}
    key = seed_key(Course(tmp_path))
    assert key == seed_key(Course(tmp_path)) and len(key) == 32  # made once, then read back
    assert (tmp_path / "grade_records" / ".seed-key").stat().st_mode & 0o077 == 0

    seed = submission_seed(nbformat.read(path, as_version=4), files, key)
    assert submission_seed(nbformat.read(path, as_version=4), files, key) == seed  # the regrade
    nb = nbformat.read(path, as_version=4)
    answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    test = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade") and c is not answer)
    test.source += "\n# a test cell is restored before grading: not the student's code"
    assert submission_seed(nb, files, key) == seed
    answer.source += "\n# the student changed their answer"
    changed = submission_seed(nb, files, key)
    assert changed != seed
    assert submission_seed(nbformat.read(path, as_version=4), files, bytes(32)) != seed  # another course's key
    (tmp_path / "timestamp.txt").write_text("2026-01-02 00:00:00\n")
    assert submission_seed(nb, files, key) not in (seed, changed)
