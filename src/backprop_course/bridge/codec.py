"""The bridge's wire format and its request/reply loop, used unchanged on both sides.

Messages are msgpack documents framed by a 4-byte big-endian length, sent over a stream socket.
Decoding yields data only: ``None``, ``bool``, ``int``, ``float``, ``str``, ``bytes``, lists and, through
msgpack extension types,

* numpy arrays and numpy scalars of a numeric dtype (``DTYPES``), rebuilt with ``np.frombuffer``
  from their raw bytes after the dtype, the shape and the byte count are checked; an array stored column by
  column (Fortran order, a transpose) arrives stored so, any other in C order;
* tuples, dicts (any hashable data as keys) and integers beyond 64 bits;
* references to objects that stay on one side: ``EXT_KERNEL`` (an object in the student's kernel) and
  ``EXT_TESTER`` (an object of the tester's). A reference to one's own object is looked up in the
  table of objects this side handed out (an unknown id is an error); a reference to the other
  side's object becomes a proxy, made by the side's handler.

Nothing is unpickled, no class is looked up by name, no code runs while decoding: what the student's
kernel sends can at worst be wrong data. A frame is read whole before anything in it is decoded, so
a malformed value fails that request only and the stream stays usable. Everything that is not plain
data (ndarray subclasses, object arrays, instances, functions, modules) crosses as a reference,
never as a value. Two subclasses cross as the data they hold: a tuple subclass (a namedtuple) as a plain
tuple of its items, and ``np.matrix`` as a 2-d array of its values.

Requests go both ways (the tester calls a student function, which calls back a reference
implementation the tester gave it): :meth:`Endpoint.request` serves the other side's requests
while it waits for its own reply. Envelopes are lists::

    [REQUEST, id, op, *fields]      [REPLY, id, *fields]      [ERROR, id, type name, message]

Replies to abandoned requests (after a timeout) are recognised by their id and dropped.
"""

from __future__ import annotations

import _signal
import builtins
import inspect
import itertools
import signal
import socket
import struct
from dataclasses import dataclass
from typing import Any, Protocol

import msgpack
import numpy as np

REQUEST, REPLY, ERROR = 0, 1, 2
EXT_ARRAY = 1  # [dtype str, shape (None for a numpy scalar), raw bytes]
EXT_TUPLE = 2  # [items]
EXT_DICT = 3  # [[key, value], ...]
EXT_INT = 4  # decimal digits of an int beyond 64 bits
EXT_KERNEL = 5  # [id, kind, name] of an object living in the student's kernel
EXT_TESTER = 6  # [id, kind, name] of an object living in the tester

DTYPES = frozenset(
    np.dtype(t).str
    for t in (
        np.bool_,
        np.int8,
        np.int16,
        np.int32,
        np.int64,
        np.uint8,
        np.uint16,
        np.uint32,
        np.uint64,
        np.float16,
        np.float32,
        np.float64,
        np.complex64,
        np.complex128,
    )
)
SCALAR_TYPES = frozenset(np.dtype(d).type for d in DTYPES)
# extended precision (x86's 80-bit long double, stored in 16 bytes) crosses rounded to double: a correct answer
# computed in np.longdouble is correct data (the tests compare at float64 precision at best)
WIDENED = {np.dtype(np.longdouble).str: np.float64, np.dtype(np.clongdouble).str: np.complex128}
WIDE_TYPES = frozenset({np.longdouble, np.clongdouble}) - SCALAR_TYPES
# the wire's dtype strings by dtype, and back (np.dtype(str) and dtype.str cost a microsecond each, twice per array)
_WIRE_DTYPES = {np.dtype(d): d for d in DTYPES}
_DTYPES_BY_WIRE = {d: np.dtype(d) for d in DTYPES}
_HEADER = struct.Struct(">I")
_ONE_WRITE = 1 << 16  # messages below this size go out in one system call; reads ask for at least this much
NAME_CHARS = 120  # longest object name or exception type carried in a reference or an error
MESSAGE_CHARS = 2000  # longest exception message carried in an error


