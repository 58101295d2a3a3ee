"""The data-only bridge and the tester, in one process: the kernel's agent in a thread, the tester here.

What crosses (data copied, everything else a handle), what is refused, malformed and hostile
messages, in-place changes written back, exceptions, references lent for one cell, callbacks,
time limits, and the tests' namespace being immune to the student's.
"""

from __future__ import annotations

import dataclasses
import socket
import struct
import threading
import time

import msgpack
import numpy as np
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from backprop_course import testing
from backprop_course.bridge import tester
from backprop_course.bridge.agent import KernelEndpoint, KernelHandler
from backprop_course.bridge.codec import (
    EXT_ARRAY,
    EXT_DICT,
    EXT_TESTER,
    REQUEST,
    Endpoint,
    ProtocolError,
    StaleReference,
)
from backprop_course.grade.execute import code_facts

STUDENT = """
import numpy as np
from numpy import *              # rebinds all, any, sum, max, min, round, abs
from math import *               # and more
def all(x): return True          # a student's own all()
np = None                        # and a student's own np
import numpy
import collections
def linear_backward(dy, x, W, b):
    return W.T @ dy, numpy.outer(dy, x), dy.copy()
def as_float32(x):
    return numpy.asarray(x, dtype=numpy.float32) * 2
class Tanh:
    def forward(self, x):
        self.y = numpy.tanh(x)
        return self.y
class MLP:
    def __init__(self):
        self.act = Tanh()
    def forward(self, x):
        return self.act.forward(x) * 2
Activation = Tanh  # an alias, and a default argument: references(Tanh=...) reaches both
class MLPWithDefault:
    def __init__(self, *, activation=Tanh):
        self.act = activation()
    def forward(self, x, scale=2):
        return self.act.forward(x) * scale
def arg_id(x):
    return id(x)


def scale_in_place(x, factor):
    x *= factor
    return None
def flatten_in_place(y):
    y.shape = (-1,)
def append_in_place(values):
    values.append(99)
    values[0][0] = -1.0
def matrix():
    return numpy.matrix([[1.0, 2.0]])
class Sub(numpy.ndarray):
    pass
def subclass():
    return numpy.zeros(3).view(Sub)
Pair = collections.namedtuple("Pair", "dW db")
class Lying(tuple):
    def __iter__(self):
        return iter((0, 0))
    def __getitem__(self, i):
        return 0
def pairs():
    return Pair(numpy.ones(2), 3.0), Lying((1.0, 2.0))
def long_double():
    return numpy.ones(2, dtype=numpy.longdouble) / 3, numpy.longdouble(0.5)
def storage(a):  # how an array arrived: stored row by row, column by column, and its values
    return bool(a.flags.c_contiguous), bool(a.flags.f_contiguous), a, a.T
class Sneaky:
    def __array__(self, *a, **k):
        return numpy.zeros(3)
def sneaky():
    return Sneaky()
def objects():
    return numpy.array([1, "a"], dtype=object)
def raise_value(msg):
    raise ValueError(msg)
def loop():
    while not _stop.is_set():  # the fixture sets _stop at teardown: a thread cannot be killed
        pass
def call_back(f, x):
    return f(x) + 1
def stash(f):
    global _stashed
    _stashed = f
def use_stash(x):
    return _stashed(x)
def name_of(f):
    return getattr(f, "__name__", None)
def peek(obj):
    return obj._secret
def call_method_times(obj, n):
    for _ in range(n):
        obj.step()
    return obj.count
def replace_method(obj):
    obj.step = obj.other
    return obj.step()
def mixed():  # (no complex number: a notebook function that returns one, even in a dict, fails its call, round 39)
    return {"a": numpy.float32(1.5), 2: (1, [2.0, None]), "big": 2**70, "b": b"x"}
def complex_step(z):
    zz = z + 1j * 1e-30
    return numpy.exp(zz).imag / 1e-30
def complex_no_literal(z):
    zz = z + numpy.emath.sqrt(-1.0) * 1e-30
    return getattr(numpy.tanh(zz), "im" + "ag") / 1e-30
def complex_helper(z):
    return z + 0j
def via_helper(z):
    return complex_helper(z).real
def vectorised(x):
    return numpy.tanh(x @ numpy.ones((2, 1)))
def row_loop(x):
    out = []
    for row in x:
        out.append(numpy.tanh(row.sum()))
    return numpy.array(out)
def comprehension(x):
    return numpy.array([numpy.tanh(r.sum()) for r in x])
def through_reference(x):
    return lent(x)
def step_through_reference(x):
    return numpy.imag(lent(x + 1e-20j)) / 1e-20
def step_and_catch(x):
    try:
        return numpy.imag(lent(x + 1e-20j)) / 1e-20
    except Exception:
        return 1 - numpy.tanh(x) ** 2
def float32_inline(x):
    return numpy.tanh(x.astype(numpy.float32)).astype(numpy.float64)
SINGLE = numpy.float32
def float32_global(x):
    return x.astype(SINGLE).astype(float)
def complex_pow_imag(x):
    return numpy.tanh(x + (-1.0) ** 0.5 * 1e-30).imag / 1e-30
def complex_inline(x):
    return numpy.real(numpy.tanh(x + 1e-30j) * 1e30)
def complex_in_lists(x):
    i = [numpy.fft.fft([0.0, 0.0, 0.0, 1.0])[1] * 1e-30]  # the imaginary unit, made without a literal
    t = [numpy.tanh(x + i[0])]
    return numpy.real(t[0] * numpy.conj(i[0])) / 1e-60
_UNIT = numpy.fft.fft([0.0, 0.0, 0.0, 1.0])[1] * 1e-30
def complex_global_unit(x):
    return numpy.ascontiguousarray(numpy.tanh(x + _UNIT).view(numpy.float64)[..., 1::2]) * 1e30
def float32_inside(x):
    h = numpy.asarray(x, dtype=numpy.float32)
    return numpy.asarray(h, dtype=numpy.float64) * 2
def float32_dtype_only(x):
    dt = numpy.float32
    return numpy.asarray(numpy.asarray(x, dt), float)
class Tanh32:
    def forward(self, x):
        self.y = numpy.tanh(x).astype(numpy.float32)
        return self.y.astype(float)
def float32_in_list(x):
    parts = [numpy.float32(v) for v in x]
    return numpy.array(parts, dtype=float)
def unwatch(x):
    import sys
    sys.settrace(None)
    return x
_own_globals = {"numpy": numpy}
exec('''
def _cs(x):
    t = numpy.asarray(x, dtype=complex)
    t = t + complex(0.0, 1e-30)
    return numpy.tanh(t)
def _real(x):
    return numpy.tanh(numpy.asarray(x, dtype=float))
''', _own_globals)
def complex_in_exec(x):
    return _own_globals["_cs"](x).real
def real_in_exec(x):
    return _own_globals["_real"](x)
_last_seen = None
def seen_before(x):
    global _last_seen
    was, _last_seen = x is _last_seen, x
    return was
_by_id = {}
def total_cached_by_id(x, ps):  # kept by the arguments' identity: right once, stale when they come back changed
    key = (id(x), id(ps))
    if key not in _by_id:
        _by_id[key] = total(x, ps)
    return _by_id[key]
def total(x, ps):
    return float(numpy.sum(x)) + float(numpy.sum([numpy.sum(p) for p in ps]))
def total_capped(x, ps):  # wrong above 1, whatever the objects
    return float(numpy.minimum(total(x, ps), 1.0))
_BUF = numpy.zeros(2)
def into_buffer(x):
    _BUF[:] = x  # one array handed out by every call
    return _BUF
def fresh(x):
    return x * 1.0
def hand_back(x, y):
    return x * 1.0, y[1:]  # a new array, and a view of the argument y
def out_of_memory(x):
    raise MemoryError("Unable to allocate 8.00 EiB")
def call_back_until_stopped(f):
    while not _stop.is_set():  # a loop whose end never comes (the fixture stops it when the test is over)
        f()
def descend(x, y, p, n, rate=0.1):
    out = [p]
    for _ in range(n):
        g = grad(p, x, y)
        step = rate * g
        g[...] = 0.0  # scribbles on the array it was given: a known result must be handed out as a copy
        p = p - step
        out.append(p)
    return out
def descend_tuples(x, y, p, n, rate=0.1):
    out = [tuple(p)]
    for _ in range(n):
        g = grad(out[-1], x, y)
        out.append(tuple(q - rate * d for q, d in zip(out[-1], g)))
    return out
"""


@pytest.fixture
def bridge():
    """``(runner, namespace)``: a tester runner talking to an agent thread serving ``namespace``."""
    stop = threading.Event()
    namespace: dict = {"_stop": stop, "__name__": "__main__"}  # as in a kernel
    exec(STUDENT, namespace)
    a, b = socket.socketpair()
    kernel = KernelEndpoint(a, KernelHandler(lambda: namespace))

    def serve_forever() -> None:
        while True:
            try:
                message = kernel.recv()
                if message[0] == REQUEST:
                    kernel.serve_one(message)
            except Exception:  # noqa: BLE001  (the tester side closed)
                return

    thread = threading.Thread(target=serve_forever, daemon=True)
    thread.start()
    runner = tester.TestRunner(Endpoint(b, "tester", tester.TesterHandler()), seed=7)
    tester._current_runner = runner
    tester.shown_names.source = set(code_facts(new_notebook(cells=[new_code_cell(STUDENT)]))["names"])
    testing._runtime = tester.Runtime(runner)
    yield runner, namespace
    # The agent runs in a thread of the test process, so a student function the tester gave up on (loop())
    # would spin on in the GIL for the rest of the session, slowing every later test: stop it.
    stop.set()
    testing._runtime = None
    tester._current_runner = None
    b.close()
    thread.join(timeout=10)
    assert not thread.is_alive(), "the agent thread is still running after its test"
    a.close()


def run(runner: tester.TestRunner, source: str, timeout: float = 5) -> tester.CellResult:
    result = runner.run_cell("test_cell", source, timeout)
    runner.end_cell()
    return result


def message(result: tester.CellResult) -> str:
    return "\n".join(f"{o['ename']}: {o['evalue']}" for o in result.outputs if o["output_type"] == "error")


