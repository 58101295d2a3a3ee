"""What a TA should know about a submission: unreadable files, changed test cells, and suspicious code.

The score no longer depends on any of this: tests run in the trusted tester
(:mod:`backprop_course.bridge.tester`), out of the student's reach. These looks, none of which runs
the student's code, tell a TA where to look:

* :func:`inspect_submission` (before grading): can nbgrader read the notebook at all (missing,
  renamed, empty, not UTF-8, corrupt JSON); were test cells deleted, edited or duplicated, or the
  nbgrader metadata stripped; symbolic links among the submitted files; and a static scan of the code
  the student controls (:func:`scan_code`).
* :func:`scan_code`: code that reassigns attributes of numpy, builtins, IPython, sys or the course's
  checker, that reaches the kernel's shell (``get_ipython()``, most magics), or that touches files,
  processes, sockets, frames, the kernel's input history or the import system (``integrity``
  findings); star imports, shell escapes and ``%pip`` (notes). Display and timing magics
  (``%matplotlib``, ``%time``, ``%timeit``, ``%precision``, ``%config InlineBackend...``) are fine.
  Inside the functions the tests grade, a difference quotient over a small step or a call of a
  numerical-gradient helper whose value is used (not only asserted) is flagged ``fd-estimate``: a
  finite-difference estimate that happens to be exact (of a linear function, say) passes the tests'
  precision check, so the TA gets to see it.
* :func:`inspect_run` (after grading): answer cells that hung, memory or process caps hit, output
  truncated.

All of them return :class:`~backprop_course.findings.Finding` s.
"""

from __future__ import annotations

import ast
import builtins
import functools
import json
import math
import operator
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..course import skip_autograde_ids
from ..findings import Finding

# Modules whose attributes a submission must not reassign (or whose names it must not rebind).
PROTECTED_MODULES = (
    "numpy",
    "builtins",
    "time",  # time.time = lambda: 0.0 (round 26): a clock the code run with it would trust
    "random",
    "math",
    "IPython",
    "ipykernel",
    "sys",
    "backprop_course",
    "nbgrader",
    "jupyter_client",
)
# Names the notebook's own cells bind to modules before any answer runs.
DEFAULT_ALIASES = {
    "np": "numpy",
    "numpy": "numpy",
    "gradcheck": "backprop_course.gradcheck",
    "__builtins__": "builtins",
}
# Importing any of these is flagged: files, processes, sockets, frames, the import system, the kernel.
RISKY_IMPORTS = {
    "os": "files and processes",
    "posix": "files and processes",
    "subprocess": "processes",
    "multiprocessing": "processes",
    "concurrent": "processes",
    "pty": "processes",
    "signal": "processes (signals)",
    "resource": "process limits",
    "socket": "sockets",
    "ssl": "sockets",
    "select": "sockets",
    "selectors": "sockets",
    "asyncio": "sockets and processes",
    "urllib": "the network",
    "http": "the network",
    "requests": "the network",
    "ftplib": "the network",
    "smtplib": "the network",
    "telnetlib": "the network",
    "webbrowser": "the network",
    "zmq": "sockets (the kernel's own)",
    "shutil": "files",
    "pathlib": "files",
    "glob": "files",
    "io": "files",
    "tempfile": "files",
    "fileinput": "files",
    "mmap": "files",
    "fcntl": "files",
    "sqlite3": "files (databases)",
    "shelve": "files",
    "pickle": "files (code execution)",
    "marshal": "code objects",
    "zipfile": "files",
    "tarfile": "files",
    "ctypes": "raw memory",
    "cffi": "raw memory",
    "inspect": "frames and source code",  # import inspect alone is not flagged: its uses are (INSPECT_HARMLESS)
    "gc": "live objects",
    "traceback": "frames",
    "types": "code objects",  # import types alone is not flagged: its uses are (TYPES_HARMLESS)
    "code": "code execution",
    "codeop": "code execution",
    "runpy": "code execution",
    "importlib": "the import system",
    "pydoc": "any module or object by name (pydoc.locate)",
    "pkgutil": "the import system",
    "site": "the import system",
    "builtins": "builtins",
    "IPython": "the kernel",
    "ipykernel": "the kernel",
    "jupyter_client": "the kernel",
    "nbformat": "notebook files",
    "nbgrader": "the grader",
    "pdb": "frames",
    "bdb": "frames",
    "threading": "threads and tracing",
    "_thread": "threads",
    "weakref": "live objects",
    "atexit": "code run when the kernel ends",
    "__main__": "the notebook's own namespace, where a name built at run time finds any function",
    "ast": "syntax trees: code read or differentiated symbolically",  # round 131: sigma' by differentiating its AST
}
# os.path's functions that compute a path or read whether one exists (round 72: four honest answers built a log
# file's path with os.path.join and were flagged "imports os.path"): ``import os.path``, ``from os import path`` and
# ``from os.path import join`` are not flagged for these; any other use of the names they bind is (``os.system``,
# ``os.path.os``, the module as a value), as a plain ``import os`` is.
OS_PATH_HARMLESS = frozenset(
    {
        "join",
        "basename",
        "dirname",
        "split",
        "splitext",
        "normpath",
        "abspath",
        "relpath",
        "expanduser",
        "exists",
        "isfile",
        "isdir",
        "sep",
    }
)
# What of inspect a notebook may use unflagged: reading a function's parameters, documentation and own source, and
# asking what kind of object something is (round 29: inspect.signature in experiment cells was flagged four times).
# Frames, closures, members and everything else of the module stay flagged.
INSPECT_HARMLESS = frozenset(
    {
        "signature",
        "Signature",
        "Parameter",
        "getdoc",
        "cleandoc",
        "getfullargspec",
        "getsource",
        "getsourcelines",
        "isfunction",
        "ismethod",
        "isclass",
        "isroutine",
        "isbuiltin",
        "isgeneratorfunction",
        "iscoroutinefunction",
        "isabstract",
        "ismodule",
    }
)
# types' attribute holder (round 81: a SimpleNamespace of parameters, updated with setattr in a loop, was flagged
# "imports types (code objects)"); FunctionType, CodeType, ModuleType and the rest stay flagged.
TYPES_HARMLESS = frozenset({"SimpleNamespace"})
# modules whose import is not flagged, only the uses of their members but these (visit_Attribute, visit_Name)
MEMBERS_CHECKED = {"inspect": INSPECT_HARMLESS, "types": TYPES_HARMLESS}
# What a notebook may import of the course's package: the gradient checker and what the given cells use.
STUDENT_MODULES = ("gradcheck", "testing", "checks")
RISKY_CALLS = {
    "open": "opens a file",
    "exec": "runs dynamically built code (exec), which this scan cannot read (a numerical estimate could hide there)",
    "eval": "runs dynamically built code (eval), which this scan cannot read",
    "compile": "compiles code at run time, which this scan cannot read",
    "__import__": "imports modules dynamically (__import__)",
    "get_ipython": "calls get_ipython() (the kernel's shell)",
    "globals": "uses globals() (the namespace the tests use)",
    "breakpoint": "calls breakpoint()",
    "exit": "calls exit()",
    "quit": "calls quit()",
    "input": "reads standard input",
}
NUMPY_FILE_FUNCTIONS = {
    "load",
    "save",
    "savez",
    "savez_compressed",
    "loadtxt",
    "savetxt",
    "genfromtxt",
    "fromfile",
    "tofile",
    "memmap",
    "DataSource",
    "fromregex",
}
DUNDER_ATTRS = {
    "__code__": "function code objects",
    "__globals__": "a function's globals",
    "__closure__": "closures",
    "__defaults__": "function defaults",
    "__kwdefaults__": "function defaults",
    "__dict__": "an object's namespace",
    "__class__": "an object's class",
    "__subclasses__": "the class hierarchy",
    "__bases__": "the class hierarchy",
    "__mro__": "the class hierarchy",
    "__builtins__": "builtins",
    "__import__": "the import system",
    "__loader__": "the import system",
    "__spec__": "the import system",
    "f_back": "stack frames",
    "f_globals": "stack frames",
    "f_locals": "stack frames",
    "f_code": "stack frames",
    "f_builtins": "stack frames",
    "tb_frame": "stack frames",
    "gi_frame": "stack frames",
    "cr_frame": "stack frames",
}
SYS_ATTRS = {
    "_getframe",
    "_current_frames",
    "settrace",
    "setprofile",
    "modules",
    "meta_path",
    "path_hooks",
    "path",
    "addaudithook",
    "exit",
    "stdout",
    "stderr",
    "stdin",
    "displayhook",
    "excepthook",
    "monitoring",
}
# Builtins the tests rely on: rebinding one of them at the top level of a cell is flagged.
TEST_BUILTINS = {
    "AssertionError",
    "Exception",
    "BaseException",
    "isinstance",
    "len",
    "abs",
    "max",
    "min",
    "sum",
    "all",
    "any",
    "float",
    "int",
    "bool",
    "range",
    "zip",
    "enumerate",
    "print",
    "type",
    "getattr",
    "hasattr",
    "dict",
    "list",
    "tuple",
    "round",
    "repr",
    "str",
    "__import__",
}


@dataclass
class Inspection:
    """What was found about one submission before it ran."""

    unreadable: str = ""  # non-empty: nbgrader cannot grade this submission (the reason)
    findings: list[Finding] = field(default_factory=list)
    explains_failure: str = ""  # the finding that explains why nbgrader cannot grade it, if any

    def flag(self, kind: str, message: str, cell: str = "", severity: str = "ungradable") -> None:
        self.findings.append(Finding(kind, severity, cell, message))

    def note(self, kind: str, message: str, cell: str = "") -> None:
        self.findings.append(Finding(kind, "note", cell, message))


# --------------------------------------------------------------------------------------------------
# Static scan of code.


# Magics that only display or time things: no finding. Notes: shell escapes, installs, star imports.
HARMLESS_MAGICS = {
    "matplotlib",
    "time",
    "timeit",
    "precision",
    "pprint",
    "who",
    "whos",
    "who_ls",
    "xmode",
    "autoreload",
}
NOTE_MAGICS = {
    "pip": "installs a package (%pip)",
    "conda": "installs a package (%conda)",
    "pylab": "star-imports numpy and matplotlib (%pylab)",
    "sx": "runs a shell command (%sx)",
    "system": "runs a shell command (%system)",
}
MAGIC_LINE = re.compile(r"^(\s*)(?:[\w.]+\s*=\s*)?([%!]{1,2})\s*([\w.-]*)(.*)$")
HELP_LINE = re.compile(r"^\s*[\w.]*\?{1,2}\s*$|^\s*\?{1,2}[\w.]*\s*$")


@dataclass
class Scan:
    """The static scan of one cell: flags (``"line N: ..."``), notes, and its syntax error if any."""

    flags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    estimates: list[str] = field(default_factory=list)  # graded functions that look finite-difference estimates
    syntax: str | None = None


HISTORY_NAME = re.compile(r"^(In|Out|_ih|_oh|_dh|_i{1,3}|_i\d+|_\d+|_{2,3})$")


def _magic_finding(sigil: str, name: str, rest: str) -> tuple[str, str] | None:
    """("flag" or "note", text) for one magic or shell-escape line, or None when it is harmless."""
    if sigil == "!" or sigil == "!!":
        return "note", f"runs a shell command (!{name}{rest[:30]})"
    if name in HARMLESS_MAGICS or (name == "config" and rest.strip().startswith("InlineBackend")):
        return None
    if name == "load_ext" and rest.strip() == "autoreload":
        return None
    if name in NOTE_MAGICS:
        return "note", NOTE_MAGICS[name]
    return "flag", f"uses the magic {sigil}{name} (it reaches the kernel's shell)"


def _strip_ipython(source: str, scan: Scan) -> str | None:
    """``source`` with its magic, shell-escape and help lines blanked (findings added to ``scan``).

    Returns None when the whole cell is not Python (a cell magic such as ``%%bash``).
    """
    lines = source.splitlines()
    out = []
    for n, line in enumerate(lines, 1):
        m = MAGIC_LINE.match(line)
        if m and (m.group(2) != "!" or not line.strip().startswith("!=")):
            indent, sigil, name, rest = m.groups()
            finding = _magic_finding(sigil, name, rest)
            if finding is not None:
                (scan.flags if finding[0] == "flag" else scan.notes).append(f"line {n}: {finding[1]}")
            if sigil == "%%":
                if n == 1 and name in ("time", "timeit"):
                    out.append("")
                    continue
                return None
            out.append(f"{indent}pass")
        elif HELP_LINE.match(line):
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


_NUMERICAL_CALL = re.compile(r"numeric|finite_?diff|approx\w*grad", re.IGNORECASE)
_STEP_NAME = re.compile(r"^_*(eps\w*|epsilon\w*|h|hh|dh|step|step_?size|fd_?step)$", re.IGNORECASE)  # _h too (round 88)


def _shift(a: float, b: float) -> float:
    """``a << b`` of two whole numbers (round 130: a step written ``np.longdouble(1 << 20) ** -1``)."""
    if a != int(a) or b != int(b) or not 0 <= b <= 1024:
        raise ValueError("not a shift of whole numbers")
    return float(int(a) << int(b))


_FOLDED = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.LShift: _shift,
}


# calls that compute a number from numbers alone (by their last name: np.float64, numpy.ldexp, math.sqrt...)
_CONSTANT_CALLS: dict[str, Callable[..., float]] = {
    **{name: float for name in ("float", "float64", "float32", "longdouble", "double", "single", "float_")},
    "ldexp": math.ldexp,
    "sqrt": math.sqrt,
    "cbrt": lambda v: math.copysign(abs(v) ** (1 / 3), v),
    "exp2": lambda v: 2.0**v,
    "exp": math.exp,
    "power": lambda a, b: float(a**b),
}


def _constant(node: ast.AST) -> float | None:
    """The number ``node`` computes from literals alone (``1e-5``, ``2.0 ** -30``, ``1 / 2**17``, ``-3``), or None
    (round 88: a step written as a power of two was not read as small)."""
    if isinstance(node, ast.Constant):
        v = node.value
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        v = _constant(node.operand)
        return None if v is None else (-v if isinstance(node.op, ast.USub) else v)
    if isinstance(node, ast.Call) and not node.keywords and _callee(node) in _CONSTANT_CALLS:
        values = [_constant(a) for a in node.args]
        if not values or any(v is None for v in values):
            return None
        try:  # round 122: np.float64(2) ** np.float64(-17), np.ldexp(1.0, -13), np.cbrt(1e-15) as steps
            return float(_CONSTANT_CALLS[_callee(node)](*values))
        except (ArithmeticError, ValueError, TypeError):
            return None
    if isinstance(node, ast.BinOp) and (isinstance(node.op, ast.Pow) or type(node.op) in _FOLDED):
        left, right = _constant(node.left), _constant(node.right)
        if left is None or right is None:
            return None
        try:
            if isinstance(node.op, ast.Pow):
                return float(left**right) if abs(right) <= 1024 and left > 0 else None
            return float(_FOLDED[type(node.op)](left, right))
        except (ArithmeticError, ValueError):
            return None
    return None


def _small_constant(node: ast.AST) -> bool:
    """``node`` is a literal number, or one computed from literals, in (0, 1e-2]."""
    v = _constant(node)
    return v is not None and 0 < v <= 1e-2