@dataclass(frozen=True)
class Limits:
    """What one message may hold (checked before anything is allocated for it)."""

    max_message: int = 64 * 2**20  # bytes of one framed message
    max_elements: int = 2**24  # entries of one array
    max_depth: int = 32  # nesting of lists, tuples and dicts
    # requests of the other side served while waiting for one reply: the tests' longest loops make ~2,000 (1,000
    # training steps); more is a loop without end calling back (:class:`Runaway`)
    max_served: int = 30_000


class BridgeError(AssertionError):
    """A value that cannot be used or a message that breaks the protocol: the test fails with this message."""


class Refused(BridgeError):
    """A value is not plain data (or too large) and cannot be used as such."""


class ProtocolError(BridgeError):
    """The other side sent something that is not a valid message."""


class ComplexArithmetic(ArithmeticError):
    """The notebook's code computed with complex numbers during a call the tests made (raised in the kernel)."""


class StaleLentObject(RuntimeError):
    """The notebook's code used an object the tests lent it in an earlier test cell (kept between calls), which no
    longer exists."""


class TraceHookReplaced(RuntimeError):
    """The notebook's code replaced the kernel's ``sys.settrace`` hook (the grader's watch) during a call the tests
    made (raised in the kernel)."""


COMPLEX_RULE = (
    "complex-step differentiation is a numerical estimate of a derivative, and gradients in this course must be "
    "derived by hand: compute with real numbers."
)


class PeerGone(BridgeError):
    """The other side closed the connection (its process died or was killed)."""


class Deadline(BaseException):  # noqa: N818  (not an error of the code under test: a time limit)
    """The time allowed for the current test ran out (not caught by ``except Exception``)."""


class Runaway(Deadline):
    """The other side sent more requests than :attr:`Limits.max_served` while one call ran: its code loops without end
    (a ``while`` whose counter never grows), calling back at every turn. Handled as the time limit is."""


class RemoteError(Exception):
    """An exception raised on the other side, carried as its type name and message only."""

    def __init__(self, type_name: str, message: str) -> None:
        super().__init__(f"{type_name}: {message}" if message else type_name)
        self.type_name = type_name
        self.message = message


_with_builtin: dict[tuple[type, str], type] = {}


def with_builtin(cls: type[RemoteError], type_name: str, prefix: str = "") -> type[RemoteError]:
    """``cls`` (a :class:`RemoteError`), or a subclass of it that is also the builtin exception ``type_name`` names, so
    that ``except ValueError`` around a call of the other side's code works; ``cls`` itself when there is no such
    builtin, or when Python cannot make one (MemoryError allocates from a free list of its own). Made once."""
    key = (cls, type_name)
    known = _with_builtin.get(key)
    if known is None:
        known = cls
        base = getattr(builtins, type_name, None)
        if isinstance(base, type) and issubclass(base, Exception) and not issubclass(cls, base):
            both = type(prefix + type_name, (cls, base), {})
            try:
                both.__new__(both)
                known = both
            except TypeError:
                pass
        _with_builtin[key] = known
    return known


class Handler(Protocol):
    """What one side plugs into its :class:`Endpoint`."""

    def handle(self, endpoint: Endpoint, op: str, fields: list[Any]) -> list[Any]:
        """Serve a request of the other side; returns the reply's fields."""

    def exportable(self, obj: Any) -> bool:
        """Whether ``obj`` may be handed to the other side as a reference."""

    def proxy(self, endpoint: Endpoint, oid: int, kind: str, name: str) -> Any:
        """A local stand-in for the other side's object ``oid``."""


def describe(obj: Any) -> tuple[str, str]:
    """``(kind, name)`` of an object handed out by reference: kind is class, function, method, module or object.

    ``method`` is a method of an instance's class bound to the instance (``net.train``): the other side
    may keep it for the test cell instead of asking for ``net.train`` again at every call.
    """
    if isinstance(obj, type):
        kind = "class"
    elif type(obj).__name__ == "module":
        kind = "module"
    elif _class_method(obj):
        kind = "method"
    elif inspect.isroutine(obj):
        kind = "function"
    else:
        kind = "object"  # an instance, callable or not (a layer with __call__ is an object of its class)
    try:
        name = obj.__qualname__ if kind in ("class", "function", "method") else type(obj).__qualname__
        if type(obj) is np.ndarray:  # an array of objects or strings: "ndarray[object]" (round 79)
            name = f"ndarray[{obj.dtype}]"
    except Exception:  # noqa: BLE001  (an object of the student's may raise anything)
        name = type(obj).__name__
    return kind, clean_text(name, NAME_CHARS)