def test_data_crosses_as_copies_of_the_same_types(bridge) -> None:
    runner, _ = bridge
    r = run(
        runner,
        """
dx, dW, db = linear_backward(np.arange(3.0), np.ones(2), np.ones((3, 2)), np.zeros(3))
assert type(dx) is np.ndarray and dx.dtype == np.float64 and dW.shape == (3, 2)
y = as_float32([1.0, 2.0])
assert y.dtype == np.float32 and y.tolist() == [2.0, 4.0]
m = mixed()
assert type(m["a"]) is np.float32 and m[2] == (1, [2.0, None]) and m["big"] == 2**70
assert m["b"] == b"x"
ld, half = long_double()  # extended precision crosses rounded to double (a correct answer in np.longdouble)
assert ld.dtype == np.float64 and ld.tolist() == [1 / 3, 1 / 3] and type(half) is np.float64 and half == 0.5
""",
    )
    assert r.status == "passed", message(r)


def test_arrays_cross_stored_as_they_were(bridge) -> None:
    """A transpose (Fortran order) arrives stored column by column, both ways, with the same values; any other
    array row by row (round 122: an answer right only for C-ordered arrays kept the points)."""
    runner, _ = bridge
    r = run(
        runner,
        """
a = np.arange(6.0).reshape(2, 3)
c, f, back, back_t = storage(a.T)
assert (c, f) == (False, True) and np.array_equal(back, a.T) and back.flags.f_contiguous and not back.flags.c_contiguous
assert back_t.flags.c_contiguous and np.array_equal(back_t, a)
assert storage(a)[:2] == (True, False) and storage(a[:, ::2])[:2] == (True, False)
assert storage(np.asfortranarray(np.ones((2, 2), dtype=np.float32)))[:2] == (False, True)
""",
    )
    assert r.status == "passed", message(r)


def test_a_lent_function_has_its_own_name(bridge) -> None:
    """Round 114: a dense_forward choosing its formula by ``activation.__name__`` got AttributeError for the lent
    sigmoid (its default, ""), so no test reached its branch for the sigmoid. A lent function's ``__name__`` is its
    own; a lent instance has none, as an instance has none."""
    runner, _ = bridge
    r = run(
        runner,
        """
def sigmoid(z):
    return z
class Box:
    pass
assert name_of(sigmoid) == "sigmoid", name_of(sigmoid)
assert name_of(Box()) is None, name_of(Box())
""",
    )
    assert r.status == "passed", message(r)


def test_a_call_whose_code_computes_with_complex_numbers_fails(bridge) -> None:
    """Complex-step differentiation (exact to rounding, so no accuracy check sees it) is seen at run time: a notebook
    function that returns or keeps a complex value while the tests call it makes the call fail, with or without a
    complex literal, in a helper it calls too; code that removes the watch fails. Complex data still crosses."""
    runner, _ = bridge
    for call in (
        "complex_step(np.ones(3))",
        "complex_no_literal(np.ones(3))",
        "via_helper(np.ones(2))",
        "complex_pow_imag(np.ones(2))",  # complex only inside an expression: its code takes .imag
        "complex_inline(np.ones(2))",  # its code has a complex constant
        "complex_in_lists(np.ones(2))",  # round 39: complex values held only in lists, the unit from an FFT
        "complex_global_unit(np.ones(2))",  # round 39: complex only inside one expression, the unit a global
    ):
        r = run(runner, call + "\n")
        assert r.status == "failed" and "computed with complex numbers" in message(r), (call, message(r))
        assert "ComplexArithmetic" in message(r)
    r = run(runner, "unwatch(1.0)\n")
    assert r.status == "failed" and "settrace" in message(r), message(r)
    assert message(r).startswith("TraceHookReplaced") and "complex" not in message(r).split(":")[1], message(r)
    # round 26: the complex step in a function compiled by exec into globals of its own (no imported module's)
    r = run(runner, "complex_in_exec(np.ones(3))\n")
    assert r.status == "failed" and "computed with complex numbers" in message(r), message(r)
    r = run(runner, "real_in_exec(np.ones(3))\n")
    assert r.status == "passed", message(r)
    r = run(runner, "assert linear_backward(np.ones(2), np.ones(2), np.eye(2), np.zeros(2))[0].tolist() == [1, 1]\n")
    assert r.status == "passed", message(r)


def test_a_reference_called_with_complex_numbers_fails_the_call(bridge) -> None:
    """A complex step through a function the tests lent (the complex value only an intermediate, never in a variable
    of the notebook) is refused by the tester; the call of the student's code fails even when it catches that."""
    runner, _ = bridge
    for call in ("step_through_reference(np.ones(2))", "step_and_catch(np.ones(2))"):
        r = run(
            runner,
            f"""
from backprop_course import testing
def _tanh(x):
    return np.tanh(x)
testing.references(lent=_tanh)
{call}
""",
        )
        assert r.status == "failed" and "ComplexArithmetic" in message(r), (call, message(r))
        assert "with complex numbers" in message(r), message(r)
    r = run(
        runner,
        """
from backprop_course import testing
def _tanh(x):
    return np.tanh(x)
testing.references(lent=_tanh)
assert through_reference(np.zeros(2)).tolist() == [0.0, 0.0]  # real numbers; the refusal was the last cell's
""",
    )
    assert r.status == "passed", message(r)


def test_the_kernel_tells_whether_the_notebooks_code_computed_with_float32(bridge) -> None:
    """The evidence that lets a float64 gradient's float32-level error pass (gradcheck.computed_in_float32): a call
    whose notebook code holds float32 numbers (a local, the dtype, a list's item, an attribute of self) or returns
    them; float64 code does not count; each test cell starts afresh; outside a cell it is not known."""
    runner, _ = bridge
    for call in (
        "float32_inside(np.ones(2))",
        "float32_dtype_only(np.ones(2))",
        "Tanh32().forward(np.ones(2))",
        "float32_in_list([1.0, 2.0])",
        "as_float32([1.0])",
        "float32_inline(np.ones(2))",  # float32 only inside an expression: its code names it
        "float32_global(np.ones(2))",  # through a global bound to the type
    ):
        r = run(
            runner,
            f"""
from backprop_course import testing
linear_backward(np.ones(2), np.ones(2), np.eye(2), np.zeros(2))
Tanh().forward(np.ones(2))
assert testing._runtime.computed_in_float32() is False
{call}
assert testing._runtime.computed_in_float32() is True
""",
        )
        assert r.status == "passed", (call, message(r))
    assert testing._runtime.computed_in_float32() is None


LINES_CHECK = """
from backprop_course import testing
small, large = np.ones((4, 2)), np.ones((24, 2))
y, a = testing.lines_run(vectorised, small)
assert y.shape == (4, 1) and a == testing.lines_run(vectorised, large)[1] > 0, a
for f in (row_loop, comprehension):
    a, b = testing.lines_run(f, small)[1], testing.lines_run(f, large)[1]
    assert b - a >= 20, (f, a, b)
"""


def test_lines_run_counts_the_notebooks_lines_in_the_kernel_and_locally(bridge) -> None:
    """A loop over the rows (a for, a comprehension) runs more of the notebook's lines for more rows; vectorised
    code the same number: counted in the kernel when graded, in this process otherwise."""
    runner, namespace = bridge
    r = run(runner, LINES_CHECK)
    assert r.status == "passed", message(r)
    testing._runtime = None
    exec(LINES_CHECK, {**namespace, "np": np})


def test_the_tests_namespace_ignores_what_the_student_rebinds(bridge) -> None:
    runner, namespace = bridge
    assert namespace["np"] is None and namespace["all"]([False]) is True
    r = run(
        runner,
        """
assert not all([False]) and sum([1, 2]) == 3 and max(3, 4) == 4 and min(3, 4) == 3 and round(2.5) == 2
assert np.allclose(np.ones(2), [1.0, 1.0]) and abs(-1) == 1
""",
    )
    assert r.status == "passed", message(r)


def test_objects_are_handles_and_attributes_are_copies(bridge) -> None:
    runner, _ = bridge
    r = run(
        runner,
        """
t = Tanh()
y = t.forward(np.array([0.0, 1.0]))
stored = t.y
stored[0] = 99.0
assert t.y[0] == 0.0, "an attribute read is a copy"
t.y = stored
assert t.y[0] == 99.0, "an attribute write reaches the object"
""",
    )
    assert r.status == "passed", message(r)


def test_a_namedtuple_crosses_as_a_tuple_and_a_matrix_as_an_array(bridge) -> None:
    """Answers written as ``Pair(dW, db)`` or with ``np.matrix`` hold plain data: it crosses, read past overrides."""
    runner, _ = bridge
    r = run(
        runner,
        """
named, lying = pairs()
assert type(named) is tuple and named[0].tolist() == [1.0, 1.0] and named[1] == 3.0
assert type(lying) is tuple and lying == (1.0, 2.0), lying
m = matrix()
assert type(m) is np.ndarray and m.shape == (1, 2) and m.tolist() == [[1.0, 2.0]]
""",
    )
    assert r.status == "passed", message(r)


@pytest.mark.parametrize(
    ("call", "said"),
    [
        ("subclass()", "is not plain data"),
        ("sneaky()", "is not plain data"),
        # round 79: an array of Python objects is named as one, where it came from first ("a ndarray object" before)
        ("objects()", "objects() returned a numpy array of dtype object: its entries are Python objects"),
    ],
)
def test_values_that_are_not_plain_data_are_refused_with_a_message(bridge, call: str, said: str) -> None:
    runner, _ = bridge
    r = run(runner, f"value = {call}\nnp.allclose(value, 0)")
    assert r.status == "failed"
    assert said in message(r), message(r)


def test_arrays_too_large_in_all_are_refused_before_they_are_copied(bridge, monkeypatch) -> None:
    """Each array under the entry limit, together over the message limit: refused as it is packed, not after the
    kernel copied them all (round 32: four (3000, 3000) arrays slowed a kernel at its memory limit past the test's
    time limit)."""
    runner, namespace = bridge
    exec("def two_big():\n    a = numpy.ones(5_000_000)\n    return a, a + 1\n", namespace)  # 40 MB each
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"two_big"})
    r = run(runner, "two_big()")
    assert r.status == "failed" and "bytes in all" in message(r), message(r)


def test_a_result_too_deep_to_cross_is_named_after_a_hidden_part(bridge, monkeypatch) -> None:
    """A list that holds itself cannot cross; after a hidden part its message is withheld, and the hint says what
    could not cross (round 27: "Refused: raised by your net_f_df (run this check in your notebook ...)")."""
    runner, namespace = bridge
    exec("def loops():\n    out = [1.0]\n    out.append(out)\n    return out\n", namespace)
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"loops"})
    r = run(runner, "print('visible')\n### BEGIN HIDDEN TESTS\nloops()\n### END HIDDEN TESTS")
    assert r.status == "failed" and message(r).startswith("Refused: raised by your loops"), message(r)
    assert "could not cross to the tests" in message(r) and "run this check" not in message(r), message(r)