# machine epsilon and its kin, as attributes (np.finfo(float).eps, .resolution: round 122's steps)
_EPS_ATTR = re.compile(r"^(eps|epsilon|resolution|tiny|smallest_normal|smallest_subnormal|epsneg)$", re.IGNORECASE)


def _is_step(node: ast.AST, multiple: bool = True) -> bool:
    """``node`` reads like a finite-difference step: ``eps``, ``h``, ``1e-5`` (or ``2.0 ** -20``), machine epsilon
    (``np.finfo(float).eps``) or a positive power of a step (``eps ** (1 / 3)``); or a small multiple of one (``2 * h``
    of a central difference, ``12 * h`` of a five-point stencil, ``2 * (eps ** (1 / 3) * 1)`` once names are inlined:
    round 89's disguised step)."""
    if isinstance(node, ast.Name):
        return bool(_STEP_NAME.match(node.id))
    if isinstance(node, ast.Attribute):
        return bool(_EPS_ATTR.match(node.attr))
    if _small_constant(node):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
        power = _constant(node.right)
        return power is not None and power > 0 and _is_step(node.left, multiple=False)
    if multiple and isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        sides = (node.left, node.right)
        factor = [(v := _constant(x)) is not None and 1 <= v <= 100 for x in sides]
        return any(factor) and _is_step(sides[1] if factor[0] else sides[0])
    return False


def _is_difference_quotient(node: ast.BinOp) -> bool:
    """``(f(x + h) - f(x - h)) / (2 * h)`` and its kin: something holding a difference, over a step; or, whatever the
    names, a difference of one function at two points moved by a step, over something made of that step."""
    if not isinstance(node.op, ast.Div):
        return False
    pairs = [pair for n in ast.walk(node.left) if (pair := _difference(n))]
    if _is_step(node.right) and pairs:
        return True
    tiny = _constant(node.right)
    if tiny is not None and 0 < tiny <= 1e-6 and any(isinstance(n, ast.Call) for n in ast.walk(node.left)):
        return True  # round 127: log1p(mean(expm1(t * dz))) / t with t = 1e-13, a difference quotient in disguise
    if _divided_difference(node.left, node.right) or _secant(node.left, node.right):
        return True
    over = {n.id for n in ast.walk(node.right) if isinstance(n, ast.Name)}
    return bool(over) and any(
        _moved_names(a, b) & over or _same_but_moved(a, b, over) for a, b in pairs if a is not None
    )


def _divided_difference(top: ast.AST, bottom: ast.AST) -> bool:
    """``(f[1] - f[0]) / (x[1] - x[0])``: differences of two arrays' entries at the same two places, one over the
    other: a secant's slope (round 126: through ``np.linspace(z - h, z + h, 2)`` and the values there)."""

    def entries(node: ast.AST) -> tuple[str, str, str] | None:
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
            return None
        a, b = node.left, node.right
        if not (isinstance(a, ast.Subscript) and isinstance(b, ast.Subscript)):
            return None
        if ast.dump(a.value) != ast.dump(b.value) or ast.dump(a.slice) == ast.dump(b.slice):
            return None
        return ast.dump(a.value), ast.dump(a.slice), ast.dump(b.slice)

    up, down = entries(top), entries(bottom)
    return up is not None and down is not None and up[0] != down[0] and up[1:] == down[1:]


def _unsigned(node: ast.AST) -> ast.AST:
    """``node`` without the minus signs in front of it (``-x`` and ``-(-x)`` are ``x``)."""
    while isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return node


def _secant(top: ast.AST, bottom: ast.AST) -> bool:
    """``(f(a) - f(b)) / (a - b)``, whatever ``a`` and ``b`` are: one function at two points (one argument differs,
    signs aside) over the difference of those points, a secant's slope (round 128: sigma' as the secant between z and
    z rounded to float16, whose rounding error was the step)."""
    for n in ast.walk(top):
        pair = _difference(n)
        if not pair or pair[0] is None or pair[1] is None:
            continue
        a, b = (_unsigned(t) for t in pair)
        if not (isinstance(a, ast.Call) and isinstance(b, ast.Call) and ast.dump(a.func) == ast.dump(b.func)):
            continue
        if len(a.args) != len(b.args) or a.keywords or b.keywords:
            continue
        differing = [
            (ast.dump(_unsigned(x)), ast.dump(_unsigned(y)))
            for x, y in zip(a.args, b.args, strict=True)
            if ast.dump(x) != ast.dump(y)
        ]
        if len(differing) != 1 or differing[0][0] == differing[0][1]:
            continue
        for m in ast.walk(bottom):
            points = _difference(m)
            if points and None not in points and {ast.dump(_unsigned(t)) for t in points} == set(differing[0]):
                return True
    return False


def _inverse_difference_quotient(node: ast.AST) -> bool:
    """``2 * h / (g(y + h) - g(y - h))``: a step over a difference of one function at two points moved by a step, the
    slope of the inverse function (round 128: tanh' as one over arctanh's central difference at y = tanh(x))."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) and _step_like(node.left)):
        return False

    def moved(term: ast.AST) -> bool:
        return any(
            isinstance(m, ast.BinOp) and isinstance(m.op, (ast.Add, ast.Sub)) and _step_like(m.right)
            for m in ast.walk(term)
        )

    for n in ast.walk(node.right):
        pair = _difference(n)
        if not pair or pair[0] is None or pair[1] is None:
            continue
        a, b = (_unsigned(t) for t in pair)
        if isinstance(a, ast.Call) and isinstance(b, ast.Call) and ast.dump(a.func) == ast.dump(b.func):
            if moved(a) and moved(b):
                return True
    return False


def _difference(node: ast.AST) -> tuple[ast.AST | None, ast.AST | None] | None:
    """The two terms of a difference: ``a - b``, ``np.subtract(a, b)``, ``np.subtract.reduce([a, b])`` (round 126:
    a central difference taken by ``np.subtract.reduce`` over ``np.array([f(q + h), f(q - h)])``); ``(None, None)``
    for a difference whose terms are not written out (``np.subtract.reduce(pair)``); else None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
        return node.left, node.right
    if not isinstance(node, ast.Call):
        return None
    f = node.func
    if isinstance(f, ast.Attribute) and f.attr == "subtract" and len(node.args) >= 2:
        return node.args[0], node.args[1]
    if isinstance(f, ast.Attribute) and f.attr == "subtract" and node.args and isinstance(node.args[0], ast.Starred):
        spread = node.args[0].value  # round 126: np.subtract(*map(sigmoid, (z + h, z - h)))
        if isinstance(spread, ast.Call) and _callee(spread) == "map" and len(spread.args) == 2:
            terms = _points(spread.args[1])
            if len(terms) == 2:
                return tuple(ast.Call(func=spread.args[0], args=[t], keywords=[]) for t in terms)  # type: ignore
        return _two_points(spread)
    if (
        isinstance(f, ast.Attribute)
        and f.attr in ("reduce", "accumulate")
        and isinstance(f.value, ast.Attribute)
        and f.value.attr == "subtract"
        and node.args
    ):
        return _two_points(node.args[0])
    return None


def _two_points(arg: ast.AST) -> tuple[ast.AST | None, ast.AST | None]:
    """The two points an argument lists (:func:`_points`), or ``(None, None)`` when it does not list exactly two."""
    terms = _points(arg)
    return (terms[0], terms[1]) if len(terms) == 2 else (None, None)


class _Unmoved(ast.NodeTransformer):
    """Puts ``x`` in place of ``x + t`` and ``x - t`` (``t`` made of the given names and numbers only)."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def _by(self, node: ast.AST) -> bool:
        parts = [n for n in ast.walk(node) if isinstance(n, ast.Name)]
        return (
            bool(parts)
            and all(n.id in self.names for n in parts)
            and not any(isinstance(n, (ast.Call, ast.Attribute, ast.Subscript)) for n in ast.walk(node))
        )

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        node = self.generic_visit(node)
        if isinstance(node.op, (ast.Add, ast.Sub)) and self._by(node.right):
            return node.left
        if isinstance(node.op, ast.Add) and self._by(node.left):
            return node.right
        return node


def _same_but_moved(a: ast.AST, b: ast.AST, names: set[str]) -> bool:
    """``a`` and ``b`` are one expression at points moved by ``names`` (``1 / (1 + exp(-min(u + t, 700)))`` and the
    same with ``u - t``), however deep the moves are (round 125: a central difference inside ``math.exp``, through
    ``np.frompyfunc``, escaped the scan that reads only ``g(x + t) - g(x - t)``)."""
    if ast.dump(a) == ast.dump(b) or not any(isinstance(n, ast.Call) for n in ast.walk(a)):
        return False
    strip = _Unmoved(names)
    return ast.dump(strip.visit(_copy_tree(a))) == ast.dump(strip.visit(_copy_tree(b)))


def _moved_names(a: ast.AST, b: ast.AST) -> set[str]:
    """For ``g(x + s) - g(x - s)`` (or ``g(x + s) - g(x)``): the names in the step ``s``; else an empty set. Round 27:
    a Richardson extrapolation with its step named ``r`` escaped the scan's list of step names."""
    return {n.id for step in _moved_steps(a, b) for n in ast.walk(step) if isinstance(n, ast.Name)}


def _moved_steps(a: ast.AST, b: ast.AST) -> list[ast.AST]:
    """For ``g(x + s) - g(x - s)`` (or ``g(x + s) - g(x)``): the steps ``s`` (names or numbers); else []."""
    if not (isinstance(a, ast.Call) and isinstance(b, ast.Call) and a.args and b.args):
        return []
    if ast.dump(a.func) != ast.dump(b.func):
        return []
    steps = []
    for arg, other in ((a.args[0], b.args[0]), (b.args[0], a.args[0])):
        if isinstance(arg, ast.BinOp) and isinstance(arg.op, (ast.Add, ast.Sub)):
            base = ast.dump(arg.left)
            if ast.dump(other) == base or (
                isinstance(other, ast.BinOp)
                and isinstance(other.op, (ast.Add, ast.Sub))
                and ast.dump(other.left) == base
            ):
                steps.append(arg.right)
    return steps


def _callee(call: ast.Call) -> str:
    """The last name of what ``call`` calls: ``copy`` for ``W.copy()`` and ``np.copy(W)``, ``f`` for ``f(x)``."""
    f = call.func
    return f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")


def _estimate_kind(node: ast.AST, helpers: dict[str, str], data: frozenset[str] = frozenset()) -> str:
    """What makes ``node`` a numerical estimate of a derivative, or "" (``helpers``: the notebook's own functions
    that estimate one, with what makes them so; ``data``: the function's arguments, moves by which are no steps)."""
    if isinstance(node, ast.BinOp) and _is_difference_quotient(node):
        return "divides a difference of two evaluations by a small step (like (f(x + h) - f(x - h)) / (2 * h))"
    if _inverse_difference_quotient(node):
        return (
            "divides a small step by a difference of one function at two nearby points (like 2 * h / (g(y + h) - "
            "g(y - h)), the slope of an inverse function)"
        )
    if (  # round 66: (np.tanh(x + h) - np.tanh(x - h)) * 500.0, the division by 2h written as a product
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and any(
            isinstance(n, ast.BinOp)
            and isinstance(n.op, ast.Sub)
            and any(_step_like(step) for step in _moved_steps(n.left, n.right))
            for side in (node.left, node.right)
            for n in ast.walk(side)
        )
    ):
        return "multiplies a difference of one function at two nearby points (like (f(x + h) - f(x - h)) * 500)"
    if _outer_sum(node):
        return "adds arrays broadcast against each other (x[None, :] + offsets[:, None]): a grid of points around x"
    if _ones_minus_zeros(node):
        return "takes the difference of a function at ones and at zeros (g(1) - g(0): a unit step)"
    if _antisymmetric_stencil(node):
        return _STENCIL_NUMBERS
    if _grid_around(node):
        return _GRID_AROUND
    if _negated_argument(node):
        return "takes the difference of one function called with an argument and with its negative (g(k, s) - g(k, -s))"
    if _sign_flipped(node, data):
        return _SIGN_FLIPPED
    if _reflected_sum(node):
        return _REFLECTED_SUM
    if isinstance(node, ast.Call):
        called = _callee(node)
        if _NUMERICAL_CALL.search(called):
            return f"calls {called}"
        if isinstance(node.func, ast.Name) and called in helpers:
            return f"calls {called}, a function of the notebook that {helpers[called]}"
        if _self_method(node.func) in helpers:  # self._estimate(...): a method of the class that estimates one
            return f"calls self.{node.func.attr}, a method that {helpers[node.func.attr]}"
        passed = [a.id for a in node.args if isinstance(a, ast.Name) and a.id in helpers]
        if passed:  # np.vectorize(_slope), map(_slope, z)
            return f"uses {passed[0]}, a function of the notebook that {helpers[passed[0]]}"
        if isinstance(node.func, ast.Name) and called not in _NOT_NOTEBOOK and any(_stepped(a) for a in node.args):
            return f"evaluates {called} at a point moved by a small step (like {called}(z + k * h))"
    return ""


def _ones_minus_zeros(node: ast.AST) -> bool:
    """``cost(np.ones(n)) - cost(np.zeros(n))`` or ``lin(1.0) - lin(0.0)``: one function of the notebook (or a local
    one) at ones and at zeros, a unit step, exact on a linear function (round 123: a bias gradient read off a linear
    cost)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
        return False
    a, b = node.left, node.right
    if not (isinstance(a, ast.Call) and isinstance(b, ast.Call) and a.args and b.args):
        return False
    if ast.dump(a.func) != ast.dump(b.func) or (isinstance(a.func, ast.Name) and a.func.id in _NOT_NOTEBOOK):
        return False
    kinds = {_callee(x.args[0]).removesuffix("_like") if isinstance(x.args[0], ast.Call) else "" for x in (a, b)}
    return kinds == {"ones", "zeros"} or {_constant(a.args[0]), _constant(b.args[0])} == {0.0, 1.0}


def _negated_argument(node: ast.AST) -> bool:
    """``g(k, s) - g(k, -s)`` (``self._cost_at(k, 0.5) - self._cost_at(k, -0.5)``): one function of the notebook
    called twice with the same arguments but one, negated in the second call: a central difference whose move
    happens inside the function (round 125: a quadratic cost moved by +-1/2 with np.put in a helper method)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
        return False
    a, b = node.left, node.right
    if not (isinstance(a, ast.Call) and isinstance(b, ast.Call)) or ast.dump(a.func) != ast.dump(b.func):
        return False
    if (isinstance(a.func, ast.Name) and a.func.id in _NOT_NOTEBOOK) or (
        isinstance(a.func, ast.Attribute) and not _self_method(a.func) and a.func.attr in _NOT_NOTEBOOK
    ):
        return False
    if len(a.args) != len(b.args) or [ast.dump(k) for k in a.keywords] != [ast.dump(k) for k in b.keywords]:
        return False
    differ = [(x, y) for x, y in zip(a.args, b.args, strict=True) if ast.dump(x) != ast.dump(y)]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    cx, cy = _constant(x), _constant(y)
    if cx is not None and cy is not None:
        return cx == -cy != 0
    return any(  # g(k, h) - g(k, -h); g(e) - g(-e) with e a one-hot vector is told as such (_unit_vector_difference)
        isinstance(p, ast.UnaryOp)
        and isinstance(p.op, ast.USub)
        and ast.dump(p.operand) == ast.dump(q)
        and _step_like(q)
        for p, q in ((x, y), (y, x))
    )