def _class_method(obj: Any) -> bool:
    """Whether ``obj`` is a function of an instance's class bound to the instance, not shadowed by it."""
    if not inspect.ismethod(obj) or isinstance(obj.__self__, type):
        return False
    try:
        func, owner = obj.__func__, obj.__self__
        name = func.__name__
        return inspect.getattr_static(type(owner), name, None) is func and name not in vars(owner)
    except Exception:  # noqa: BLE001  (an object of the student's may raise anything)
        return False


def clean_text(value: Any, limit: int) -> str:
    """``value`` as a printable one-line string of at most ``limit`` characters."""
    text = value if isinstance(value, str) else "?"
    if not (len(text) <= limit and text.isprintable()):  # most are: a name such as "Linear.forward"
        text = "".join(ch if ch.isprintable() else " " for ch in text[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ByReference:
    """``value``, to be sent as a reference to this side's object whatever it holds (data too): the other side gets a
    proxy, and hands back this very object with it (an array that the notebook's code gets as one object, the same
    at every call, as a notebook's own variable would be)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


_DEFERRED = frozenset({signal.SIGINT, signal.SIGALRM})


def _ext(code: int, data: bytes) -> msgpack.ExtType:
    """``msgpack.ExtType(code, data)`` without its argument checks (``code`` and ``data`` are ours, always valid)."""
    return tuple.__new__(msgpack.ExtType, (code, data))


def _ext_pair(code: int, data: bytes) -> tuple[int, bytes]:
    return (code, data)


# One packer for every message, reused (msgpack.packb makes a new one per call, a microsecond each, several times per
# message). It is only ever given what Endpoint.pack returns, builtin values and ExtType, so it runs no Python code,
# and no other thread can interleave with a call; after an error it starts empty again.
_packb = msgpack.Packer().pack


def _unpack(data: bytes) -> Any:
    """A msgpack document; its extension values become ``(code, data)`` tuples (msgpack makes no other tuple).

    Faster than msgpack's own ``ExtType`` objects, whose constructor checks its arguments in Python.
    """
    return msgpack.unpackb(data, raw=False, strict_map_key=True, ext_hook=_ext_pair)


class _NotColumnar(Exception):
    pass


def _leaves(value: Any, into: list[Any]) -> tuple[Any, ...]:
    """The layout of ``value`` (nested lists and tuples of arrays, floats and numpy scalars), its leaves appended to
    ``into`` in order; :class:`_NotColumnar` for anything else."""
    t = type(value)
    if t is np.ndarray and value.dtype.str in DTYPES:
        into.append(value)
        return ("a", value.dtype.str, value.shape)
    if t is float:
        into.append(value)
        return ("f",)
    if t in SCALAR_TYPES:
        into.append(value)
        return ("s", np.dtype(t).str)
    if t is list or t is tuple:
        return ("l" if t is list else "t", tuple(_leaves(v, into) for v in value))
    raise _NotColumnar


def stack_columns(values: list[Any]) -> list[Any] | None:
    """``values`` (say ``[W, b, v, c]`` at every step of a run) as runs ``[[layout, columns, count], ...]``: each run
    of values of one layout as one array per leaf, stacked over the run, so that sending them costs a few arrays
    instead of one per leaf of each value. None when a value holds anything but lists, tuples, arrays, floats and
    numpy scalars. :func:`unstack_columns` gives back values equal to the originals (same types, dtypes, shapes and
    bits): a run ends where the layout changes (a float ``c`` at the start, a numpy float after a step)."""
    layouts, leaves = [], []
    try:
        for value in values:
            leaves.append([])
            layouts.append(_leaves(value, leaves[-1]))
    except _NotColumnar:
        return None
    runs, start = [], 0
    for end in range(1, len(values) + 1):
        if end < len(values) and layouts[end] == layouts[start]:
            continue
        columns = []
        for i in range(len(leaves[start])):
            column = [value_leaves[i] for value_leaves in leaves[start:end]]
            first = column[0]
            if type(first) is np.ndarray:
                columns.append(np.stack(column))
            else:
                columns.append(np.array(column, dtype=np.float64 if type(first) is float else first.dtype))
        runs.append([layouts[start], columns, end - start])
        start = end
    return runs


def unstack_columns(runs: list[Any]) -> list[Any]:
    """The values :func:`stack_columns` stacked, in order (arrays are views of the columns)."""

    def build(layout: Any, k: int, column: Any) -> Any:
        kind = layout[0]
        if kind == "a":
            return next(column)[k, ...]
        if kind == "f":
            return float(next(column)[k])
        if kind == "s":
            return next(column)[k]
        items = [build(sub, k, column) for sub in layout[1]]
        return items if kind == "l" else tuple(items)

    return [build(layout, k, iter(columns)) for layout, columns, count in runs for k in range(count)]


def snapshot(value: Any) -> Any:
    """What :meth:`Endpoint.serve_call` compares to see whether a call changed an argument in place, and the key
    of a result known in advance (:class:`backprop_course.bridge.agent.KnownResults`).

    Equal snapshots when the data are equal, like :meth:`Endpoint.pack` but without encoding anything: arrays
    by dtype, shape and bytes (so NaN compares equal to itself), floats by their bit pattern, containers by
    their items, any other object by identity. The value came from the other side, so it is plain data
    within the nesting limit, or a reference.
    """
    t = type(value)
    if value is None or t is bool or t is int or t is str or t is bytes:
        return value
    if t is float:
        return ("f", value.hex())
    if t is list:
        return ("l", *[snapshot(v) for v in value])
    if t is tuple:
        return ("t", *[snapshot(v) for v in value])
    if t is dict:
        return ("d", *[(snapshot(k), snapshot(v)) for k, v in value.items()])
    if t is np.ndarray or t in SCALAR_TYPES:
        return ("a", value.dtype, value.shape, value.tobytes())  # the dtype itself: .str builds a string each time
    return ("o", id(value))


def _calls_asked(message: list[Any]) -> int:
    """How many calls a request asks for: a ``call_repeat`` request's count (when it is a number), else 1."""
    if len(message) == 7 and message[2] == "call_repeat" and type(message[6]) is int and message[6] > 0:
        return message[6]
    return 1


class Endpoint:
    """One side of the bridge: encodes values, sends and answers requests.

    ``side`` is ``"kernel"`` or ``"tester"``; it decides which reference type names this side's own
    objects. Objects handed out by reference are kept in a table (and alive) until :meth:`forget`.
    """

    def __init__(self, sock: socket.socket, side: str, handler: Handler, limits: Limits | None = None) -> None:
        if side not in ("kernel", "tester"):
            raise ValueError(side)
        self.sock = sock
        self.handler = handler
        self.limits = limits or Limits()
        self.mine_code, self.theirs_code = (EXT_KERNEL, EXT_TESTER) if side == "kernel" else (EXT_TESTER, EXT_KERNEL)
        self._mine: dict[int, Any] = {}
        self._mine_ids: dict[int, int] = {}
        self._mine_packed: dict[int, Any] = {}  # oid -> its reference, encoded
        self._theirs: dict[int, Any] = {}
        self._request_ids = itertools.count(1)
        self._object_ids = itertools.count(1)
        self.broken = ""  # why the stream can no longer be used ("" while it can)
        self._inbox = bytearray()  # bytes received but not yet read (see _read)
        self._array_bytes = 0  # see pack

    # -- references

    def forget(self) -> None:
        """Drop every reference both ways: what was handed out, and the proxies for what was received.

        References live for one test cell; one used later is a :class:`StaleReference`.
        """
        self._mine.clear()
        self._mine_ids.clear()
        self._mine_packed.clear()
        self._theirs.clear()

    def remote_id(self, obj: Any) -> int | None:
        """The id of the other side's object that ``obj`` stands for, or None."""
        if not isinstance(obj, _PROXY_TYPES):
            return None
        oid = obj._bridge_id
        return oid if isinstance(oid, int) and self._theirs.get(oid) is obj else None

    def _export(self, obj: Any) -> msgpack.ExtType:
        rid = self.remote_id(obj)
        if rid is not None:  # the other side's own object, going back
            return _ext(self.theirs_code, _packb([rid, "", ""]))
        if not self.handler.exportable(obj):
            kind, name = describe(obj)
            raise Refused(f"a {kind} {name} cannot be passed to the other side")
        oid = self._mine_ids.get(id(obj))
        if oid is not None:
            return self._mine_packed[oid]  # described when first handed out (describe: about 10 us)
        oid = next(self._object_ids)
        self._mine[oid] = obj
        self._mine_ids[id(obj)] = oid
        kind, name = describe(obj)
        packed = self._mine_packed[oid] = _ext(self.mine_code, _packb([oid, kind, name]))
        return packed

    # -- encoding

    def pack(self, value: Any, depth: int = 0) -> Any:
        """``value`` as msgpack-ready data: plain values as they are, the rest as extension types."""
        if depth > self.limits.max_depth:
            raise Refused(f"data nested more than {self.limits.max_depth} levels deep")
        if depth == 0:
            self._array_bytes = 0  # the arrays' bytes in this value, checked before each is copied
        t = type(value)
        if value is None or t is bool or t is float or t is str or t is bytes:
            return value
        if t is ByReference:
            return self._export(value.value)
        if t is int:
            return value if -(2**63) <= value < 2**64 else _ext(EXT_INT, str(value).encode())
        if t is list:
            return [self.pack(v, depth + 1) for v in value]
        if t is tuple:
            return _ext(EXT_TUPLE, _packb([self.pack(v, depth + 1) for v in value]))
        if issubclass(t, tuple):  # a namedtuple: its items, read past any override, cross as a plain tuple
            return _ext(EXT_TUPLE, _packb([self.pack(v, depth + 1) for v in tuple.__iter__(value)]))
        if t is dict:
            items = [[self.pack(k, depth + 1), self.pack(v, depth + 1)] for k, v in value.items()]
            return _ext(EXT_DICT, _packb(items))
        if t is np.ndarray:
            wire = _WIRE_DTYPES.get(value.dtype)  # the usual case, a float64 array: its code without np.asarray
            if wire is not None and (value.ndim < 2 or value.flags.c_contiguous):
                self._admit(value)
                return _ext(EXT_ARRAY, _packb([wire, list(value.shape), value.tobytes()]))
        if t is complex:
            value, t = np.complex128(value), np.complex128
        if t is np.matrix and np.ndarray.view(value, np.ndarray).dtype.str in DTYPES:  # its values, as a 2-d array
            value, t = np.ndarray.view(value, np.ndarray), np.ndarray
        if t is np.ndarray or t in SCALAR_TYPES or t in WIDE_TYPES:
            arr = np.asarray(value)
            if arr.dtype.str in WIDENED and arr.dtype.str not in DTYPES:
                arr, t = arr.astype(WIDENED[arr.dtype.str]), (np.ndarray if t is np.ndarray else np.float64)
            if arr.dtype.str in DTYPES:
                self._admit(arr)
                shape = None if t is not np.ndarray else list(arr.shape)
                if arr.ndim > 1 and arr.flags.f_contiguous and not arr.flags.c_contiguous:  # a transpose, kept one
                    # (round 122: an answer right only for C-ordered arrays kept the points: every array arrived so)
                    return _ext(EXT_ARRAY, _packb([arr.dtype.str, shape, arr.tobytes(order="F"), "F"]))
                return _ext(EXT_ARRAY, _packb([arr.dtype.str, shape, arr.tobytes(order="C")]))
        return self._export(value)

    def _admit(self, arr: np.ndarray) -> None:
        """Refuse an array over the entry limit, or one that takes this value's arrays over the message limit (round
        32: four (3000, 3000) arrays returned), before it is copied."""
        if arr.size > self.limits.max_elements:
            raise Refused(f"an array of {arr.size} entries (at most {self.limits.max_elements})")
        self._array_bytes += arr.nbytes
        if self._array_bytes > self.limits.max_message:
            raise Refused(f"arrays of more than {self.limits.max_message} bytes in all")

    # -- decoding

    def unwrap(self, value: Any, depth: int = 0) -> Any:
        """Data from a decoded msgpack value: extension types become arrays, tuples, dicts or references.

        Raises :class:`ProtocolError` for anything malformed (the stream itself stays usable).
        """
        if depth > self.limits.max_depth:
            raise ProtocolError(f"data nested more than {self.limits.max_depth} levels deep")
        t = type(value)
        if value is None or t in (bool, int, float, str, bytes):
            return value
        if t is list:
            return [self.unwrap(v, depth + 1) for v in value]
        if t is dict:  # a msgpack map (str keys): only the other side's own encoder would not send one
            return {k: self.unwrap(v, depth + 1) for k, v in value.items()}
        if t is not tuple and t is not msgpack.ExtType:  # a tuple: what _unpack makes of an extension value
            raise ProtocolError(f"unexpected {t.__name__} in a message")
        code, data = value
        try:
            if code == EXT_ARRAY:
                return self._array(data)
            if code == EXT_INT:
                if len(data) > 4000:
                    raise ProtocolError("an integer with more than 4000 digits")
                return int(data.decode("ascii"))
            inner = _unpack(data)
        except (ValueError, TypeError, UnicodeDecodeError, msgpack.UnpackException, RecursionError) as e:
            raise ProtocolError(f"malformed value: {type(e).__name__}") from None
        if not isinstance(inner, list):
            raise ProtocolError("malformed extension value")
        if code == EXT_TUPLE:
            return tuple(self.unwrap(v, depth + 1) for v in inner)
        if code == EXT_DICT:
            if not all(isinstance(p, list) and len(p) == 2 for p in inner):
                raise ProtocolError("malformed dict")
            try:
                return {self.unwrap(k, depth + 1): self.unwrap(v, depth + 1) for k, v in inner}
            except TypeError:
                raise ProtocolError("a dict with a key that is not hashable") from None
        if code in (EXT_KERNEL, EXT_TESTER) and len(inner) == 3 and type(inner[0]) is int:
            return self._reference(code, *inner)
        raise ProtocolError(f"unknown extension type {code}")

    def _array(self, data: bytes) -> Any:
        fields = msgpack.unpackb(data, raw=False, strict_map_key=True)
        n = len(fields) if type(fields) is list else 0
        if n == 3:
            dtype, shape, raw = fields
            order = "C"
        elif n == 4 and fields[3] == "F":
            dtype, shape, raw, _ = fields
            order = "F" if shape is not None else "C"
        else:
            raise ProtocolError("malformed array")
        dt = _DTYPES_BY_WIRE.get(dtype) if type(dtype) is str else None
        if dt is None or type(raw) is not bytes:
            raise ProtocolError(f"an array of a dtype that is not numeric data ({clean_text(dtype, 40)})")
        size = 1
        if shape is not None:
            if type(shape) is not list or len(shape) > 32:
                raise ProtocolError("an array with a malformed shape")
            for k in shape:
                if type(k) is not int or k < 0:
                    raise ProtocolError("an array with a malformed shape")
                size *= k
        if size > self.limits.max_elements:
            raise ProtocolError(f"an array of {size} entries (at most {self.limits.max_elements})")
        if size * dt.itemsize != len(raw):
            raise ProtocolError("an array whose bytes do not match its shape and dtype")
        if shape is None:  # a numpy scalar
            return np.frombuffer(raw, dtype=dt)[0]
        return np.frombuffer(raw, dtype=dt).reshape(shape, order=order).copy(order=order)

    def _reference(self, code: int, oid: int, kind: Any, name: Any) -> Any:
        if code == self.mine_code:
            obj = self._mine.get(oid, _MISSING)
            return StaleReference() if obj is _MISSING else obj
        proxy = self._theirs.get(oid)
        if proxy is None:
            proxy = self.handler.proxy(self, oid, clean_text(kind, 20), clean_text(name, NAME_CHARS))
            self._theirs[oid] = proxy
        return proxy

    # -- the stream

    def send(self, message: list[Any]) -> None:
        body = _packb(message)
        size = len(body)
        if size > self.limits.max_message:
            raise Refused(f"a message of {size} bytes (at most {self.limits.max_message})")
        # SIGINT and SIGALRM are held back meanwhile: a write interrupted half-way breaks the stream. (Inline, not a
        # context manager: this runs twice per round trip. _signal.pthread_sigmask is what signal.pthread_sigmask
        # wraps, without turning every signal of the returned mask into an enum member.)
        try:
            old = _signal.pthread_sigmask(signal.SIG_BLOCK, _DEFERRED)
        except (OSError, ValueError):  # not available here: send unprotected
            old = None
        try:
            if size < _ONE_WRITE:  # one system call for the usual small message
                self.sock.sendall(_HEADER.pack(size) + body)
            else:
                self.sock.sendall(_HEADER.pack(size))
                self.sock.sendall(body)
        except OSError:
            self.broken = "a message could not be sent whole (the other side stopped reading)"
            raise
        finally:
            if old is not None:
                _signal.pthread_sigmask(signal.SIG_SETMASK, old)

    def recv(self) -> list[Any]:
        """The next message (validated as an envelope); raises :class:`PeerGone` at end of stream."""
        if self.broken:
            raise ProtocolError(self.broken)
        if not self._inbox:  # the usual case: one small frame, whole in one read (nothing of it read before)
            chunk = self.sock.recv(_ONE_WRITE)
            if not chunk:
                raise PeerGone("the other side of the bridge is gone (its process ended)")
            if len(chunk) >= _HEADER.size and _HEADER.unpack_from(chunk)[0] == len(chunk) - _HEADER.size:
                return self._message(chunk[_HEADER.size :])
            self._inbox += chunk  # part of a frame, or more than one: read as below
        started = False
        try:
            header = self._read(_HEADER.size)
            started = True
            (size,) = _HEADER.unpack(header)
            if size > self.limits.max_message:
                raise ProtocolError(f"a message of {size} bytes announced (at most {self.limits.max_message})")
            body = self._read(size)
            started = False
        except BaseException:
            if started:
                self.broken = "the connection was interrupted in the middle of a message"
            raise
        return self._message(body)

    def _message(self, body: bytes) -> list[Any]:
        """A frame's body as a message, validated as an envelope."""
        if len(body) > self.limits.max_message:
            raise ProtocolError(f"a message of {len(body)} bytes announced (at most {self.limits.max_message})")
        try:
            message = _unpack(body)
        except (ValueError, TypeError, UnicodeDecodeError, msgpack.UnpackException, RecursionError) as e:
            raise ProtocolError(f"a message that is not msgpack: {type(e).__name__}") from None
        if not (
            isinstance(message, list)
            and len(message) >= (2 if message[0] == REPLY else 3)
            and message[0] in (REQUEST, REPLY, ERROR)
            and type(message[1]) is int
        ):
            raise ProtocolError("a message that is not a request or a reply")
        return message

    def _read(self, n: int) -> bytes:
        """The next ``n`` bytes of the stream; what arrived beyond them waits in ``_inbox`` for the next read.

        A request and its reply are usually one small frame each: reading what is there in one system
        call (instead of the header, then the body) halves the calls per message.
        """
        inbox = self._inbox
        while len(inbox) < n:
            chunk = self.sock.recv(max(_ONE_WRITE, n - len(inbox)))
            if not chunk:
                if inbox:
                    self.broken = "the connection closed in the middle of a message"
                raise PeerGone("the other side of the bridge is gone (its process ended)")
            inbox += chunk
        data = bytes(inbox[:n])
        del inbox[:n]
        return data

    # -- requests

    def request(self, op: str, *fields: Any) -> list[Any]:
        """Send a request and return its reply's fields, serving the other side's requests meanwhile.

        Raises :class:`RemoteError` when the other side's code raised.
        """
        rid = next(self._request_ids)
        self.send([REQUEST, rid, op, *[self.pack(f) for f in fields]])
        served = 0
        while True:
            message = self.recv()
            kind, mid = message[0], message[1]
            if kind == REQUEST:
                served += _calls_asked(message)
                if served > self.limits.max_served:
                    raise Runaway(f"the other side sent more than {self.limits.max_served} requests for one reply")
                self.serve_one(message)
            elif mid != rid:
                continue  # the reply to a request given up on earlier
            elif kind == REPLY:
                return [self.unwrap(v) for v in message[2:]]
            else:
                type_name = clean_text(message[2] if len(message) > 2 else "?", NAME_CHARS)
                text = clean_text(message[3] if len(message) > 3 else "", MESSAGE_CHARS)
                raise RemoteError(type_name, text)

    def serve_one(self, message: list[Any]) -> None:
        """Answer one request of the other side (errors become an ERROR reply)."""
        rid, op = message[1], message[2]
        try:
            if not isinstance(op, str):
                raise ProtocolError("a request without an operation name")
            fields = [self.unwrap(v) for v in message[3:]]
            result = [self.pack(v) for v in self.handler.handle(self, op, fields)]
            reply = [REPLY, rid, *result]
        except Deadline:
            raise
        except BaseException as e:  # noqa: BLE001  (whatever the served code raised goes back as data)
            reply = [ERROR, rid, *exception_fields(e)]
        self.send(reply)

    # -- the generic operations on the other side's objects

    def call(self, target: Any, args: tuple[Any, ...] | list[Any], kwargs: dict[str, Any], op: str = "call") -> Any:
        """Call the other side's object; arguments it changed in place are changed here too.

        ``op``: the request, ``"call"`` or one the other side answers like it, with more fields after the
        changed arguments; then the result is the list ``[value, *those fields]``.
        """
        args = list(args)
        value, changed, *more = self.request(op, target, args, kwargs)
        for key, new in changed if isinstance(changed, list) else []:
            if isinstance(key, int) and 0 <= key < len(args):
                update_in_place(args[key], new)
            elif isinstance(key, str) and key in kwargs:
                update_in_place(kwargs[key], new)
        return value if op == "call" else [value, *more]

    def getattr(self, target: Any, name: str) -> Any:
        return self.request("getattr", target, name)[0]

    def setattr(self, target: Any, name: str, value: Any) -> None:
        self.request("setattr", target, name, value)

    def serve_call(self, target: Any, args: Any, kwargs: Any) -> list[Any]:
        """Run ``target(*args, **kwargs)`` for the other side; reply ``[result, changed arguments]``."""
        if not isinstance(args, list) or not isinstance(kwargs, dict) or not all(isinstance(k, str) for k in kwargs):
            raise ProtocolError("malformed call")
        before = {k: snapshot(v) for k, v in [*enumerate(args), *kwargs.items()] if _mutable(v)}
        result = target(*args, **kwargs)
        changed = []
        for key, seen in before.items():
            value = args[key] if isinstance(key, int) else kwargs[key]
            if snapshot(value) != seen:
                changed.append([key, value])
        return [result, changed]


_MISSING = object()


class StaleReference:
    """Stands for a reference to an object that this side no longer holds (lent in an earlier test)."""

    def _stale(self, *args: Any, **kwargs: Any) -> Any:
        raise StaleLentObject("this object was lent to the notebook by an earlier test and no longer exists")

    __call__ = __getattr__ = _stale


def _mutable(value: Any) -> bool:
    return type(value) in (list, dict, np.ndarray)


def update_in_place(old: Any, new: Any) -> Any:
    """Make ``old`` equal to ``new`` without replacing it, where its type allows; returns what to keep."""
    if type(old) is np.ndarray and type(new) is np.ndarray:
        if old.shape != new.shape and old.size == new.size and old.dtype == new.dtype and old.flags.c_contiguous:
            old.shape = new.shape  # the callee set its argument's shape (x.shape = (-1,)): so does the caller's array
        if old.shape == new.shape and old.dtype == new.dtype and old.flags.writeable:
            np.copyto(old, new)
            return old
        return new
    if type(old) is list and type(new) is list:
        old[:] = [update_in_place(old[i], v) if i < len(old) else v for i, v in enumerate(new)]
        return old
    if type(old) is dict and type(new) is dict:
        merged = {k: update_in_place(old[k], v) if k in old else v for k, v in new.items()}
        old.clear()
        old.update(merged)
        return old
    return new


def exception_fields(e: BaseException) -> list[str]:
    """``[type name, message]`` of an exception, safe to compute on anything the student raised."""
    try:
        name = type(e).__name__
    except Exception:  # noqa: BLE001
        name = "Exception"
    try:
        text = str(e)
    except Exception:  # noqa: BLE001  (a student's __str__ may raise)
        text = "(its message could not be read)"
    return [clean_text(name, NAME_CHARS), clean_text(text, MESSAGE_CHARS)]


# Classes of proxies for the other side's objects (registered by the agent and the tester).
_PROXY_TYPES: tuple[type, ...] = ()


def register_proxy_type(cls: type) -> type:
    """Class decorator: instances of ``cls`` stand for the other side's objects (``_bridge_id`` attribute)."""
    global _PROXY_TYPES
    _PROXY_TYPES = (*_PROXY_TYPES, cls)
    return cls
