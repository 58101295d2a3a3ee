"""The trusted tester: runs a notebook's test cells against the student's kernel, which it never enters.

One tester process serves one submission. It is forked from the grader's fork server (a clean
process that never ran student code), runs as an unprivileged uid of its own, and talks to two
sockets it inherits: the *control* socket to the grading executor (JSON lines: ``init``, ``run``,
``exit``) and the *bridge* to the student's kernel (:mod:`.codec`).

A test cell's code (visible and hidden part) runs here, in a namespace that persists from test cell
to test cell, like a kernel's. Names the cell does not define resolve, in this order, to Python's
builtins (always the real ones), the tests' own imports (``np`` is numpy, imported here), and
last the notebook's names, fetched from the kernel when the code uses them (:class:`NotebookNames`):
data is copied, anything else arrives as a :class:`KernelObject`, which can be called and have
attributes read or set, and nothing more. So ``from numpy import *`` or a student's own ``np`` in an
answer cell cannot change what the tests compute, and student code never sees a test's code, frames
or variables.

What a test cell prints and the exception that fails it become the cell's outputs in the
autograded notebook, and so its score: nbgrader reads nothing else. An exception the student's code
raised in a hidden part keeps its type but not its message in the output students see.
"""

from __future__ import annotations

import builtins
import copy
import difflib
import functools
import inspect
import io
import json
import os
import random
import re
import secrets
import signal
import socket
import sys
import time
import traceback
import types
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .. import gradcheck, testing
from .codec import (
    COMPLEX_RULE,
    MESSAGE_CHARS,
    NAME_CHARS,
    BridgeError,
    ComplexArithmetic,
    Deadline,
    Endpoint,
    PeerGone,
    ProtocolError,
    Refused,
    RemoteError,
    Runaway,
    StaleLentObject,
    StaleReference,
    TraceHookReplaced,
    clean_text,
    register_proxy_type,
    stack_columns,
    with_builtin,
)

TEST_MODULE = "__grader_tests__"  # the __name__ of the namespace test cells run in
# Where the code that may be lent to the notebook is defined: the test cells, the answer-free helpers.
LENDABLE_MODULES = (TEST_MODULE, "backprop_course.testing", "backprop_course.checks")
HIDDEN_BEGIN, HIDDEN_END = "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"
STDOUT_CHARS = 20_000  # what a test cell's printed output is cut to
IDENTIFIER = re.compile(r"[^\W\d]\w*")
END_SECONDS = 10.0  # how long the kernel gets to close a test session
HELLO_SECONDS = 15.0  # how long the kernel, asked to serve a test cell, gets to open its session


class NoSession(BridgeError):
    """The kernel, asked to serve a test cell, did not open its session: it cannot run the tests (status "kernel")."""


# Python's own words for a call that does not fit a function's parameters: "f() takes 3 positional arguments but 4
# were given", "f() missing 1 required positional argument: 'x'", "f() got an unexpected keyword argument 'lr'"
CALL_MISFIT = re.compile(
    r"([A-Za-z_][\w.]*)\(\) (takes (?:from )?\d+(?: to \d+)? positional arguments? but \d+ (?:were|was) given|"
    r"missing \d+ required (?:positional|keyword-only) arguments?|got an unexpected keyword argument|"
    r"got multiple values for argument|got some positional-only arguments passed as keyword)"
)
ATTRIBUTE_MISSING = re.compile(r"'([A-Za-z_]\w*)' object has no attribute '([A-Za-z_]\w*)'")  # Python's words
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
MISFIT_KINDS = {
    "takes": "more arguments than it has parameters",
    "missing": "a parameter that nothing was passed for",
    "unexpected keyword": "an argument by a name it has no parameter for",
    "multiple values": "an argument passed twice, by position and by name",
    "positional-only": "an argument by name where it takes it by position only",
}


class StudentError(RemoteError):
    """An exception raised by the student's code (its type name and message; nothing else crosses).

    Its ``str()`` never holds the message, which the code may have made from a hidden check's data: a check that
    quotes the exception it caught (``f"... {e}"``) quotes only its type and where it was raised. The message is
    :attr:`message`, shown by the tester only where no hidden check has run yet (``TestRunner._failure``).
    """

    where = ""  # the student's function or method that raised it
    raised = ""  # its type as the kernel named it, for the TA's note (type_name is Exception for an unnamed type)
    unnamed = False  # its type is one a message does not name (TestRunner.unnamed): a class of the student's own
    call = ""  # the arguments it was called with, described (shapes and numbers: what the tester sent)
    call_coarse = ""  # the same without sizes or numbers, for a call a hidden check made (describe_call)
    unit_axis = False  # whether one of those arguments is an array with an axis of length 1
    # ... and that axis was longer in a call of the same function that returned, earlier in the test cell
    unit_axis_new = False
    # the number of axes of one of those arrays, where a call of the same function that returned had another one
    axes_new = ""

    def __str__(self) -> str:
        return f"{self.type_name} raised by your {self.where or 'code'}"


def student_error(
    e: RemoteError,
    where: str,
    call: str = "",
    unit_axis: bool = False,
    unit_axis_new: bool = False,
    axes_new: str = "",
    call_coarse: str = "",
) -> StudentError:
    """``e`` as a :class:`StudentError` that is also an instance of the builtin exception it names.

    So a test can ``except ValueError`` around a call of the student's code. A type name the student's cells do not
    hold is replaced (:class:`ShownNames`).
    """
    type_name = shown_names.error(e.type_name)
    # round 129: which of its own exception classes the code raised (Batch_under_20, Layers_3...) told it the hidden
    # data's sizes, through the feedback and the checks' messages: such a type is Exception to every message
    unnamed = _current_runner is not None and _current_runner.unnamed(type_name)
    cls = with_builtin(StudentError, "Exception" if unnamed else type_name, prefix="Student")
    err = cls.__new__(cls)
    RemoteError.__init__(err, "Exception" if unnamed else type_name, e.message)
    err.raised, err.unnamed = type_name, unnamed
    err.where, err.call, err.unit_axis, err.unit_axis_new = where, call, unit_axis, unit_axis_new
    err.axes_new, err.call_coarse = axes_new, call_coarse
    return err


def describe_call(args: tuple[Any, ...], kwargs: dict[str, Any], coarse: bool = False) -> str:
    """The arguments of a call the tester made, as a message may show them: arrays by dtype and shape, lists by
    length, numbers as they are, anything else by its type (built here from what the tester sent, never from
    what the kernel said). ``coarse``: arrays by their number of axes and whether one has length 1, numbers as
    "a number", for a call a hidden check made (round 123: code that raised on any call but the visible check's
    read the hidden data's sizes, the learning rate and the iteration count off the feedback)."""

    def one(v: Any) -> str:
        if isinstance(v, np.ndarray):
            kind = "an array" if v.dtype == np.float64 else f"a {v.dtype} array"
            if coarse:
                unit = " with an axis of length 1" if 1 in v.shape else ""
                return f"{'a 0-d array' if v.ndim == 0 else f'{kind} of {v.ndim} axes'}{unit}"
            return f"{kind} of shape {v.shape}"
        if isinstance(v, (bool, int, float, np.number)) and not isinstance(v, np.ndarray):
            if coarse:
                return "a bool" if isinstance(v, (bool, np.bool_)) else "a number"
            return clean_text(repr(v.item() if isinstance(v, np.number) else v), 24)
        if isinstance(v, (list, tuple)):
            return f"a {type(v).__name__} of {len(v)}"
        if isinstance(v, KernelObject):
            return repr(v)
        return f"a {type(v).__name__}"

    return ", ".join([one(v) for v in args] + [f"{k}={one(v)}" for k, v in kwargs.items()])


class ShownNames:
    """Which of the names the kernel reports (an exception's type, a function's or a class's name) a message shows.

    The notebook's code makes these names and can make them while a hidden check runs, from the data it was given
    (``type("x" + str(data), (ValueError,), {})``, ``f.__qualname__ = ...``): a name is shown as it is only if each
    of its dotted parts is written in the student's own cells (``source``, sent by the executor) or is one of
    Python's and numpy's; any other is replaced by :attr:`MADE`, an exception's by ``Exception``.
    """

    MADE = "<made at run time>"
    KINDS = ("class", "function", "method", "module", "object")  # codec.describe's

    def __init__(self) -> None:
        self.source: set[str] = set()
        self._known: set[str] | None = None

    def known(self) -> set[str]:
        """Python's and numpy's names (builtins, types, the standard modules students use, numpy's, and every
        exception class loaded here), made once."""
        if self._known is None:
            import collections
            import itertools
            import math

            names = {"<lambda>", "<locals>", "<genexpr>", "<listcomp>", "<dictcomp>", "<setcomp>", "<module>"}
            for module in (builtins, types, collections, functools, itertools, math, random, np, np.linalg, np.random):
                names.update(dir(module))
            names.update(t.__name__ for t in vars(types).values() if isinstance(t, type))
            todo = [BaseException]
            while todo:
                cls = todo.pop()
                names.add(cls.__name__)
                todo.extend(cls.__subclasses__())
            self._known = names
        return self._known

    def __call__(self, name: str) -> str:
        if name == "ndarray[object]":  # codec.describe's name for an array of Python objects (no data in it)
            return name
        if re.fullmatch(r"ndarray\[[<>|=]?[USa]\d*\]", name):  # of strings: their length left out
            return "ndarray[str]"
        parts = name.split(".")
        known = self.known()
        return name if all(p in self.source or p in known for p in parts) else self.MADE

    def kind(self, kind: str) -> str:
        return kind if kind in self.KINDS else "object"

    def error(self, type_name: str) -> str:
        shown = self(type_name)
        return "Exception" if shown == self.MADE or "." in shown else shown


