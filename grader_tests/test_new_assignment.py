"""Adding an assignment (issue 25): the README's walkthrough, run as written on a scratch copy of the course.

The commands are read from README.md (between ``<!-- walkthrough: new assignment -->`` and ``<!-- end
walkthrough -->``), so the README and this test cannot drift apart: ``backprop-course`` lines run in this
process (``cli.main``), the others (``mkdir``, ``cp``) in a shell, all in the course root. Then the
issue's "Done when": a copy of an assignment with a task renamed in some cells and one test cell
forgotten is caught by check-source naming that cell; a scaffolded assignment without demo.toml or
answer cases of its own goes through ``backprop-course demo`` and the report.
"""

from __future__ import annotations

import contextlib
import io
import re
import shlex
import subprocess
from dataclasses import dataclass
from pathlib import Path

import matplotlib.image as mpimg
import nbformat
import numpy as np
import pytest

from backprop_course.answers import load_cases
from backprop_course.cli import main
from backprop_course.course import Course
from backprop_course.demo import write_submission
from backprop_course.release.scaffold import BUG_CASE

from conftest import REPO, read_results  # isort: skip

BEGIN, END = "<!-- walkthrough: new assignment -->", "<!-- end walkthrough -->"


def walkthrough_commands() -> list[str]:
    """The README's walkthrough: its shell lines, comments and blank lines dropped."""
    text = (REPO / "README.md").read_text()
    block = text.split(BEGIN, 1)[1].split(END, 1)[0]
    lines = [line.split("  #", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line and not line.startswith(("#", "```"))]


@dataclass
class Ran:
    command: str
    code: int
    output: str


def run(course: Course, command: str) -> Ran:
    """One walkthrough line in the course root: ``backprop-course ...`` in-process, anything else in a shell."""
    words = shlex.split(command)
    if words[0] != "backprop-course":
        proc = subprocess.run(command, shell=True, cwd=course.root, capture_output=True, text=True, check=False)
        return Ran(command, proc.returncode, proc.stdout + proc.stderr)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["--course", str(course.root), *words[1:]])
    return Ran(command, code, out.getvalue())


@pytest.fixture(scope="module")
def walkthrough(tmp_path_factory: pytest.TempPathFactory, repo_course: Course) -> tuple[Course, str, list[Ran]]:
    """The walkthrough on a scratch copy of the course; the scaffold's bug case is submitted along with it."""
    course = repo_course.copy_to(tmp_path_factory.mktemp("new") / "course")
    commands = walkthrough_commands()
    name = shlex.split(commands[0])[2]
    assert commands[0].startswith("backprop-course new "), commands
    ran = []
    for command in commands:
        if shlex.split(command)[:2] == ["backprop-course", "grade"]:  # what make test grades: the case `new` wrote
            write_submission(course, BUG_CASE, name, BUG_CASE)
        ran.append(run(course, command))
    return course, name, ran


def test_the_readme_walkthrough_adds_an_assignment_end_to_end(walkthrough) -> None:
    course, a, ran = walkthrough
    verbs = [shlex.split(r.command)[1] for r in ran if r.command.startswith("backprop-course")]
    assert verbs == ["new", "check-source", "release", "grade", "feedback", "report"], verbs
    for r in ran:
        assert r.code == 0, f"`{r.command}` failed ({r.code}):\n{r.output}"
    check = next(r for r in ran if " check-source " in f"{r.command} ")
    assert f"{a}: ok" in check.output and "calls square_backward" in check.output
    release_run = next(r for r in ran if r.command.startswith("backprop-course release"))
    assert f"check-source: {a} passed and did not change since" in release_run.output  # not graded twice
    release = course.release_dir / a / f"{a}.ipynb"
    assert release.is_file() and "BEGIN SOLUTION" not in release.read_text()
    assert "_ref_square_backward" not in release.read_text(), "the release shows the hidden tests"
    # the test submission (the model solution) gets full marks, in the gradebook and in grades.csv
    tryout = read_results(course, a, "tryout")
    assert tryout is not None and tryout.total == tryout.max_total == 2
    table = (course.root / "grades.csv").read_text().splitlines()
    header, row = table[0].split(","), next(r for r in table if r.startswith("tryout,")).split(",")
    assert float(row[header.index(a)]) == 2
    # the scaffold's bug case gets the outcome and diagnosis it declares, as test_answer_cases checks
    case = load_cases(course.answers_dir, a)[BUG_CASE]
    bug = read_results(course, a, BUG_CASE)
    (cell, text), *_ = case.fails.items()
    assert bug.cells[cell].score == 0 and text and text in bug.cells[cell].message, bug.cells[cell].message
    feedback = (course.feedback_dir / "tryout" / a / f"{a}.html").read_text()
    assert "visible check passed" in feedback and "_ref_square_backward" not in feedback
    assert f"{a}/index.html" in (course.reports_dir / "index.html").read_text()


def test_a_renamed_task_with_a_forgotten_test_cell_is_caught(walkthrough) -> None:
    """The issue's "Done when": copy an assignment, rename a task, forget one test cell that lends it."""
    course, _, _ = walkthrough
    assert run(course, "backprop-course new layer_mlp --from sigmoid_mlp").code == 0
    path = course.source_dir / "layer_mlp" / "layer_mlp.ipynb"
    nb = nbformat.read(path, as_version=4)
    renamed = {"forward", "test_forward_step", "test_apply_net"}  # test_train_net, which lends it too, forgotten
    for cell in nb.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") in renamed:
            assert "forward_step" in cell.source
            cell.source = re.sub(r"\bforward_step\b", "layer_step", cell.source)
    nbformat.write(nb, path)
    ran = run(course, "backprop-course check-source layer_mlp")
    assert ran.code == 1, ran.output
    problems = [line.strip().removeprefix("PROBLEM ") for line in ran.output.splitlines() if "PROBLEM" in line]
    forgotten = [p for p in problems if p.startswith("test_train_net:")]
    assert forgotten and "forward_step" in forgotten[0], problems
    assert not [p for p in problems if p.split(":")[0] in renamed], problems  # the renamed cells are fine
    assert "calls layer_step" in ran.output  # test_forward_step: the new name, seen as the student's


def test_demo_and_report_of_a_new_assignment_need_no_extra_files(tmp_path: Path) -> None:
    """A scaffolded assignment alone (no demo.toml): the demo class is the model, the bug case and the blank."""
    course = Course(tmp_path / "course")
    (course.root / "source").mkdir(parents=True)
    (course.root / "nbgrader_config.py").write_bytes((REPO / "nbgrader_config.py").read_bytes())
    assert run(course, "backprop-course new relu_block").code == 0
    assert not (course.answers_dir / "relu_block" / "demo.toml").exists()
    ran = run(course, "backprop-course demo")
    assert ran.code == 0, ran.output
    demo = Course(course.root / "demo")
    totals = {s: read_results(demo, "relu_block", s) for s in ("ada", "ben", "cleo")}
    assert [totals[s].total for s in ("ada", "ben", "cleo")] == [2, 0, 0], totals
    assert "missing" in totals["ben"].cells["test_square_backward"].message  # the bug case's diagnosis
    reports = demo.reports_dir / "relu_block"
    assert "Most frequent diagnoses" in (reports / "index.html").read_text()
    for png in ("scores.png", "pass_rates.png"):
        img = mpimg.imread(reports / png)
        assert np.mean(img[..., :3] < 0.8) > 0.02, f"{png} looks empty"
    for student in ("ada", "ben", "cleo"):
        assert (demo.feedback_dir / student / "relu_block" / "relu_block.html").is_file()
