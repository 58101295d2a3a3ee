"""End to end in a real browser: students validate in JupyterLab, TAs grade a written answer in formgrader.

Headless Debian ``chromium`` driven by Playwright (no browser download) against JupyterLab started
with ``make lab``'s command (:mod:`backprop_course.lab`) on a scratch copy of the course in a
temporary directory (the server's root), on a free localhost port, with a token, with Jupyter's
config, data and runtime directories inside the temporary directory, and always shut down.

While the student part runs, the demo class is written into the scratch course and its
``bias_backprop`` submissions are graded with ``backprop-course grade``; the TA part then grades the
written answer of one of them. A screenshot of every step goes to ``grader_tests/artifacts/browser/``
(and ``FAILED-*.png`` when a step fails). Deselect with ``-m "not browser"``.

Every request the browser makes to a host other than the loopback is blocked (and recorded): math must
render from what this machine serves, as in a firewalled exam room (MathJax for formgrader from the
Jupyter server, math written into feedback pages).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from backprop_course.answers import load_cases, read_notebook, reference_answers
from backprop_course.course import Course
from backprop_course.demo import BROKEN, answers_dir, demo_roster, make_demo_class
from backprop_course.lab import free_port, lab_command, lab_env, stop, wait_until_ready
from backprop_course.release.build import build_release

from conftest import REPO  # isort: skip

# A written derivation that tries to act with the TA's session when formgrader shows it: give its author
# full marks, write a file into the course root, report that it ran.
XSS = """My derivation: $\\frac{\\partial L}{\\partial b} = \\sum_i \\delta_i$.
<script>
fetch("/api/contents/PWNED-script.txt", {method: "PUT", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({type: "file", format: "text", content: "pwned"})});
document.title = "XSS-RAN";
</script>
<img src="x" onerror="fetch('/api/contents/PWNED-img.txt', {method: 'PUT', body: '{}'}); document.title = 'XSS-RAN'">
"""
XSS_STUDENT = "mallory"
STUDENT_ASSIGNMENT = "tanh_mlp"
WRONG_ANSWER = "bug_tanh_derivative"  # answers/tanh_mlp/<case>.py: typed as the wrong answer
TA_ASSIGNMENT = "bias_backprop"  # has a manually graded cell (the derivation)
ARTIFACTS = REPO / "grader_tests" / "artifacts" / "browser"
TIMEOUT_MS = 90_000  # per wait: generous for a loaded 2-core machine; waits end as soon as the page is ready
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # only the test's server: pages' outside links (formgrader's MathJax from a CDN) fail at once
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason="needs chromium (scripts/ensure-system-packages)"),
]


# --------------------------------------------------------------------------------------------- server


def isolated_jupyter_env(home: Path) -> dict[str, str]:
    """Environment whose Jupyter/IPython user directories are all inside ``home`` (nothing global is touched)."""
    env = lab_env()
    for var in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_TOKEN"):
        env.pop(var, None)
    for var, name in [
        ("JUPYTER_CONFIG_DIR", "config"),
        ("JUPYTER_DATA_DIR", "data"),
        ("JUPYTER_RUNTIME_DIR", "runtime"),
        ("IPYTHONDIR", "ipython"),
        ("MPLCONFIGDIR", "matplotlib"),
    ]:
        (home / name).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / name)
    settings = home / "config" / "lab" / "user-settings" / "@jupyterlab"
    for path, values in [
        # every cell stays in the DOM, so the test finds a cell by its position in the notebook
        (settings / "notebook-extension" / "tracker.jupyterlab-settings", {"windowingMode": "none"}),
        # no "get notified about Jupyter news?" toast, no update check (there is no network)
        (
            settings / "apputils-extension" / "notification.jupyterlab-settings",
            {"fetchNews": "false", "checkForUpdates": False},
        ),
    ]:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    # nbgrader's exchange (this course does not use it) in the temp dir, not /usr/local/share/nbgrader/exchange
    (home / "exchange").mkdir(exist_ok=True)
    (home / "config" / "nbgrader_config.py").write_text(f"c.Exchange.root = {str(home / 'exchange')!r}\n")
    return env


@dataclass
class Lab:
    course: Course
    base_url: str
    token: str
    server: subprocess.Popen
    server_log: Path
    grading: subprocess.Popen
    grading_log: Path
    tmp: Path

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}?token={self.token}"

    def wait_for_grading(self, timeout: float = 240) -> None:
        code = self.grading.wait(timeout=timeout)
        log = self.grading_log.read_text(errors="replace")
        assert code == 0, f"backprop-course grade failed ({code}):\n{log[-3000:]}"


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory, repo_course: Course):
    """JupyterLab (``make lab``'s command) on a scratch course with the demo class being graded."""
    tmp = tmp_path_factory.mktemp("browser")
    course = repo_course.copy_to(tmp / "course")  # the server's root directory and working directory
    (course.root / "answers").symlink_to(answers_dir(repo_course))
    env = isolated_jupyter_env(tmp / "jupyter")
    port, token = free_port(), secrets.token_hex(16)
    server_log = tmp / "jupyter-server.log"
    grading_log = tmp / "grading.log"
    with server_log.open("w") as out:
        server = subprocess.Popen(
            lab_command(course.root, port, token),
            cwd=course.root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    grading = None
    try:
        # While the server starts: record the TA's assignment in the scratch gradebook (GenerateAssignment,
        # which also rebuilds its scratch release/; formgrader lists the others from source/), write the
        # demo class, and grade the TA's assignment in the background (the student part does not need it).
        build_release(course, [TA_ASSIGNMENT], with_solutions=False)
        make_demo_class(course)
        write_xss_submission(course)
        cli = Path(sys.executable).with_name("backprop-course")
        with grading_log.open("w") as out:
            grading = subprocess.Popen(
                [str(cli), "--course", str(course.root), "grade", TA_ASSIGNMENT],
                cwd=course.root,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        base_url = f"http://127.0.0.1:{port}"
        try:
            wait_until_ready(base_url, token, server)
        except (RuntimeError, TimeoutError) as e:
            raise RuntimeError(f"{e}; server log:\n{server_log.read_text(errors='replace')[-3000:]}") from e
        yield Lab(course, base_url, token, server, server_log, grading, grading_log, tmp)
    finally:
        stop(server)
        if grading is not None:
            stop(grading, 10, group=True)  # still grading only when the TA part did not run
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        for log in (server_log, grading_log):
            if log.exists():
                shutil.copy(log, ARTIFACTS / log.name)


def write_xss_submission(course: Course) -> None:
    """``mallory`` submits the reference answers of the TA's assignment, with a hostile written derivation."""
    import nbformat

    from backprop_course.demo import write_submission

    folder = write_submission(course, XSS_STUDENT, TA_ASSIGNMENT, "reference")
    path = folder / f"{TA_ASSIGNMENT}.ipynb"
    nb = nbformat.read(path, as_version=4)
    grade_id, _ = manual_cells(nb)[0]
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    cell.source = XSS
    nbformat.write(nb, path)


@pytest.fixture(scope="module")
def playwright():
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="module", autouse=True)
def fresh_artifacts():
    """Screenshots of this run only; expect() waits as long as the other waits."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in [*ARTIFACTS.glob("*.png"), *ARTIFACTS.glob("*.log")]:
        old.unlink(missing_ok=True)
    expect.set_options(timeout=TIMEOUT_MS)


LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def only_loopback(route, blocked: list[str]) -> None:
    """Let a request to this machine through; abort any other one and record its URL in ``blocked``."""
    url = urlsplit(route.request.url)
    if url.scheme in ("http", "https") and url.hostname not in LOOPBACK:
        blocked.append(route.request.url)
        route.abort("blockedbyclient")
    else:
        route.continue_()


@contextlib.contextmanager
def browser_page(playwright, user_data_dir: Path, who: str, blocked: list[str] | None = None):
    """A fresh headless chromium (its own profile) and its page; ``FAILED-<who>.png`` if the block fails.

    Requests to hosts other than the loopback are aborted, their URLs appended to ``blocked``.
    """
    context = playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=CHROMIUM,
        headless=True,
        args=CHROMIUM_FLAGS,
        viewport={"width": 1400, "height": 900},
    )
    outside = [] if blocked is None else blocked
    try:
        context.route("**/*", lambda route: only_loopback(route, outside))
        context.set_default_timeout(TIMEOUT_MS)
        page = context.pages[0] if context.pages else context.new_page()
        try:
            yield page
        except BaseException:
            with contextlib.suppress(Exception):
                page.screenshot(path=ARTIFACTS / f"FAILED-{who}.png")
            raise
    finally:
        context.close()


T0 = time.monotonic()


def shot(page: Page, name: str) -> None:
    page.screenshot(path=ARTIFACTS / f"{name}.png")
    print(f"{time.monotonic() - T0:6.1f} s  {name}.png")  # shown by pytest -s, or with a failure


# --------------------------------------------------------------------------------------------- student


def cell_index(nb, grade_id: str) -> int:
    return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def type_into_cell(page: Page, cell, code: str) -> None:
    """Click into a code cell's editor, select all, and type ``code`` in one input (as a paste would)."""
    cell.locator(".cm-content").click()
    page.keyboard.press("Control+A")
    page.keyboard.insert_text(code)


def run_all_cells(page: Page) -> None:
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.locator("li[data-command='runmenu:run-all']").click()


def wait_until_all_cells_ran(page: Page) -> None:
    """Every code cell has an execution number (none is queued or running)."""
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputPrompt')];
            return prompts.length > 0 && prompts.every(p => /^\\[\\d+\\]:$/.test(p.textContent.trim()));
        }"""
    )


def validate(page: Page):
    """Press Validate (it saves the notebook, then runs nbgrader validate on it); returns the result dialog."""
    page.get_by_role("button", name="Validate").click()
    message = page.locator(".jp-Dialog #validation-message")
    message.wait_for()
    return message


def close_dialog(page: Page) -> None:
    page.locator(".jp-Dialog").get_by_role("button", name="Ok").click()
    page.locator(".jp-Dialog").wait_for(state="detached")


def test_student_validates_in_jupyterlab(lab: Lab, playwright) -> None:
    a = STUDENT_ASSIGNMENT
    release_nb = read_notebook(lab.course.release_dir / a / f"{a}.ipynb")
    correct = reference_answers(read_notebook(lab.course.source_dir / a / f"{a}.ipynb"))
    wrong = load_cases(answers_dir(lab.course), a)[WRONG_ANSWER]
    ((wrong_cell_id, wrong_code),) = wrong.cells.items()

    with browser_page(playwright, lab.tmp / "student-profile", "student") as page:
        page.goto(lab.url(f"/lab/tree/release/{a}/{a}.ipynb"))
        cells = page.locator(".jp-Notebook .jp-Cell")
        expect(cells).to_have_count(len(release_nb.cells))
        page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()  # the kernel is up
        shot(page, "student-1-release-notebook-opened")

        # A correct answer in every solution cell, then run them all: the visible checks pass.
        for grade_id, code in correct.items():
            cell = cells.nth(cell_index(release_nb, grade_id))
            expect(cell.locator(".cm-content")).to_contain_text(
                release_nb.cells[cell_index(release_nb, grade_id)].source.splitlines()[0]
            )
            type_into_cell(page, cell, code)
        run_all_cells(page)
        wait_until_all_cells_ran(page)
        test_cells = [cell_index(release_nb, t) for t in wrong.fails]  # the tests the wrong answer breaks
        for i in test_cells:
            expect(cells.nth(i).locator(".jp-OutputArea")).to_contain_text("visible check passed")
        expect(
            page.locator(".jp-Notebook .jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
        ).to_have_count(0)
        cells.nth(test_cells[0]).scroll_into_view_if_needed()
        shot(page, "student-2-correct-answers-visible-checks-pass")

        message = validate(page)
        expect(message).to_have_class(re.compile(r"\bvalidation-success\b"))
        expect(message).to_contain_text("Success! Your notebook passes all the tests.")
        shot(page, "student-3-validate-passes")
        close_dialog(page)

        # A wrong answer (the tanh derivative taken at the input): its visible check fails with the diagnosis.
        wrong_cell = cells.nth(cell_index(release_nb, wrong_cell_id))
        type_into_cell(page, wrong_cell, wrong_code)
        run_all_cells(page)
        first_failure = cells.nth(test_cells[0]).locator(".jp-OutputArea")
        expect(first_failure).to_contain_text(wrong.fails[next(iter(wrong.fails))])
        page.locator(".jp-Notebook-ExecutionIndicator[data-status='idle']").wait_for()
        first_failure.scroll_into_view_if_needed()
        shot(page, "student-4-wrong-answer-visible-check-fails")

        message = validate(page)
        expect(message).to_have_class(re.compile(r"\bvalidation-failed\b"))
        expect(message.get_by_text("The following cell failed:", exact=True)).to_have_count(len(wrong.fails))
        # Per failed cell nbgrader's dialog shows: a line, the cell's source, the cell's error (traceback).
        errors = message.locator(":scope > div:nth-child(3n) pre")
        expect(errors).to_have_count(len(wrong.fails))
        for text in wrong.fails.values():
            expect(errors.filter(has_text=text).first).to_be_attached()
        # Scroll the dialog to the end of the first traceback: the diagnosis.
        errors.first.evaluate("e => e.scrollIntoView({block: 'end'})")
        shot(page, "student-5-validate-reports-the-failure")
        close_dialog(page)


# --------------------------------------------------------------------------------------------- TA


def manual_cells(nb) -> list[tuple[str, float]]:
    """(grade_id, points) of the manually graded answer cells (solution and grade both set)."""
    return [
        (m["grade_id"], float(m["points"]))
        for c in nb.cells
        if (m := c.metadata.get("nbgrader", {})).get("solution") and m.get("grade")
    ]


def settle(frame) -> None:
    """Wait until formgrader has typeset the math (then it focuses and scrolls to a box) and its scrolling
    animation has ended."""
    frame.wait_for_function("() => window.MathJax !== undefined && MathJax.loaded === true")
    frame.wait_for_function("() => window.jQuery !== undefined && jQuery(':animated').length === 0")


def test_ta_grades_a_written_answer_in_formgrader(lab: Lab, playwright) -> None:
    from nbgrader.api import Gradebook

    a = TA_ASSIGNMENT
    release_nb = read_notebook(lab.course.release_dir / a / f"{a}.ipynb")
    (grade_id, points), *_ = manual_cells(release_nb)
    roster = demo_roster(lab.course, a)
    gradable = sorted([*(s for s, case in roster.items() if case not in BROKEN), XSS_STUDENT])
    score, comment = points / 2, "Part (a) is fine. In (b), say why the samples' gradients are averaged."

    lab.wait_for_grading()
    with Gradebook(lab.course.db_url, "backprop") as gb:  # a student who wrote a derivation (not the model one)
        wrote = [s for s in gradable if gb.find_grade(grade_id, a, a, s).needs_manual_grade]
    student = min((s for s in wrote if s != XSS_STUDENT), key=lambda s: (roster[s] == "reference", s), default=None)
    assert student, f"no demo student's {grade_id} needs a manual grade after autograding"
    with browser_page(playwright, lab.tmp / "ta-profile", "ta") as page:
        page.goto(lab.url("/lab"))
        page.locator("#jp-main-dock-panel").wait_for()
        page.get_by_role("menuitem", name="Nbgrader", exact=True).click()
        page.locator("li[data-command='nbgrader:open-formgrader']").click()
        fg = page.frame_locator("iframe[src*='formgrader']")

        # Manage Assignments: every assignment of the course, with its number of submissions.
        rows = fg.locator("#main-table tr")
        for name in lab.course.assignments():
            row = rows.filter(has=fg.get_by_role("link", name=name, exact=True))
            expect(row).to_have_count(1)
            expect(row.locator("td.num-submissions")).to_have_text(str(len(lab.course.students(name))))
        shot(page, "ta-1-formgrader-assignments")

        # Manual Grading -> bias_backprop -> its notebook: the demo class's submissions, names shown.
        fg.get_by_role("link", name="Manual Grading").click()
        # the Manual Grading page itself first: Manage Assignments links each assignment's name too, and on a busy
        # machine (a clean-clone CI run of session 48) the click below landed there before the new page had loaded
        fg.locator(".breadcrumb li.active").get_by_text("Manual Grading", exact=True).wait_for()
        fg.get_by_role("link", name=a, exact=True).click()
        fg.locator(".breadcrumb").get_by_text(a).wait_for()
        fg.locator("#main-table").get_by_role("link", name=a, exact=True).click()
        names = fg.locator("#main-table a.name-shown")
        expect(names).to_have_count(len(gradable))
        fg.get_by_role("button", name="Show All Names").click()
        expect(names.first).to_be_visible()
        assert sorted(names.all_inner_texts()) == gradable
        shot(page, f"ta-2-{a}-submissions")

        # One student's submission: the written derivation needs a manual grade; enter a score and a comment.
        fg.locator("#main-table").get_by_role("link", name=student, exact=True).click()
        score_box = fg.locator(f"input.score#{grade_id}")
        comment_box = fg.locator(f"textarea.comment#{grade_id}-comment")
        expect(score_box).to_be_visible()
        submission = next(f for f in page.frames if "/formgrader/submissions/" in f.url)
        settle(submission)
        comment_box.evaluate("e => e.scrollIntoView({block: 'center'})")  # the answer, its score and comment boxes
        shot(page, f"ta-3-{student}-{grade_id}-to-grade")
        # Formgrader saves a box when it loses focus: the TA clicks on the cell's label after typing.
        label = fg.locator(".nbgrader_cell", has=score_box).locator(".nbgrader-label")
        with page.expect_response(lambda r: "/formgrader/api/grade/" in r.url and r.request.method == "PUT") as put:
            score_box.fill(f"{score:g}")
            label.click()
        assert put.value.ok, put.value.status
        with page.expect_response(lambda r: "/formgrader/api/comment/" in r.url and r.request.method == "PUT") as put:
            comment_box.fill(comment)
            label.click()
        assert put.value.ok, put.value.status
        expect(score_box).to_have_value(f"{score:g}")
        settle(submission)
        shot(page, f"ta-4-{student}-{grade_id}-score-and-comment-saved")

    # The gradebook has the TA's grade and comment.
    with Gradebook(lab.course.db_url, "backprop") as gb:
        grade = gb.find_grade(grade_id, a, a, student)
        assert grade.manual_score == score
        assert not grade.needs_manual_grade
        assert gb.find_comment(grade_id, a, a, student).manual_comment == comment


def test_a_script_in_a_written_answer_does_not_run_in_formgrader(lab: Lab, playwright) -> None:
    """Student-written HTML is sanitised in autograded/: formgrader shows the derivation as text, runs nothing."""
    from nbgrader.api import Gradebook

    a = TA_ASSIGNMENT
    grade_id, _ = manual_cells(read_notebook(lab.course.release_dir / a / f"{a}.ipynb"))[0]
    lab.wait_for_grading()
    with Gradebook(lab.course.db_url, "backprop") as gb:
        before = {s.student.id: s.score for s in gb.assignment_submissions(a)}
    with browser_page(playwright, lab.tmp / "ta-xss-profile", "ta-xss") as page:
        requests: list[str] = []
        page.on("request", lambda r: requests.append(f"{r.method} {r.url}"))
        page.goto(lab.url("/formgrader/manage_assignments"))
        page.get_by_role("link", name="Manual Grading").click()
        page.locator(".breadcrumb li.active").get_by_text("Manual Grading", exact=True).wait_for()  # as above
        page.get_by_role("link", name=a, exact=True).click()
        page.locator(".breadcrumb").get_by_text(a).wait_for()
        page.locator("#main-table").get_by_role("link", name=a, exact=True).click()
        names = page.locator("#main-table a.name-shown")
        expect(names.first).to_be_attached()
        page.get_by_role("button", name="Show All Names").click()
        expect(names.first).to_be_visible()
        page.locator("#main-table").get_by_role("link", name=XSS_STUDENT, exact=True).click()
        expect(page.locator(f"input.score#{grade_id}")).to_be_visible()
        page.wait_for_timeout(3000)  # time for a script or an onerror handler to act, had it run
        shot(page, f"ta-xss-{XSS_STUDENT}-{grade_id}")
        sent = [r for r in requests if "PWNED" in r or ("/api/contents" in r and r.startswith("PUT"))]
        assert not sent and page.title() != "XSS-RAN", f"the student's script ran: {sent}"
        answer = page.locator(".nbgrader_cell", has=page.locator(f"input.score#{grade_id}"))
        expect(answer).to_contain_text("<script>")  # shown as text, escaped
    assert not list(lab.course.root.glob("PWNED*"))
    with Gradebook(lab.course.db_url, "backprop") as gb:
        assert {s.student.id: s.score for s in gb.assignment_submissions(a)} == before


def test_math_renders_offline_in_formgrader_and_feedback(lab: Lab, playwright) -> None:
    """No request leaves the machine: formgrader typesets a written derivation with the MathJax the Jupyter
    server serves (jupyter_server_mathjax), and the student's feedback page shows its math rendered (MathML
    written into the page: no script)."""
    from nbgrader.api import Gradebook

    from backprop_course.report.feedback import generate_feedback

    a = TA_ASSIGNMENT
    grade_id, _ = manual_cells(read_notebook(lab.course.release_dir / a / f"{a}.ipynb"))[0]
    student = min(s for s, case in demo_roster(lab.course, a).items() if case == "reference")  # the model derivation
    lab.wait_for_grading()
    with Gradebook(lab.course.db_url, "backprop") as gb:
        notebook_id = gb.find_submission_notebook(a, a, student).id
    blocked: list[str] = []
    with browser_page(playwright, lab.tmp / "math-profile", "math", blocked) as page:
        mathjax: list[tuple[str, int]] = []
        page.on(
            "response", lambda r: mathjax.append((r.url, r.status)) if "/jupyter_server_mathjax/" in r.url else None
        )
        page.goto(lab.url(f"/formgrader/submissions/{notebook_id}/"))
        answer = page.locator(".nbgrader_cell", has=page.locator(f"input.score#{grade_id}"))
        expect(answer).to_be_visible()
        settle(page)  # MathJax has typeset the page
        typeset = answer.locator(".MathJax, .MathJax_Display")
        expect(typeset.first).to_be_visible()
        assert typeset.count() >= 3, typeset.count()
        assert "\\frac" not in answer.inner_text(), "TeX source left untypeset"
        # its cases environment: "&" reaches formgrader as "&amp;" (sanitised autograded/), decoded for MathJax
        assert "amp;" not in answer.inner_text(), "an HTML entity typeset as text"
        answer.locator(".MathJax_Display").first.scroll_into_view_if_needed()
        shot(page, f"math-1-formgrader-{student}-{grade_id}")
        loaded = [(u, s) for u, s in mathjax if urlsplit(u).path.endswith("/MathJax.js")]
        assert loaded and all(s == 200 and urlsplit(u).hostname in LOOPBACK for u, s in loaded), mathjax

        assert not generate_feedback(lab.course, a, student)
        feedback = lab.course.feedback_dir / student / a / f"{a}.html"
        assert "<script src=" not in feedback.read_text(), "a feedback page loads no script"
        page.goto(feedback.as_uri())
        math = page.locator("math")
        expect(math.first).to_be_visible()
        assert math.count() >= 20, math.count()
        fraction = page.locator(f"a[name='{grade_id}'] ~ * math mfrac").first
        fraction.scroll_into_view_if_needed()
        box = fraction.bounding_box()
        assert box and box["height"] > 25, f"a fraction is laid out on two levels: {box}"
        assert "\\frac" not in page.locator("body").inner_text()
        shot(page, f"math-2-feedback-{student}-{a}")
    assert not blocked, f"requests off the machine: {blocked[:5]}"