shown_names = ShownNames()


@register_proxy_type
class KernelObject:
    """An object of the student's notebook, held by reference: call it, read or set its attributes.

    Using it as data (an array, a number, a sequence) fails with a message that says what it is:
    a value crosses from the notebook only if it is plain data.
    """

    __slots__ = ("_bridge", "_bridge_id", "_bridge_kind", "_bridge_name", "_bridge_origin")

    def __init__(self, endpoint: Endpoint, oid: int, kind: str, name: str) -> None:
        object.__setattr__(self, "_bridge", endpoint)
        object.__setattr__(self, "_bridge_id", oid)
        object.__setattr__(self, "_bridge_kind", kind)
        object.__setattr__(self, "_bridge_name", name)  # a function's or class's name, an object's class
        object.__setattr__(self, "_bridge_origin", "")  # e.g. "relu() returned": where an object came from

    def _where(self, attr: str = "") -> str:
        return f"{self._bridge_name}.{attr}" if attr else self._bridge_name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            value = self._bridge.getattr(self, name)
        except RemoteError as e:
            if e.type_name == "AttributeError":
                raise AttributeError(f"{self._bridge_name} object has no attribute {name!r}") from None
            raise student_error(e, self._where(name)) from None
        if isinstance(value, KernelObject) and value._bridge_kind in ("function", "method"):
            object.__setattr__(value, "_bridge_name", f"{self._bridge_name}.{name}")
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        try:
            self._bridge.setattr(self, name, value)
        except RemoteError as e:
            raise student_error(e, self._where(name)) from None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        value = self._call_as(args, kwargs)
        # where an object the tests cannot use came from: the result itself, or one of a tuple's or list's (round 79:
        # an object array dW of linear_backward's (dx, dW, db) was told "your code gave a ndarray object")
        items = value if isinstance(value, (tuple, list)) else ()
        for k, item in [(None, value), *enumerate(items[:8])]:
            if isinstance(item, KernelObject) and item._bridge_kind == "object" and not item._bridge_origin:
                which = "" if k is None else f", as the {ORDINALS[k]} item of its {type(value).__name__},"
                object.__setattr__(item, "_bridge_origin", f"{self._bridge_name}() returned{which}")
        return value

    def _call_as(self, args: tuple[Any, ...], kwargs: dict[str, Any], op: str = "call") -> Any:
        """Call it in the kernel with the request ``op`` (see :meth:`Endpoint.call`); its errors are the student's."""
        runner = _current_runner
        outer = runner.calling if runner is not None else ""
        nested = runner is not None and runner.call_depth > 0  # made while serving a call of the notebook's
        if runner is not None:
            runner.calling = self._bridge_name
            runner.lent_error = None
            runner.lent_misuse = runner.lent_refused = ""
            runner.call_depth += 1
        error: RemoteError | None = None
        try:
            value = self._bridge.call(self, args, kwargs, op=op)
        except RemoteError as e:
            error = e
        finally:
            if runner is not None:
                runner.call_depth -= 1
        if nested:  # it returned: its caller is the one running again (a time limit leaves the name it stopped)
            runner.calling = outer
        if runner is not None and runner.complex_call:  # whatever the notebook's code did with the refusal
            message = f"{self._bridge_name} called {runner.complex_call} with complex numbers: {COMPLEX_RULE}"
            error = RemoteError(ComplexArithmetic.__name__, message)
        shapes = [v.shape if isinstance(v, np.ndarray) else None for v in (*args, *kwargs.values())]
        if error is not None:
            unit_axis = any(shape is not None and 1 in shape for shape in shapes)
            earlier = runner.returned_shapes.get(self._bridge_name, []) if runner is not None else []
            new = unit_axis and any(_longer_before(shapes, before) for before in earlier)
            axes = next((a for before in earlier if (a := _other_axes(shapes, before))), "")
            call, coarse = describe_call(args, kwargs), describe_call(args, kwargs, coarse=True)
            raise student_error(error, self._where(), call, unit_axis, new, axes, coarse) from None
        if runner is not None:
            runner.returned_shapes.setdefault(self._bridge_name, []).append(shapes)
        return value

    def __describe__(self) -> str:
        """What :func:`backprop_course.testing.describe` says of it in a failure message."""
        if self._bridge_kind == "object":
            return f"{testing.an_object(self._bridge_name)} (not plain data)"
        return f"the {self._bridge_kind} {self._bridge_name}"

    def __repr__(self) -> str:
        if self._bridge_kind == "object":
            return f"<{self._bridge_name} object of the notebook>"
        return f"<{self._bridge_kind} {self._bridge_name} of the notebook>"

    def _refuse(self, *args: Any, **kwargs: Any) -> Any:
        if self._bridge_kind == "object" and self._bridge_name.startswith("ndarray["):  # codec.describe's
            dtype = self._bridge_name[len("ndarray[") : -1]
            raise Refused(
                f"{self._bridge_origin or 'your code gave'} a numpy array of dtype {dtype}: its entries are Python "
                "objects, not numbers (an array made with dtype=object, or np.array of a list that mixes arrays and "
                "numbers or arrays of different shapes). The tests take arrays of numbers: build it with numpy's "
                "operations, or np.array(..., dtype=float) of numbers"
            )
        if self._bridge_kind == "object":
            what = f"{self._bridge_origin or 'your code gave'} {testing.an_object(self._bridge_name)}, which"
        else:
            what = f"the {self._bridge_kind} {self._bridge_name}"
        raise Refused(
            f"{what} is not plain data: the tests can only use numbers, strings, lists, tuples, dicts and numpy "
            "arrays of numbers (not an ndarray subclass, nor an object that converts itself to an array)"
        )

    __array__ = __iter__ = __len__ = __getitem__ = __contains__ = _refuse
    __float__ = __int__ = __index__ = __complex__ = __bool__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _refuse
    __matmul__ = __rmatmul__ = __neg__ = __abs__ = __pow__ = __lt__ = __le__ = __gt__ = __ge__ = _refuse


def _lendable_module(name: Any) -> bool:
    return type(name) is str and _lendable_module_name(name)


def _parameters(f: Any) -> set[str]:
    """The parameter names of ``f`` (none when it has no signature)."""
    try:
        return set(inspect.signature(f).parameters)
    except (TypeError, ValueError):
        return set()


@functools.lru_cache(maxsize=256)  # asked at every call the kernel makes of a lent object
def _lendable_module_name(name: str) -> bool:
    return any(name == m or name.startswith(m + ".") for m in LENDABLE_MODULES)


def _defined_in_tests(obj: Any) -> bool:
    """Whether ``obj`` is test code (a function, class or instance of the test cells or the checks helpers)."""
    if isinstance(obj, types.MethodType):
        return _defined_in_tests(obj.__func__) and _defined_in_tests(obj.__self__)
    if isinstance(obj, (types.FunctionType, type)):
        return _lendable_module(getattr(obj, "__module__", None))
    return _lendable_module(getattr(type(obj), "__module__", None)) and not isinstance(obj, types.ModuleType)


MAX_REPEAT = 1000  # calls one call_repeat request may ask for (the kernel sends at most agent.MAX_DEFERRED)


def _deferred(target: Any) -> bool:
    """Whether ``target`` is a method, bound to an instance of a lent class, whose calls the test let the kernel hold
    back (:func:`backprop_course.testing.defer_calls`)."""
    runner = _current_runner
    if runner is None or not isinstance(target, types.MethodType) or not _defined_in_tests(target):
        return False
    return (id(type(target.__self__)), target.__name__) in runner.deferred


def _refuse_complex_arguments(target: Any, args: Any, kwargs: Any) -> None:
    """Complex-step differentiation through a reference the tests lent (``sigmoid(z + 1j * h).imag``, the complex
    value never in a variable of the notebook, where :class:`~backprop_course.testing.CodeWatch` would see it):
    refused, and remembered, so the call of the student's code fails even if it catches the refusal."""
    values = [*args, *kwargs.values()] if isinstance(args, list) and isinstance(kwargs, dict) else []
    values += [v for value in values if type(value) in (list, tuple) for v in value[:64]]
    if not any(map(testing.is_complex, values)):
        return
    name = getattr(target, "__qualname__", None) or type(target).__qualname__
    name = clean_text(str(name), NAME_CHARS)
    if _current_runner is not None:
        _current_runner.complex_call = _current_runner.complex_call or name
    raise ComplexArithmetic(f"{name}, lent by the tests, was called with complex numbers: {COMPLEX_RULE}")