def test_in_place_changes_of_arguments_come_back(bridge) -> None:
    runner, _ = bridge
    r = run(
        runner,
        """
x = np.ones(3)
scale_in_place(x, 2.0)
assert x.tolist() == [2.0, 2.0, 2.0]
inner = np.zeros(2)
values = [inner]
append_in_place(values)
assert values[1] == 99 and inner[0] == -1.0 and values[0] is inner
column = np.arange(4.0).reshape(4, 1)
flatten_in_place(column)  # a new shape set on the argument (y.shape = ...) reaches the caller's array too
assert column.shape == (4,) and column.tolist() == [0.0, 1.0, 2.0, 3.0]
""",
    )
    assert r.status == "passed", message(r)


def test_the_tests_arguments_stay_alive_so_no_id_comes_back(bridge) -> None:
    """Python gives a freed object's id() to the next: the kernel holds every argument of the tests' calls while the
    notebook is graded, so a cache keyed on id(x) is never hit by chance by a later call's new array, in the same test
    cell or a later one (round 93: one was, and the failure was told with another check's story)."""
    runner, _ = bridge
    first = run(runner, "ids = [arg_id(np.ones(3)) for _ in range(50)]\nassert len(set(ids)) == 50, set(ids)\n")
    assert first.status == "passed", message(first)
    r = run(
        runner,
        """
later = [arg_id(np.ones(3)) for _ in range(50)]
assert len(set(ids + later)) == 100, f"{100 - len(set(ids + later))} ids came back"
""",
    )
    assert r.status == "passed", message(r)


def test_student_exceptions_keep_their_type_and_lose_their_message_in_hidden_parts(bridge) -> None:
    runner, _ = bridge
    r = run(
        runner,
        """
try:
    raise_value("visible text")
except ValueError as e:
    assert "visible text" in e.message and "visible text" not in str(e)
raise_value("visible text")
""",
    )
    assert r.status == "failed" and "ValueError: raised by your raise_value: visible text" in message(r)
    r = run(runner, "print('visible part')\n### BEGIN HIDDEN TESTS\nraise_value('SECRET-DATA')\n### END HIDDEN TESTS")
    assert r.status == "failed" and "SECRET-DATA" not in message(r) and "hidden check" in message(r)
    assert any("SECRET-DATA" in n for n in r.notes), "the TA keeps the message"
    assert all("raise_value('SECRET" not in line for o in r.outputs for line in o.get("traceback", []))


# Names the notebook's code makes while it runs, from what it was given (a hidden check's data, here a marker).
MAKES_NAMES = """
class ShapeError(ValueError):
    pass
def raise_named(tag):
    raise type(tag, (ValueError,), {})("data")
def raise_shape_error():
    raise ShapeError("data")
def give_named(tag):
    def f():
        return 0
    f.__qualname__ = tag
    return type(tag, (), {})(), f
def raise_assertion(tag):
    raise AssertionError(tag)
def raise_index():
    return [][1]
def uses_batch():
    return batch
"""


def test_names_made_at_run_time_never_reach_a_message(bridge, monkeypatch) -> None:
    """An exception class, a class or a function named while the code ran (from a hidden check's data) is not named
    in a message; a name written in the student's cells is. A check that quotes a caught exception (``{e}``) quotes
    its type, never its message."""
    runner, namespace = bridge
    exec(MAKES_NAMES, namespace)
    written = code_facts(new_notebook(cells=[new_code_cell(MAKES_NAMES)]))["names"]
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | set(written))
    r = run(runner, "raise_named('LEAK_1')")
    assert r.status == "failed" and "LEAK" not in message(r) and message(r).startswith("Exception: raised by")
    r = run(runner, "raise_shape_error()")  # written in the cells, but a class of the student's own (round 129)
    assert message(r).startswith("Exception: raised by your raise_shape_error"), message(r)
    r = run(runner, "obj, f = give_named('LEAK_2')\nfloat(obj)")
    assert "LEAK" not in message(r) and "<made at run time>" in message(r), message(r)
    r = run(runner, "obj, f = give_named('LEAK_3')\nfloat(f)")
    assert "LEAK" not in message(r) and "the function <made at run time>" in message(r), message(r)
    wrapped = """
try:
    raise_assertion('LEAK_4')
except AssertionError as e:
    raise AssertionError(f"the check said: {e}") from None
"""
    r = run(runner, wrapped)
    assert "LEAK" not in message(r) and "AssertionError raised by your raise_assertion" in message(r), message(r)


# Round 129: backprop raised one of its own classes per range of the hidden batch size, and the feedback named it.
OWN_CLASSES = """
class Batch_small(ValueError):
    pass
class Batch_large(ValueError):
    pass
class ValueError(Exception):
    pass
def raise_by_size(n):
    if n < 20:
        raise Batch_small("x")
    raise Batch_large("x")
def raise_own_value_error():
    raise ValueError("x")
"""


def test_an_exception_class_of_the_students_own_is_never_named(bridge, monkeypatch) -> None:
    """Which of its own exception classes the code raised is a channel of its choosing: such a class (one not among
    Python's and numpy's common types, or one the cells define even under a builtin's name) reads Exception, and the
    student's raise lines of every such class are quoted together, which one raised left untold."""
    runner, namespace = bridge
    exec(OWN_CLASSES, namespace)
    facts = code_facts(new_notebook(cells=[new_code_cell(OWN_CLASSES)]))
    assert {"Batch_small", "Batch_large", "ValueError"} <= set(facts["classes"])
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | set(facts["names"]))
    monkeypatch.setattr(runner, "classes", set(facts["classes"]))
    monkeypatch.setattr(runner, "own_raises_in", {"raise_by_size": facts["raises_in"]["raise_by_size"]})
    told = []
    for n in (5, 50):
        r = run(runner, f"print('visible')\n### BEGIN HIDDEN TESTS\nraise_by_size({n})\n### END HIDDEN TESTS")
        assert r.status == "failed", message(r)
        assert message(r).startswith("Exception: raised by your raise_by_size in a hidden check"), message(r)
        assert "your own code raises an exception of a class of its own" in message(r), message(r)
        assert any("Batch_small" in note or "Batch_large" in note for note in r.notes), "the TA's note names it"
        told.append(message(r))
    assert told[0] == told[1], "the feedback is the same whichever class was raised"
    r = run(runner, "raise_own_value_error()")
    assert message(r).startswith("Exception: raised by your raise_own_value_error"), message(r)


def test_a_withheld_message_names_the_students_own_raise_and_a_demonstrations_name(bridge, monkeypatch) -> None:
    """In a hidden part the exception's message is withheld; the tester quotes the student's own ``raise`` of that
    type from the source (what the executor read, not what the kernel says), and names a global that only a
    demonstration cell (not run when graded) defines."""
    runner, namespace = bridge
    exec(MAKES_NAMES, namespace)
    monkeypatch.setattr(runner, "own_raises", {"ValueError": ["raise ValueError('eta too big')"]})
    monkeypatch.setattr(runner, "skipped_names", {"batch": "gradcheck_demo"})
    r = run(runner, "print('visible')\n### BEGIN HIDDEN TESTS\nraise_value('SECRET')\n### END HIDDEN TESTS")
    assert "SECRET" not in message(r) and "your own code raises ValueError (`raise ValueError('eta too big')`)" in (
        message(r)
    )
    r = run(runner, "print('visible')\n### BEGIN HIDDEN TESTS\nraise_index()\n### END HIDDEN TESTS")
    assert "your own code raises" not in message(r), "only an exception of a type the code raises itself"
    r = run(runner, "uses_batch()")
    assert "batch is defined only in the demonstration cell gradcheck_demo" in message(r), message(r)
    assert "run this check in your notebook" not in message(r), "the student's own run defines it"


def test_a_function_for_single_numbers_given_an_array_is_named(bridge, monkeypatch) -> None:
    """Python's own words for math.exp (or float()) given an array carry no data of the test: the message says what
    they mean, in a visible part and, with the message withheld, in a hidden one (round 25: `from math import exp`)."""
    runner, namespace = bridge
    exec("import math\ndef squash(z):\n    return 1 / (1 + math.exp(-z))\n", namespace)
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"squash"})
    r = run(runner, "import numpy\nsquash(numpy.ones(3))")
    assert message(r).startswith("TypeError: raised by your squash: only"), message(r)
    assert "made for single numbers (math.exp" in message(r), message(r)
    hidden = "print('visible')\n### BEGIN HIDDEN TESTS\nimport numpy\nsquash(numpy.ones(3))\n### END HIDDEN TESTS"
    r = run(runner, hidden)
    assert "its message is not shown" in message(r) and "made for single numbers" in message(r), message(r)
    r = run(runner, "squash(1.0)\nimport numpy\nsquash(numpy.ones(()))\nraise_value('x')")
    assert "made for single numbers" not in message(r), "a ValueError of the student's own is not this"


def test_code_facts_read_the_students_cells_but_not_the_tests() -> None:
    answer = new_code_cell(
        "%matplotlib inline\ndef step(w, eta):\n    if eta > 1:\n        raise ValueError(f'eta {eta}')\n"
        "    assert w.ndim == 2, 'w'\n    return w"
    )
    test = new_code_cell("hidden_name = 1\nraise KeyError('x')")
    test.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "test_step", "points": 1}
    # the instructor's given code (round 29: its asserts were quoted as the student's own)
    given = new_code_cell("def numerical_gradient(f, x):\n    assert x.ndim <= 1, 'numerical_gradient takes 1-D'")
    given.metadata["nbgrader"] = {"grade": False, "solution": False, "locked": True, "grade_id": "numerical_gradient"}
    facts = code_facts(new_notebook(cells=[given, answer, test]), {"batch": "demo"})
    assert {"step", "eta", "ValueError"} <= set(facts["names"]) and "hidden_name" not in facts["names"]
    assert facts["raises"] == {
        "ValueError": ["raise ValueError(f'eta {eta}')"],
        "AssertionError": ["assert w.ndim == 2, 'w'"],
    }
    assert facts["skipped"] == {"batch": "demo"}
    assert facts["unanswered"] == [] and facts["defines"]["step"] == "#1"


