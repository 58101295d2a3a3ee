"""Feedback shows each test's score and diagnosis, never hidden test code or what hidden tests printed."""

from __future__ import annotations

import html
import re
import shutil

import nbformat
import pytest

from backprop_course.answers import load_cases
from backprop_course.demo import answers_dir
from backprop_course.report.feedback import generate_feedback, secret_lines

from conftest import REPO, selected_assignments  # isort: skip


def visible_text(path) -> str:
    """What a reader of the HTML sees: tags removed, entities decoded, whitespace squeezed."""
    text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))
    return re.sub(r"\s+", " ", text)


def squeezed(line: str) -> str:
    return re.sub(r"\s+", " ", line)


def read_cells(path) -> list:
    """The cells of a notebook ([] if it is missing or unreadable)."""
    try:
        return nbformat.read(path, as_version=4).cells
    except Exception:
        return []


def secrets(assignment: str) -> list[str]:
    nb = nbformat.read(REPO / "source" / assignment / f"{assignment}.ipynb", as_version=4)
    return [squeezed(line) for line in secret_lines(nb)]


# Feedback pages checked per assignment: the reference, the blank release and the first cases by name (bugs,
# whose messages are shown, come first); the attack corpus's pages are checked in test_grading_engine.py.
FEEDBACK_SAMPLE = 8


def test_feedback_has_diagnoses_but_no_hidden_tests(graded_cases) -> None:
    course, results = graded_cases
    checked = sampled = 0
    for assignment in selected_assignments():
        names = sorted(load_cases(answers_dir(course), assignment))
        bugs = [n for n in names if n.startswith("bug_")][:FEEDBACK_SAMPLE]
        sample = sorted({"reference", "blank", *bugs, *(["bug_tanh_derivative"] if assignment == "tanh_mlp" else [])})
        for student in sample:
            generate_feedback(course, assignment, student)
        sampled += len(sample)
        hidden = secrets(assignment)
        for path in sorted((course.feedback_dir).glob(f"*/{assignment}/{assignment}.html")):
            text = visible_text(path)
            # a line the student wrote too (alt_helpers: a helper named and written like the tests' own) is theirs
            submitted = course.submitted_dir / path.parent.parent.name / assignment / f"{assignment}.ipynb"
            own = squeezed("\n".join(c.source for c in read_cells(submitted)))
            leaked = [line for line in hidden if line in text and line not in own]
            assert not leaked, f"{path} shows hidden test code: {leaked[:3]}"
            assert "BEGIN HIDDEN TESTS" not in text
            checked += 1
    assert checked >= sampled - 1, "feedback missing for most students"
    if "tanh_mlp" in selected_assignments():
        buggy = visible_text(course.feedback_dir / "bug_tanh_derivative" / "tanh_mlp" / "tanh_mlp.html")
        assert "the tanh derivative is taken at the input" in buggy


needs_tanh_mlp = pytest.mark.skipif(
    "tanh_mlp" not in selected_assignments(), reason="uses tanh_mlp cases; GRADER_TESTS_ASSIGNMENTS leaves it out"
)


@needs_tanh_mlp
def test_the_leak_check_would_catch_nbgraders_default_feedback(graded_cases, tmp_path) -> None:
    """Control: with nbgrader's default preprocessors the same search finds the hidden tests."""
    from nbgrader.converters import GenerateFeedback

    course, _ = graded_cases
    config = course.nbgrader_config()
    config.CourseDirectory.assignment_id = "tanh_mlp"
    config.CourseDirectory.student_id = "reference"
    config.CourseDirectory.feedback_directory = str(tmp_path / "default_feedback")
    del config.GenerateFeedback["preprocessors"]
    converter = GenerateFeedback(coursedir=course.coursedir(config), config=config)
    converter.force = True
    converter.start()
    text = visible_text(tmp_path / "default_feedback" / "reference" / "tanh_mlp" / "tanh_mlp.html")
    assert any(line in text for line in secrets("tanh_mlp"))
    shutil.rmtree(tmp_path / "default_feedback")


@needs_tanh_mlp
def test_output_printed_by_student_code_while_tests_ran_is_dropped(graded_cases) -> None:
    """A test cell's outputs are what the trusted tester wrote: what the student's code printed meanwhile is gone."""
    course, results = graded_cases
    assert results[("tanh_mlp", "chatty")].total == results[("tanh_mlp", "chatty")].max_total
    autograded = (course.autograded_dir / "chatty" / "tanh_mlp" / "tanh_mlp.ipynb").read_text()
    assert "CHATTY-RUNTIME" not in autograded
    generate_feedback(course, "tanh_mlp", "chatty")
    assert "CHATTY-RUNTIME" not in visible_text(course.feedback_dir / "chatty" / "tanh_mlp" / "tanh_mlp.html")


needs_relu = pytest.mark.skipif(
    "relu_xor_momentum" not in selected_assignments(),
    reason="uses a relu_xor_momentum case; GRADER_TESTS_ASSIGNMENTS leaves it out",
)


