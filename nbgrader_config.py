"""nbgrader configuration of the backpropagation course (the repository root is the course root).

Plain ``nbgrader generate_assignment|autograde|generate_feedback|export ...`` work from here;
``backprop-course`` (see README.md) wraps them with the course's extra safety and reports.
"""

import os

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads this file)

c.CourseDirectory.course_id = "backprop"
c.CourseDirectory.root = os.path.dirname(os.path.abspath(__file__))
c.CourseDirectory.solution_directory = "solutions"
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(c.CourseDirectory.root, "gradebook.db")
# Students come from submitted/; the gradebook learns them when they are graded.
c.Autograde.create_student = True

# A deleted test cell is put back from the gradebook (hidden tests included) instead of scoring nothing.
c.OverwriteCells.add_missing_cells = True

# Per-cell time limit when grading; a cell over it is interrupted and fails.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# The solutions shown to TAs and students after the deadline carry no hidden tests.
c.GenerateSolution.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.LockCells",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.Execute",
]

# Feedback shows each test's score and diagnosis, never hidden test code or its raw output.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "backprop_course.report.feedback.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
# ... rendered by our exporter: tests named by their task title in the table of contents, math as MathML
# written into the page (no MathJax, no network); see backprop_course/report/feedback.py.
c.GenerateFeedback.exporter_class = "backprop_course.report.feedback.FeedbackExporter"

# Formgrader and feedback pages load MathJax from the Jupyter server (PyPI's jupyter-server-mathjax), never
# from a CDN: our template (report/templates/formgrader/base/mathjax.html.j2) comes before nbgrader's own.
from importlib.util import find_spec  # noqa: E402

c.HTMLExporter.extra_template_basedirs = [
    os.path.join(os.path.dirname(find_spec("backprop_course").origin), "report", "templates", "formgrader"),
    os.path.join(os.path.dirname(find_spec("nbgrader").origin), "server_extensions", "formgrader", "templates"),
]

# nbgrader's exchange (release_assignment -> students fetch_assignment, submit -> collect; README.md,
# "The nbgrader exchange"). Its root is set where every user's nbgrader reads it, e.g. in
# /etc/jupyter/nbgrader_config.py: c.Exchange.root = "/srv/nbgrader/exchange". nbgrader's own collector
# only warns about a submission made in another student's name (nbgrader submit --student=...) and
# collects it; this one collects each student's own submissions only.
c.ExchangeFactory.collect = "backprop_course.collect.exchange.OwnerCheckedExchangeCollect"

# Kernels nbgrader starts itself (generate_solution, plain autograde, validate) talk to it over IPC
# sockets in the user's Jupyter runtime directory rather than TCP on localhost: no port open to other
# users of the machine, and no "running over TCP without encryption" warning in every run. (Grading
# kernels use IPC too.) The socket names carry this process's id: jupyter_client numbers them from 1,
# so two nbgrader commands started at once would otherwise pick the same sockets.
from jupyter_core.paths import jupyter_runtime_dir  # noqa: E402

os.makedirs(jupyter_runtime_dir(), mode=0o700, exist_ok=True)
c.KernelManager.transport = "ipc"
c.KernelManager.ip = os.path.join(jupyter_runtime_dir(), f"nbgrader-kernel-{os.getpid()}")