def test_code_facts_give_each_function_the_raise_lines_it_can_reach() -> None:
    """Round 68: the asserts of a strict answer sit in helpers (_check_run calls _check_xy); a call refused by one
    is told with the lines the called function reaches, not the notebook's first two."""
    helpers = new_code_cell(
        "def _check_xy(x, y):\n    assert x.shape[0] == y.shape[0], 'x, y'\n"
        "def _check_run(x, y, n):\n    _check_xy(x, y)\n    assert n >= 1, 'n'\n"
        "def other(z):\n    assert z > 0, 'z'\n"
    )
    answer = new_code_cell(
        "def run(x, y, n):\n    _check_run(x, y, n)\n    return x\n"
        "class Net:\n    def step(self, eta):\n        if eta <= 0:\n            raise ValueError('eta')\n"
    )
    for cell in (helpers, answer):
        cell.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": f"c{id(cell)}"}
    raises_in = code_facts(new_notebook(cells=[helpers, answer]))["raises_in"]
    assert raises_in["run"] == {"AssertionError": ["assert n >= 1, 'n'", "assert x.shape[0] == y.shape[0], 'x, y'"]}
    assert raises_in["Net.step"] == {"ValueError": ["raise ValueError('eta')"]}
    assert raises_in["other"] == {"AssertionError": ["assert z > 0, 'z'"]}


def test_code_facts_name_the_unanswered_cells_and_where_each_name_is_defined() -> None:
    """What the messages of a partial notebook use: the answer cells still holding the release's stub, and which cell
    binds a name at its top level (round 28: a cell stopped by a failed import; a worked cell left unanswered)."""
    stub = new_code_cell("# YOUR CODE HERE\nraise NotImplementedError()")
    stub.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "worked", "points": 0}
    answer = new_code_cell(
        "from scipy.special import expit\nimport numpy.linalg as la\nif True:\n    def sigmoid(z):\n        inner = 1\n"
        "        return expit(z)\nclass Net:\n    size = 3\nrate, (lo, hi) = 0.1, (0, 1)\nfor k in range(2):\n"
        "    total = k"
    )
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "activations", "points": 0}
    later = new_code_cell("def sigmoid(z):\n    return z")
    facts = code_facts(new_notebook(cells=[stub, answer, later]))
    assert facts["unanswered"] == ["worked"]
    defines = facts["defines"]
    for name in ("expit", "la", "sigmoid", "Net", "rate", "lo", "hi", "k", "total"):
        assert defines[name] == "activations", name
    assert "inner" not in defines and "size" not in defines and "numpy" not in defines


def test_a_name_no_cell_defines_is_matched_to_a_near_name_a_cell_does(bridge, monkeypatch) -> None:
    """A name the test needs that no cell defines, while a cell defines a near one (a misspelling, another case), is
    named with that cell (round 63: linear_backwards for linear_backward, reLU for relu); a name defined by a cell, or
    with no near name, keeps the question whether its cell ran."""
    runner, _ = bridge
    monkeypatch.setattr(runner, "defines", {"sigmoid_prim": "activations", "reLU": "relu_cell"})
    r = run(runner, "sigmoid_prime(1.0)")
    assert "but the cell activations defines 'sigmoid_prim': a misspelling?" in message(r), message(r)
    r = run(runner, "relu(1.0)")
    assert "but the cell relu_cell defines 'reLU': a misspelling?" in message(r), message(r)
    r = run(runner, "softmax(1.0)")
    assert "did the cell that defines it run without errors?" in message(r), message(r)
    monkeypatch.setattr(runner, "defines", {"sigmoid_prim": "activations", "sigmoid_prime": "activations"})
    r = run(runner, "sigmoid_prime(1.0)")
    assert "misspelling" not in message(r) and "did the cell that defines it run" in message(r), message(r)


def test_a_name_a_failed_cell_did_not_define_names_that_cell_and_its_error(bridge, monkeypatch) -> None:
    """The grade process tells the tester which cells ended with an error: a test that misses a name that cell
    defines says so, with the error's type (a name the code writes, or a builtin one: ShownNames)."""
    runner, _ = bridge
    monkeypatch.setattr(runner, "defines", {"sigmoid": "activations"})
    r = run(runner, "sigmoid(1.0)")
    assert "did the cell that defines it run without errors?" in message(r), message(r)
    runner.cell_errors = {"activations": "ModuleNotFoundError"}
    r = run(runner, "sigmoid(1.0)")
    assert "the cell activations, which defines it, stopped with ModuleNotFoundError" in message(r), message(r)
    runner.cell_errors = {"activations": "Secret_0_375"}  # a type name made at run time shows no data
    r = run(runner, "sigmoid(1.0)")
    assert "Secret" not in message(r) and "stopped with Exception" in message(r), message(r)


# a hidden block lending a reference Tanh that adds 100 (so that its use shows in the outputs)
REFERENCE_TANH_PLUS_100 = """
### BEGIN HIDDEN TESTS
from backprop_course import testing
class _RefTanh:
    def forward(self, x):
        self.y = np.tanh(x) + 100.0
        return self.y
testing.references(Tanh=_RefTanh)
### END HIDDEN TESTS
"""


def test_references_replace_notebook_names_for_one_cell(bridge) -> None:
    runner, namespace = bridge
    r = run(
        runner,
        REFERENCE_TANH_PLUS_100
        + """
out = MLP().forward(np.zeros(2))
assert out.tolist() == [200.0, 200.0], out
assert isinstance(Tanh(), Tanh) is False or True
""",
    )
    assert r.status == "passed", message(r)
    assert namespace["Tanh"].__module__ != "__grader_tests__"
    r = run(runner, "assert MLP().forward(np.zeros(2)).tolist() == [0.0, 0.0]")
    assert r.status == "passed", message(r)


def test_a_method_of_a_lent_class_called_with_an_extra_argument_is_named(bridge, monkeypatch) -> None:
    """The student's MLP calls Tanh().forward(x, store=True), an argument only their own Tanh takes; graded with the
    instructor's Tanh the TypeError names it (round 33: "often a call with the wrong number or kind of arguments",
    which the student's own run could not show). A keyword the notebook's cells do not write is not quoted."""
    runner, namespace = bridge
    exec(
        "class KeywordMLP:\n    def forward(self, x):\n        return Tanh().forward(x, store=True)\n"
        "class MadeKeywordMLP:\n    def forward(self, x):\n"
        "        return Tanh().forward(x, **{'k' + str(x.size): 1})\n",
        namespace,
    )
    names = {"KeywordMLP", "MadeKeywordMLP", "forward", "store"}
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | names)
    lend = REFERENCE_TANH_PLUS_100.replace("### END HIDDEN TESTS\n", "")
    r = run(runner, lend + "KeywordMLP().forward(np.zeros(2))\n### END HIDDEN TESTS\n")
    assert r.status == "failed", message(r)
    said = "the instructor's Tanh.forward, given in place of yours, says: got an unexpected keyword argument 'store'"
    assert said in message(r), message(r)
    r = run(runner, lend + "MadeKeywordMLP().forward(np.zeros(2))\n### END HIDDEN TESTS\n")
    assert "the instructor's Tanh.forward" in message(r) and "k2" not in message(r), message(r)


def test_references_replace_aliases_and_default_arguments_too(bridge) -> None:
    """A student's MLP that reaches Tanh through an alias or a default argument is graded with the reference Tanh
    as well (a bug in Tanh must not cost the MLP's points); everything is put back after the cell."""
    runner, namespace = bridge
    student_tanh = namespace["Tanh"]
    r = run(
        runner,
        REFERENCE_TANH_PLUS_100
        + """
assert Activation().forward(np.zeros(2)).tolist() == [100.0, 100.0]
assert MLPWithDefault().forward(np.zeros(2)).tolist() == [200.0, 200.0]
""",
    )
    assert r.status == "passed", message(r)
    assert namespace["Activation"] is student_tanh and namespace["Tanh"] is student_tanh
    assert namespace["MLPWithDefault"].__init__.__kwdefaults__ == {"activation": student_tanh}
    assert namespace["MLPWithDefault"].forward.__defaults__ == (2,)


def test_a_lent_function_has_its_signature_in_the_notebook(bridge) -> None:
    """inspect.signature of a reference lent to the notebook gives its parameters (round 27: an honest
    `assert len(inspect.signature(grad_f).parameters) >= 3` lost two tests), never a default's value."""
    runner, namespace = bridge
    exec("import inspect\ndef lent_parameters():\n    return str(inspect.signature(lent))\n", namespace)
    r = run(
        runner,
        """
from backprop_course import testing
def _f(params, x, y, *, scale=0.125):
    return x
testing.references(lent=_f)
got = lent_parameters()
assert got == "(params, x, y, *, scale=Ellipsis)", got
""",
    )
    assert r.status == "passed", message(r)


def test_a_failed_test_names_a_graded_function_defined_again_in_an_added_cell(bridge, monkeypatch) -> None:
    """Round 31: an experiment cell redefining grad_f before its test changes what is graded (Restart & Run All
    order); the failure says so. Not when the last definition is the answer cell's, nor for a name the test does
    not use."""
    runner, _ = bridge
    monkeypatch.setattr(runner, "order", ["helpers", "grad_f", "#7", "test_cell"])
    monkeypatch.setattr(runner, "answers", {"helpers", "grad_f"})
    monkeypatch.setattr(runner, "redefined", {"grad_f": ["grad_f", "#7"], "relu": ["helpers", "grad_f"]})
    r = run(runner, "assert grad_f is not None and relu is not None, 'wrong'")
    assert "grad_f is defined again in a cell you added after grad_f" in message(r), message(r)
    assert "relu is defined again" not in message(r), message(r)
    r = run(runner, "assert False, 'wrong'")
    assert "defined again" not in message(r), message(r)
    # round 75: a class patched in an added cell (SigmoidMLP.train = ...) is changed there, not defined again
    monkeypatch.setattr(runner, "patched", {"grad_f": ["#7"]})
    r = run(runner, "assert grad_f is None, 'wrong'")
    assert "grad_f is changed in a cell you added after grad_f (an attribute set on it" in message(r), message(r)