class TesterHandler:
    """Serves the kernel's callbacks: calls of, and attributes of, what the tests lent it.

    Only objects defined in the test cells themselves (reference implementations, callbacks) can be
    lent, and only their public attributes (no leading underscore) can be read or set.
    """

    def handle(self, endpoint: Endpoint, op: str, fields: list[Any]) -> list[Any]:
        if fields and isinstance(fields[0], StaleReference):
            fields[0]()  # raises: lent by an earlier test cell
        if op == "call_repeat" and len(fields) == 4 and _deferred(fields[0]):
            # calls of a method the test let the kernel hold back (testing.defer_calls), run in order; a count the
            # kernel gives is what that many calls would do (each counts as a request served: codec.Endpoint.request)
            target, args, kwargs, count = fields
            if not (type(count) is int and 1 <= count <= MAX_REPEAT and isinstance(args, list)):
                raise ProtocolError("a malformed call_repeat request")
            if not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
                raise ProtocolError("a malformed call_repeat request")
            for _ in range(count):
                self._call_lent(endpoint, [target, args, kwargs])
            return []
        if op == "call" and len(fields) == 3 and _defined_in_tests(fields[0]):
            return self._call_lent(endpoint, fields)
        if op == "signature" and len(fields) == 1 and _defined_in_tests(fields[0]) and callable(fields[0]):
            # inspect.signature of a lent function in the notebook (round 27: an honest assert on grad_f's parameters
            # failed): each parameter's name, kind and whether it has a default, never the default itself
            try:
                parameters = inspect.signature(fields[0]).parameters.values()
            except (TypeError, ValueError):
                return [None]
            return [[[p.name, int(p.kind), p.default is not p.empty] for p in parameters]]
        if op == "copy" and len(fields) == 2 and _defined_in_tests(fields[0]):
            # copy.copy / copy.deepcopy of a lent object in the notebook: the copy is made here and lent in turn (a
            # function or a class is its own copy, as in Python)
            obj = fields[0]
            if isinstance(obj, type) or inspect.isroutine(obj):
                return [obj]
            return [copy.deepcopy(obj) if fields[1] else copy.copy(obj)]
        if op in ("getattr", "setattr") and len(fields) >= 2 and isinstance(fields[1], str):
            obj, name = fields[0], fields[1]
            if name.startswith("_") or not _defined_in_tests(obj):
                raise AttributeError(f"{name!r} cannot be used from the notebook")
            if op == "getattr":
                try:
                    return [getattr(obj, name)]
                except AttributeError:
                    runner = _current_runner
                    if runner is not None and not runner.missing_attribute:
                        lent = runner.lent_names.get(id(obj)) or runner.lent_names.get(id(type(obj)))
                        if lent:
                            runner.missing_attribute = f"the instructor's {lent[0]} has no attribute {name!r}"
                    raise
            if len(fields) == 3:
                setattr(obj, name, fields[2])
                return []
        raise ProtocolError(f"the tests do not serve {clean_text(op, 20)!r} requests")

    def _call_lent(self, endpoint: Endpoint, fields: list[Any]) -> list[Any]:
        """A call of a lent object for the kernel (``[target, args, kwargs]``); an exception it raises is noted for
        :func:`backprop_course.testing.raised_in` (and a misuse of a reference named), then it is the notebook's."""
        _refuse_complex_arguments(*fields)
        try:
            return endpoint.serve_call(*fields)
        except Exception as e:  # noqa: BLE001  (noted for testing.raised_in, then the notebook's to handle)
            runner = _current_runner
            if runner is not None and runner.lent_error is None:
                target = fields[0]
                runner.lent_error = (
                    getattr(target, "__self__", target),
                    str(getattr(target, "__name__", "")),
                    type(e).__name__,
                )
                lent = runner.lent_names.get(id(target))
                owner = getattr(target, "__self__", None)  # a method of an instance of a lent class (round 33:
                lent_class = runner.lent_names.get(id(type(owner))) if owner is not None else None  # mlp.train)
                if lent is None and lent_class is not None:
                    lent = (f"{lent_class[0]}.{getattr(target, '__name__', '')}", target)
                if lent and isinstance(e, TypeError):  # called with arguments the reference does not take
                    said = re.sub(r"^[\w.<>]*\(\) ", "", clean_text(str(e), 200))
                    # a keyword's name is the notebook's: quoted only if its own cells write it (ShownNames)
                    said = re.sub(
                        r"'(\w+)'",
                        lambda m: m[0] if m[1] in shown_names.source or m[1] in _parameters(target) else "a name",
                        said,
                    )
                    runner.lent_misuse = f"the instructor's {lent[0]}, given in place of yours, says: {said}"
                if isinstance(e, Refused):  # round 79: an object array passed on, told "RemoteError" alone
                    called = (
                        f"the instructor's {lent[0]}, given in place of yours,"
                        if lent
                        else "a function the test gave it"
                    )
                    runner.lent_refused = f"it called {called} with {str(e).removeprefix('your code gave ')}"
            raise

    def exportable(self, obj: Any) -> bool:
        return _defined_in_tests(obj)

    def proxy(self, endpoint: Endpoint, oid: int, kind: str, name: str) -> Any:
        return KernelObject(endpoint, oid, shown_names.kind(kind), shown_names(name))


class NotebookNames(dict):
    """The builtins of the tests' namespace: Python's own, then the notebook's names, on use."""

    def __init__(self, runner: TestRunner) -> None:
        super().__init__(builtins.__dict__)
        self.runner = runner

    def __missing__(self, name: str) -> Any:
        return self.runner.lookup(name)


class _CappedText(io.TextIOBase):
    def __init__(self, limit: int) -> None:
        self.parts: list[str] = []
        self.size, self.limit, self.cut = 0, limit, False

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        room = self.limit - self.size
        if room > 0:
            self.parts.append(text[:room])
            self.size += min(len(text), room)
        if len(text) > room:
            self.cut = True
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.parts) + ("\n... (output cut)\n" if self.cut else "")


@dataclass
class CellResult:
    """What a test cell produced: its nbformat outputs (the score's evidence) and notes for the TA."""

    status: str  # passed, failed, timeout, runaway (endless calls back), kernel (gone or mute), error (the test)
    outputs: list[dict[str, Any]] = field(default_factory=list)
    diagnosis: str = ""  # why it failed, without run-specific numbers (what reports group students by)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0


