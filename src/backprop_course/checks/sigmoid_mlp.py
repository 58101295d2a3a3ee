"""Answer-free checks of the ``sigmoid_mlp`` notebook, used by its visible and hidden tests.

Part 1 grades a class, ``SigmoidMLP`` (samples as **columns**: ``W`` of shape (outputs, inputs), ``b``
of shape (outputs, 1), data of shape (units, B)); Part 2 grades batched functions (samples as
**rows**: ``w`` of shape (neurons lower, neurons upper), ``b`` of shape (neurons upper,), data of
shape (N, neurons)). Every check takes the student's function or class as an argument (never a
global name), makes its own data from ``rng`` (an int or a ``numpy.random.Generator``), and raises
``AssertionError`` with a message that names the function and the likely bug.

No backward pass is written here. Gradients are compared with central differences of the cost,
computed from the parameters the check chose (never through the student's objects), and the bugs
students make are named by computing, from finite differences too, what each bug gives (the
sigmoid derivative taken at the activation instead of the pre-activation, an extra or missing
``a(1 - a)``, the gradient of the sum where the mean is asked, ...). The hidden tests pass the
instructor's reference as ``exact=``, so a gradient estimated by finite differences is rejected
(:func:`backprop_course.gradcheck.check_gradient`).

Rules checked here (the notebook states them): no function changes the arrays or lists it is given,
except ``SigmoidMLP.train``, which changes the network's parameters (its job); ``gradients`` changes
no parameter; "the pair" / "the triple" may be a tuple or a list.

A visible check that needs another of the student's functions checks that one first and says
"fix X first: test_x fails" (when graded, the tests substitute the instructor's reference for it).

Numerics (so that a correct answer passes on every hidden draw): networks are drawn well-conditioned
(no pre-activation beyond +-4.5, :func:`_rows_net`); finite differences of the cost are taken in
numpy's longdouble (:class:`_Net`); float32 gradients get a 1e-3 tolerance instead of 1e-4
(:func:`_tol`), and values are compared at the float32 tolerance (:data:`VALUE_RTOL`).
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import re
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np

from .. import gradcheck, testing

__all__ = [
    "XOR_INPUTS",
    "XOR_TARGETS",
    "NumericalGradients",
    "check_apply_net",
    "check_backprop",
    "check_backward_step",
    "check_call",
    "check_call_saturated",
    "check_forward_step_float32",
    "check_gradient_step_float32",
    "check_gradients_float32",
    "check_forward_step",
    "check_gradient_step",
    "check_gradients",
    "check_net_f_df",
    "check_train",
    "check_train_mlp",
    "check_train_net",
    "check_xor",
    "guarded",
    "sigmoid",
]

XOR_INPUTS = np.array([[0.0, 1.0, 0.0, 1.0], [0.0, 0.0, 1.0, 1.0]])  # (2, 4): one point per column
XOR_TARGETS = np.array([[0.0, 1.0, 1.0, 0.0]])  # (1, 4)
XOR_STEPS, XOR_RATE = 1000, 3.0  # train_mlp's defaults
# Values (not gradients) are compared at the float32 tolerance whatever the dtype returned: float32 arithmetic
# upstream of a float64 result is accepted too, and no bug the checks name is that close.
VALUE_RTOL = testing.RTOL[np.dtype(np.float32)]


def sigmoid(z: np.ndarray) -> np.ndarray:
    """1 / (1 + exp(-z)), element-wise."""
    return 1 / (1 + np.exp(-z))


def _rng(rng: int | np.random.Generator) -> np.random.Generator:
    return rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)


# -- small helpers ---------------------------------------------------------------------------------


def _items(what: str, value: Any, n: int, names: str) -> list[Any]:
    """``value`` as a list of ``n`` items: a tuple or a list of that length is accepted."""
    if isinstance(value, (tuple, list)) and len(value) == n:
        return list(value)
    raise AssertionError(
        f"{what} must return {names}: a tuple or a list of {n} items; it returned {testing.describe(value)}"
    )


def _per_layer(what: str, value: Any, n: int, counts: Mapping[str, int] | None = None) -> list[Any]:
    """``value`` as a list with one entry per layer (``n``); a tuple is accepted too. ``counts``: {what: number} of the
    call (its arguments' sizes), named when the list has that many entries instead."""
    if isinstance(value, (tuple, list)) and len(value) == n:
        return list(value)
    more = ""
    same = [name for name, k in (counts or {}).items() if isinstance(value, (tuple, list)) and len(value) == k != n]
    if same:  # round 117: the number of layers taken from len(targets) was told only "a list of length 1"
        more = (
            f" Its length, {len(value)}, is {' or '.join(same)}: is the number of layers taken from it? Count the "
            "layers themselves: len(self.layers)."
        )
    elif isinstance(value, (tuple, list)) and len(value) > n:
        more = (
            " More entries than layers: does it add to a list of an earlier call (a default argument such as "
            "acts=[], a global), or append to one list what belongs in two? Start new lists at every call."
        )
    raise AssertionError(
        f"{what} must be a list with one entry per layer ({n}); it is {testing.describe(value)}.{more}"
    )


def _layer_gradients(
    label: str, result: Any, n: int, counts: Mapping[str, int] | None = None
) -> tuple[list[Any], list[Any]]:
    """``gradients``' result as (weight_gradients, bias_gradients), each a list with one entry per layer (``n``);
    ``counts`` as for :func:`_per_layer`."""
    wg, bg = _items(label, result, 2, "the pair (weight_gradients, bias_gradients)")
    return (
        _per_layer(f"{label}: weight_gradients", wg, n, counts),
        _per_layer(f"{label}: bias_gradients", bg, n, counts),
    )


def _argument_counts(inputs: np.ndarray, targets: np.ndarray) -> dict[str, int]:
    """The sizes of a ``gradients(inputs, targets)`` or ``train(inputs, targets, ...)`` call that a loop over the
    layers may wrongly count."""
    return {
        "len(inputs) (the number of input units)": int(np.shape(inputs)[0]),
        "len(targets) (the number of output units)": int(np.shape(targets)[0]),
        "the batch size (inputs.shape[1])": int(np.shape(inputs)[1]),
    }


def _same_data(a: Any, b: Any) -> bool:
    if isinstance(b, list):
        return isinstance(a, list) and len(a) == len(b) and all(_same_data(x, y) for x, y in zip(a, b, strict=True))
    return isinstance(a, np.ndarray) and a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a, b)


def _unchanged(label: str, passed: dict[str, tuple[Any, Any]], rule: str, returned: Any = None) -> None:
    """Each ``name: (what the student's function got, a copy taken before)`` must be unchanged; ``returned``, what the
    function returned, tells an argument returned as itself (:func:`testing.how_changed`)."""
    changed = [name for name, (now, before) in passed.items() if not _same_data(now, before)]
    if changed:
        now, before = passed[changed[0]]
        how = testing.how_changed(before, now, changed[0], returned)
        raise AssertionError(f"{label} changed {', '.join(changed)} in place{how}: {rule}")


def _copy(value: Any) -> Any:
    return [_copy(v) for v in value] if isinstance(value, list) else np.array(value, copy=True)


class FixFirst(AssertionError):
    """A visible check's "fix X first": a function the checked one uses fails its own check."""


def _first(check: Callable[[], None], function: str, test: str, subject: Any) -> None:
    """Run another function's check first: a visible check that uses it must not blame the wrong code. Skipped when
    ``subject`` (what the check checks) is the instructor's, lent by the test (:func:`testing.is_reference`). When
    that check blames a function further down (net_f_df under forward_step under apply_net), that blame is passed
    on as it is: it names the code to fix (round 54: test_train_net said "fix apply_net first" for a wrong
    net_f_df)."""
    if testing.is_reference(subject):
        return
    try:
        check()
    except FixFirst:
        raise
    except Exception as e:  # noqa: BLE001  (whatever that function does wrong, say where to look first)
        said = testing.shortened(" ".join(str(e).split()))
        raise FixFirst(
            f"fix {function} first: its check (as in {test}) fails on what this check gives it ({type(e).__name__}: "
            f"{said}), and this check uses your {function}. (When graded, this test uses the instructor's "
            f"{function} instead: only its own task counts.)"
        ) from None


def _assert_value(value: Any, expected: np.ndarray, what: str, alternatives: dict[str, np.ndarray], hint: str) -> None:
    """assert_close, naming the first alternative (a known bug's value) that ``value`` equals."""
    try:
        testing.assert_close(what, value, expected, rtol=VALUE_RTOL, hint=hint)
    except AssertionError:
        try:
            arr = np.asarray(value, dtype=float)
        except Exception:  # noqa: BLE001  (not numbers: assert_close's message says so)
            raise AssertionError(f"{what} is {testing.describe(value)}, not an array of numbers") from None
        for story, alt in alternatives.items():
            if arr.shape == alt.shape and np.allclose(arr, alt, rtol=1e-4, atol=1e-12):
                raise AssertionError(f"{what} is wrong: {story}") from None
        expected = np.asarray(expected, dtype=float)
        if arr.shape == expected.shape and np.allclose(-arr, expected, rtol=1e-4, atol=1e-12):
            raise AssertionError(
                f"{what} is wrong: its sign is flipped (it equals minus the right values). {hint}"
            ) from None
        if arr.ndim == 2 and arr.shape[0] == arr.shape[1] > 1 and np.allclose(arr.T, expected, rtol=1e-4, atol=1e-12):
            raise AssertionError(f"{what} is wrong: it is transposed. {hint}") from None
        if arr.ndim == 2 and arr.shape != expected.shape and arr.shape == expected.shape[::-1]:
            raise AssertionError(
                f"{what} has shape {arr.shape}, expected {expected.shape}: it is transposed. {hint}"
            ) from None
        raise


def _tol(value: Any) -> float:
    """The gradient check's tolerance for an answer of this dtype (the course accepts float32 arithmetic).

    float64: gradcheck's PASS_REL_ERROR (1e-4). float32 carries ~1e-7 relative rounding, which sums, cancels
    and passes through a(1 - a) in a backward pass: 1e-3 (every bug the checks name is off by 1e-1 or more). float16
    is not the course's float32 (gradcheck's float policy): 1e-4, as float64 (round 129: targets clipped to
    [3e-4, 1 - 3e-4], returned as float16, kept the points at the 1e-2 float16 had).
    """
    try:
        dtype = np.asarray(value).dtype
    except Exception:  # noqa: BLE001  (not numbers: the check itself says so)
        return gradcheck.PASS_REL_ERROR
    return 1e-3 if dtype == np.dtype(np.float32) else gradcheck.PASS_REL_ERROR


def _check(
    name: str,
    got: Any,
    numeric: np.ndarray | Callable[[], np.ndarray],
    likely: Callable[[], dict[str, np.ndarray]],
    *,
    scale: float | None = None,
    **options: Any,
) -> None:
    """check_gradient, building the (costly) catalogue of likely bugs only when the gradient is wrong.

    ``numeric``: the estimate, or a function making it, called only when needed (with ``exact`` given, only when
    ``got`` does not agree with ``exact``). ``scale``: the largest gradient of the network. A float32 answer whose
    entries are all within float32 rounding of it (``gradcheck.FLOAT32_ROUNDING`` x scale) passes: a layer whose
    gradients are all small (behind a layer of one unit) is made by cancellation of larger float32 numbers, off by
    more than 1e-3 of itself. So does a float64 answer whose code was seen computing in float32
    (:func:`_within_float32_rounding`).
    """
    tol = _tol(got)
    if callable(numeric):
        if options.get("exact") is not None and gradcheck.agrees_with_exact(got, options["exact"], tol):
            gradcheck.check_gradient(name, got, numeric, tol=tol, **options)  # judged on exact: estimated?
            return
        numeric = numeric()
    reference = options.get("exact") if options.get("exact") is not None else numeric
    if scale is not None and _within_float32_rounding(got, reference, scale):
        return
    if gradcheck.diagnose(got, numeric, batch_size=options.get("batch_size"), tol=tol) is None:
        gradcheck.check_gradient(name, got, numeric, tol=tol, **options)  # only the estimated-numerically check
    else:
        gradcheck.check_gradient(name, got, numeric, likely_bugs=likely(), tol=tol, **options)


def _check_step(
    name: str,
    old: np.ndarray,
    new: Any,
    grad: np.ndarray,
    rate: float,
    rate_name: str,
    extra: dict[str, np.ndarray] | None = None,
    hint: str = "",
) -> None:
    """``new`` must be ``old - rate * grad``: one gradient-descent step (float32 accepted).

    Passes when ``new`` equals the expected parameters to the float policy's tolerance (plus a slack far
    below any bug, for a ``grad`` from finite differences and for float32 copies of ``old``), or when the step
    (old - new) / rate passes the gradient check; otherwise names the bug: uphill, a step size other than
    ``rate``, parameters unchanged.
    """
    new_arr = testing.as_array(f"{name} after the step", new, old.shape)
    new = new_arr.astype(float)
    expected = old - rate * grad
    scale = float(np.max(np.abs(expected), initial=0.0))
    # float32 arithmetic is accepted: a step taken from float32 copies of the parameters is off by up to half a
    # float32 ulp of each old value, even when the result is float64 (the tests' gradients are float64)
    tol = (
        testing.rtol_for(new_arr) * np.maximum(np.abs(expected), 1e-3 * scale)
        + abs(rate) * 1e-7 * float(np.max(np.abs(grad), initial=0.0))
        + 2.0**-24 * np.abs(old)
    )
    if gradcheck.holds_float32(new_arr):
        # parameters kept in float32 (w32 - lr * g32, rounded again): a couple of ulps of the old and new values,
        # and the gradient's own float32 error times the rate (a step below one ulp of w is lost in float32)
        tol = (
            tol
            + 2.0**-22 * (np.abs(old) + np.abs(expected))
            + abs(rate) * 2e-5 * float(np.max(np.abs(grad), initial=0.0))
        )
    if np.all(np.abs(new - expected) <= tol):
        return
    step = (old - new) / rate
    likely = {
        **(extra or {}),
        # round 59: a loop's w = w - eta * dw was told only "the parameters are unchanged"
        "the parameters are unchanged: every layer must take a step. (In a loop, w = w - "
        f"{rate_name} * dw rebinds the loop's name w only, not the array in the list: change the array in place, "
        f"w -= {rate_name} * dw, or put the new one in the list, weights[i] = ...)": np.zeros_like(grad),
        f"the step goes uphill: it adds the gradient; gradient descent is w <- w - {rate_name} * dC/dw "
        "(a minus).": -grad,
    }
    likely[f"the new value is -{rate_name} * gradient alone: keep the old parameter, w - {rate_name} * dC/dw."] = (
        old + rate * grad
    ) / rate
    likely[f"the gradient is missing: the new value is w - {rate_name}, not w - {rate_name} * dC/dw."] = np.ones_like(
        grad
    )
    with np.errstate(all="ignore"):
        likely[f"it divides by the gradient: w - {rate_name} * dC/dw, not w - {rate_name} / dC/dw."] = 1 / grad
    likely[
        f"the parameters and their gradients are swapped: the new value is dC/dw - {rate_name} * w instead of "
        f"w - {rate_name} * dC/dw (the lists zipped in the wrong order?)."
    ] = (old - (grad - rate * old)) / rate
    gg = float(np.vdot(grad, grad))
    k = float(np.vdot(step, grad)) / gg if gg > 0 else 0.0
    if gg > 0 and k > 0 and abs(k - 1) > 1e-3 and gradcheck.diagnose(step / k, grad) is None:
        likely[
            f"the step is {k * rate:.4g} x the gradient instead of {rate_name} = {rate:g} x the gradient: use "
            f"the {rate_name} that is passed in (not a fixed step size), once."
        ] = k * grad
    gradcheck.check_gradient(
        f"{name}: the step (old - new) / {rate_name}", step, grad, likely_bugs=likely, hint=hint, tol=_tol(new_arr)
    )


def _elementwise_derivative(z: np.ndarray) -> np.ndarray:
    """sigma'(z) by central differences (h = 1e-6), entry by entry."""
    h = 1e-6
    return (sigmoid(z + h) - sigmoid(z - h)) / (2 * h)


def _derivative_bugs(z: np.ndarray, f_name: str = "f") -> dict[str, np.ndarray]:
    """What the usual wrong sigmoid derivatives give at z (the true one is f (1 - f), f = sigma(z))."""
    f = sigmoid(z)
    fa = sigmoid(f)
    return {
        f"the derivative is taken at the activation {f_name} = sigma(z) instead of at the pre-activation z: "
        f"sigma'({f_name}) is not sigma'(z); with {f_name} = sigma(z), sigma'(z) = {f_name} (1 - {f_name}).": fa
        * (1 - fa),
        f"the formula {f_name} (1 - {f_name}) is applied to z itself: sigma'(z) = sigma(z) (1 - sigma(z)), "
        f"with {f_name} = sigma(z), not z (1 - z).": z * (1 - z),
        f"z and {f_name} are mixed up in {f_name} (1 - {f_name}): {f_name} (1 - z) instead of {f_name} (1 - {f_name}), "
        f"with {f_name} = sigma(z) in both places.": f * (1 - z),
        f"z and {f_name} are mixed up in {f_name} (1 - {f_name}): z (1 - {f_name}) instead of {f_name} (1 - {f_name}), "
        f"with {f_name} = sigma(z) in both places.": z * (1 - f),
        f"the factor (1 - {f_name}) is missing: sigma'(z) = {f_name} (1 - {f_name}).": f,
        f"the factor {f_name} is missing: sigma'(z) = {f_name} (1 - {f_name}).": 1 - f,
        f"an extra factor {f_name} (1 - {f_name}): the derivative is multiplied in twice.": (f * (1 - f)) ** 2,
        **_slips(f, f_name),
    }


def _slips(f: np.ndarray, name: str) -> dict[str, np.ndarray]:
    """{story: values} of the slips in writing sigma'(z) = f (1 - f) from ``f`` = sigma(z) (called ``name``)."""
    good = f"{name} (1 - {name})"
    with np.errstate(all="ignore"):
        return {
            f"the sign inside (1 - {name}) is flipped: {name} (1 + {name}) instead of {good}.": f * (1 + f),
            f"{name} enters with the wrong sign: -{name} (1 + {name}) instead of {good}.": -f * (1 + f),
            f"the 1 of (1 - {name}) is missing: {name} (-{name}) = -{name}**2 instead of {good}.": -f * f,
            f"it divides by (1 - {name}) instead of multiplying: {name} / (1 - {name}) instead of {good}.": f / (1 - f),
            f"it divides by {name} instead of multiplying: (1 - {name}) / {name} instead of {good}.": (1 - f) / f,
            f"it is the tanh derivative 1 - {name}**2; the sigmoid's is {good}.": 1 - f * f,
            # round 78: f * (1 - f) ** 2, told only "wrong in all 6 entries"
            f"an extra factor (1 - {name}): {name} (1 - {name})**2 instead of {good}.": f * (1 - f) ** 2,
            f"an extra factor {name}: {name}**2 (1 - {name}) instead of {good}.": f * f * (1 - f),
        }


# -- how the student's code calls the instructor's functions, and what its crashes mean --------------------
#
# When graded, a function under test calls the instructor's versions of the functions it builds on (the test
# cell's testing.references). Their messages never reach the student (they could show hidden data), so a call
# with arguments that do not fit used to end as "raised by your apply_net" and nothing more. The test cells pass
# guarded(...) references instead: when the instructor's function raises, the guard works out, from the arrays
# the running check made (named in _WATCH), what the student's code passed ("w = biases[0]", "df_layer[1] with
# weights[1]"), and the check says that instead. Only names, shapes and indices are shown, never values.

_PARAMETERS = {
    "net_f_df": ("z",),
    "forward_step": ("y", "w", "b"),
    "apply_net": ("y_in", "weights", "biases"),
    "backward_step": ("delta", "w", "df"),
    "backprop": ("y_target", "y_layer", "df_layer", "weights"),
    "gradient_step": ("weights", "biases", "dw_layer", "db_layer", "eta"),
}
# What each parameter must be, among the arrays the check named (a list's entries are named name[j]).
_BELONGS = {
    ("forward_step", "y"): ("y_in", "y_layer"),
    ("forward_step", "w"): ("weights",),
    ("forward_step", "b"): ("biases",),
    ("apply_net", "y_in"): ("y_in", "y_layer"),
    ("apply_net", "weights"): ("weights",),
    ("apply_net", "biases"): ("biases",),
    ("backward_step", "w"): ("weights",),
    ("backward_step", "df"): ("df_layer",),
    ("backprop", "y_target"): ("y_target",),
    ("backprop", "y_layer"): ("y_layer",),
    ("backprop", "df_layer"): ("df_layer",),
    ("backprop", "weights"): ("weights",),
    ("gradient_step", "weights"): ("weights",),
    ("gradient_step", "biases"): ("biases",),
    ("gradient_step", "dw_layer"): ("dw_layer",),
    ("gradient_step", "db_layer"): ("db_layer",),
}
_TAKES = {
    "forward_step": "forward_step(y, w, b) takes the values y of the layer below (y_in or y_layer[j]), then "
    "weights[j], then biases[j]",
    "apply_net": "apply_net(y_in, weights, biases) takes the input, then the list of weights, then the list of biases",
    "backward_step": "backward_step(delta, w, df) takes the Delta of the upper layer, the weights between the two "
    "layers, then f'(z) of the lower layer",
    "backprop": "backprop(y_target, y_layer, df_layer, weights) takes the targets, then the two lists apply_net "
    "returned, then the weights",
    "gradient_step": "gradient_step(weights, biases, dw_layer, db_layer, eta) takes the two lists of parameters, the "
    "two lists of gradients, then the step size",
    "net_f_df": "net_f_df(z) takes the pre-activation z = y w + b",
}
_FIT = {
    "forward_step": "y (N, neurons lower) @ w (neurons lower, neurons upper) + b (neurons upper,)",
    "apply_net": "y_in (N, neurons[0]); weights[j] (neurons[j], neurons[j+1]); biases[j] (neurons[j+1],)",
    "backward_step": "(delta (N, neurons upper) @ w.T (neurons upper, neurons lower)) * df (N, neurons lower)",
    "backprop": "y_target (N, neurons[-1]); y_layer[j] (N, neurons[j]); df_layer[j] (N, neurons[j+1]); "
    "weights[j] (neurons[j], neurons[j+1])",
    "gradient_step": "dw_layer[j] has the shape of weights[j], db_layer[j] that of biases[j]",
    "net_f_df": "z is an array",
}
_OUTPUTS = {"apply_net": ("y_out", "y_layer", "df_layer"), "backprop": ("dw_layer", "db_layer")}


class _Watch:
    """The arrays the running check made, by name, and what a guarded reference found wrong with a call."""

    def __init__(self) -> None:
        self.known: dict[str, np.ndarray] = {}
        self.complaint = ""
        self.depth = 0  # guarded references running (one may call another: only the outermost explains)
        self.last_w: int | None = None  # j of weights[j] in the last backward_step call that worked

    def start(self, **named: Any) -> None:
        self.known, self.complaint, self.depth, self.last_w = {}, "", 0, None
        self.add(**named)

    def add(self, **named: Any) -> None:
        for name, value in named.items():
            if isinstance(value, (list, tuple)):
                for n in [n for n in self.known if n.startswith(name + "[")]:
                    del self.known[n]
                self.known.update({f"{name}[{j}]": np.asarray(v) for j, v in enumerate(value) if _numeric(v)})
            elif _numeric(value):
                self.known[name] = np.asarray(value)

    def names(self, value: Any) -> list[str]:
        """The names of the known arrays ``value`` equals; for a list, the list's name when each entry is name[j]."""
        if isinstance(value, (list, tuple)):
            if not value:
                return []
            entry_names = [self.names(v) for v in value]
            bases = {n.split("[")[0] for n in entry_names[0] if n.endswith("[0]")}
            full = [
                b
                for b in sorted(bases)
                if all(f"{b}[{j}]" in names for j, names in enumerate(entry_names))
                and len(value) == sum(1 for n in self.known if n.startswith(b + "["))
            ]
            return full
        if not _numeric(value):
            return []
        arr = np.asarray(value, dtype=float)
        return [
            n
            for n, k in self.known.items()
            if k.shape == arr.shape and np.allclose(arr, k.astype(float), rtol=1e-5, atol=1e-10)
        ]


