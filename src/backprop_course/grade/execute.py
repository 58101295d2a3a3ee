"""Executing one submission: answer cells in the student's sandboxed kernel, test cells in the trusted tester.

An :class:`ExecJob` (a sanitised notebook with its test cells restored, the files of its working
directory, the per-cell time limit, the submission's seed) goes to an executor, which runs it with
:class:`TrustedExecute` on a fresh kernel from its pool and returns an :class:`ExecResult`. Nothing
here touches the gradebook, so an executor can run on another machine
(:mod:`backprop_course.grade.cluster`).

:class:`TrustedExecute` is nbgrader's ``Execute`` preprocessor with one change: a test cell (a
grade cell that is not an answer) is never sent to the student's kernel. The kernel is asked to serve
the tester (:data:`~backprop_course.bridge.agent.SERVE_CODE`, a silent request), the tester runs the
cell's code, visible and hidden parts, and what the tester reports becomes the cell's outputs;
whatever the kernel printed or displayed meanwhile is dropped. So nbgrader's scoring, which reads a
test cell's outputs, reads only what the trusted process wrote.

If the kernel dies or stops answering, the cell that was running is named and a new kernel (with its own
tester) runs the code cells before it again, their outputs kept from the first run, so grading goes on after
that cell: a crash costs only the tests that need what the failing cell defines. After MAX_RESTARTS, or when
the new kernel fails too, later answer cells are not run and later test cells fail with that reason; the
tests that already passed keep their points.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import copy
import hashlib
import json
import re
import threading
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from queue import Empty
from typing import Any

from jupyter_core.utils import ensure_async, run_sync
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat.notebooknode import NotebookNode
from nbgrader.preprocessors import Execute

from ..bridge.agent import SERVE_CODE
from ..bridge.control import TesterGone
from ..findings import Finding
from ..review.tamper import parse
from ..settings import Limits

END_SECONDS = 15.0  # after a test, how long the kernel gets to leave its serving loop
MAX_RESTARTS = 2  # new kernels a notebook may get after its kernel died or hung (then it stops there)
# A notebook's execution may take this many cells' time limits in all (5 x 60 s by default); then the cells left
# are not run. Without it a notebook stalling every cell (round 66: endless loops answering each test, the kernel
# killed and restarted) kept a worker for a time limit per cell: 14 minutes for 13 attacks on sigmoid_mlp's 12 tests.
# A correct notebook takes a few seconds.
NOTEBOOK_BUDGET_CELLS = 5
CELL_OUTPUT_MAX_BYTES = 2 * 2**20  # what one cell's outputs may hold; the rest is dropped as it arrives
NOTEBOOK_OUTPUT_MAX_BYTES = 20 * 2**20  # what the outputs of all the notebook's cells may hold
PROBE_SECONDS = 10.0  # after an interrupted cell, how long the kernel gets to answer again
HIDDEN_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
IDENTIFIER = re.compile(r"[^\W\d]\w*")
TESTER_NOT_STARTED = "tester-not-started"  # finding kind: the grader's fault, the run is worth nothing
KERNEL_LOST = "kernel-lost"  # finding kind: the kernel died before the first cell ran (the grader's fault)
GRADER_FAULTS = (TESTER_NOT_STARTED, KERNEL_LOST)  # findings that make a run worth nothing: it is run again


@dataclass
class ExecJob:
    """A notebook to execute in a fresh sandboxed kernel, with the files of its working directory."""

    notebook: Any  # NotebookNode (sanitised by nbgrader; test cells restored)
    files: dict[str, Path]  # relative path in the working directory -> file to copy there
    timeout: int | None  # per cell, seconds
    config: Any  # traitlets Config for nbgrader's Execute (the course's)
    seed: int = 0  # the submission's seed for the hidden tests' data
    label: str = ""
    notebook_names: list[str] = field(default_factory=list)  # what the tests may take from the notebook
    setup: str = ""  # the tests' shared definitions, run when the tester starts
    skipped_names: dict[str, str] = field(default_factory=dict)  # name -> the demonstration cell (not run) binding it
    signatures: dict[str, list[str]] = field(default_factory=dict)  # function -> the task's parameter names
    task_data: list[str] | None = None  # the given cells' variables the model solution reads (None: all of them)


@dataclass
class ExecResult:
    """The executed notebook (None if execution failed), the error, and how it went."""

    notebook: Any
    error: BaseException | None = None
    seconds: float = 0.0
    waited: float = 0.0  # for a kernel from the pool
    last_cell: int | None = None  # index of the cell running when execution stopped
    last_cell_name: str = ""  # its nbgrader grade_id, or "#<index>"
    watchdog: bool = False  # killed for running past the notebook's time budget
    kernel_log: str = ""  # the end of the kernel's log, when it died
    kernel_cpu: float = 0.0  # CPU seconds the kernel and its tester used (the notebook's computation)
    cell_cpu: dict[str, float] = field(default_factory=dict)  # of it, per code cell (grade_id or #index) run
    findings: list[Finding] = field(default_factory=list)  # what the run found (kernel death, hangs, ...)


def is_test_cell(cell: NotebookNode) -> bool:
    """A grade cell that is not an answer: nbgrader scores it from its outputs."""
    meta = cell.metadata.get("nbgrader", {})
    return cell.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def holds_hidden_tests(cell: NotebookNode) -> bool:
    """A cell that is not a test cell but may hold hidden tests: hidden-test markers in a locked cell, whose source
    nbgrader's OverwriteCells put back from the master (a test cell whose grade flag was turned off, say). An answer
    cell, or a cell the student added, holds the student's own text, markers or not (round 80: a correct relu whose
    cell had the comment "# ### BEGIN HIDDEN TESTS" was not run, and lost 13 points)."""
    from nbgrader.utils import is_locked

    return any(m in cell.source for m in HIDDEN_MARKERS) and is_locked(cell)


def cell_name(cell: NotebookNode, index: int) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id") or f"#{index}"


TOP_LEVEL_DEF = re.compile(r"^(?:async\s+)?(?:def|class)\s+([A-Za-z_]\w*)", re.MULTILINE)


def code_facts(
    nb: NotebookNode,
    skipped_names: dict[str, str] | None = None,
    signatures: dict[str, list[str]] | None = None,
    task_data: Collection[str] | None = None,
) -> dict[str, Any]:
    """What the tester's messages may say of the student's own code, read from its source before it runs (the test
    cells left out): ``names``, every identifier written in it (comments and strings included), the names a message
    may show of what the code reports while it runs (``tester.ShownNames``); ``raises``, per exception type, the
    code's own ``raise``/``assert`` lines (at most three; the instructor's given cells left out), and ``raises_in``
    the same per function (``Class.method`` for a method), every line; ``skipped``, the
    names only a demonstration cell binds (not run when graded) and that cell; ``unanswered``, the answer cells
    (grade_ids) that still hold the release's stub (``# YOUR CODE HERE`` and ``raise NotImplementedError()``);
    ``defines``, per name a cell binds at its top level (a def, a class, an assignment, an import), the first such
    cell; ``classes``, the classes the student's cells define (at any depth); ``redefined``, per function or class
    bound in more than one cell, those cells (and those setting an
    attribute of it afterwards, ``SigmoidMLP.train = f``: ``patched``, per such name); ``order``, the code cells in
    notebook order; ``answers``, the answer cells; ``reads``, per function or class an answer cell defines, the
    notebook's variables its code reads without binding them (:func:`globals_read`): those bound by the student's
    cells, and the given cells' but ``task_data``, the ones the model solution reads too (None: no given cell's);
    ``state``, those variables first bound to an empty container (``_cache = {}``);
    ``reordered``, per function or method (``Class.method``) of ``signatures`` (the tasks' parameter names) that an
    answer cell defines with the same parameters in another order, [its parameters, the task's]; ``changed``, those
    it defines with other parameters (one added, dropped or renamed), the same pair; ``matrix``, the functions and
    methods of the student's cells that reach ``np.matrix`` (``np.asmatrix``, ``np.mat``), themselves, through a
    function of the notebook they call or in a method of their class, and write ``*`` or ``**``: the matrix product
    and power there (round 84: MATLAB habits told only as shape errors)."""
    names: set[str] = set()
    raises: dict[str, list[str]] = {}
    raises_in: dict[str, dict[str, list[str]]] = {}  # function or Class.method -> its own raise lines, per type
    callees: dict[str, set[str]] = {}  # function or Class.method -> the names it calls
    unanswered: list[str] = []
    defines: dict[str, str] = {}
    bound_in: dict[str, list[str]] = {}  # every cell binding a name at its top level, in order
    functions: set[str] = set()  # the names a def or a class binds
    variables: dict[str, str] = {}  # a name an assignment binds at a cell's top level to more than a literal -> cell
    state: set[str] = set()  # those of them first bound to an empty container (a cache the functions fill)
    patched: dict[str, list[str]] = {}  # a name bound before -> the cells that set an attribute of it afterwards
    defs: list[tuple[ast.stmt, str]] = []  # the answer cells' functions and classes, and their cells
    reordered: dict[str, list[list[str]]] = {}  # function -> [its parameters, the task's], same names, another order
    changed: dict[str, list[list[str]]] = {}  # function -> [its parameters, the task's], other names or another count
    makes_matrix: set[str] = set()  # functions and Class.methods (the student's cells) that build an np.matrix
    stars: set[str] = set()  # ... and those writing * or ** (or *=, **=)
    classes: set[str] = set()  # the classes the student's cells define, at any depth
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or is_test_cell(cell) or holds_hidden_tests(cell):
            continue
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and "YOUR CODE HERE" in cell.source and "raise NotImplementedError" in cell.source:
            unanswered.append(cell_name(cell, index))  # the release's stub, as nbgrader writes it
        names.update(IDENTIFIER.findall(cell.source))
        lines = cell.source.splitlines()
        this = cell_name(cell, index)
        try:  # the scan's parse: cached, and one at a time (CPython 3.11's parser is not safe in threads)
            tree = parse("\n".join("" if ln.lstrip().startswith(("%", "!")) else ln for ln in lines))
        except (SyntaxError, ValueError):
            # a cell that does not compile still says what it meant to define (round 41: a test of a function it
            # defines said only "did the cell that defines it run without errors?", not which cell, nor why)
            for match in TOP_LEVEL_DEF.finditer(cell.source):
                defines.setdefault(match[1], this)
            continue
        for name in _top_level_names(tree):
            defines.setdefault(name, this)
            if this not in bound_in.setdefault(name, []):
                bound_in[name].append(this)
        for name in _patched_roots(tree):  # round 75: SigmoidMLP.train = ... in a later cell, told "defined again"
            if name in bound_in and this not in bound_in[name]:
                bound_in[name].append(this)
                patched.setdefault(name, []).append(this)
        functions.update(n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef)))
        given = bool(meta.get("locked")) and not meta.get("solution")  # the instructor's code, not the student's
        # the given cells' data the model solution reads (train_mlp's XOR_INPUTS) is the tasks' to read, whichever
        # cell binds it; the rest (relu's W_init) is the student's to pass as an argument (round 74: yhat reading
        # W_init, told "W is missing")
        for name, value in notebook_variables(tree) if not given or task_data is not None else []:
            if name not in (task_data or ()) and name not in variables:
                variables[name] = this
                if _empty_container(value):
                    state.add(name)
        if meta.get("solution"):
            defs += [(n, this) for n in tree.body if isinstance(n, DEFINITIONS)]
            for name, params in parameter_names(tree).items():
                task = list((signatures or {}).get(name, ()))
                if list(params) != task and sorted(params) == sorted(task):  # round 65: (x, dy, W, b) for (dy, x, ...)
                    reordered[name] = [list(params), task]
                elif name in (signatures or {}) and list(params) != task:  # round 79: one added, dropped or renamed
                    changed[name] = [list(params), task]
        nodes = [] if given else list(ast.walk(tree))  # the student's cell's nodes, walked once
        classes.update(n.name for n in nodes if isinstance(n, ast.ClassDef))
        for node in nodes:
            if (raised := _raised(node)) is not None:
                said, line = raises.setdefault(raised, []), lines[node.lineno - 1].strip()[:160]
                if len(said) < 3 and line not in said:
                    said.append(line)
        # per function (round 68: a strict answer's assert that refused a call was told as two others of the notebook)
        for name, function in [] if given else _functions(tree):
            inside = list(ast.walk(function))
            callees[name] = {n.func.id for n in inside if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
            if any(_builds_matrix(n) for n in inside):
                makes_matrix.add(name)
            if any(_star(n) for n in inside):
                stars.add(name)
            for node in inside:
                if (raised := _raised(node)) is not None:
                    said = raises_in.setdefault(name, {}).setdefault(raised, [])
                    line = lines[node.lineno - 1].strip()[:160]
                    if line not in said:
                        said.append(line)
    return {
        "names": sorted(names),
        "raises": raises,
        "raises_in": _with_callees(raises_in, callees),
        "skipped": dict(skipped_names or {}),
        "unanswered": unanswered,
        "defines": defines,
        "redefined": {name: cells for name, cells in bound_in.items() if len(cells) > 1 and name in functions},
        "patched": {name: cells for name, cells in patched.items() if name in functions},
        "order": [cell_name(c, i) for i, c in enumerate(nb.cells) if c.cell_type == "code"],
        "answers": [cell_name(c, i) for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("solution")],
        "reads": globals_read(defs, {n: c for n, c in variables.items() if n not in functions}),
        "state": sorted(state),
        "reordered": reordered,
        "changed": changed,
        "matrix": _matrix_users(makes_matrix, stars, callees),
        "classes": sorted(classes),
    }


MATRIX_BUILDERS = {"matrix", "asmatrix", "mat", "bmat"}  # numpy's np.matrix constructors


def _builds_matrix(node: ast.AST) -> bool:
    """A call of an np.matrix constructor (``np.asmatrix(x)``, ``numpy.matrix(...)``, ``asmatrix(x)``)."""
    if not isinstance(node, ast.Call):
        return False
    f = node.func
    return (isinstance(f, ast.Attribute) and f.attr in MATRIX_BUILDERS) or (
        isinstance(f, ast.Name) and f.id in MATRIX_BUILDERS - {"mat"}
    )


def _star(node: ast.AST) -> bool:
    """A ``*`` or ``**`` (``a * b``, ``a ** 2``, ``a *= b``)."""
    op = node.op if isinstance(node, (ast.BinOp, ast.AugAssign)) else None
    return isinstance(op, (ast.Mult, ast.Pow))


def _matrix_users(makes: set[str], stars: set[str], callees: dict[str, set[str]]) -> list[str]:
    """The functions and methods that write ``*`` or ``**`` and reach an np.matrix: built by themselves, by a function
    of the notebook they call (and so on), or by another method of their class (``self.W = np.asmatrix(W)``)."""
    out = []
    for name in sorted(stars):
        cls = name.partition(".")[0] if "." in name else None
        reached, todo = {name}, [name]
        while todo:
            for f in callees.get(todo.pop(), ()):
                if f in callees and f not in reached:
                    reached.add(f)
                    todo.append(f)
        if reached & makes or (cls and any(m.partition(".")[0] == cls for m in makes)):
            out.append(name)
    return out


DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _with_callees(raises_in: dict[str, dict[str, list[str]]], callees: dict[str, set[str]]) -> dict[str, Any]:
    """Per function, its own raise lines with those of the notebook's functions it calls by name, and so on (a
    ``_check_run`` helper of the student's calling ``_check_xy``), per exception type; functions with none left
    out."""
    out: dict[str, dict[str, list[str]]] = {}
    for name in callees:
        reached, todo = [name], [name]
        while todo:
            for f in sorted(callees.get(todo.pop(), ())):
                if f in callees and f not in reached:
                    reached.append(f)
                    todo.append(f)
        kinds: dict[str, list[str]] = {}
        for f in reached:
            for kind, lines in raises_in.get(f, {}).items():
                said = kinds.setdefault(kind, [])
                said += [line for line in lines if line not in said]
        if kinds:
            out[name] = kinds
    return out


def _raised(node: ast.AST) -> str | None:
    """The exception type an ``assert`` or a ``raise`` of the student's raises (None: another node, a bare ``raise``,
    the release stub's ``NotImplementedError`` or a type not written as a name)."""
    if isinstance(node, ast.Assert):
        return "AssertionError"
    if not isinstance(node, ast.Raise) or node.exc is None:
        return None
    exc = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
    raised = exc.id if isinstance(exc, ast.Name) else exc.attr if isinstance(exc, ast.Attribute) else ""
    return raised if raised and raised != "NotImplementedError" else None


def _functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """(name, node) of the functions a cell defines at its top level, and of its classes' methods as
    ``Class.method``."""
    out: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out.append((node.name, node))
        elif isinstance(node, ast.ClassDef):
            methods = [m for m in node.body if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
            out += [(f"{node.name}.{m.name}", m) for m in methods]
    return out


def parameter_names(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """{function or Class.method: the names of its parameters (a method's first, self, left out)} for the functions
    and classes a cell defines at its top level."""
    out: dict[str, tuple[str, ...]] = {}
    for name, f in _functions(tree):
        method = name.partition(".")[2]
        if method.startswith("__"):
            continue
        a = f.args
        params = tuple(p.arg for p in [*a.posonlyargs, *a.args, *a.kwonlyargs])
        out[name] = params[1:] if method else params
    return out


def _literal(value: ast.expr | None) -> bool:
    """A number, string, or a tuple of them (``EPS = 1e-12``, ``SIZES = (2, 3)``): a constant, not data."""
    if isinstance(value, ast.UnaryOp):
        value = value.operand
    if isinstance(value, ast.Tuple):
        return all(_literal(v) for v in value.elts)
    return value is None or isinstance(value, ast.Constant)


def globals_read(defs: list[tuple[ast.stmt, str]], variables: dict[str, str]) -> dict[str, list[list[str]]]:
    """{function or class name: [[variable, the cell binding it], ...]} for the notebook variables (``variables``:
    each bound by an assignment at the top level of a cell, never by a def, class or import, with the first cell
    binding it; :func:`code_facts` chooses which cells' variables count) that the code
    of ``defs`` (a def or class, its cell) reads and never binds itself, bound in another cell than its own: data a
    graded function takes from the notebook instead of its arguments (round 63: dense_backward computing dW with the
    notebook's X, told only as a shape error). A cell's own constants and tables are the student's design."""
    out: dict[str, list[list[str]]] = {}
    for node, cell in defs:
        loaded, bound = set(), set()
        for n in ast.walk(node):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
                bound.add(n.func.id)  # a callable (relu = lambda z: ..., a partial): code, not data
            elif isinstance(n, ast.Name):
                (loaded if isinstance(n.ctx, ast.Load) else bound).add(n.id)
            elif isinstance(n, ast.arg):
                bound.add(n.arg)
            elif isinstance(n, DEFINITIONS) and n is not node:
                bound.add(n.name)
        read = sorted(name for name in loaded - bound if variables.get(name, cell) != cell)
        if read:
            out[node.name] = [[name, variables[name]] for name in read[:3]]
    return out


def notebook_variables(tree: ast.Module) -> list[tuple[str, ast.expr | None]]:
    """The names a cell's top-level assignments bind to more than a literal, with the value bound: data a function
    may read (:func:`globals_read`)."""
    return [
        (n.id, node.value)
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and not _literal(node.value)
        for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        for n in ast.walk(t)
        if isinstance(n, ast.Name)
    ]


def _empty_container(value: ast.expr | None) -> bool:
    """``{}``, ``[]``, ``dict()``, ``set()``...: a place for state (a cache the functions fill), not data."""
    if isinstance(value, ast.Dict):
        return not value.keys
    if isinstance(value, (ast.List, ast.Set)):
        return not value.elts
    if not isinstance(value, ast.Call) or not isinstance(value.func, ast.Name) or value.keywords:
        return False
    empty = value.func.id in ("dict", "list", "set", "OrderedDict") and not value.args
    return empty or (value.func.id == "defaultdict" and len(value.args) <= 1)


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a cell binds outside its functions and classes' bodies (statements nested in if/for/with/try
    included)."""
    names: list[str] = []
    todo: list[ast.stmt] = list(tree.body)
    while todo:
        node = todo.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names += [(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"]
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            # names bound, not read: W[0] = 1 and SigmoidMLP.train = f bind no name (the latter: _patched_roots)
            names += [
                n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
            ]
        else:
            bound = [node.target] if isinstance(node, (ast.For, ast.AsyncFor)) else []
            bound += [i.optional_vars for i in getattr(node, "items", []) if i.optional_vars is not None]
            names += [n.id for t in bound for n in ast.walk(t) if isinstance(n, ast.Name)]
            for field_name in ("body", "orelse", "finalbody", "handlers"):
                todo += [n for n in getattr(node, field_name, []) or [] if isinstance(n, (ast.stmt, ast.excepthandler))]
    return names


def _patched_roots(tree: ast.Module) -> list[str]:
    """The names a cell's top-level statements set an attribute of (``SigmoidMLP.train = f``: a class patched)."""
    roots = []
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                while isinstance(target, ast.Attribute):
                    target = target.value
                    if isinstance(target, ast.Name):
                        roots.append(target.id)
    return roots


def error_output(ename: str, evalue: str) -> NotebookNode:
    return NotebookNode(output_type="error", ename=ename, evalue=evalue, traceback=[f"{ename}: {evalue}"])


def asks_exit(reply: dict[str, Any] | None) -> bool:
    """Whether a kernel's execute reply carries IPython's ``ask_exit`` payload (``exit()`` or ``quit()`` ran)."""
    payload = ((reply or {}).get("content") or {}).get("payload") or []
    return any(isinstance(p, dict) and p.get("source") == "ask_exit" and not p.get("keepkernel") for p in payload)


class TrustedExecute(Execute):
    """nbgrader's ``Execute``, with every test cell run by the trusted tester (module docstring)."""

    def __init__(
        self,
        kernel: Any = None,
        seed: int = 0,
        notebook_names: Any = (),
        setup: str = "",
        skipped_names: dict[str, str] | None = None,
        replacement: Any = None,
        files: dict[str, Path] | None = None,
        signatures: dict[str, list[str]] | None = None,
        task_data: list[str] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(**kw)
        self.kernel = kernel  # a SandboxedKernel, with its tester
        self.replacement = replacement  # () -> a fresh SandboxedKernel, for a restart (None: no restart)
        self.files = files or {}  # what the working directory of a new kernel gets
        self.retired: list[Any] = []  # kernels that died or were stopped, replaced by a new one
        self.current_index = 0  # the cell being run
        self.seed = seed
        self.notebook_names = list(notebook_names)
        self.skipped_names = dict(skipped_names or {})
        self.signatures = dict(signatures or {})  # function -> the task's parameter names (master_facts)
        self.task_data = task_data  # the given cells' variables the model solution reads (master_facts)
        self.code: dict[str, Any] = {}  # code_facts of the notebook run
        self.setup = setup
        self.stopped = ""  # why the kernel can run nothing more ("" while it can)
        self.started = time.monotonic()  # when this notebook's execution began (its time budget)
        self.tester_broken = ""  # why the tester can run nothing more
        self.findings: list[Finding] = []
        self.output_bytes: dict[int, int] = {}  # per cell index, the size of the outputs kept
        self.output_cut: set[int] = set()
        self.exit_asked = False  # the last cell run in the kernel called exit() / quit()
        self.cell_errors: dict[str, str] = {}  # per kernel cell that ended with an error, its type (for messages)
        self.cell_cpu: dict[str, float] = {}  # per code cell, the CPU seconds its kernel and tester used to run it

    def on_cell_executed(self, **kwargs: Any) -> None:
        """nbclient's hook after each kernel cell: nbgrader's (which records a timeout's error), then note an
        ``exit()``, which stops the kernel moments later."""
        super().on_cell_executed(**kwargs)
        self.exit_asked = asks_exit(kwargs.get("execute_reply"))

    def output(self, outs: list[NotebookNode], msg: dict[str, Any], display_id: Any, cell_index: int) -> Any:
        """nbclient's output handling, with a size limit per cell and per notebook, checked as outputs arrive."""
        content = msg.get("content", {})
        size = len(str(content.get("text", ""))) + sum(len(str(v)) for v in (content.get("data") or {}).values())
        size += sum(len(str(t)) for t in content.get("traceback") or [])
        kept = self.output_bytes.get(cell_index, 0)
        if kept + size > CELL_OUTPUT_MAX_BYTES or sum(self.output_bytes.values()) + size > NOTEBOOK_OUTPUT_MAX_BYTES:
            if cell_index not in self.output_cut:
                self.output_cut.add(cell_index)
                limit = CELL_OUTPUT_MAX_BYTES // 2**20
                note = f"\n... output cut: over {limit} MB for this cell (or the notebook's limit) ...\n"
                outs.append(NotebookNode(output_type="stream", name="stdout", text=note))
                self.findings.append(
                    Finding(
                        "output-cut",
                        "note",
                        str(cell_index),
                        f"the output of cell #{cell_index} was cut: it was over the size limit",
                    )
                )
            return None
        self.output_bytes[cell_index] = kept + size
        return super().output(outs, msg, display_id, cell_index)

    def preprocess(self, nb: NotebookNode, resources: Any = None, km: Any = None) -> Any:
        self.started = time.monotonic()
        self.code = code_facts(nb, self.skipped_names, self.signatures, self.task_data)
        try:
            problem = self.kernel.tester.init(self.seed, self.notebook_names, self.setup, self.code)
            if problem:
                self.tester_broken = f"the tests' shared definitions failed: {problem}"
                self.findings.append(Finding("test-error", "ungradable", "", self.tester_broken))
        except TesterGone as e:
            tail = self.kernel.tester_log_tail()
            self.tester_broken = f"the grader's test process did not start ({e})" + (f": {tail}" if tail else "")
            self.findings.append(Finding(TESTER_NOT_STARTED, "ungradable", "", self.tester_broken))
        return super().preprocess(nb, resources, km=km)

    def preprocess_cell(self, cell: NotebookNode, resources: Any, index: int) -> Any:
        if cell.cell_type != "code":
            return cell, resources
        self.current_index = index
        name = cell_name(cell, index)
        self._check_budget(name)
        kernel, cpu_before = self.kernel, self.kernel.cpu_used()
        try:
            self._run_cell(cell, resources, index, name)
        finally:
            if self.kernel is kernel:  # after a restart, the cell's CPU is split over two kernels: not counted
                self.cell_cpu[name] = round(kernel.cpu_used() - cpu_before, 3)
        return cell, resources

    def _run_cell(self, cell: NotebookNode, resources: Any, index: int, name: str) -> None:
        if is_test_cell(cell):
            self._run_test(cell, name)
        elif holds_hidden_tests(cell):
            # test code never enters the student's kernel, whatever the cell claims to be
            cell.outputs = [error_output("NotRun", "this locked cell holds hidden-test markers, so it was not run")]
            self.findings.append(
                Finding(
                    "hidden-marker-cell",
                    "note",
                    name,
                    "a locked cell that is not a test cell holds hidden-test markers; it was not run",
                )
            )
        elif self.stopped:
            cell.outputs = []
        else:
            self._run_in_kernel(cell, resources, index, name)

    def _check_budget(self, name: str) -> None:
        """Stop the notebook (``self.stopped``) before cell ``name`` once its execution has taken
        NOTEBOOK_BUDGET_CELLS cells' time limits in all: the cells left are not run (their tests score 0)."""
        budget = NOTEBOOK_BUDGET_CELLS * float(self.timeout or 60)
        if self.stopped or self.tester_broken or time.monotonic() - self.started <= budget:
            return
        self.stopped = (
            f"the notebook used up its time budget ({budget:g} s, {NOTEBOOK_BUDGET_CELLS} cells' time limits)"
        )
        self.findings.append(
            Finding("time-budget", "ungradable", name, f"{self.stopped}: the cells from {name} on were not run")
        )

    # -- answer cells and every other cell: the student's kernel

    def _run_in_kernel(self, cell: NotebookNode, resources: Any, index: int, name: str) -> None:
        try:
            super().preprocess_cell(cell, resources, index)
        except DeadKernelError:
            self._kernel_stopped(cell, name, "died")
            return
        except CellTimeoutError:
            self._kernel_stopped(cell, name, "stopped answering (it ignored an interrupt, or sent an over-size output)")
            return
        if self.exit_asked:
            # ipykernel stops its event loop 0.1 s after exit(): the kernel would die during a later cell,
            # and be blamed on it. It is this cell that ended it.
            self._kernel_stopped(cell, name, "died", " (it called exit())")
            return
        errors = [str(o.get("ename", "")) for o in cell.outputs if o.get("output_type") == "error"]
        if errors:  # nbgrader's name for a cell over its time limit is Python's TimeoutError to the tester
            self.cell_errors[name] = "TimeoutError" if errors[-1] == "CellTimeoutError" else errors[-1]
        timed_out = "CellTimeoutError" in errors
        if timed_out and not self._answers():
            # interrupted at the time limit, but the kernel is still busy (it ignores SIGINT): stop here
            # rather than let every later cell wait out its own time limit
            self._kernel_stopped(cell, name, "ignored the interrupt after the time limit")

    def _answers(self) -> bool:
        """Whether the kernel answers a trivial request within PROBE_SECONDS."""
        msg_id = self.kc.execute("", silent=True, store_history=False, allow_stdin=False)
        return self._wait_reply(msg_id, PROBE_SECONDS) is not None

    def _kernel_stopped(self, cell: NotebookNode, name: str, how: str, why: str = "") -> None:
        kind = "kernel-died" if how == "died" else "kernel-hung"
        what = f"the kernel {how} in cell {name}" if how != "died" else f"the kernel died while running cell {name}"
        what += why
        cell.outputs.append(error_output("KernelDied" if how == "died" else "KernelHung", what))
        self.findings.append(Finding(kind, "ungradable", name, f"{what}; {self._go_on(what)}"))

    def _go_on(self, what: str) -> str:
        """After the kernel died or was stopped in the current cell: go on with a new one (:meth:`_restart`), or
        stop (``self.stopped``). Returns what happened next, for the finding."""
        self.kernel.kill()
        if self._restart():
            return (
                "a new kernel ran the code cells before it again (their outputs are the first run's) and grading "
                "went on after it"
            )
        self.stopped = what
        return "the cells after it could not run"

    def _restart(self) -> bool:
        """Replace the kernel that died (or was stopped) in the current cell by a new one from the pool with its own
        tester, and run the code cells before that cell in it again (not the test cells: their results stand), so
        that a crash in one function costs only the tests that reach it. At most MAX_RESTARTS per notebook; False
        when no restart is possible or the new kernel fails too (then the notebook stops there, as before)."""
        if self.replacement is None or len(self.retired) >= MAX_RESTARTS or self.tester_broken:
            return False
        self.retired.append(self.kernel)
        self.exit_asked = False
        with contextlib.suppress(Exception):
            self.kc.stop_channels()
        try:
            self.kernel = self.replacement()
            self.kernel.add_files(self.files)
            from ..sandbox import make_kernel_manager

            self.km = make_kernel_manager(self.kernel)
            self.start_new_kernel_client()
            if self.kernel.tester.init(self.seed, self.notebook_names, self.setup, self.code):
                return False
            for cell in self.nb.cells[: self.current_index]:
                if cell.cell_type != "code" or is_test_cell(cell) or holds_hidden_tests(cell):
                    continue
                if any(o.get("ename") == "MemoryError" for o in cell.get("outputs", [])):
                    continue  # it used up the memory the first time: run again, it would do it again
                msg_id = self.kc.execute(cell.source, store_history=True, allow_stdin=False, stop_on_error=False)
                reply = self._wait_reply(msg_id, float(self._get_timeout(cell) or 60))
                if reply is None or not self.kernel.alive() or asks_exit(reply):
                    return False
        except Exception:  # noqa: BLE001  (no new kernel, or it failed too: stop as before)
            return False
        return True

    # -- test cells: the tester

    def _run_test(self, cell: NotebookNode, name: str, again: bool = False) -> None:
        if self.stopped or self.tester_broken:
            reason = self.stopped or self.tester_broken
            cell.outputs = [error_output("KernelError" if self.stopped else "GraderError", f"not run: {reason}")]
            return
        timeout = float(self._get_timeout(cell) or 60)
        msg_id = self.kc.execute(SERVE_CODE, silent=True, store_history=False, allow_stdin=False, stop_on_error=False)
        try:
            reply = self.kernel.tester.run(name, cell.source, timeout, self.cell_errors)
        except TesterGone as e:
            self.tester_broken = f"the grader's test process failed in {name} ({e})"
            reply = {
                "status": "error",
                "outputs": [dict(error_output("GraderError", f"the test could not be run: {e} (not your fault)"))],
                "notes": [],
            }
            self.findings.append(Finding("grader-error", "ungradable", name, self.tester_broken))
        if reply.get("status") == "timeout":
            self.findings.append(
                Finding(
                    "test-timeout", "ungradable", name, f"test cell {name} timed out after {timeout:g} s (scored 0)"
                )
            )
        if reply.get("status") == "runaway":
            self.findings.append(
                Finding(
                    "test-runaway",
                    "ungradable",
                    name,
                    f"test cell {name} was stopped: the student's code kept calling the functions the test gave it "
                    "(an endless loop, or far more steps than asked; scored 0)",
                )
            )
        if reply.get("status") in ("timeout", "runaway", "error"):
            with contextlib.suppress(Exception):
                run_sync(self.km.interrupt_kernel)()
        ended = False
        if not self.tester_broken:
            try:
                ended = self.kernel.tester.end()
            except TesterGone as e:
                self.tester_broken = f"the grader's test process failed after {name} ({e})"
        served = (
            None if not self.kernel.alive() else self._wait_reply(msg_id, END_SECONDS if ended else 2 * END_SECONDS)
        )
        if not self.kernel.alive():
            self._kernel_stopped_in_test(name, "died")
        elif served is None:
            self._kernel_stopped_in_test(name, "stopped answering")
        elif asks_exit(served):  # student code the test called ran exit(): the kernel stops moments later
            self._kernel_stopped_in_test(name, "died")
        elif reply.get("status") == "kernel":  # alive, but the tester cannot reach it (no session, a broken bridge)
            self._kernel_stopped_in_test(name, "did not answer the tests")
            if not self.stopped and not again:  # a new kernel (an earlier cell had used up the memory): run it there
                self._run_test(cell, name, again=True)
                return
        elif not ended and not self.tester_broken:
            # the kernel left the test late (round 32: slowed at its memory limit by four (3000, 3000) arrays): this
            # test's result stands, but its tester has given up on it, so the next tests get a new kernel
            self._kernel_stopped_in_test(name, "did not close the test's session in time")
        cell.outputs = [NotebookNode(o) for o in reply.get("outputs", [])]
        for note in reply.get("notes", []):
            self.findings.append(Finding("test-note", "note", name, str(note)))
        if reply.get("diagnosis"):
            self.findings.append(Finding("diagnosis", "note", name, str(reply["diagnosis"])))
        if reply.get("status") == "error" and not self.tester_broken:
            self.findings.append(Finding("test-error", "ungradable", name, f"test cell {name} itself failed"))

    def _kernel_stopped_in_test(self, name: str, how: str) -> None:
        what = f"the kernel {how} while test cell {name} ran"
        kind = "kernel-died" if how == "died" else "kernel-hung"
        self.findings.append(Finding(kind, "ungradable", name, f"{what}; {self._go_on(what)}"))

    async def _async_wait_reply(self, msg_id: str, timeout: float) -> dict[str, Any] | None:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                msg = await ensure_async(self.kc.shell_channel.get_msg(timeout=min(left, 1.0)))
            except Empty:
                if not self.kernel.alive():
                    return None
                continue
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg
        return None

    _wait_reply = run_sync(_async_wait_reply)


def execute_job(pool: Any, job: ExecJob) -> ExecResult:
    """Execute ``job.notebook`` in place on a kernel (and tester) from ``pool``; never raises."""
    from ..sandbox import KernelLost, make_kernel_manager

    t0 = time.monotonic()
    result = ExecResult(notebook=None)
    try:
        kernel = pool.acquire()
    except BaseException as e:  # noqa: BLE001
        result.error = e
        return result
    result.waited = time.monotonic() - t0
    timer: threading.Timer | None = None
    ep: TrustedExecute | None = None
    placement = getattr(pool, "placement", None)
    cpu = placement.take() if placement is not None else None

    def placed_kernel() -> Any:  # a replacement kernel (after a crash) runs on the notebook's CPU too
        new = pool.acquire()
        new.pin(cpu)
        return new

    try:
        kernel.pin(cpu)
        kernel.add_files(job.files)
        config = copy.deepcopy(job.config)
        if job.timeout is not None:  # via the config: ExecutePreprocessor.preprocess re-reads it
            config.Execute.timeout = job.timeout
        ep = TrustedExecute(
            kernel=kernel,
            seed=job.seed,
            notebook_names=job.notebook_names,
            setup=job.setup,
            skipped_names=job.skipped_names,
            signatures=job.signatures,
            task_data=job.task_data,
            replacement=placed_kernel,
            files=job.files,
            config=config,
        )

        def on_cell_execute(cell: Any, cell_index: int, **kw: Any) -> None:
            result.last_cell = cell_index
            result.last_cell_name = cell_name(cell, cell_index)

        ep.on_cell_execute = on_cell_execute
        n_code = sum(c.cell_type == "code" for c in job.notebook.cells)
        budget = (ep.timeout or 60) * (n_code + 1) + 60

        def watchdog() -> None:
            result.watchdog = True
            (ep.kernel if ep is not None else kernel).kill()

        timer = threading.Timer(budget, watchdog)
        timer.daemon = True
        timer.start()
        ep.preprocess(job.notebook, {"metadata": {"path": "/scratch"}}, km=make_kernel_manager(kernel))
        result.notebook = job.notebook
    except BaseException as e:  # noqa: BLE001
        result.error = e
    finally:
        if timer is not None:
            timer.cancel()
        if ep is not None:
            result.findings = ep.findings
            result.cell_cpu = ep.cell_cpu
            if ep.kc is not None:
                with contextlib.suppress(Exception):
                    ep.kc.stop_channels()
        kernels = [kernel, *(ep.retired if ep is not None else []), *([ep.kernel] if ep is not None else [])]
        kernels = list({id(k): k for k in kernels}.values())  # the first, those replaced, the last
        for k in kernels:
            k.kill()
        result.kernel_cpu = sum(k.cpu_seconds for k in kernels)
        result.kernel_log = next((k.log_tail for k in kernels if k.log_tail.strip()), kernel.log_tail)
        if isinstance(result.error, KernelLost):  # no student code ran: its log is the grader's own
            tail = "; ".join(ln.strip() for ln in result.kernel_log.splitlines()[-3:] if ln.strip())
            result.findings.append(
                Finding(KERNEL_LOST, "ungradable", "", f"{result.error} (its log: {tail or 'empty'})")
            )
        hit = list(dict.fromkeys(h for k in kernels for h in k.limits_hit))
        result.findings += limit_findings(hit, pool.factory.limits)
        result.seconds = time.monotonic() - t0 - result.waited
        if placement is not None:
            placement.give_back(cpu)
    return result


def limit_findings(hit: list[str], limits: Limits) -> list[Finding]:
    """A flag for each sandbox limit the submission ran into, naming the limit."""
    messages = {
        "memory": f"the sandbox reached its memory limit ({limits.memory_mb} MB for all its processes together): "
        "the kernel's OOM killer ended some of them (if the notebook's kernel was one, the finding on its death says "
        "what came next)",
        "processes": f"the sandbox reached its process limit ({limits.processes} processes and threads): a fork "
        "bomb, or too many threads",
        "scratch space": f"the sandbox's working directory (/scratch, {limits.scratch_mb} MB) was full",
        "/tmp space": f"the sandbox's /tmp ({limits.tmp_mb} MB) was full",
    }
    return [Finding(f"limit-{h.split()[0].strip('/')}", "ungradable", "", messages[h]) for h in hit if h in messages]


def job_key(job: ExecJob) -> str:
    """What makes two executions the same: every cell (type, source, nbgrader role, tags), the files, the
    seed, the time limits, the tests' setup. Two students' identical notebooks give the same key."""
    h = hashlib.sha256()
    for cell in job.notebook.cells:
        meta = cell.get("metadata", {})
        role = json.dumps([meta.get("nbgrader", {}), meta.get("tags", [])], sort_keys=True, default=str)
        h.update(f"{cell.cell_type}\0{cell.source}\0{role}\0".encode())
    for rel, path in sorted(job.files.items()):
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    h.update(f"{job.seed}\0{job.timeout}\0{job.setup}\0{sorted(job.notebook_names)}".encode())
    h.update(json.dumps([job.skipped_names, job.signatures], sort_keys=True).encode())
    return h.hexdigest()


class SharedExecutions:
    """An executor that runs identical jobs once per grading run and hands each submission a copy of the result.

    Wraps any executor (``start()``, ``submit(ExecJob) -> Future[ExecResult]``, ``close()``). The first
    submission of a notebook runs it; identical ones (the untouched release, a copied notebook) wait for
    that run and get its outputs in their own notebook, its findings, and a note naming the submission
    that ran. A run the grader itself failed (its tester
    did not start) is not shared: the next identical job runs again.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.lock = threading.Lock()
        self.runs: dict[str, tuple[str, concurrent.futures.Future[ExecResult]]] = {}
        self.missing = getattr(inner, "missing", [])
        self.executed = 0  # jobs actually executed by ``inner``
        self.shared = 0  # jobs answered with another's result

    def start(self) -> None:
        self.inner.start()

    def close(self) -> None:
        self.inner.close()

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        key = job_key(job)
        with self.lock:
            known = self.runs.get(key)
            if known is None or (known[1].done() and not _shareable(known[1])):
                future = self.inner.submit(job)
                self.runs[key] = (job.label, future)
                self.executed += 1
                return future
            self.shared += 1
        label, first = known
        out: concurrent.futures.Future[ExecResult] = concurrent.futures.Future()

        def copy_result(done: concurrent.futures.Future[ExecResult]) -> None:
            if not _shareable(done):  # the grader failed that run: run this one for itself
                with self.lock:
                    self.shared -= 1
                    self.executed += 1
                retry = self.inner.submit(job)
                retry.add_done_callback(lambda f: _transfer(f, out))
                return
            result = copy.copy(done.result())
            if result.notebook is not None:  # this submission's own notebook, with the outputs of that run
                for mine, ran in zip(job.notebook.cells, result.notebook.cells, strict=True):
                    if mine.cell_type == "code":
                        mine.outputs = copy.deepcopy(ran.outputs)
                        mine.execution_count = ran.execution_count
                result.notebook = job.notebook
            note = f"executed once for this notebook and {label}'s, which is identical"
            result.findings = [*result.findings, Finding("identical-submission", "note", "", note)]
            out.set_result(result)

        first.add_done_callback(copy_result)
        return out


def _shareable(future: concurrent.futures.Future[ExecResult]) -> bool:
    try:
        result = future.result()
    except BaseException:  # noqa: BLE001
        return False
    return not any(f.kind in GRADER_FAULTS for f in result.findings)


def _transfer(source: concurrent.futures.Future[ExecResult], target: concurrent.futures.Future[ExecResult]) -> None:
    try:
        target.set_result(source.result())
    except BaseException as e:  # noqa: BLE001
        target.set_exception(e)


class LocalExecutor:
    """Runs :class:`ExecJob` s on this machine: ``workers`` threads, each on a fresh pooled kernel."""

    def __init__(self, run_dir: Path, workers: int, sandbox: bool, limits: Limits, protected: list[Path]) -> None:
        from ..sandbox import KernelFactory, KernelPool

        self.pool = KernelPool(KernelFactory(run_dir, limits, sandbox=sandbox, protected=protected), workers)
        self.threads = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="exec")
        self.missing = self.pool.factory.missing  # protections this machine cannot give (no cgroups)

    def start(self) -> None:
        self.pool.start()

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        return self.threads.submit(execute_job, self.pool, job)

    def close(self) -> None:
        self.threads.shutdown(wait=True)
        self.pool.close()


class PreExecuted:
    """An executor whose notebooks come back at once, as given (benchmarks of everything but execution)."""

    missing: list[str] = []

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def submit(self, job: ExecJob) -> concurrent.futures.Future[ExecResult]:
        future: concurrent.futures.Future[ExecResult] = concurrent.futures.Future()
        future.set_result(ExecResult(notebook=job.notebook))
        return future