def _differing(a: Any, b: Any, out: list[tuple[ast.AST, ast.AST]]) -> bool:
    """Walk two trees side by side, putting in ``out`` the outermost pairs of nodes that differ; False when they differ
    in shape (other node types, list lengths, names, operators of the same node) so that no pairing makes sense."""
    if isinstance(a, ast.AST) and isinstance(b, ast.AST):
        if ast.dump(a) == ast.dump(b):
            return True
        if (
            type(a) is not type(b)
            or isinstance(a, (ast.Constant, ast.Name))
            or (isinstance(a, ast.BinOp) and type(a.op) is not type(b.op))
        ):
            out.append((a, b))
            return True
        return all(_differing(getattr(a, f, None), getattr(b, f, None), out) for f in a._fields)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_differing(x, y, out) for x, y in zip(a, b, strict=True))
    return a == b


def _sign_flipped(node: ast.AST, data: frozenset[str] = frozenset()) -> bool:
    """``A - B`` where ``B`` is ``A`` with one move's sign flipped (``x + 0.5`` against ``x - 0.5``, ``0.5`` against
    ``-0.5``) and the move feeds a call: one computation at two points moved from x by +-c, however deep (round 126:
    ``math.fsum(np.square(np.where(idx == k, d + 0.5, d)))`` minus the same at ``d - 0.5``, exact on a quadratic
    cost). ``np.exp(x) - np.exp(-x)`` (a sinh) is none: -x is no move of x by a step."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
        return False
    pairs: list[tuple[ast.AST, ast.AST]] = []
    if not _differing(node.left, node.right, pairs) or len(pairs) != 1:
        return False
    x, y = pairs[0]
    if x is node.left:  # (a + b) - (a - b): no computation at the two points
        return False
    cx, cy = _constant(x), _constant(y)
    if cx is not None and cy is not None:
        return cx == -cy != 0 and any(isinstance(n, ast.Call) for n in ast.walk(node.left))
    # round 127: the move need not be a constant: d + 0.5 * E and d - 0.5 * E (E an identity from np.tri), W + M and
    # W - M (M a one-hot matrix), d + np.roll(e, k) and d - ...
    return (
        isinstance(x, ast.BinOp)
        and isinstance(y, ast.BinOp)
        and {type(x.op), type(y.op)} == {ast.Add, ast.Sub}
        and ast.dump(x.left) == ast.dump(y.left)
        and ast.dump(x.right) == ast.dump(y.right)
        and _constant(x.right) != 0
        and not (isinstance(x.right, ast.Name) and x.right.id in data)  # f(a + y) - f(a - y): moved by data
    )


def _signed_terms(node: ast.AST) -> dict[str, tuple[int, ast.AST]] | None:
    """The two terms of a sum or difference with their signs, by their dump: ``x + h`` gives {x: +1, h: +1}, ``h - x``
    {h: +1, x: -1}, ``-(x + h)`` {x: -1, h: -1}; None for anything else."""
    sign = 1
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        sign, node = -1, node.operand
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))):
        return None
    terms: dict[str, tuple[int, ast.AST]] = {}
    for side, side_sign in ((node.left, sign), (node.right, sign if isinstance(node.op, ast.Add) else -sign)):
        if isinstance(side, ast.UnaryOp) and isinstance(side.op, ast.USub):
            side, side_sign = side.operand, -side_sign
        terms[ast.dump(side)] = (side_sign, side)
    return terms if len(terms) == 2 else None


def _reflected_sum(node: ast.AST) -> bool:
    """``A + B`` where ``B`` is ``A`` at a point reflected about a small step: ``s(x + h) + s(h - x)``, or inline
    ``1 / (1 + exp(-(u + h))) + 1 / (1 + exp(u - h))``: x's sign flips, the step's does not. For an odd-symmetric
    function (sigma(-u) = 1 - sigma(u), tanh) that is ``s(x + h) - s(x - h)`` plus a constant: a central difference
    written as a sum (round 130: sigmoid_der in longdouble, times 2^19, kept the points unflagged)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)):
        return False
    pairs: list[tuple[ast.AST, ast.AST]] = []
    if not _differing(node.left, node.right, pairs) or len(pairs) != 1:
        return False
    x, y = pairs[0]
    if x is node.left or not any(isinstance(n, ast.Call) for n in ast.walk(node.left)):
        return False
    tx, ty = _signed_terms(x), _signed_terms(y)
    if tx is None or ty is None or set(tx) != set(ty):
        return False
    flipped = [k for k in tx if tx[k][0] != ty[k][0]]
    kept = [tx[k][1] for k in tx if tx[k][0] == ty[k][0]]
    return len(flipped) == 1 and len(kept) == 1 and _step_like(kept[0])


def _self_method(func: ast.AST) -> str:
    """``_estimate`` for ``self._estimate`` (or ``cls.``), else ""."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("self", "cls"):
        return func.attr
    return ""


def _stepped(arg: ast.AST) -> bool:
    """``z + k * 1e-3``, ``x - h``: an argument moved by a small step."""
    return (
        isinstance(arg, ast.BinOp)
        and isinstance(arg.op, (ast.Add, ast.Sub))
        and (_step_like(arg.left) or _step_like(arg.right))
    )


# numpy functions that estimate a derivative from evaluations (in a graded function: a numerical estimate)
SLOPE_ESTIMATORS = {
    "numpy.gradient": "finite differences",
    "numpy.polyfit": "a slope fitted to evaluations at nearby points is a finite difference",
    "numpy.diff": "differences of evaluations at nearby points, once scaled, are a finite difference",
    "numpy.ediff1d": "differences of evaluations at nearby points, once scaled, are a finite difference",
    "numpy.convolve": "no gradient here needs a convolution: one of evaluations at nearby points with [-1, 1] is a "
    "finite difference",
    "numpy.correlate": "no gradient here needs a correlation of sequences: one with [-1, 1] is a finite difference",
    "numpy.vander": "a Vandermonde system gives finite-difference stencil weights, or fits a polynomial",
    # scipy's finite differences (round 78: approx_fprime on the flattened parameters was not named)
    "scipy.optimize.approx_fprime": "finite differences",
    "scipy.differentiate.derivative": "finite differences",
    "scipy.differentiate.jacobian": "finite differences",
    "scipy.misc.derivative": "finite differences",
    # round 123: tools no derivation in the course needs, that disguise an estimate or automatic differentiation
    "numpy.linalg.det": "no gradient here needs a determinant: a 2x2 one is a difference of two evaluations",
    "numpy.cross": "no gradient here needs a cross product: one of (f(x + h), 1) and (f(x - h), 1) is a difference",
    "numpy.linalg.inv": "no gradient here needs a matrix inverse: one of dual numbers written as 2x2 matrices "
    "differentiates automatically",
    "numpy.linalg.pinv": "no gradient here needs a matrix inverse",
    "numpy.linalg.solve": "no gradient here needs a linear solve: one with dual numbers written as 2x2 matrices "
    "differentiates automatically",
    "numpy.linalg.lstsq": "no gradient here needs a least-squares fit: one to evaluations is a finite difference",
    "numpy.linalg.matrix_power": "no gradient here needs a matrix power",
    "numpy.linalg.eig": "no gradient here needs eigenvalues",
    "numpy.linalg.qr": "no gradient here needs a QR decomposition: a random basis of directions for finite "
    "differences along them",
    # round 126: a regression line through evaluations at nearby points, or its slope as cov(x, f) / var(x)
    "statistics.linear_regression": "a slope fitted to evaluations at nearby points is a finite difference",
    "statistics.covariance": "a slope fitted to evaluations at nearby points is a finite difference",
    "statistics.correlation": "a slope fitted to evaluations at nearby points is a finite difference",
    "numpy.cov": "no gradient here needs a covariance: one of evaluations at nearby points is a fitted slope",
    "numpy.corrcoef": "no gradient here needs a correlation: one of evaluations at nearby points is a fitted slope",
    # round 128: Chebyshev (spectral) differentiation, evaluations at x + r cos((k + 1/2) pi / N) weighted and summed,
    # accurate to 1e-14 and below the accuracy checks' reach; no function of the course needs a cosine
    **dict.fromkeys(
        ("numpy.cos", "numpy.sin", "math.cos", "math.sin"),
        "no function here needs a cosine or a sine: cos(k pi / N) are the nodes of a Chebyshev (spectral) estimate "
        "of a derivative",
    ),
}


# numpy's polynomial series (Chebyshev, Legendre, ...): fitted to evaluations and differentiated, an estimate as
# accurate as the evaluations (round 29: a degree-40 Chebyshev fit, 1e-13 from the derivative)
POLYNOMIAL_FITS = ("numpy.polynomial", "numpy.polyder", "numpy.poly1d")
POLYNOMIAL_FITS_NOTE = "a polynomial fitted to evaluations and differentiated is a numerical estimate"


def _slope_call(node: ast.AST, aliases: dict[str, str]) -> str:
    """ "calls numpy.diff (...)" when ``node`` calls one of numpy's slope estimators (:data:`SLOPE_ESTIMATORS`) or a
    polynomial fit (:data:`POLYNOMIAL_FITS`), with what makes it an estimate; else ""."""
    if not isinstance(node, ast.Call):
        return ""
    called = _resolve(node.func, aliases) or ""
    if called.startswith("numpy.linalg.") or called == "numpy.cross":  # a tool: an estimator inside it is named first
        inner = [k for n in ast.walk(node) if n is not node and (k := _slope_call(n, aliases))]
        if inner:
            return inner[0]
    if called in SLOPE_ESTIMATORS or called.startswith(POLYNOMIAL_FITS):
        return f"calls {called} ({SLOPE_ESTIMATORS.get(called, POLYNOMIAL_FITS_NOTE)})"
    return ""


def _resolve(node: ast.AST, aliases: dict[str, str]) -> str | None:
    """The dotted name ``node`` refers to, when it starts at a module alias of the notebook's imports (``np.linalg``
    -> ``numpy.linalg``; ``C.chebder`` -> ``numpy.polynomial.chebyshev.chebder`` after ``from numpy.polynomial import
    chebyshev as C``)."""
    if isinstance(node, ast.Name):
        return aliases.get(node.id)
    if isinstance(node, ast.Attribute):
        base = _resolve(node.value, aliases)
        return f"{base}.{node.attr}" if base else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("vars", "getattr"):
        return _resolve(node.args[0], aliases) if node.args else None
    if isinstance(node, ast.Subscript):  # np.__dict__['x'], sys.modules['numpy']
        base = _resolve(node.value, aliases)
        key = node.slice.value if isinstance(node.slice, ast.Constant) else "?"
        return f"{base}[{key!r}]" if base else None
    return None


def _copy_call(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _callee(node) in ("copy", "array", "deepcopy")


def _subscript_base(node: ast.AST) -> str | None:
    """The name an indexed target ends in: ``Wp`` for ``Wp[i]``, ``P`` for ``P[k][idx]``."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _perturbed_copies(loop: ast.For | ast.While) -> set[str]:
    """Names a loop body binds to a copy of an array (or a list of copies) and then changes at an index
    (``Wp = W.copy(); Wp[i] += h``, ``P = [q.copy() for q in base]; P[k][idx] += h``; round 120: ``[q.copy() if i ==
    j else q for j, q in enumerate(P)]``, a copy of one entry only)."""
    copies, changed = set(), set()
    for node in ast.walk(loop):
        if isinstance(node, ast.Assign) and (
            _copy_call(node.value)
            or (isinstance(node.value, ast.ListComp) and any(_copy_call(n) for n in ast.walk(node.value.elt)))
        ):
            copies |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AugAssign) else []
        )
        for t in targets:
            if isinstance(t, ast.Subscript) and (base := _subscript_base(t)):
                changed.add(base)
    return copies & changed


_NOT_NOTEBOOK = frozenset(dir(builtins)) | frozenset(dir(np)) | frozenset(dir(math))  # np.outer(d, h) is not f(Wp)


def _perturbation_difference(loop: ast.For | ast.While) -> ast.AST | None:
    """In ``loop``: a difference one of whose sides evaluates a function at a perturbed copy (``f(Wp) - f0``), or a
    weighted sum of a notebook function's values at perturbed copies (``acc += w * f(P)``, a stencil): a finite
    difference, even with no division by a step (a unit step on a linear function is exact)."""
    perturbed = _perturbed_copies(loop)
    if not perturbed:
        return None

    def uses(node: ast.AST) -> bool:
        return any(isinstance(n, ast.Name) and n.id in perturbed for n in ast.walk(node))

    def evaluates(side: ast.AST) -> bool:
        """``side`` computes something from a perturbed copy (a call, a product), not just reads an entry of it
        (``new[3] - lr * g``, a gradient step on the student's own copy, is no finite difference)."""
        while isinstance(side, ast.Subscript):
            side = side.value
        return uses(side) and not isinstance(side, ast.Name)

    for node in ast.walk(loop):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
            # f(Wp) - f0, or the function written out: dy @ (Wp @ x + b) - base
            if evaluates(node.left) or evaluates(node.right):
                return node
        if isinstance(node, ast.AugAssign) and isinstance(node.op, (ast.Add, ast.Sub)):
            for call in ast.walk(node.value):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id not in _NOT_NOTEBOOK
                    and any(uses(a) for a in [*call.args, *(k.value for k in call.keywords)])
                ):
                    return node
    return None


def _step_like(node: ast.AST) -> bool:
    """A small step (``h``, ``eps``, ``1e-5``, ``2 * h``), or anything times a small constant (``s * 1e-2``) or times
    machine epsilon (``np.finfo(float).resolution * (1 + abs(s))``, a relative step: round 122)."""
    if _is_step(node):
        return True
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Mult)
        and any(
            _small_constant(side) or (isinstance(side, ast.Attribute) and _EPS_ATTR.match(side.attr))
            for side in (node.left, node.right)
        )
    )


_STACKERS = frozenset({"stack", "array", "asarray", "vstack", "hstack", "concatenate", "column_stack", "row_stack"})


def _points(arg: ast.AST) -> list[ast.AST]:
    """The points a call evaluates its function at, given one of its arguments: the argument, or each entry of a
    list it stacks (``f(np.stack([x + h, x - h]))``, ``f([x + h, x - h])``)."""
    if isinstance(arg, ast.Call) and _callee(arg) in _STACKERS and arg.args:
        arg = arg.args[0]
    return list(arg.elts) if isinstance(arg, (ast.List, ast.Tuple)) else [arg]


def _outer_call(node: ast.AST) -> ast.Call | None:
    """``np.add.outer(offsets, x)`` or ``np.subtract.outer(...)`` (indexed or not): a grid of points, else None."""
    while isinstance(node, ast.Subscript):
        node = node.value
    f = node.func if isinstance(node, ast.Call) else None
    if (
        isinstance(f, ast.Attribute)
        and f.attr == "outer"
        and isinstance(f.value, ast.Attribute)
        and f.value.attr in ("add", "subtract")
        and len(node.args) == 2  # type: ignore[union-attr]
    ):
        return node  # type: ignore[return-value]
    return None


