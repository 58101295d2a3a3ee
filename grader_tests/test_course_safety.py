"""Safe on a real course: the demo never touches the course's grading data, destructive verbs ask first.

* ``backprop-course demo`` builds and grades its class in ``demo/``: a course with a submission, a
  manual grade and a comment is byte for byte unchanged afterwards; a directory that is not a demo
  course is never replaced;
* ``clean`` and ``grade --force`` over manual grades refuse without a terminal unless ``--yes``;
* ``release`` refuses to overwrite a release notebook changed since it was built unless ``--force``;
* ``check-release`` ignores editor files (``.ipynb_checkpoints``, ``__pycache__``, ``.DS_Store``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, course_files
from corpus import corpus_assignment

from backprop_course.course import Course
from backprop_course.demo import answers_dir, write_submission
from backprop_course.grade import grade
from backprop_course.release.build import build_release, find_drift
from backprop_course.sandbox import probe_sandbox
from backprop_course.settings import GradingSettings

CLI = [sys.executable, "-m", "backprop_course.cli"]
SANDBOX = probe_sandbox() is None


def run(course: Course, *args: str) -> subprocess.CompletedProcess:
    """The CLI on ``course``, as a script would run it (no terminal: stdin is not a tty)."""
    return subprocess.run(
        [*CLI, "--course", str(course.root), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL
    )


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory: pytest.TempPathFactory, repo_course: Course) -> tuple[Course, str]:
    """A scratch course with one graded submission, a TA's manual grade and a comment."""
    from nbgrader.api import Gradebook

    a = corpus_assignment(repo_course.assignments())
    course = repo_course.copy_to(tmp_path_factory.mktemp("safety") / "course")
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    build_release(course, [a], with_solutions=False)
    write_submission(course, "ada", a, "reference")
    grade(course, [a], settings=GradingSettings(sandbox=SANDBOX))
    with Gradebook(course.db_url, course.course_id) as gb:
        nb = gb.find_submission_notebook(a, a, "ada")
        nb.grades[0].manual_score = 0.5
        nb.comments[0].manual_comment = "see me in office hours"
        gb.db.commit()
    return course, a


def test_the_demo_leaves_the_course_byte_for_byte_unchanged(demo_run) -> None:
    """A course with a graded submission, a manual grade and a comment, before and after the demo."""
    assert course_files(demo_run.course.root) == demo_run.before
    assert demo_run.demo.gradebook.is_file() and demo_run.demo.grades_csv.is_file()


def test_the_demo_never_replaces_a_directory_it_did_not_make(graded_course, tmp_path: Path) -> None:
    course, _ = graded_course  # (refused before anything runs)
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine")
    out = run(course, "demo", "--dir", str(precious))
    assert out.returncode == 2 and "not a demo course" in out.stderr
    assert [p.name for p in precious.iterdir()] == ["notes.txt"]
    out = run(course, "demo", "--dir", str(course.root))
    assert out.returncode == 2 and "holds the course itself" in out.stderr


def test_clean_and_forced_regrades_refuse_without_yes(graded_course) -> None:
    course, a = graded_course
    before = course_files(course.root)
    out = run(course, "clean")
    assert out.returncode == 1 and "--yes" in out.stderr and "gradebook.db" in out.stderr
    out = run(course, "grade", a, "--force", *([] if SANDBOX else ["--no-sandbox"]))
    assert out.returncode == 1 and "manual grades or comments" in out.stderr and "--yes" in out.stderr
    assert course_files(course.root) == before


def test_clean_with_yes_deletes_the_grading_data_only(tmp_path: Path, repo_course: Course) -> None:
    course = repo_course.copy_to(tmp_path / "course")
    (course.autograded_dir / "ada").mkdir(parents=True)
    (course.autograded_dir / "README.md").write_text("kept")
    (course.submitted_dir / "ada").mkdir(parents=True)
    course.gradebook.write_text("")
    course.grades_csv.write_text("")
    out = run(course, "clean", "--yes")
    assert out.returncode == 0, out.stderr
    assert not course.submitted_dir.exists() and not course.gradebook.exists() and not course.grades_csv.exists()
    assert [p.name for p in course.autograded_dir.iterdir()] == ["README.md"]
    assert (course.source_dir).is_dir() and (course.root / "nbgrader_config.py").is_file()


def test_release_keeps_a_hand_edited_release_and_check_release_ignores_editor_files(
    tmp_path: Path, repo_course: Course
) -> None:
    a = corpus_assignment(repo_course.assignments())
    course = repo_course.copy_to(tmp_path / "course", with_generated=False)
    build_release(course, [a], with_solutions=False)
    notebook = course.release_dir / a / f"{a}.ipynb"
    edited = notebook.read_text().replace("YOUR CODE HERE", "MY OWN WORK", 1)
    notebook.write_text(edited)
    out = run(course, "release", a)
    assert out.returncode == 2 and "changed since they were built" in out.stderr and "--force" in out.stderr
    assert notebook.read_text() == edited
    assert run(course, "release", a, "--force").returncode == 0
    assert "MY OWN WORK" not in notebook.read_text()
    for junk in (course.release_dir / a / ".ipynb_checkpoints", course.release_dir / ".ipynb_checkpoints"):
        junk.mkdir()
        (junk / f"{a}-checkpoint.ipynb").write_text("{}")
    (course.release_dir / a / ".DS_Store").write_bytes(b"\0")
    drift = [d for d in find_drift(course, [a]) if not d.startswith("solutions/")]
    assert drift == [], drift


def test_the_repository_keeps_demo_and_grading_data_out_of_git() -> None:
    """Anchored at the course root (a bare ``feedback/`` once hid the package's feedback templates)."""
    ignored = (REPO / ".gitignore").read_text().split()
    assert {"/demo/", "/grade_records/", "/submitted/", "/feedback/", "/gradebook.db"} <= set(ignored)