_WATCH = _Watch()


def _numeric(value: Any) -> bool:
    return isinstance(value, np.ndarray) and value.ndim >= 1 and np.issubdtype(value.dtype, np.number)


def _base(name: str) -> str:
    return name.split("[")[0]


def _index(name: str) -> int | None:
    return int(name.split("[")[1].rstrip("]")) if "[" in name else None


def _shown(value: Any, names: list[str]) -> str:
    if names:
        shape = f" (shape {value.shape})" if isinstance(value, np.ndarray) else ""
        return " = ".join(names[:2]) + shape
    if isinstance(value, np.ndarray):
        return f"an array of shape {value.shape}"
    if isinstance(value, (list, tuple)):
        return f"a {type(value).__name__} of {len(value)} items"
    if isinstance(value, (int, float, np.number)):
        return "a number"
    return testing.describe(value)


def _misuse(function: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """What is wrong with a call of the instructor's ``function`` that raised, in the student's words."""
    params = _PARAMETERS[function]
    extra = [f"{k}=" for k in kwargs if k not in params]
    if len(args) > len(params):
        extra.append(f"{len(args)} arguments")
    if extra:  # the student's own version takes more than the task asks: the instructor's does not
        returns = f" and returns ({', '.join(_OUTPUTS[function])})" if function in _OUTPUTS else ""
        return (
            f"it called {function} with {extra[0]} (something your own {function} takes?); the instructor's "
            f"{function}, given in place of yours, takes only ({', '.join(params)}){returns}: {testing.LENT_CODE_RULE}"
        )
    bound = dict(zip(params, args, strict=False))
    bound.update({k: v for k, v in kwargs.items() if k in params})
    names = {p: _WATCH.names(v) for p, v in bound.items()}
    call = f"{function}({', '.join(f'{p}={_shown(bound[p], names[p])}' for p in params if p in bound)})"
    # 1. an argument that is something another parameter takes: the order
    misplaced = [
        p
        for p in bound
        if names[p]
        and not any(_base(n) in _BELONGS.get((function, p), ()) for n in names[p])
        and any(_base(n) in _BELONGS.get((function, q), ()) for n in names[p] for q in params if q != p)
    ]
    listy = {"weights", "biases", "y_layer", "df_layer", "dw_layer", "db_layer"}
    kinds = {p: "list" if p in listy else "number" if p == "eta" else "array" for p in params}
    wrong_kind = [
        p
        for p, v in bound.items()
        if (kinds[p] == "list") != isinstance(v, (list, tuple))
        or (kinds[p] == "number") != isinstance(v, (int, float, np.number))
    ]
    if misplaced or (len(wrong_kind) >= 2 and len(bound) > 1):
        return f"it called {call}: the arguments are in the wrong order; {_TAKES[function]}."
    if wrong_kind:
        p = wrong_kind[0]
        must = {"list": "a list", "number": "a number", "array": "an array"}[kinds[p]]
        return f"it called {call}: {p} must be {must}, not {_shown(bound[p], names[p])}; {_TAKES[function]}."
    # 2. the right kinds of argument, from the wrong layers
    if function == "forward_step":
        y_at = [0 if n == "y_in" else _index(n) for n in names.get("y", []) if n == "y_in" or n.startswith("y_layer")]
        w_at = [_index(n) for n in names.get("w", []) if n.startswith("weights")]
        b_at = [_index(n) for n in names.get("b", []) if n.startswith("biases")]
        if w_at and y_at and w_at[0] not in y_at:
            return (
                f"it called {call}: weights[{w_at[0]}] belongs to the layer whose input is y_layer[{w_at[0]}], the "
                f"values of the layer below it (the last ones computed, y_layer[-1]), not y_layer[{y_at[0]}]."
            )
        if w_at and b_at and w_at[0] != b_at[0]:
            return f"it called {call}: biases[{b_at[0]}] goes with weights[{b_at[0]}], not with weights[{w_at[0]}]."
    if function == "backward_step":
        w_at = [_index(n) for n in names.get("w", []) if n.startswith("weights")]
        df_at = [_index(n) for n in names.get("df", []) if n.startswith("df_layer")]
        if w_at == [0]:
            return (
                f"it called {call}: there is no layer below weights[0], only the input, so Delta is carried down "
                "only through weights[j] with j > 0 (an off-by-one in the loop over the layers?)."
            )
        if w_at and df_at and df_at[0] != w_at[0] - 1 and w_at[0] == _WATCH.last_w:
            # round 42: weights[-1] at every step down; the first step works, the second is blamed on df otherwise
            return (
                f"it called {call}: weights[{w_at[0]}] was already used by the step before this one. Each step down "
                f"carries Delta through the next layer's weights: weights[j] with df_layer[j - 1], j going down (is "
                f"weights[-1], or another fixed index, used at every step?)."
            )
        if w_at and df_at and df_at[0] != w_at[0] - 1:
            return (
                f"it called {call}: carrying Delta down through weights[{w_at[0]}] needs f'(z) of the layer below "
                f"it, df_layer[{w_at[0] - 1}] (df_layer[j - 1] with weights[j]), not df_layer[{df_at[0]}]."
            )
    # 3. only the shapes
    return f"it called {call}: these shapes do not fit together ({_FIT[function]})."


def guarded(function: str, reference: Callable[..., Any]) -> Callable[..., Any]:
    """The instructor's ``function`` for ``testing.references``, explaining the calls of it that fail.

    It behaves exactly as ``reference``; when ``reference`` raises, what the call passed (by the names the
    running check gave its arrays) and why it does not fit is kept for the check's message. After a call that
    works, the arrays it returned are named too (``y_layer[j]``, ``dw_layer[j]``, ...).
    """

    def call(*args: Any, **kwargs: Any) -> Any:
        _WATCH.depth += 1
        try:
            result = reference(*args, **kwargs)
        except Exception:
            if _WATCH.depth == 1:  # the call the student's code made, not one the reference made
                try:
                    _WATCH.complaint = _misuse(function, args, kwargs)
                except Exception:  # noqa: BLE001  (an explanation that fails must not hide the error)
                    _WATCH.complaint = ""
            raise
        finally:
            _WATCH.depth -= 1
        if function in _OUTPUTS and isinstance(result, (list, tuple)):
            _WATCH.add(**{n: r for n, r in zip(_OUTPUTS[function], result, strict=False) if n != "y_out"})
        if function == "backward_step" and _WATCH.depth == 0:
            w = args[1] if len(args) > 1 else kwargs.get("w")
            at = [_index(n) for n in _WATCH.names(w) if n.startswith("weights")]
            _WATCH.last_w = at[0] if at else None
        return result

    call.__name__ = call.__qualname__ = function
    call.__doc__ = reference.__doc__
    call.__wrapped__ = reference  # type: ignore[attr-defined]  # inspect.signature gives its parameters
    return call


def _broadcast_story(first: str, second: str) -> str:
    """What numpy's "could not be broadcast together with shapes (4,2) (2,1)" means: a column of the rows' width
    (a bias made a column, Part 1's layout) is named; otherwise shapes that do not fit."""
    shapes = [tuple(int(k) for k in re.findall(r"\d+", text)) for text in (first, second)]
    for rows, column in (shapes, shapes[::-1]):
        if len(rows) == 2 and len(column) == 2 and column[1] == 1 and column[0] == rows[1] != rows[0]:
            return (
                f"arrays of shapes {first} and {second} do not fit together: ({column[0]}, 1) is a column, as a "
                "bias is in Part 1 (b[:, None]); in Part 2 the samples are rows, z = y w + b with b of shape "
                f"({column[0]},) added to every row."
            )
    for made, other in (shapes, shapes[::-1]):
        if len(made) == 3 and len(other) == 2 and made[0] == 1:  # round 63: y_layer += y on a list [y_in]
            return (
                f"arrays of shapes {first} and {second} do not fit together: {first} is what numpy makes of a list "
                f"holding one array of shape {made[1:]}. A list combined with an array in arithmetic (list += array, "
                "list + array) becomes an array, and the array is added to it entry by entry: add to a list with "
                "list.append(array)."
            )
    return (
        f"arrays of shapes {first} and {second} do not fit together in an element-wise operation (a missing or "
        "extra transpose, or an array of another layer?)."
    )


# What an exception of the student's own code says went wrong: (type name, pattern, story from the match). The
# student's code may raise any message (made from a hidden check's data, too): a group that a story quotes matches
# only a short number, a shape of such numbers, an operator, or a name that testing.shown_name lets through.
_SIZE = r"\d{1,4}"
_SHAPE = rf"(\((?:{_SIZE}, ?)*(?:{_SIZE})?\))"
_CRASHES: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    (
        "ValueError",
        rf"operands could not be broadcast together with shapes {_SHAPE} {_SHAPE}",
        lambda m: _broadcast_story(m[1], m[2]),
    ),
    (
        "ValueError",
        rf"matmul: Input operand \d has a mismatch in its core dimension \d.*?"
        rf"\(size ({_SIZE}) is different from ({_SIZE})\)",
        lambda m: (
            f"a matrix product whose inner sizes differ ({m[1]} and {m[2]}): the shapes do not fit (a "
            "missing or extra transpose, or an array of another layer?)."
        ),
    ),
    (
        "ValueError",
        rf"non-broadcastable output operand with shape {_SHAPE} doesn't match the broadcast shape {_SHAPE}",
        lambda m: (
            f"an in-place update (-=, +=) of an array of shape {m[1]} with one of shape {m[2]}: the shapes do not "
            "fit (the gradient of another parameter, or lists zipped in the wrong order?)."
        ),
    ),
    (
        "ValueError",
        rf"shapes {_SHAPE} and {_SHAPE} not aligned",
        lambda m: (
            f"a product of two 1-D arrays of shapes {m[1]} and {m[2]}: np.dot of 1-D arrays is their inner product, "
            "which needs equal lengths; for the outer product (one row per entry of the first) use np.outer, or "
            "keep the arrays 2-D (a column times a row)."
            if m[1].count(",") == 1 and m[1].endswith(",)") and m[2].endswith(",)")
            else f"a matrix product of shapes {m[1]} and {m[2]}, which do not fit (a missing or extra transpose, or "
            "the weights of another layer?)."
        ),
    ),
    (
        "TypeError",
        r"only integer scalar arrays can be converted to a scalar index",
        lambda m: (
            "an array is used where a list index is expected (list.insert(index, value) takes the position "
            "first, then the entry)."
        ),
    ),
    (
        "TypeError",
        r"'NoneType' object is not (subscriptable|iterable)",
        lambda m: "a value it uses is None: does every function it calls return its result?",
    ),
    (
        "TypeError",
        r"unsupported operand type\(s\) for (\*\* or pow\(\)|[-+*/@%&|^<>=!~]{1,3}): '([\w.]+)' and '([\w.]+)'",
        lambda m: (
            f"the operator {m[1].strip()} is applied to {_type_words(m[2])} and {_type_words(m[3])}: a list, None "
            "or an object where an array is expected (the arguments in the wrong order?)."
        ),
    ),
    (
        "TypeError",
        r"bad operand type for unary ([-+~]): '([\w.]+)'",
        lambda m: (
            f"the unary {m[1]} is applied to {_type_words(m[2])}, which is not a number or an array (a sign slip "
            "on an object?)."
        ),
    ),
    (
        "AttributeError",
        r"'([\w.]+)' object has no attribute '(\w+)'",
        lambda m: (
            f"it reads the attribute {testing.shown_name(m[2])} of None: a value that is None where an object is "
            "expected. A method that changes its object in place returns nothing: SigmoidMLP.train returns None (the "
            "instructor's, given in place of yours when graded, too), so keep the network, do not write "
            "mlp = mlp.train(...)."
            if m[1] == "NoneType"
            else f"it reads the attribute {testing.shown_name(m[2])} of {_type_words(m[1])}, which has none: an object "
            "where another is expected (lists zipped in the wrong order?), or a misspelt attribute name."
        ),
    ),
    (
        "IndexError",
        r"list (?:assignment )?index out of range",
        lambda m: (
            "a list index is out of range: is an index off by one in a loop over the layers, or a list shorter "
            "than the loop expects?"
        ),
    ),
    (
        "IndexError",
        rf"index (-?{_SIZE}) is out of bounds for axis ({_SIZE}) with size ({_SIZE})",
        lambda m: (
            f"the index {m[1]} is out of range for axis {m[2]}, of size {m[3]} (an index off by one, or the other "
            "axis?)."
        ),
    ),
)


def _type_words(name: str) -> str:
    """A type named in an error message, as the student knows it."""
    words = {
        "numpy.ndarray": "a numpy array",
        "ndarray": "a numpy array",
        "list": "a list",
        "tuple": "a tuple",
        "NoneType": "None",
        "float": "a number",
        "int": "a number",
        "TesterObject": "an object of the instructor's code (a network or a layer)",
    }
    return words.get(name, testing.an_object(testing.shown_name(name)))


def _crash_story(e: BaseException) -> str:
    """Why the student's code raised ``e`` (a cause in the course's words, never its message), or ''."""
    kind = getattr(e, "type_name", type(e).__name__)
    text = getattr(e, "message", None)
    text = str(e) if text is None else str(text)
    for name, pattern, story in _CRASHES:
        if name == kind:
            m = re.search(pattern, text, re.DOTALL)
            if m:
                return story(m)
    return ""


class _Calling:
    """``with _Calling(label, **named):`` around a call of the student's code: its errors, explained.

    ``named`` arrays (lists too: name[j]) are what the guarded references may recognise in a call. An
    exception of the student's code becomes an ``AssertionError`` naming ``label`` and the cause, when the
    cause is known (a guarded reference's complaint, or a recognised error); any other passes unchanged.
    """

    def __init__(self, label: str, hint: str = "", **named: Any) -> None:
        self.label, self.hint, self.named = label, hint, named

    def __enter__(self) -> _Calling:
        _WATCH.start(**self.named)
        return self

    def __exit__(self, kind: Any, e: BaseException | None, tb: Any) -> bool:
        complaint, _WATCH.complaint = _WATCH.complaint, ""
        if e is None or isinstance(e, AssertionError) or not isinstance(e, Exception):
            return False
        hint = f" {self.hint}" if self.hint else ""
        if complaint:
            raise AssertionError(f"{self.label} failed: {complaint}{hint}") from e
        lent = testing.lent_attribute_story(e)
        if lent:
            raise AssertionError(f"{self.label} raised AttributeError: {lent}") from e
        story = _crash_story(e)
        if not story:
            return False
        name = getattr(e, "type_name", type(e).__name__)
        raise AssertionError(f"{self.label} raised {name}: {story}{hint}") from e


# -- a network in the rows layout, its cost, and the bugs of a backward pass -------------------------