def _split_point(point: ast.AST) -> tuple[ast.AST, str, ast.AST | None]:
    """``(base, how it is moved, step)`` of a point: ``x + h`` -> (x, "Add", h); ``x * (1 + 1e-6)`` -> (x, "Mult",
    1 + 1e-6), a relative step; ``np.add.outer(s, x)`` -> (x, "Outer", s); else (point, "", None)."""
    outer = _outer_call(point)
    if outer is not None:
        return outer.args[1], "Outer", outer.args[0]
    if isinstance(point, ast.BinOp) and isinstance(point.op, (ast.Add, ast.Sub)):
        return point.left, type(point.op).__name__, point.right
    if isinstance(point, ast.BinOp) and isinstance(point.op, ast.Mult):
        for base, factor in ((point.left, point.right), (point.right, point.left)):
            c = _constant(factor)
            if c is not None and 0 < abs(c - 1) <= 1e-2:
                return base, "Mult", factor
    return point, "", None


def _small_step(op: str, step: ast.AST) -> bool | None:
    """Whether a constant step is small (``1e-5``; a factor within 1e-2 of 1), None when ``step`` is no constant."""
    c = _constant(step)
    if c is None:
        return None
    return True if op == "Mult" else 0 < abs(c) <= 1e-2


def _shifted_evaluations(node: ast.AST, data: frozenset[str] = frozenset()) -> str:
    """The name of a notebook function (or a local one) that ``node`` evaluates at two points moved from one input by
    the same step (``g(x + q)`` and ``g(x + q * -1.0)``, ``per(s - r)`` and ``per(s)``,
    ``f(np.stack([w + r, w - r]))``), however the values are then combined (``np.ptp``, ``@ [1, -1]``: round 122);
    else "". numpy's own functions are left out (``np.exp(z - z.max())`` beside ``np.exp(z)`` is a stable softmax),
    and so are moves by different names (``sigmoid(x @ W + b1)`` and ``sigmoid(x @ W + b2)``), from a constant
    (``f(1 + a)``, ``f(1 + c)``), by a large constant (``f(z + 8.0)``) or by the function's arguments alone
    (``data``: ``f(a + y)`` and ``f(a - y)`` move by data, not by a step)."""
    moves: dict[tuple[str, str], list[tuple[str, ast.AST | None]]] = {}
    for call in ast.walk(node):
        if not isinstance(call, ast.Call):
            continue
        if isinstance(call.func, ast.Name) and call.func.id not in _NOT_NOTEBOOK:
            called = call.func.id
        elif isinstance(call.func, ast.Lambda):  # g = lambda x: ..., inlined where it is called
            called = "a lambda"
        else:
            continue
        for position, arg in enumerate(call.args):
            for point in _points(arg):
                base, op, step = _split_point(point)
                if op == "Outer":  # f(np.add.outer([s, -s], w)): a grid of points around w in one call
                    return called
                if _constant(base) is not None or not any(isinstance(n, ast.Name) for n in ast.walk(base)):
                    continue
                key = (called, f"{ast.dump(call.func)}/{position}/{ast.dump(base)}")
                moves.setdefault(key, []).append((op, step))
    for (called, _), found in moves.items():
        for op, step in found:
            if step is None:
                continue
            names = {n.id for n in ast.walk(step) if isinstance(n, ast.Name)}
            if (names and names <= data) or _small_step(op, step) is False:
                continue  # moved by data, or by a constant too large to be a step (f(z + 8.0) beside f(z))
            for other_op, other in found:
                if other is None:
                    return called
                if (other_op, ast.dump(other)) == (op, ast.dump(step)):
                    continue
                other_names = {n.id for n in ast.walk(other) if isinstance(n, ast.Name)}
                if (names and names == other_names) or (_small_step(op, step) and _small_step(other_op, other)):
                    return called
    return ""


def _broadcast_axes(node: ast.AST) -> tuple[bool, ...] | None:
    """Where ``node``'s index adds axes (``x[None, :]`` -> (True, False)), for an index with ``None`` or
    ``np.newaxis``, or for a product, sum or cast of such an array; else None."""
    if isinstance(node, ast.Subscript):
        index = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        axes = tuple(
            (isinstance(i, ast.Constant) and i.value is None) or (isinstance(i, ast.Attribute) and i.attr == "newaxis")
            for i in index
        )
        return axes if any(axes) else None
    if isinstance(node, ast.BinOp):
        return _broadcast_axes(node.left) or _broadcast_axes(node.right)
    return None


_RANGES = frozenset({"arange", "linspace"})


def _offsets(node: ast.AST) -> bool:
    """``np.arange(-4, 5)``, ``np.linspace(...)``, ``np.array([1.0, -1.0])``: a vector of offsets (literal numbers)."""
    if not isinstance(node, ast.Call):
        return False
    if _callee(node) in _RANGES:
        return True
    values = node.args[0] if _callee(node) in ("array", "asarray") and node.args else None
    return (
        isinstance(values, (ast.List, ast.Tuple))
        and len(values.elts) >= 2
        and all(_constant(v) is not None for v in values.elts)
    )


# _estimate_kind's stories of the parts of an estimate, told by _numerical_estimates only when no other is found
_STENCIL_NUMBERS = "holds a central stencil's numbers (antisymmetric weights or offsets: [-1, 0, 1], [1, -8, 0, 8, -1])"
_GRID_AROUND = "makes a grid of points around an input (np.linspace(x - s, x + s, n)): a finite-difference stencil"
_SIGN_FLIPPED = "takes the difference of one computation at x + c and at x - c (like f(x + 0.5) - f(x - 0.5))"
_REFLECTED_SUM = (
    "adds one computation at x + h and at h - x (like s(x + h) + s(h - x)): for sigma, whose sigma(-u) is "
    "1 - sigma(u), that is s(x + h) - s(x - h) + 1, a central difference"
)
_ESTIMATE_PARTS = frozenset({_STENCIL_NUMBERS, _GRID_AROUND, _SIGN_FLIPPED, _REFLECTED_SUM})
# what divides a difference of evaluations at x +- h: h (forward), 2h (central), 12h, 60h, 280h, 840h (wider stencils)
_STENCIL_DENOMINATORS = (1, 2, 12, 60, 280, 840)


def _step_and_reciprocal(function: ast.AST) -> tuple[ast.AST, float, float, int] | None:
    """A small step ``h`` (at most 1e-4, or a power of two up to 1e-3) and the factor ``1 / (m h)`` that turns a
    difference of evaluations at ``x +- h`` into a slope (``m`` in :data:`_STENCIL_DENOMINATORS`), both numbers
    written in one function, however the evaluations are arranged: (the factor's node, h, the factor, m), or None.
    Round 129: one longdouble evaluation over np.concatenate of the points moved by -h and +h, split in halves and
    scaled by 524288 = 1 / (2 * 2**-20); a four-point stencil over np.kron copies, scaled by 4096 / 12."""
    steps: list[float] = []
    factors: list[tuple[ast.AST, float]] = []
    for node in ast.walk(function):
        v = _constant(node)
        if v is None or v == 0:
            continue
        if abs(v) <= 1e-4 or (abs(v) <= 1e-3 and math.frexp(abs(v))[0] == 0.5):  # a power of two up to 1e-3: a
            # decimal one is a guard's as often (np.clip(s, 1e-3, 1 - 1e-3) beside a cut at |z| > 1000)
            steps.append(abs(v))
        elif abs(v) >= 100:
            factors.append((node, abs(v)))
    for node, factor in factors:
        for h in steps:
            for m in _STENCIL_DENOMINATORS:
                if abs(factor * h * m - 1.0) <= 1e-9:
                    return node, h, factor, m
    return None


def _antisymmetric_stencil(node: ast.AST) -> bool:
    """A literal list of at least 3 numbers, not all 0, read backwards equal to its negative (``[-4, ..., 4]``,
    ``[1, -32 / 3, 56, -224, 0, 224, -56, 32 / 3, -1]``): a central difference's offsets or weights, however the
    points are then built and the weights applied (round 127: ``np.meshgrid`` and ``np.einsum``, ``np.repeat`` and
    ``np.tile`` with ``np.inner``, kept the points unflagged). No derivation in the course needs such a list."""
    if not isinstance(node, (ast.List, ast.Tuple)) or len(node.elts) < 3:
        return False
    values = [_constant(e) for e in node.elts]
    if any(v is None for v in values) or not any(values):
        return False
    return all(v == -w for v, w in zip(values, reversed(values), strict=True))  # type: ignore[operator]


def _grid_around(node: ast.AST) -> bool:
    """``np.linspace(u - 4 * h, u + 4 * h, 9)``: evenly spaced points from ``x - s`` to ``x + s``, a stencil's grid
    around an input (round 126: a nine-point stencil in longdouble, combined with its weights by ``@``, kept the
    points unflagged). A range between two different ends (``x.min() - 1``, ``x.max() + 1``: a plot's) is none."""
    if not (isinstance(node, ast.Call) and _callee(node) in ("linspace", "geomspace") and len(node.args) >= 2):
        return False
    (base, op, step), (other, other_op, other_step) = (_split_point(a) for a in node.args[:2])
    return (
        step is not None
        and other_step is not None
        and {op, other_op} == {"Add", "Sub"}
        and ast.dump(base) == ast.dump(other)
        and ast.dump(step) == ast.dump(other_step)
        and any(isinstance(n, ast.Name) for n in ast.walk(base))
    )


def _outer_sum(node: ast.AST) -> bool:
    """``x[None, :] + offsets[:, None]``: two arrays each broadcast along an axis the other spans, added: a grid of
    points around ``x`` (round 122: a five-point stencil of np.tanh in one call, the nudged logits of every bias at
    once); so is ``x[..., None] + h * np.arange(-4, 5)`` and ``np.add.outer(offsets, x)`` (round 123)."""
    if _outer_call(node) is not None and isinstance(node, ast.Call):
        return True
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))):
        return False
    left, right = _broadcast_axes(node.left), _broadcast_axes(node.right)
    for axes, other in ((left, node.right), (right, node.left)):
        if axes is not None and any(_offsets(n) for n in ast.walk(other)):
            return True
    if left is None or right is None or len(left) != len(right):
        return False
    pairs = list(zip(left, right, strict=True))
    return any(a and not b for a, b in pairs) and any(b and not a for a, b in pairs)


def _computed_steps(function: ast.AST) -> set[str]:
    """Names that read like a step (``step``, ``h``) but that ``function`` binds only to values made of no small
    constant and no step (``step = eta * g``: a gradient step's size, not a finite difference's; round 86)."""

    def small(value: ast.AST) -> bool:
        return any(
            _is_step(n, multiple=False)
            or (isinstance(n, ast.Attribute) and _STEP_NAME.match(n.attr))  # np.finfo(float).eps
            for n in ast.walk(value)
        )  # 2.0 ** -30 is a small constant: _is_step folds it

    bound: dict[str, bool] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name) and _STEP_NAME.match(target.id):
                    bound[target.id] = bound.get(target.id, False) or small(node.value)
    return {name for name, is_small in bound.items() if not is_small}


def _nudged_entry(loop: ast.For | ast.While, computed: set[str] = frozenset()) -> ast.AST | None:
    """In ``loop``: an entry of an array moved by a small step (``p[i] = old + s * h``, ``W[i, j] += eps``) with a
    function called in the same loop: the evaluations of a finite difference, whatever combines them. ``computed``:
    step-like names that are not small steps (:func:`_computed_steps`)."""

    def step_like(node: ast.AST) -> bool:
        return not (isinstance(node, ast.Name) and node.id in computed) and _step_like(node)

    if not any(isinstance(n, ast.Call) for n in ast.walk(loop)):
        return None
    moved: dict[str, list[ast.Assign]] = {}  # round 125: v[...] = old + s, then old - s, whatever s is called
    for node in ast.walk(loop):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Subscript):
            moved.setdefault(ast.dump(node.targets[0]), []).append(node)
    for writes in moved.values():
        values = [w.value for w in writes]
        for w in writes:
            v = w.value
            if isinstance(v, ast.BinOp) and isinstance(v.op, (ast.Add, ast.Sub)):
                back = ast.BinOp(v.left, ast.Sub() if isinstance(v.op, ast.Add) else ast.Add(), v.right)
                if any(ast.dump(o) in (ast.dump(v.left), ast.dump(back)) for o in values if o is not v):
                    return w
    for node in ast.walk(loop):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Subscript) for t in node.targets):
            value = node.value
            if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Sub)):
                if step_like(value.left) or step_like(value.right):
                    return node
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Subscript):
            if isinstance(node.op, (ast.Add, ast.Sub)) and step_like(node.value):
                return node
    return None


def _unit_vectors(function: ast.AST) -> set[str]:
    """Names an array of zeros is bound to and then one entry set (``e = np.zeros(n)``, ``e[k] = h``), and the rows
    of an identity matrix a loop takes (``for row in np.eye(n)``): steps along one coordinate."""
    zeros = {
        t.id
        for node in ast.walk(function)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Call)
        and _callee(node.value) in ("zeros", "zeros_like")
        for t in node.targets
        if isinstance(t, ast.Name)
    }

    def base(t: ast.AST) -> ast.AST:  # e for e[k], e.flat[k], e.ravel()[k], e.reshape(-1)[k] (round 66: e.flat[k] = 1)
        if isinstance(t, ast.Attribute) and t.attr == "flat":
            return t.value
        if isinstance(t, ast.Call) and isinstance(t.func, ast.Attribute) and t.func.attr in ("ravel", "reshape"):
            return t.func.value
        return t

    rows = _eye_rows(function)  # round 67: for row in np.eye(n), a loop (or comprehension) over an identity's rows
    put = {  # round 125: np.put(e, k, 1.0), np.place, np.put_along_axis
        call.args[0].id
        for call in ast.walk(function)
        if isinstance(call, ast.Call)
        and _callee(call) in ("put", "place", "put_along_axis", "itemset")
        and call.args
        and isinstance(call.args[0], ast.Name)
        and call.args[0].id in zeros
    }
    return (
        rows
        | put
        | {
            b.id
            for node in ast.walk(function)
            if isinstance(node, (ast.Assign, ast.AugAssign))
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(t, ast.Subscript)
            for b in [base(t.value)]
            if isinstance(b, ast.Name) and b.id in zeros
        }
    )


_RESHAPES = ("reshape", "astype")


def _identity_call(node: ast.AST) -> bool:
    """``np.eye(...)`` or ``np.identity(...)``: an identity matrix, a stack of unit vectors."""
    return isinstance(node, ast.Call) and _callee(node) in ("eye", "identity")