class TestRunner:
    """Runs test cells one after the other, for one submission, against its kernel."""

    def __init__(self, bridge: Endpoint, seed: int = 0, notebook_names: Any = None) -> None:
        self.bridge = bridge
        self.seed = seed
        # the only names taken from the notebook (what its own cells define: tasks, given code); None: any
        self.notebook_names: set[str] | None = set(notebook_names) if notebook_names is not None else None
        self.namespace: dict[str, Any] = {"__name__": TEST_MODULE, "__builtins__": NotebookNames(self), "np": np}
        self.kernel_problem = ""  # why the kernel can no longer be asked anything
        self.calling = ""  # the student's function the tests called last
        self.call_depth = 0  # calls of the notebook's code in progress (one made while serving another: 2)
        self.complex_call = ""  # a reference the notebook's code called with complex numbers in this test cell
        # (object, method, exception type) of the first error a lent reference raised in the last call of the notebook
        self.lent_error: tuple[Any, str, str] | None = None
        self.session: int | None = None  # the open session's nonce, between run_cell and end_cell
        self.in_session = False  # the kernel is serving this test cell (else nothing is asked of it)
        self.hidden_ran = False  # a hidden part has run: the student's code may have seen hidden data
        # id of an object lent with references() -> (the notebook's name for it, the object, kept so its id stays its)
        self.lent_names: dict[int, tuple[str, Any]] = {}
        self.lent_in_cell: list[str] = []  # the names testing.references lent in this test cell, in order
        self.lent_now: dict[str, Any] = {}  # per name lent in this test cell, the object it was lent last
        self.deferred: set[tuple[int, str]] = set()  # (id of a lent class, method) the kernel may hold back
        # "the instructor's X has no attribute 'a'": the notebook's code asked a lent object for what it lacks
        self.missing_attribute = ""
        self.lent_misuse = ""  # a lent function called with arguments it does not take (its TypeError, named)
        self.lent_refused = ""  # ... or given a value the tests cannot use (an object array: the Refused message)
        # the student's function -> the array arguments' shapes of each of its calls that returned, in this test cell
        self.returned_shapes: dict[str, list[list[tuple[int, ...] | None]]] = {}
        # what the executor read in the student's source (execute.code_facts): the code's own raise/assert lines per
        # exception type, and the names only a demonstration cell (not run when graded) binds -> that cell
        self.own_raises: dict[str, list[str]] = {}
        self.own_raises_in: dict[str, dict[str, list[str]]] = {}  # per function or Class.method
        self.skipped_names: dict[str, str] = {}
        self.unanswered: set[str] = set()  # answer cells still holding the release's stub (execute.code_facts)
        self.defines: dict[str, str] = {}  # name -> the first cell binding it at its top level (execute.code_facts)
        self.classes: set[str] = set()  # the classes the student's cells define (execute.code_facts)
        self.cell_errors: dict[str, str] = {}  # the cells run so far that ended with an error -> its type name
        self.redefined: dict[str, list[str]] = {}  # a function or class bound in several cells -> those cells
        self.patched: dict[str, list[str]] = {}  # of those cells, the ones setting an attribute of it (Class.f = g)
        self.order: list[str] = []  # the notebook's code cells, in order
        self.answers: set[str] = set()  # its answer cells
        # a function or class of an answer cell -> [[a variable of the notebook it reads, the cell binding it], ...]
        self.reads: dict[str, list[list[str]]] = {}
        self.state: set[str] = set()  # of those variables, the containers the functions fill (a cache)
        # a function or Class.method of an answer cell -> [its parameters, the task's]: the same names in another order
        self.reordered: dict[str, list[list[str]]] = {}
        self.changed: dict[str, list[list[str]]] = {}  # code_facts' changed: other parameters than the task's
        self.matrix: set[str] = set()  # code_facts' matrix: functions whose * and ** meet an np.matrix

    # -- what test code reaches through its namespace and :mod:`backprop_course.testing`

    def lookup(self, name: str) -> Any:
        if not self.in_session:
            raise NameError(f"name {name!r} is not defined (the notebook is not reachable outside a test cell)")
        if self.notebook_names is not None and name not in self.notebook_names:
            raise NameError(
                f"name {name!r} is not defined: the tests take from your notebook only the names its tasks and "
                "given cells define (are the test cells in their original order?)"
            )
        if self.kernel_problem:
            raise BridgeError(self.kernel_problem)
        try:
            (value,) = self.bridge.request("lookup", name)
        except RemoteError:
            cell = self.defines.get(name, "")
            if cell in self.cell_errors:
                error = shown_names.error(self.cell_errors[cell])
                why = (  # round 80: an import of scipy, which the student's machine had, told by the type alone
                    ": a module it imports is not installed where notebooks are graded (numpy and Python's standard "
                    "library are; the task needs nothing else), so it may run in your own notebook and not there"
                    if error in ("ModuleNotFoundError", "ImportError")
                    else " (its output in your notebook shows where)"
                )
                raise NameError(
                    f"name {name!r} is not defined in your notebook: the cell {cell}, which defines it, stopped with "
                    f"{error} before defining it{why}: fix that error first"
                ) from None
            lower = {n.lower(): n for n in self.defines}  # reLU for relu too
            near = [] if cell else difflib.get_close_matches(name.lower(), list(lower), n=1, cutoff=0.8)
            if near:  # round 63: linear_backwards defined for linear_backward was asked whether its cell ran
                found = lower[near[0]]
                other, where = clean_text(found, NAME_CHARS), clean_text(self.defines[found], NAME_CHARS)
                raise NameError(
                    f"name {name!r} is not defined in your notebook, but the cell {where} defines {other!r}: a "
                    f"misspelling? The tests use the names the tasks give ({name!r})."
                ) from None
            raise NameError(
                f"name {name!r} is not defined in your notebook (did the cell that defines it run without errors?)"
            ) from None
        if isinstance(value, KernelObject) and value._bridge_kind == "module":
            raise NameError(f"{name!r} is a module of your notebook: the tests import the modules they use themselves")
        return value

    def bind(self, name: str, obj: Any) -> None:
        if not _defined_in_tests(obj):
            raise TypeError(f"references(): {name} must be a function or class defined in the test cells")
        self.lent_names[id(obj)] = (name, obj)
        self.lent_now[name] = obj
        if name not in self.lent_in_cell:
            self.lent_in_cell.append(name)
        if self.in_session:  # outside a test cell (the shared definitions) there is nothing to rebind
            self.bridge.request("bind", name, obj)

    def defer(self, cls: type, names: list[str]) -> None:
        """Let the kernel hold back calls of the methods ``names`` of instances of ``cls``, a lent class
        (:func:`backprop_course.testing.defer_calls`)."""
        if id(cls) not in self.lent_names or not isinstance(cls, type):
            raise TypeError("defer_calls(): the class must be one lent with testing.references() first")
        for name in names:
            if name.startswith("_") or not callable(getattr(cls, name, None)):
                raise TypeError(f"defer_calls(): {name!r} is not a public method of {cls.__name__}")
            self.deferred.add((id(cls), name))
        if self.in_session:
            self.bridge.request("defer", cls, list(names))

    def bind_known(self, name: str, obj: Any, rest: list[Any], pairs: list[tuple[Any, Any]]) -> None:
        """:meth:`bind`, with results of ``obj`` sent ahead: ``(first, obj(first, *rest))`` pairs (agent's
        ``KnownResults``)."""
        if not _defined_in_tests(obj):
            raise TypeError(f"lend_known_results(): {name} must be a function defined in the test cells")
        if not self.in_session:
            return
        firsts, results = stack_columns([p[0] for p in pairs]), stack_columns([p[1] for p in pairs])
        if firsts is not None and results is not None:  # a few stacked arrays instead of one per entry of each pair
            self.bridge.request("bind_known_columns", name, obj, list(rest), firsts, results)
        else:
            self.bridge.request("bind_known", name, obj, list(rest), [[first, result] for first, result in pairs])

    def keep(self, value: Any) -> Any:
        """A handle to a copy of ``value`` made in the kernel: passed to the notebook's code, it is the same object at
        every call (outside a test cell: ``value`` itself)."""
        if not self.in_session or self.kernel_problem:
            return value
        (kept,) = self.bridge.request("keep", value)
        return kept

    def define(self, setup: str) -> str:
        """Run the tests' shared definitions (no call into the notebook); returns "" or why they failed."""
        if not setup.strip():
            return ""
        try:
            with _time_limit(60.0):
                exec(compile(setup, "<the tests' shared definitions>", "exec"), self.namespace)  # noqa: S102
        except BaseException as e:  # noqa: BLE001
            return f"{type(e).__name__}: {clean_text(str(e), 300)}"
        return ""

    # -- one cell

    def run_cell(self, grade_id: str, source: str, timeout: float) -> CellResult:
        t0 = time.monotonic()
        result = CellResult("passed")
        hidden = hidden_lines(source)
        out, err = _CappedText(STDOUT_CHARS), _CappedText(2000)
        self.calling = self.complex_call = ""
        self.call_depth = 0
        self.missing_attribute = ""
        self.lent_in_cell = []
        self.lent_now = {}
        self.returned_shapes = {}
        nonce = secrets.randbits(62)
        started = False
        self.bridge.forget()
        # a send the kernel never reads (it does not drain the socket) must fail too: SIGALRM is held off
        # during writes so that a frame is never cut, hence this timeout on the socket itself
        self.bridge.sock.settimeout(timeout + 5.0)
        try:
            with _time_limit(timeout), _redirect(out, err):
                if self.kernel_problem:
                    raise BridgeError(self.kernel_problem)
                self._hello(nonce, timeout)
                started = self.in_session = True
                exec(compile(source, _filename(grade_id), "exec"), self.namespace)  # noqa: S102  (instructor code)
        except BaseException as e:  # noqa: BLE001  (every outcome of the test becomes an output)
            result.status, output, note = self._failure(e, grade_id, source, hidden, timeout)
            result.outputs.append(output)
            result.diagnosis = diagnosis(e, output)
            if note:
                result.notes.append(note)
        self.in_session = False
        self.hidden_ran = self.hidden_ran or bool(hidden)
        text = out.getvalue()
        if text:
            result.outputs.insert(0, {"output_type": "stream", "name": "stdout", "text": text})
        if err.getvalue().strip():
            result.notes.append(f"{grade_id} wrote to stderr (not shown to the student): {err.getvalue()[:300]}")
        self.session = nonce if started else None
        result.seconds = round(time.monotonic() - t0, 3)
        return result

    def _hello(self, nonce: int, timeout: float) -> None:
        """Open the cell's session. The kernel was asked to serve just before: if it does not answer within
        HELLO_SECONDS, the notebook changed how its kernel runs code (an input transformer, an event hook), and
        this cell and every later one fail at once instead of each waiting out its time limit."""
        self.bridge.sock.settimeout(min(HELLO_SECONDS, timeout + 5.0))
        try:
            self.bridge.request("hello", nonce)
        except TimeoutError:
            self.kernel_problem = (
                "your notebook's kernel did not start running the tests: did an earlier cell use up its memory (then "
                "it cannot run anything), or change how the kernel runs code (an input transformer, an event hook)?"
            )
            raise NoSession(self.kernel_problem) from None
        finally:
            self.bridge.sock.settimeout(timeout + 5.0)

    def end_cell(self) -> bool:
        """Close the cell's session with the kernel (after the executor interrupted it, if it had to).

        The notebook's names that ``references`` replaced are put back, and every reference lent either
        way expires. False if the kernel did not answer: later test cells then fail at once.
        """
        nonce, self.session = self.session, None
        self.bridge.forget()
        if self.kernel_problem:
            return False
        if self.bridge.broken:
            self.kernel_problem = "your notebook's kernel stopped answering in an earlier test"
            return False
        if nonce is None:
            return True
        try:
            with _time_limit(END_SECONDS):
                self.bridge.request("end", nonce)
        except (Deadline, BridgeError, OSError):
            self.kernel_problem = "your notebook's kernel stopped answering after an earlier test (it hung or died)"
            return False
        except RemoteError:
            pass  # the kernel had already left the session (interrupted): nothing to close
        return True

    def redefinitions(self, grade_id: str, source: str) -> str:
        """A sentence for a failed test whose code names a function or class that a cell other than an answer cell
        defines last before the test (an experiment cell's new version is the one graded, as in Restart & Run
        All; round 31), or ""."""
        if grade_id not in self.order:
            return ""
        before = set(self.order[: self.order.index(grade_id)])
        words = set(IDENTIFIER.findall(source))
        said = []
        for name, cells in sorted(self.redefined.items()):
            cells = [c for c in cells if c in before]
            if name in words and len(cells) > 1 and cells[-1] not in self.answers:
                if cells[-1] in self.patched.get(name, ()):  # round 75: SigmoidMLP.train = ..., told "defined again"
                    where = self._cell_words(cells[-1])
                    said.append(f"{name} is changed in {where} (an attribute set on it: {name}.method = ...)")
                else:
                    said.append(f"{name} is defined again in {self._cell_words(cells[-1])}")
        if not said:
            return ""
        return (
            f" (Note: {'; '.join(said[:2])}: the test uses what is in force when it runs, the last change, as "
            "Restart & Run All does.)"
        )

    def _subjects(self, source: str, table: dict[str, Any]) -> list[str]:
        """The keys of ``table`` (functions, classes, ``Class.method``) a failed test is about: the student's function
        it called last (for a method, its class), or, when it called none, those its code (``source``) names."""
        called = re.split(r"[.(]", self.calling)[0] if self.calling else ""
        words = {called} if called else set(IDENTIFIER.findall(source))
        return [n for n in sorted(table) if n.split(".")[0] in words]

    def call_misfit(self, e: StudentError) -> str:
        """What a TypeError whose message is Python's own for a call that does not fit a function's parameters means
        (round 79: forward_step(y, w, b, scale) given the test's three arguments was told "often a call with the wrong
        number or kind of arguments"), or "". Acts on Python's words, never shows them: the function's name in them
        is taken only when the notebook defines it, and its parameters come from the static code facts."""
        m = CALL_MISFIT.match(e.message.strip())
        if m is None:
            return ""
        called, why = m[1], next(text for key, text in MISFIT_KINDS.items() if key in m[2])
        if called not in self.defines and called.partition(".")[0] not in self.defines:
            return f"a call in it does not fit the function it calls ({why})"
        if called in self.changed:
            return self.changed_signature(called, why)
        name = clean_text(called, NAME_CHARS)
        if called == e.where:
            return f"the test's call does not fit {name}'s parameters ({why}): keep the def line of the task"
        return f"a call of {name} does not fit its parameters ({why})"

    def changed_signature(self, where: str, why: str = "") -> str:
        """``where``'s def line against the task's, when code_facts found other parameters (``changed``), or "".

        ``why``: what Python said of the call that did not fit (:meth:`call_misfit`); without it (another error
        raised by ``where``: round 81, train_mlp(seed, n_iterations, learning_rate) took the test's n_iterations as
        its seed and failed at range(3.0)), only a def line with another number of parameters is told: a renamed one
        takes the task's arguments by position all the same."""
        if where not in self.changed:
            return ""
        mine, task = ([clean_text(p, NAME_CHARS) for p in ps] for ps in self.changed[where])
        if not why and len(mine) == len(task):
            return ""
        name = clean_text(where, NAME_CHARS)
        fix = (
            "keep the task's parameter names"
            if len(mine) == len(task)
            else "an extra parameter of your own needs a default value, after the task's"
            if len(mine) > len(task)
            else "a parameter of the task is missing"
        )
        calls = (
            f"the tests call it with the task's parameters ({why})"
            if why
            else "the tests pass the task's arguments in the task's order, so they land in other parameters than yours"
        )
        return (
            f"{name} takes ({', '.join(mine)}), and the task's {name} takes ({', '.join(task)}): {calls}. Keep the def "
            f"line of the task: {fix}"
        )

    def reordered_parameters(self, source: str) -> str:
        """A sentence for a failed test when the student's function it called last (or, none called, one its code
        names; a method by its class) takes the task's parameters in another order (``execute.code_facts``'
        ``reordered``), or "". Round 65: linear_backward(x, dy, W, b) for the task's (dy, x, W, b) was told as a
        shape error, a missing transpose or a cache."""
        names = self._subjects(source, self.reordered)
        said = [
            f"{clean_text(n, NAME_CHARS)} takes ({', '.join(clean_text(p, NAME_CHARS) for p in mine)}), the task's "
            f"parameters in another order: ({', '.join(clean_text(p, NAME_CHARS) for p in task)})"
            for n in names[:2]
            for mine, task in [self.reordered[n]]
        ]
        if not said:
            return ""
        return f" (Note: {'; '.join(said)}. The tests pass the arguments in the task's order.)"

    def matrix_note(self, source: str) -> str:
        """A sentence for a failed test when the student's function it called last (or, none called, one its code
        names) writes ``*`` or ``**`` where an np.matrix is in play (``execute.code_facts``' ``matrix``), or "".
        Round 84: ``a * (1 - a)`` on np.matrix, a matrix product, was told only "wrong shape (2, 2)"."""
        names = self._subjects(source, dict.fromkeys(self.matrix))
        if not names:
            return ""
        called = self.calling.partition("(")[0]
        name = called if called in names else names[0]
        return (
            f" (Note: {clean_text(name, NAME_CHARS)} works on np.matrix, where * is the matrix product and ** the "
            "matrix power, as in MATLAB; there the element-wise ones are np.multiply(a, b) and np.power(a, k), as * "
            "and ** are on arrays.)"
        )

    def notebook_variables_read(self, source: str) -> str:
        """The lead of a failed test's message when the student's function it called last (or, none called, one its
        code names) reads variables of the notebook bound in another cell (``execute.code_facts``' ``reads``), or "".
        It comes first: the test's own story (a cache, sizes written into the code) is a guess about what it saw
        (round 74: linear_backward computing dx with an experiment cell's W). Data (``W = ...``) is told apart from
        a container the functions fill (``_cache = {}``, ``code_facts``' ``state``)."""
        names = self._subjects(source, self.reads)
        reads = {n: [[v, c] for v, c in self.reads[n] if v not in self.state] for n in names[:2]}
        data = any(reads.values())
        said, variables = [], []
        for name in names[:2]:
            read = reads[name] if data else self.reads[name]
            if not read:
                continue
            variables += [clean_text(v, NAME_CHARS) for v, _ in read if clean_text(v, NAME_CHARS) not in variables]
            cells = sorted({self._cell_words(c) for _, c in read if c in self.order})
            where = f", bound in {' and '.join(cells)}" if cells else ""
            listed = " and ".join(clean_text(v, NAME_CHARS) for v, _ in read)
            said.append(f"{clean_text(name, NAME_CHARS)} reads the notebook's {listed}{where}")
        if not said:
            return ""
        one = len(variables) == 1
        they, them = (variables[0], variables[0]) if one else ("they", "them")
        if not data:  # round 74: a cache that dense_forward fills and dense_backward reads
            return (
                f"{'; '.join(said)}, which your functions fill: when graded, each test calls it with arrays of its "
                f"own, and the functions it calls are the instructor's, which fill nothing there; does it take from "
                f"{them} what an argument holds? What the test found: "
            )
        return (
            f"{'; '.join(said)}: the tests call it with arrays of their own, which {they} "
            f"{'does' if one else 'do'} not hold; does it use {them} where an argument belongs? What the test found: "
        )

    def _cell_words(self, cell: str) -> str:
        """How a message names a cell: its grade_id, or for a cell of the student's own the named cell before it."""
        if not cell.startswith("#"):
            return f"the cell {cell}"
        named = [c for c in self.order[: self.order.index(cell)] if not c.startswith("#")]
        return f"a cell you added after {named[-1]}" if named else "a cell you added"

    def unnamed(self, type_name: str) -> bool:
        """Whether messages name this exception type of the student's code as Exception: a type not among
        :data:`SHOWN_AFTER_HIDDEN`, or a class the student's cells define."""
        return type_name not in SHOWN_AFTER_HIDDEN or type_name in self.classes

    def own_raise(self, type_name: str, where: str = "", call: str = "", *, unnamed: bool = False) -> str:
        """When the student's cells raise ``type_name`` themselves (a ``raise``, an ``assert``): a sentence quoting
        that line and the call (``where(call)``), for an exception whose message is withheld; "" otherwise.
        ``unnamed``: the type is not shown (:meth:`unnamed`), so the lines quoted are those raising any unnamed type,
        which of them raised left untold."""

        def types_of(table: dict[str, list[str]]) -> list[str]:
            return [t for t in table if t == type_name or (unnamed and self.unnamed(t))]

        table = self._raises_of(where)
        if not types_of(table):
            table = self.own_raises
        types = types_of(table)
        lines = list(dict.fromkeys(ln for t in types for ln in table[t]))
        if not lines:
            return ""
        own = lines if table is not self.own_raises else []  # the function's own (and its callees'), not any cell's
        if any(t != type_name for t in types):
            type_name = "an exception of a class of its own"
        quoted = " or ".join(f"`{line}`" for line in lines[:2])
        if own and len(own) > 2:  # which one raised stays in the kernel with the traceback
            quoted = (
                f"one of the {len(own)} lines that do in {where} and the functions of yours it calls, such as {quoted}"
            )
        this = f"this call, {where}({call})," if where and call else "this call"
        return (
            f"your own code raises {type_name} ({quoted}): if that is what refused {this} does it refuse arguments "
            "the task allows (another shape, a batch of one, a single output, a value outside the range you "
            "expected)?"
        )

    def _raises_of(self, where: str) -> dict[str, list[str]]:
        """The raise lines of the function ``where`` names (``backward``, ``Tanh.backward``, ``_t.backward``)."""
        if where in self.own_raises_in:
            return self.own_raises_in[where]
        method = where.rpartition(".")[2]
        found = [v for k, v in self.own_raises_in.items() if "." in where and k.rpartition(".")[2] == method]
        return found[0] if len(found) == 1 else {}

    def _failure(
        self, e: BaseException, grade_id: str, source: str, hidden: set[int], timeout: float
    ) -> tuple[str, dict[str, Any], str]:
        """(status, error output, note for the TA) for an exception that ended a test cell."""
        line = _cell_line(e, _filename(grade_id))
        in_hidden = line in hidden
        note = ""
        if isinstance(e, Runaway):
            status, ename = "runaway", "TimeoutError"
            calling = f"your {self.calling}" if self.calling else "your code"
            evalue = (
                f"the test stopped {calling}: in one call it called the code the test gave it more than "
                f"{self.bridge.limits.max_served} times. Does every loop end (a while loop whose counter never "
                "grows?), and does it take the number of steps it is given (not one per example, or per entry)?"
            )
        elif isinstance(e, Deadline):
            status, ename = "timeout", "TimeoutError"
            waiting = f" (it was waiting for your {self.calling})" if self.calling else ""
            evalue = f"the test did not finish within {timeout:g} s{waiting}"
        elif isinstance(e, StudentError):
            status, ename = "failed", clean_text(e.type_name, NAME_CHARS)
            raised, unnamed = clean_text(e.raised or e.type_name, NAME_CHARS), e.unnamed  # student_error's
            where = f"your {e.where}" if e.where else "your code"
            # a withheld message is replaced by what the exception's type alone says (never its text)
            hint = WITHHELD_HINTS.get(ename, "")
            story = testing.error_story(e)  # what numpy's words mean, never the words
            if story:
                hint = f": {story}"
            if ename == "AttributeError" and self.missing_attribute:
                hint = f": {self.missing_attribute}; {testing.LENT_CODE_RULE.rstrip('.')}"
            missing = ATTRIBUTE_MISSING.fullmatch(e.message.strip()) if ename == "AttributeError" else None
            if missing and missing[1] in self.defines and shown_names(missing[2]) != shown_names.MADE:
                # Python's words about a class of the notebook, the attribute's name in its cells: safe to quote (round
                # 80: self.output read where forward set self.y, told "an attribute ... the object does not have")
                owner, attr = missing.groups()
                hint = (
                    f": the {owner} object has no attribute {attr!r} when it runs: is it set under another name, or "
                    "only in a method that has not run (forward sets what backward reads)?"
                )
            elif ename == "AttributeError" and self.lent_in_cell:
                # round 73: backward read .a2 of what forward returned, its own forward's NamedTuple; the
                # instructor's, lent here, returns the plain tuple the task asks for
                names = ", ".join(self.lent_in_cell[:5])
                hint += (
                    f". Or: when graded, this test gives your code the instructor's {names}, which return exactly "
                    "what their tasks say (tuples, lists, arrays): does it read an attribute of what they return that "
                    "only your own version has (a NamedTuple's field, such as .a2)? Unpack or index the result"
                )
            if ename == "TypeError" and re.fullmatch(r"unhashable type: '[\w.]+'", e.message.strip()):
                # Python's own words, which carry no data of the test: safe to act on
                hint = (
                    ": an argument was used as a dict key or a set member, as a cache does (functools.lru_cache, a "
                    "dict keyed on the arguments), and numpy arrays and lists are unhashable: compute the result at "
                    "every call"
                )
            scalar_given_array = ename == "TypeError" and bool(
                re.fullmatch(
                    r"only (?:0-dimensional|length-1|size-1) arrays can be converted to Python scalars",
                    e.message.strip(),
                )
            )
            if scalar_given_array:
                hint = (
                    ": a function made for single numbers (math.exp, math.log, math.sqrt, float(), int()) was given an "
                    "array; numpy's (np.exp, np.log, np.sqrt) work on every entry of an array. To take the number out "
                    "of an array with one entry, of shape (1,) or (1, 1), write a.item() or index it (a[0, 0]): NumPy "
                    "2 refuses float() of an array that has an axis, even one of length 1"
                )
            misfit = (self.call_misfit(e) if ename == "TypeError" else "") or self.changed_signature(e.where)
            if misfit:
                hint = f": {misfit}"
            if self.lent_refused:
                hint = f": {self.lent_refused}"
                if ename == "RemoteError":  # the tests' refusal, come back through the notebook's code: a type error
                    ename = "TypeError"
            if ename == "TypeError" and self.lent_misuse:
                rule = testing.LENT_CODE[0].upper() + testing.LENT_CODE[1:]
                hint = f": {self.lent_misuse}. {rule}: call it with the arguments its task documents"
            # the stub (its message says nothing), and Python's words for a scalar function given an array
            scalar_hint = scalar_given_array and not (ename == "TypeError" and self.lent_misuse)
            # ... and what a call that does not fit the task's def line means (round 81: Python's words alone before
            # any hidden check, "missing 1 required positional argument")
            known = bool(story) or (misfit and not self.lent_misuse)  # numpy's or Python's words, explained
            later = hint if ename == "NotImplementedError" or scalar_hint or known else ""
            undefined = re.search(r"name '(\w+)' is not defined", e.message) if ename == "NameError" else None
            if undefined and undefined[1] in self.skipped_names:
                later = hint = (
                    f": {undefined[1]} is defined only in the demonstration cell {self.skipped_names[undefined[1]]}, "
                    "which is not run when the notebook is graded: a function takes what it uses as its arguments "
                    "(or from its own cell), not from a demonstration"
                )
            elif (
                undefined
                and undefined[1] in shown_names.source
                and not (self.notebook_names and undefined[1] in self.notebook_names)
            ):
                later = hint = (
                    f": {undefined[1]} is not defined when the test calls it: is it defined in a later cell (the cells "
                    "run in order, as in Restart & Run All), only inside another function, or in a cell that failed? "
                    "Or is it a variable the function uses before any line of it computes it (a step not written "
                    "yet)?"  # round 41: a half-written function's own variable
                )
            elif undefined and self.notebook_names and undefined[1] in self.notebook_names:
                later = hint = (
                    f": {undefined[1]} is one of the notebook's names, not defined yet when this test ran (a variable "
                    "of the notebook used as a global instead of an argument, or a function defined in a later cell: "
                    "the cells run in order, as in Restart & Run All)"
                )
            call = e.call_coarse if in_hidden else e.call  # no sizes or numbers of a hidden check's data
            own = self.own_raise(raised, e.where, call, unnamed=unnamed)
            if own and not later and not (ename == "TypeError" and self.lent_misuse):
                hint = f": {own} If not, {hint.lstrip(': ')}" if hint else f": {own}"
            lent_call = ename == "TypeError" and bool(self.lent_misuse)  # only the graded run gives the instructor's
            if in_hidden:
                # the arguments as the tester sent them (shapes and numbers, never the kernel's words): round 44, a
                # TypeError for a layer of one unit was told "often a call with the wrong number of arguments"
                called = f"called with {call}; " if call and not own else ""
                unit = (
                    "one of these arrays has an axis of length 1 (one unit, or a batch of one): np.squeeze, len() or "
                    "an index such as [0] that works for larger sizes breaks there"
                )
                if not own and e.axes_new and ename in (*UNIT_AXIS_ERRORS, "ValueError"):  # round 72: 2-D only
                    hint = (
                        f": one of these arrays is {e.axes_new}: does it index or loop over a fixed number of axes "
                        "(z[i, j], z.shape[1], for row in z)? The test calls it only with shapes its task allows. "
                        f"If not{hint}"
                    )
                elif not own and e.unit_axis_new and ename in (*UNIT_AXIS_ERRORS, "ValueError"):  # the likelier story
                    hint = (
                        f": earlier in this test it ran without error on arrays where that axis was longer: {unit}. "
                        f"If not{hint}"
                    )
                elif not own and e.unit_axis and ename in UNIT_AXIS_ERRORS:
                    hint += f". {unit[0].upper()}{unit[1:]}"
                evalue = f"raised by {where} in a hidden check ({called}its message is not shown){hint}"
                note = f"{grade_id}: {where} raised {raised}: {e.message}"
            elif self.hidden_ran:  # the message could carry what the code saw of earlier hidden tests
                # a lent reference's misuse, a name the notebook defines only where grading does not run, or the
                # grader's own watch (complex numbers, its hook replaced): the student's own run would not show it
                shows = not lent_call and not later and ename not in GRADED_ONLY
                run_it = " (run this check in your notebook to see its message)" if shows else ""
                evalue = f"raised by {where}{run_it}{hint}"
                note = f"{grade_id}: {where} raised {raised}: {e.message}"
            else:
                words = e.message.rstrip(".") if later else e.message
                evalue = f"raised by {where}{': ' + words if words else ''}{later}"
        elif isinstance(e, RemoteError):  # the kernel refused a request of the tests' own (a changed agent?)
            status, ename = "error", "KernelError"  # as a test that failed itself: the TA is told
            evalue = (
                f"your notebook's kernel refused a request of the tests ({shown_names.error(e.type_name)}): does the "
                "notebook change how Python or its kernel works?"
            )
            note = f"{grade_id}: the kernel refused a request of the tests: {e}"
        elif isinstance(e, NoSession):
            status, ename, evalue = "kernel", "KernelError", str(e)
        elif isinstance(e, (PeerGone, ProtocolError, OSError)):
            status, ename = "kernel", "KernelError"
            if isinstance(e, PeerGone) and self.calling:
                evalue = (
                    f"your notebook's kernel ended while your {self.calling} ran (exit(), sys.exit() or os._exit() in "
                    "code it calls, or a resource limit such as memory): the tests of this cell score 0"
                )
            else:
                evalue = (
                    "your notebook's kernel stopped answering while it was being tested (it died, was killed at a "
                    f"resource limit, or broke the connection): {e}"
                )
            if isinstance(e, PeerGone) or self.bridge.broken:
                self.kernel_problem = "your notebook's kernel was no longer answering (see an earlier test)"
        elif isinstance(e, AssertionError):
            status, ename, evalue = "failed", "AssertionError", clean_text(str(e), 4 * MESSAGE_CHARS)
        elif isinstance(e, (NameError, TypeError, ValueError, AttributeError, IndexError, KeyError, RuntimeError)):
            status, ename = "failed", type(e).__name__
            evalue = clean_text(str(e), MESSAGE_CHARS)
            story = testing.error_story(e)  # the check's own numpy call on what the code returned (round 79)
            if story:
                evalue = f"{evalue.rstrip('.')}: {story}"
        else:
            status, ename = "error", type(e).__name__
            evalue = f"the test itself failed ({clean_text(str(e), MESSAGE_CHARS)}): tell the instructor"
            note = f"{grade_id}: the test raised {type(e).__name__}: {e}"
        if status == "failed":
            evalue += (
                self.reordered_parameters(source) + self.matrix_note(source) + self.redefinitions(grade_id, source)
            )
            evalue = self.notebook_variables_read(source) + evalue
        ename = SHOWN_AS.get(ename, ename)
        tb = ["Traceback (most recent call last):"]
        if line and not in_hidden:
            lines = source.splitlines()
            tb += [f"  Cell {grade_id}, line {line}", f"    {lines[line - 1].strip() if line <= len(lines) else ''}"]
        elif line:
            tb += [f"  Cell {grade_id}, in the hidden tests"]
        tb.append(f"{ename}: {evalue}")
        return status, {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": tb}, note


_current_runner: TestRunner | None = None

# The grader's own exceptions, as a student reads their type (round 52: "StaleLentObject" was jargon); the message
# says what happened
SHOWN_AS = {StaleLentObject.__name__: "RuntimeError"}

# Exceptions only the grader's kernel raises (its watch of the notebook's code): a student's own run never does.
GRADED_ONLY = frozenset(
    {ComplexArithmetic.__name__, TraceHookReplaced.__name__, Refused.__name__, StaleLentObject.__name__}
)


def _longer_before(shapes: list[tuple[int, ...] | None], before: list[tuple[int, ...] | None]) -> bool:
    """Whether an array argument has an axis of length 1 (``shapes``) that was longer in a call that returned
    (``before``, the same arguments' shapes then)."""
    return any(
        now is not None
        and then is not None
        and len(now) == len(then)
        and any(n == 1 < t for n, t in zip(now, then, strict=True))
        for now, then in zip(shapes, before, strict=False)
    )


def _other_axes(shapes: list[tuple[int, ...] | None], before: list[tuple[int, ...] | None]) -> str:
    """Says so ("1-D, where an earlier call ... had a 2-D one") when an array argument (``shapes``) has another
    number of axes than in a call that returned (``before``, the same arguments' shapes then); else ""."""
    for now, then in zip(shapes, before, strict=False):
        if now is not None and then is not None and len(now) != len(then):
            return f"{len(now)}-D, where an earlier call that ran without error had a {len(then)}-D one"
    return ""


# Exceptions that code written for arrays of several rows and columns raises on an axis of length 1 (round 44). A
# ValueError has many causes, and an axis of length 1 is often there by design (y of shape (n, 1)): it gets that story
# only when the same function returned earlier in the test cell with that axis longer (round 45: a stale cache's
# ValueError was pointed at np.squeeze).
UNIT_AXIS_ERRORS = frozenset({"TypeError", "IndexError"})


# For an exception whose message is withheld (it could carry hidden data), what its type usually means.
WITHHELD_HINTS = {
    "NotImplementedError": ": the task is not answered yet: replace `raise NotImplementedError()` with your code",
    "NameError": ": a name it uses is not defined when the test calls it (a variable of the notebook used as "
    "a global, or a function defined in a later cell?)",
    "UnboundLocalError": ": a local variable is used before it is assigned",
    "IndexError": ": an index is out of range (an off-by-one in a loop over layers or samples?)",
    "ValueError": ": often shapes that do not match (a missing transpose, or a sum over the wrong axis?), or arrays "
    "an earlier call left behind: a cache or a global that this function fills at one call and reads at the next "
    "(a forward pass kept by id(x), computed for other data), or that another of your functions fills (when graded, "
    "the functions it calls are the instructor's, which fill none)",
    "TypeError": ": often a call with the wrong number or kind of arguments, or an operation on a value of the "
    "wrong type (None, a list or a number where an array belongs)",
    "ZeroDivisionError": ": a division by zero",
    # round 79: np.seterr(all="raise") inside Tanh.backward, which writes tanh' with np.exp, told nothing
    "FloatingPointError": ": numpy was told to raise on a floating-point problem (np.seterr(...='raise') or "
    "np.errstate(...='raise') in the function), and an overflow, an invalid operation or a division by zero happened: "
    "often np.exp of a large input (|x| above about 355 in a formula with exp(2x), 710 with exp(x)). Write the formula "
    "so that nothing overflows (np.tanh, or exp of minus an absolute value)",
    # round 40: softmax computing in place on a copy of an integer input (np.exp(e, out=e)) was told nothing
    "UFuncTypeError": ": numpy refused to store a result in an array of another dtype, as an in-place operation or "
    "out= on an integer array does (a copy of an integer input keeps its integer dtype: np.array(z, dtype=float) or "
    "z.astype(float) makes a float one)",
    "MemoryError": ": it asked for more memory than the sandbox allows (an array far larger than the data: a shape "
    "computed wrong, a list that grows without end?)",
    "RecursionError": ": a function that calls itself without reaching a base case",
    "KeyError": ": a missing key in a dict",
    "AttributeError": ": an attribute or method that the object does not have",
    "LentClassError": f": {testing.LENT_CODE}, and a class given that way cannot be a base class in the notebook "
    "(class MyNet(TheClass): ...): create the class the task names and use it as it is",
    ComplexArithmetic.__name__: f": it computed with complex numbers, and {COMPLEX_RULE}",
    StaleLentObject.__name__: ": it used an object made in an earlier test cell and kept since, in a class attribute "
    "(shared by every object of the class), a global, a cache or a default argument; there it was the instructor's "
    "code, which the tests give your code in place of yours for one cell. Build what each object needs anew, as "
    "attributes of self set in __init__, and keep nothing between calls",
    Refused.__name__: ": a value it returned (or passed to the tests' code) could not cross to the tests: not plain "
    "data (an object of a class of its own, a list that holds itself or is nested very deeply, an array far too "
    "large); use numbers, numpy arrays, and lists or tuples of them",
    TraceHookReplaced.__name__: ": it replaced sys.settrace's hook (sys.settrace or threading.settrace), through which "
    "the grader watches the notebook's code (for complex numbers, and the lines run): a function of this course "
    "needs neither; leave the hook alone",
}

# The exception types a message names once a hidden check has run (Python's and numpy's that numpy code raises, and
# the grader's own: those a hint explains, its watch's); any other, or one the student's cells define a class of, is
# shown as Exception: the type the code raises is a channel of its own choosing (round 129: one class per range of
# the hidden batch size)
SHOWN_AFTER_HIDDEN = frozenset(
    {
        *("ValueError", "TypeError", "IndexError", "KeyError", "AttributeError", "ZeroDivisionError", "NameError"),
        *("UnboundLocalError", "AssertionError", "NotImplementedError", "RuntimeError", "RecursionError"),
        *("OverflowError", "FloatingPointError", "MemoryError", "LinAlgError", "AxisError", "Exception"),
        *WITHHELD_HINTS,
        *GRADED_ONLY,
    }
)


def diagnosis(e: BaseException, output: dict[str, Any]) -> str:
    """The reason a test failed, without run-specific numbers: the checker's diagnosis, or the error's first line."""
    if isinstance(e, gradcheck.GradientCheckError):
        return clean_text(f"{e.subject}: {e.problem}", 300)
    if output["ename"] == "NotImplementedError":
        return "not answered (NotImplementedError)"
    first = output["evalue"].strip().splitlines()[0] if output["evalue"].strip() else ""
    return clean_text(f"{output['ename']}: {first}" if first else output["ename"], 160)


def hidden_lines(source: str) -> set[int]:
    """Line numbers (1-based) of a cell's hidden test regions, marker lines included."""
    hidden, inside = set(), False
    for n, text in enumerate(source.splitlines(), 1):
        if HIDDEN_BEGIN in text:
            inside = True
        if inside:
            hidden.add(n)
        if HIDDEN_END in text:
            inside = False
    return hidden


def _filename(grade_id: str) -> str:
    return f"<test cell {grade_id}>"


def _cell_line(e: BaseException, filename: str) -> int:
    """The line of the cell's top-level statement during which ``e`` was raised (0 if unknown)."""
    tb = e.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            return tb.tb_lineno
        tb = tb.tb_next
    return 0


class _time_limit:  # noqa: N801  (a context manager, named like one)
    """Raise :class:`Deadline` in this (the main) thread after ``seconds``."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds

    def __enter__(self) -> None:
        def expire(signum: int, frame: Any) -> None:
            raise Deadline()

        self.old = signal.signal(signal.SIGALRM, expire)
        signal.setitimer(signal.ITIMER_REAL, max(self.seconds, 0.001))

    def __exit__(self, *exc: Any) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.old)


class _redirect:  # noqa: N801
    def __init__(self, out: io.TextIOBase, err: io.TextIOBase) -> None:
        self.out, self.err = out, err

    def __enter__(self) -> None:
        self.saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self.out, self.err

    def __exit__(self, *exc: Any) -> None:
        sys.stdout, sys.stderr = self.saved


class Runtime:
    """What :mod:`backprop_course.testing` asks of the tester (installed as ``testing._runtime``)."""

    def __init__(self, runner: TestRunner) -> None:
        self.runner = runner

    @property
    def seed(self) -> int:
        return self.runner.seed

    def bind(self, name: str, obj: Any) -> None:
        self.runner.bind(name, obj)

    def defer(self, cls: type, names: list[str]) -> None:
        self.runner.defer(cls, names)

    def is_lent(self, obj: Any) -> bool:
        """Whether ``obj`` is itself an object the tests lent (``bind``)."""
        lent = self.runner.lent_names.get(id(obj))
        return lent is not None and lent[1] is obj

    def bind_known(self, name: str, obj: Any, rest: list[Any], pairs: list[tuple[Any, Any]]) -> None:
        self.runner.bind_known(name, obj, rest, pairs)

    def lent(self, name: str) -> Any:
        """The object this test cell lent the notebook under ``name`` last (``bind``), or None."""
        return self.runner.lent_now.get(name)

    def shown_name(self, name: str) -> str:
        return shown_names(name)

    def own_raise(self, type_name: str, where: str = "", call: str = "") -> str:
        return self.runner.own_raise(type_name, where, call, unnamed=type_name == "Exception")

    def missing_attribute(self) -> str:
        return self.runner.missing_attribute

    def unanswered(self, cell: str) -> bool:
        return cell in self.runner.unanswered

    def cell_error(self, cell: str) -> str:
        error = self.runner.cell_errors.get(cell)
        return shown_names.error(error) if error else ""

    def kept(self, value: Any, passed_to: Any) -> Any:
        return self.runner.keep(value) if isinstance(passed_to, KernelObject) else value

    def lines_run(self, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, int] | None:
        """``fn(*args, **kwargs)`` in the kernel and the lines of the notebook's code it ran; None if ``fn`` is not
        the notebook's (then :func:`backprop_course.testing.lines_run` counts in this process)."""
        if not isinstance(fn, KernelObject):
            return None
        value, lines = fn._call_as(args, kwargs, op="count_lines")
        return value, int(lines)

    def call_kept(self, fn: Any, args: tuple[Any, ...]) -> tuple[Any, Any] | None:
        """``fn(*args)`` in the kernel: (a copy of its result, a handle to the result object in the kernel, for
        :meth:`current`); None if ``fn`` is not the notebook's."""
        if not isinstance(fn, KernelObject):
            return None
        value, handle = fn._call_as(args, {}, op="call_kept")
        return value, handle

    def call_aliases(
        self, fn: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[Any, list[tuple[int, Any]]] | None:
        """``fn(*args, **kwargs)`` in the kernel: (a copy of its result, the pairs of
        :func:`backprop_course.testing.shared_with_arguments` found there); None if ``fn`` is not the notebook's."""
        if not isinstance(fn, KernelObject):
            return None
        value, pairs = fn._call_as(args, kwargs, op="call_aliases")
        return value, [(int(p[0]), p[1]) for p in pairs if isinstance(p, list) and len(p) == 2]

    def current(self, handle: Any) -> Any:
        """A copy of what the kernel object behind ``handle`` (from :meth:`call_kept`) holds now."""
        (value,) = self.runner.bridge.request("value", handle)
        return value

    def lent_error(self) -> tuple[Any, str, str] | None:
        """(object, method name, exception type) of the first error that a reference lent by the tests raised during
        the last call of the notebook's code (:func:`backprop_course.testing.raised_in`), or None."""
        return self.runner.lent_error

    def computed_in_float32(self) -> bool | None:
        """Whether the notebook's code computed with float32 numbers in this test cell's calls so far (the kernel's
        :class:`~backprop_course.testing.CodeWatch`); None outside a test cell or when the kernel cannot answer."""
        if not self.runner.in_session or self.runner.kernel_problem:
            return None
        try:
            (name,) = self.runner.bridge.request("float32_in")
        except (RemoteError, ValueError, TypeError):  # a kernel that answers something else: cannot know
            return None
        return bool(name)

    def numpy_random(self) -> Any:
        """The kernel's ``numpy.random`` during a test cell (a reference); this process's outside one."""
        if not self.runner.in_session or self.runner.kernel_problem:
            return np.random
        (module,) = self.runner.bridge.request("numpy_random")
        return module


def main(control_fd: int, bridge_fd: int) -> None:
    """The tester process: serve the executor's ``init``/``run``/``exit`` requests (JSON lines)."""
    global _current_runner
    control = socket.socket(fileno=control_fd)
    stream = control.makefile("rwb")
    runner = TestRunner(Endpoint(socket.socket(fileno=bridge_fd), "tester", TesterHandler()))
    _current_runner = runner
    runtime = Runtime(runner)
    testing._runtime = runtime
    gradcheck.computed_in_float32 = runtime.computed_in_float32
    for line in stream:
        request = json.loads(line)
        op = request.get("op")
        if op == "init":
            runner.seed = int(request["seed"]) & (2**63 - 1)
            runner.notebook_names = set(request.get("names") or []) or None
            code = request.get("code") or {}
            shown_names.source = {str(n) for n in code.get("names") or []}
            runner.own_raises = {str(k): [str(line) for line in v] for k, v in (code.get("raises") or {}).items()}
            runner.own_raises_in = {
                str(f): {str(k): [str(line) for line in v] for k, v in types.items()}
                for f, types in (code.get("raises_in") or {}).items()
            }
            runner.skipped_names = {str(k): str(v) for k, v in (code.get("skipped") or {}).items()}
            runner.unanswered = {str(c) for c in code.get("unanswered") or []}
            runner.defines = {str(k): str(v) for k, v in (code.get("defines") or {}).items()}
            runner.classes = {str(n) for n in code.get("classes") or []}
            runner.redefined = {str(k): [str(c) for c in v] for k, v in (code.get("redefined") or {}).items()}
            runner.patched = {str(k): [str(c) for c in v] for k, v in (code.get("patched") or {}).items()}
            runner.order = [str(c) for c in code.get("order") or []]
            runner.answers = {str(c) for c in code.get("answers") or []}
            runner.reads = {str(k): [[str(n), str(c)] for n, c in v] for k, v in (code.get("reads") or {}).items()}
            runner.state = {str(n) for n in code.get("state") or []}
            runner.matrix = {str(n) for n in code.get("matrix") or []}
            runner.reordered, runner.changed = (
                {
                    str(k): [[str(n) for n in mine], [str(n) for n in task]]
                    for k, (mine, task) in (code.get(fact) or {}).items()
                }
                for fact in ("reordered", "changed")
            )
            np.random.seed(runner.seed % 2**32)
            random.seed(runner.seed)
            reply: dict[str, Any] = {"ok": True, "pid": os.getpid(), "problem": runner.define(request.get("setup", ""))}
        elif op == "run":
            runner.cell_errors = {str(k): str(v) for k, v in (request.get("errors") or {}).items()}
            result = runner.run_cell(request["cell"], request["source"], float(request["timeout"]))
            reply = {
                "status": result.status,
                "outputs": result.outputs,
                "notes": result.notes,
                "diagnosis": result.diagnosis,
                "seconds": result.seconds,
            }
        elif op == "end":
            reply = {"ok": runner.end_cell()}
        else:
            return
        stream.write(json.dumps(reply).encode() + b"\n")
        stream.flush()


def run_main() -> None:
    """Entry point for a forked tester: control socket on fd 3, bridge on fd 4."""
    try:
        main(3, 4)
    except Exception:  # noqa: BLE001
        traceback.print_exc()
        os._exit(1)
    os._exit(0)
