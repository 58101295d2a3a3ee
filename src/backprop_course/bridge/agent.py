"""The student's kernel's side of the bridge: answers the tester's requests while a test cell runs.

This module runs in the student's kernel, an untrusted process: the student's code can change
anything here, and nothing in the grader relies on it behaving. All it can do is send the tester
data, which the tester checks against the instructor's reference; a forged answer is just a wrong
answer.

When the grader reaches a test cell, it sends the kernel one silent request, :data:`SERVE_CODE`,
which runs :func:`serve` until the tester says the cell is over. Meanwhile the tester asks it to

* ``hello(nonce)``: start a session (requests of an older, abandoned session are refused);
* ``lookup(name)``: the value of a name of the notebook (data, or a reference to the object);
* ``call``, ``getattr``, ``setattr`` on objects it holds references to (a call fails with
  :class:`~backprop_course.bridge.codec.ComplexArithmetic` when the notebook's code computes with complex
  numbers meanwhile: :class:`~backprop_course.testing.CodeWatch`);
* ``count_lines``: a ``call`` that also returns how many lines of the notebook's code it ran
  (:func:`backprop_course.testing.lines_run`);
* ``bind(name, reference)``: make a name of the notebook refer to one of the tester's reference
  implementations until the cell ends (:func:`backprop_course.testing.references`);
* ``bind_known(name, reference, rest, [[first, result], ...])`` (or ``bind_known_columns``, the firsts and the
  results stacked: :func:`~backprop_course.bridge.codec.stack_columns`): the same, with results of the reference sent
  ahead: a call ``name(first, *rest)`` with exactly those arguments gets a copy of its result here, without a
  request to the tester (:class:`KnownResults`, :func:`backprop_course.testing.lend_known_results`);
* ``defer(class, [method, ...])``: calls of these methods of the class's instances made here may run in batches
  (:class:`KernelEndpoint`, :func:`backprop_course.testing.defer_calls`);
* ``keep(value)``: a reference to a copy of ``value`` made here, which the tester passes back as the same object
  at every call (:func:`backprop_course.testing.same_object`);
* ``numpy_random``: this kernel's ``numpy.random`` (:func:`backprop_course.testing.notebook_random`);
* ``float32_in``: the first notebook function seen computing with float32 numbers during this session's calls
  (:class:`~backprop_course.testing.CodeWatch`), or ``""``: what lets a float64 gradient's float32-level error
  pass as float32 arithmetic (:data:`backprop_course.gradcheck.computed_in_float32`). The kernel can lie here;
  a lie only gets back the leniency the grader gives when it cannot know;
* ``end(nonce)``: put back what ``bind`` replaced and return.

The socket comes from the kernel's fork server (file descriptor ``$BPC_BRIDGE_FD``).
"""

from __future__ import annotations

import functools
import inspect
import io
import os
import socket
import sys
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np

from ..testing import CodeWatch, rebind, shared_with_arguments
from .codec import (
    COMPLEX_RULE,
    ByReference,
    ComplexArithmetic,
    Endpoint,
    ProtocolError,
    RemoteError,
    StaleLentObject,
    TraceHookReplaced,
    register_proxy_type,
    snapshot,
    unstack_columns,
    with_builtin,
)

BRIDGE_FD_ENV = "BPC_BRIDGE_FD"
SERVE_CODE = '__import__("backprop_course.bridge.agent", fromlist=["serve"]).serve()'
_endpoint: Endpoint | None = None


_KINDS = (  # inspect's parameter kinds, by their number
    inspect.Parameter.POSITIONAL_ONLY,
    inspect.Parameter.POSITIONAL_OR_KEYWORD,
    inspect.Parameter.VAR_POSITIONAL,
    inspect.Parameter.KEYWORD_ONLY,
    inspect.Parameter.VAR_KEYWORD,
)