def _identity_stacks(function: ast.AST) -> set[str]:
    """Names bound to an identity matrix, reshaped or cast or not (``E = np.eye(n * m).reshape(n * m, n, m)``): every
    unit step at once."""

    def identity(node: ast.AST) -> bool:
        while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RESHAPES:
            node = node.func.value
        return _identity_call(node)

    return {
        t.id
        for node in ast.walk(function)
        if isinstance(node, ast.Assign) and identity(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }


def _eye_rows(function: ast.AST) -> set[str]:
    """The names a loop or a comprehension takes the rows of an identity matrix in (``for e in np.eye(n)``)."""
    return {
        node.target.id
        for node in ast.walk(function)
        if isinstance(node, (ast.For, ast.comprehension))
        and isinstance(node.target, ast.Name)
        and _identity_call(node.iter)
    }


def _forward_probe(node: ast.AST, identities: set[str]) -> bool:
    """``linear_forward(np.eye(n), W, 0 * b)``, ``layer.forward(e)`` for ``e`` in ``np.eye(n)``: a forward function
    evaluated at an identity matrix or its rows (``identities``: names bound to them), its Jacobian read off its
    values (round 121: exact for a linear layer, so no accuracy check sees it). Only functions named forward are
    read so: a one-hot target made from ``np.eye`` and passed to a loss is no probe."""
    if not (isinstance(node, ast.Call) and "forward" in _callee(node)):
        return False
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        while isinstance(arg, (ast.Subscript, ast.Attribute)) or (
            isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute) and arg.func.attr in _RESHAPES
        ):
            arg = arg.value if not isinstance(arg, ast.Call) else arg.func.value
        if _identity_call(arg) or (isinstance(arg, ast.Name) and arg.id in identities):
            return True
    return False