class _Net:
    """A sigmoid network in the rows layout (Part 2's) with its batch-averaged cost.

    ``cost`` is ``"quadratic"`` (C = 1/(2N) sum ||y_out - t||^2) or ``"cross_entropy"`` (Part 1's).
    Part 1's networks are checked here transposed; :func:`_check_layers` transposes back.
    """

    def __init__(
        self, weights: list[np.ndarray], biases: list[np.ndarray], y_in: np.ndarray, target: np.ndarray, cost: str
    ) -> None:
        self.weights = [np.array(w, dtype=float) for w in weights]
        self.biases = [np.array(b, dtype=float) for b in biases]
        self.y_in = np.array(y_in, dtype=float)
        self.target = np.array(target, dtype=float)
        self.cost_kind = cost
        self.n, self.n_layers = self.y_in.shape[0], len(self.weights)
        self.ys, self.zs = [self.y_in], []  # what enters each layer (and the output last); pre-activations
        self._dz: dict[int, np.ndarray] = {}  # dz(j), once computed
        for w, b in zip(self.weights, self.biases, strict=True):
            self.zs.append(self.ys[-1] @ w + b)
            self.ys.append(sigmoid(self.zs[-1]))

    def cost_of(self, y_out: np.ndarray) -> Any:
        t = self.target
        if self.cost_kind == "quadratic":
            return np.sum((y_out - t) ** 2) / (2 * self.n)
        return -np.sum(t * np.log(y_out) + (1 - t) * np.log(1 - y_out)) / self.n

    def cost_from(self, j: int, z: np.ndarray) -> Any:
        """C as a function of the pre-activations z of layer j (weights[j]), in extended precision.

        numpy's longdouble (80-bit on x86-64) makes the finite differences below accurate to ~1e-13 instead
        of ~1e-10, so that the tiny gradients of deep, saturated layers are checked as reliably as the rest.
        """
        z = np.asarray(z, dtype=np.longdouble)
        for w, b in zip(self.weights[j + 1 :], self.biases[j + 1 :], strict=True):
            z = sigmoid(z) @ w.astype(np.longdouble) + b.astype(np.longdouble)
        if self.cost_kind == "quadratic":
            return self.cost_of(sigmoid(z))
        # the cross-entropy from the output's pre-activations: log y = -log(1 + e^-z), log(1 - y) = -log(1 + e^z),
        # which keep their digits where y is within 1e-15 of 0 or 1 (session 42: after a step at a learning rate of
        # 15, log(1 - y) of a saturated output lost them even in longdouble, and the finite differences a correct
        # train was checked against were 1e-3 off)
        t = self.target
        return np.sum(t * np.logaddexp(0, -z) + (1 - t) * np.logaddexp(0, z)) / self.n

    def cost(self) -> float:
        return float(self._cost())

    def _cost(self) -> Any:
        y_in, w, b = (x.astype(np.longdouble) for x in (self.y_in, self.weights[0], self.biases[0]))
        return self.cost_from(0, y_in @ w + b)

    def numeric(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """dC/dw and dC/db of every layer by central differences (of C minus its value here: no float64 rounding)."""
        c0 = self._cost()

        def f(_: Any) -> float:
            return float(self._cost() - c0)

        return (
            [gradcheck.numerical_gradient(f, w) for w in self.weights],
            [gradcheck.numerical_gradient(f, b) for b in self.biases],
        )

    def dz(self, j: int) -> np.ndarray:
        """dC/dz of layer j by central differences, one row per sample (computed once per layer: a wrong layer's
        stories ask for it for its weights and its biases; a copy each time)."""
        if j not in self._dz:
            c0 = self.cost_from(j, self.zs[j])
            self._dz[j] = gradcheck.numerical_gradient(lambda z: float(self.cost_from(j, z) - c0), self.zs[j].copy())
        return self._dz[j].copy()

    def bugs(self, j: int, words: dict[str, str]) -> dict[str, np.ndarray]:
        """{story: dC/dz of layer j as that bug computes it}, assuming the layers above are right."""
        dz, a = self.dz(j), self.ys[j + 1]
        s, fa = a * (1 - a), sigmoid(a)
        s_at_a = fa * (1 - fa)
        n, t = self.n, self.target
        if j == self.n_layers - 1:
            # the output error y_out - y_target written wrong (times f'(z_out) for the quadratic cost)
            scale = s / n if self.cost_kind == "quadratic" else 1 / n
            errors = {words["no_y_out"]: -t, words["no_target"]: a, words["plus_t_out"]: a + t}
            if self.cost_kind == "quadratic":
                errors[words["no_error_out"]] = np.ones_like(a)
            if self.y_in.shape == a.shape:
                errors[words["input_out"]] = self.y_in - t
            out = {story: e * scale for story, e in errors.items()}
            if self.cost_kind == "cross_entropy":
                out[words["extra_out"]] = dz * s
                return out
            out.update(
                {
                    words["missing_out"]: dz / s,
                    words["extra_out"]: dz * s,
                    words["at_a_out"]: dz * s_at_a / s,
                    words["divided_out"]: dz / s**2,
                }
            )
            for i in range(self.n_layers - 1):  # the f'(z) of another layer of the same width at the output
                if self.ys[i + 1].shape == a.shape:
                    out[words["other_df_out"].format(i=i)] = dz / s * self.ys[i + 1] * (1 - self.ys[i + 1])
            out.update({words["slip_out"].format(slip=story): dz / s * g for story, g in _slips(a, "f").items()})
            return out
        out = {
            words["at_a"]: dz * s_at_a / s,
            words["extra"]: dz * s,
            words["missing"]: dz / s,
            words["missing_1_a"]: dz / (1 - a),
            words["missing_a"]: dz / a,
            words["no_back"]: s / n,
        }
        out.update({words["slip"].format(slip=story): dz / s * g for story, g in _slips(a, words["f"]).items()})
        up, w = self.dz(j + 1), self.weights[j + 1]  # Delta of the layer above, and the weights it comes through
        if up.shape == dz.shape:
            out[words["not_carried"]] = up
        if w.shape[0] == w.shape[1]:
            out[words["not_transposed"]] = (up @ w) * s
        for i in range(self.n_layers):  # the f'(z) of another layer of the same width
            if i != j and self.ys[i + 1].shape == a.shape:
                out[words["other_df"].format(i=i)] = dz / s * self.ys[i + 1] * (1 - self.ys[i + 1])
        return {story.replace("[j]", f"[{j}]").replace("[j + 1]", f"[{j + 1}]"): v for story, v in out.items()}


_PART1_WORDS = {
    "f": "a",
    "no_y_out": "delta^L lacks the output a^L: it is -t; with the cross-entropy, delta^L = a^L - t.",
    "no_target": "the target is not subtracted at the output: delta^L = a^L - t, not a^L.",
    "input_out": "delta^L uses the input x (the first activation) instead of the output a^L: delta^L = a^L - t.",
    "no_back": "delta^m is only a^m(1 - a^m): the factor (W^(m+1))^T delta^(m+1) from the layer above is missing; "
    "delta^m = (W^(m+1))^T delta^(m+1) * a^m(1 - a^m).",
    "slip": "the sigmoid derivative a(1 - a) is written wrong when delta is carried down: {slip}",
    "not_carried": "delta is not carried down: the delta of the layer above is used again; delta^m = "
    "(W^(m+1))^T delta^(m+1) * a^m(1 - a^m).",
    "not_transposed": "delta is carried down with W^(m+1) instead of its transpose: delta^m = (W^(m+1))^T "
    "delta^(m+1) * a^m(1 - a^m).",
    "other_df": "delta is carried down with a(1 - a) of another layer (layers[{i}]): use the activations of the "
    "layer it is carried down to.",
    "extra_out": "an extra factor a(1 - a) at the output: with sigmoid outputs and the cross-entropy, "
    "delta^L = a^L - t (the sigmoid derivative cancels; (a - t) a(1 - a) belongs to the quadratic cost).",
    "plus_t_out": "delta^L = a^L + t: a sign slip; with the cross-entropy, delta^L = a^L - t.",
    "missing_1_a": "the factor (1 - a) of the sigmoid derivative is missing: sigma'(z) = a(1 - a).",
    "missing_a": "the factor a of the sigmoid derivative is missing: sigma'(z) = a(1 - a).",
    "at_a": "the sigmoid derivative is taken at the activation a = sigma(z) instead of at the pre-activation z: "
    "sigma'(a) is not sigma'(z); with the a of the forward pass, sigma'(z) = a(1 - a).",
    "extra": "an extra factor a(1 - a): the sigmoid derivative is applied twice when delta is carried down "
    "(delta^m = (W^T delta^(m+1)) * a^m(1 - a^m), once).",
    "missing": "the sigmoid derivative is missing when delta is carried down: delta^m = (W^T delta^(m+1)) * "
    "a^m(1 - a^m); without a(1 - a) it is the gradient with respect to the activation a, not the pre-activation z.",
}
_PART2_WORDS = {
    "f": "f",
    "no_y_out": "the output Delta lacks y_out: it is -y_target * f'(z_out); Delta = (y_out - y_target) * df_layer[-1].",
    "no_target": "y_target is not subtracted at the output: Delta = (y_out - y_target) * df_layer[-1], not "
    "y_out * df_layer[-1].",
    "no_error_out": "the output Delta is df_layer[-1] alone: the error (y_out - y_target) is missing; Delta = "
    "(y_out - y_target) * df_layer[-1].",
    "plus_t_out": "y_target is added at the output (a sign slip): Delta = (y_out - y_target) * df_layer[-1].",
    "input_out": "the output Delta uses y_layer[0], the input, instead of y_out = y_layer[-1]: Delta = "
    "(y_out - y_target) * df_layer[-1].",
    "slip_out": "f'(z_out) is written wrong at the output: {slip} df_layer[-1] already holds f'(z_out).",
    "no_back": "the lower layer's Delta is only its f'(z): the factor Delta w^T from the layer above is missing; "
    "Delta_lower = (Delta w^T) * df_layer[j].",
    "slip": "the lower layer's f'(z) is written wrong: {slip} df_layer[j] already holds f'(z).",
    "not_carried": "Delta is not carried down: the Delta of the layer above is used again; Delta_lower = "
    "backward_step(Delta, weights[j + 1], df_layer[j]).",
    "not_transposed": "Delta is carried down with w instead of its transpose: Delta_lower = (Delta w^T) * df_layer[j].",
    "other_df": "Delta is carried down with df_layer[{i}], the derivative of another layer: Delta_lower = "
    "backward_step(Delta, weights[j + 1], df_layer[j]).",
    "missing_out": "the output Delta lacks f'(z_out): with the quadratic cost, Delta = (y_out - y_target) * "
    "df_layer[-1] (y_out - y_target alone is the start for Part 1's cross-entropy).",
    "extra_out": "an extra factor f'(z_out) at the output: Delta = (y_out - y_target) * df_layer[-1], with "
    "df_layer[-1] once.",
    "at_a_out": "f'(z_out) is taken at the activation y_out = sigma(z_out) instead of at the pre-activation "
    "z_out: df_layer[-1] already holds f'(z_out) = y_out (1 - y_out).",
    "divided_out": "the output Delta divides by f'(z_out) instead of multiplying: Delta = (y_out - y_target) * "
    "df_layer[-1].",
    "other_df_out": "the output Delta uses df_layer[{i}], the derivative of another layer: the output layer's "
    "is df_layer[-1].",
    "at_a": "the derivative is taken at the activation sigma(z) instead of at the pre-activation z: df_layer "
    "already holds f'(z) of every layer.",
    "extra": "an extra factor f'(z): the lower layer's df is applied twice (backward_step already multiplies by it).",
    "missing": "the lower layer's f'(z) is missing: Delta_lower = (Delta w^T) * df_layer[j].",
    "missing_1_a": "the factor (1 - f) of f'(z) = f (1 - f) is missing: use df_layer[j], which holds f'(z).",
    "missing_a": "the factor f of f'(z) = f (1 - f) is missing: use df_layer[j], which holds f'(z).",
}


# The batch size of the visible checks of SigmoidMLP.gradients, backprop and train_net (the notebook's test cells):
# a factor (hidden batch) / VISIBLE_BATCH in a hidden check is this size hard-coded.
VISIBLE_BATCH = 5


def _check_layers(
    label: str, got_w: list[Any], got_b: list[Any], net: _Net, part: int, exact: tuple[list[Any], list[Any]] | None
) -> None:
    """Check every layer's weight and bias gradient, from the output layer down.

    ``part`` 1: the student's layout is Part 1's (W = w^T, b a column); 2: Part 2's. ``exact``: the
    reference gradients in the student's layout (hidden tests).
    """
    if part == 1:

        def to_w(g: np.ndarray) -> np.ndarray:
            return g.T

        def to_b(g: np.ndarray) -> np.ndarray:
            return g[:, None]

        words, n_sym = _PART1_WORDS, "B"
        names = ("weight_gradients[{j}] (dC/dW of layers[{j}])", "bias_gradients[{j}] (dC/db of layers[{j}])")
    else:

        def to_w(g: np.ndarray) -> np.ndarray:
            return g

        to_b = to_w
        words, n_sym = _PART2_WORDS, "N"
        names = ("dw_layer[{j}]", "db_layer[{j}]")
    if exact is not None and _agree_with_exact(label, got_w, got_b, exact, names, part):
        return  # every layer right: no finite differences needed (they only diagnose a wrong one)
    n = net.n
    num_w, num_b = net.numeric()
    scale = max(float(np.max(np.abs(g), initial=0.0)) for g in [*num_w, *num_b])  # for float32 answers (_check)
    _not_reversed(label, names[0].split("[")[0], got_w, [to_w(g) for g in num_w])
    shapes_w, shapes_b = [np.shape(to_w(g)) for g in num_w], [np.shape(to_b(g)) for g in num_b]
    if shapes_w != shapes_b and [np.shape(g) for g in got_w] == shapes_b and [np.shape(g) for g in got_b] == shapes_w:
        first, second = (x.split("[")[0] for x in names)  # round 79: told only "wrong shape (2, 1)"
        raise AssertionError(
            f"{label}: the pair is in another order: {first} holds arrays of the biases' shapes and {second} of the "
            f"weights': it returns ({first}, {second}), the weights' gradients first."
        )
    right: list[int] = []
    widths_of: dict[int, list[str]] = {}  # the network's widths by size: inputs and outputs may be as many
    for d, what in ((net.y_in.shape[1], "inputs"), (net.target.shape[1], "outputs")):
        widths_of.setdefault(d, []).append(what)
    wrong_axis = {  # divided by a width instead of the batch size: the other axis of a shape
        f"{n}/{d} = {n_sym}/{d}: divided by the number of {' or of '.join(what)} ({d}) instead of by the batch size "
        f"{n_sym} = {n} (the other axis of a shape?).": n / d
        for d, what in widths_of.items()
        if d not in (n, VISIBLE_BATCH)
    }
    outputs = net.target.shape[1]
    if outputs > 1:  # round 57: N = y_target.size, the batch size times the outputs
        square = " (Or the factor 2 from differentiating a square is missing.)" if outputs == 2 else ""
        wrong_axis.setdefault(
            f"1/{outputs}: divided by {n_sym} x {outputs}, the size of the targets (y_target.size: the batch size "
            f"times the {outputs} outputs), instead of by the batch size {n_sym} = {n}: take {n_sym} from the batch "
            f"axis of the shape, not from .size.{square}",
            1 / outputs,
        )
    widths = widths_of.get(VISIBLE_BATCH, [])
    if widths and n != VISIBLE_BATCH:  # N/5 here is either mistake: name both
        wrong_axis[
            f"{n}/{VISIBLE_BATCH} = {n_sym}/{VISIBLE_BATCH}: the batch size {VISIBLE_BATCH} of the visible test is "
            f"hard-coded, or divided by the number of {' or of '.join(widths)} ({VISIBLE_BATCH} here too) instead of "
            f"by the batch size {n_sym} = {n}: take {n_sym} from the batch axis of the arrays' shape."
        ] = n / VISIBLE_BATCH
    alone: dict[int, tuple[list[np.ndarray], list[np.ndarray]]] = {}  # sample t's own gradients, made on demand

    def sample_alone(t: int) -> tuple[list[np.ndarray], list[np.ndarray]]:
        if t not in alone:
            rows = slice(t, t + 1) if t >= 0 else slice(t, None)
            alone[t] = _Net(net.weights, net.biases, net.y_in[rows], net.target[rows], net.cost_kind).numeric()
        return alone[t]

    # what the diagnosis of every layer's gradients knows (the checks, and the same slip named in the layers below)
    diagnosis = {
        "batch_size": n,
        "factors": wrong_axis,
        "dims": {"batch size": n},
        "visible_dims": {"batch size": VISIBLE_BATCH},
    }
    with gradcheck.one_answer():  # one backward pass: judged together for estimates
        for j in reversed(range(net.n_layers)):
            hint = _carry_hint(part, j, right)
            layer = [(0, got_w[j], num_w[j], to_w, names[0]), (1, got_b[j], num_b[j], to_b, names[1])]

            def likely(j: int, k: int) -> dict[str, np.ndarray]:  # called with this layer's j (partial)
                numeric, to = (num_w[j], to_w) if k == 0 else (num_b[j], to_b)
                grad = (lambda d: net.ys[j].T @ d) if k == 0 else (lambda d: d.sum(axis=0))
                out = {story: to(grad(d)) for story, d in net.bugs(j, words).items()}
                if k == 0:  # round 56: code written for one hidden layer takes the activations of another layer
                    dz = net.dz(j)
                    for i, y in enumerate(net.ys[:-1]):
                        if i != j and y.shape == net.ys[j].shape:
                            source = "the inputs x" if i == 0 else f"the activations of layers[{i - 1}]"
                            feeding = "the inputs x" if j == 0 else f"the activations of layers[{j - 1}]"
                            out[
                                f"it is built from {source}, not from what enters layers[{j}] ({feeding}): "
                                "is the layer's index fixed in the code (written for one depth of network)?"
                            ] = to(y.T @ dz)
                if n > 1:
                    out[
                        f"it is {n_sym} = {n} times the true gradient: the gradient of the sum over the {n} "
                        f"samples, but C is their mean; divide by {n_sym} (or average over the samples)."
                    ] = to(n * numeric)
                    for which, t in (("first", 0), ("last", -1)):
                        one = sample_alone(t)[k][j]
                        story = (
                            f"it is the gradient of the {which} sample alone{{}}: C averages over all {n} samples, "
                            "so its gradient is the mean of the samples' gradients. A loop over the samples must "
                            "add each one's term (+=, not =); or use one matrix product over the batch."
                        )
                        out[story.format("")] = to(one)
                        out[story.format(f", divided by {n_sym} = {n}")] = to(one / n)
                return out

            if _named_by_bias_only(layer, partial(likely, j)):  # two bugs (round 30): the bias names one
                layer.reverse()
            for at, (k, got, numeric, to, name) in enumerate(layer):
                name = name.format(j=j)
                # a gradient off by a constant factor (a sum for the mean) is this layer's own formula: the
                # layers above being right says nothing about the carry then
                carry = "" if _constant_multiple(got, to(numeric)) else hint
                try:
                    _check(
                        f"{label}: {name}",
                        got,
                        to(numeric),
                        partial(likely, j, k),
                        **diagnosis,
                        hint=carry,
                        exact=None if exact is None else np.asarray(exact[k][j], dtype=float),
                        scale=scale,
                    )
                except gradcheck.GradientCheckError as e:
                    later = [(j, k2, g) for k2, g, *_ in layer[at + 1 :]]  # then the layers below
                    later += [(i, k2, (got_w, got_b)[k2][i]) for i in reversed(range(j)) for k2 in (0, 1)]
                    raise gradcheck.naming_same_slip(  # round 83: a batch average missing everywhere, told once
                        e,
                        {
                            names[k2].format(j=i): partial(
                                gradcheck.diagnose,
                                g,
                                (to_w, to_b)[k2]((num_w, num_b)[k2][i]),
                                **diagnosis,
                                likely_bugs=partial(likely, i, k2),
                                tol=_tol(g),
                            )
                            for i, k2, g in later
                        },
                    ) from None
            right.append(j)


def _carry_hint(part: int, j: int, right: list[int]) -> str:
    """Where to look when layer ``j`` is wrong and the layers ``right`` above it are right (``part`` 1 or 2)."""
    if right and part == 1:
        return (
            f"The gradients of layers {right} are right, so look at how delta is carried down from "
            f"layers[{j + 1}] to layers[{j}]: W^T delta with the W of layers[{j + 1}], times a(1 - a) of "
            f"layers[{j}]."
        )
    if right:
        return (
            f"The gradients of layers {right} (indices of weights) are right, so look at how Delta is "
            f"carried down to layer {j}: backward_step(Delta, weights[{j + 1}], df_layer[{j}])."
        )
    return ""


def _within_float32_rounding(got: Any, reference: Any, scale: float) -> bool:
    """Whether ``got`` is a float32 answer (it holds float32 numbers, or the code that made it was seen computing with
    them: a float64 result of float32 activations) of ``reference``'s shape, finite, every entry within float32
    rounding of the network's largest gradient ``scale`` (``gradcheck.FLOAT32_ROUNDING`` x scale). Round 121's
    reseeded sweep: a layer behind one saturated unit, off by 7e-3 of its own tiny gradient, 1e-9 of the largest."""
    if not (gradcheck.holds_float32(got) or gradcheck.seen_computing_in_float32()):
        return False
    try:
        a, r = np.asarray(got, dtype=np.float64), np.asarray(reference, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    return (
        a.shape == r.shape
        and bool(np.all(np.isfinite(a)))
        and float(np.max(np.abs(a - r), initial=0.0)) <= gradcheck.FLOAT32_ROUNDING * scale
    )


def _agree_with_exact(
    label: str,
    got_w: list[Any],
    got_b: list[Any],
    exact: tuple[list[Any], list[Any]],
    names: tuple[str, str],
    part: int,
) -> bool:
    """Whether every layer's gradients agree with the reference's (``exact``, in the student's layout): then they
    pass as :func:`_check_layers` would pass them, the estimate judged the same way (:func:`gradcheck.check_gradient`
    with ``exact``, inside one :func:`gradcheck.one_answer`), and no finite differences are computed. A float32 answer
    within float32 rounding of the network's largest gradient passes unjudged, as in :func:`_check`. False (nothing
    judged) when any layer does not agree: the full check then diagnoses it."""
    n_layers = len(got_w)
    pairs = [
        (names[k].format(j=j), got[j], np.asarray(exact[k][j], dtype=float), j)
        for j in reversed(range(n_layers))
        for k, got in ((0, got_w), (1, got_b))
    ]
    scale = max(float(np.max(np.abs(e), initial=0.0)) for _, _, e, _ in pairs)
    within_rounding = []
    for _, got, e, _ in pairs:
        within = _within_float32_rounding(got, e, scale)
        if not within and not gradcheck.agrees_with_exact(got, e, _tol(got)):
            return False
        within_rounding.append(within)

    def not_needed() -> np.ndarray:
        raise AssertionError("the finite differences of a gradient that agrees with the exact one")

    with gradcheck.one_answer():
        for (name, got, e, j), skip in zip(pairs, within_rounding, strict=True):
            if not skip:  # the hint _check_layers gives (a passing gradient is no constant multiple of the true one)
                hint = _carry_hint(part, j, list(range(n_layers - 1, j, -1)))
                gradcheck.check_gradient(f"{label}: {name}", got, not_needed, tol=_tol(got), exact=e, hint=hint)
    return True


def _named_by_bias_only(layer: list[tuple[Any, ...]], likely: Callable[[int], dict[str, np.ndarray]]) -> bool:
    """Whether a layer's weight gradient and bias gradient are both wrong, no known bug gives the weight gradient
    and one gives the bias gradient: two bugs at once (a Delta slip, and the weights' own formula), of which the
    bias names one. ``layer``: [(k, got, numeric, to, name)] for the weights (k = 0), then the bias; ``likely(k)``:
    {story: gradient} of that layer's known bugs."""
    (_, got_w, num_w, to_w, _), (_, got_b, num_b, to_b, _) = layer
    if _close(got_w, to_w(num_w)) or _close(got_b, to_b(num_b)):
        return False
    return not any(_close(got_w, v) for v in likely(0).values()) and any(_close(got_b, v) for v in likely(1).values())


def _close(got: Any, expected: np.ndarray, rtol: float = 1e-4, atol: float | None = None) -> bool:
    """``got`` has ``expected``'s shape and equals it to ``rtol``, and ``atol`` (default: 1e-6 of its largest entry);
    no message: for deciding which message to give."""
    try:
        arr = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    if arr.shape != np.shape(expected):
        return False
    if atol is None:
        atol = 1e-6 * max(float(np.max(np.abs(expected), initial=0.0)), 1e-12)
    return bool(np.allclose(arr, expected, rtol=rtol, atol=atol))


def _not_reversed(label: str, name: str, got: list[Any], expected: list[np.ndarray]) -> None:
    """Fail, naming it, when the list ``got`` holds the right gradients from the output layer down (never reversed)."""
    if len(expected) < 2 or len(got) != len(expected):
        return

    def same(a: Any, b: np.ndarray) -> bool:
        return _close(a, b, rtol=1e-3, atol=1e-9)

    if all(same(g, e) for g, e in zip(reversed(got), expected, strict=True)) and not same(got[0], expected[0]):
        raise AssertionError(
            f"{label}: {name} holds the right gradients in reverse order, the output layer's first: {name}[j] must "
            f"be the gradient of layer j, from the input up. A loop from the output layer down fills the list last "
            "layer first: write into [j], insert at 0, or reverse the list before returning it."
        )


def _constant_multiple(got: Any, expected: np.ndarray) -> bool:
    """Whether ``got`` is ``k * expected`` for one number k other than 1 (a factor bug, not a wrong direction)."""
    try:
        a = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    nn = float(np.vdot(expected, expected))
    if a.shape != expected.shape or nn == 0.0 or not np.all(np.isfinite(a)):
        return False
    k = float(np.vdot(a, expected)) / nn
    return abs(k - 1.0) > 1e-6 and bool(np.allclose(a, k * expected, rtol=1e-6, atol=1e-12))


# -- Part 1: the class, samples as columns --------------------------------------------------------


def _columns_net(widths: Sequence[int], batch_size: int, rng: np.random.Generator):
    """Part 1's layout of :func:`_rows_net`: W (outputs, inputs), b (outputs, 1), data (units, batch_size)."""
    weights, biases, y_in, target = _rows_net(widths, batch_size, rng)
    return [w.T.copy() for w in weights], [b[:, None].copy() for b in biases], y_in.T.copy(), target.T.copy()


def _rows_of(weights: list[np.ndarray], biases: list[np.ndarray], inputs: np.ndarray, targets: np.ndarray) -> _Net:
    """Part 1's network (columns) as a cross-entropy _Net (rows)."""
    return _Net([W.T for W in weights], [b[:, 0] for b in biases], inputs.T, targets.T, "cross_entropy")


def _build(SigmoidMLP: Any, widths: Sequence[int], weights: list[np.ndarray], biases: list[np.ndarray]) -> Any:
    """SigmoidMLP(widths) with the given parameters set in its layers."""
    mlp = SigmoidMLP(list(widths))
    layers = mlp.layers
    if len(layers) != len(weights):
        shared = ""
        if len(layers) > len(weights):  # round 60: layers = [] in the class body was told only the count
            try:
                again = len(SigmoidMLP(list(widths)).layers)
            except Exception:  # noqa: BLE001  (only a diagnosis)
                again = len(layers)
            if again > len(layers):
                shared = (
                    f" A second SigmoidMLP({list(widths)}) has {again}: every new network adds its layers to one list "
                    "shared by all SigmoidMLP objects (a list written in the class body, layers = [], or a default "
                    "argument). Create the list in __init__: self.layers = []."
                )
        raise AssertionError(
            f"SigmoidMLP({list(widths)}) has {len(layers)} layers, expected {len(weights)}: one Layer per pair of "
            f"widths.{shared}"
        )
    _set_parameters(mlp, weights, biases)
    return mlp


def _set_parameters(mlp: Any, weights: list[np.ndarray], biases: list[np.ndarray]) -> None:
    """Copies of ``weights`` and ``biases`` into ``mlp``'s layers."""
    for layer, W, b in zip(mlp.layers, weights, biases, strict=True):
        layer.weights = W.copy()
        layer.biases = b.copy()


def _parameters(mlp: Any, label: str) -> list[np.ndarray]:
    out = []
    try:
        layers = list(mlp.layers)
    except Exception:  # noqa: BLE001
        raise AssertionError(f"{label}: the network has no list of layers (mlp.layers)") from None
    for m, layer in enumerate(layers):
        for p in ("weights", "biases"):
            out.append(testing.as_array(f"{label}: layers[{m}].{p}", getattr(layer, p)).astype(float))
    return out


def _finite_at_saturated_outputs(label: str, wg: list[Any], bg: list[Any]) -> None:
    """With outputs near or at 0 and 1, every gradient must still be finite; NaN there is the output delta written
    through a (1 - a) (round 102: (a - t) / (a (1 - a)) * a (1 - a) was told only "NaN or inf ... division by
    zero?")."""
    for m, (w, b) in enumerate(zip(wg, bg, strict=False)):
        for name, g in ((f"weight_gradients[{m}]", w), (f"bias_gradients[{m}]", b)):
            try:
                g = np.asarray(g, dtype=float)
            except (TypeError, ValueError):  # not numbers: the checks after this one say what it is
                continue
            if not np.all(np.isfinite(g)):
                raise AssertionError(
                    f"{label}: {name} contains NaN or inf in {int(np.sum(~np.isfinite(g)))} of its {g.size} entries. "
                    "Where an output a is 0 or 1 in floats, a (1 - a) is 0: an output delta written through it, "
                    "dC/da = (a - t) / (a (1 - a)) times sigma'(z) = a (1 - a), is 0/0 = nan there. For the "
                    "cross-entropy with a sigmoid output the two cancel: compute the output delta as delta = a - t."
                )


def check_gradients(
    SigmoidMLP: Any,
    widths: Sequence[int] = (3, 4, 2),
    batch_size: int = 5,
    rng: int | np.random.Generator = 0,
    exact: Any = None,
    saturated: float = 0.0,
    far_hidden: float = 0.0,
    another_batch: bool = False,
    binary_targets: bool = False,
) -> None:
    """``SigmoidMLP(widths).gradients(inputs, targets)`` against finite differences of the cross-entropy.

    inputs (widths[0], batch_size), targets (widths[-1], batch_size); the layers' parameters are set
    by the check; ``saturated`` is added to the output units' biases, with alternating signs (8: outputs within
    about 1e-3 of 0 or 1); ``far_hidden`` to the first layer's, when it is a hidden layer (800: pre-activations
    where np.exp overflows, sigma'(z) = 0 in floats, and the output layer's own pre-activations as usual). Also
    checks that ``gradients`` changes neither the parameters nor its arguments.
    ``exact``: the instructor's class (hidden tests), whose ``gradients`` gives the exact gradients.
    ``another_batch``: also call it on the same network with a batch of ``batch_size + 2`` samples.
    ``binary_targets``: targets of 0s and 1s, as XOR's (the targets drawn otherwise lie strictly between 0 and 1).
    """
    rng = _rng(rng)
    weights, biases, inputs, targets = _columns_net(widths, batch_size, rng)
    label = f"SigmoidMLP({list(widths)}).gradients on a batch of {batch_size}"
    if binary_targets:
        targets = (targets > 0.5).astype(np.float64)
        label += " (targets of 0s and 1s)"
    if saturated:
        biases[-1] = biases[-1] + saturated * (-1.0) ** np.arange(biases[-1].shape[0])[:, None]
        label += " (outputs near 0 or 1)"
    if far_hidden and len(widths) > 2:
        biases[0] = biases[0] + far_hidden * (-1.0) ** np.arange(biases[0].shape[0])[:, None]
        label += f" (hidden pre-activations far from 0, |z| about {far_hidden:g}, where np.exp overflows)"
    # np.exp's overflow warnings there (1 / (1 + np.exp(-z)) is right): quiet, as plain nbgrader scores a test cell
    # that writes to stderr 0
    with np.errstate(all="ignore") if far_hidden else contextlib.nullcontext():
        _check_gradients(
            SigmoidMLP, widths, batch_size, exact, weights, biases, inputs, targets, label, saturated, another_batch
        )


def _check_gradients(
    SigmoidMLP: Any,
    widths: Sequence[int],
    batch_size: int,
    exact: Any,
    weights: list[np.ndarray],
    biases: list[np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    label: str,
    saturated: float = 0.0,
    another_batch: bool = False,
) -> None:
    """:func:`check_gradients` on the network it set up."""
    mlp = _build(SigmoidMLP, widths, weights, biases)
    x, t = inputs.copy(), targets.copy()
    with _Calling(label):
        result = mlp.gradients(x, t)
    _unchanged(
        label,
        {"inputs": (x, inputs), "targets": (t, targets)},
        "gradients must not change its arguments.",
        returned=result,
    )
    after = _parameters(mlp, label)
    before = [a for wb in zip(weights, biases, strict=True) for a in wb]
    assert len(after) == len(before), f"{label} changed the number of layers to {len(after) // 2}"
    changed = sorted({i // 2 for i, (p, q) in enumerate(zip(after, before, strict=True)) if not _same_data(p, q)})
    assert not changed, (
        f"{label} changed the parameters of layers {changed}: gradients must only compute the "
        "gradients and change nothing (train applies them)."
    )
    n = len(weights)
    wg, bg = _layer_gradients(label, result, n, _argument_counts(inputs, targets))
    if saturated:
        _finite_at_saturated_outputs(label, wg, bg)
    ref = None
    if exact is not None:
        ref_mlp = _build(exact, widths, weights, biases)
        ref = ref_mlp.gradients(inputs.copy(), targets.copy())
        _check_order(label, wg, ref[0])
    _check_layers(label, wg, bg, _rows_of(weights, biases, inputs, targets), 1, ref)
    # The same network once its parameters have changed (as train changes them), on the same batch: gradients
    # computes from what the network holds now (activations or gradients kept from an earlier call do not).
    weights2, biases2 = [w * 0.8 + 0.1 for w in weights], [b * 0.8 - 0.1 for b in biases]
    _set_parameters(mlp, weights2, biases2)
    label2 = f"{label}, called again once its parameters changed"
    with _Calling(label2):
        result2 = mlp.gradients(inputs.copy(), targets.copy())
    ref2 = None if exact is None else _build(exact, widths, weights2, biases2).gradients(inputs.copy(), targets.copy())
    _check_call_again(
        label2,
        result2,
        _rows_of(weights2, biases2, inputs, targets),
        ref2,
        "The first call on this network was right: does gradients keep something from an earlier call (the "
        "activations of a forward pass, gradients cached by the inputs or their shape, or gradients added up with += "
        "into arrays kept between calls, as PyTorch's .grad is)? Compute everything anew from the parameters the "
        "network holds at every call.",
    )
    # Once more with the batch as one object, the same at both calls (as train_mlp passes XOR_INPUTS): a forward pass
    # kept by the inputs' identity (inputs is self._last, id(inputs)) is right on the first call and stale after.
    same = testing.same_object(inputs.copy(), mlp), testing.same_object(targets.copy(), mlp)
    with _Calling(label2):
        mlp.gradients(*same)
    _set_parameters(mlp, weights, biases)
    label3 = f"{label}, called again on the same inputs object once its parameters changed"
    with _Calling(label3):
        result3 = mlp.gradients(*same)
    _check_call_again(
        label3,
        result3,
        _rows_of(weights, biases, inputs, targets),
        ref,
        "With a new copy of the same batch it was right: does gradients keep its forward pass (or results) by the "
        "inputs object itself (inputs is self.last_inputs, id(inputs))? The same array can come back after the "
        "parameters changed, as in training: compute the forward pass at every call.",
    )
    if not another_batch:
        return
    # a batch of another size on the same network, as a notebook may call it on one sample after training on four
    # (round 104: the batch size taken at the first call and kept on the network kept the points)
    more = batch_size + 2
    _, _, inputs4, targets4 = _columns_net(widths, more, np.random.default_rng(more))
    label4 = f"{label}, called again on a batch of {more}"
    with _Calling(label4):
        result4 = mlp.gradients(inputs4.copy(), targets4.copy())
    ref4 = None if exact is None else ref_mlp.gradients(inputs4.copy(), targets4.copy())
    _check_call_again(
        label4,
        result4,
        _rows_of(weights, biases, inputs4, targets4),
        ref4,
        f"On a batch of {batch_size} it was right: does gradients keep the batch size N (or anything else) from an "
        "earlier call? Take N from the inputs at every call.",
    )


def _check_order(label: str, got: Sequence[Any], true: Sequence[Any]) -> None:
    """Fail, naming the order, when the weight gradients ``got`` are the true ones (``true``, layer by layer) in
    another order (round 110: a list built from the output down whose two ends were swapped, right for two or three
    layers, was told "a row where a column belongs" and asked about squeezes)."""
    try:
        got_arrays = [np.asarray(g, dtype=np.float64) for g in got]
        true_arrays = [np.asarray(t, dtype=np.float64) for t in true]
    except (TypeError, ValueError):
        return
    if len(got_arrays) != len(true_arrays):
        return
    where = []
    for g in got_arrays:
        match = [
            j for j, t in enumerate(true_arrays) if g.shape == t.shape and np.allclose(g, t, rtol=1e-6, atol=1e-12)
        ]
        if not match:
            return
        where.append(match)
    if all(i in m for i, m in enumerate(where)):
        return
    order = [m[0] for m in where]
    if sorted(order) != list(range(len(order))):
        return
    moved = ", ".join(f"weight_gradients[{i}] is layers[{j}]'s" for i, j in enumerate(order) if i != j)
    raise AssertionError(
        f"{label}: every gradient is right, but in another place: {moved}. The lists go in the order of "
        "self.layers, layers[0] first. A backward pass that appends from the output layer down builds them in reverse: "
        "reverse the whole lists at the end (weight_gradients[::-1]), or fill them by index, weight_gradients[m] = "
        "...; swapping their two ends is right for two or three layers only."
    )


def _check_call_again(label: str, result: Any, net: _Net, ref: Any, why: str) -> None:
    """:func:`_check_layers` on the result of a later call of ``gradients``; a failure is followed by ``why``."""
    try:
        wg, bg = _layer_gradients(label, result, net.n_layers)
        _check_layers(label, wg, bg, net, 1, ref)
    except AssertionError as e:
        raise AssertionError(f"{e} {why}") from None


class NumericalGradients:
    """A stand-in for ``SigmoidMLP.gradients``, by finite differences (no answer in it).

    :func:`check_train` puts it on the network it tests (``mlp.gradients = ...``), so ``train`` is graded
    with gradients that are right whatever the student's ``gradients`` does. Given ``network`` (that network),
    it computes them at the parameters the network holds when it is called, as a real ``gradients`` does, and
    notes in ``moved`` whether they had changed since ``weights``, ``biases`` (a ``train`` that asks again after
    moving some layers); without, at ``weights``, ``biases``.
    """

    def __init__(self, weights: list[np.ndarray], biases: list[np.ndarray], network: Any = None) -> None:
        self._weights = [w.copy() for w in weights]  # private: the notebook cannot read or set them
        self._biases = [b.copy() for b in biases]
        self._network = network
        self._calls = 0
        self.moved = False  # called once the network's parameters differed from weights, biases

    def _current(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The network's parameters now (the stored ones when they cannot be read or have other shapes)."""
        if self._network is None:
            return self._weights, self._biases
        try:
            now = _parameters(self._network, "the network")
        except Exception:  # noqa: BLE001  (train's own bug, found by the check after it)
            return self._weights, self._biases
        stored = [a for pair in zip(self._weights, self._biases, strict=True) for a in pair]
        if [p.shape for p in now] != [p.shape for p in stored]:
            return self._weights, self._biases
        self.moved = self.moved or not all(np.array_equal(p, q) for p, q in zip(now, stored, strict=True))
        weights, biases = now[0::2], now[1::2]
        return weights, biases

    def __call__(
        self, inputs: Any, targets: Any, *ignored: Any, **ignored_too: Any
    ) -> tuple[list[np.ndarray], list[np.ndarray]]:
        self._calls += 1
        x, t = np.asarray(inputs, dtype=float), np.asarray(targets, dtype=float)
        n_in, n_out = self._weights[0].shape[1], self._weights[-1].shape[0]
        seen = {"inputs": _WATCH.names(x), "targets": _WATCH.names(t)}
        swapped = "targets" in seen["inputs"] and "inputs" in seen["targets"]
        fits = x.ndim == t.ndim == 2 and x.shape[0] == n_in and t.shape[0] == n_out and x.shape[1] == t.shape[1]
        if swapped or not fits:
            _WATCH.complaint = (
                "it called self.gradients(targets, inputs): the arguments are in the wrong order; "
                "self.gradients(inputs, targets)."
                if swapped
                else f"it called self.gradients with arrays of shapes {x.shape} and {t.shape}: it takes the batch "
                f"train was given, inputs of shape ({n_in}, B) and targets of shape ({n_out}, B)."
            )
            raise ValueError(_WATCH.complaint)
        net = _rows_of(*self._current(), x, t)
        dws, dbs = net.numeric()
        return [g.T for g in dws], [g[:, None] for g in dbs]


def check_train(
    SigmoidMLP: Any,
    widths: Sequence[int] = (2, 3, 1),
    batch_size: int = 4,
    learning_rate: float = 0.5,
    rng: int | np.random.Generator = 0,
) -> None:
    """One ``train(inputs, targets, learning_rate)`` step: every parameter moves by -learning_rate x gradient.

    The network's ``gradients`` is replaced by :class:`NumericalGradients` for the check, so this tests
    ``train`` alone. ``train`` must not change its arguments.
    """
    rng = _rng(rng)
    weights, biases, inputs, targets = _columns_net(widths, batch_size, rng)
    label = f"SigmoidMLP({list(widths)}).train with learning_rate={learning_rate}"
    mlp = _build(SigmoidMLP, widths, weights, biases)
    after = _check_train_step(mlp, label, weights, biases, inputs, targets, learning_rate)
    # a second step on the same network, as train_mlp takes: it must ask self.gradients again, at the new parameters
    try:
        after = _check_train_step(
            mlp, f"{label}, second step", after[0::2], after[1::2], inputs, targets, learning_rate, second=True
        )
    except _Explained as e:
        raise AssertionError(str(e)) from None
    except AssertionError as e:
        raise AssertionError(
            f"{e} The first step on this network was right: does train keep something from its first call "
            "(gradients stored on the network or on the class)? Every step must call self.gradients(inputs, targets) "
            "again."
        ) from None
    # Two more steps with the batch as one object, the same at both (as train_mlp passes XOR_INPUTS at every step):
    # gradients kept by the inputs' identity (id(inputs)) are right at the first and stale at the second (round 86).
    # The first starts from the parameters after the second step, the checked one from the start again.
    same = testing.same_object(inputs.copy(), mlp), testing.same_object(targets.copy(), mlp)
    primed = NumericalGradients(after[0::2], after[1::2], network=mlp)
    _stand_in(mlp, primed, label, after[0::2], after[1::2], inputs, targets)  # or its own gradients, right here
    with _Calling(f"{label}, third step"):
        mlp.train(*same, learning_rate)
    _set_parameters(mlp, weights, biases)
    try:
        _check_train_step(
            mlp,
            f"{label}, called again on the same inputs object",
            weights,
            biases,
            inputs,
            targets,
            learning_rate,
            second=True,
            same=same,
        )
    except _Explained as e:
        raise AssertionError(str(e)) from None
    except AssertionError as e:
        raise AssertionError(
            f"{e} With new copies of the batch every step was right: does train keep gradients (or a forward pass) by "
            f"the inputs object itself (id(inputs), inputs is self.last_inputs)? {_SAME_INPUTS_RULE}"
        ) from None


class ConstantGradients:
    """A stand-in for ``SigmoidMLP.gradients`` that returns the same gradients (copies of ``weights``, ``biases``
    lists) at every call, whatever the network holds: :func:`check_train_later`'s, where the parameters after k steps
    are then known without reading them at every step."""

    def __init__(self, weights: list[np.ndarray], biases: list[np.ndarray]) -> None:
        self._weights, self._biases = weights, biases
        self.calls = 0

    def __call__(self, inputs: Any = None, targets: Any = None) -> tuple[list[np.ndarray], list[np.ndarray]]:
        self.calls += 1
        return [w.copy() for w in self._weights], [b.copy() for b in self._biases]


def check_train_later(
    SigmoidMLP: Any,
    widths: Sequence[int] = (1, 2, 1),
    batch_size: int = 3,
    learning_rate: float = 0.5,
    steps: int = 100,
    rng: int | np.random.Generator = 0,
) -> None:
    """``steps`` calls of ``train`` on one network, its ``gradients`` a stand-in giving the same gradients G every
    time: the parameters must end at start - steps * learning_rate * G, every step as the first (round 110: a
    learning rate halved after 50 steps, counted on the network, kept the points; check_train takes three steps, and
    test_xor's 1000 run the instructor's train). Tolerance: float32 parameters' rounding at every step."""
    rng = _rng(rng)
    weights, biases, inputs, targets = _columns_net(widths, batch_size, rng)
    grads = NumericalGradients(weights, biases)(inputs, targets)
    label = f"SigmoidMLP({list(widths)}).train with learning_rate={learning_rate}, {steps} steps on one network"
    mlp = _build(SigmoidMLP, widths, weights, biases)
    stand_in = ConstantGradients([np.asarray(g, dtype=float) for g in grads[0]], [np.asarray(g) for g in grads[1]])
    if not _stand_in(mlp, stand_in, label, weights, biases, inputs, targets):
        return  # a class that takes no stand-in: check_train judged its train with its own gradients already
    with _Calling(label):
        for _ in range(steps):
            mlp.train(inputs, targets, learning_rate)
    if stand_in.calls < steps:
        # train reached its gradients another way (SigmoidMLP.gradients(self, ...), an alias on the class): they are
        # the network's own at each step, and check_train has said how far that is right
        return
    after = _parameters(mlp, label)
    before = [p for pair in zip(weights, biases, strict=True) for p in pair]
    step = [np.asarray(grads[i % 2][i // 2], dtype=float) for i in range(len(before))]
    total = float(sum(float(np.vdot(g, g)) for g in step))
    moved = float(sum(float(np.vdot(b - a, g)) for a, b, g in zip(after, before, step, strict=True)))
    times = moved / (learning_rate * total) if total else 0.0  # the steps taken, in full steps along G
    ok = all(
        np.shape(a) == b.shape
        and np.all(
            np.abs(np.asarray(a, dtype=float) - (b - steps * learning_rate * g))
            <= 1e-3 * steps * abs(learning_rate) * np.abs(g) + 1e-4 * np.abs(b) + 1e-12
        )
        for a, b, g in zip(after, before, step, strict=True)
    )
    if not ok:
        raise AssertionError(
            f"{label}: train was given the same gradients G at every step (the check's stand-in for "
            f"self.gradients), so the parameters must end at start - {steps} * learning_rate * G; they moved "
            f"{times:.4g} times learning_rate * G, and the first steps on a network were right. Does train change its "
            "rule after some steps (a learning rate that decays, a step count kept on the network)? Every step is "
            "parameter - learning_rate * gradient, the last as the first."
        )


# why train must not key anything on its inputs object (check_train's steps on one object)
_SAME_INPUTS_RULE = (
    "train_mlp passes the same array at every step while the parameters change: call self.gradients(inputs, "
    "targets) at every step."
)


class _Explained(AssertionError):
    """A failure of train's second step whose message already says why (check_train adds nothing to it)."""


def _check_train_step(
    mlp: Any,
    label: str,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    learning_rate: float,
    second: bool = False,
    same: tuple[Any, Any] | None = None,
) -> list[np.ndarray]:
    """``mlp.train`` from the parameters ``weights``, ``biases`` (the network's now), with finite-difference gradients
    standing in for ``mlp.gradients``; returns the parameters after it (weights and biases, layer by layer).
    ``second``: the network's second step (its first was right). ``same``: the inputs and targets to pass, objects
    of :func:`testing.same_object` holding ``inputs`` and ``targets`` (in-place changes are not checked then)."""
    batch_size = int(np.shape(inputs)[1])
    stand_in = NumericalGradients(weights, biases, network=mlp)
    installed = _stand_in(mlp, stand_in, label, weights, biases, inputs, targets)
    x, t = same if same is not None else (inputs.copy(), targets.copy())
    try:
        with _Calling(
            label,
            "train takes one step on each Layer of self.layers: layer.weights and layer.biases move by -learning_rate "
            "times the gradients that self.gradients(inputs, targets) returns.",
            inputs=inputs,
            targets=targets,
        ):
            returned = mlp.train(x, t, learning_rate)
    except AssertionError as e:
        if not (installed and stand_in._calls):
            raise
        raise AssertionError(
            f"{e} (train called self.gradients, here the check's stand-in, which returns correct gradients and stores "
            "nothing on the network: does train read something your own gradients stores, such as the activations? "
            "train must take its step from what self.gradients returns, and nothing else.)"
        ) from None
    if same is None:
        _unchanged(label, {"inputs": (x, inputs), "targets": (t, targets)}, "train changes only the parameters.")
    grads = NumericalGradients(weights, biases)(inputs, targets)
    after = _parameters(mlp, label)
    assert len(after) == 2 * len(weights), f"{label}: the network has {len(after) // 2} layers after train"
    try:
        for m in range(len(weights)):
            for k, (p, old) in enumerate((("weights", weights[m]), ("biases", biases[m]))):
                new, grad = after[2 * m + k], np.asarray(grads[k][m], dtype=float)
                assert new.shape == old.shape, f"{label} changed the shape of layers[{m}].{p} to {new.shape}"
                extra = {}
                if batch_size > 1:
                    extra[
                        f"the step is divided by the batch size B = {batch_size} once more: the gradients that "
                        "self.gradients returns are already means over the batch; train takes the step "
                        "learning_rate * gradient as it is."
                    ] = grad / batch_size
                extra.update(
                    _other_layer_steps(
                        f"layers[{m}].{p}", m, list(grads[k]), lambda i, p=p: f"the gradient of layers[{i}].{p}"
                    )
                )
                _check_step(
                    f"{label}: layers[{m}].{p}",
                    old,
                    new,
                    grad,
                    learning_rate,
                    "learning_rate",
                    extra=extra,
                    hint="train takes exactly one step, parameter <- parameter - learning_rate * gradient, "
                    "with the gradients that self.gradients returns.",
                )
    except AssertionError as e:
        if stand_in.moved:
            raise AssertionError(
                f"{e} train called self.gradients again after it had already moved some layers, so the later layers "
                "stepped with gradients of a half-updated network: call self.gradients(inputs, targets) once, before "
                "any layer moves, and step every layer with those gradients."
            ) from None
        before = [p for pair in zip(weights, biases, strict=True) for p in pair]
        if (
            stand_in._calls
            and not second
            and _close_all(after, before)
            and _steps_on_next_call(
                mlp, label, inputs, targets, learning_rate, _step_from(before, grads, learning_rate)
            )
        ):  # round 69: train kept the gradients and stepped with them on its next call, told "rebinds the loop's name"
            raise AssertionError(
                f"{label}: train called self.gradients and moved no parameter, then took the step on its next call: it "
                "steps with the gradients of the call before (one step late, gradients kept on the network for "
                "later?). Each call takes its own step at once, with the gradients self.gradients returns now."
            ) from None
        counts = _argument_counts(inputs, targets)
        story = (
            _untouched_layers(label, after, before, grads, learning_rate, returned, counts) if stand_in._calls else ""
        )
        if story:
            raise AssertionError(story) from None
        if stand_in._calls or not installed:
            raise
        if second and same is not None:
            raise _Explained(
                f"{e} train did not call self.gradients on this step, given the inputs object of its step before "
                "(with new copies of the batch every step was right): it reuses gradients kept by the inputs object "
                f"(id(inputs), inputs is self.last_inputs)? {_SAME_INPUTS_RULE}"
            ) from None
        if second:
            raise _Explained(
                f"{e} train did not call self.gradients on this second step, though its first step was right: it "
                "reuses gradients kept from its first call (stored on the network or on the class)? Every step must "
                "call self.gradients(inputs, targets) again, at the parameters the network has now."
            ) from None
        if _close_all(after, before):  # round 63: an unfinished train (pass) was told it reached gradients elsewhere
            raise AssertionError(
                f"{e} train did not call self.gradients and moved no parameter: is its body unfinished (pass, or the "
                "template's raise), or does it compute new values without storing them on the layers "
                "(layer.weights = ..., layer.biases = ...)?"
            ) from None
        if _close_all(after, _updated_before_delta(weights, biases, inputs, targets, learning_rate)):
            raise AssertionError(  # round 62: told it "reached your gradients another way"
                f"{e} train did not call self.gradients: it runs a backward pass of its own and moves each layer's "
                "weights before carrying delta down through them, so the layers below step with gradients taken "
                "through weights already updated. Call self.gradients(inputs, targets) once, before any layer moves, "
                "and step every layer with what it returns."
            ) from None
        raise AssertionError(
            f"{e} (train did not call self.gradients, the method the check replaced with correct gradients: it "
            "reached your gradients another way, through a class attribute or SigmoidMLP.gradients(self, ...), "
            "so this step is as right as your gradients are; call self.gradients(inputs, targets).)"
        ) from None
    return after


def _untouched_layers(
    label: str,
    after: Sequence[np.ndarray],
    before: Sequence[np.ndarray],
    grads: Any,
    learning_rate: float,
    returned: Any,
    counts: dict[str, int] | None = None,
) -> str:
    """What train did wrong when it called self.gradients and left some layers as they were (``after`` against
    ``before``, weights and biases layer by layer), the others stepping right, or "". Round 84: a train returning new
    parameters (a JAX habit) and a loop from 1 (a MATLAB one) were told "every layer must take a step" and asked about
    rebinding a loop's name. ``counts``: {what: number} of the call (the input rows, the batch size), named when the
    loop over the layers stopped after that many."""
    stepped = _step_from(before, grads, learning_rate)
    layers = range(len(before) // 2)
    still = [m for m in layers if _close_all(after[2 * m : 2 * m + 2], before[2 * m : 2 * m + 2])]
    if not still or not all(
        _close_all(after[2 * m : 2 * m + 2], stepped[2 * m : 2 * m + 2]) for m in layers if m not in still
    ):
        return ""
    if len(still) == len(layers) and returned is not None:
        return (
            f"{label}: train returned {testing.describe(returned)} and left every layer as it was: train changes the "
            "network itself (layer.weights = ..., layer.biases = ...) and returns None; what it returns is not used."
        )
    if still == [0] and len(layers) > 1:
        return (
            f"{label}: layers[0] took no step, and every other layer took the right one: does the loop over the layers "
            "start at 1 (range(1, len(self.layers)))? Python counts from 0."
        )
    if still == list(range(1, len(layers) - 1)):  # round 108: told "the parameters are unchanged" and "a loop's name"
        middle = "layers[1]" if len(still) == 1 else f"layers[1] to layers[{len(layers) - 2}]"
        return (
            f"{label}: layers[0] and layers[-1] took the right step, but {middle}, between them, took none: does train "
            "step the first (hidden) and the last (output) layer by name, as for a network with one hidden layer? A "
            "network may have any number of layers: loop over every layer of self.layers."
        )
    k = len(layers) - len(still)
    if k >= 1 and still == list(range(k, len(layers))):  # round 117: range(len(inputs)) was asked about a loop's name
        done = "layers[0]" if k == 1 else f"layers[0] to layers[{k - 1}]"
        left = f"layers[{k}]" if k == len(layers) - 1 else f"layers[{k}] to layers[{len(layers) - 1}]"
        why = [what for what, n in (counts or {}).items() if n == k]
        guess = f"{' or '.join(why)} is {k} here" if why else f"a number written into the code, such as range({k})"
        return (
            f"{label}: {done} took the right step, but {left} took none: does the loop over the layers stop early, "
            f"counting something else than the layers ({guess})? Loop over every layer: range(len(self.layers))."
        )
    return ""


def _step_from(params: Sequence[np.ndarray], grads: Any, learning_rate: float) -> list[np.ndarray]:
    """The parameters (weights and biases, layer by layer) after one step with ``grads`` = (weight gradients, bias
    gradients)."""
    return [
        np.asarray(p, dtype=float) - learning_rate * np.asarray(grads[i % 2][i // 2], dtype=float)
        for i, p in enumerate(params)
    ]


def _steps_on_next_call(
    mlp: Any, label: str, inputs: np.ndarray, targets: np.ndarray, learning_rate: float, expected: list[np.ndarray]
) -> bool:
    """Whether one more ``mlp.train`` call leaves the parameters at ``expected`` (the first call's step, taken late);
    False when it raises."""
    try:
        mlp.train(inputs.copy(), targets.copy(), learning_rate)
        return _close_all(_parameters(mlp, label), expected)
    except Exception:  # noqa: BLE001  (a train that fails again tells nothing more)
        return False


def _updated_before_delta(
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
    learning_rate: float,
) -> list[np.ndarray]:
    """The parameters (weights and biases, layer by layer) after a train step whose own backward pass moves each
    layer before carrying delta down through its weights (columns layout, Part 1's cross-entropy: the output's
    delta is a - t, delta_(m-1) = W_m^T delta_m * a (1 - a)), with the moved W_m in place of W_m."""
    acts = [np.asarray(inputs, dtype=float)]
    for W, b in zip(weights, biases, strict=True):
        acts.append(sigmoid(W @ acts[-1] + b))
    batch = acts[0].shape[1]
    delta = acts[-1] - targets
    after: list[np.ndarray] = [np.empty(0)] * (2 * len(weights))
    for m in reversed(range(len(weights))):
        after[2 * m] = weights[m] - learning_rate * (delta @ acts[m].T / batch)
        after[2 * m + 1] = biases[m] - learning_rate * delta.mean(axis=1, keepdims=True)
        if m:
            delta = (after[2 * m].T @ delta) * acts[m] * (1 - acts[m])  # through the moved weights: the slip
    return after


def _close_all(got: Sequence[np.ndarray], expected: Sequence[np.ndarray]) -> bool:
    """Whether the arrays ``got`` equal ``expected``, one by one, to 1e-9 relative (:func:`_close`, shapes too)."""
    return len(got) == len(expected) and all(
        _close(g, e, rtol=1e-9, atol=1e-12) for g, e in zip(got, expected, strict=True)
    )


def _stand_in(
    mlp: Any,
    stand_in: NumericalGradients,
    label: str,
    weights: Sequence[np.ndarray],
    biases: Sequence[np.ndarray],
    inputs: np.ndarray,
    targets: np.ndarray,
) -> bool:
    """Put ``stand_in`` in place of ``mlp.gradients``; False when the class does not allow it (``__slots__`` without
    ``__dict__``): then train is checked with the network's own gradients, which must be right here."""
    try:
        mlp.gradients = stand_in
        return True
    except Exception as e:  # noqa: BLE001  (a read-only attribute, whichever way the object refuses it)
        if getattr(e, "type_name", type(e).__name__) not in ("AttributeError", "TypeError"):
            raise
    expected = NumericalGradients(weights, biases)(inputs, targets)
    try:
        got = mlp.gradients(inputs.copy(), targets.copy())
        right = all(
            np.allclose(np.asarray(g, dtype=float), e, rtol=1e-3, atol=1e-9)
            for gs, es in zip(got, expected, strict=True)
            for g, e in zip(gs, es, strict=True)
        )
    except Exception:  # noqa: BLE001  (whatever it does wrong, it cannot stand in)
        right = False
    if not right:
        raise AssertionError(
            f"{label}: the check gives the network correct gradients in place of its gradients method, but your "
            "class does not allow an attribute to be set on its objects (__slots__ without __dict__), and your own "
            "gradients are not right here: fix SigmoidMLP.gradients first (test_gradients), then train is checked "
            "with it."
        )
    return False


def _changed_given_data(given: Callable[[], tuple[Any, Any]] | None) -> str:
    """A sentence when the notebook's XOR_INPUTS or XOR_TARGETS (``given()``, read from the notebook) are not the
    arrays the notebook gives: a cell changed them before the test, and train_mlp trains on them (round 31)."""
    if given is None:
        return ""
    try:
        values = given()
    except Exception:  # noqa: BLE001  (not defined any more, or not a pair: nothing to say)
        return ""
    for name, got, expected in zip(("XOR_INPUTS", "XOR_TARGETS"), values, (XOR_INPUTS, XOR_TARGETS), strict=False):
        try:
            same = np.shape(got) == expected.shape and bool(np.allclose(np.asarray(got, dtype=float), expected))
        except (TypeError, ValueError):
            same = False
        if not same:
            shown = "other values" if np.shape(got) == expected.shape else testing.describe(got)  # never its values
            return (
                f" Your notebook's {name} is not the array the notebook gives when this test runs (it holds {shown}; "
                f"the notebook gives {expected.tolist()}): a cell before the test changed it, and train_mlp trains on "
                "it. Experiment on a copy, or after the tests."
            )
    return ""


def _noting_given_data(check: Callable[..., Any]) -> Callable[..., Any]:
    """``check`` with a keyword ``given`` (``lambda: (XOR_INPUTS, XOR_TARGETS)`` of the notebook): a failure says
    when the notebook's own data were changed (:func:`_changed_given_data`)."""

    @functools.wraps(check)
    def run(*args: Any, given: Callable[[], tuple[Any, Any]] | None = None, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except AssertionError as e:
            note = _changed_given_data(given)
            if not note:
                raise
            raise AssertionError(f"{e}{note}") from None

    return run


@_noting_given_data
def check_train_mlp(
    train_mlp: Callable[..., Any],
    SigmoidMLP: Any,
    n_iterations: int | None = None,
    learning_rate: float | None = None,
    seed: int = 0,
    trained: Any = None,
) -> None:
    """``train_mlp(n_iterations, learning_rate)`` (its defaults when None) against the same steps done here.

    numpy's global generator is seeded, ``train_mlp`` called, and the same start rebuilt with
    ``SigmoidMLP([2, 4, 1])`` right after seeding again; ``n_iterations`` steps of its ``train`` on the
    four XOR points must give the parameters train_mlp returned. It uses your SigmoidMLP.train: checked first.
    ``trained``: the network that very call (same arguments, numpy seeded with ``seed``) already returned, as
    :func:`check_xor` returns it; train_mlp is then not called again. With the defaults, a run off by a step count
    or rate passes when ``train_mlp(1000, 3.0)`` returns the same network (that miscount is the explicit calls'
    to grade, test_train_mlp_iterations); else the message asks about the defaults.
    """
    _first(lambda: check_train(SigmoidMLP), "SigmoidMLP.train", "test_train", SigmoidMLP)
    try:
        _check_train_mlp(train_mlp, SigmoidMLP, n_iterations, learning_rate, seed, trained)
    except AssertionError:
        # train_mlp's steps run SigmoidMLP.gradients too (check_train gives train a stand-in): a wrong one shows
        # here as train_mlp's fault, so it is named first (when graded, the instructor's class: this passes)
        _first(lambda: check_gradients(SigmoidMLP, (2, 4, 1), 4), "SigmoidMLP.gradients", "test_gradients", SigmoidMLP)
        raise


def _check_train_mlp(
    train_mlp: Callable[..., Any],
    SigmoidMLP: Any,
    n_iterations: int | None,
    learning_rate: float | None,
    seed: int,
    trained: Any,
) -> None:
    defaults = n_iterations is None
    steps = XOR_STEPS if defaults else n_iterations
    rate = XOR_RATE if defaults else learning_rate
    call = "train_mlp()" if defaults else f"train_mlp({n_iterations}, {learning_rate})"
    if trained is None:
        testing.notebook_random().seed(seed)
        with _Calling(call):
            trained = train_mlp() if defaults else train_mlp(n_iterations, learning_rate)
    if trained is None or isinstance(trained, (int, float, list, tuple, dict, str, np.ndarray)):
        raise AssertionError(f"{call} must return the trained SigmoidMLP; it returned {testing.describe(trained)}")
    got = _parameters(trained, f"the network {call} returned")

    def start() -> Any:
        testing.notebook_random().seed(seed)
        return SigmoidMLP([2, 4, 1])

    def same(net: Any) -> bool:
        ref = _parameters(net, "SigmoidMLP([2, 4, 1])")
        return len(ref) == len(got) and all(
            p.shape == q.shape and np.allclose(p, q, rtol=1e-6, atol=1e-9) for p, q in zip(got, ref, strict=True)
        )

    net = start()
    shapes = [p.shape for p in _parameters(net, "SigmoidMLP([2, 4, 1])")]
    assert [p.shape for p in got] == shapes, (
        f"{call} returns a network whose parameters have the wrong shape, {[p.shape for p in got]}: expected "
        f"SigmoidMLP([2, 4, 1]), with the shapes {shapes}"
    )
    for _ in range(steps):
        net.train(XOR_INPUTS.copy(), XOR_TARGETS.copy(), rate)
    matches = same(net)
    if not matches or steps == 0:  # untrained networks are cheap to compare: also under another seed
        try:
            _seeds_itself(train_mlp, rate, seed, call)
        except AssertionError:
            if defaults and not matches and _replays_own_start(train_mlp, rate, steps, same):
                return  # round 83: seeding inside is test_train_mlp_iterations' to grade, whatever seed it picks
            raise
    if matches:
        return
    # Diagnosis: which number of steps, and which learning rate, give what train_mlp returned?
    most = max(2 * steps, XOR_STEPS + 10)
    truncated = (  # said when the rate that fits is what int() or round() makes of it (round 47)
        f" (int({rate:g}) = {int(rate)}, round({rate:g}) = {round(rate)}: is learning_rate converted to a whole "
        "number, with int(), round(), // or an integer array?)"
        if rate != round(rate)
        else ""
    )
    for rate_tried in dict.fromkeys((rate, XOR_RATE, 1.0)):
        net = start()
        for k in range(most + 1):
            if same(net):
                if defaults and (k != steps or rate_tried != rate):
                    if _same_as_explicit(train_mlp, seed, got):
                        if k < steps and rate_tried == rate and _right_for_few_steps(train_mlp, SigmoidMLP, seed):
                            raise AssertionError(  # round 85: a break once XOR was learned kept both tests' points
                                f"train_mlp() took {k} gradient steps instead of {steps}, and train_mlp(3, {rate:g}) "
                                "takes its 3: does the loop stop early (a break once the outputs are close to their "
                                "targets, a while loop on the loss)? The task takes exactly n_iterations steps."
                            )
                        return  # a count or rate wrong whatever the arguments: test_train_mlp_iterations grades it
                    what = f"{k} steps" if k != steps else f"learning rate {rate_tried}"
                    raise AssertionError(
                        f"train_mlp() trains with {what} (the task: {steps} steps, learning rate {rate}), and "
                        f"train_mlp({steps}, {rate}) returns another network: are its defaults n_iterations={steps}, "
                        f"learning_rate={rate}?"
                    )
                if rate_tried != rate:
                    whole = truncated if rate_tried in (int(rate), round(rate)) else ""
                    raise AssertionError(
                        f"{call} trains with learning rate {rate_tried:g} instead of {rate:g}: pass the "
                        f"learning_rate it is given to train{whole}."
                    )
                if k == 0 and steps > 0 and int(rate) == 0 and rate != 0:  # round 47: int(0.5) is 0, nothing moves
                    raise AssertionError(
                        f"{call} returns the untrained network: either no gradient step is taken (is n_iterations "
                        f"ignored?), or the steps use a learning rate of 0 instead of {rate:g}{truncated}."
                    )
                raise AssertionError(
                    f"{call} took {k} gradient step{'' if k == 1 else 's'} instead of {steps}: the loop must run "
                    "n_iterations times "
                    + (  # round 38: range(1, n_iterations) was asked whether the count was ignored
                        "(one step too few: range(1, n_iterations), or range(n_iterations - 1)?)"
                        if k == steps - 1
                        # round 69: max(n_iterations, 1) was asked only about range(n_iterations + 1)
                        else "(a step even when n_iterations is 0: max(n_iterations, 1), a step taken before the loop, "
                        "or range(n_iterations + 1)?)"
                        if k == 1 and steps == 0
                        else "(one step too many: range(n_iterations + 1), or a <= where < belongs?)"
                        if k == steps + 1
                        else "(is n_iterations ignored, or the count fixed?)"
                    )
                )
            net.train(XOR_INPUTS.copy(), XOR_TARGETS.copy(), rate_tried)
    story = _train_calls_story(train_mlp, SigmoidMLP, n_iterations, learning_rate, seed, call)
    if story:
        raise AssertionError(story)
    if steps == 0:  # round 64: a permutation drawn before the network was told as "match no number of steps"
        raise AssertionError(
            f"{call} takes no step, so it must return SigmoidMLP([2, 4, 1]) as built right after the caller seeded "
            "numpy; the network it returns is neither that one nor that one after any number of train's steps: does "
            "train_mlp draw random numbers before it builds the network (a permutation or shuffle of the data, "
            "np.random.rand, another SigmoidMLP built first, ...), or build it another way? Build the network first: "
            "its starting weights are the first numbers drawn after the seed."
        )
    raise AssertionError(
        f"{call} returns parameters that match no number of steps (0 to {most}) of SigmoidMLP.train with "
        f"learning_rate={rate:g} on the four XOR points, from SigmoidMLP([2, 4, 1]) built right after seeding numpy: "
        "does train_mlp create the network first (before drawing other random numbers, and without seeding numpy "
        "itself), train on XOR_INPUTS and XOR_TARGETS with train, and return that network? Does every step use "
        "the same learning_rate (not one changed inside the loop: decayed, annealed, halved every so many steps)?"
        + (" With no arguments it must use its defaults n_iterations=1000, learning_rate=3.0." if defaults else "")
    )


def _train_calls_story(
    train_mlp: Callable[..., Any],
    SigmoidMLP: Any,
    n_iterations: int | None,
    learning_rate: float | None,
    seed: int,
    call: str,
) -> str | None:
    """What the calls of ``SigmoidMLP.train`` that ``train_mlp`` makes show, when its network matches no run of
    train (round 61: a learning rate decayed in the loop, inputs shuffled apart from their targets, were told only
    "match no number of steps"): train_mlp runs again from the same seed with ``train`` recording each call's
    learning rate, inputs and targets (the class's own method, put back after). None when the calls show nothing
    wrong, or cannot be recorded (no ``train`` of the class's own, a signature without those names)."""
    original = vars(SigmoidMLP).get("train") if isinstance(SigmoidMLP, type) else None
    if original is None:
        return None
    try:
        signature = inspect.signature(original)
    except (TypeError, ValueError):
        return None
    if not {"inputs", "targets", "learning_rate"} <= set(signature.parameters):
        return None
    calls: list[tuple[Any, np.ndarray, np.ndarray] | None] = []

    def train(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:  # what cannot be read is not recorded: the call itself goes on as it would
            bound = signature.bind(self, *args, **kwargs).arguments
            inputs, targets = (np.array(bound[k], dtype=float) for k in ("inputs", "targets"))
            calls.append((bound["learning_rate"], inputs, targets))
        except Exception:  # noqa: BLE001
            calls.append(None)
        return original(self, *args, **kwargs)

    rate = XOR_RATE if n_iterations is None else learning_rate
    SigmoidMLP.train = functools.wraps(original)(train)
    try:
        testing.notebook_random().seed(seed)
        with contextlib.suppress(Exception):  # only a diagnosis: what was recorded before a failure still tells
            train_mlp() if n_iterations is None else train_mlp(n_iterations, learning_rate)
    finally:
        SigmoidMLP.train = original
    pairs = {(tuple(col), t) for col, t in zip(XOR_INPUTS.T.tolist(), XOR_TARGETS[0].tolist(), strict=True)}
    for k, recorded in enumerate(calls, start=1):
        if recorded is None:
            return None
        used, inputs, targets = recorded
        same_rate = _same_number(used, rate)
        if not same_rate and all(c is not None and _same_number(c[0], used) for c in calls):
            if n_iterations is None:  # round 69: train_mlp() was told of a rate "it is given", and none was
                return (
                    f"{call} calls train with the learning rate {float(used):.6g} at every step, not the task's "
                    f"default learning_rate ({rate:g}): is the default in train_mlp's signature another number, or "
                    "does it pass a rate of its own?"
                )
            return (
                f"{call} calls train with the learning rate {float(used):.6g} at every step, not the "
                f"learning_rate it is given ({rate:g}): pass that one, unchanged."
            )
        if not same_rate:
            used_text = testing.describe(used) if np.ndim(used) else f"{float(used):.6g}"
            before = f"learning rate {rate:g} for step{'s 1 to' if k > 2 else ''} {k - 1}, then " if k > 1 else ""
            return (
                f"{call} calls train with {before}{used_text} at step {k}: the learning rate changes inside the loop "
                f"(decayed, annealed, reassigned). Every step must use the learning_rate train_mlp is given "
                f"({rate:g})."
            )
        if inputs.shape != XOR_INPUTS.shape or targets.shape != XOR_TARGETS.shape:
            return (
                f"Step {k} of {call} calls train with inputs of shape {inputs.shape} and targets of shape "
                f"{targets.shape}: every step trains on the four XOR points, XOR_INPUTS {XOR_INPUTS.shape} and "
                f"XOR_TARGETS {XOR_TARGETS.shape}."
            )
        given = {(tuple(col), t) for col, t in zip(inputs.T.tolist(), targets[0].tolist(), strict=True)}
        if given != pairs:
            same_points = sorted(map(tuple, inputs.T.tolist())) == sorted(map(tuple, XOR_INPUTS.T.tolist()))
            return f"Step {k} of {call} calls train with " + (
                "the XOR points in another order than their targets: an input column no longer meets its "
                "own target (are the inputs shuffled and the targets not, or with another permutation?). "
                "Reorder both with the same permutation, or keep the four points in order (the batch is all "
                "of them)."
                if same_points
                else "other inputs or targets than the four XOR points with their targets (XOR_INPUTS, "
                "XOR_TARGETS): every step trains on those."
            )
    return None


def _same_number(a: Any, b: Any) -> bool:
    """Whether ``a`` and ``b`` are the same number (False for anything that is not one number)."""
    try:
        return float(a) == float(b)
    except (TypeError, ValueError):
        return False


def _right_for_few_steps(train_mlp: Callable[..., Any], SigmoidMLP: Any, seed: int) -> bool:
    """Whether ``train_mlp(3, 3.0)``, numpy seeded with ``seed``, passes :func:`check_train_mlp`'s comparison: a
    miscount that shows only in long runs (an early stop) is then test_xor's to charge, since the short runs of
    test_train_mlp_iterations do not show it."""
    try:
        _check_train_mlp(train_mlp, SigmoidMLP, 3, XOR_RATE, seed, None)
    except AssertionError:
        return False
    return True


def _same_as_explicit(train_mlp: Callable[..., Any], seed: int, got: list[np.ndarray]) -> bool:
    """Whether ``train_mlp(1000, 3.0)``, numpy seeded with ``seed``, returns the parameters ``got`` that
    ``train_mlp()`` returned from that seed: the defaults are then right, and a loop that takes the wrong number
    of steps, or the wrong rate, whatever it is given is test_train_mlp_iterations' to grade, not test_xor's
    (round 50: ``range(1, n_iterations)`` lost both, though its 999 steps learn XOR)."""
    testing.notebook_random().seed(seed)
    try:
        with _Calling(f"train_mlp({XOR_STEPS}, {XOR_RATE})"):
            explicit = _parameters(train_mlp(XOR_STEPS, XOR_RATE), "train_mlp(1000, 3.0)")
    except Exception:  # noqa: BLE001  (only a question asked of the student's code: the diagnosis follows)
        return False
    return len(explicit) == len(got) and all(
        p.shape == q.shape and np.array_equal(p, q) for p, q in zip(explicit, got, strict=True)
    )


def _replays_own_start(train_mlp: Callable[..., Any], rate: float, steps: int, same: Callable[[Any], bool]) -> bool:
    """Whether the network ``train_mlp(0, rate)`` builds, trained ``steps`` steps of its own ``train`` at ``rate`` on
    the four XOR points, passes ``same``: a train_mlp that seeds numpy itself but is otherwise right. Its defaults,
    data and step count are then right, and the seeding is test_train_mlp_iterations' to grade, whatever seed it
    picks (round 83: ``np.random.seed(0)`` inside kept test_xor's points, ``np.random.seed(42)`` lost them)."""
    try:
        with _Calling(f"train_mlp(0, {rate:g})"):
            net = train_mlp(0, rate)
        for _ in range(steps):
            net.train(XOR_INPUTS.copy(), XOR_TARGETS.copy(), rate)
        return same(net)
    except Exception:  # noqa: BLE001  (only a question asked of the student's code: the seeding story follows)
        return False


def _seeds_itself(train_mlp: Callable[..., Any], rate: float, seed: int, call: str) -> None:
    """Fail if ``train_mlp`` returns the same untrained network whatever seed the caller set (it seeds numpy
    itself): ``train_mlp(0, rate)`` after the seeds ``seed`` and ``seed + 1``. ``call``: the call checked, for the
    message."""
    untrained = []
    for s in (seed, seed + 1):
        testing.notebook_random().seed(s)
        with _Calling(f"train_mlp(0, {rate:g})"):
            net = train_mlp(0, rate)
        untrained.append(_parameters(net, f"the network train_mlp(0, {rate:g}) returned"))
    first, second = untrained
    if len(first) == len(second) and all(
        p.shape == q.shape and np.array_equal(p, q) for p, q in zip(first, second, strict=True)
    ):
        generator = testing.notebook_random()
        generator.seed(seed + 1)
        with _Calling(f"train_mlp(0, {rate:g})"):
            train_mlp(0, rate)
        drawn_after = float(generator.rand())
        generator.seed(seed + 1)
        if drawn_after == float(generator.rand()):  # it drew no random number: no network was built
            raise AssertionError(
                f"{call}: train_mlp returns the same network whatever seed its caller set, and builds none: called "
                "again, it drew no random numbers. Does it return a network kept from an earlier call (a cache such as "
                "functools.lru_cache, a global, a default argument)? Build a new SigmoidMLP at every call."
            )
        raise AssertionError(
            f"{call}: train_mlp seeds numpy's generator itself, so it builds the same network whatever seed its caller "
            f"set (train_mlp(0, {rate:g}) after seeding {seed} and after seeding {seed + 1} gave the same start). "
            "Do not seed inside train_mlp: the caller seeds numpy (the tests use several seeds)."
        )


@_noting_given_data
def check_xor(train_mlp: Callable[..., Any], SigmoidMLP: Any, seed: int = 0) -> Any:
    """``train_mlp()`` (its defaults) learns XOR from numpy seed ``seed``: every output within 0.2 of its target.

    It uses your SigmoidMLP: its gradients and train are checked first. Returns the network train_mlp returned.
    """
    gradients_check = partial(check_gradients, SigmoidMLP, (2, 4, 1), 4, rng=seed)
    _first(gradients_check, "SigmoidMLP.gradients", "test_gradients", SigmoidMLP)
    _first(
        lambda: check_train(SigmoidMLP, (2, 4, 1), 4, XOR_RATE, rng=seed), "SigmoidMLP.train", "test_train", SigmoidMLP
    )
    testing.notebook_random().seed(seed)
    with _Calling("train_mlp()"):
        mlp = train_mlp()
    if mlp is None or isinstance(mlp, (int, float, list, tuple, dict, str, np.ndarray)):
        raise AssertionError(f"train_mlp() must return the trained SigmoidMLP; it returned {testing.describe(mlp)}")
    with np.errstate(all="ignore"):
        out = testing.as_array(
            "the output of the network train_mlp() returned, for XOR_INPUTS", mlp(XOR_INPUTS.copy()), XOR_TARGETS.shape
        ).astype(float)
    if not np.all(np.abs(out - XOR_TARGETS) <= 0.2):
        failed = (
            f"train_mlp() did not learn XOR from numpy seed {seed}: outputs {np.round(out, 3).tolist()} for targets "
            "[[0, 1, 1, 0]] (each must be within 0.2)"
        )
        story = _train_calls_story(train_mlp, SigmoidMLP, None, None, seed, "train_mlp()")  # round 61
        with contextlib.suppress(Exception):  # round 65: a [2, 2, 1] network was asked about the defaults
            got = [p.shape for p in _parameters(mlp, "the network train_mlp() returned")]
            want = [p.shape for p in _parameters(SigmoidMLP([2, 4, 1]), "SigmoidMLP([2, 4, 1])")]
            if got != want:
                story = (
                    f"The network it returns has parameters of shapes {got}, where SigmoidMLP([2, 4, 1]) has {want}: "
                    "train_mlp must build the network the task gives, two inputs, four hidden units, one output."
                )
        raise AssertionError(
            f"{failed}. {story}"
            if story
            else f"{failed}. Does it use its defaults n_iterations=1000 and learning_rate=3.0, and train on all four "
            "points?"
        )
    return mlp


# -- Part 2: batched functions, samples as rows ----------------------------------------------------


def _rows_net(sizes: Sequence[int], batch_size: int, rng: np.random.Generator, tries: int = 200):
    """A well-conditioned random network in the rows layout, with inputs and targets.

    weights[j] (sizes[j], sizes[j+1]) ~ N(0, 1.5^2 / sizes[j]), biases ~ N(0, 0.5^2), inputs (batch_size,
    sizes[0]) ~ N(0, 1), targets in [0.05, 0.95]; redrawn until every pre-activation lies within +-4.5, so
    that no sigmoid saturates (a(1 - a) of a saturated unit keeps few digits, in float32 above all, and its
    tiny gradients would test rounding rather than the formula).
    """
    for _ in range(tries):
        weights = [rng.normal(size=(a, b)) * 1.5 / np.sqrt(a) for a, b in zip(sizes[:-1], sizes[1:], strict=True)]
        biases = [0.5 * rng.normal(size=b) for b in sizes[1:]]
        y_in = rng.normal(size=(batch_size, sizes[0]))
        y, worst = y_in, 0.0
        for w, b in zip(weights, biases, strict=True):
            z = y @ w + b
            worst, y = max(worst, float(np.max(np.abs(z)))), sigmoid(z)
        if worst <= 4.5:
            break
    y_target = rng.uniform(0.05, 0.95, size=(batch_size, sizes[-1]))
    return weights, biases, y_in, y_target


_NO_CHANGE = (
    "functions of Part 2 must not change the arrays or lists they are given (only gradient_step and train_net "
    "may update weights and biases in place); they return what they compute."
)


def check_net_f_df(
    net_f_df: Callable[..., Any],
    shape: Sequence[int] = (2, 3),
    rng: int | np.random.Generator = 0,
    exact: Callable[..., Any] | None = None,
    zeros: bool = False,
    tails: bool = False,
    integers: bool = False,
) -> None:
    """``net_f_df(z)``: the sigmoid and its derivative, for z of ``shape`` (entries of size about 2; with ``zeros``,
    every other entry exactly 0, where f = 1/2 and df = 1/4; with ``tails``, every other entry's size between 10 and
    18, where a guard against overflow written into z would show, round 37; with ``integers``, whole numbers from -4
    to 4 of an integer dtype, round 74: f filled into np.empty_like(z) was all zeros)."""
    z = np.asarray(2 * _rng(rng).normal(size=tuple(shape)))  # an array also of shape () (2 * a 0-d array is a scalar)
    if integers:
        z = np.asarray(_rng(rng).integers(-4, 5, size=tuple(shape)))
        z.flat[0] = -3  # a negative one always (CI, session 46: a cast to np.uint8 passed a draw of none)
    if zeros:
        z.flat[::2] = 0.0
    if tails:
        z.flat[::2] = np.sign(z.flat[::2]) * np.linspace(10.0, 18.0, z.flat[::2].size)
    zc = z.copy()
    label = f"net_f_df for z of shape {z.shape}"
    with _Calling(label):
        result = net_f_df(zc)
    f, df = _items(label, result, 2, "the pair (f, df)")
    _unchanged(label, {"z": (zc, z)}, _NO_CHANGE, returned=result)
    kinds = [(n, a.dtype) for n, a in (("f", f), ("df", df)) if isinstance(a, np.ndarray) and a.dtype.kind in "biu"]
    if integers and kinds:
        raise AssertionError(
            f"{label}: z holds integers here (dtype {z.dtype}), and {' and '.join(n for n, _ in kinds)} "
            f"{'is an array' if len(kinds) == 1 else 'are arrays'} of integers too (dtype {kinds[0][1]}): their "
            "values, all between 0 and 1, were truncated to whole numbers. np.empty_like(z), np.zeros_like(z) and "
            "z.copy() keep z's dtype: make them float arrays (np.zeros(z.shape), or compute f = 1 / (1 + np.exp(-z)) "
            "at once)."
        )
    derivative = sigmoid(z) * (1 - sigmoid(z))
    if z.ndim == 0:  # round 112: np.atleast_1d(z) gave shape (1,), told only the two shapes
        for name, value in (("f", f), ("df", df)):
            if np.shape(value) == (1,):
                raise AssertionError(
                    f"{name} of {label} has shape (1,), expected (): z here is a 0-d array (one number), a shape the "
                    "docstring allows, and f and df keep z's shape. np.atleast_1d, a reshape(-1), a ravel() or a list "
                    "adds an axis: compute on z as it is (1 / (1 + np.exp(-z)) works for every shape)."
                )
    if zeros:  # round 113: branches for z > 0 and z < 0 left z = 0 out, told only "wrong in 3 of 6 entries"
        for name, value, right, at_zero in (("f", f, sigmoid(z), "1/2"), ("df", df, derivative, "1/4")):
            _wrong_only_at_zero(f"{name} of {label}", value, right, z, at_zero)
    aliased = isinstance(f, np.ndarray) and isinstance(df, np.ndarray) and _same_data(f, df) and f.shape == z.shape
    if aliased and np.allclose(np.asarray(f, dtype=float), derivative, rtol=1e-6, atol=1e-12):
        raise AssertionError(
            f"{label}: f and df are both the derivative: df = f makes df another name for the same array, so an "
            "in-place step on df (df *= 1 - f) changed f too. Compute df as a new array: df = f * (1 - f)."
        )
    rule = "f must be the sigmoid 1 / (1 + exp(-z))."
    with contextlib.suppress(TypeError, ValueError):  # round 51: z clipped to [-10, 10] was told only the formula
        clip = testing.clipped_at(z, f, sigmoid(z))
        if clip is not None:
            rule = f"f is wrong exactly where |z| >= {clip:.3g}: {testing.clip_question(clip)} {testing.SIGMOID_TAILS}."
    if integers:  # round 97: z cast to np.uint8 (negative integers wrap around) was told only the formula
        rule = (
            f"z holds integers here (dtype {z.dtype}), as the docstring allows: is an integer z converted or handled "
            "on a branch of its own (astype to a smaller integer type such as np.uint8, where negative values wrap "
            "around; a rounding; a lookup)? f = 1 / (1 + exp(-z)) for the values of z as they are (z.astype(float) "
            "keeps them)."
        )
    with np.errstate(all="ignore"):  # the stories at z = 0 divide by 0 (1 / (1 - exp(-z))): a warning, not an error
        _assert_value(
            f,
            sigmoid(z),
            f"f of {label}",
            {
                "f is the derivative, not the sigmoid: return (f, df) in that order.": sigmoid(z) * (1 - sigmoid(z)),
                "the sign in exp(-z) is flipped: f = 1 / (1 + exp(-z)), not 1 / (1 + exp(z)).": sigmoid(-z),
                "the denominator has a minus: f = 1 / (1 + exp(-z)), not 1 / (1 - exp(-z)).": 1 / (1 - np.exp(-z)),
                "it is 1 + exp(-z) itself: the reciprocal is missing, f = 1 / (1 + exp(-z)).": 1 + np.exp(-z),
                "the 1 + of the denominator is missing: f = 1 / (1 + exp(-z)), not 1 / exp(-z).": np.exp(z),
                # round 54: 1 / (1 + exp(-|z|)) was told "wrong in 2 of 6 entries, exactly columns [1]"
                "f is sigma(|z|): right for z >= 0, but for z < 0 it gives 1 - sigma(z) (the sign of z is lost, by "
                "np.abs or a branch); f = 1 / (1 + exp(-z)) for every z (for z < 0, exp(z) / (1 + exp(z)) is the "
                "same number).": sigmoid(np.abs(z)),
                "it is tanh(z); the sigmoid is f = 1 / (1 + exp(-z)).": np.tanh(z),
                "it is twice the sigmoid: the numerator of f = 1 / (1 + exp(-z)) is 1.": 2 * sigmoid(z),
            },
            rule,
        )
        _check(
            f"df of {label}",
            df,
            _elementwise_derivative(z),
            lambda: _derivative_bugs(z),
            exact=None if exact is None else np.asarray(exact(z.copy())[1], dtype=float),
        )


def _wrong_only_at_zero(what: str, value: Any, expected: np.ndarray, z: np.ndarray, at_zero: str) -> None:
    """Fail, naming z = 0, when ``value`` is wrong exactly where ``z`` is 0 (a branch for z > 0 and one for z < 0)."""
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return  # not numbers: the value check says so
    if arr.shape != z.shape:
        return
    with np.errstate(invalid="ignore"):
        bad = ~np.isclose(arr, expected, rtol=VALUE_RTOL, atol=1e-12)
    if bad.any() and np.array_equal(bad, z == 0):
        raise AssertionError(
            f"{what} is wrong exactly where z = 0 (right everywhere else), where it is {at_zero}: branches for z > 0 "
            "and z < 0 (masks, np.where, an if) leave z = 0 out. Make one of them >= or <=, or use one formula for "
            "every z."
        )


def check_forward_step(
    forward_step: Callable[..., Any],
    net_f_df: Any = None,
    sizes: Sequence[int] = (3, 2),
    batch_size: int = 4,
    rng: int | np.random.Generator = 0,
    exact: Callable[..., Any] | None = None,
) -> None:
    """``forward_step(y, w, b)``: f(z) and f'(z) of z = y w + b. Checks ``net_f_df`` first when given.

    ``exact``: the instructor's forward_step (hidden tests), against a derivative estimated numerically. Without it
    (the visible check) a layer of one unit on a batch of one sample is checked too: np.squeeze drops those axes.
    """
    if net_f_df is not None:
        _first(lambda: check_net_f_df(net_f_df), "net_f_df", "test_net_f_df", net_f_df)
    rng = _rng(rng)
    _check_forward_step_on(forward_step, sizes, batch_size, rng, exact)
    if exact is None:
        _check_forward_step_on(forward_step, (sizes[0], 1), 1, rng, None)


def check_forward_step_whole_numbers(forward_step: Callable[..., Any]) -> None:
    """``forward_step(y, w, b)`` with integer ``y`` (0/1 data, (4, 3)) and ``w`` (whole-number weights, (3, 2)) and a
    float ``b`` (2,), as net_f_df's docstring allows: f(z) and f'(z) of the float z = y w + b (round 89: ``z = y @ w;
    z += b`` raises UFuncTypeError there, an integer array cannot hold the float sum)."""
    y = np.array([[0, 1, 1], [1, 0, 1], [1, 1, 0], [0, 0, 1]])
    w = np.array([[1, -2], [0, 1], [2, -1]])
    b = np.array([0.25, -0.5])
    z = y @ w + b
    label = "forward_step for integer y of shape (4, 3) and w of shape (3, 2), and a float b"
    rule = (
        "with whole-number inputs and weights (0/1 data, as net_f_df's docstring allows) y @ w is an integer array, "
        "which cannot hold the float bias: z += b (or np.add(..., out=z)) fails, and an array made with "
        "np.zeros_like(y @ w) truncates. Compute z = y @ w + b, a new array of floats."
    )
    try:
        with _Calling(label):
            result = forward_step(y.copy(), w.copy(), b.copy())
    except AssertionError:
        raise
    except Exception as e:  # noqa: BLE001  (the student's error, explained)
        name = getattr(e, "type_name", type(e).__name__)
        raise AssertionError(f"{label} raised {name}{testing.error_words(e)}: {rule}") from None
    out, df = _items(label, result, 2, "the pair (f(z), f'(z))")
    truncated = np.trunc(z)
    _assert_value(
        out, sigmoid(z), f"f(z) of {label}", {f"z is truncated to whole numbers: {rule}": sigmoid(truncated)}, ""
    )
    _assert_value(
        df,
        sigmoid(z) * (1 - sigmoid(z)),
        f"f'(z) of {label}",
        {f"z is truncated to whole numbers: {rule}": sigmoid(truncated) * (1 - sigmoid(truncated))},
        "",
    )


def _check_forward_step_on(
    forward_step: Callable[..., Any],
    sizes: Sequence[int],
    batch_size: int,
    rng: np.random.Generator,
    exact: Callable[..., Any] | None,
) -> None:
    """:func:`check_forward_step` on one layer of ``sizes`` and one batch."""
    weights, biases, y, _ = _rows_net(sizes, batch_size, rng)
    w, b = weights[0], biases[0]
    z = y @ w + b
    label = f"forward_step for y of shape {y.shape} and w of shape {w.shape}"
    yc, wc, bc = y.copy(), w.copy(), b.copy()
    with _Calling(label):
        result = forward_step(yc, wc, bc)
    out, df = _items(label, result, 2, "the pair (f(z), f'(z))")
    _unchanged(label, {"y": (yc, y), "w": (wc, w), "b": (bc, b)}, _NO_CHANGE, returned=result)
    _assert_value(
        out,
        sigmoid(z),
        f"f(z) of {label}",
        {
            "the bias b is missing: z = y w + b.": sigmoid(y @ w),
            "the sigmoid is not applied: return f(z), with z = y w + b.": z,
            "it is the derivative: return the pair (f(z), f'(z)) in that order.": sigmoid(z) * (1 - sigmoid(z)),
            "the bias is subtracted: z = y w + b.": sigmoid(y @ w - b),
            "the sigmoid is applied twice: f(z) once, with z = y w + b.": sigmoid(sigmoid(z)),
            "the sign of z is flipped: f(z) = 1 / (1 + exp(-z)), with z = y w + b.": sigmoid(-z),
            **({"w is transposed: z = y w + b.": sigmoid(y @ w.T + b)} if w.shape[0] == w.shape[1] else {}),
        },
        "they must be f(y w + b), one row per sample.",
    )
    _check(
        f"f'(z) of {label}",
        df,
        _elementwise_derivative(z),
        lambda: _derivative_bugs(z),
        exact=None if exact is None else np.asarray(exact(y.copy(), w.copy(), b.copy())[1], dtype=float),
    )


def _triple_order(result: Any, n: int) -> tuple[str, ...] | None:
    """What each item of apply_net's triple holds, told apart by kind for a net of ``n`` layers of weights: an array
    is y_out, a list of n + 1 entries y_layer, a list of n entries df_layer; None when they cannot be told apart."""
    if not isinstance(result, (tuple, list)) or len(result) != 3:
        return None
    names = []
    for item in result:
        if isinstance(item, (list, tuple)):
            names.append({n + 1: "y_layer", n: "df_layer"}.get(len(item), "?"))
        elif isinstance(item, np.ndarray):
            names.append("y_out" if item.ndim == 2 else "?")
        else:
            names.append("?")
    return tuple(names) if sorted(names) == ["df_layer", "y_layer", "y_out"] else None


def check_apply_net(
    apply_net: Callable[..., Any],
    forward_step: Any = None,
    sizes: Sequence[int] = (2, 3, 1),
    batch_size: int = 4,
    rng: int | np.random.Generator = 0,
    exact: Callable[..., Any] | None = None,
    net_f_df: Any = None,
    y_in: np.ndarray | None = None,
) -> None:
    """``apply_net(y_in, weights, biases)`` -> (y_out, y_layer, df_layer). Checks ``forward_step`` first when given
    (and ``net_f_df`` before it, when given).

    ``exact``: the instructor's apply_net (hidden tests), against derivatives estimated numerically. ``y_in``: the
    input (batch_size, sizes[0]) to use instead of a new one, with new weights (round 96: a result cached on y_in and
    the weights' shapes kept the point).
    """
    if forward_step is not None:
        _first(lambda: check_forward_step(forward_step, net_f_df), "forward_step", "test_forward_step", forward_step)
    weights, biases, drawn, _ = _rows_net(sizes, batch_size, _rng(rng))
    y_in = drawn if y_in is None else np.array(y_in, dtype=np.float64)
    net = _Net(weights, biases, y_in, np.zeros((batch_size, sizes[-1])), "quadratic")
    n = len(weights)
    label = f"apply_net for layer sizes {list(sizes)}, batch {batch_size}"
    args = [y_in.copy(), _copy(weights), _copy(biases)]
    with _Calling(
        label,
        y_in=y_in,
        weights=weights,
        biases=biases,
        y_layer=net.ys,
        df_layer=[y * (1 - y) for y in net.ys[1:]],
    ):
        result = apply_net(*args)
    y_out, y_layer, df_layer = _items(label, result, 3, "the triple (y_out, y_layer, df_layer)")
    _unchanged(
        label,
        {"y_in": (args[0], y_in), "weights": (args[1], weights), "biases": (args[2], biases)},
        _NO_CHANGE,
        returned=result,
    )
    order = _triple_order(result, n)
    if order is not None and order != ("y_out", "y_layer", "df_layer"):  # round 79: told "y_layer has 2 entries"
        raise AssertionError(
            f"{label} returns ({', '.join(order)}), by what its items hold (an array, a list of {n + 1} and one of "
            f"{n}): the triple is in another order. apply_net returns (y_out, y_layer, df_layer): the output first, "
            "then every layer's values with the input, then the derivatives."
        )
    if (
        isinstance(y_layer, (list, tuple))
        and 1 < len(y_layer) <= n
        and all(_close(g, e, rtol=VALUE_RTOL, atol=0.0) for g, e in zip(y_layer, net.ys, strict=False))
    ):
        m = len(y_layer)  # round 100: a loop stopping after 3 layers of 4 was told "y_layer[0] must be the input"
        raise AssertionError(
            f"{label}: y_layer has {m} entries, expected {n + 1}: the input and the values of the first {m - 1} of the "
            f"{n} layers, right so far; the layers after them are missing. The loop must run over every layer "
            "(len(weights) of them), whatever their number."
        )
    if isinstance(y_layer, (list, tuple)) and len(y_layer) == n:
        raise AssertionError(
            f"{label}: y_layer has {n} entries, expected {n + 1}: y_layer[0] must be the input y_in, "
            "then the values of every layer."
        )
    y_layer = _per_layer(f"{label}: y_layer", y_layer, n + 1)
    if isinstance(df_layer, (list, tuple)) and len(df_layer) == n + 1 and n > 1:
        raise AssertionError(
            f"{label}: df_layer has {n + 1} entries, expected {n}, one per layer of weights: does it hold one for "
            "the input y_in too? y_layer starts with the input, df_layer does not: df_layer[j] is f'(z) of the layer "
            "weights[j] computes, z = y_layer[j] @ weights[j] + biases[j]."
        )
    df_layer = _per_layer(f"{label}: df_layer", df_layer, n)
    ref_df = None if exact is None else exact(y_in.copy(), _copy(weights), _copy(biases))[2]
    testing.assert_close(
        f"{label}: y_layer[0]", y_layer[0], y_in, rtol=VALUE_RTOL, hint="y_layer[0] must be the input y_in."
    )
    for j in range(n):
        y_below, fz = net.ys[j], net.ys[j + 1]
        wrong = {
            f"y_layer[{j + 1}] holds f'(z), not f(z): forward_step returns the pair (f(z), f'(z)) in that order.": fz
            * (1 - fz),
            f"the bias biases[{j}] is missing from y_layer[{j + 1}].": sigmoid(y_below @ weights[j]),
            f"the sigmoid is not applied: y_layer[{j + 1}] is z, not f(z).": net.zs[j],
        }
        if j > 0 and y_in.shape[1] == weights[j].shape[0]:
            wrong[
                f"y_layer[{j + 1}] is computed from y_in instead of y_layer[{j}]: each layer takes the values of the "
                "layer below it (the last ones computed, y_layer[-1])."
            ] = sigmoid(y_in @ weights[j] + biases[j])
        _assert_value(
            y_layer[j + 1],
            net.ys[j + 1],
            f"{label}: y_layer[{j + 1}]",
            wrong,
            f"y_layer[{j + 1}] must be f(y_layer[{j}] @ weights[{j}] + biases[{j}]).",
        )
        others = {
            f"df_layer[{j}] is f'(z) of layer {i}, not of layer {j + 1} (df_layer[{j}] belongs to "
            f"weights[{j}]).": net.ys[i] * (1 - net.ys[i])
            for i in range(1, n + 1)
            if i != j + 1 and net.ys[i].shape == net.ys[j + 1].shape
        }
        others = {
            f"df_layer[{j}] holds f(z), the values, not f'(z): forward_step returns the pair (f(z), f'(z)) in "
            "that order.": fz,
            **others,
        }
        _check(
            f"{label}: df_layer[{j}]",
            df_layer[j],
            _elementwise_derivative(net.zs[j]),
            lambda j=j, others=others: {**others, **_derivative_bugs(net.zs[j])},
            exact=None if ref_df is None else np.asarray(ref_df[j], dtype=float),
        )
    testing.assert_close(
        f"{label}: y_out",
        y_out,
        net.ys[-1],
        rtol=VALUE_RTOL,
        hint="y_out must be the last layer's values, y_layer[-1].",
    )


def check_backward_step(
    backward_step: Callable[..., Any],
    batch_size: int = 3,
    n_lower: int = 2,
    n_upper: int = 4,
    rng: int | np.random.Generator = 0,
    exact: Callable[..., Any] | None = None,
    saturated: bool = False,
) -> None:
    """``backward_step(delta, w, df)``: the gradient of sum(delta * (sigma(z) w + b)) with respect to z.

    delta (batch_size, n_upper), w (n_lower, n_upper), df = sigma'(z) of shape (batch_size, n_lower). With
    ``saturated``, every other z has |z| from 8 to 14, so df there is from 3e-4 down to 1e-6 (round 98: df floored
    at 1e-3 "against vanishing gradients" kept the point).
    """
    rng = _rng(rng)
    z = rng.normal(size=(batch_size, n_lower))
    if saturated:
        z.flat[::2] = rng.choice([-1.0, 1.0], size=z.flat[::2].size) * rng.uniform(8.0, 14.0, size=z.flat[::2].size)
    w = rng.normal(size=(n_lower, n_upper))
    delta = rng.normal(size=(batch_size, n_upper))
    df = sigmoid(z) * (1 - sigmoid(z))
    label = f"backward_step (batch {batch_size}, {n_lower} units below, {n_upper} above)"
    args = [delta.copy(), w.copy(), df.copy()]
    with _Calling(label):
        result = backward_step(*args)
    _unchanged(label, {"delta": (args[0], delta), "w": (args[1], w), "df": (args[2], df)}, _NO_CHANGE, returned=result)
    # made only when needed: with exact given, a right answer is judged against exact (as bias's layer checks)
    numeric = partial(gradcheck.numerical_vjp, lambda z_: sigmoid(z_) @ w, z.copy(), delta)

    def likely() -> dict[str, np.ndarray]:
        back = delta @ w.T
        return {
            "the factor df is missing: Delta_lower = (Delta w^T) * df, with df = f'(z) of the lower layer.": back,
            "df is used as if it were the activation: df (1 - df) is taken, but df already is f'(z).": back
            * df
            * (1 - df),
            "an extra factor df: Delta_lower = (Delta w^T) * df, with df once.": back * df * df,
            "it returns df itself: Delta_lower = (Delta w^T) * df.": df,
            # round 98: np.maximum(df, 1e-3) "against vanishing gradients" was told only the entries
            **{
                f"df is floored at {c:g} (np.maximum(df, {c:g}), against vanishing gradients?): Delta_lower = "
                "(Delta w^T) * df with df as it is, however small (a saturated unit passes little back).": back
                * np.maximum(df, c)
                for c in (1e-2, 1e-3, 1e-4, 1e-5, 1e-6)
                if np.any(df < c)
            },
            "it divides by df instead of multiplying: Delta_lower = (Delta w^T) * df.": back / df,
            # round 89
            "df is averaged over the batch (df.mean(axis=0)): each sample, a row, has its own f'(z): Delta_lower = "
            "(Delta w^T) * df, entry by entry.": back * df.mean(axis=0),
            **(
                {"it multiplies by w instead of its transpose: Delta_lower = (Delta w^T) * df.": (delta @ w) * df}
                if w.shape[0] == w.shape[1]
                else {
                    "it multiplies by w reshaped to the shape of w^T, not by w^T: reshape keeps the order of the "
                    "entries, so the numbers land in the wrong places; transpose with w.T.": (
                        delta @ w.reshape(w.shape[1], w.shape[0])
                    )
                    * df
                }
            ),
        }

    _check(
        label,
        result,
        numeric,
        likely,
        batch_size=batch_size,
        hint="The result is the Delta of the lower layer: one row per sample, one column per lower unit.",
        exact=None if exact is None else np.asarray(exact(delta.copy(), w.copy(), df.copy()), dtype=float),
    )


def check_backprop(
    backprop: Callable[..., Any],
    backward_step: Any = None,
    sizes: Sequence[int] = (2, 3, 2),
    batch_size: int = 5,
    rng: int | np.random.Generator = 0,
    exact: Callable[..., Any] | None = None,
    integer_weights: bool = False,
) -> None:
    """``backprop(y_target, y_layer, df_layer, weights)`` -> (dw_layer, db_layer) against finite differences of C.

    Checks ``backward_step`` first when given. ``exact``: the instructor's backprop (hidden tests).
    ``integer_weights``: weights of +-1 as integer arrays, which net_f_df's docstring allows (round 106: gradients
    built in np.zeros_like(weights[j]) were truncated to integers and kept the points).
    """
    if backward_step is not None:
        _first(lambda: check_backward_step(backward_step), "backward_step", "test_backward_step", backward_step)
    weights, biases, y_in, y_target = _rows_net(sizes, batch_size, _rng(rng))
    if integer_weights:
        weights = [np.where(w >= 0, 1, -1).astype(np.int64) for w in weights]
    net = _Net(weights, biases, y_in, y_target, "quadratic")
    y_layer, df_layer = net.ys, [y * (1 - y) for y in net.ys[1:]]
    label = f"backprop for layer sizes {list(sizes)}, batch {batch_size}" + (
        ", integer weights" if integer_weights else ""
    )
    args = [y_target.copy(), _copy(y_layer), _copy(df_layer), _copy(weights)]
    try:
        with _Calling(label, y_target=y_target, y_layer=y_layer, df_layer=df_layer, weights=weights):
            result = backprop(*args)
    except AssertionError as e:
        cause = e.__cause__  # what backprop raised (_Calling keeps it; the bridge's keeps the type's name)
        if len(weights) > 1 or getattr(cause, "type_name", type(cause).__name__) != "IndexError":
            raise
        raise AssertionError(  # round 106: the step into the first hidden layer taken before the loop
            f"{e} This network has no hidden layer: one layer above the input, so weights and df_layer hold one "
            "entry each and y_layer two. Does backprop reach for a layer below the output (df_layer[-2], "
            "weights[-2]) before its loop? Take each backward step inside the loop, only while a layer is left below."
        ) from None
    _unchanged(
        label,
        {
            "y_target": (args[0], y_target),
            "y_layer": (args[1], y_layer),
            "df_layer": (args[2], df_layer),
            "weights": (args[3], weights),
        },
        _NO_CHANGE,
        returned=result,
    )
    dws, dbs = _items(label, result, 2, "the pair (dw_layer, db_layer)")
    dws = _per_layer(f"{label}: dw_layer", dws, len(weights))
    dbs = _per_layer(f"{label}: db_layer", dbs, len(weights))
    ref = None if exact is None else exact(y_target.copy(), _copy(y_layer), _copy(df_layer), _copy(weights))
    _check_layers(label, dws, dbs, net, 2, ref)


def check_gradient_step(
    gradient_step: Callable[..., Any],
    sizes: Sequence[int] = (2, 3, 1),
    eta: float = 0.5,
    rng: int | np.random.Generator = 0,
    bias_value: float | None = None,
) -> None:
    """``gradient_step(weights, biases, dw_layer, db_layer, eta)`` -> (new weights, new biases).

    ``bias_value``: every bias entry set to this value (as init_net's zeros), so that layers of equal widths have
    equal biases (round 125: new biases kept in a dict keyed by the bias's shape and sum kept the points while every
    bias was drawn at random); None (the default) keeps the random biases.
    """
    rng = _rng(rng)
    weights, biases, _, _ = _rows_net(sizes, 1, rng)
    dws, dbs, _, _ = _rows_net(sizes, 1, rng)
    if bias_value is not None:
        biases = [np.full_like(b, float(bias_value)) for b in biases]
    label = f"gradient_step with eta={eta}"
    args = [_copy(weights), _copy(biases), _copy(dws), _copy(dbs)]
    with _Calling(label):
        result = gradient_step(*args, eta)
    # Updating weights and biases in place is allowed (``w -= eta * dw`` is the numpy idiom); the returned pair
    # is what is graded, against copies taken before the call.
    _unchanged(label, {"dw_layer": (args[2], dws), "db_layer": (args[3], dbs)}, _NO_CHANGE, returned=result)
    new_w, new_b = _items(label, result, 2, "the pair (weights, biases)")
    shapes = [[np.shape(a) for a in items] if isinstance(items, (list, tuple)) else None for items in (new_w, new_b)]
    if shapes == [[np.shape(b) for b in biases], [np.shape(w) for w in weights]] and shapes[0] != shapes[1]:
        raise AssertionError(  # round 81: told "an axis is gone"
            f"{label} returns (biases, weights), by the shapes of their arrays: the pair is in another order. It "
            "returns (weights, biases), the weights first."
        )
    for name, old, new, grads in (("weights", weights, new_w, dws), ("biases", biases, new_b, dbs)):
        new = _per_layer(f"{label}: the new {name}", new, len(old))
        if name == "biases" and all(_same_values(new[i], old[i]) for i in range(len(old))):
            # round 73: biases never stepped were told "a loop's b = b - eta * db rebinds the loop's name"
            raise AssertionError(
                f"{label}: every weights[j] took its step, but no biases[j] changed: are the biases stepped at all? "
                "Each layer's bias takes its step too, b - eta * db_layer[j], and the list returned holds the new "
                "ones (in a loop, b = b - eta * db rebinds the loop's name only: b -= eta * db changes the array, or "
                "put the new one in the list)."
            )
        for j in range(len(old)):
            if j > 0 and all(_same_values(new[i], old[i]) for i in range(j, len(old))):
                # round 71: for j in range(2), the visible check's depth, was told "a loop's w = w - eta * dw
                # rebinds the loop's name" (the layers before j, checked already, took their step)
                first = f"{name}[0]" if j == 1 else f"{name}[0] to {name}[{j - 1}]"
                last = f"{name}[{j}] is" if j == len(old) - 1 else f"{name}[{j}] to {name}[{len(old) - 1}] are"
                raise AssertionError(
                    f"{label}: {first} took a step, but {last} unchanged: does the "
                    f"loop over the layers stop early (a number of layers written into the code, such as range({j}), "
                    f"or range(len({name}) - 1))? Every layer takes a step: loop over all len({name}) of them."
                )
            if name == "biases" and np.shape(new[j]) != old[j].shape:
                with contextlib.suppress(ValueError):
                    if np.shape(new[j]) == np.broadcast_shapes(old[j].shape, dws[j].shape):  # round 56
                        raise AssertionError(
                            f"{label}: biases[{j}] after the step has shape {np.shape(new[j])}, the shape of "
                            f"biases[{j}] - eta * dw_layer[{j}] broadcast, expected {old[j].shape}: are the biases "
                            "stepped with the weight gradients (zip(biases, dw_layer))? Each bias takes a step along "
                            "its own db_layer[j]."
                        )
            extra = _other_layer_steps(
                f"{name}[{j}]", j, grads, lambda i, g="dw_layer" if name == "weights" else "db_layer": f"{g}[{i}]"
            )
            if name == "biases" and bias_value is not None:
                # round 125: every bias equal; a new bias copied from another layer's is told so
                extra = {
                    f"biases[{j}] took the step of db_layer[{i}]: it got biases[{i}]'s new value. Here every bias "
                    f"holds {float(bias_value):g} (as init_net makes them), so layers of equal widths have equal "
                    "biases: are new biases kept and reused by the bias's shape or values (a dict keyed on them), or "
                    "the gradients matched by their shape? Each layer takes its own step, b - eta * db_layer[j], "
                    "even when two layers' biases are equal.": np.asarray(dbs[i], dtype=float)
                    for i in range(len(dbs))
                    if i != j and np.shape(dbs[i]) == np.shape(dbs[j])
                }
            _check_step(f"{label}: {name}[{j}]", old[j], new[j], grads[j], eta, "eta", extra=extra)


def _other_layer_steps(
    what: str, j: int, grads: Sequence[Any], grad_name: Callable[[int], str]
) -> dict[str, np.ndarray]:
    """:func:`_check_step`'s ``extra`` for parameter ``what`` of layer ``j``: the steps along another layer's gradient
    of the same shape (``grads``: every layer's, ``grad_name(i)``: how layer i's is named; round 116: gradients matched
    to the parameters by their shape, a dict keyed on it, kept the points while no network had two layers of one
    shape, and the step was told only "wrong in all 3 entries")."""
    mine = np.shape(grads[j])
    return {
        f"{what} took the step of {grad_name(i)}, another layer's gradient of the same shape {mine}: are the "
        "gradients matched to the parameters by their shape (a dict keyed on it)? Each layer's parameters take their "
        "own layer's gradient: pair them by the layer's index.": np.asarray(grads[i], dtype=float)
        for i in range(len(grads))
        if i != j and np.shape(grads[i]) == mine
    }


def _same_values(new: Any, old: np.ndarray) -> bool:
    """Whether ``new`` holds exactly ``old``'s values (False for what is not an array of its shape)."""
    try:
        return bool(np.array_equal(np.asarray(new, dtype=float), old))
    except (TypeError, ValueError):
        return False


def check_train_net(
    train_net: Callable[..., Any],
    apply_net: Any = None,
    backprop: Any = None,
    gradient_step: Any = None,
    sizes: Sequence[int] = (2, 4, 1),
    batch_size: int = 5,
    eta: float = 0.5,
    rng: int | np.random.Generator = 0,
    backward_step: Any = None,
    forward_step: Any = None,
    net_f_df: Any = None,
) -> None:
    """``train_net(y_in, y_target, weights, biases, eta)`` -> (weights, biases, cost): one step and the cost before it.

    Checks ``apply_net`` (after ``net_f_df`` and ``forward_step``), ``backward_step``, ``backprop`` and
    ``gradient_step`` first when given (backprop's check would blame backprop for a wrong backward_step: round 53).
    """
    for function, test, check in (  # on this check's layer sizes: a bug of one output layer shows there too
        (
            "apply_net",
            "test_apply_net",
            partial(check_apply_net, sizes=sizes, batch_size=batch_size, forward_step=forward_step, net_f_df=net_f_df),
        ),
        ("backward_step", "test_backward_step", check_backward_step),
        ("backprop", "test_backprop", partial(check_backprop, sizes=sizes, batch_size=batch_size)),
        ("gradient_step", "test_gradient_step", partial(check_gradient_step, sizes=sizes)),
    ):
        given = {
            "apply_net": apply_net,
            "backward_step": backward_step,
            "backprop": backprop,
            "gradient_step": gradient_step,
        }[function]
        if given is not None:
            _first(lambda check=check, given=given: check(given), function, test, given)
    weights, biases, y_in, y_target = _rows_net(sizes, batch_size, _rng(rng))
    net = _Net(weights, biases, y_in, y_target, "quadratic")
    label = f"train_net for layer sizes {list(sizes)}, batch {batch_size}, eta={eta}"
    args = [y_in.copy(), y_target.copy(), _copy(weights), _copy(biases)]
    num_w, num_b = net.numeric()
    with _Calling(
        label,
        y_in=y_in,
        y_target=y_target,
        weights=weights,
        biases=biases,
        y_layer=net.ys,
        df_layer=[y * (1 - y) for y in net.ys[1:]],
        dw_layer=num_w,
        db_layer=num_b,
    ):
        result = train_net(*args, eta)
    # weights and biases may be updated in place, as gradient_step may; the returned triple is graded.
    _unchanged(label, {"y_in": (args[0], y_in), "y_target": (args[1], y_target)}, _NO_CHANGE, returned=result)
    new_w, new_b, cost = _items(label, result, 3, "the triple (weights, biases, cost)")
    new_w = [
        testing.as_array(f"{label}: weights[{j}]", w, weights[j].shape).astype(float)
        for j, w in enumerate(_per_layer(f"{label}: the new weights", new_w, len(weights)))
    ]
    new_b = _per_layer(f"{label}: the new biases", new_b, len(biases))
    if all(np.shape(b) == weights[j].shape for j, b in enumerate(new_b)):  # round 54: told only a bias's shape
        raise AssertionError(
            f"{label}: the new biases have the shapes of the weights: are gradient_step's arguments passed in its "
            "order, gradient_step(weights, biases, dw_layer, db_layer, eta)? In another order (weights, dw_layer, "
            "biases, db_layer, eta), a parameter takes a step along another's gradient, and numpy's broadcasting "
            "raises no error."
        )
    new_b = [testing.as_array(f"{label}: biases[{j}]", b, biases[j].shape).astype(float) for j, b in enumerate(new_b)]
    cost_arr = testing.as_array(f"{label}: the cost", cost)
    assert cost_arr.size == 1, (
        f"{label}: the cost must be a number, the sum over samples and outputs; it has shape {cost_arr.shape}"
    )
    cost_value, before = float(cost_arr.reshape(-1)[0]), net.cost()
    if not np.isclose(cost_value, before, rtol=VALUE_RTOL, atol=0):
        n, n_in, n_out = batch_size, sizes[0], sizes[-1]
        y, t = net.ys[-1], y_target
        c = "C = 1/(2N) sum ||y_out - y_target||^2"
        stories = [
            (
                2 * before,
                f"it is twice C: the 1/2 of {c} is missing"
                # round 97: np.mean((y_out - y_target)**2) with one output was told only "the 1/2 is missing"
                + (
                    " (np.mean over every entry of the errors divides by N x the number of outputs, here N: C "
                    "averages over the samples only, and halves)."
                    if n_out == 1
                    else "."
                ),
            ),
            (2 * n * before, f"it is not divided by 2N: {c}."),
            (n * before, f"it is N = {n} times C: the 1/N average over the batch is missing."),
            (
                before / n_out if n_out > 1 else np.nan,
                f"it is averaged over the {n_out} outputs too: C sums the squared errors over the outputs "
                "and averages over the samples only.",
            ),
            (
                (after := _Net(new_w, new_b, y_in, y_target, "quadratic").cost()),
                "it is the cost after the step: return the cost of the forward pass made before the step.",
            ),
            (  # round 73: the two slips at once were told only the formula
                2 * after,
                f"two slips: it is the cost after the step (return the cost of the forward pass made before the "
                f"step), and twice C (the 1/2 of {c} is missing).",
            ),
            (-before, f"its sign is flipped: {c} is a sum of squares, never negative."),
            (4 * n * n * before, f"it multiplies by 2N instead of dividing: {c}."),
            (n * n * before, f"it is N**2 times C: it multiplies by N where it divides: {c}."),
            (before / n, f"it is C / N: divided by the batch size N = {n} twice (once where it does not belong)."),
            (
                before / (n * n_out) if n_out > 1 else np.nan,
                f"it is averaged twice: a mean over all N x {n_out} entries, then divided by 2N again; {c}.",
            ),
            (np.sum(y - t) / (2 * n), f"the errors are not squared: {c}."),
            (np.sum(y - t) / n, f"the errors are not squared ((y_out - y_target) * 2 instead of ** 2?): {c}."),
            (np.sum(np.abs(y - t)) / (2 * n), f"it sums absolute errors, not squared ones: {c}."),
            (np.sum((y + t) ** 2) / (2 * n), f"y_target is added instead of subtracted: {c}."),
            (np.sum(y**2) / (2 * n), f"y_target is not subtracted: {c}."),
            (np.sum(t**2) / (2 * n), f"y_out is missing from the error: {c}."),
        ]
        for d, what in ((n_in, "inputs, y_in.shape[1]"), (n_out, "outputs, y_target.shape[1]")):
            # the outputs' count when the two are equal: the cost is made of the outputs (round 55: a sum over the
            # samples divided by 2 x the outputs was asked first about the inputs)
            if d != n and not (what.startswith("inputs") and n_in == n_out):
                stories.append(
                    (
                        before * n / d,
                        f"it divides by 2 x the number of {what} = {d}, instead of 2N = 2 x the batch size {n}, "
                        "y_in.shape[0] (the other axis of the shape?).",
                    )
                )
        if n != VISIBLE_BATCH:
            stories.append(
                (
                    before * n / VISIBLE_BATCH,
                    f"the batch size {VISIBLE_BATCH} of the visible test is hard-coded: N is y_in.shape[0] (here "
                    f"{n}); {c}.",
                )
            )
        # several slips can give the same number on this batch: name each
        found = list(
            dict.fromkeys(
                text for value, text in stories if np.isclose(cost_value, value, rtol=10 * VALUE_RTOL, atol=0)
            )
        )
        story = (
            " Or ".join(found)
            if found
            else "C = 1/(2N) sum ||y_out - y_target||^2, from the forward pass before the step."
        )
        raise AssertionError(
            f"{label} returned the cost {cost_value:.6g}, but the batch's cost before the step is {before:.6g}: {story}"
        )
    for name, old, new, grads in (("weights", weights, new_w, num_w), ("biases", biases, new_b, num_b)):
        for j in range(len(old)):
            _check_step(
                f"{label}: {name}[{j}]",
                old[j],
                new[j],
                grads[j],
                eta,
                "eta",
                extra={
                    "the parameters are unchanged: train_net must return the parameters that "
                    "gradient_step returns (the instructor's gradient_step returns new lists).": np.zeros_like(grads[j])
                },
                hint="train_net: apply_net, then backprop, then gradient_step with eta.",
            )


def check_call(
    SigmoidMLP: Any,
    widths: Sequence[int],
    batch_size: int = 5,
    rng: int | np.random.Generator = 0,
    dtype_tolerance: bool = False,
) -> None:
    """``SigmoidMLP(widths)(inputs)`` against the forward pass through every layer, in order.

    inputs (widths[0], batch_size); the layers' parameters are set by the check. The other checks build their own
    activations, so a ``__call__`` that skips layers shows only here (round 127: one that applied the first and the
    last layer only was right for every 2-layer network, such as XOR's [2, 4, 1]).

    ``dtype_tolerance``: also compare at the tolerance of the output's dtype (testing.assert_close: float64's 1e-9
    for a float64 output) rather than only at float32's 2e-5 (round 132: a float64 __call__ with e written 2.71828
    kept the points).
    """
    rng = _rng(rng)
    weights, biases, inputs, _ = _columns_net(widths, batch_size, rng)
    mlp = _build(SigmoidMLP, widths, weights, biases)
    label = f"SigmoidMLP({list(widths)})(inputs), the output on a batch of {batch_size}"
    hint = (
        "__call__ must apply every layer of self.layers in order (a = layer(a) for each one), hidden layers "
        "included, and return the last layer's output."
    )
    expected = inputs
    for W, b in zip(weights, biases, strict=True):
        expected = sigmoid(W @ expected + b)
    alternatives: dict[str, np.ndarray] = {}
    if len(weights) > 2 and weights[-1].shape[1] == weights[0].shape[0]:
        first_last = sigmoid(weights[-1] @ sigmoid(weights[0] @ inputs + biases[0]) + biases[-1])
        skipped = "it applies only the first and the last layer and skips the hidden layers between them. "
        alternatives[skipped + hint] = first_last
    try:
        got = mlp(inputs.copy())
    except Exception as e:  # noqa: BLE001  (told as a failure of __call__)
        name = getattr(e, "type_name", type(e).__name__)
        raise AssertionError(
            f"{label} raised {name}{testing.error_detail(e)}. Does it skip a layer (a layer's weights then meet "
            f"activations of the wrong width)? {hint}"
        ) from None
    _assert_value(got, expected, label, alternatives, hint)
    if dtype_tolerance:
        testing.assert_close(
            label,
            got,
            expected,
            hint="each layer's output is 1 / (1 + np.exp(-z)) exactly: no clip, no decimal e (2.71828 ** -z), no "
            "approximation",
        )


# Round 128: z beyond the clips that change nothing below |z| = 46, and tiny f'(z) given to the backward pass.

SIGMOID_FAR_CLIP_Z = (-60.0, -100.0, -150.0, -400.0, -690.0, 60.0, 100.0, 150.0, 400.0, 690.0)


def _not_above_far(label: str, got: Any, truth: np.ndarray, z: np.ndarray, symbol: str) -> None:
    """Every entry of ``got`` no higher than 2 (true value) + 1e-300: 0 passes (float32, the tanh forms)."""
    try:
        values = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return  # the function's other checks tell what it returns
    if values.shape != truth.shape:
        return
    bad = ~(values <= 2.0 * truth + 1e-300)  # NaN too
    if np.any(bad):
        i = np.unravel_index(int(np.argmax(bad)), truth.shape)
        raise AssertionError(
            f"{label} at z = {z[i]:g} is {values[i]:.4g}, the true {symbol} is {truth[i]:.4g}: far above it. Is z "
            'clipped (np.clip(z, -50, 50) "against overflow"), or f or f\' floored? np.exp(-z) is finite up to '
            "|z| = 709 and the formulas need no clip there; a clip or floor changes f and f' wherever |z| is beyond it."
        )


def check_sigmoid_beyond_clip(
    name: str, fn: Callable[..., Any], rng: int | np.random.Generator = 0, *, forward: bool = False
) -> None:
    """``fn(z)`` (net_f_df) or ``fn(y, w, b)`` with z = y w + b (``forward``) at |z| from 60 to 690
    (:data:`SIGMOID_FAR_CLIP_Z`): no f or f' more than twice the true value (a 0 passes: float32 and the tanh
    forms round to 0 there). Round 128: np.clip(z, -50, 50) kept the points (sigma(-60) 2e-22 instead of 9e-27)."""
    z = _rng(rng).permutation(np.array(SIGMOID_FAR_CLIP_Z))
    e = np.exp(-np.abs(z))
    if forward:
        y, w, b = z.reshape(-1, 1), np.ones((1, 2)), np.zeros(2)
        z = y @ w + b
        e = np.exp(-np.abs(z))
        args: tuple[Any, ...] = (y.copy(), w.copy(), b.copy())
    else:
        z = z.reshape(5, 2)
        e = e.reshape(5, 2)
        args = (z.copy(),)
    truth = (np.where(z > 0, 1.0, e) / (1.0 + e), e / (1.0 + e) ** 2)
    label = f"{name} (z from -690 to 690)"
    with _Calling(label), np.errstate(all="ignore"):
        result = fn(*args)
    got = _items(label, result, 2, "the pair (f, df)")
    for g, t, what, symbol in zip(got, truth, ("f", "df"), ("sigma(z)", "sigma'(z)"), strict=True):
        _not_above_far(f"{name}'s {what}", g, t, z, symbol)


def check_backward_step_tiny_df(backward_step: Callable[..., Any], rng: int | np.random.Generator = 0) -> None:
    """``backward_step(delta, w, df)`` with df from 1e-12 down to 1e-34 (saturated units), each entry of the result
    compared with its own exact value (round 128: df floored at 1e-30 to 1e-6 kept the points)."""
    rng = _rng(rng)
    delta, w = rng.normal(size=(4, 2)), rng.normal(size=(3, 2))
    # one exponent in each of 12 equal slices of [-34, -12], in random places: some df always below 1e-30 (drawn
    # uniformly, all 12 stayed above 1e-30 in 9 % of draws, and a floor at 1e-30 kept the point)
    df = 10.0 ** rng.permutation(np.linspace(-34.0, -12.0, 13)[:-1] + rng.uniform(0.0, 22.0 / 12, size=12))
    df = df.reshape(4, 3)
    expected = (delta @ w.T) * df
    scale = (np.abs(delta) @ np.abs(w).T) * df
    label = "backward_step (f'(z) from 1e-12 down to 1e-34: saturated units)"
    with _Calling(label):
        result = backward_step(delta.copy(), w.copy(), df.copy())
    try:
        got = np.asarray(result, dtype=np.float64)
    except (TypeError, ValueError):
        return  # the other checks tell what it returns
    if got.shape != expected.shape:
        return
    bad = ~(np.abs(got - expected) <= 1e-4 * scale)
    if np.any(bad):
        i = np.unravel_index(int(np.argmax(bad)), expected.shape)
        raise AssertionError(
            f"{label}: entry {tuple(int(k) for k in i)} is {got[i]:.4g}, expected {expected[i]:.4g} (df there is "
            f'{df[i]:.3g}). Is df floored (np.maximum(df, c), "so the gradient never vanishes")? Delta_lower = '
            "(Delta w^T) * df with df as it is, however small: a saturated unit passes almost nothing back."
        )


def check_backprop_saturated(backprop: Callable[..., Any], rng: int | np.random.Generator = 0) -> None:
    """``backprop`` with saturated outputs and hidden units (y within 1e-9 of 0 or 1, df = y (1 - y) down to 1e-12),
    every entry compared with the exact chain rule relative to its own size (round 128: df floored at 1e-6 kept the
    points)."""
    rng = _rng(rng)
    sizes, n = (3, 4, 2), 5
    weights = [rng.normal(size=(a, b)) for a, b in zip(sizes[:-1], sizes[1:], strict=True)]
    y_layer = [rng.normal(size=(n, sizes[0]))] + [rng.uniform(0.1, 0.9, size=(n, k)) for k in sizes[1:]]
    for y in y_layer[1:]:
        tiny = 10.0 ** rng.uniform(-12.0, -9.0, size=y.shape)
        y[...] = np.where(rng.random(size=y.shape) < 0.5, tiny, 1.0 - tiny)
        y.flat[0] = 0.5  # one unit not saturated
    df_layer = [np.where(y < 0.5, y, 1.0 - y) * np.where(y < 0.5, 1.0 - y, y) for y in y_layer[1:]]
    y_target = rng.uniform(0.05, 0.95, size=(n, sizes[-1]))

    def chain(f: Callable[[np.ndarray], np.ndarray]) -> tuple[list[np.ndarray], list[np.ndarray]]:
        dws, dbs = [None] * len(weights), [None] * len(weights)
        delta = f(y_layer[-1] - y_target) * f(df_layer[-1])
        for j in reversed(range(len(weights))):
            dws[j] = f(y_layer[j]).T @ delta / n
            dbs[j] = delta.sum(axis=0) / n
            if j > 0:
                delta = (delta @ f(weights[j]).T) * f(df_layer[j - 1])
        return dws, dbs

    exact, scale = chain(lambda a: a), chain(np.abs)
    label = (
        "backprop for layer sizes [3, 4, 2], batch 5, saturated units (y within 1e-9 of 0 or 1, df = y (1 - y) from "
        "1e-9 down to 1e-12)"
    )
    with _Calling(label):
        result = backprop(y_target.copy(), _copy(y_layer), _copy(df_layer), _copy(weights))
    dws, dbs = _items(label, result, 2, "the pair (dw_layer, db_layer)")
    dws = _per_layer(f"{label}: dw_layer", dws, len(weights))
    dbs = _per_layer(f"{label}: db_layer", dbs, len(weights))
    for kind, got_list, ex_list, sc_list in (
        ("dw_layer", dws, exact[0], scale[0]),
        ("db_layer", dbs, exact[1], scale[1]),
    ):
        for j, (got, ex, sc) in enumerate(zip(got_list, ex_list, sc_list, strict=True)):
            try:
                g = np.asarray(got, dtype=np.float64).reshape(ex.shape)
            except (TypeError, ValueError):
                return  # the other checks tell what it returns
            bad = ~(np.abs(g - ex) <= 1e-4 * sc + 1e-300)
            if np.any(bad):
                i = np.unravel_index(int(np.argmax(bad)), ex.shape)
                raise AssertionError(
                    f"{label}: {kind}[{j}] entry {tuple(int(k) for k in i)} is {g[i]:.4g}, the chain rule gives "
                    f'{ex[i]:.4g}. Is f\'(z) floored (np.maximum(df, c), "so the gradient never vanishes")? Use '
                    "df_layer as it is, however small: a saturated unit passes almost nothing back."
                )


# Round 132: float32 answers judged at float32's precision, entry by entry, and checks applied to EVERY answer
# whatever its dtype (float64 answers are far inside the limits). Before, a float32 answer (or one whose code touched
# float32) was compared at about 2e-5 of the largest entry: forward_step with e written 2.71828, gradient_step
# skipping updates below 1e-3 of the layer's largest, SigmoidMLP.gradients divided by B + 1e-5, hidden deltas zeroed
# where a(1 - a) < 1e-2 (float64 too) and a __call__ clipped to [1e-5, 1 - 1e-5] (float64 too) kept the points.
# Limits in units of EPS32 = 2**-24 times each entry's scale, about 3-5x the worst correct answer (answers/sigmoid_mlp/
# alt_*, indep_alt_*, blind*_ok_*, reference; 8 draws each): worst forward_step 3.3 (indep_alt_netfdf_float32, f's
# relative error at negative z), gradient_step 1.5 (alt_float32_everywhere), gradients 0.55 (alt_float32_activations;
# the scales of _abs_chain are generous), __call__ 0 (no correct float32 __call__ there; float32 1 / (1 + exp(-z))
# of an exact z is within 4 by its three roundings). The round 132 attacks: 161 and 1700 (e = 2.71828 / 2.7183),
# 1e7 (skipped steps), 300 to 1.8e5 (dead units), 32 to 71 (gradients / (B + 1e-5)), 310 to 1e14 (e, clipped
# __call__).
EPS32 = gradcheck.EPS32
FLOAT32_PRECISION = gradcheck.FLOAT32_PRECISION
SIGMOID32_FORWARD_UNITS = 10.0  # f of |f| + tanh(z/2)^2 / 2 (the float32 tanh form's loss), df of 1 (absolute)
SIGMOID32_STEP_UNITS = 4.0  # of |w| + |eta dw|
SIGMOID32_GRADIENTS_UNITS = 2.5  # of each entry's chain of |terms| (see _abs_chain)
SIGMOID32_CALL_UNITS = 10.0  # of |a| (z exact in float32)


def _worst(units: np.ndarray, limit: float) -> tuple[int, ...] | None:
    """Index of the entry furthest beyond ``limit`` (None when every entry is within it)."""
    bad = ~(units <= limit)
    if not bad.any():
        return None
    return tuple(int(k) for k in np.unravel_index(int(np.argmax(np.where(bad, units, -1.0))), units.shape))


def _sigmoid_pair(z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """sigma(z) and sigma(z) sigma(-z) = sigma'(z), each to float64 relative precision for |z| below 700."""
    f, g = 1.0 / (1.0 + np.exp(-z)), 1.0 / (1.0 + np.exp(z))
    return f, f * g


def _dyadic_magnitudes(rng: np.random.Generator, bands: Sequence[tuple[float, float, int]]) -> np.ndarray:
    """Magnitudes drawn in each band (low, high, count), rounded to multiples of 1/64 (exact in float32)."""
    return np.concatenate([np.round(rng.uniform(lo, hi, size=k) * 64.0) / 64.0 for lo, hi, k in bands])


def check_forward_step_float32(forward_step: Callable[..., Any], rng: int | np.random.Generator = 0) -> None:
    """``forward_step(y, w, b)`` with z = y w + b exact in float32 (-16 to -12, -8 to -3, -3 to 3, 11 to 13 and 14 to
    16): f within a few float32 ulps of itself plus of tanh(z/2)^2 / 2 (the float32 form 0.5 (1 + tanh(z / 2)) loses
    about 1e-7 absolute where f is near 0), df within a few ulps of 1 (absolute: f (1 - f) and 0.25 (1 - tanh(z/2)**2)
    lose about 1e-7 where f is near 1 or 0). Round 132: a float32 forward_step computing 2.71828 ** -z (e hard-coded,
    f off by |z| 7e-7 of itself) kept the point; with e = 2.7183 it no longer does, with 2.71828 it still does: that
    error is within what the float32 tanh form loses. Raises ``AssertionError``."""
    rng = _rng(rng)
    neg = _dyadic_magnitudes(rng, [(12.0, 16.0, 3), (3.0, 8.0, 3), (0.0, 3.0, 2)])
    pos = _dyadic_magnitudes(rng, [(0.0, 3.0, 2), (11.0, 13.0, 2), (14.0, 16.0, 2)])
    z = rng.permutation(np.concatenate([-neg, pos]))
    y = np.stack([z - 0.5, np.full_like(z, 0.25)], axis=1)  # z = (z - 0.5) * 1 + 0.25 * 2 + 0: exact
    w, b = np.array([[1.0], [2.0]]), np.zeros(1)
    result = testing.quiet_call(lambda: forward_step(y.copy(), w.copy(), b.copy()))
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return  # the other checks tell what it returns
    z = z[:, None]
    f_true, df_true = _sigmoid_pair(z)
    # f: its own size, plus what the float32 form 0.5 (1 + tanh(z / 2)) loses in 1 + tanh (half an ulp of tanh^2 /
    # 2: about 1e-7 absolute where f is near 0), which a correct float32 answer may use
    for name, got, truth, scale in (
        ("f", result[0], f_true, f_true + 0.5 * np.tanh(z / 2.0) ** 2),
        ("df", result[1], df_true, np.ones_like(df_true)),
    ):
        got = testing.float64_or_none(got, truth.shape)
        if got is None:
            return
        i = _worst(gradcheck.float32_units_off(got, truth, scale), SIGMOID32_FORWARD_UNITS)
        if i is None:
            continue
        why = (
            "0 where the true value is small but not 0: a cut-off for large |z|? float32 resolves it"
            if got[i] == 0
            else f"{got[i] / truth[i]:.9g} times the true value: e written as a decimal (2.71828 ** -z instead of "
            "np.exp(-z)), an approximation (a series, a table) or a rounding step? 1 / (1 + np.exp(-z)) and f (1 - f), "
            "in float32 or float64, stay within a few ulps"
        )
        raise AssertionError(
            f"forward_step's {name} at z = {z[i]:.6g} is {got[i]:.9g}, not {truth[i]:.9g}: off by "
            f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} (z exact in float32; checked entry by entry): {why}."
        )


def check_gradient_step_float32(
    gradient_step: Callable[..., Any], eta: float = 1.5, rng: int | np.random.Generator = 0
) -> None:
    """``gradient_step`` on a [3, 4, 2] network whose gradients span 1e-6 to 1 of each layer's largest, each parameter
    of about the size of its own step: every entry within a few float32 ulps of |w| + |eta dw|. Round 132: a float32
    gradient_step that skipped the entries whose |dw| was below 1e-3 of the layer's largest kept the point. Raises
    ``AssertionError``."""
    rng = _rng(rng)
    shapes = [(3, 4), (4, 2)]

    def grad(shape: tuple[int, ...]) -> np.ndarray:
        n = int(np.prod(shape))
        exps = np.resize(np.array([0.0, -6.0, -5.0, -4.0, -3.0, -2.0]), n) + rng.uniform(-0.3, 0.0, size=n)
        exps[0] = 0.0  # the largest
        signs = rng.permutation(np.resize([1.0, -1.0], n))
        return rng.permutation(signs * 10.0**exps).reshape(shape)

    dws = [grad(s) for s in shapes]
    dbs = [grad((s[1],)) for s in shapes]
    params = [
        [eta * g * rng.uniform(0.5, 2.0, size=g.shape) * rng.choice([1.0, -1.0], size=g.shape) for g in gs]
        for gs in (dws, dbs)
    ]
    weights, biases = params
    result = testing.quiet_call(lambda: gradient_step(_copy(weights), _copy(biases), _copy(dws), _copy(dbs), eta))
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return  # the other checks tell what it returns
    for kind, got_list, old, grads in (("weights", result[0], weights, dws), ("biases", result[1], biases, dbs)):
        try:
            got_list = list(got_list)
        except TypeError:
            return
        if len(got_list) != len(old):
            return
        for j, (got, p, g) in enumerate(zip(got_list, old, grads, strict=True)):
            got = testing.float64_or_none(got, p.shape)
            if got is None:
                return
            truth = p - eta * g
            i = _worst(gradcheck.float32_units_off(got, truth, np.abs(p) + np.abs(eta * g)), SIGMOID32_STEP_UNITS)
            if i is None:
                continue
            ratio = np.abs(g[i]) / np.max(np.abs(g))
            why = (
                "the parameter left as it was: small updates skipped (below a threshold, as 'negligible')? every "
                "entry takes its step, however small"
                if got[i] in (p[i], float(np.float32(p[i])))
                else "an approximation or a rounding step? p - eta * dp, in float32 or float64, stays within a few ulps"
            )
            raise AssertionError(
                f"gradient_step (eta={eta}): new {kind}[{j}] at {list(i)} is {got[i]:.9g}, not {truth[i]:.9g} (old "
                f"{p[i]:.9g}, gradient {g[i]:.3g}, {ratio:.2g} of the layer's largest): off by "
                f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} (checked entry by entry): {why}."
            )


def _abs_chain(weights: list[np.ndarray], biases: list[np.ndarray], x: np.ndarray, t: np.ndarray):
    """Part 1's cross-entropy gradients (columns) and, for each entry, the sum of |terms| that float32 rounding is
    relative to: a's (its own size plus its z's rounding), a - t's, and sigma' = a (1 - a) judged at 1 + |df| S_z
    (0.25 (1 - tanh(z/2)**2) is as right, and loses EPS32 of 1)."""
    acts, s_acts, dfs, s_dfs = [x], [np.abs(x)], [], []
    for W, b in zip(weights, biases, strict=True):
        z = W @ acts[-1] + b
        s_z = np.abs(W) @ (np.abs(acts[-1]) + s_acts[-1]) + np.abs(b)
        a, df = _sigmoid_pair(z)
        acts.append(a)
        s_acts.append(a + df * s_z)
        dfs.append(df)
        s_dfs.append(1.0 + df * s_z)
    n = x.shape[1]
    delta, s_delta = acts[-1] - t, np.abs(acts[-1]) + np.abs(t) + s_acts[-1]
    wg, bg, s_wg, s_bg = [None] * len(weights), [None] * len(weights), [None] * len(weights), [None] * len(weights)
    for m in reversed(range(len(weights))):
        wg[m], s_wg[m] = delta @ acts[m].T / n, s_delta @ (np.abs(acts[m]) + s_acts[m]).T / n
        bg[m], s_bg[m] = delta.sum(axis=1, keepdims=True) / n, s_delta.sum(axis=1, keepdims=True) / n
        if m > 0:
            delta = (weights[m].T @ delta) * dfs[m - 1]
            s_delta = (np.abs(weights[m]).T @ s_delta) * s_dfs[m - 1]
    return wg, bg, s_wg, s_bg


def check_gradients_float32(SigmoidMLP: Any, rng: int | np.random.Generator = 0) -> None:
    """``SigmoidMLP([3, 6, 1]).gradients`` on one sample whose hidden pre-activations lie at |z| of 3.5 to 11.5
    (a(1 - a) from 0.03 down to 1e-5) and whose output is near 0.18 with target 1: every entry within a few float32
    ulps of its chain of |terms| (:func:`_abs_chain`). Round 132: gradients with hidden deltas set to 0 where
    a(1 - a) < 1e-2 (float64 and float32), and float32 gradients divided by B + 1e-5 (off by 1e-5 of themselves on one
    sample), kept the points. Raises ``AssertionError``."""
    rng = _rng(rng)
    x = rng.uniform(0.5, 1.5, size=(3, 1)) * rng.choice([1.0, -1.0], size=(3, 1))
    W1 = rng.uniform(0.5, 1.5, size=(6, 3)) * rng.choice([1.0, -1.0], size=(6, 3))
    z1 = rng.permutation([3.5, 5.5, 7.5, 9.5, 10.5, 11.5] + rng.uniform(-0.3, 0.3, size=6))
    z1 = z1 * rng.permutation([1.0, -1.0, 1.0, -1.0, 1.0, -1.0])
    b1 = z1[:, None] - W1 @ x
    W2 = rng.uniform(0.3, 1.0, size=(1, 6)) * rng.choice([1.0, -1.0], size=(1, 6))
    b2 = -1.5 - W2 @ sigmoid(W1 @ x + b1)
    t = np.ones((1, 1))
    weights, biases = [W1, W2], [b1, b2]
    label = (
        "SigmoidMLP([3, 6, 1]).gradients on one sample, hidden pre-activations at |z| from 3.5 to 11.5 (a(1 - a) from "
        "0.03 down to 1e-5)"
    )
    mlp = testing.quiet_call(lambda: _build(SigmoidMLP, [3, 6, 1], weights, biases))
    if mlp is None:
        return
    result = testing.quiet_call(lambda: mlp.gradients(x.copy(), t.copy()))
    if not isinstance(result, (tuple, list)) or len(result) != 2:
        return  # the other checks tell what it returns
    wg, bg, s_wg, s_bg = _abs_chain(weights, biases, x, t)
    for kind, got_list, ex_list, sc_list in (("weight", result[0], wg, s_wg), ("bias", result[1], bg, s_bg)):
        try:
            got_list = list(got_list)
        except TypeError:
            return
        if len(got_list) != len(ex_list):
            return
        for m in reversed(range(len(ex_list))):
            got = testing.float64_or_none(got_list[m], ex_list[m].shape)
            if got is None:
                return
            ex = ex_list[m]
            i = _worst(gradcheck.float32_units_off(got, ex, sc_list[m]), SIGMOID32_GRADIENTS_UNITS)
            if i is None:
                continue
            if m == 0 and got[i] == 0:
                unit = i[0]
                dfu = sigmoid(z1[unit]) * sigmoid(-z1[unit])
                why = (
                    f"0 where hidden unit {unit} (z = {z1[unit]:.3g}, a(1 - a) = {dfu:.2g}) "
                    "still passes a delta back: hidden deltas set to 0 where a(1 - a) is small ('dead' or saturated "
                    "units)? (W^T delta) * a (1 - a) as it is, however small"
                )
            elif got[i] == 0:
                why = "0 where the true value is small but not 0: small entries zeroed? every entry counts"
            else:
                why = (
                    f"{got[i] / ex[i]:.9g} times the true value: a constant factor (dividing by B + eps instead of the "
                    "batch size B), an approximation or a rounding step? The exact formulas, in float32 or float64, "
                    "stay within a few ulps"
                )
            raise AssertionError(
                f"{label}: the {kind} gradient of layer {m} at {list(i)} is {got[i]:.9g}, not {ex[i]:.9g}: off by "
                f"{np.abs(got[i] - ex[i]):.2g}, {FLOAT32_PRECISION} for that entry (checked entry by entry): {why}."
            )


def check_call_saturated(SigmoidMLP: Any, rng: int | np.random.Generator = 0) -> None:
    """``SigmoidMLP([3, 4])(inputs)`` with inputs the identity, so that z = W exactly (float32 too), z placed at
    -30 to -12, -6 to 6 and 12 to 30: each output within a few float32 ulps of itself (sigma keeps full relative
    precision for negative z). Round 132: a __call__ clipping the output to [1e-5, 1 - 1e-5], or using 2.71828 ** -z,
    kept the points (float64 included: __call__ was compared at 2e-5 of the largest output). Raises
    ``AssertionError``."""
    rng = _rng(rng)
    mags = _dyadic_magnitudes(rng, [(12.0, 30.0, 4), (3.0, 6.0, 2), (0.0, 3.0, 2), (12.0, 30.0, 4)])
    signs = np.concatenate([-np.ones(4), rng.choice([1.0, -1.0], size=4), np.ones(4)])
    W = rng.permutation(mags * signs).reshape(4, 3)
    b = np.zeros((4, 1))
    x = np.eye(3)
    label = "SigmoidMLP([3, 4])(inputs), inputs the 3x3 identity (z = W: saturated outputs, |z| up to 30)"
    mlp = _build(SigmoidMLP, [3, 4], [W], [b])
    got = testing.quiet_call(lambda: mlp(x.copy()))
    got = testing.float64_or_none(got, W.shape) if got is not None else None
    if got is None:
        return  # check_call tells what it returns
    truth = sigmoid(W)
    i = _worst(gradcheck.float32_units_off(got, truth, truth), SIGMOID32_CALL_UNITS)
    if i is None:
        return
    why = (
        f"{got[i] / truth[i]:.9g} times the true value: the output clipped (np.clip(a, eps, 1 - eps)), e written as a "
        "decimal (2.71828 ** -z), or an approximation? 1 / (1 + np.exp(-z)), in float32 or float64, stays within a few "
        "ulps of itself"
    )
    raise AssertionError(
        f"{label}: the output at {list(i)} (z = {W[i]:.6g}) is {got[i]:.9g}, not sigma(z) = {truth[i]:.9g}: off by "
        f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} (checked entry by entry): {why}."
    )