@register_proxy_type
class TesterObject:
    """A reference implementation or callback that the tests lent to this notebook for one test cell."""

    __slots__ = (
        "_bridge",
        "_bridge_id",
        "_bridge_name",
        "_bridge_class",
        "_bridge_is_method",
        "_bridge_methods",
        "_bridge_is_routine",
    )

    def __init__(
        self, endpoint: Endpoint, oid: int, name: str, is_method: bool = False, is_routine: bool = False
    ) -> None:
        object.__setattr__(self, "_bridge", endpoint)
        object.__setattr__(self, "_bridge_is_routine", is_routine)  # a function or a bound method: it has a __name__
        object.__setattr__(self, "_bridge_id", oid)
        object.__setattr__(self, "_bridge_name", name)
        object.__setattr__(self, "_bridge_class", None)  # the stand-in class that made it, if any
        object.__setattr__(self, "_bridge_is_method", is_method)  # a method of an object's class, bound to it
        object.__setattr__(self, "_bridge_methods", None)  # {name: bound method} already asked for

    def __getattr__(self, name: str) -> Any:
        """The attribute, asked of the tester; a method of the object's class is asked for once per test cell.

        ``net.train(x, y, rate)`` in a loop then costs one exchange per call, not two (the reference
        classes of the tests never replace their own methods; ``net.train = ...`` here forgets them).
        """
        if name.startswith("__"):
            raise AttributeError(name)
        methods = _live(self)._bridge_methods
        if methods is not None and name in methods:
            return methods[name]
        value = _untraced(self._bridge.getattr, self, name)
        if type(value) is TesterObject and value._bridge_is_method:
            if methods is None:
                methods = {}
                object.__setattr__(self, "_bridge_methods", methods)
            cls = self._bridge_class
            if cls is not None and name in type.__getattribute__(cls, "_bridge_deferred"):
                value = DeferredMethod(value)
            methods[name] = value
        return value

    @property
    def __name__(self) -> str:  # type: ignore[override]
        """A lent function's own name, as the notebook's code may read it (round 114: code choosing its formula by
        ``activation.__name__`` got AttributeError, its default, so the tests never reached its branch for the
        sigmoid); AttributeError for other objects, as for an instance."""
        if not self._bridge_is_routine:
            raise AttributeError("__name__")
        return self._bridge_name.rsplit(".", 1)[-1]

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(_live(self), "_bridge_methods", None)
        _untraced(self._bridge.setattr, self, name, value)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return _untraced(_live(self)._bridge.call, self, args, kwargs)

    @property
    def __signature__(self) -> inspect.Signature:
        """What ``inspect.signature`` gives for the lent function: its parameters' names and kinds, asked of the
        tester (a parameter's default shows as ``...``); AttributeError when there is none (inspect then falls back)."""
        (parameters,) = _untraced(_live(self)._bridge.request, "signature", self)
        try:
            return inspect.Signature(
                [
                    inspect.Parameter(name, _KINDS[kind], **({"default": ...} if has_default else {}))
                    for name, kind, has_default in parameters
                ]
            )
        except Exception:  # noqa: BLE001  (no signature, or one that is not one)
            raise AttributeError("__signature__") from None

    def __copy__(self) -> Any:
        """``copy.copy``: a copy made by the tester, lent for the rest of the test cell (round 29: an honest
        ``copy.deepcopy(mlp)`` of the network train_mlp builds, the instructor's when graded, lost points)."""
        (copied,) = _untraced(_live(self)._bridge.request, "copy", self, False)
        return copied

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        """``copy.deepcopy``: as :meth:`__copy__`, a deep copy."""
        (copied,) = _untraced(_live(self)._bridge.request, "copy", self, True)
        memo[id(self)] = copied
        return copied

    def __reduce_ex__(self, protocol: Any) -> Any:
        raise TypeError(f"{self._bridge_name}, lent by the tests for this test cell, cannot be pickled")

    def __repr__(self) -> str:
        return f"<{self._bridge_name} (reference implementation lent by the tests)>"


class DeferredMethod:
    """A method of an instance of a lent class whose calls may run in batches (``defer``, :class:`KernelEndpoint`).

    A call is sent to the tester at once, as any other; when it returned None without changing its arguments, the
    next calls with equal arguments (dtype, shape and bytes; floats by their bits) made before anything else is sent
    return None here and are run by the tester later, in order, before whatever the kernel sends next (at most
    :data:`MAX_DEFERRED` at a time). A training loop ``for _ in range(1000): net.train(x, y, rate)`` then makes
    about ten exchanges instead of a thousand, and the network the tester holds is the same when anything looks at
    it. Other arguments, or anything else sent in between, and the call goes to the tester as before.
    """

    __slots__ = ("_method",)

    def __init__(self, method: TesterObject) -> None:
        self._method = method

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        endpoint = _live(self._method)._bridge
        if isinstance(endpoint, KernelEndpoint):
            return _untraced(endpoint.call_deferrable, self._method, args, kwargs)
        return _untraced(endpoint.call, self._method, args, kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._method, name)

    def __repr__(self) -> str:
        return repr(self._method)