def test_code_facts_tell_a_class_patched_from_one_defined_again() -> None:
    """Round 75: ``SigmoidMLP.train = f`` in a later cell is a change of the class (``patched``), and ``W[0] = 1``
    binds no name."""
    answer = new_code_cell("class Net:\n    def train(self):\n        return 1\nW = np.zeros(2)")
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "net", "points": 0}
    later = new_code_cell("def _t(self):\n    return 2\nNet.train = _t\nW[0] = 1")
    facts = code_facts(new_notebook(cells=[answer, later]))
    assert facts["redefined"] == {"Net": ["net", "#1"]} and facts["patched"] == {"Net": ["#1"]}
    assert facts["defines"]["W"] == "net" and "W" not in facts["redefined"]


def test_code_facts_name_the_notebook_variables_an_answer_reads_from_another_cell() -> None:
    """Round 63: dense_backward computing dW with the notebook's X. Data bound in another cell of the student's is
    named; the given cells' data, a cell's own constants and tables, literals, callables, arguments and locals are
    not."""
    data = new_code_cell("X = np.array([[0.0, 1.0]])\nEPS = 1e-12\nact = lambda z: z\nW1 = np.ones((3, 2))")
    answer = new_code_cell(
        "TABLE = {'a': 1}\ndef dense_backward(dz, a_prev, scale=W1):\n    B = dz.shape[1]\n"
        "    return dz @ X.T / B + EPS + TABLE['a'] + act(B), [a_prev for _ in range(B)]\n"
        "class Net:\n    def forward(self, x):\n        W1 = 2\n        return x * W1\n"
        "def clean(dz, a_prev):\n    X = a_prev\n    return dz @ X.T"
    )
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "dense_backward", "points": 0}
    # the instructor's data, which a task may read (train_mlp reads XOR_INPUTS)
    given = new_code_cell("XOR_INPUTS = np.zeros((2, 4))")
    given.metadata["nbgrader"] = {"grade": False, "solution": False, "locked": True, "grade_id": "xor_data"}
    train = new_code_cell("def train_mlp(n):\n    return XOR_INPUTS * n")
    train.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "train_mlp", "points": 0}
    facts = code_facts(new_notebook(cells=[given, data, answer, train]))
    assert facts["reads"] == {"dense_backward": [["W1", "#1"], ["X", "#1"]]}
    # round 74: with the given data the model solution reads (master_facts' task_data), the rest of the given data
    # is named too (yhat reading the given W_init in place of its params)
    weights = new_code_cell("W_init = np.ones((2, 3))")
    weights.metadata["nbgrader"] = {"grade": False, "solution": False, "locked": True, "grade_id": "init"}
    yhat = new_code_cell("def yhat(X, params):\n    return X @ W_init")
    yhat.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "yhat", "points": 0}
    cells = [given, weights, train, yhat]
    assert code_facts(new_notebook(cells=cells))["reads"] == {}
    assert code_facts(new_notebook(cells=cells), task_data=["XOR_INPUTS"])["reads"] == {"yhat": [["W_init", "init"]]}
    assert code_facts(new_notebook(cells=cells), task_data=[])["reads"] == {
        "train_mlp": [["XOR_INPUTS", "xor_data"]],
        "yhat": [["W_init", "init"]],
    }
    # the task's data rebound by a cell of the student's is still the task's to read; a cache is told as state
    rebound = new_code_cell("XOR_INPUTS = XOR_INPUTS[:, ::-1]\n_cache = {}\nseen = dict()\nsizes = [1, 2]")
    reader = new_code_cell("def dense_backward(dz, a_prev):\n    return _cache, seen, sizes")
    reader.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "dense_backward", "points": 0}
    facts = code_facts(new_notebook(cells=[given, train, rebound, reader]), task_data=["XOR_INPUTS"])
    assert facts["reads"] == {"dense_backward": [["_cache", "#2"], ["seen", "#2"], ["sizes", "#2"]]}
    assert facts["state"] == ["_cache", "seen"]


def test_the_given_data_the_model_solution_reads() -> None:
    """master_facts' task_data: the given cells' variables the master's answer functions read (sigmoid_mlp's
    train_mlp reads XOR_INPUTS), and no other assignment's."""
    import nbformat
    from conftest import REPO

    from backprop_course.grade.preprocessors import master_facts

    names = ("bias_backprop", "sigmoid_mlp", "relu_xor_momentum", "softmax_nll", "tanh_mlp")
    facts = {a: master_facts(nbformat.read(REPO / "source" / a / f"{a}.ipynb", as_version=4)) for a in names}
    assert facts["sigmoid_mlp"].task_data == ("XOR_INPUTS", "XOR_TARGETS")
    assert all(f.task_data == () for a, f in facts.items() if a != "sigmoid_mlp"), facts


def test_a_failed_test_names_notebook_variables_the_function_it_called_reads(bridge, monkeypatch) -> None:
    """The note of the test above, on the failure of a test that called the function (not on a pass, and not for a
    function the test did not call when it called another)."""
    runner, namespace = bridge
    exec("def dense_backward(dz, a_prev):\n    return dz\ndef other(x):\n    return x\n", namespace)
    monkeypatch.setattr(runner, "order", ["xor_data", "dense_backward", "test_cell"])
    monkeypatch.setattr(runner, "reads", {"dense_backward": [["X", "xor_data"]]})
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"dense_backward", "other"})
    r = run(runner, "assert dense_backward(1.0, 2.0) == 2.0, 'wrong dW'")
    said = message(r)
    assert "Error: dense_backward reads the notebook's X, bound in the cell xor_data: the tests" in said, said
    assert "which X does not hold; does it use X where an argument belongs? What the test found: wrong dW" in said
    # a container the functions fill (a cache) is told as state, not as data in place of an argument
    monkeypatch.setattr(runner, "reads", {"dense_backward": [["_cache", "xor_data"]]})
    monkeypatch.setattr(runner, "state", {"_cache"})
    said = message(run(runner, "assert dense_backward(1.0, 2.0) == 2.0, 'wrong dW'"))
    assert "dense_backward reads the notebook's _cache, bound in the cell xor_data, which your functions" in said
    assert "does it take from _cache what an argument holds? What the test found: wrong dW" in said, said
    r = run(runner, "assert dense_backward(1.0, 2.0) == 1.0")
    assert r.status == "passed", message(r)
    r = run(runner, "dense_backward\nassert other(1.0) == 2.0, 'wrong'")
    assert "reads the notebook" not in message(r), message(r)


def test_the_tasks_signatures_and_an_answer_taking_their_parameters_in_another_order() -> None:
    """Round 65: linear_backward(x, dy, W, b) for the task's (dy, x, W, b). master_facts reads the tasks' parameters
    from the master's answer cells (a method without self); code_facts names an answer whose parameters are the
    same names in another order, not one with other names or the same order."""
    from backprop_course.grade.preprocessors import master_facts

    master = new_code_cell(
        "def linear_backward(dy, x, W, b):\n    ### BEGIN SOLUTION\n    return dy\n    ### END SOLUTION\n"
        "class Tanh:\n    def backward(self, dy):\n        return dy\n    def __init__(self):\n        pass"
    )
    master.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "linear_backward", "points": 0}
    signatures = {name: list(params) for name, params in master_facts(new_notebook(cells=[master])).signatures}
    assert signatures == {"linear_backward": ["dy", "x", "W", "b"], "Tanh.backward": ["dy"]}
    for answer_source, expected in (
        (
            "def linear_backward(x, dy, W, b):\n    return x",
            {"linear_backward": [["x", "dy", "W", "b"], signatures["linear_backward"]]},
        ),
        ("def linear_backward(dy, x, W, b):\n    return x", {}),
        ("def linear_backward(g, x, W, b):\n    return x", {}),
    ):
        answer = new_code_cell(answer_source)
        answer.metadata["nbgrader"] = master.metadata["nbgrader"]
        assert code_facts(new_notebook(cells=[answer]), None, signatures)["reordered"] == expected, answer_source


def test_a_failed_test_names_parameters_taken_in_another_order(bridge, monkeypatch) -> None:
    runner, namespace = bridge
    exec("def linear_backward(x, dy, W, b):\n    return x\n", namespace)
    monkeypatch.setattr(runner, "reordered", {"linear_backward": [["x", "dy", "W", "b"], ["dy", "x", "W", "b"]]})
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"linear_backward"})
    r = run(runner, "assert linear_backward(1.0, 2.0, 3.0, 4.0) == 2.0, 'wrong dx'")
    assert "(Note: linear_backward takes (x, dy, W, b), the task's parameters in another order: (dy, x, W, b)." in (
        message(r)
    ), message(r)
    r = run(runner, "assert linear_backward(1.0, 2.0, 3.0, 4.0) == 1.0")
    assert r.status == "passed", message(r)


def test_functions_whose_star_meets_an_np_matrix_are_named_in_a_failure(bridge, monkeypatch) -> None:
    """Round 84: MATLAB habits. code_facts names the functions that write * or ** and reach an np.matrix (built by
    themselves, by a function they call, or by another method of their class), not those with arrays alone; a failed
    test of one says that * and ** are the matrix product and power there."""
    source = (
        "import numpy as np\n"
        "def as_m(a):\n    return np.asmatrix(a)\n"
        "def sigmoid_backward(da, z):\n    s = as_m(1 / (1 + np.exp(-z)))\n    return da * s * (1 - s)\n"
        "def on_arrays(da, z):\n    return da * z\n"
        "def builds_only(z):\n    return np.matrix(z)\n"
        "class Net:\n    def __init__(self, W):\n        self.W = np.asmatrix(W)\n"
        "    def forward(self, x):\n        return self.W * x\n"
    )
    answer = new_code_cell(source)
    answer.metadata["nbgrader"] = {"grade": False, "solution": True, "grade_id": "answer", "points": 0}
    assert code_facts(new_notebook(cells=[answer]))["matrix"] == ["Net.forward", "sigmoid_backward"]
    runner, namespace = bridge
    exec("def sigmoid_backward(da, z):\n    return da\n", namespace)
    monkeypatch.setattr(runner, "matrix", {"sigmoid_backward"})
    monkeypatch.setattr(tester.shown_names, "source", tester.shown_names.source | {"sigmoid_backward"})
    r = run(runner, "assert sigmoid_backward(1.0, 2.0) == 0.5, 'wrong'")
    assert "(Note: sigmoid_backward works on np.matrix, where * is the matrix product" in message(r), message(r)
    monkeypatch.setattr(runner, "matrix", set())
    assert "np.matrix" not in message(run(runner, "assert sigmoid_backward(1.0, 2.0) == 0.5, 'wrong'"))