def _stack_difference(node: ast.AST, stacks: set[str]) -> bool:
    """``g(E, ...) - g(-E, ...)``, with ``g`` a function of the notebook and ``E`` one of ``stacks`` in each call: a
    central difference along every unit step at once (round 120: exact on a linear cost, divided by 2, kept the
    points unflagged). numpy's own functions of an identity matrix (``np.multiply(s, I) - np.outer(s, s)``, a softmax
    Jacobian) are no such difference."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub)):
        return False

    def callees(side: ast.AST) -> set[str]:
        return {
            _callee(call)
            for call in ast.walk(side)
            if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id not in _NOT_NOTEBOOK
            and any(
                isinstance(n, ast.Name) and n.id in stacks
                for a in [*call.args, *(k.value for k in call.keywords)]
                for n in ast.walk(a)
            )
        }

    return bool(callees(node.left) & callees(node.right))


def _unit_step_call(node: ast.AST, unit_vectors: set[str]) -> bool:
    """``f(theta + h * np.eye(n)[i])``, ``f(theta + j * e)`` with ``e`` one of ``unit_vectors``: a call at a point
    moved along one coordinate (a row of an identity matrix, a vector of zeros with one entry set)."""
    if not isinstance(node, ast.Call):
        return False
    for arg in [*node.args, *(k.value for k in node.keywords)]:
        for op in ast.walk(arg):
            if isinstance(op, ast.BinOp) and isinstance(op.op, (ast.Add, ast.Sub)):
                for sub in ast.walk(op):
                    if (isinstance(sub, ast.Subscript) and _identity_call(sub.value)) or (
                        isinstance(sub, ast.Name) and sub.id in unit_vectors
                    ):
                        return True
    return False


def _unit_vector_difference(node: ast.AST, unit_vectors: set[str]) -> bool:
    """``g(e) - g(-e)``, ``cost(E) - base`` (``e``, ``E`` one of ``unit_vectors``): a difference of a function
    evaluated at a one-hot vector, a unit step (exact on a linear function, with or without a division by 2)."""

    def at_unit(side: ast.AST) -> bool:
        return any(
            isinstance(call, ast.Call)
            and any(
                isinstance(n, ast.Name) and n.id in unit_vectors
                for a in [*call.args, *(k.value for k in call.keywords)]
                for n in ast.walk(a)
            )
            for call in ast.walk(side)
        )

    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and (at_unit(node.left) or at_unit(node.right))


# what the loop-shaped estimates in _numerical_estimates do (the first found in a function is reported)
_UNIT_DIFFERENCE = "takes the difference of a function evaluated at a one-hot vector (g(e) - g(-e): a unit step)"
_UNIT_STEP = "evaluates a function at points moved along one coordinate (x + h * np.eye(n)[i])"
_FORWARD_PROBE = (
    "evaluates a forward function at an identity matrix or its rows (forward(np.eye(n), ...)): a Jacobian read off "
    "the function's values, not derived"
)
_NUDGED_ENTRY = (
    "moves an entry of an array by a small step and evaluates a function there, in a loop (the evaluations of a "
    "finite difference)"
)
_PERTURBED_COPIES = (
    "takes differences of a function evaluated at perturbed copies of an array (a finite difference, with or "
    "without a division by the step)"
)


# numpy's arithmetic written as calls, read as the operators they are (round 32: np.true_divide(np.subtract(a, c), k))
_NUMPY_OPERATORS: dict[str, type[ast.operator]] = {
    "numpy.add": ast.Add,
    "numpy.subtract": ast.Sub,
    "numpy.multiply": ast.Mult,
    "numpy.divide": ast.Div,
    "numpy.true_divide": ast.Div,
}
_LOGS = frozenset({"numpy.log", "numpy.log2", "numpy.log10", "math.log", "math.log2", "math.log10"})
_INLINE_MAX_NODES = 40  # a temporary's expression is put in place of its name only when it is this small


def _loop_strings(loop: ast.For, constants: dict[str, tuple[str, ...]] | None = None) -> dict[str, tuple[str, ...]]:
    """The loop's variables that take only constant strings, with them: ``for name in ("weights", "biases")``, or one
    of ``zip``'s arguments a tuple or list of strings (``for name, g in zip(("weights", "biases"), grads)``); none
    that the loop's body binds again. ``constants``: names bound to a tuple or list of strings (``names = ("W",
    "b")``, then ``zip(names, grads)``: round 81)."""

    def strings(node: ast.AST) -> tuple[str, ...] | None:
        if isinstance(node, (ast.Tuple, ast.List)) and node.elts and all(_is_str(e) for e in node.elts):
            return tuple(e.value for e in node.elts)  # type: ignore[attr-defined]
        if isinstance(node, ast.Name) and constants and node.id in constants:
            return constants[node.id]
        return None

    pairs: list[tuple[ast.AST, ast.AST]] = [(loop.target, loop.iter)]
    it = loop.iter
    rows = it.elts if isinstance(it, (ast.Tuple, ast.List)) else []
    if (  # for name, g in (("weights", gw), ("biases", gb)) (round 78): the k-th of every row
        isinstance(loop.target, ast.Tuple)
        and rows
        and all(isinstance(r, (ast.Tuple, ast.List)) and len(r.elts) == len(loop.target.elts) for r in rows)
    ):
        columns = [ast.Tuple(elts=[r.elts[k] for r in rows]) for k in range(len(loop.target.elts))]  # type: ignore[attr-defined]
        pairs = list(zip(loop.target.elts, columns, strict=True))
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and not it.keywords:
        if isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == len(it.args):
            pairs = list(zip(loop.target.elts, it.args, strict=True))
    rebound = {
        n.id for stmt in loop.body for n in ast.walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    found = {}
    for target, values in pairs:
        known = strings(values)
        if isinstance(target, ast.Name) and known is not None and target.id not in rebound:
            found[target.id] = known
    return found


def _copy_tree(node: Any) -> Any:
    """A copy of an AST (nodes and lists copied, their positions kept; leaves shared): what ``copy.deepcopy`` gives
    for a tree, a few times faster (the scan copies every graded function once)."""
    if isinstance(node, ast.AST):
        new = node.__class__()
        for name in node._fields:
            if hasattr(node, name):
                setattr(new, name, _copy_tree(getattr(node, name)))
        for name in node._attributes:
            if hasattr(node, name):
                setattr(new, name, getattr(node, name))
        return new
    if isinstance(node, list):
        return [_copy_tree(v) for v in node]
    return node


def _normalised(
    function: ast.FunctionDef | ast.AsyncFunctionDef, aliases: dict[str, str]
) -> ast.FunctionDef | ast.AsyncFunctionDef:
    """A copy of ``function`` where numpy's arithmetic calls are operators (``np.subtract(a, c)`` is ``a - c``) and
    a name bound once to a small expression is that expression where it is read (``a, c = f(x + k), f(x - k)``
    then ``(a - c) / (k + k)`` reads ``(f(x + k) - f(x - k)) / (k + k)``), so the estimate finders see a
    difference quotient however it is spelled (round 32). Line numbers are the original's."""

    class Operators(ast.NodeTransformer):
        def visit_Call(self, node: ast.Call) -> ast.AST:
            self.generic_visit(node)
            called = _resolve(node.func, aliases) or ""
            if called == "numpy.reciprocal" and len(node.args) == 1 and not node.keywords:  # round 122: * (1 / 2h)
                return ast.copy_location(ast.BinOp(left=ast.Constant(1.0), op=ast.Div(), right=node.args[0]), node)
            if (  # round 131: log(up / dn) is log(up) - log(dn), a difference of one computation at two points
                called in _LOGS
                and len(node.args) == 1
                and not node.keywords
                and isinstance(node.args[0], ast.BinOp)
                and isinstance(node.args[0].op, ast.Div)
            ):
                up, dn = (
                    ast.Call(func=_copy_tree(node.func), args=[a], keywords=[])
                    for a in (node.args[0].left, node.args[0].right)
                )
                return ast.copy_location(ast.BinOp(left=up, op=ast.Sub(), right=dn), node)
            op = _NUMPY_OPERATORS.get(called)
            if op is None or len(node.args) != 2 or node.keywords:
                return node
            return ast.copy_location(ast.BinOp(left=node.args[0], op=op(), right=node.args[1]), node)

    tree = Operators().visit(_copy_tree(function))
    bound: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.setdefault(node.id, []).append(node)
        if isinstance(node, (ast.Subscript, ast.Attribute)) and isinstance(node.ctx, (ast.Store, ast.Del)):
            base = _subscript_base(node.value if isinstance(node, ast.Attribute) else node)
            if base:  # changed in place (Wp[i] = 1.0): its value is not the expression it was bound to
                bound.setdefault(base, []).extend([node, node])
    values: dict[str, ast.AST] = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1):
            continue
        target, value = node.targets[0], node.value
        pairs = [(target, value)]
        if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple) and len(target.elts) == len(value.elts):
            pairs = list(zip(target.elts, value.elts, strict=True))
        for t, v in pairs:
            small = sum(1 for _ in ast.walk(v)) <= _INLINE_MAX_NODES
            if isinstance(t, ast.Name) and len(bound.get(t.id, [])) == 1 and small:
                values[t.id] = v

    class Inline(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            if isinstance(node.ctx, ast.Load) and node.id in values:
                return ast.copy_location(_copy_tree(values[node.id]), node)
            return node

    tree = Inline().visit(tree)
    ast.fix_missing_locations(tree)
    return tree


# what a self-check may do with what it finds: report it (round 72: a finite-difference check that only printed a
# warning was flagged as an estimate, though the function returned its derived gradient)
REPORT_CALLS = frozenset(
    {
        "print",
        "warnings.warn",
        "sys.stderr.write",
        "sys.stdout.write",
        "logging.warning",
        "logging.info",
        "logging.debug",
        "logging.error",
    }
)


def _dotted(node: ast.AST) -> str:
    """``a.b.c`` for a chain of attributes on a name, else ""."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    return ".".join([node.id, *reversed(parts)]) if isinstance(node, ast.Name) else ""


def _reports(statement: ast.stmt, rebound: set[str]) -> bool:
    """A ``raise``, or a call of one of :data:`REPORT_CALLS` (not a name the function binds itself) as a statement."""
    if isinstance(statement, ast.Raise):
        return True
    if not (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)):
        return False
    name = _dotted(statement.value.func)
    return name in REPORT_CALLS and name.split(".")[0] not in rebound


def _checks(function: ast.AST) -> set[int]:
    """The ids of the nodes inside the function's checks: ``assert`` statements, an ``if`` whose body only raises or
    reports (``if abs(fd - g) > tol: raise ValueError(...)``, or ``print(...)``, ``warnings.warn(...)``), and a report
    on its own (``print(fd)``): what they read reaches only the student's eyes, not the function's result."""
    nodes = list(ast.walk(function))  # walked once: the scan calls this twice for every function it reads
    rebound = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    rebound |= {f.name for f in nodes if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))}
    checks: list[ast.AST] = [a for a in nodes if isinstance(a, ast.Assert)]
    checks += [
        s
        for s in nodes
        if isinstance(s, ast.If) and not s.orelse and s.body and all(_reports(b, rebound) for b in s.body)
    ]
    checks += [s for s in nodes if isinstance(s, ast.Expr) and _reports(s, rebound)]
    return {id(n) for c in checks for n in ast.walk(c)}


def _bound_names(targets: list[ast.expr]) -> set[str]:
    """The names assignment targets bind: ``fd``, ``a, b``, and ``fd`` of ``fd[i, j]`` (not the index names); empty
    when one target is anything else (``self.g``, ``globals()["g"]``)."""
    names: set[str] = set()
    for t in targets:
        while isinstance(t, ast.Subscript):
            t = t.value
        if isinstance(t, ast.Name):
            names.add(t.id)
        elif isinstance(t, (ast.Tuple, ast.List)) and (inner := _bound_names(list(t.elts))):
            names |= inner
        else:
            return set()
    return names


def _only_checked(function: ast.AST, node: ast.AST, in_checks: set[int]) -> bool:
    """Whether what ``node``'s statement computes reaches nothing but the function's checks (:func:`_checks`): it is an
    assignment, and every later read of a name it binds is inside a check or in another such assignment (``fd = ...;
    err = abs(fd - g); assert err < tol``). A self-check of a derived gradient against a finite difference (round 68:
    the difference was flagged although only an assert read it)."""
    statement_of: dict[int, ast.stmt] = {}
    for inner in ast.walk(function):  # breadth first: an inner statement overwrites the one around it
        if isinstance(inner, ast.stmt):
            for n in ast.walk(inner):
                statement_of[id(n)] = inner
    seen: set[int] = set()
    work = [statement_of.get(id(node), node)]
    while work:
        current = work.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if not isinstance(current, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            return False
        targets = current.targets if isinstance(current, ast.Assign) else [current.target]
        names = _bound_names(targets)
        if not names:  # an attribute, globals()[...]: where it goes is not followed
            return False
        inside = {id(n) for n in ast.walk(current)}
        for n in ast.walk(function):
            if isinstance(n, ast.Name) and n.id in names and isinstance(n.ctx, ast.Load):
                if id(n) in in_checks or id(n) in inside:
                    continue
                work.append(statement_of.get(id(n), function))
    return True


def _local_imports(function: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, str]:
    """The names a function's own imports bind, with their modules: ``from scipy.optimize import approx_fprime``
    inside a method (round 78) binds ``approx_fprime`` to ``scipy.optimize.approx_fprime``."""
    bound: dict[str, str] = {}
    for node in ast.walk(function):
        if isinstance(node, ast.Import):
            for a in node.names:
                bound[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                if a.name != "*":
                    bound[a.asname or a.name] = f"{node.module}.{a.name}"
    return bound


def _numerical_estimates(
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    aliases: dict[str, str],
    helpers: dict[str, str],
    tables: dict[str, str] | None = None,
) -> list[tuple[int, str, str]]:
    """Numerical estimates of derivatives in a graded function whose values it uses (not only in asserts).

    A self-check (``J = numerical_gradient(...)``, then ``assert np.allclose(dx, dy @ J)``) is fine;
    a quotient or a numerical helper's result that reaches anything but an ``assert`` is reported, and so is
    ``numpy.gradient``, ``numpy.polyfit``, ``numpy.diff`` (:data:`SLOPE_ESTIMATORS`) or a polynomial series of
    ``numpy.polynomial`` (:data:`POLYNOMIAL_FITS`, fitted and differentiated; ``aliases``: what the
    notebook's names are bound to, ``np`` -> ``numpy``) and a loop taking differences of a function evaluated at
    perturbed copies of an array. So is a call of one of ``helpers``, the notebook's functions found to estimate
    one ({name: what makes it an estimate}), and a read of one of ``tables``, the names a cell bound outside any
    function to values computed that way (round 32: ``_SLOPE = np.diff(sigmoid(grid)) / np.diff(grid)``, read by
    ``np.interp``).

    Returns ``(line, what makes it an estimate, the message)`` for each.
    """
    in_asserts = _checks(function)
    found: list[tuple[int, str, str]] = []
    advice = "a numerical estimate of a gradient? Gradients must be derived"
    aliases = {**aliases, **_local_imports(function)}
    nodes = list(ast.walk(function))  # the function's nodes, walked once for the loops below (the tree is not changed)
    own = {n.id for n in nodes if isinstance(n, ast.Name) and not isinstance(n.ctx, ast.Load)}
    own |= {a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg)}
    tables = tables or {}
    for node in nodes:
        if isinstance(node, ast.Name) and node.id in tables and node.id not in own and id(node) not in in_asserts:
            kind = f"reads {node.id}, which a cell computed outside any function: {tables[node.id]}"
            found.append((node.lineno, kind, f"{function.name} {kind}: {advice}"))
    for default in [*function.args.defaults, *(d for d in function.args.kw_defaults if d is not None)]:
        for n in ast.walk(default):  # round 123: def backward(self, slope=numerical_gradient)
            if isinstance(n, ast.Name) and (_NUMERICAL_CALL.search(n.id) or n.id in helpers):
                kind = f"takes {n.id} as a default argument"
                found.append((default.lineno, kind, f"{function.name} {kind}: {advice}"))
    loops: list[tuple[int, str, str]] = []  # reported only when nothing else is (one finding per estimate)
    unit_vectors = _unit_vectors(function)
    stacks = _identity_stacks(function)
    identities = stacks | _eye_rows(function)
    computed = _computed_steps(function)
    discarded = {id(n.value) for n in nodes if isinstance(n, ast.Expr)}  # calls whose result goes nowhere
    for node in nodes:
        if id(node) not in in_asserts and (kind := _slope_call(node, aliases)):
            if POLYNOMIAL_FITS_NOTE in kind and any(POLYNOMIAL_FITS_NOTE in k for _, k, _ in found):
                continue  # the fit and its derivative: one estimate
            found.append((node.lineno, kind, f"{function.name} {kind}: {advice}"))
        if (  # round 131: dW and db from checks' exact helper, sigma' from gradcheck.Activation: looked up, not derived
            isinstance(node, ast.Call)
            and id(node) not in in_asserts
            and (_resolve(node.func, aliases) or "").startswith("backprop_course.")
            and not _NUMERICAL_CALL.search(_callee(node))  # numerical_gradient & co: told as estimates below
            and id(node) not in discarded  # gradcheck.check_gradient(...) as a statement: a self-check
            and not _only_checked(function, node, in_asserts)
        ):
            kind = f"calls {_resolve(node.func, aliases)}, the course's own code, for its result"
            found.append((node.lineno, kind, f"{function.name} {kind}: the gradient is looked up, not derived?"))
        if loops:  # reported only when nothing else is, and one is enough
            continue
        is_loop = isinstance(node, (ast.For, ast.While))
        for hit, kind in (
            (node if _unit_vector_difference(node, unit_vectors) else None, _UNIT_DIFFERENCE),
            (node if _stack_difference(node, stacks) else None, _UNIT_DIFFERENCE),
            (node if _forward_probe(node, identities) else None, _FORWARD_PROBE),
            (node if _unit_step_call(node, unit_vectors) else None, _UNIT_STEP),
            (_nudged_entry(node, computed) if is_loop else None, _NUDGED_ENTRY),
            (_perturbation_difference(node) if is_loop else None, _PERTURBED_COPIES),
        ):
            if hit is None or id(hit) in in_asserts:
                continue
            if kind == _NUDGED_ENTRY:  # round 125: the nudged array reaches the cost through an object (aliasing), so
                # what counts is where the evaluations made in the loop go, not where the nudge's value goes
                reached = [
                    c
                    for c in ast.walk(node)
                    if isinstance(c, ast.Call)
                    and not (isinstance(c.func, ast.Name) and c.func.id in _NOT_NOTEBOOK)
                    and not (isinstance(c.func, ast.Attribute) and c.func.attr in _NOT_NOTEBOOK)
                ]
                if reached and all(_only_checked(function, c, in_asserts) for c in reached):
                    continue
            elif _only_checked(function, hit, in_asserts):
                continue
            loops.append((hit.lineno, kind, f"{function.name} {kind}: {advice}"))
            break
    function = _normalised(function, aliases)  # the quotients however spelled; the loops above read the code as is
    in_asserts = _checks(function)
    shifted: list[tuple[int, str, str]] = []
    arguments = frozenset(a.arg for a in ast.walk(function.args) if isinstance(a, ast.arg))
    for stmt in ast.walk(function):
        if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Return, ast.Expr)):
            continue
        kinds = [k for n in ast.walk(stmt) if id(n) not in in_asserts and (k := _estimate_kind(n, helpers, arguments))]
        if not kinds and id(stmt) not in in_asserts and (called := _shifted_evaluations(stmt, arguments)):
            if not _only_checked(function, stmt, in_asserts):  # the least precise story: told when no other is
                kind = f"evaluates {called} at nearby points moved from one input (like f(x + h) and f(x - h))"
                shifted.append((stmt.lineno, kind, f"{function.name} {kind}: {advice}"))
            continue
        if not kinds:
            continue
        if not _only_checked(function, stmt, in_asserts):
            found.append((stmt.lineno, kinds[0], f"{function.name} {kinds[0]}: {advice}"))
    lines = {line: (line, kind, message) for line, kind, message in reversed(found)}  # one per line, the first
    # a stencil's grid or numbers are the points of an estimate, and x + m against x - m its least precise story: told
    # only when nothing else is (one finding per estimate: np.linspace(x - h, x + h, 9) fitted by chebfit is one;
    # f(W + E) - f(W - E) with E one-hot is told as a unit step)
    direct = [f for f in lines.values() if f[1] not in _ESTIMATE_PARTS]
    return sorted(direct) or loops or sorted(lines.values()) or shifted[:1] or _scaled_by_reciprocal(function, advice)


def _scaled_by_reciprocal(function: ast.FunctionDef | ast.AsyncFunctionDef, advice: str) -> list[tuple[int, str, str]]:
    """The finding of :func:`_step_and_reciprocal`, told only when no other story is (its numbers alone say nothing
    of how the evaluations are arranged); [] when there is none or it is in a self-check."""
    pair = _step_and_reciprocal(function)
    if pair is None or id(pair[0]) in _checks(function):
        return []
    node, h, factor, m = pair
    times = "" if m == 1 else f"{m} * "
    kind = (
        f"holds a small step h = {h:.3g} and {factor:.6g} = 1 / ({times}h), the factor that turns a difference of "
        "evaluations at x + h and x - h into a slope"
    )
    return [(node.lineno, kind, f"{function.name} {kind}: {advice}")]


# how an array is stored, read inside a graded function: an answer right only for arrays stored as the tests' are
# (writeable, contiguous, not a view) is right for no other (round 88: relu gave abs(z) for a read-only z or a view)
STORAGE_ATTRS = {
    "flags": "how the array is stored: writeable, contiguous; a result must not depend on it",
    "base": "whether the array is a view; a result must not depend on it",
    "strides": "how the array is laid out in memory; a result must not depend on it",
    "ctypes": "the array's memory",
    "__array_interface__": "the array's memory",
}


ARITHMETIC_METHODS = {
    *("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__matmul__", "__rmatmul__"),
    *("__truediv__", "__rtruediv__", "__pow__", "__rpow__", "__neg__"),  # round 78: a dual number with -, + and /
}
# a type that decides its own comparisons, or how numpy computes with it, can pass for any value (round 78: an ndarray
# subclass whose == and subtraction always said "equal" was told "dual numbers")
COMPARISON_METHODS = {"__eq__", "__ne__", "__array_ufunc__", "__array_function__"}
NUMERIC_BASES = {"ndarray", "float", "int", "complex", "float64", "float32", "generic", "Number", "Real"}
COMPLEX_NOTE = "uses complex numbers (complex-step differentiation estimates gradients numerically)"
COMPLEX_DTYPE_CODES = {"D", "F", "G", "c8", "c16", "c32", "complex", "complex64", "complex128", "complex256", "cfloat"}
COMPLEX_NUMPY_NAMES = {"complex64", "complex128", "complex256", "complex_", "cdouble", "csingle", "clongdouble"}


def _write_guards(node: ast.If) -> set[int]:
    """The ``X.flags`` reads in ``node``'s test that decide whether to write into ``X`` in place: ``X`` is written in
    place in one of its branches (``out=X``, ``X[...] = ``, ``X -= ...``). Such a read guards a write (round 108: a
    gradient_step subtracting in place only into writeable float arrays, new arrays otherwise), it does not change a
    result the way reading how the argument is stored to answer otherwise does (round 88)."""
    written: set[str] = set()
    for stmt in [*node.body, *node.orelse]:
        for n in ast.walk(stmt):
            if isinstance(n, ast.Call):
                for k in n.keywords:
                    if k.arg == "out":
                        outs = k.value.elts if isinstance(k.value, ast.Tuple) else [k.value]
                        written |= {o.id for o in outs if isinstance(o, ast.Name)}
            targets = n.targets if isinstance(n, ast.Assign) else [n.target] if isinstance(n, ast.AugAssign) else []
            for t in targets:
                if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name):
                    written.add(t.value.id)
                elif isinstance(n, ast.AugAssign) and isinstance(t, ast.Name):
                    written.add(t.id)
    reads = (n for n in ast.walk(node.test) if isinstance(n, ast.Attribute) and n.attr == "flags")
    return {id(n) for n in reads if isinstance(n.value, ast.Name) and n.value.id in written}


class _Scanner(ast.NodeVisitor):
    def __init__(
        self,
        aliases: dict[str, str],
        graded: frozenset[str] = frozenset(),
        helpers: dict[str, str] | None = None,
        tables: dict[str, str] | None = None,
    ) -> None:
        self.aliases = aliases  # name -> dotted module path, shared across the notebook's cells
        self.helpers = {} if helpers is None else helpers  # the notebook's estimating functions, shared too
        self.tables = {} if tables is None else tables  # names bound outside functions to estimates, shared too
        self.findings: list[tuple[int, str]] = []
        self.notes: list[tuple[int, str]] = []
        self.assigned: set[str] = set()  # names the code binds itself (then In, _ih are its own)
        self.depth = 0  # > 0 inside def/class bodies
        self.graded = graded  # names of the functions and methods the tests grade, and worked answers
        self.functions: list[str] = []  # the def statements the visitor is inside, outermost first
        self.estimates: list[tuple[int, str]] = []
        # loop variables that only take constant strings (for name in ("weights", "biases")): name -> the strings
        self.string_names: dict[str, tuple[str, ...]] = {}
        self.string_constants: dict[str, tuple[str, ...]] = {}  # names bound to a tuple of strings, as last bound
        self.write_guards: set[int] = set()  # .flags reads that decide whether to write in place (_write_guards)

    def add(self, node: ast.AST, text: str) -> None:
        self.findings.append((getattr(node, "lineno", 0), text))

    def note(self, node: ast.AST, text: str) -> None:
        self.notes.append((getattr(node, "lineno", 0), text))

    # names and attribute chains

    def resolve(self, node: ast.AST) -> str | None:
        """The dotted name ``node`` refers to, when it starts at a module alias (:func:`_resolve`)."""
        return _resolve(node, self.aliases)

    @staticmethod
    def protected(dotted: str | None) -> bool:
        return bool(dotted) and dotted.split(".")[0].split("[")[0] in PROTECTED_MODULES

    def check_target(self, target: ast.AST, verb: str) -> None:
        if isinstance(target, (ast.Tuple, ast.List)):
            for t in target.elts:
                self.check_target(t, verb)
            return
        if isinstance(target, ast.Starred):
            self.check_target(target.value, verb)
            return
        if isinstance(target, (ast.Attribute, ast.Subscript)):
            dotted = self.resolve(target)
            if self.protected(dotted):
                self.add(target, f"{verb} {dotted} (a protected module's attribute)")
            elif isinstance(target, ast.Attribute) and target.attr in DUNDER_ATTRS:
                self.add(target, f"{verb} .{target.attr} ({DUNDER_ATTRS[target.attr]})")
        elif isinstance(target, ast.Name) and self.depth == 0:
            if target.id in self.aliases and self.protected(self.aliases[target.id]):
                self.note(
                    target, f"{verb} the name {target.id} (bound to {self.aliases[target.id]}); the tests do not see it"
                )
            elif target.id in TEST_BUILTINS:
                self.note(target, f"{verb} the builtin {target.id}; the tests do not see it")

    # statements

    def visit_Assign(self, node: ast.Assign) -> None:
        for t in node.targets:
            self.check_target(t, "reassigns")
        value = node.value
        constant = (
            tuple(e.value for e in value.elts)  # type: ignore[attr-defined]
            if isinstance(value, (ast.Tuple, ast.List)) and value.elts and all(_is_str(e) for e in value.elts)
            else None
        )
        for t in node.targets:
            if isinstance(t, ast.Name):
                if constant is None:
                    self.string_constants.pop(t.id, None)
                else:
                    self.string_constants[t.id] = constant
        if self.depth == 0:  # bound to an estimate, or bound again to something else
            what = self.estimated(node.value)
            read = next(  # a name bound to an estimate; an answer bound to one is flagged itself (once)
                (
                    n.id
                    for n in ast.walk(node.value)
                    if isinstance(n, ast.Name) and n.id in self.tables and n.id not in self.graded
                ),
                None,
            )
            for n in (n for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)):
                if n.id in self.graded and (what or read):  # a worked task's answer (round 88)
                    source = what or f"it is computed from {read}, which {self.tables[read].removeprefix('it ')}"
                    self.estimates.append(
                        (
                            node.lineno,
                            f"{n.id}, an answer the tests read, is a numerical estimate: {source}. Gradients must "
                            "be derived",
                        )
                    )
            for n in (n for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)):
                if what:
                    self.tables[n.id] = what
                else:
                    self.tables.pop(n.id, None)
        self.generic_visit(node)

    def estimated(self, value: ast.AST) -> str:
        """What makes ``value`` (outside any function) an estimate of derivatives, or "": a slope estimator or a
        polynomial fit of numpy called, or what :func:`_estimate_kind` finds."""
        for n in ast.walk(value):
            if kind := _slope_call(n, self.aliases) or _estimate_kind(n, self.helpers):
                return f"it {kind}"
        return ""

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.check_target(node.target, "reassigns")
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self.check_target(node.target, "reassigns")
        self.generic_visit(node)

    def visit_Delete(self, node: ast.Delete) -> None:
        for t in node.targets:
            self.check_target(t, "deletes")
        self.generic_visit(node)

    def visit_For(self, node: ast.For) -> None:
        self.check_target(node.target, "rebinds")
        outer = self.string_names
        self.string_names = {**outer, **_loop_strings(node, self.string_constants)}
        self.generic_visit(node)
        self.string_names = outer

    def visit_NamedExpr(self, node: ast.NamedExpr) -> None:
        self.check_target(node.target, "rebinds")
        self.generic_visit(node)

    def _define(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        if self.depth == 0:
            self.check_target(ast.Name(id=node.name, lineno=node.lineno), "redefines")
        for d in node.decorator_list:
            self.visit(d)
        is_function = not isinstance(node, ast.ClassDef)
        if not is_function:  # the class's helper methods that estimate, whatever their order (round 26)
            for method in node.body:
                if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and method.name not in self.graded:
                    estimates = _numerical_estimates(method, self.aliases, self.helpers, self.tables)
                    if estimates:
                        self.helpers[method.name] = estimates[0][1]
        if is_function:
            self.functions.append(node.name)
            estimates = _numerical_estimates(node, self.aliases, self.helpers, self.tables)
            if node.name in self.graded:
                self.estimates += [(line, message) for line, _, message in estimates]
            elif estimates:
                self.helpers[node.name] = estimates[0][1]  # a graded function calling it is flagged
            for default in [*node.args.defaults, *node.args.kw_defaults]:
                if default is not None:
                    self.visit(default)
        self.depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self.depth -= 1
        if is_function:
            self.functions.pop()

    visit_FunctionDef = _define
    visit_AsyncFunctionDef = _define

    def _imported(self, node: ast.AST, module: str, bound: str) -> None:
        top = module.split(".")[0]
        if module in MEMBERS_CHECKED or (top in MEMBERS_CHECKED and module.split(".")[1] in MEMBERS_CHECKED[top]):
            pass  # its uses are flagged (visit_Attribute, visit_Name), not the import
        elif _os_path_only(module):
            pass  # its uses are flagged unless harmless (visit_Attribute, visit_Name), in this cell and later ones
        elif top in RISKY_IMPORTS:
            self.add(node, f"imports {module} ({RISKY_IMPORTS[top]})")
        elif top == "backprop_course" and module != top and module.split(".")[1] not in STUDENT_MODULES:
            self.add(node, f"imports {module} (the grader's own code, which no answer needs)")
        if bound in self.aliases and self.protected(self.aliases[bound]) and self.aliases[bound] != module:
            self.note(node, f"rebinds the name {bound} (bound to {self.aliases[bound]}); the tests do not see it")
        self.aliases[bound] = module

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            self._imported(node, a.name, a.asname or a.name.split(".")[0])
            if a.asname is None:
                self.aliases[a.name.split(".")[0]] = a.name.split(".")[0]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        mod = node.module or ""
        for a in node.names:
            if a.name == "*":
                if mod.split(".")[0] in RISKY_IMPORTS:
                    self.add(node, f"imports * from {mod} ({RISKY_IMPORTS[mod.split('.')[0]]})")
                else:
                    self.notes.append(
                        (
                            node.lineno,
                            f"from {mod} import * (rebinds names such as sum, max, all; the tests do not see it)",
                        )
                    )
                continue
            self._imported(node, f"{mod}.{a.name}" if mod else a.name, a.asname or a.name)
            if mod.split(".")[0] in RISKY_IMPORTS:
                continue
            if f"{mod}.{a.name}".split(".")[0] not in RISKY_IMPORTS and a.name in ("get_ipython",):
                self.add(node, "imports get_ipython (the kernel's shell)")

    # expressions

    def visit_Compare(self, node: ast.Compare) -> None:
        """``"init_net" in globals()``, a membership test of a name, reads no value: not flagged (iterating over
        ``globals()``, writing to it or reading a computed key is)."""
        for op, right in zip(node.ops, node.comparators, strict=True):
            if not (isinstance(op, (ast.In, ast.NotIn)) and _is_globals_call(right)):
                self.visit(right)
        self.visit(node.left)

    def visit_Subscript(self, node: ast.Subscript) -> None:
        """``globals()["sigmoid"]`` reads one name, as ``sigmoid`` does: not flagged (a computed key is)."""
        if isinstance(node.ctx, ast.Load) and _is_globals_call(node.value) and _is_str(node.slice):
            return
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        if (  # globals().get("sigmoid"): one name read, as above
            isinstance(f, ast.Attribute)
            and f.attr == "get"
            and _is_globals_call(f.value)
            and node.args
            and _is_str(node.args[0])
            and not node.keywords
        ):
            for child in node.args[1:]:
                self.visit(child)
            return
        self.complex_spelled(node)
        if (
            isinstance(f, ast.Name)
            and f.id in ("getattr", "setattr", "delattr", "hasattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
        ):  # getattr(sys, "displayhook") is sys.displayhook
            self.visit_Attribute(
                ast.Attribute(
                    value=node.args[0],
                    attr=node.args[1].value,
                    ctx=ast.Load(),
                    lineno=node.lineno,
                    col_offset=node.col_offset,
                )
            )
        if isinstance(f, ast.Name):
            if f.id in RISKY_CALLS:
                self.add(node, RISKY_CALLS[f.id])
            if f.id in ("setattr", "delattr") and node.args:
                dotted = self.resolve(node.args[0])
                is_self = isinstance(node.args[0], ast.Name) and node.args[0].id in ("self", "cls")
                named = len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                looped = (
                    len(node.args) >= 2 and isinstance(node.args[1], ast.Name) and node.args[1].id in self.string_names
                )
                if looped:  # round 56: setattr(layer, name, ...) for name in ("weights", "biases") names them
                    for attr in self.string_names[node.args[1].id]:
                        self.visit_Attribute(
                            ast.Attribute(
                                value=node.args[0],
                                attr=attr,
                                ctx=ast.Load(),
                                lineno=node.lineno,
                                col_offset=node.col_offset,
                            )
                        )
                if self.protected(dotted):
                    self.add(node, f"{f.id}() on {dotted} (a protected module)")
                elif not is_self and not named and not looped:
                    # setattr(layer, "weights", W) is layer.weights = W (checked above as that); a computed name
                    # on an object the code did not create can reach anything
                    self.add(node, f"{f.id}() with a computed attribute name on an object it did not create")
            if f.id == "vars" and node.args and self.protected(self.resolve(node.args[0])):
                self.add(node, f"vars() of {self.resolve(node.args[0])}")
        dotted = self.resolve(f) if isinstance(f, ast.Attribute) else None
        if dotted:
            parts = dotted.split(".")
            if parts[0] == "numpy" and parts[-1] in NUMPY_FILE_FUNCTIONS:
                self.add(node, f"calls {dotted} (files)")
            if dotted.endswith(".get_ipython"):
                self.add(node, "calls get_ipython() (the kernel's shell)")
        elif isinstance(f, ast.Attribute) and f.attr == "tofile":
            self.add(node, "calls .tofile() (files)")
        if isinstance(f, ast.Name):  # the name itself is reported above, not again as a use
            for child in [*node.args, *node.keywords]:
                self.visit(child)
        else:
            self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        root = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(root, ast.Name) and self.aliases.get(root.id, "").split(".")[0] == "os":
            dotted = self.resolve(node) or ""
            if not (isinstance(node.ctx, ast.Load) and _os_path_only(dotted) and dotted != "os.path"):
                self.add(node, f"uses {dotted} ({RISKY_IMPORTS['os']})")
            return
        module = self.aliases.get(node.value.id, "") if isinstance(node.value, ast.Name) else ""
        if module in MEMBERS_CHECKED:
            if node.attr not in MEMBERS_CHECKED[module] or not isinstance(node.ctx, ast.Load):
                self.add(node, f"uses {module}.{node.attr} ({RISKY_IMPORTS[module]})")
            return
        # its own object: self.__dict__, self.__class__; a function's own attributes, update_layer.__dict__ inside
        # def update_layer (a call counter: round 74)
        name = node.value.id if isinstance(node.value, ast.Name) else ""
        own = (name == "self" and node.attr in ("__dict__", "__class__")) or (
            name in self.functions and name not in self.aliases and node.attr == "__dict__"
        )
        if node.attr in DUNDER_ATTRS and isinstance(node.ctx, ast.Load) and not own:
            self.add(node, f"uses .{node.attr} ({DUNDER_ATTRS[node.attr]})")
        if (
            node.attr in STORAGE_ATTRS
            and name != "self"
            and set(self.functions) & self.graded
            and id(node) not in self.write_guards
        ):
            self.add(node, f"{self.functions[-1]} reads .{node.attr} ({STORAGE_ATTRS[node.attr]})")
        dotted = self.resolve(node)
        if dotted and dotted.startswith("sys.") and dotted.split(".")[1].split("[")[0] in SYS_ATTRS:
            # print(..., file=sys.stderr) and sys.stdout.write(...) only write; replacing them is flagged as a store
            parts = dotted.split(".")
            writes = parts[1] in ("stdout", "stderr") and parts[2:] in ([], ["write"], ["flush"])
            if not (writes and isinstance(node.ctx, ast.Load)):
                self.add(node, f"uses {dotted.split('[')[0]}")
        self.generic_visit(node)

    def visit_If(self, node: ast.If) -> None:
        self.write_guards |= _write_guards(node)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, complex):
            self.add(node, COMPLEX_NOTE)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        """A class with its own arithmetic (``__add__``, ``__mul__``...): a dual number or an autograd value, which
        differentiates automatically."""
        defined = {
            t.id if isinstance(t, ast.Name) else getattr(t, "name", "")
            for item in node.body
            for t in ([item] if isinstance(item, ast.FunctionDef) else getattr(item, "targets", []))
        }
        arithmetic = sorted(defined & ARITHMETIC_METHODS)
        comparisons = sorted(defined & COMPARISON_METHODS)
        numeric_base = any(
            (b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")) in NUMERIC_BASES for b in node.bases
        )
        if comparisons and (arithmetic or {"__array_ufunc__", "__array_function__"} & defined or numeric_base):
            self.add(
                node,
                f"defines how its own type compares or computes ({', '.join(comparisons + arithmetic)}): a value that "
                "decides its own comparisons can pass for any answer (the tests take plain numbers and arrays only)",
            )
        elif len(arithmetic) >= 2:
            self.add(
                node,
                f"defines arithmetic for its own number type ({', '.join(arithmetic)}): dual numbers or an autograd "
                "value differentiate automatically (exact, so the tests accept it; the notebook asks for derived "
                "gradients, and says this is flagged)",
            )
        self._define(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        """``(-1.0) ** 0.5``: a negative number to a fractional power is complex in Python (``1j`` unspelled)."""
        base, power = node.left, node.right
        if (
            isinstance(node.op, ast.Pow)
            and isinstance(base, ast.UnaryOp)
            and isinstance(base.op, ast.USub)
            and isinstance(power, ast.Constant)
            and isinstance(power.value, float)
            and not power.value.is_integer()
        ):
            self.add(node, COMPLEX_NOTE)
        self.generic_visit(node)

    def complex_spelled(self, node: ast.Call) -> None:
        """Complex numbers without a ``1j``: ``complex(...)``, a complex dtype (``dtype="D"``, ``.astype(complex)``,
        ``.view("c16")``, ``np.complex128``), ``np.emath`` / ``numpy.lib.scimath`` (``sqrt(-1)`` is ``1j``)."""
        f = node.func
        dtypes = [k.value for k in node.keywords if k.arg == "dtype"]
        if isinstance(f, ast.Attribute) and f.attr in ("astype", "view") and node.args:  # .view("c16") too
            dtypes.append(node.args[0])
        if isinstance(f, ast.Attribute) and self.resolve(f) == "numpy.dtype" and node.args:
            dtypes.append(node.args[0])  # round 120: .view(np.dtype("c16"))
        if (isinstance(f, ast.Name) and f.id == "complex" and "complex" not in self.assigned) or any(
            (isinstance(d, ast.Constant) and isinstance(d.value, str) and d.value in COMPLEX_DTYPE_CODES)
            or (isinstance(d, ast.Name) and d.id == "complex")
            or (isinstance(d, ast.Attribute) and (self.resolve(d) or "").split(".")[-1] in COMPLEX_NUMPY_NAMES)
            for d in dtypes
        ):
            self.add(node, COMPLEX_NOTE)
        dotted = self.resolve(f) if isinstance(f, ast.Attribute) else None
        if (
            dotted
            and (
                dotted.split(".")[-1] in COMPLEX_NUMPY_NAMES
                or dotted.startswith(("numpy.emath.", "numpy.lib.scimath."))
            )
            and dotted.startswith("numpy.")
        ):
            self.add(node, COMPLEX_NOTE)

    def visit_Name(self, node: ast.Name) -> None:
        if node.id in ("get_ipython", "__builtins__", "__import__") and isinstance(node.ctx, ast.Load):
            self.add(node, f"uses {node.id}")
        if self.aliases.get(node.id) in ("os", "os.path") and isinstance(node.ctx, ast.Load):  # a bare use
            self.add(node, f"uses the module {self.aliases[node.id]} as a value ({RISKY_IMPORTS['os']})")
        module = self.aliases.get(node.id)
        if module in MEMBERS_CHECKED and isinstance(node.ctx, ast.Load):  # not inspect.<attr>: any use
            self.add(node, f"uses the module {module} as a value ({RISKY_IMPORTS[module]})")
        if HISTORY_NAME.match(node.id) and isinstance(node.ctx, ast.Load) and node.id not in self.assigned:
            self.add(node, f"reads {node.id}, the kernel's input/output history")
        if isinstance(node.ctx, ast.Store):
            self.assigned.add(node.id)
        self.generic_visit(node)


def _os_path_only(module: str) -> bool:
    """``os.path``, or one of its :data:`OS_PATH_HARMLESS` functions (``os.path.join``)."""
    parts = module.split(".")
    return parts[:2] == ["os", "path"] and (len(parts) == 2 or (len(parts) == 3 and parts[2] in OS_PATH_HARMLESS))


def _is_globals_call(node: ast.AST) -> bool:
    """``globals()``, called without arguments."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "globals"
        and not node.args
        and not node.keywords
    )


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


_PARSE_LOCK = threading.Lock()


def parse(code: str) -> ast.Module:
    """``ast.parse``, cached and serialised (see :func:`_parse`)."""
    return _parse(code)


@functools.lru_cache(maxsize=4096)
def _parse(code: str) -> ast.Module:
    """Parsed once per distinct source: most cells are the same for every student.

    One parse at a time: CPython 3.11's parser, run by several grading threads at once, can fail
    with "SystemError: AST constructor recursion depth mismatch".
    """
    with _PARSE_LOCK:
        return ast.parse(code)


def scan_code(
    source: str,
    aliases: dict[str, str] | None = None,
    graded: frozenset[str] = frozenset(),
    helpers: dict[str, str] | None = None,
    tables: dict[str, str] | None = None,
) -> Scan:
    """The static scan of one cell of code (see the module docstring).

    ``aliases`` maps names to the modules they are bound to (default: ``np``, ``gradcheck``, ...);
    it is updated with the cell's imports, so pass the same dict for a notebook's cells in order.
    ``graded``: names of the functions and methods the tests grade; a difference quotient inside
    one of them is flagged (a finite-difference estimate that is exact, e.g. of a linear function,
    escapes the tests' precision check), and so is a call of a function of the notebook (``helpers``, shared by a
    notebook's cells like ``aliases``) that estimates one, and a read of a name a cell bound outside any function to
    such an estimate (``tables``, shared the same way).
    """
    aliases = DEFAULT_ALIASES.copy() if aliases is None else aliases
    key = (source, tuple(aliases.items()), graded, _items(helpers), _items(tables))
    known = _SCANS.get(key)
    if known is None:
        scan = _scan_code(source, aliases, graded, helpers, tables)
        with _SCANS_LOCK:
            if len(_SCANS) >= SCAN_MEMO_SIZE:
                _SCANS.clear()
            _SCANS[key] = (scan, dict(aliases), _copy(helpers), _copy(tables))
    else:
        scan, aliases_after, helpers_after, tables_after = known
        for shared, after in ((aliases, aliases_after), (helpers, helpers_after), (tables, tables_after)):
            if shared is not None and after is not None:
                shared.clear()
                shared.update(after)
    return Scan(list(scan.flags), list(scan.notes), list(scan.estimates), scan.syntax)


# scan_code's results by (source, the shared names it was given): most cells are the same for many students, and so
# are the names earlier cells bound (issue 21: the scan was 3 of the 22 CPU-seconds of the grading process on the
# 40-student bench class). A scan reads nothing else, so a known cell's scan and the names it leaves are reused.
SCAN_MEMO_SIZE = 8192
_SCANS: dict[tuple[Any, ...], tuple[Scan, dict[str, str], dict[str, str] | None, dict[str, str] | None]] = {}
_SCANS_LOCK = threading.Lock()


def _items(names: dict[str, str] | None) -> tuple[tuple[str, str], ...] | None:
    return None if names is None else tuple(names.items())


def _copy(names: dict[str, str] | None) -> dict[str, str] | None:
    return None if names is None else dict(names)


def _scan_code(
    source: str,
    aliases: dict[str, str],
    graded: frozenset[str],
    helpers: dict[str, str] | None,
    tables: dict[str, str] | None,
) -> Scan:
    """:func:`scan_code` without its memo."""
    scan = Scan()
    python = _strip_ipython(source, scan)
    if python is None:
        return scan
    try:
        tree = _parse(python)
    except SyntaxError as e:
        scan.syntax = f"line {e.lineno}: {e.msg}"
        return scan
    scanner = _Scanner(aliases, graded, helpers, tables)
    scanner.visit(tree)
    seen = set()
    for line, text in sorted(scanner.findings):
        if (line, text) not in seen:
            seen.add((line, text))
            scan.flags.append(f"line {line}: {text}")
    scan.notes += [f"line {line}: {text}" for line, text in sorted(set(scanner.notes))]
    scan.estimates += [f"line {line}: {text}" for line, text in sorted(set(scanner.estimates))]
    return scan


# --------------------------------------------------------------------------------------------------
# Before grading.


def _nbg(cell: dict[str, Any]) -> dict[str, Any]:
    meta = cell.get("metadata") or {}
    nbg = meta.get("nbgrader") if isinstance(meta, dict) else None
    return nbg if isinstance(nbg, dict) else {}


def _norm(source: Any) -> str:
    text = "".join(source) if isinstance(source, list) else str(source or "")
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def _cell_name(cell: dict[str, Any], index: int) -> str:
    return _nbg(cell).get("grade_id") or f"#{index}"


def inspect_submission(course: Any, assignment: str, folder: Path) -> Inspection:
    """Findings about a submission before it is graded (see the module docstring).

    ``folder`` is the staged copy (:mod:`backprop_course.grade.staging`): the notebook has its
    canonical name, and symbolic links, devices and archives were already left out (and noted).
    """
    out = Inspection()
    expected = folder / f"{assignment}.ipynb"
    if not expected.is_file():
        out.unreadable = f"missing notebook: no {expected.name} in the submission"
        out.flag("unreadable", out.unreadable)
        return out
    raw = expected.read_bytes()
    if not raw.strip():
        out.unreadable = f"empty notebook file ({len(raw)} bytes)"
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            out.unreadable = f"the notebook is not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})"
        else:
            try:
                nb = json.loads(text)
                if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
                    raise ValueError("no list of cells")
            except json.JSONDecodeError as e:
                out.unreadable = f"corrupt JSON (line {e.lineno}, column {e.colno}: {e.msg})"
            except ValueError as e:
                out.unreadable = f"not a Jupyter notebook: {e}"
            except RecursionError:
                out.unreadable = "not a Jupyter notebook: its JSON is nested too deeply to read"
    if out.unreadable:
        out.flag("unreadable", out.unreadable)
        return out
    extra = sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and p.name not in (expected.name, "timestamp.txt")
    )
    if extra:
        out.note("extra-files", f"extra files submitted (copied to the kernel's working directory): {', '.join(extra)}")
    _check_structure(course, assignment, nb, out)
    _scan_notebook(nb, out, _graded_functions(course, assignment), _skipped_cells(course, assignment))
    for rel in extra:
        if rel.endswith(".py"):
            try:
                scan = scan_code((folder / rel).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                continue
            for f in scan.flags:
                out.flag("tamper", f"tampering? file {rel}, {f}", severity="integrity")
    return out


@functools.lru_cache(maxsize=32)
def _release_cells(path: Path, mtime_ns: int) -> tuple[dict[str, str], list[str], frozenset[str]]:
    """(test cell id -> source, answer cell ids, ids of the cells grading removes) of a released notebook (cached per
    file version)."""
    release = json.loads(path.read_text(encoding="utf-8"))
    tests = {
        _nbg(c)["grade_id"]: _norm(c.get("source"))
        for c in release["cells"]
        if _nbg(c).get("grade") and not _nbg(c).get("solution") and _nbg(c).get("grade_id")
    }
    answers = [_nbg(c)["grade_id"] for c in release["cells"] if _nbg(c).get("solution") and _nbg(c).get("grade_id")]
    return tests, answers, frozenset(skip_autograde_ids(release))


def _skipped_cells(course: Any, assignment: str) -> frozenset[str]:
    """grade_ids of the released notebook's cells tagged ``skip-autograde``: grading removes them before the run,
    so a cell after them is numbered as in the executed notebook (the one the TA sees) by leaving them out."""
    path = course.release_dir / assignment / f"{assignment}.ipynb"
    try:
        return _release_cells(path, path.stat().st_mtime_ns)[2]
    except (OSError, ValueError):
        return frozenset()


def _graded_functions(course: Any, assignment: str) -> frozenset[str]:
    """Names of the functions and methods defined in the answer cells of the released notebook."""
    path = course.release_dir / assignment / f"{assignment}.ipynb"
    try:
        return _defined_in_answers(path, path.stat().st_mtime_ns)
    except (OSError, ValueError, SyntaxError):
        return frozenset()


# a worked task's answer cell names the variables its tests read: "# Store your answers in: W2_new, W1_new"
_STORED_ANSWERS = re.compile(r"#\s*Store your answers? in:?\s*(.+)", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _defined_in_answers(path: Path, mtime_ns: int) -> frozenset[str]:
    """The functions and methods defined in the answer cells of the released notebook at ``path``, and the variables
    its worked tasks' answer cells store their answers in (round 88: a worked answer bound at the top level of a cell
    to a finite-difference estimate was not scanned)."""
    release = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for c in release["cells"]:
        if c.get("cell_type") == "code" and _nbg(c).get("solution"):
            source = _norm(c.get("source"))
            python = _strip_ipython(source, Scan())
            for node in ast.walk(_parse(python or "")):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    names.add(node.name)
            for listed in _STORED_ANSWERS.findall(source):
                names.update(re.findall(r"[A-Za-z_]\w*", listed))
    return frozenset(names - {"__init__", "__call__", "__repr__"})


def _check_structure(course: Any, assignment: str, nb: dict[str, Any], out: Inspection) -> None:
    release_path = course.release_dir / assignment / f"{assignment}.ipynb"
    try:
        tests, answers, _ = _release_cells(release_path, release_path.stat().st_mtime_ns)
    except (OSError, ValueError):
        return
    cells = [c for c in nb["cells"] if isinstance(c, dict)]
    if not any(_nbg(c) for c in cells):
        out.explains_failure = (
            "the nbgrader metadata was stripped from every cell, so nbgrader cannot tell answers from tests: "
            "grade it by hand (or restore the metadata and regrade)"
        )
        out.flag("metadata-stripped", out.explains_failure)
        return
    seen: dict[str, list[dict[str, Any]]] = {}
    for c in cells:
        gid = _nbg(c).get("grade_id")
        if gid:
            seen.setdefault(gid, []).append(c)
    deleted = [t for t in tests if t not in seen]
    if deleted:
        out.note("tests-restored", f"test cell(s) deleted, restored from the gradebook and run: {', '.join(deleted)}")
    dup = [g for g, cs in seen.items() if len(cs) > 1]
    if dup:
        out.note("cells-duplicated", f"cell(s) duplicated, the copies ran as ordinary cells: {', '.join(dup)}")
    edited = [t for t in tests if t in seen and any(_norm(c.get("source")) != tests[t] for c in seen[t])]
    if edited:
        out.note("tests-restored", f"test cell(s) edited, the original was restored and run: {', '.join(edited)}")
    missing = [a for a in answers if a not in seen]
    if missing:
        out.note("answers-deleted", f"answer cell(s) deleted: {', '.join(missing)}")
    made_up = [
        g for g, cs in seen.items() if g not in tests and g not in answers and any(_nbg(c).get("grade") for c in cs)
    ]
    if made_up:  # nbgrader would score it; grading runs it as an ordinary cell, worth nothing
        out.flag(
            "made-up-grade-cell",
            f"graded cell(s) that the assignment does not have, run as ordinary cells and worth nothing: "
            f"{', '.join(made_up)}",
            severity="integrity",
        )


SCAN_CELL_MAX_CHARS = 200_000  # a longer cell is scanned up to here (and flagged)
SCAN_SECONDS = 20.0  # the scan of one submission stops here (and flags what it did not scan)


def _scan_notebook(
    nb: dict[str, Any], out: Inspection, graded: frozenset[str] = frozenset(), skipped: frozenset[str] = frozenset()
) -> None:
    """Static scan of the code cells the student controls (answer cells and cells they added), within a budget.

    ``skipped``: grade_ids of the cells grading removes (``skip-autograde``); a cell without a grade_id is named
    ``#<index>`` as in the executed notebook, where they are gone (the first copy of each: nbgrader drops the
    metadata of duplicates)."""
    import time

    aliases = DEFAULT_ALIASES.copy()
    helpers: dict[str, str] = {}
    tables: dict[str, str] = {}
    deadline = time.monotonic() + SCAN_SECONDS
    removed: set[str] = set()
    for i, cell in enumerate(nb["cells"]):
        gid = _nbg(cell).get("grade_id") if isinstance(cell, dict) else None
        if gid in skipped and gid not in removed:
            removed.add(gid)
            continue
        if time.monotonic() > deadline:
            out.flag(
                "not-scanned",
                f"the static scan ran out of its {SCAN_SECONDS:g} s budget at cell #{i}: "
                "the cells from there on were not scanned",
            )
            return
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        meta = _nbg(cell)
        if meta.get("locked") or (meta.get("grade") and not meta.get("solution")):
            # instructor code (nbgrader overwrites it from the gradebook): only learn its imports
            if "import" in _norm(cell.get("source")):
                scan_code(_norm(cell.get("source")), aliases)
            continue
        source = "".join(cell.get("source")) if isinstance(cell.get("source"), list) else str(cell.get("source") or "")
        name = _cell_name(cell, i - len(removed))
        if len(source) > SCAN_CELL_MAX_CHARS:
            out.flag(
                "not-scanned",
                f"cell {name} is {len(source)} characters long: only the first {SCAN_CELL_MAX_CHARS} were scanned",
            )
            source = source[:SCAN_CELL_MAX_CHARS].rsplit("\n", 1)[0]
        scan = scan_code(source, aliases, graded, helpers, tables)
        for f in scan.estimates:
            out.flag("fd-estimate", f"cell {name}, {f}", name, severity="integrity")
        if scan.syntax:
            out.note("syntax-error", f"syntax error in cell {name} ({scan.syntax})", name)
        for f in scan.flags:
            out.flag("tamper", f"tampering? cell {name}, {f}", name, severity="integrity")
        for f in scan.notes:
            out.note("code-note", f"cell {name}, {f}", name)


# --------------------------------------------------------------------------------------------------
# After grading.


def inspect_run(nb_path: Path, timeout: int, limits: Any = None) -> list[Finding]:
    """Findings from an autograded notebook: answer cells that hung, resource caps, truncated output.

    Test cells' outputs are the tester's: its timeouts are reported by the executor, not here.
    """
    found: list[Finding] = []
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    capped: list[str] = []
    for i, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        name = _cell_name(cell, i)
        meta = _nbg(cell)
        is_test = bool(meta.get("grade")) and not meta.get("solution")
        for o in cell.get("outputs", []):
            if o.get("output_type") == "error" and not is_test:
                ename, evalue = str(o.get("ename", "")), str(o.get("evalue", ""))
                if ename == "CellTimeoutError":
                    found.append(
                        Finding(
                            "hang",
                            "ungradable",
                            name,
                            (
                                f"cell {name} hangs: it timed out after {timeout} s and was interrupted; the cells "
                                "after it still ran, so the score may include answers it defined before hanging"
                            ),
                        )
                    )
                elif ename in ("MemoryError", "_ArrayMemoryError") or "Unable to allocate" in evalue:
                    cap = f" ({limits.memory_mb} MB)" if limits is not None else ""
                    found.append(
                        Finding("memory-cap", "ungradable", name, f"cell {name} hit the memory cap{cap}: {ename}")
                    )
                elif ename in ("BlockingIOError", "OSError") and "Resource temporarily unavailable" in evalue:
                    capped.append(name)
            elif o.get("output_type") == "stream":
                text = "".join(o.get("text", "")) if isinstance(o.get("text"), list) else str(o.get("text", ""))
                if "... Output truncated ..." in text:
                    found.append(
                        Finding(
                            "output-truncated",
                            "note",
                            name,
                            f"the output of cell {name} was truncated (more than 1000 lines)",
                        )
                    )
                if o.get("name") == "stderr" and "Resource temporarily unavailable" in text:
                    capped.append(name)
    if capped:
        cap = f" ({limits.processes})" if limits is not None else ""
        cells = list(dict.fromkeys(capped))
        found.append(
            Finding(
                "process-cap",
                "ungradable",
                cells[0],
                (
                    f"the kernel's processes hit the process limit{cap} (fork bomb?); seen in cells "
                    + ", ".join(cells[:5])
                    + (" ..." if len(cells) > 5 else "")
                ),
            )
        )
    return list(dict.fromkeys(found))