MAX_DEFERRED = 100  # calls of a DeferredMethod held back before they are sent (the tester counts each one served)


class KernelEndpoint(Endpoint):
    """The kernel's end of the bridge: an :class:`Endpoint` that holds back repeated calls of a :class:`DeferredMethod`
    and sends them, as one ``call_repeat`` request, before anything else it sends."""

    def __init__(self, sock: socket.socket, handler: KernelHandler) -> None:
        super().__init__(sock, "kernel", handler)
        self._held: list[Any] | None = None  # [method, args, kwargs, key, count] of the calls held back
        self._verified: tuple[Any, Any] | None = None  # (method, key) of a call just answered None, nothing sent since

    def call_deferrable(self, method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """Hold this call back (None at once) when it equals the calls held, or the call just verified; else send it,
        and when it returns None and leaves its arguments as they were, let equal calls that follow be held back."""
        try:
            key = snapshot([list(args), kwargs])
        except Exception:  # noqa: BLE001  (arguments that are not plain data: sent as they are)
            return self.call(method, args, kwargs)
        held = self._held
        if held is not None and held[0] is method and held[3] == key and held[4] < MAX_DEFERRED:
            held[4] += 1
            return None
        if held is not None:
            self.flush()
        if self._verified is not None and self._verified[0] is method and self._verified[1] == key:
            self._held = [method, _fresh(list(args)), _fresh(kwargs), key, 1]
            return None
        result = self.call(method, args, kwargs)
        if result is None and snapshot([list(args), kwargs]) == key:
            self._verified = (method, key)
        return result

    def flush(self) -> None:
        """Send the calls held back (the tester runs them in order); nothing is held afterwards."""
        held, self._held = self._held, None
        if held is None:
            return
        method, args, kwargs, key, count = held
        self.request("call_repeat", method, args, kwargs, count)
        self._verified = (method, key)

    def send(self, message: list[Any]) -> None:
        if self._held is not None:
            self.flush()
        self._verified = None
        super().send(message)


def _untraced(request: Callable[..., Any], *args: Any) -> Any:
    """``request(*args)``, a request to the tester, with the watch (:class:`CodeWatch`) off meanwhile:
    the bridge's own frames are not the notebook's, and tracing each of them costs more than the call.

    An error the tester's object raised reaches the notebook's code as the builtin exception it names (an
    ``AttributeError`` of a lent object is one, so ``hasattr`` and ``except AttributeError`` work as usual)."""
    trace = sys.gettrace()
    if trace is not None:
        sys.settrace(None)
    try:
        return request(*args)
    except RemoteError as e:
        raise _builtin_error(e) from None
    finally:
        if trace is not None:
            sys.settrace(trace)


def _builtin_error(e: RemoteError) -> RemoteError:
    """``e`` as an instance of the builtin exception it names too (``AttributeError``), when there is one."""
    cls = with_builtin(RemoteError, e.type_name)
    if cls is RemoteError or type(e) is cls:
        return e
    err = cls.__new__(cls)
    RemoteError.__init__(err, e.type_name, e.message)
    return err


def _live(stand_in: Any) -> Any:
    """``stand_in``, if its test cell is still running; else a clear error (not a protocol error)."""
    if stand_in._bridge.remote_id(stand_in) is None:
        raise StaleLentObject(
            f"{stand_in._bridge_name} was lent to the notebook by an earlier test cell and no longer exists"
        )
    return stand_in


class LentClassError(TypeError):
    """A class the tests lent to the notebook used as a base class (its instances live in the tester: none can have
    the notebook's methods). Its type name gives the tester its hint (:data:`~.tester.WITHHELD_HINTS`)."""


@register_proxy_type
class TesterClass(type):
    """Metaclass of the stand-ins for reference *classes*: instances are made by the tester."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **kwargs: Any) -> TesterClass:
        lent = next((b for b in bases if isinstance(b, TesterClass)), None)
        if lent is not None:  # class MyNet(SigmoidMLP): ... while the test lends its SigmoidMLP
            raise LentClassError(
                f"{lent._bridge_name} is the instructor's class, given in place of yours while this test runs: the "
                f"notebook cannot subclass it (class {name}({lent._bridge_name})); use it as it is"
            )
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        obj = _untraced(_live(cls)._bridge.call, cls, args, kwargs)
        if type(obj) is TesterObject:
            object.__setattr__(obj, "_bridge_class", cls)
        return obj

    def __instancecheck__(cls, obj: Any) -> bool:  # isinstance(Tanh(), Tanh) holds for a stand-in Tanh
        return type(obj) is TesterObject and obj._bridge_class is cls

    def __getattr__(cls, name: str) -> Any:
        if name.startswith("__") or name.startswith("_bridge"):
            raise AttributeError(name)
        return _untraced(_live(cls)._bridge.getattr, cls, name)

    def __repr__(cls) -> str:
        return f"<class {cls._bridge_name} (reference implementation lent by the tests)>"


class KnownResults:
    """A reference lent by the tests, some of whose results were sent ahead (``bind_known``).

    A call ``f(first, *rest)`` whose arguments are exactly (dtype, shape, bytes; float bits; types) those of a
    result sent ahead gets a copy of that result, as the tester would have computed it for them; any other call
    (other values, keywords, another type) goes to the tester through ``fallback``, the usual stand-in. A
    training loop of the notebook that follows the reference's own arithmetic then makes no request per step.
    A tuple ``first`` is looked up as the list of its items (the references lent this way unpack their parameters,
    ``W, b, v, c = params``, so both give the same numbers): a loop keeping its parameters in tuples makes no
    request either.
    The student's code may change or replace this object: it only ever hands the student's code numbers the
    tester also gives on request, and the tests check every step against their own reference.
    """

    __slots__ = ("_fallback", "_rest", "_table")

    def __init__(self, fallback: Any, rest: list[Any], pairs: list[list[Any]]) -> None:
        self._fallback = fallback
        self._rest = snapshot(rest)
        self._table = {_key(first): result for first, result in pairs}

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        known = _untraced(self._lookup, args, kwargs)
        return self._fallback(*args, **kwargs) if known is _NONE else known

    def _lookup(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """A copy of the known result for these arguments, or ``_NONE``."""
        if not args or kwargs:
            return _NONE
        try:
            if snapshot(list(args[1:])) != self._rest:
                return _NONE
            known = self._table.get(_key(args[0]), _NONE)
        except Exception:  # noqa: BLE001  (arguments that are not plain data: the tester answers)
            return _NONE
        return known if known is _NONE else _fresh(known)

    def __repr__(self) -> str:
        return repr(self._fallback)

    @property
    def __signature__(self) -> inspect.Signature:
        """The lent function's parameters (:attr:`TesterObject.__signature__`)."""
        return self._fallback.__signature__


_NONE = object()


def _key(first: Any) -> Any:
    """A known result's key: the snapshot of ``first``, a tuple taken as the list of its items."""
    return snapshot(list(first) if type(first) is tuple else first)


def _fresh(value: Any) -> Any:
    """A copy of a known result or of held-back arguments, as a request would have decoded it anew (arrays copied,
    lists, tuples and dicts rebuilt; numbers are immutable; any other object as it is)."""
    if type(value) is dict:
        return {k: _fresh(v) for k, v in value.items()}
    if type(value) is list:
        return [_fresh(v) for v in value]
    if type(value) is tuple:
        return tuple(_fresh(v) for v in value)
    if type(value) is np.ndarray:
        return value.copy()
    return value


class KernelHandler:
    """Serves the tester's requests in this kernel (see the module docstring)."""

    def __init__(self, namespace: Callable[[], dict[str, Any]] | None = None) -> None:
        self.user_namespace = namespace or _user_namespace  # the notebook's globals, read at each session
        self.namespace: dict[str, Any] = {}
        self.session: Any = None
        self.saved: list[Callable[[], None]] = []  # what puts back what bind replaced (testing.rebind)
        self.done = False
        self.float32_in = ""  # the first notebook function seen with float32 numbers in this session's calls
        # every call's arguments, alive as long as the kernel: Python gives a freed object's id() to a new one, so a
        # cache keyed on id(x) would be hit by a later call's new arrays by chance, and fail a check with a story that
        # is not its own (round 93: an id-keyed nll_gradient told "right for one output unit at a time"; session 40:
        # an id-keyed linear_backward, filled in test_linear_dx, told a wrong shape in test_linear_dW). Held, no id
        # comes back while the notebook is graded; an id cache is caught where a test passes the same objects again
        # (testing.check_sees_in_place_changes). The tests' arguments are small: a few MB per notebook at most.
        self.held: list[Any] = []

    def handle(self, endpoint: Endpoint, op: str, fields: list[Any]) -> list[Any]:
        if op == "hello":
            self.restore()
            self.session, self.done = fields[0] if fields else None, False
            self.float32_in = ""
            self.namespace = self.user_namespace()
            return [self.session]
        if self.session is None:
            raise ProtocolError("a request outside of a test session (left over from an earlier test?)")
        if op == "end":
            if not fields or fields[0] != self.session:
                raise ProtocolError("the end of an earlier test session")
            self.restore()
            endpoint.forget()
            self.session, self.done = None, True
            return []
        if op == "lookup" and len(fields) == 1 and isinstance(fields[0], str):
            try:
                return [self.namespace[fields[0]]]
            except KeyError:
                raise NameError(f"name {fields[0]!r} is not defined") from None
        if op == "keep" and len(fields) == 1:
            return [ByReference(fields[0])]
        if op == "numpy_random" and not fields:
            import numpy.random

            return [numpy.random]
        if op == "float32_in" and not fields:
            return [self.float32_in]
        if op == "bind" and len(fields) == 2 and isinstance(fields[0], str):
            self.saved.extend(rebind(self.namespace, *fields))
            return []
        if op == "bind_known" and len(fields) == 4 and isinstance(fields[0], str) and isinstance(fields[3], list):
            name, reference, rest, pairs = fields
            known = KnownResults(reference, rest, [p for p in pairs if isinstance(p, list) and len(p) == 2])
            self.saved.extend(rebind(self.namespace, name, known))
            return []
        if op == "bind_known_columns" and len(fields) == 5 and isinstance(fields[0], str):
            name, reference, rest, firsts, results = fields
            pairs = [list(p) for p in zip(unstack_columns(firsts), unstack_columns(results), strict=True)]
            self.saved.extend(rebind(self.namespace, name, KnownResults(reference, rest, pairs)))
            return []
        if op == "defer" and len(fields) == 2 and isinstance(fields[0], TesterClass) and isinstance(fields[1], list):
            cls, names = fields[0], frozenset(n for n in fields[1] if isinstance(n, str))
            type.__setattr__(cls, "_bridge_deferred", type.__getattribute__(cls, "_bridge_deferred") | names)
            return []
        if op == "call" and len(fields) == 3:
            return self.call_watched(endpoint, *fields)
        if op == "count_lines" and len(fields) == 3:
            return self.call_watched(endpoint, *fields, count_lines=True)
        if op == "call_kept" and len(fields) == 3:  # the result, and a handle to the object itself for "value"
            value, changed = self.call_watched(endpoint, *fields)
            return [value, changed, ByReference(value)]
        if op == "call_aliases" and len(fields) == 3:  # the result, and which of its arrays are arguments' arrays
            value, changed = self.call_watched(endpoint, *fields)
            args, kwargs = fields[1], fields[2]
            return [value, changed, [list(pair) for pair in shared_with_arguments(value, args, kwargs)]]
        if op == "value" and len(fields) == 1:  # what a kept object holds now
            return [fields[0]]
        if op == "getattr" and len(fields) == 2 and isinstance(fields[1], str):
            return [getattr(fields[0], fields[1])]
        if op == "setattr" and len(fields) == 3 and isinstance(fields[1], str):
            setattr(fields[0], fields[1], fields[2])
            return []
        raise ProtocolError(f"unknown request {op!r}")

    def call_watched(
        self, endpoint: Endpoint, target: Any, args: Any, kwargs: Any, count_lines: bool = False
    ) -> list[Any]:
        """``endpoint.serve_call`` under a :class:`CodeWatch`: fails if the notebook's code computed with complex
        numbers meanwhile; with ``count_lines``, the lines of the notebook's code run follow the reply."""
        watch = CodeWatch(self.namespace, count_lines=count_lines)
        self.held.append((args, kwargs))
        try:
            reply = endpoint.serve_call(functools.partial(watch.call, target), args, kwargs)
        finally:
            self.float32_in = self.float32_in or watch.float32_in
        if watch.complex_in:
            raise ComplexArithmetic(f"{watch.complex_in} computed with complex numbers: {COMPLEX_RULE}")
        if not watch.intact:
            raise TraceHookReplaced(
                "the code called replaced sys.settrace's hook (sys.settrace, threading.settrace), through which the "
                "grader watches the notebook's code: leave it alone"
            )
        return [*reply, watch.lines] if count_lines else reply

    def restore(self) -> None:
        """Put back the names that ``bind`` replaced."""
        for put_back in reversed(self.saved):
            put_back()
        self.saved.clear()

    def exportable(self, obj: Any) -> bool:
        return True  # the tester holds any of the notebook's objects by reference only

    def proxy(self, endpoint: Endpoint, oid: int, kind: str, name: str) -> Any:
        if kind == "class":
            stub = TesterClass(name.rsplit(".", 1)[-1], (), {})
            type.__setattr__(stub, "_bridge_deferred", frozenset())  # methods whose calls may run in batches
            type.__setattr__(stub, "_bridge", endpoint)
            type.__setattr__(stub, "_bridge_id", oid)
            type.__setattr__(stub, "_bridge_name", name)
            return stub
        return TesterObject(endpoint, oid, name, is_method=kind == "method", is_routine=kind in ("function", "method"))


def _user_namespace() -> dict[str, Any]:
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:
        shell = None
    return shell.user_ns if shell is not None else sys.modules["__main__"].__dict__


def connection() -> Endpoint:
    """This kernel's end of the bridge (made on first use from ``$BPC_BRIDGE_FD``)."""
    global _endpoint
    if _endpoint is None:
        fd = os.environ.get(BRIDGE_FD_ENV)
        if not fd:
            raise RuntimeError("this kernel was not started by the grader: there is no bridge to serve")
        _endpoint = KernelEndpoint(socket.socket(fileno=int(fd)), KernelHandler())
    return _endpoint


class _Discard(io.TextIOBase):
    """Where ``print`` writes while the tests run: nowhere. The grader drops what the kernel prints during a test cell
    anyway; sent on, 60 MB printed by one call broke the kernel's connection (a message over the client's limit),
    and a later cell was blamed for it (round 27)."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def serve() -> None:
    """Answer the tester's requests until it ends the session (the grader runs this for each test cell); what the
    notebook's code prints meanwhile is dropped where it is written (:class:`_Discard`).

    The notebook's functions run under its own floating-point error handling and warning filters, except that what
    would raise only warns: an experiment cell's ``np.seterr(all="raise")`` or ``warnings.filterwarnings("error")``
    does not turn a harmless underflow in a correct answer into an error (round 31), and a notebook that set neither
    sees the state it set (round 32: a reset to numpy's defaults told its code that it was being graded). A function
    that sets its own (``with np.errstate``, ``warnings.catch_warnings``) still has it."""
    endpoint = connection()
    handler = endpoint.handler
    assert isinstance(handler, KernelHandler)
    printed_to = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = _Discard()
    try:
        errors = {what: "warn" if how in ("raise", "call") else how for what, how in np.geterr().items()}
        with np.errstate(**errors), warnings.catch_warnings():
            if any(f[0] == "error" for f in warnings.filters):
                warnings.simplefilter("ignore")
            while True:
                message = endpoint.recv()
                if message[0] == 0:  # a request; stray replies are dropped
                    endpoint.serve_one(message)
                    if handler.done:
                        return
    finally:
        sys.stdout, sys.stderr = printed_to
        handler.restore()