def test_a_lent_object_can_be_copied_in_the_notebook(bridge) -> None:
    """copy.copy and copy.deepcopy of an instance of a lent class give an independent copy, made by the tester and
    lent in turn (round 29: an honest train_mlp that kept copy.deepcopy(mlp) as a snapshot lost two tests); pickling
    one fails with a message saying why."""
    runner, namespace = bridge
    exec(
        "import copy, pickle\ndef snapshot_then_step(net):\n    before = copy.deepcopy(net)\n    net.step()\n"
        "    shallow = copy.copy(net)\n    return before.w, net.w, shallow.w\n"
        "def pickled(net):\n    try:\n        pickle.dumps(net)\n    except TypeError as e:\n        return str(e)\n",
        namespace,
    )
    r = run(
        runner,
        """
from backprop_course import testing
class _Net:
    def __init__(self):
        self.w = np.zeros(2)
    def step(self):
        self.w = self.w + 1.0
testing.references(Net=_Net)
before, after, shallow = snapshot_then_step(Net())
assert before.tolist() == [0.0, 0.0] and after.tolist() == [1.0, 1.0] and shallow.tolist() == [1.0, 1.0]
assert "cannot be pickled" in pickled(Net())
""",
    )
    assert r.status == "passed", message(r)


def test_the_checks_wrappers_of_references_keep_their_signature() -> None:
    """The wrappers the checks lend in place of a reference (counting its calls, explaining a misuse, following
    float32) show the reference's parameters to inspect.signature, as functools.wraps would."""
    import inspect

    from backprop_course.checks import relu_xor_momentum, sigmoid_mlp

    def grad_f(params, x, y):
        return params

    for wrapped in (
        relu_xor_momentum.counted(grad_f),
        sigmoid_mlp.guarded("backprop", grad_f),
        testing._following_precision(grad_f),
    ):
        assert list(inspect.signature(wrapped).parameters) == ["params", "x", "y"], wrapped


def test_a_lent_callback_works_only_during_its_cell(bridge) -> None:
    runner, _ = bridge
    r = run(
        runner,
        """
def _double(x):
    return 2 * x
assert call_back(_double, 3.0) == 7.0
stash(_double)
assert use_stash(2.0) == 4.0
""",
    )
    assert r.status == "passed", message(r)
    r = run(runner, "use_stash(2.0)")
    assert r.status == "failed" and "earlier test" in message(r), message(r)
    assert message(r).startswith("RuntimeError: raised by your use_stash"), message(r)  # round 52: no jargon
    # after a hidden part the message is withheld: its type says what happened, and the student's own run (where
    # nothing is lent) cannot show it (round 27: "RuntimeError ... run this check in your notebook")
    r = run(runner, "print('visible')\n### BEGIN HIDDEN TESTS\nuse_stash(2.0)\n### END HIDDEN TESTS")
    assert "made in an earlier test cell" in message(r) and "run this check" not in message(r), message(r)


def test_a_method_of_a_lent_object_is_asked_for_once_until_the_notebook_replaces_it(bridge, monkeypatch) -> None:
    runner, _ = bridge
    asked: list[str] = []
    serve = tester.TesterHandler.handle

    def counting(self, endpoint, op, fields):  # noqa: ANN001, ANN202
        if op == "getattr":
            asked.append(fields[1])
        return serve(self, endpoint, op, fields)

    monkeypatch.setattr(tester.TesterHandler, "handle", counting)
    r = run(
        runner,
        """
class _Counter:
    def __init__(self):
        self.count = 0
    def step(self):
        self.count += 1
    def other(self):
        return -1
c = _Counter()
assert call_method_times(c, 50) == 50 and c.count == 50
assert call_method_times(c, 1) == 51, "a data attribute is read afresh each time"
assert replace_method(c) == -1, "the notebook's own assignment wins over the kept method"
""",
    )
    assert r.status == "passed", message(r)
    assert asked.count("step") == 2, asked  # once, then once more after `obj.step = ...`
    assert asked.count("count") == 2, asked


def test_the_tests_lend_only_their_own_code_and_its_public_attributes(bridge) -> None:
    runner, _ = bridge
    r = run(runner, "call_back(open, '/etc/passwd')")
    assert r.status == "failed" and "cannot be passed" in message(r), message(r)
    r = run(
        runner,
        """
class _Ref:
    def __init__(self):
        self._secret = 'hidden'
        self.public = 1
peek(_Ref())
""",
    )
    assert r.status == "failed" and "hidden" not in message(r).replace("hidden check", ""), message(r)


def test_a_student_function_that_loops_is_cut_at_the_time_limit(bridge) -> None:
    runner, _ = bridge
    r = runner.run_cell("test_loop", "loop()", 1.0)
    assert r.status == "timeout" and "waiting for your loop" in message(r)


def test_a_memory_error_of_the_student_is_named(bridge) -> None:
    """MemoryError allocates from a free list of its own: it cannot be a base class beside RemoteError (that failed
    with a TypeError of Python's that named neither the function nor memory)."""
    runner, _ = bridge
    r = run(runner, "out_of_memory(np.ones(2))\n")
    assert r.status == "failed" and "MemoryError: raised by your out_of_memory" in message(r), message(r)
    r = run(runner, "try:\n    out_of_memory(np.ones(2))\nexcept Exception as e:\n    assert 'MemoryError' in str(e)\n")
    assert r.status == "passed", message(r)


def test_a_student_loop_calling_back_without_end_is_stopped_and_the_next_cell_runs(bridge) -> None:
    """A loop without end that calls the tests' code at every turn floods the tester with requests: after
    ``max_served`` of them the cell stops as at its time limit (the executor then interrupts the kernel), with a
    message naming the loop, and the bridge still works for the next cell."""
    runner, _ = bridge
    runner.bridge.limits = dataclasses.replace(runner.bridge.limits, max_served=300)
    r = run(runner, "def tick():\n    return 1\ncall_back_until_stopped(tick)\n")
    assert r.status == "runaway", message(r)
    assert "your call_back_until_stopped" in message(r) and "Does every loop end" in message(r), message(r)
    r = run(
        runner, "assert linear_backward(np.arange(3.0), np.ones(2), np.ones((3, 2)), np.zeros(3))[1].shape == (3, 2)\n"
    )
    assert r.status == "passed", message(r)


def test_a_result_that_the_next_call_changes_is_seen_in_the_kernel(bridge) -> None:
    """Results cross as copies, which never change: the first result stays in the kernel (call_kept) and is read again
    there after the second call. Without a tester (plain nbgrader) the same check runs on the objects themselves."""
    runner, _ = bridge
    cell = (
        "from backprop_course import testing\n"
        "assert testing.result_changed_by_next_call(into_buffer, [np.ones(2)], [np.zeros(2)])\n"
        "assert testing.result_changed_by_next_call(into_buffer, [np.ones(2)])  # other values of the same shapes\n"
        "assert not testing.result_changed_by_next_call(fresh, [np.ones(2)], [np.zeros(2)])\n"
    )
    r = run(runner, cell)
    assert r.status == "passed", message(r)
    saved, testing._runtime = testing._runtime, None
    try:
        buffer = np.zeros(2)

        def local_into_buffer(x: np.ndarray) -> np.ndarray:
            buffer[:] = x
            return buffer

        assert testing.result_changed_by_next_call(local_into_buffer, [np.ones(2)])
        assert not testing.result_changed_by_next_call(lambda x: x * 1.0, [np.ones(2)])
        # one output of several (round 37: a test grading db must not fail for a dW buffer, nor miss a db one)
        pair = lambda x: (x * 1.0, local_into_buffer(x))  # noqa: E731
        assert not testing.result_changed_by_next_call(pair, [np.ones(2)], item=0)
        assert testing.result_changed_by_next_call(pair, [np.ones(2)], item=1)
    finally:
        testing._runtime = saved


def test_a_result_that_is_an_argument_is_seen_in_the_kernel(bridge) -> None:
    """Round 69: a result that is an argument array itself (or a view of one) where the task asks for a new array.
    Results cross as copies, so the kernel tells which result entries share memory with which arguments; without a
    tester (plain nbgrader) the same check runs on the objects themselves."""
    runner, _ = bridge
    cell = (
        "from backprop_course import testing\n"
        "testing.check_new_arrays('fresh', fresh, [np.ones(2)])\n"
        "try:\n"
        "    testing.check_new_arrays('hand_back', hand_back, [np.ones(2), np.ones(3)], names=('x', 'y'),\n"
        "                             results=('a', 'b'))\n"
        "except AssertionError as e:\n"
        "    assert 'returned its argument y itself (or a view of it) as b' in str(e), e\n"
        "else:\n"
        "    raise AssertionError('a view of y was not seen')\n"
    )
    r = run(runner, cell)
    assert r.status == "passed", message(r)
    saved, testing._runtime = testing._runtime, None
    try:
        z = np.ones((2, 2))
        assert testing.shared_with_arguments(z, [z], {}) == [(-1, 0)]
        assert testing.shared_with_arguments((z * 2, z.T), [np.ones(1)], {"z": z}) == [(1, "z")]
        assert testing.shared_with_arguments(np.maximum(z, 0), [z], {}) == []
        with pytest.raises(AssertionError, match="argument z itself"):
            testing.check_new_arrays("relu", lambda v: v, [z], names=("z",))
    finally:
        testing._runtime = saved


def test_malformed_messages_fail_the_request_not_the_tester() -> None:
    a, b = socket.socketpair()
    ep = Endpoint(b, "tester", tester.TesterHandler())

    def frame(obj) -> bytes:
        body = msgpack.packb(obj)
        return struct.pack(">I", len(body)) + body

    bad_array = msgpack.ExtType(EXT_ARRAY, msgpack.packb(["|O", [2], b"12345678"]))
    short_array = msgpack.ExtType(EXT_ARRAY, msgpack.packb(["<f8", [3], b"\0" * 8]))
    unknown_ref = msgpack.ExtType(EXT_TESTER, msgpack.packb([12345, "object", "x"]))
    deep = [0]
    for _ in range(40):
        deep = [deep]
    for value in (bad_array, short_array, deep, msgpack.ExtType(EXT_DICT, msgpack.packb([[[1], 2]]))):
        a.sendall(frame([1, 1, value]))
        with pytest.raises(ProtocolError):
            ep.unwrap(ep.recv()[2])
    assert isinstance(ep.unwrap(unknown_ref), StaleReference)  # one of "mine" the tester does not hold
    a.sendall(struct.pack(">I", 2**31))  # announces 2 GB: refused before reading it
    with pytest.raises(ProtocolError):
        ep.recv()
    a.close()
    b.close()