@needs_relu
def test_what_a_later_cell_prints_of_the_hidden_calls_is_not_in_the_feedback(graded_cases) -> None:
    """A function that keeps the hidden checks' arguments, printed by an answer cell that runs after them: the TA's
    autograded notebook shows the print (so the case does leak into the kernel's outputs), the feedback does not."""
    from backprop_course.report.feedback import AFTER_HIDDEN_NOTE

    course, results = graded_cases
    student = "leak_later_cell"
    assert results[("relu_xor_momentum", student)].total == results[("relu_xor_momentum", "reference")].total
    autograded = course.autograded_dir / student / "relu_xor_momentum" / "relu_xor_momentum.ipynb"
    printed = [
        o.get("text", "")
        for c in read_cells(autograded)
        if c.metadata.get("nbgrader", {}).get("grade_id") == "decision_grid"
        for o in c.get("outputs", [])
    ]
    assert any("KEPT-BATCHES" in t for t in printed), printed
    generate_feedback(course, "relu_xor_momentum", student)
    text = visible_text(course.feedback_dir / student / "relu_xor_momentum" / "relu_xor_momentum.html")
    assert "KEPT-BATCHES" not in text
    assert squeezed(AFTER_HIDDEN_NOTE.strip()) in text


# --- issue 22: named tests, a page for what could not be graded, math rendered in the page -----------------


def test_feedback_names_each_test_in_its_table_of_contents(demo_course) -> None:
    from bs4 import BeautifulSoup

    from backprop_course.report.feedback import section_titles

    checked = 0
    for a in demo_course.assignments():
        source = nbformat.read(REPO / "source" / a / f"{a}.ipynb", as_version=4)
        titles = section_titles(source)
        graded = [
            c.metadata["nbgrader"]["grade_id"] for c in source.cells if c.metadata.get("nbgrader", {}).get("grade")
        ]
        for path in sorted(demo_course.feedback_dir.glob(f"*/{a}/{a}.html")):
            page = path.read_text(encoding="utf-8")
            start = page.find('<div id="toc">')
            if start < 0:
                continue  # the page of a submission that could not be graded
            # parse only the table of contents (whole pages are large, and there are many)
            toc = BeautifulSoup(page[start : page.index("</div>", start) + 6], "html.parser").find(id="toc")
            scored = [li for li in toc.find_all("li") if li.a and not li.a["href"].startswith("#comment-")]
            entries = [li.get_text(" ", strip=True) for li in scored]
            assert "Test cell" not in toc.get_text(), path
            assert [li.find("code").get_text() for li in scored] == graded, path
            for grade_id, entry in zip(graded, entries, strict=False):
                assert titles[grade_id] in entry, (path, entry)
            checked += 1
    assert checked >= 6 * len(demo_course.assignments())


def test_a_submission_that_could_not_be_graded_gets_a_page_saying_why(demo_course) -> None:
    from backprop_course.grade.records import load_records

    failed = [r for r in load_records(demo_course) if r.status == "failed"]
    assert failed, "the demo class has an unreadable submission"
    for rec in failed:
        text = visible_text(demo_course.feedback_dir / rec.student / rec.assignment / f"{rec.assignment}.html")
        assert "could not be graded" in text and f"Score: 0 / {rec.max_score:g}" in text
        assert all(f.message in text for f in rec.findings if f.severity == "ungradable")
        assert "What to do" in text and f"{rec.assignment}.ipynb" in text


def test_feedback_math_is_rendered_into_the_page_with_nothing_loaded(demo_course) -> None:
    pages = sorted(demo_course.feedback_dir.glob("*/bias_backprop/bias_backprop.html"))
    assert pages
    for path in pages:
        page = path.read_text(encoding="utf-8")
        assert "cdnjs" not in page and "<script src=" not in page, path
        if "could not be graded" in page:
            continue
        assert page.count("<math") >= 20, path
        assert "\\frac" not in visible_text(path) and "\\partial" not in visible_text(path), path


def test_student_math_cannot_inject_html() -> None:
    from backprop_course.report.math import render_math, tex_to_mathml

    hostile = tex_to_mathml(r"\text{<script>alert(1)</script>} + \href{javascript:alert(1)}{x}")
    assert hostile is not None and "<script" not in hostile and "alert" not in hostile and "href" not in hostile
    assert "<mi>x</mi>" in hostile
    image = render_math(r"\text{<img src=x onerror=alert(1)>}", False, r"$\text{<img src=x onerror=alert(1)>}$")
    assert "<img" not in image and "&lt;img" in image
    # what latex2mathml cannot read stays TeX, escaped
    assert render_math(r"\text{<b>}", False, r"$\text{<b>}$") == "<code class='tex-source'>$\\text{&lt;b&gt;}$</code>"
    # sanitised student markdown writes & as &amp;: read as the browser reads it
    cases = render_math(r"\begin{cases} 1 &amp; k = i \\ 0 &amp; k \neq i \end{cases}", True, "")
    assert "amp" not in cases and cases.count("<mtr") == 2
    # \mathbf as the Unicode bold letters (MathML Core ignores mathvariant="bold")
    assert "𝐖" in tex_to_mathml(r"\mathbf{W}")