def test_frames_cross_whatever_the_reads_cut() -> None:
    """A frame read whole in one system call (the usual case), a frame that arrives in pieces, two frames in one
    write, and a frame larger than one read all come out as sent, in order; arrays of every wire dtype, C- and
    Fortran-ordered and strided, keep their values, dtype and order."""
    a, b = socket.socketpair()
    sender, receiver = Endpoint(a, "kernel", tester.TesterHandler()), Endpoint(b, "tester", tester.TesterHandler())

    def frame(obj) -> bytes:
        body = msgpack.packb(obj)
        return struct.pack(">I", len(body)) + body

    a.sendall(frame([1, 1, "whole"]))
    assert receiver.recv() == [1, 1, "whole"]
    two = frame([1, 2, "first"]) + frame([1, 3, "second"])
    a.sendall(two)
    assert receiver.recv() == [1, 2, "first"] and receiver.recv() == [1, 3, "second"]
    pieces = frame([1, 4, "in pieces"])
    done = threading.Event()

    def trickle() -> None:
        for k in range(0, len(pieces), 3):
            a.sendall(pieces[k : k + 3])
            time.sleep(0.002)
        done.set()

    threading.Thread(target=trickle).start()
    assert receiver.recv() == [1, 4, "in pieces"]
    done.wait(5)
    big = np.arange(40_000, dtype=np.float64)  # 320 kB: more than one read
    threading.Thread(target=lambda: sender.send([1, 5, sender.pack(big)])).start()
    message = receiver.recv()
    assert np.array_equal(receiver.unwrap(message[2]), big)
    values = [
        np.arange(6).astype(d).reshape(2, 3) for d in ("<f8", "<f4", "<f2", "<i8", "<i4", "|i1", "|u1", "|b1", "<c16")
    ]
    values += [np.arange(12.0).reshape(3, 4).T, np.arange(12.0)[::3], np.float32(1.5)]
    for value in values:
        sender.send([1, 6, sender.pack(value)])
        got = receiver.unwrap(receiver.recv()[2])
        assert type(got) is type(value) and np.array_equal(got, value), value
        assert got.dtype == value.dtype, (got.dtype, value.dtype)
        if isinstance(value, np.ndarray) and value.ndim == 2:
            assert got.flags.f_contiguous == (value.flags.f_contiguous and not value.flags.c_contiguous), value
    a.close()
    b.close()


def test_hidden_rng_depends_on_the_submission_when_graded(bridge) -> None:
    runner, _ = bridge
    graded = testing.hidden_rng(3).integers(1 << 30)
    runner.seed = 8
    assert testing.hidden_rng(3).integers(1 << 30) != graded
    testing._runtime = None
    assert testing.hidden_rng(3).integers(1 << 30) == np.random.default_rng(3).integers(1 << 30)


def test_notebook_random_is_the_kernels_generator_during_a_test_cell(bridge) -> None:
    """A reference drawing from ``testing.notebook_random()`` draws from the notebook's numpy, not the tester's."""
    runner, _ = bridge
    result = run(
        runner,
        "from backprop_course import testing\n"
        "random = testing.notebook_random()\n"
        "assert type(random).__name__ == 'KernelObject', type(random)  # the kernel's module, by reference\n"
        "random.seed(5)\n"
        "assert (random.randn(2, 3) == np.random.RandomState(5).randn(2, 3)).all()\n",
    )
    assert result.status == "passed", message(result)
    assert testing.notebook_random() is np.random  # outside a test cell: this process's own
    testing._runtime = None
    assert testing.notebook_random() is np.random


def test_rebind_outside_the_grader_follows_aliases_and_puts_them_back() -> None:
    """The same rule where testing.references rebinds names itself (plain nbgrader, a student's kernel)."""
    namespace: dict = {"__name__": "__main__"}
    exec(
        "import functools\nclass T: pass\nA = T\ndef f(a=T, *, b=T): return a, b\nimport numpy\nnp_alias = numpy\n"
        "REGISTRY = {'t': T, 'n': 1}\nPIPELINE = [T, 2]\nP = functools.partial(T, 5)\nQ = functools.partial(f, T)\n"
        "class Holder:\n    act = T\n    make = staticmethod(T)",
        namespace,
    )
    student = namespace["T"]
    undo = testing.rebind(namespace, "T", f := lambda *a, **k: ("reference", a, k))
    assert namespace["T"] is f and namespace["A"] is f and namespace["f"]() == (f, f)
    assert namespace["REGISTRY"] == {"t": f, "n": 1} and namespace["PIPELINE"] == [f, 2]
    assert namespace["P"]() == ("reference", (5,), {}), "a partial of T calls the reference with its arguments"
    assert namespace["Holder"].act is f and namespace["Holder"].make(1) == ("reference", (1,), {})
    assert namespace["Q"]() == (f, f), "T given to a partial as an argument is replaced too"
    for put_back in reversed(undo):
        put_back()
    assert namespace["T"] is student and namespace["A"] is student and namespace["f"]() == (student, student)
    assert namespace["REGISTRY"] == {"t": student, "n": 1} and namespace["PIPELINE"] == [student, 2]
    assert namespace["P"].func is student
    assert namespace["Holder"].act is student and namespace["Holder"].make is student
    assert namespace["Q"].args == (student,)
    undo = testing.rebind(namespace, "numpy", "other")  # not the notebook's own: only the name itself
    assert namespace["np_alias"] != "other" and len(undo) == 1


def test_known_results_answer_exact_calls_in_the_kernel_and_the_tester_the_rest(bridge, monkeypatch) -> None:
    """lend_known_results: a loop that calls a lent reference with exactly the arguments of a result sent ahead
    makes no request; other arguments (another rate, other data) are answered by the tester, with the same
    numbers either way."""
    runner, _ = bridge
    calls: list[str] = []
    serve = tester.TesterHandler.handle

    def counting(self, endpoint, op, fields):  # noqa: ANN001, ANN202
        if op == "call":
            calls.append(op)
        return serve(self, endpoint, op, fields)

    monkeypatch.setattr(tester.TesterHandler, "handle", counting)
    r = run(
        runner,
        """
from backprop_course import testing
def _grad(p, x, y):
    return x.T @ (x @ p - y)
testing.references(grad=_grad)
x, y, p0 = np.arange(6.0).reshape(3, 2) / 7, np.ones((3, 1)), np.zeros((2, 1))
pairs, p = [], p0
for _ in range(5):
    pairs.append((p, grad(p, x, y)))
    p = p - 0.1 * pairs[-1][1]
assert testing.lend_known_results("grad", grad, (x, y), pairs)
path = descend(x, y, p0, 5)
assert all(np.array_equal(a, b) for a, b in zip(path, descend(x, y, p0, 5))), "the known results were kept intact"
assert all(np.array_equal(a, b) for a, b in zip(path[:5], [q for q, _ in pairs])), "the same run"
assert np.array_equal(path[5], p)
""",
    )
    assert r.status == "passed", message(r)
    assert calls == [], calls  # none of descend's 5 gradients was asked of the tester
    calls.clear()
    r = run(
        runner,
        """
from backprop_course import testing
def _grad(p, x, y):
    return x.T @ (x @ p - y)
testing.references(grad=_grad)
x, y, p0 = np.arange(6.0).reshape(3, 2) / 7, np.ones((3, 1)), np.zeros((2, 1))
assert testing.lend_known_results("grad", grad, (x, y), [(p0, grad(p0, x, y))])
slow, p = descend(x, y, p0, 3, rate=0.2), p0
for k in range(3):  # the first call is known (p0), the others are not: asked of the tester
    p = p - 0.2 * _grad(p, x, y)
    assert np.array_equal(slow[k + 1], p), k
other = descend(x + 1, y, p0, 1)  # other data: not the known result
assert np.array_equal(other[1], p0 - 0.1 * _grad(p0, x + 1, y))
""",
    )
    assert r.status == "passed", message(r)
    assert len(calls) == 2 + 1, calls  # the two points not sent ahead, the other data


def test_known_results_answer_parameters_kept_in_a_tuple(bridge, monkeypatch) -> None:
    """A loop keeping its parameters in a tuple, where the reference run kept a list, is answered from the results
    sent ahead (the references lent this way unpack their parameters, so a tuple gets the same numbers); a tuple of
    other values is still asked of the tester."""
    runner, _ = bridge
    calls: list[str] = []
    serve = tester.TesterHandler.handle

    def counting(self, endpoint, op, fields):  # noqa: ANN001, ANN202
        if op == "call":
            calls.append(op)
        return serve(self, endpoint, op, fields)

    monkeypatch.setattr(tester.TesterHandler, "handle", counting)
    r = run(
        runner,
        """
from backprop_course import testing
def _grad(params, x, y):
    w, b = params
    r = x @ w + b - y
    return [x.T @ r, np.sum(r, axis=0, keepdims=True)]
testing.references(grad=_grad)
x, y = np.arange(6.0).reshape(3, 2) / 7, np.ones((3, 1))
pairs, p = [], [np.zeros((2, 1)), np.zeros((1, 1))]
for _ in range(4):
    pairs.append((p, grad(p, x, y)))
    p = [q - 0.1 * d for q, d in zip(p, pairs[-1][1])]
assert testing.lend_known_results("grad", grad, (x, y), pairs)
path = descend_tuples(x, y, pairs[0][0], 4)
assert all(np.array_equal(a, b) for q, k in zip(path, [*[q for q, _ in pairs], p]) for a, b in zip(q, k))
other = descend_tuples(x, y, (np.ones((2, 1)), np.zeros((1, 1))), 1)  # another start: asked of the tester
assert np.array_equal(other[1][0], np.ones((2, 1)) - 0.1 * _grad([np.ones((2, 1)), np.zeros((1, 1))], x, y)[0])
""",
    )
    assert r.status == "passed", message(r)
    assert len(calls) == 1, calls  # only the other start's gradient was asked of the tester


def test_known_results_are_not_lent_outside_the_grader() -> None:
    assert testing.lend_known_results("f", abs, (), [(1.0, 1.0)]) is False
    assert testing.lent("f") is None


def test_lent_names_what_this_cell_lent(bridge) -> None:
    """testing.lent: the object a test cell lent under a name (references' wrapper, whose __wrapped__ leads to the
    reference given), None for a name not lent and in the next cell; the relu optimiser checks lend their reference
    run only under a name lent as a wrapper of the very reference they follow."""
    runner, _ = bridge
    r = run(
        runner,
        """
from backprop_course import testing
from backprop_course.checks.relu_xor_momentum import _lent_wrapping
def _grad(p, x, y):
    return x.T @ (x @ p - y)
def _other(p, x, y):
    return p
testing.references(grad=_grad)
lent = testing.lent("grad")
assert lent is not None and lent is not _grad and lent.__wrapped__ is _grad
assert testing.lent("descend") is None
assert _lent_wrapping("grad", _grad) is lent and _lent_wrapping("grad", lent) is lent
assert _lent_wrapping("grad", _other) is None and _lent_wrapping("descend", _grad) is None
""",
    )
    assert r.status == "passed", message(r)
    r = run(runner, "from backprop_course import testing\nassert testing.lent('grad') is None\n")
    assert r.status == "passed", message(r)


def test_same_object_reaches_the_notebook_as_one_object_at_every_call(bridge) -> None:
    """Arguments cross as new copies at each call; testing.same_object gives the notebook's code one object, the same
    at every call (a cache keyed on id() or `is` is hit), and leaves a value for the tests' own references alone."""
    runner, _ = bridge
    r = run(
        runner,
        """
from backprop_course import testing
x = np.arange(3.0)
assert not seen_before(x) and not seen_before(x), "copies: a new object at each call"
kept = testing.same_object(x, seen_before)
assert not seen_before(kept) and seen_before(kept), "the same object at the second call"
def _ref(v):
    return v
assert testing.same_object(x, _ref) is x, "for the tests' own code: the value itself"
""",
    )
    assert r.status == "passed", message(r)


SEES_IN_PLACE_CHANGES = """
from backprop_course import testing
draws = iter([(-2.0, 0.1), (3.0, 0.7), (-2.0, 0.1), (3.0, 0.7), (-2.0, 0.1), (3.0, 0.7)])
def check(f):
    shift, c = next(draws)  # the first pass's total is below 1, the second's above
    x, ps = np.array([shift, 0.5, -0.25]), [np.eye(2) * 0.5, np.array([0.25, -0.5]), c]
    got = f(x, ps)
    assert abs(got - (x.sum() + ps[0].sum() + ps[1].sum() + c)) < 1e-9, f"wrong total {got}"
try:
    testing.check_sees_in_place_changes("total_cached_by_id", total_cached_by_id, check)
except AssertionError as e:
    assert "identity" in str(e) and "returned exactly what it had returned for their earlier values" in str(e), str(e)
else:
    raise AssertionError("a cache keyed on id() passed")
testing.check_sees_in_place_changes("total", total, check)
try:
    testing.check_sees_in_place_changes("total_capped", total_capped, check)
except AssertionError as e:
    assert "identity" not in str(e) and str(e).startswith("wrong total 1.0"), str(e)
else:
    raise AssertionError("a cap passed")
"""


def test_check_sees_in_place_changes_names_a_cache_keyed_on_identity_and_nothing_else(bridge) -> None:
    """testing.check_sees_in_place_changes runs a check twice on the same argument objects (an array, and a list of
    arrays and a number), their values changed in place in the kernel between the passes: a result kept by the
    arguments' id() fails the second pass and is named, as the first pass's result returned again; a right function
    passes; a function wrong on the second
    pass's values whatever the objects gets the check's own message (on new copies it fails the same way)."""
    runner, namespace = bridge
    r = run(runner, SEES_IN_PLACE_CHANGES)
    assert r.status == "passed", message(r)


def test_check_sees_in_place_changes_outside_the_grader() -> None:
    """Outside the grader (plain nbgrader, a script) the objects are the values themselves, changed in place here."""
    notebook: dict = {"__name__": "__main__"}
    exec(compile(STUDENT, "<notebook>", "exec"), notebook)
    names = ("total_cached_by_id", "total", "total_capped")
    exec(compile(SEES_IN_PLACE_CHANGES, "<test>", "exec"), {"np": np, **{k: notebook[k] for k in names}})


def test_is_reference_tells_a_lent_object_from_the_notebooks_own(bridge) -> None:
    """testing.is_reference: the class the test lent, as the tests get it back from the notebook, is the reference
    (a check of it run first can only pass, and is skipped); the notebook's own class is not."""
    runner, _ = bridge
    r = run(
        runner,
        """
from backprop_course import testing
assert not testing.is_reference(MLP)
class _RefMLP:
    pass
testing.references(MLP=_RefMLP)
assert testing.is_reference(MLP) and MLP is _RefMLP
assert not testing.is_reference(Tanh)
""",
    )
    assert r.status == "passed", message(r)
    assert not testing.is_reference(object)  # never lent


DEFERRING = """
def new_trained(n, x):
    net = Net()
    for _ in range(n):
        net.step(x)
    return net
def trained_then_read(n, x):
    net = Net()
    for _ in range(n):
        net.step(x)
    return net.w
def trained_on_changing_data(n, x):
    net = Net()
    for k in range(n):
        x[0] = k  # in place, after the call before
        net.step(x)
    return net
def two_nets_in_turn(n, x):
    a, b = Net(), Net()
    for _ in range(n):
        a.step(x)
        b.step(2 * x)
        a.step(x)
    return a, b
def step_until_stopped(x):
    net = Net()
    while not _stop.is_set():
        net.step(x)
"""

DEFERRED_NET = """
from backprop_course import testing
class _Net:
    def __init__(self):
        self.w = np.zeros(2)
        self.calls = 0
    def step(self, x):
        self.w = self.w + x
        self.calls += 1
testing.references(Net=_Net)
assert testing.defer_calls(_Net, "step")
"""


def served_ops(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The requests the tester serves from now on (their operation names, in order)."""
    ops: list[str] = []
    serve = tester.TesterHandler.handle

    def counting(self, endpoint, op, fields):  # noqa: ANN001, ANN202
        ops.append(op)
        return serve(self, endpoint, op, fields)

    monkeypatch.setattr(tester.TesterHandler, "handle", counting)
    return ops


def test_repeated_calls_of_a_deferred_method_run_in_batches_with_the_same_result(bridge, monkeypatch) -> None:
    """testing.defer_calls: a loop calling a lent network's training step with the same arguments makes about one
    exchange per agent.MAX_DEFERRED calls, and every call runs, in order, before anything looks at the network (the
    tester at the end of the call, the notebook reading an attribute, another object's calls in between); arguments
    changed in place between calls are never batched with the earlier ones."""
    runner, namespace = bridge
    exec(DEFERRING, namespace)
    ops = served_ops(monkeypatch)
    r = run(
        runner,
        DEFERRED_NET
        + """
net = new_trained(1000, np.ones(2))
assert net.calls == 1000 and net.w.tolist() == [1000.0, 1000.0], (net.calls, net.w)
assert trained_then_read(250, np.ones(2)).tolist() == [250.0, 250.0]
net = trained_on_changing_data(50, np.zeros(2))
assert net.calls == 50 and net.w[0] == sum(range(50)), net.w
a, b = two_nets_in_turn(30, np.ones(2))
assert a.calls == 60 and b.calls == 30 and a.w.tolist() == [60.0, 60.0] and b.w.tolist() == [60.0, 60.0]
""",
    )
    assert r.status == "passed", message(r)
    assert ops.count("call_repeat") >= 10, ops.count("call_repeat")
    # new_trained: one call, then ten batches; trained_then_read: one and three; the changing data: 50 calls
    assert ops.count("call") < 200, ops.count("call")


def test_a_deferred_method_without_end_is_still_stopped_as_a_runaway(bridge) -> None:
    """Calls held back count as the requests they stand for: a loop without end is stopped after max_served calls."""
    runner, namespace = bridge
    exec(DEFERRING, namespace)
    runner.bridge.limits = dataclasses.replace(runner.bridge.limits, max_served=300)
    r = run(runner, DEFERRED_NET + "step_until_stopped(np.ones(2))\n")
    assert r.status == "runaway", message(r)
    r = run(runner, "assert as_float32([1.0]).tolist() == [2.0]\n")
    assert r.status == "passed", message(r)


def test_calls_are_not_deferred_unless_the_test_says_so(bridge, monkeypatch) -> None:
    runner, namespace = bridge
    exec(DEFERRING, namespace)
    ops = served_ops(monkeypatch)
    not_deferred = DEFERRED_NET.replace('assert testing.defer_calls(_Net, "step")', "")
    r = run(runner, not_deferred + "new_trained(20, np.ones(2))")
    assert r.status == "passed", message(r)
    assert "call_repeat" not in ops and ops.count("call") == 21, ops  # Net() and 20 steps


def test_stacked_columns_give_back_the_same_values() -> None:
    """codec.stack_columns (how known results cross): every value back with its types, dtypes, shapes and bits (NaN,
    -0.0, float32, 0-d arrays, numpy scalars, tuples), so a call with the reference's own arguments still finds its
    result; values of different layouts, or holding other objects, are not stacked."""
    from backprop_course.bridge.codec import snapshot, stack_columns, unstack_columns

    rng = np.random.default_rng(0)
    values = [
        [
            rng.normal(size=(2, 3)),
            np.float32(k) * rng.normal(size=3).astype(np.float32),
            np.array(k / 3),
            -0.0 + k,
            np.float64(np.nan),
            (np.int64(k), 0.1 * k),
        ]
        for k in range(5)
    ]
    stacked = stack_columns(values)
    assert stacked is not None and len(stacked) == 1 and len(stacked[0][1]) == 7  # one run, one column per leaf
    back = unstack_columns(stacked)
    assert [snapshot(v) for v in back] == [snapshot(v) for v in values]
    assert type(back[2][5]) is tuple and type(back[2][3]) is float and type(back[2][5][0]) is np.int64
    assert back[1][2].shape == () and type(back[1][2]) is np.ndarray
    mixed = [[1.0], [np.float64(2.0)], [np.float64(3.0)], [np.zeros(2)], [np.ones(3)]]  # a float, then numpy's
    runs = stack_columns(mixed)
    assert runs is not None and [count for _, _, count in runs] == [1, 2, 1, 1]
    assert [snapshot(v) for v in unstack_columns(runs)] == [snapshot(v) for v in mixed]
    assert stack_columns([[np.zeros(2), "x"]]) is None and stack_columns([]) == []
