"""Answer-free checks of the ``bias_backprop`` notebook (a dense layer on a batch, samples as columns).

Shapes, for a layer with ``n_in`` inputs (N_prev, the fan-in) and ``n_out`` units (N), and a batch of
``batch`` samples (B), one sample per column::

    W (n_out, n_in)   b (n_out, 1)   a_prev (n_in, batch)   z, a, dz, da (n_out, batch)

Every check calls the student's function with arrays it keeps, then checks that the function left
them as they were (the notebook's rule: no function modifies its arguments), that a "pair" is a
tuple or a list of two, and the values: gradients against central differences of the test's own
cost (:mod:`backprop_course.gradcheck`, which names the likely bug), forward values against the
formula. Nothing here is a solution: the hidden tests pass the instructor's reference
implementations in as ``exact`` (to reject gradients estimated by finite differences) and lend them
to the notebook with :func:`backprop_course.testing.references`.

The visible checks use ``VISIBLE`` sizes and ``VISIBLE_LR``; the hidden tests use other sizes, so a
size or a step copied from the visible check into an answer is named in the message.

What a failure names comes from the test's own data: the formulas students write for sigma'(z) with a
typo in them (z for sigma(z), a division, a sign), the products of a layer with an operand swapped or
transposed, the pair returned in the other order, the parameter missing from an update or the step
missing from it. Two situations need a second call of the student's function: a ``ValueError`` (numpy's
error for shapes that do not fit) is looked at again on a square layer, where every product fits, so the
message says the shapes, the product they need and the operand that is swapped or transposed
(:func:`_shape_crash`); and a wrong ``update_layer`` step is computed again with another learning rate,
which tells a hard-coded step size (or a global ``lr``) from a wrong factor (:func:`_lr_not_used`).
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Mapping
from fractions import Fraction
from typing import Any

import numpy as np

from .. import gradcheck, testing

VISIBLE = {"n_in": 3, "n_out": 4, "batch": 5}  # the layer of the visible checks
VISIBLE_LR = 0.1  # the learning rate of the visible update_layer check
FLOAT32_GRAD_TOL = 1e-3  # gradcheck tolerance for a float32 answer, per entry (its rounding near zero entries)
# a float32 answer's values and gradients, against the exact ones: within testing.RTOL's float32 2e-5 of the largest
# entry. float32 sums over batches up to 200 and 80 inputs are off by 7e-7 of it at most (300 random layers); round
# 127's float32 answers off by a factor 1.0005 (a "safe" divisor B * 1.0005, a bias scaled by 1.0005) kept the points
# at the 1e-3 this was before
STEP_RTOL = 1e-5  # update_layer: W_new and b_new to this fraction of their largest entry (float32 W, b pass)

RULE = (
    "No function of this notebook may modify its arguments: return new arrays "
    "(write `dz = da * s`, not `da *= s`; `x = x / B`, not `x /= B`; `W_new = W - lr * dW`, not `W -= ...`)."
)


# -- activations lent to dense_forward (element-wise, any shape) -------------------------------------------


def sigmoid(z: Any) -> np.ndarray:
    """The logistic function 1 / (1 + exp(-z)), element-wise."""
    return 1.0 / (1.0 + np.exp(-np.asarray(z)))


def tanh(z: Any) -> np.ndarray:
    """tanh(z), element-wise."""
    return np.tanh(np.asarray(z))


def identity(z: Any) -> np.ndarray:
    """z itself (a linear layer)."""
    return np.asarray(z) * 1.0


def cube(z: Any) -> np.ndarray:
    """z ** 3, element-wise (an activation that is neither sigmoid nor tanh)."""
    return np.asarray(z) ** 3


# -- data -----------------------------------------------------------------------------------------------


def layer_case(n_in: int, n_out: int, batch: int, rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """A random layer and batch: W (n_out, n_in), b (n_out, 1), a_prev (n_in, batch), t (n_out, batch).

    Moderate magnitudes: the pre-activations W a_prev + b stay mostly within [-3, 3] (no saturation).
    """
    W = rng.normal(scale=0.7, size=(n_out, n_in))
    b = rng.normal(scale=0.5, size=(n_out, 1))
    a_prev = rng.normal(size=(n_in, batch))
    t = rng.uniform(0.05, 0.95, size=(n_out, batch))
    return W, b, a_prev, t


def _rng(rng: np.random.Generator | None, seed: int) -> np.random.Generator:
    return rng if rng is not None else np.random.default_rng(seed)


# -- the notebook's rules on what a function returns and what it may change -------------------------------


def pair(what: str, value: Any, names: tuple[str, str]) -> tuple[Any, Any]:
    """``value`` as the pair ``names`` (a tuple or a list of two items: both are accepted)."""
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return value[0], value[1]
    raise AssertionError(
        f"{what} must return the pair ({names[0]}, {names[1]}), as a tuple or a list of two arrays; "
        f"it returned {testing.describe(value)}"
    )


def call_keeping_inputs(what: str, fn: Callable[..., Any], *args: tuple[str, Any]) -> Any:
    """``fn(*values)`` for ``args`` = (name, value) pairs; fails if ``fn`` changed an array it was given.

    The arrays are the caller's own: an in-place change (``da *= ...``) shows in them after the call
    (when graded, the bridge writes such changes back to the caller's arrays).
    """
    before = [np.array(a, copy=True) if isinstance(a, np.ndarray) else None for _, a in args]
    result = fn(*(a for _, a in args))
    changed = [
        name for (name, a), old in zip(args, before, strict=True) if old is not None and not np.array_equal(a, old)
    ]
    if changed:
        names = ", ".join(f"`{n}`" for n in changed)
        first = next(i for i, (name, _) in enumerate(args) if name == changed[0])
        how = testing.how_changed(before[first], args[first][1], changed[0], result)
        raise AssertionError(
            f"{what} changed its argument{'s' if len(changed) > 1 else ''} {names} in place{how}: the caller's array "
            f"is different after the call. {RULE}"
        )
    return result


# -- tolerances: the course's float policy ------------------------------------------------------------------


def check_gradient(what: str, got: Any, numeric: np.ndarray, exact: Any = None, **options: Any) -> None:
    """:func:`gradcheck.check_gradient`, with the float policy applied.

    A float32 answer (by dtype, or float64 numbers that are all float32 values: computed in float32
    and converted back) gets a float32 tolerance and is not judged for finite differences (its own
    rounding hides them); a float64 answer is compared with ``exact`` as well.
    """
    float32_tol = options.pop("float32_tol", None)
    # with a float32_tol (saturated units), float32 arithmetic the kernel's watch saw counts too, its result converted
    # to float64 by a float64 factor (s = sigmoid(z).astype(np.float32); da * s * (1 - s): sigma' is 0 beyond z = 17.3,
    # and a CI run's draw rejected it at float64's tolerance)
    if gradcheck.holds_float32(got) or (float32_tol is not None and gradcheck.seen_computing_in_float32()):
        gradcheck.check_gradient(what, got, numeric, tol=max(FLOAT32_GRAD_TOL, float32_tol or 0.0), **options)
        if exact is not None and float32_tol is None:  # then at float32 precision, against the largest entry
            testing.assert_close(what, got, exact, hint=_constant_factor(got, exact))
    else:
        gradcheck.check_gradient(what, got, numeric, exact=exact, **options)


def assert_close(what: str, got: Any, expected: np.ndarray, hint: str = "") -> np.ndarray:
    """:func:`testing.assert_close` (float32 answers to 2e-5 of the largest entry), telling a constant factor."""
    return testing.assert_close(what, got, expected, hint=hint or _constant_factor(got, expected))


def _constant_factor(got: Any, expected: Any) -> str:
    """What a result that is ``expected`` times one factor (not 1, within 1e-3 of it: the larger ones have their own
    stories) is told; "" otherwise. The factor is read on the entries at least a tenth of the largest, whose ratios
    to the expected ones may spread by a tenth of the factor's distance from 1 (float32 rounding)."""
    try:
        a, e = np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    except (TypeError, ValueError):
        return ""
    if a.shape != e.shape or not np.all(np.isfinite(a)):
        return ""
    large = np.abs(e) >= 0.1 * float(np.max(np.abs(e), initial=0.0))
    # one entry is always "every entry times one factor": the story needs two (a CI draw told a 1x1 db it was a
    # divisor's fault, where a float32 sigma' shortcut in one sample's tail had moved it)
    if np.count_nonzero(large) < 2 or not np.all(e[large] != 0):
        return ""
    ratios = a[large] / e[large]
    factor = float(np.median(ratios))
    # the ratios' spread: float32 rounding alone spreads them by up to 5e-6 (sigmoid_layer_backward, 3000 draws)
    if not (1e-6 < np.abs(factor - 1.0) <= 1e-3) or float(np.ptp(ratios)) > max(1e-6, 0.1 * np.abs(factor - 1.0)):
        return ""
    return (
        f"Every entry is {factor:.6g} times the right one: a constant factor off by {np.abs(factor - 1.0):.1e}, "
        "far more than float32 rounding (a divisor or a scale that is not exactly the formula's)."
    )


def _equal(got: Any, expected: np.ndarray) -> bool:
    """Whether ``got`` equals ``expected`` to the float policy's tolerance (no message)."""
    try:
        arr = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return False
    if arr.shape != np.shape(expected):
        return False
    scale = max(float(np.max(np.abs(expected), initial=0.0)), 1e-12)
    return bool(np.all(np.abs(arr - expected) <= 1e-3 * np.maximum(np.abs(expected), 1e-3 * scale)))


# -- named factors: sizes in the wrong place -----------------------------------------------------------------


def _add_factor(factors: dict[str, float], value: float, story: str, avoid: tuple[float, ...]) -> None:
    """Add ``story`` for ``value`` unless it equals one of ``avoid``; merge stories of equal values."""
    if any(abs(value - v) <= 1e-9 * max(1.0, abs(v)) for v in avoid):
        return
    for old, v in list(factors.items()):
        if abs(v - value) <= 1e-9 * max(1.0, abs(v)):
            del factors[old]
            factors[f"{old.rstrip('.?')}; or {story[story.index(':') + 2 :]}"] = v
            return
    factors[story] = value


def size_factors(
    n_in: int, n_out: int, batch: int, nonzero_samples: int | None = None, samples_on_target: int = 0
) -> dict[str, float]:
    """Factors a batch average gets when it divides by the wrong size, named (gradcheck's ``factors``).

    Dividing by X instead of the batch size B multiplies the gradient by B/X: X the fan-in
    (``a_prev.shape[0]``), the number of units (``dz.shape[0]``), or a size of the visible check
    hard-coded into the answer. Factors 1, B and 1/B are left to gradcheck's own names.
    ``nonzero_samples``: for 0/1 inputs with columns of zeros, how many columns are not all 0 (round 108: an
    average over those samples only, "skipping padding", was named as a division by the fan-in when the two counts
    were equal). ``samples_on_target``: how many columns of dz are all 0 (round 118: an average over the other samples
    only kept the points while no column was).
    """
    factors: dict[str, float] = {}
    avoid = (1.0, float(batch), 1.0 / batch)
    if 0 < samples_on_target < batch:
        rest = batch - samples_on_target
        _add_factor(
            factors,
            batch / rest,
            f"{batch}/{rest} (batch size / samples whose dz is not all 0): divided by the {rest} columns of dz that "
            f"hold a nonzero entry instead of the batch size a_prev.shape[1] = {batch}? A sample on its target (dz's "
            "column all 0) still counts in the mean.",
            avoid,
        )
    if nonzero_samples == 1 and batch > 1:  # round 115: told only "summed over the batch instead of averaged?"
        factors[
            f"the batch size {batch}: summed over the batch instead of averaged? Or divided by the 1 column of a_prev "
            "that holds a nonzero entry, instead of the batch size a_prev.shape[1]: a column of zeros (XOR's input "
            "[0, 0]) is a sample too."
        ] = float(batch)
    elif nonzero_samples:
        _add_factor(
            factors,
            batch / nonzero_samples,
            f"{batch}/{nonzero_samples} (batch size / samples whose input is not all 0): divided by the "
            f"{nonzero_samples} columns of a_prev that hold a nonzero entry instead of the batch size a_prev.shape[1] "
            f"= {batch}? A column of zeros (XOR's input [0, 0]) is a sample too.",
            avoid,
        )
    # round 51: np.squeeze(a_prev).shape[-1], a batch size that is the fan-in for a batch of one
    squeezed = " (or a squeeze: np.squeeze drops the batch axis of a batch of one)" if batch == 1 else ""
    _add_factor(
        factors,
        batch / n_in,
        f"{batch}/{n_in} (batch size / fan-in): divided by a_prev.shape[0], the "
        f"{n_in} inputs of the layer, instead of the batch size a_prev.shape[1] = {batch}?{squeezed}",
        avoid,
    )
    _add_factor(
        factors,
        batch / n_out,
        f"{batch}/{n_out} (batch size / number of units): divided by dz.shape[0], "
        f"the {n_out} units of the layer, instead of the batch size a_prev.shape[1] = {batch}?{squeezed}",
        avoid,
    )
    if batch > 2:
        _add_factor(
            factors,
            batch / (batch - 1),
            f"{batch}/{batch - 1} (batch size / (batch size - 1)): divided by B - 1 = {batch - 1} instead of the "
            f"batch size B = {batch} (the n - 1 of a sample variance has no place in a mean)? Or by a fixed "
            f"{batch - 1}, a number in the code (a chunk size, a size kept from an earlier call)? Divide by "
            "a_prev.shape[1] of each call.",  # round 113: chunks of 8 divided by min(8, B), told only B - 1
            avoid,
        )
    if (n_in, n_out, batch) == (VISIBLE["n_in"], VISIBLE["n_out"], VISIBLE["batch"]):
        return factors  # the visible check itself: a hard-coded size of it cannot show
    _add_factor(
        factors,
        batch / VISIBLE["batch"],
        f"{batch}/{VISIBLE['batch']}: the batch size seems hard-coded as "
        f"{VISIBLE['batch']}, the batch size of the visible check (or kept from the first call, in a global or a "
        f"default argument); divide by a_prev.shape[1] of each call (here {batch}).",
        avoid,
    )
    for size, name in ((VISIBLE["n_in"], "number of inputs"), (VISIBLE["n_out"], "number of units")):
        _add_factor(
            factors,
            batch / size,
            f"{batch}/{size}: divided by {size}, the {name} of the visible check "
            f"(hard-coded?), instead of the batch size a_prev.shape[1] (here {batch}).",
            avoid,
        )
    return factors


def _db_shape_hint(db: Any, n_out: int, batch: int, n_in: int = 0) -> str:
    """What a db of the wrong shape means (a flat array, a reduction over the wrong axis, a_prev for dz)."""
    shape = np.shape(db) if isinstance(db, (np.ndarray, list, tuple)) else None
    if n_in and n_in not in (n_out, batch) and shape in ((n_in, 1), (n_in,)):
        return (
            f"db has one entry per input of the layer ({n_in}, the rows of a_prev) instead of one per unit "
            f"({n_out}, the rows of dz): is it computed from a_prev instead of dz (dense_backward(dz, a_prev) takes "
            "dz first)?"
        )
    if shape == (n_out,):
        return (
            f"db must be a column of shape ({n_out}, 1) like b: a ({n_out},) array would make the update "
            f"b - lr * db broadcast the bias into a ({n_out}, {n_out}) matrix without any error "
            "(keepdims=True keeps the column)."
        )
    if batch == 1 and shape in ((1, 1), (1,), ()) and n_out > 1:
        return (
            "db is a single number for a batch of one sample: it was reduced over the units (axis 0), not over the "
            "samples (axis 1). With one sample, np.squeeze(dz) turns the column into a 1-D array whose last axis is "
            "the units: reduce dz over axis 1 with keepdims=True, without squeezing."
        )
    if shape in ((1, batch), (batch,), (batch, 1)) and batch != n_out:
        return "Here axis 0 holds the units and axis 1 the samples (the columns): reduce dz over axis 1."
    if shape == (1, n_out) and n_out > 1:
        return f"db is a row of shape (1, {n_out}); b is a column of shape ({n_out}, 1)."
    if shape == (n_out, batch) and batch > 1:
        return "db still has one column per sample: reduce the columns over the batch (axis 1)."
    return ""


DB_FIX = (
    "db is the average of dz over all the samples: sum dz over axis 1 (the samples, the columns) and divide by "
    "the batch size, dz.mean(axis=1, keepdims=True)."
)


def _fitted(got: Any, direction: np.ndarray, true: np.ndarray) -> np.ndarray | None:
    """``c * direction`` with the number ``c`` that fits ``got`` best: a likely bug known up to a factor.

    None when it cannot say anything: ``got`` is not a finite array of ``direction``'s shape, has a single
    entry (any number is a multiple of any other), is all zeros (gradcheck names that), or ``direction`` is
    zero or a multiple of ``true`` (then it is the true gradient up to a factor, which gradcheck's factor
    names explain).
    """
    try:
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return None
    d = np.asarray(direction, dtype=np.float64)
    if g.shape != d.shape or g.size < 2 or not np.all(np.isfinite(g)) or np.all(np.abs(g) < gradcheck.ABS_FLOOR):
        return None
    dd, tt, dt = float(np.vdot(d, d)), float(np.vdot(true, true)), float(np.vdot(d, true))
    if dd == 0.0 or dt * dt >= (1.0 - 1e-6) * dd * tt:
        return None
    return d * (float(np.vdot(g, d)) / dd)


def _db_bugs(dz: np.ndarray, a_prev: np.ndarray, db: Any) -> dict[str, np.ndarray]:
    """Likely bugs of db = dC/db (shape (N, 1)) for a layer whose dC_s/dz_s is column s of ``dz`` (gradcheck's
    ``likely_bugs``): each known up to a factor (fitted to the student's ``db``), so that the message names
    the structure of the mistake (only one sample; the same number for every unit; weighted by the inputs
    like dW) whatever the student divided by.
    """
    n_out, batch = dz.shape
    true = dz.mean(axis=1, keepdims=True)
    bugs: dict[str, np.ndarray] = {}

    def add(story: str, direction: np.ndarray) -> None:
        wrong = _fitted(db, direction, true)
        if wrong is not None:
            bugs.setdefault(story, wrong)

    if batch > 1:
        for s in range(batch):
            if s == 0:
                who = "the first sample (column 0 of dz)"
            elif s == batch - 1:
                who = (
                    "the last sample (the last column of dz; a loop over the samples that sets db = ... instead "
                    "of adding db += ...?)"
                )
            else:
                who = f"sample {s} (column {s} of dz)"
            add(f"db uses only {who}: every sample contributes to db. {DB_FIX}", dz[:, s : s + 1])
    if batch > 2:  # round 57: a loop over the samples that misses one (range(1, B), range(B - 1)), as dW's stories say
        skip = f"db misses one sample's term: the sum runs over every sample (column) s = 0 .. B-1. {DB_FIX}"
        add(f"{skip} (The first sample, s = 0, is left out.)", dz[:, 1:].sum(axis=1, keepdims=True))
        add(f"{skip} (The last sample is left out.)", dz[:, :-1].sum(axis=1, keepdims=True))
    for k in range(2, batch - 1):  # round 94: dz[:, :5].mean(...), the visible check's batch size, told "wrong in all"
        add(
            f"db uses only the first {k} samples (dz[:, :{k}], or a loop over range({k})): every sample contributes "
            f"to db, whatever the batch size (take it from dz.shape[1]). {DB_FIX}",
            dz[:, :k].sum(axis=1, keepdims=True),
        )
    same = _fitted(db, np.ones((n_out, 1)), true)  # one number for every unit
    if same is not None:
        c = float(same[0, 0])
        how = next(
            (name for name, v in (("dz.mean()", dz.mean()), ("dz.sum()", dz.sum())) if abs(c - v) <= 1e-6 * abs(v)),
            "one number",
        )
        bugs[
            f"every unit gets the same db ({how}): dz was reduced over all its entries (both axes) instead of over "
            f"the samples only; each unit i has its own db_i, from row i of dz. {DB_FIX}"
        ] = same
    # round 115: the sample axis looked up by the batch size in dz.shape: the units' axis where dz is square
    if n_out == batch > 1:
        add(
            f"db is averaged over the wrong axis, the units (axis 0, dz.mean(axis=0)), where dz is square ({n_out} "
            "units, a batch of "
            f"{batch}): is the sample axis found by looking the batch size up in dz.shape? The samples are always "
            f"dz's columns, axis 1. {DB_FIX}",
            dz.mean(axis=0)[:, None],
        )
    like_dW = (
        "db is weighted by the inputs a_prev, as dW is: but z = W a_prev + b moves exactly as much as b does (the "
        f"derivative of z with respect to b is 1, not a_prev), so db has no a_prev in it. {DB_FIX}"
    )
    add(like_dW, dz @ a_prev.mean(axis=0)[:, None])  # e.g. dz @ a_prev.T.mean(axis=1, keepdims=True), dW.mean(axis=1)
    for i in range(a_prev.shape[0]):
        add(like_dW, dz @ a_prev[i][:, None])  # a column of dW
    # round 53: db summed sample by sample into np.zeros(..., dtype=int), then divided by B, was "wrong in all 4
    # entries": the integer array truncates every partial sum (or the sum, stored into it at once)
    looped = np.zeros((n_out, 1))
    for s in range(batch):
        looped = np.trunc(looped + dz[:, s : s + 1])
    integers = (
        "db is summed into an array of integers (np.zeros(..., dtype=int), or np.zeros_like of an integer array): "
        "every value stored into it is truncated to a whole number. Make it a float array (np.zeros(shape) is float), "
        f"or let numpy sum: {DB_FIX}"
    )
    add(integers, looped)
    add(integers, np.trunc(dz.sum(axis=1, keepdims=True)))
    return bugs


# -- sigmoid_backward ------------------------------------------------------------------------------------


def _sigmoid_formulas(z: np.ndarray) -> dict[str, np.ndarray]:
    """``{story: sigma' values}`` for the formulas students write for sigma'(z) with a typo in them.

    Each is a product or a quotient of s = sigmoid(z) or z with one of (1 - s), (1 + s), (1 - z), (1 + z), s,
    z, with either sign: the story quotes the formula, so the student sees what the code computed. The true
    derivative and its negative (gradcheck's "sign flipped") are left out.
    """
    s = sigmoid(z)
    firsts = {"s": s, "z": z}
    seconds = {"(1 - s)": 1 - s, "(1 + s)": 1 + s, "(1 - z)": 1 - z, "(1 + z)": 1 + z, "s": s, "z": z}
    found: dict[str, np.ndarray] = {}
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for f1, v1 in firsts.items():
            for f2, v2 in seconds.items():
                forms = ((f"{f1} * {f2}", v1 * v2), (f"{f1} / {f2}", v1 / v2), (f"{f2} / {f1}", v2 / v1))
                for formula, values in forms:
                    found.setdefault(formula, values)
                    found.setdefault("-" + formula, -values)
    true = s * (1 - s)
    stories = {}
    for formula, values in found.items():
        if not np.all(np.isfinite(values)) or _equal(values, true) or _equal(-values, true):
            continue
        notes = []
        if formula == "-s * (1 + s)":
            notes.append("this is s (1 - s) with s = -sigmoid(z): the sign of s is flipped")
        elif formula == "-s * s":
            notes.append("the 1 of (1 - s) is missing: s * (-s)")
        else:
            if formula.startswith("-"):
                notes.append("the sign of the whole derivative is flipped")
            if "z" in formula:
                notes.append("z, the pre-activation, is used where s = sigmoid(z) belongs")
            if "/" in formula:
                notes.append("it divides where sigma'(z) multiplies")
            if "+" in formula:
                notes.append("the sign inside (1 - s) is flipped")
            if formula.lstrip("-") == "s * s":
                notes.append("the factor (1 - s) is written as s")
        stories[f"dz = da * {formula} with s = sigmoid(z), not da * s * (1 - s): " + "; ".join(notes) + "."] = values
    return stories


def _sigmoid_backward_bugs(da: np.ndarray, z: np.ndarray) -> dict[str, np.ndarray]:
    """``{story: dz}``: what known bugs of ``dz = da * sigma'(z)`` give (sigmoid_backward, and the step through the
    sigmoid inside sigmoid_layer_backward)."""
    s = sigmoid(z)
    s_of_a = sigmoid(s)
    s_of_da = sigmoid(da)
    clipped = {}  # round 46: sigma(z) clipped to [eps, 1 - eps] (against log(0)?) was told "estimated numerically"
    for eps in (1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e-8, 1e-10, 1e-12, 1e-15):
        c = np.clip(s, eps, 1 - eps)
        if not np.array_equal(c, s):
            beyond = float(np.log((1 - eps) / eps))  # |z| where sigma(z) reaches eps or 1 - eps
            clipped[
                f"sigma(z) is clipped to [{eps:g}, 1 - {eps:g}] before sigma'(z) = s (1 - s): where |z| > {beyond:.3g} "
                f"that gives about {eps:g} instead of the true, smaller derivative. sigma(z) (1 - sigma(z)) needs no "
                "clip: leave it out."
            ] = da * c * (1 - c)
    for c in (1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50):  # round 47: z clipped before sigma'(z)
        zc = np.clip(z, -c, c)
        if not np.array_equal(zc, z):
            sc = sigmoid(zc)
            clipped[
                f"z is clipped to [-{c}, {c}] before sigma'(z): where |z| > {c} that gives sigma'({c}) = "
                f"{float(sigmoid(c) * (1 - sigmoid(c))):.2g} instead of the true, smaller derivative. sigma(z) "
                "(1 - sigma(z)) is finite for every z (a stable sigmoid needs no clip): leave the clip out."
            ] = da * sc * (1 - sc)
    with np.errstate(over="ignore"):  # round 94: 1 / (1 + 2.718 ** -z) was asked "is z clipped?"
        for e in (2.7, 2.71, 2.718, 2.7183, 2.72):
            se = 1 / (1 + e ** -np.asarray(z, dtype=np.float64))
            clipped[
                f"sigma(z) is computed with e rounded to {e:g} ({e:g} ** -z instead of np.exp(-z)): the error grows "
                "with |z|. Use np.exp."
            ] = da * se * (1 - se)
    if np.any(np.asarray(z) == 0):  # round 123: a two-branch sigma' (z > 0, z < 0) that left z == 0 out kept the points
        clipped[
            "sigma'(z) is 0 where z is exactly 0, instead of sigma'(0) = 1/4: a formula written in branches by the "
            "sign of z (z > 0 and z < 0) that leaves z == 0 out? Every z needs the derivative, z = 0 too."
        ] = np.where(np.asarray(z) == 0, 0.0, da * s * (1 - s))
    return clipped | {
        "the sigmoid's derivative is missing: dz must be da times sigma'(z), not da itself.": da,
        "the derivative is computed as z (1 - z): that formula takes the activation a = sigma(z), but z is "
        "the pre-activation; use sigma(z) (1 - sigma(z)).": da * z * (1 - z),
        "the derivative is taken at the activation a = sigma(z) instead of at the pre-activation z: "
        "sigma'(sigma(z)).": da * s_of_a * (1 - s_of_a),
        "sigma'(z) is applied twice: an extra factor sigma(z) (1 - sigma(z)).": da * (s * (1 - s)) ** 2,
        "the factor (1 - sigma(z)) of sigma'(z) = sigma(z) (1 - sigma(z)) is missing.": da * s,
        "the factor sigma(z) of sigma'(z) = sigma(z) (1 - sigma(z)) is missing.": da * (1 - s),
        "the incoming gradient da is not multiplied in: dz = da * sigma'(z), not sigma'(z) alone.": s * (1 - s),
        "this is the derivative of tanh, 1 - tanh(z)**2, not of the sigmoid: sigma'(z) = sigma(z) (1 - sigma(z)) "
        "with sigma(z) = 1 / (1 + exp(-z)).": da * (1 - np.tanh(z) ** 2),
        "the derivative is computed as 1 - sigma(z)**2 (tanh's formula 1 - tanh(z)**2 with sigma in place of tanh): "
        "the sigmoid's derivative is sigma(z) (1 - sigma(z)).": da * (1 - s**2),
        "da and z are used the other way round: it computes z * sigma'(da); the function is sigmoid_backward(da, z), "
        "the incoming gradient first, and dz = da * sigma'(z).": z * s_of_da * (1 - s_of_da),
        "the derivative is taken at da, the incoming gradient, instead of at the pre-activation z: it computes "
        "da * sigma'(da); dz = da * sigma'(z).": da * s_of_da * (1 - s_of_da),
    }


def _fortran(a: np.ndarray) -> bool:
    """``a`` is stored column by column (a transpose of a C-ordered array), not row by row."""
    return a.ndim > 1 and a.flags.f_contiguous and not a.flags.c_contiguous


def check_sigmoid_backward(
    sigmoid_backward: Callable,
    z: np.ndarray | None = None,
    da: np.ndarray | None = None,
    *,
    exact: Any = None,
    given_sigmoid: Callable | None = None,
) -> None:
    """``sigmoid_backward(da, z)`` (both of shape (N, B)) must return da * sigma'(z), shape (N, B).

    Without ``z`` and ``da``: the visible check's batch of shape (2, 3). ``given_sigmoid``: the notebook's
    ``sigmoid`` (a visible check): when it is not the given one (redefined in an answer cell), that is said first.
    """
    if given_sigmoid is not None:
        _given_sigmoid_intact(given_sigmoid)
    if z is None:
        z = np.array([[-1.0, 0.5, 2.0], [0.0, -2.5, 1.0]])
        da = np.array([[1.0, -2.0, 0.5], [3.0, 1.0, -1.0]])
    stored = [f"{name} stored in Fortran order, as a transpose is" for name, v in (("da", da), ("z", z)) if _fortran(v)]
    what = f"sigmoid_backward on a batch of shape {z.shape}{''.join(f', {note}' for note in stored)}"
    # copies stored as the arrays given (round 122: da and z paired entry by entry in memory order kept the points)
    dz = call_keeping_inputs(what, sigmoid_backward, ("da", da.copy(order="K")), ("z", z.copy(order="K")))
    likely = _sigmoid_backward_bugs(da, z)
    site = gradcheck.Activation("the output a = sigmoid(z)", "sigmoid", z, lambda d: da * d)

    def with_typos() -> dict[str, np.ndarray]:
        """The stories above, then the typos unless one of those tells them already (only for a wrong answer:
        comparing some 70 formulas with each other costs ten times the check itself)."""
        known = list(likely.values()) + [da * values for _, values in site.variants()]
        for story, values in _sigmoid_formulas(z).items():
            if not any(_equal(da * values, k) for k in known):
                likely[story] = da * values
                known.append(da * values)
        return likely

    factors: dict[str, float] = {
        "2: twice sigma'(z). sigma'(z) = sigma(z) (1 - sigma(z)) has no factor 2 (written with tanh it is "
        "(1 - tanh(z/2)**2) / 4, since sigma(z) = (1 + tanh(z/2)) / 2).": 2.0,
        "1/2: half of sigma'(z). sigma'(z) = sigma(z) (1 - sigma(z)) has no factor 1/2 (written with tanh it is "
        "(1 - tanh(z/2)**2) / 4, since sigma(z) = (1 + tanh(z/2)) / 2).": 0.5,
    }
    batch = z.shape[1]
    if batch > 1:
        factors[
            f"1/{batch}: divided by the batch size {batch}: sigmoid_backward must not average, each column "
            "keeps its own sample's gradient (dense_backward does the averaging)."
        ] = 1 / batch
    vis = 3  # the visible check's batch size
    if batch != vis:
        factors[
            f"1/{vis}: divided by {vis}, the batch size of the visible check (hard-coded?): sigmoid_backward "
            "must not average at all, each column keeps its own sample's gradient."
        ] = 1 / vis
    numeric = functools.partial(gradcheck.numerical_vjp, sigmoid, z.copy(), da)  # made only when needed
    # sigma' computed at a clipped z (np.clip(z, -c, c)) is wrong exactly where |z| > c
    clipped = testing.clip_regions(z, "z", "sigma'(z) is taken at z as it is, small far from 0 but not 0")
    for side, mask in (("z < 0", z < 0), ("z > 0", z > 0)):  # round 33: a two-branch sigma' with one branch wrong
        clipped[
            f"where {side} (a formula written in two branches, by the sign of z, with the one for {side} wrong?)"
        ] = mask
    check_gradient(
        what, dz, numeric, exact, likely_bugs=with_typos, factors=factors, activations=[site], regions=clipped
    )


TAIL_Z = (-20.5, -23.0, -26.0, -29.5)  # where sigma'(z) is 2e-9 to 2e-13: small, not 0, and computed to 1e-3 or better
TAIL_RTOL = 1e-2  # per entry: (1 - tanh(z/2)^2) / 4 loses up to ~1e-3 of itself at z = -29.5
# what a far-out sigma'(z) of 0 means, in the tail checks and the saturated units' guard story
TAIL_GUARD = (
    "a guard that sets sigma'(z) to 0 beyond some |z|? sigma'(z) = sigma(z) (1 - sigma(z)) is small far from 0 but not "
    "0, and the formula needs no guard (np.exp(-z) overflows only beyond |z| = 709)."
)


def _tail_clip_story(z: np.ndarray, got: np.ndarray, expected: np.ndarray) -> str:
    """Why sigma'(z) values ``got`` far out are not ``expected``: a clip of z (where exactly the entries beyond some
    |z| are wrong), else the rule."""
    v = testing.clipped_at(z, got, expected)
    if v is not None:
        return f"{testing.clip_question(v)} {testing.SIGMOID_TAILS}."
    g = np.asarray(got, dtype=np.float64).ravel()
    if g.size > 1 and np.all(g > 0) and np.all(g < 0.25) and np.allclose(g, g[0], rtol=1e-6, atol=0):
        # every entry the same sigma'(c): z clipped to [-c, c] below all of them (session 40: a clip at 20 was told
        # only "wrong in 4 of its 4 entries" when every z here was beyond it)
        c = float(2 * np.arccosh(1 / (2 * np.sqrt(g[0]))))
        return (
            f"every entry is {g[0]:.3g} = sigma'({c:.3g}): is z clipped to [-{c:.3g}, {c:.3g}] (np.clip(z, -c, c)) "
            f"before sigma'(z)? {testing.SIGMOID_TAILS}."
        )
    return (
        "sigma'(z) = sigma(z) (1 - sigma(z)) is small far from 0 but not 0, and computed to better than 1 % of itself "
        "there."
    )


# a float16 result in the tail (round 98: float16's 0 below 6e-8 was told a guard)
FLOAT16_TAIL = f"it returns {testing.FLOAT16_HINT}; float16 rounds these small values to 0 or to its few digits."


def check_sigmoid_backward_tails(sigmoid_backward: Callable, rng: np.random.Generator | None = None) -> None:
    """``sigmoid_backward(da, z)`` far from 0, at z from -29.5 to -20.5 (:data:`TAIL_Z`), each entry to 1 % of itself.

    The gradient checks judge an entry against the largest of its batch, so a sigma'(z) of 1e-11 wrong by 100 % passes
    them beside a moderate z (round 56: sigma' set to 0 beyond |z| = 20 kept the points, visible and hidden). Here
    every z is far out, and each entry is judged alone, loosely enough for the rounding of a correct formula. Only
    z < 0: there sigma(z) is tiny and 1 - sigma(z) is 1, so sigma(z) (1 - sigma(z)) is exact to rounding in float32
    too, where beyond z = 17 sigma(z) rounds to 1 and the same correct formula gives 0 (the course accepts float32).
    Skipped where the grader knows the code computed with float32 numbers (a formula through tanh gives 0 there).
    ``rng``: the order of the entries (the visible check's is fixed). Not beyond |z| = 30, on purpose: there sigma'
    is below 1e-13 and correct formulas lose their accuracy ((1 - tanh(z/2)^2) / 4 is 3 % off at 35 and 0 beyond 38),
    so a clip of z to [-30, 30], which changes sigma' by less than 1e-13 there, is accepted (round 64,
    answers/bias_backprop/indep_alt_layer_clip30.py). Where the grader knows the code computed with float32 numbers,
    judged at float32 precision instead (:func:`check_sigmoid_backward_float32`, round 132: a dummy float32 op in a
    float64 answer skipped this check)."""
    if gradcheck.seen_computing_in_float32():
        check_sigmoid_backward_float32(sigmoid_backward, np.random.default_rng(13201))
        return
    z = np.array([TAIL_Z, TAIL_Z[::-1]])
    da = np.array([[1.0, -2.0, 0.5, 1.5], [-1.0, 0.75, 2.0, -0.5]])
    if rng is not None:
        z, da = (rng.permutation(v.ravel()).reshape(v.shape) for v in (z, da))
    what = f"sigmoid_backward at z from {TAIL_Z[-1]:g} to {TAIL_Z[0]:g}"
    raw = testing.as_array(
        what, call_keeping_inputs(what, sigmoid_backward, ("da", da.copy()), ("z", z.copy())), z.shape
    )
    e = np.exp(z)
    expected = da * e / (1.0 + e) ** 2  # sigma'(z) = e^z / (1 + e^z)^2, exact to rounding for z < 0
    got = raw.astype(np.float64)
    wrong = ~(np.abs(got - expected) <= TAIL_RTOL * np.abs(expected))
    if not wrong.any():
        # farther out, where correct formulas lose digits: never above the true value (round 85: a clip of z to
        # [-31, 31] or [-35, 35] kept the points)
        testing.check_sigmoid_not_above(
            "sigmoid_backward (da = 1)", lambda z: sigmoid_backward(np.ones_like(z), z), ("derivative",), rng
        )
        return
    k = int(np.argmax(np.where(wrong, np.abs(z), -1.0)))
    where = np.unravel_index(k, z.shape)
    shown = f"at z = {z[where]:g} (da = {da[where]:g}): yours {got[where]:.6g}, expected {expected[where]:.6g}"
    if gradcheck.holds_float16(raw):  # round 98: float16's 0 below 6e-8 was told a guard
        story = FLOAT16_TAIL
    elif np.all(got[wrong] == 0):  # before the stories: a far-out 0 is also what 1 - tanh(z)**2 gives there
        story = f"it is 0 there: {TAIL_GUARD}"
    elif known := next(
        (story for story, dz in _sigmoid_backward_bugs(da, z).items() if np.allclose(got, dz, rtol=TAIL_RTOL, atol=0)),
        "",
    ):
        story = known
    elif _stale(sigmoid_backward, what, da, z, got):  # round 56's cases: a result kept from an earlier call showed here
        story = (
            "it returns the same result for other values of the same shapes (twice the da, or z + 1): "
            f"{testing.KEEPS_STATE_QUESTION}"
        )
    else:
        story = _tail_clip_story(z, got / da, expected / da)  # per entry sigma'(z), da taken out
    raise AssertionError(
        f"{what}: wrong in {int(wrong.sum())} of the {z.size} entries, each judged to {TAIL_RTOL:.0%} of its own "
        f"value: {shown}; {story}"
    )


def check_sigmoid_layer_tails(sigmoid_layer_backward: Callable, rng: np.random.Generator | None = None) -> None:
    """``sigmoid_layer_backward(da, z, a_prev)`` for four units whose pre-activations are in the tail, z from -29.5 to
    -20.5 (:data:`TAIL_Z`), on a batch of one: each entry of dW and db to 1 % of itself.

    The same check as :func:`check_sigmoid_backward_tails`, for the derivative this function computes itself or
    through sigmoid_backward (round 72: sigma' set to 0 beyond |z| = 25 kept the points; the saturated units of the
    gradient checks are judged against the largest entry). A batch of one, so each unit's db is its own dz. Where the
    grader knows the code computed with float32 numbers, judged at float32 precision instead
    (:func:`check_sigmoid_layer_float32`, round 132: a dummy float32 op in a float64 answer skipped this check)."""
    if gradcheck.seen_computing_in_float32():
        check_sigmoid_layer_float32(sigmoid_layer_backward, np.random.default_rng(13202))
        return
    z = np.array(TAIL_Z, dtype=np.float64).reshape(-1, 1)
    da = np.array([[1.0], [-2.0], [0.5], [1.5]])
    if rng is not None:
        z = rng.permutation(z.ravel()).reshape(z.shape)
    a_prev = np.array([[0.75], [-1.25]])
    what = f"sigmoid_layer_backward (a 4x2 layer, batch of 1) at z from {TAIL_Z[-1]:g} to {TAIL_Z[0]:g}"
    out = call_keeping_inputs(what, sigmoid_layer_backward, ("da", da.copy()), ("z", z.copy()), ("a_prev", a_prev))
    dW, db = pair(what, out, ("dW", "db"))
    e = np.exp(z)
    dz = da * e / (1.0 + e) ** 2  # sigma'(z) = e^z / (1 + e^z)^2, exact to rounding for z < 0
    for name, got, expected in (("db", db, dz), ("dW", dW, dz @ a_prev.T)):
        raw = testing.as_array(f"{name} of {what}", got, expected.shape)
        got = raw.astype(np.float64)
        wrong = ~(np.abs(got - expected) <= TAIL_RTOL * np.abs(expected))
        if not wrong.any():
            continue
        where = np.unravel_index(int(np.argmax(wrong)), expected.shape)
        unit = where[0]
        shown = f"at unit {unit}, z = {z[unit, 0]:g}: yours {got[where]:.6g}, expected {expected[where]:.6g}"
        if gradcheck.holds_float16(raw):
            story = FLOAT16_TAIL
        elif np.all(got[wrong] == 0):
            story = f"it is 0 there: {TAIL_GUARD}"
        else:
            # per unit sigma'(z), da taken out (CI, session 41: a clip at 20 was told only "wrong in 4 of its 4
            # entries" when da made the clipped values differ); dW's first column is dz * 0.75
            per_unit = got / da if name == "db" else got[:, :1] / (da * a_prev[0, 0])
            story = _tail_clip_story(z.ravel(), per_unit.ravel(), (dz / da).ravel())
        raise AssertionError(
            f"{name} of {what}: wrong in {int(wrong.sum())} of its {wrong.size} entries, each judged to "
            f"{TAIL_RTOL:.0%} of its own value: {shown}; {story}"
        )

    def db_of_one_sample(z: np.ndarray) -> Any:  # a batch of one, four units, da = 1: db is sigma'(z), unit by unit
        out = sigmoid_layer_backward(np.ones((z.size, 1)), z.reshape(-1, 1), np.ones((1, 1)))
        return np.asarray(pair(what, out, ("dW", "db"))[1], dtype=np.float64).reshape(z.shape)

    # farther out, where correct formulas lose digits: never above the true value (round 85)
    testing.check_sigmoid_not_above(
        "db of sigmoid_layer_backward (batch of 1, da = 1)", db_of_one_sample, ("derivative",), rng
    )
    # |z| from 12 to 16, each entry to 1e-8 of itself (round 115: sigma' taken as exp(-|z|) beyond |z| = 12, 1.2e-5
    # off there, kept the points on the draws whose layers had no unit just beyond 12 to set the batch's scale)
    testing.check_sigmoid_tails_exact(
        "db of sigmoid_layer_backward (batch of 1, da = 1)", db_of_one_sample, ("derivative",), rng
    )


FAR_TAIL_Z = (50.0, 80.0, 150.0, 300.0, 600.0)  # beyond the -46..34 scan of testing.check_sigmoid_not_above


def check_sigmoid_far_tail_not_above(
    what: str,
    fn: Callable[[np.ndarray], Any],
    outputs: tuple[str, ...] = ("result",),
    rng: np.random.Generator | None = None,
) -> None:
    """``fn(z)`` (sigma'(z), unit by unit, as one array or a tuple of arrays named ``outputs``) at z = +-50, +-80,
    +-150, +-300, +-600 (:data:`FAR_TAIL_Z`): no entry may be above max(2 sigma'(z), 1e-300) in size. A 0 or any value
    up to the true one passes (correct formulas round to 0 there, float32 ones too); a floor under sigma'
    (np.maximum(s * (1 - s), 1e-30)) or a clip of z to [-c, c] with c below 600 gives values many times above it
    (round 128: a floor of 1e-30 and a clip at 60 kept the points, as nothing between |z| = 46 and 710 was looked at).
    ``rng``: the order of the entries."""
    z = np.concatenate([-np.array(FAR_TAIL_Z), np.array(FAR_TAIL_Z)])
    if rng is not None:
        z = rng.permutation(z)
    z = z.reshape(-1, 1)  # ten units, a batch of one
    e = np.exp(-np.abs(z))
    true = e / (1.0 + e) ** 2  # sigma'(z) = sigma'(-z), exact to rounding
    bound = np.maximum(2.0 * true, 1e-300)
    with np.errstate(all="ignore"):
        out = fn(z.copy())
    items = out if len(outputs) > 1 and isinstance(out, (tuple, list)) else (out,)
    for name, got in zip(outputs, items, strict=False):
        label = what if len(outputs) == 1 else f"{name} of {what}"
        got = np.abs(testing.as_array(label, got, z.shape).astype(np.float64))
        wrong = ~(got <= bound)
        if not wrong.any():
            continue
        k = np.unravel_index(int(np.argmax(np.where(wrong, np.abs(z), -1.0))), z.shape)
        v = float(np.min(np.abs(z[wrong])))
        raise AssertionError(
            f"{label} at |z| from {FAR_TAIL_Z[0]:g} to {FAR_TAIL_Z[-1]:g}: many times above the true sigma'(z) in "
            f"{int(wrong.sum())} of its {z.size} entries: at z = {z[k]:g}, yours {got[k]:.3g}, true {true[k]:.3g}; "
            f"is sigma' floored (np.maximum(s * (1 - s), 1e-30) or the like), or is z clipped (np.clip(z, -c, c) with "
            f"c below {v:g})? Far out sigma'(z) may round to 0, but not stand above the true value; a clip of z at "
            "+-700 is harmless."
        )


def _stale(sigmoid_backward: Callable, what: str, da: np.ndarray, z: np.ndarray, got: np.ndarray) -> bool:
    """Whether ``sigmoid_backward`` gives exactly ``got`` again for twice ``da`` or for ``z + 1``."""
    for args in ((2.0 * da, z.copy()), (da.copy(), z + 1.0)):
        again = call_keeping_inputs(what, sigmoid_backward, ("da", args[0]), ("z", args[1]))
        if np.array_equal(np.asarray(again, dtype=np.float64), got):
            return True
    return False


def _given_sigmoid_intact(given: Callable) -> None:
    """Fail when the notebook's ``sigmoid`` (given, not a task) no longer computes the sigmoid."""
    z = np.array([[-2.0, 0.0, 1.5]])
    try:
        ok = _equal(given(z.copy()), sigmoid(z))
    except Exception:  # noqa: BLE001  (whatever a redefinition does, it is not the given sigmoid)
        ok = False
    if not ok:
        raise AssertionError(
            "the notebook's sigmoid no longer gives the sigmoid's values (sigmoid(0) should be 0.5): it is a given "
            "function, redefined in an answer cell? sigmoid_backward uses it, so this check cannot pass. Delete the "
            "redefinition. (When graded, the given sigmoid is used, as the notebook's rules say, whatever the "
            "notebook redefines.)"
        )


# -- dense_forward ---------------------------------------------------------------------------------------

ACTIVATION_NAMES = {sigmoid: "sigmoid", tanh: "tanh", identity: "the identity", cube: "z ** 3"}


def _one_bias_story(z: Any, Wa: np.ndarray, b: np.ndarray) -> str:
    """The story when z - W a_prev is one number for every unit (b[0], or another single number), else ''."""
    try:
        added = np.asarray(z, dtype=np.float64) - Wa
    except (TypeError, ValueError):
        return ""
    if added.shape != Wa.shape or not np.all(np.isfinite(added)) or not _equal(added, np.full_like(Wa, added.mean())):
        return ""
    which = next((f"b[{i}]" for i in range(len(b)) if _equal(added.mean(), b[i, 0])), "")
    told = f"only {which} is added, to every unit" if which else "the same number is added to every unit"
    return (
        f"{told}: each unit i has its own bias b[i], so add the whole column b (shape {b.shape}) to W a_prev; "
        "it broadcasts over the samples (the columns)."
    )


SQUARE = 3  # a crash on a layer's shapes is looked at again on a 3x3 layer and a batch of 3: every product fits


def _bridge_failure(e: BaseException) -> bool:
    """Whether ``e`` is the bridge's (the kernel is gone or broken), not a failure of a check or of the code."""
    return type(e).__name__ in ("PeerGone", "ProtocolError")


def _shape_crash(
    what: str,
    shapes: str,
    formula: str,
    on_square: Callable[[], None],
    cause: ValueError,
    sizes: tuple[int, ...] = (),
) -> None:
    """Explain a ValueError that the student's function raised on the arguments ``shapes``.

    numpy raises ValueError when the shapes in a product or a sum do not fit: the function is run again on
    a square layer (``on_square``: the same check with n_in = n_out = batch = SQUARE), where every product
    fits, and what it computes there (a swapped or transposed operand, named by that check) is reported.
    ``cause`` (numpy's error) is chained: in the student's own kernel its traceback shows the line. ``sizes``: the
    layer's (n_in, n_out, batch); an axis of size 1 among them is named as a suspect when the square layer works.
    """
    square = f"a square layer ({SQUARE}x{SQUARE}, batch of {SQUARE})"
    try:
        on_square()
    except ValueError:
        there = (
            f"It raises ValueError on {square} too: if your formulas are these, does it keep something from an earlier "
            "call (a default argument such as =[], a global list, an attribute) whose shape was another?"
        )
    except AssertionError as e:
        if _bridge_failure(e):
            raise
        there = f"On {square}, where every product fits, it runs, and: {e}"
    else:
        there = (
            f"On {square} it is right: somewhere a size of one axis is used for another (a_prev.shape[0] where "
            "shape[1] is meant, a reshape with the wrong size) or an operand is transposed that only a square "
            "shape hides."
        )
        if 1 in sizes:
            there += (
                " Here an axis has size 1 (a batch of one sample, or a layer of one unit): np.squeeze, an index [0] "
                "or .flatten() drops it; keep every array 2-D."
            )
    story = testing.error_story(cause)
    if story and "np.array of a list" in story:  # round 79: np.array([dW, db]) told as a formula's shapes or a cache
        raise AssertionError(f"{what} raised ValueError: {story}.") from cause
    own = testing.own_raise(cause)
    if own:  # the student's own check may have refused the shapes: say so first
        raise AssertionError(
            f"{what} raised ValueError with {shapes}, and {own} If it is numpy's error for shapes that do not fit: "
            f"{formula} {there}"
        ) from cause
    raise AssertionError(
        f"{what} raised ValueError, numpy's error for shapes that do not fit, with {shapes}: {formula} {there}"
    ) from cause


def _value_story(name: str, got: Any, expected: np.ndarray) -> str:
    """What ``got`` is when it is ``expected`` with the sign flipped, transposed or scaled, else ''."""
    try:
        g = np.asarray(got, dtype=np.float64)
    except (TypeError, ValueError):
        return ""
    if g.shape != expected.shape or not np.all(np.isfinite(g)) or _equal(g, expected):
        return ""
    if _equal(-g, expected):
        return f"{name} has the wrong sign: it is minus the right value."
    if g.ndim == 2 and g.shape[0] == g.shape[1] > 1 and _equal(g.T, expected):
        return f"{name} is transposed: rows and columns are swapped."
    ee = float(np.vdot(expected, expected))
    k = float(np.vdot(g, expected)) / ee if ee > 0 else 0.0
    if k != 0.0 and g.size > 1 and _equal(g / k, expected):
        return f"{name} is off by a constant factor {k:.4g}{_simple_fraction(k)}: every entry is scaled by it."
    return ""


def _simple_fraction(k: float) -> str:
    """``" (= 2/3)"`` when ``k`` is a fraction with a small denominator that its decimal form hides."""
    f = Fraction(k).limit_denominator(12)
    if f.denominator == 1 or abs(float(f) - k) > 1e-6 * abs(k):
        return ""
    return f" (= {f.numerator}/{f.denominator})"


def _stories(candidates: Mapping[str, Callable[[], Any]]) -> dict[str, np.ndarray]:
    """``{story: value}`` for the candidates whose value can be computed (a product whose shapes fit) and is not
    None."""
    out = {}
    for story, compute in candidates.items():
        try:
            value = compute()
        except ValueError:  # the shapes of this mistake do not fit this layer: it cannot be the one made
            continue
        if value is not None:  # None: this mistake gives the right result here
            out[story] = np.asarray(value, dtype=np.float64)
    return out


VISIBLE_BATCH = 4  # the batch of dense_forward's first visible check


def _dense_forward_bugs(
    W: np.ndarray, b: np.ndarray, a_prev: np.ndarray, activation: Callable, z_true: np.ndarray, a_true: np.ndarray
) -> dict[str, Any]:
    """{story: the a that a known slip of dense_forward gives}."""
    return {
        "a is z: the activation is not applied.": z_true,
        "a is the activation of W a_prev without the bias: apply the activation to z = W a_prev + b.": activation(
            W @ a_prev
        ),
        "a is sigmoid(z), not activation(z): use the function passed as the argument `activation`.": sigmoid(z_true),
        "the activation is applied twice: a = activation(z), once.": activation(a_true),
        "a is activation(-z): the sign of z is flipped inside the activation; a = activation(z).": activation(-z_true),
        "a is activation(W a_prev) + b: the bias is added after the activation; it belongs inside, a = activation(z) "
        "with z = W a_prev + b.": activation(W @ a_prev) + b,
    }


def check_dense_forward(
    dense_forward: Callable,
    n_in: int = 3,
    n_out: int = 2,
    batch: int = VISIBLE_BATCH,
    activation: Callable = sigmoid,
    rng: np.random.Generator | None = None,
    *,
    integer_inputs: bool = False,
    layer: tuple[np.ndarray, np.ndarray] | None = None,
) -> None:
    """``dense_forward(W, b, a_prev, activation)`` must return the pair (z, a), both (n_out, batch).

    ``activation`` is one of this module's (it is lent to the notebook when graded). ``integer_inputs``: a_prev holds
    0s and 1s of an integer dtype, as the XOR inputs of the seed do (round 62: z made with np.zeros_like(a_prev)
    truncated to integers and kept the points). ``layer``: (W (n_out, n_in), b (n_out, 1)) to use instead of new ones,
    with a new batch a_prev (round 96: a result cached on W and b kept the point).
    """
    W, b, a_prev, _ = layer_case(n_in, n_out, batch, _rng(rng, 0))
    if layer is not None:
        W, b = (np.array(v, dtype=np.float64) for v in layer)
    if integer_inputs:
        a_prev = (a_prev > np.median(a_prev)).astype(np.int64)
    act_name = ACTIVATION_NAMES.get(activation, "the activation")
    what = f"dense_forward ({n_out}x{n_in} layer, batch of {batch}, activation {act_name})"
    square = n_in == n_out == batch
    try:
        out = call_keeping_inputs(
            what, dense_forward, ("W", W.copy()), ("b", b.copy()), ("a_prev", a_prev.copy()), ("activation", activation)
        )  # the activation is a function: never changed
    except ValueError as e:
        if square:
            raise
        _shape_crash(
            what,
            f"W of shape {W.shape}, b {b.shape} and a_prev {a_prev.shape}",
            f"z = W @ a_prev + b is W {W.shape} @ a_prev {a_prev.shape}, of shape {(n_out, batch)}, plus the column b "
            "added to every column.",
            lambda: check_dense_forward(dense_forward, SQUARE, SQUARE, SQUARE, activation),
            e,
            (n_in, n_out, batch),
        )
    z, a = pair(what, out, ("z", "a"))
    z_true = W @ a_prev + b
    a_true = activation(z_true)
    with contextlib.suppress(TypeError, ValueError):  # round 114: told only "a contains NaN or inf"
        a_arr = np.asarray(a, dtype=np.float64)
        if a_arr.shape == a_true.shape and not np.all(np.isfinite(a_arr)) and np.all(np.isfinite(a_true)):
            far = float(np.max(np.abs(z_true[~np.isfinite(a_arr)])))
            raise AssertionError(
                f"{what}: a is nan or inf where z reaches {far:.3g}, and the activation it is given is finite there: "
                "does dense_forward compute the activation itself (exp(z) / (1 + exp(z)) is inf / inf beyond 709)? "
                "Apply the function passed in: a = activation(z)."
            )
    if _equal(z, a_true) and _equal(a, z_true) and not _equal(z, z_true):
        raise AssertionError(f"{what}: the pair is returned as (a, z); it must be (z, a).")
    if _equal(z, a_true) and _equal(a, a_true) and not _equal(z, z_true):  # round 74: a = z; a[...] = activation(a)
        raise AssertionError(
            f"{what}: z and a both hold activation(z): are they one array under two names? a = z (or a = z[...], a "
            "view) and an in-place step on a (a[...] = activation(a), np.exp(a, out=a)) overwrite z too. Compute a as "
            "a new array: a = activation(z)."
        )
    if _equal(z, W @ a_prev) and _equal(a, activation(W @ a_prev) + b) and not _equal(z, z_true):
        raise AssertionError(  # round 78: told only "z is W a_prev without the bias"
            f"{what}: the bias is added after the activation, a = activation(W a_prev) + b, and z lacks it. The bias "
            "belongs inside: z = W @ a_prev + b, then a = activation(z)."
        )
    z_bugs = _stories(
        {
            "z is W a_prev without the bias: add b (shape (N, 1)) to every column.": lambda: W @ a_prev,
            # round 71: np.tile(b, (1, 4)), told only the shape on a batch of one
            f"the bias is repeated for {VISIBLE_BATCH} samples, the visible check's batch size (np.tile(b, (1, "
            f"{VISIBLE_BATCH})), np.repeat or a hand-made matrix of b's), so only that batch size works: b of shape "
            "(N, 1) is added to every column by broadcasting, z = W @ a_prev + b, for any batch.": lambda: (
                W @ a_prev + np.tile(b, (1, VISIBLE_BATCH)) if batch != VISIBLE_BATCH else None
            ),
            "the bias is subtracted, z = W a_prev - b: the sign of b is flipped; z = W a_prev + b.": lambda: (
                W @ a_prev - b
            ),
            "z is the bias b alone: the product W a_prev is missing; z = W @ a_prev + b.": lambda: b,
            "z already went through the activation: z is the pre-activation W a_prev + b, a = activation(z).": lambda: (
                a_true
            ),
            "the activation is applied to the input a_prev: a_prev is already the previous layer's activation, so "
            "z = W a_prev + b (no activation inside), then a = activation(z).": lambda: W @ activation(a_prev) + b,
            "z is activation(W a_prev) + b: the activation is applied before the bias is added; z is the "
            "pre-activation W a_prev + b (no activation), then a = activation(z).": lambda: activation(W @ a_prev) + b,
            # swapped or transposed operands: their shapes fit only some layers (a square one: see _shape_crash)
            "z is a_prev @ W + b: the operands of the product are swapped; z = W @ a_prev + b, W first (one row "
            "per unit), a_prev second (one column per sample).": lambda: a_prev @ W + b,
            "z is W.T @ a_prev + b: W is transposed; W of shape (N, N_prev) multiplies a_prev as it is.": lambda: (
                W.T @ a_prev + b
            ),
            "z is W @ a_prev.T + b: a_prev is transposed; its columns already are the samples.": lambda: (
                W @ a_prev.T + b
            ),
            (
                # rounds 33 and 45: with a batch of one, a squeezed a_prev or W @ a_prev gives the same numbers, and is
                # the likelier slip there
                "z has shape (N, N): with a batch of one, something was squeezed to 1-D (np.squeeze of a_prev or of "
                "W @ a_prev, or a flatten), and a 1-D (N,) plus b of shape (N, 1) broadcasts to (N, N). Keep every "
                "array 2-D: z = W @ a_prev + b has shape (N, 1) here. (Or the row layout of the other notebooks, "
                "a_prev.T @ W.T + b: here samples are columns.)"
                if batch == 1
                else "z is a_prev.T @ W.T + b, the row layout of the other notebooks (one sample per row): here "
                "samples are columns, z = W @ a_prev + b."
            ): lambda: a_prev.T @ W.T + b,
            # round 59: b.ravel() was told "b.T": the same numbers, another spelling
            "b is added as a row (b.T, or a flattened b: b.ravel(), b.flatten() or b[:, 0], of shape (N,), is "
            "broadcast along the batch axis): b is a column of shape (N, 1), added to every column of W @ a_prev.": (
                lambda: W @ a_prev + b.T
            ),
        }
    )
    if activation is not sigmoid:  # a sigmoid hard-coded in the same two places
        z_bugs["z applies sigmoid to the input a_prev: z = W a_prev + b, with no activation inside."] = (
            W @ sigmoid(a_prev) + b
        )
    if a_prev.dtype.kind in "iu":
        z_bugs = {  # first: an integer z also matches stories that round the same way
            f"z is truncated to whole numbers: a_prev holds integers here (dtype {a_prev.dtype}, the 0s and 1s of XOR "
            "inputs), and an array made from it (np.zeros_like(a_prev), np.empty_like, a_prev.astype(...) or a_prev "
            "itself filled in place) keeps that dtype. Make z a float array (np.zeros((N, B)), or compute "
            "W @ a_prev + b at once).": np.trunc(z_true),
            **z_bugs,
        }
    hint = next((story for story, wrong in z_bugs.items() if _equal(z, wrong) and not _equal(z_true, wrong)), "")
    if not hint and n_out > 1 and np.ptp(b) > 0:
        hint = _one_bias_story(z, W @ a_prev, b)
    if not hint:
        hint = _value_story("z", z, z_true)
    if np.shape(z) != z_true.shape:
        testing.as_array(f"z of {what}", z)  # not numbers: says so
        squeezed = (  # round 92: np.squeeze(W @ a_prev + b) was told the shapes only
            " The axis of length 1 is gone: np.squeeze, .ravel(), .flatten() or an index [:, 0] drops it (a batch of "
            "one sample, or a layer of one unit); keep z 2-D."
            if not hint and 1 in z_true.shape and np.shape(z) == tuple(d for d in z_true.shape if d != 1)
            else ""
        )
        raise AssertionError(
            f"z of {what} has shape {np.shape(z)}, expected {z_true.shape}: "
            + (hint or f"one sample per column, W {W.shape} @ a_prev {a_prev.shape} + b {b.shape}.{squeezed}")
        )
    assert_close(f"z of {what}", z, z_true, hint=hint)
    with np.errstate(over="ignore"):  # activation(-z) of the sigmoid at z near 800 (round 114's check): no warning
        a_bugs = _dense_forward_bugs(W, b, a_prev, activation, z_true, a_true)
    with contextlib.suppress(TypeError, ValueError):  # round 109: a clipped into (-1, 1) was told the entries only
        got = np.asarray(a, dtype=np.float64)
        if got.shape == a_true.shape and np.all(np.isfinite(got)):
            lo, hi = float(np.min(got)), float(np.max(got))
            a_bugs[
                f"a is cut to [{lo:.4g}, {hi:.4g}] (np.clip of the activation's output?): activations may lie outside "
                f"(-1, 1) or (0, 1) ({act_name} here), so a = activation(z) as it is, with nothing cut."
            ] = np.clip(a_true, lo, hi)
    hint = next(
        (
            story
            for story, wrong in a_bugs.items()
            if not _equal(a_true, wrong) and not _equal(-a_true, wrong) and _equal(a, wrong)
        ),
        "",
    )  # -activation(z) and activation(-z) are one for an odd activation: the sign story below tells it
    if hint.startswith("a is sigmoid(z)") and _applies_activation(dense_forward, W, b, a_prev, activation):
        hint = (  # round 96: a result cached on W and b, first made with sigmoid, was told to use `activation`
            f"a is sigmoid(z) here, yet with other weights dense_forward applies {act_name}: is this a result kept "
            "from an earlier call with these W and b, which passed sigmoid (a cache keyed on some of the arguments "
            "only)? Keep nothing from one call to the next."
        )
    if not hint:
        hint = _value_story("a", a, a_true)
    if np.shape(a) != a_true.shape:
        testing.as_array(f"a of {what}", a)
        raise AssertionError(
            f"a of {what} has shape {np.shape(a)}, expected {a_true.shape}: "
            + (hint or "a = activation(z), element-wise: the shape of z.")
        )
    a_expected = a_true
    if gradcheck.holds_float32(z):  # z made in float32 (and passed as such): a is activation of that z, in any dtype
        with np.errstate(all="ignore"):  # (session 54's blind round: a float32 z cast back, then a float64 sigmoid)
            a_expected = activation(np.asarray(z, dtype=np.float64))
    assert_close(f"a of {what}", a, a_expected, hint=hint)


def _applies_activation(
    dense_forward: Callable, W: np.ndarray, b: np.ndarray, a_prev: np.ndarray, activation: Callable
) -> bool:
    """Whether ``dense_forward`` applies ``activation`` on a layer with other weights (1.25 W + 0.1)."""
    W2 = 1.25 * W + 0.1
    try:
        _, a = dense_forward(W2, b.copy(), a_prev.copy(), activation)
    except Exception:  # noqa: BLE001  (a probe that fails tells nothing)
        return False
    return _equal(a, activation(W2 @ a_prev + b))


# -- dense_backward --------------------------------------------------------------------------------------


def _squared_error(W: np.ndarray, b: np.ndarray, a_prev: np.ndarray, t: np.ndarray) -> float:
    """The test's cost C = (1/B) sum_s 1/2 ||W a_s + b - t_s||^2 (its dC_s/dz_s is z_s - t_s)."""
    return 0.5 * float(np.sum((W @ a_prev + b - t) ** 2)) / a_prev.shape[1]


def _dW_bugs(dz: np.ndarray, a_prev: np.ndarray, dW: Any) -> dict[str, np.ndarray]:
    """Likely bugs of dW = dz a_prev^T / B (gradcheck's ``likely_bugs``): products of dz and a_prev with an
    operand swapped or transposed, each known up to a factor (fitted to the student's ``dW``, whatever it
    divided by). Their shapes fit only some layers (a square one, on which a crash is looked at again).
    """
    true = dz @ a_prev.T
    fix = "dW = dz @ a_prev.T / B: (N, B) @ (B, N_prev), a sum over the samples."
    products = {
        f"dW is a multiple of dz @ a_prev: a_prev is not transposed. {fix}": lambda: dz @ a_prev,
        f"dW is a multiple of dz.T @ a_prev.T: both operands are transposed. {fix}": lambda: dz.T @ a_prev.T,
        "dW is a multiple of a_prev @ dz.T, the row layout of the other notebooks (one sample per row): it is "
        f"the transpose of dW. Here samples are columns: {fix}": lambda: a_prev @ dz.T,
        f"dW is a multiple of dz.T @ a_prev: a product over the units, not over the samples. {fix}": lambda: (
            dz.T @ a_prev
        ),
        f"dW is a multiple of a_prev.T @ dz: a product over the inputs, not over the samples. {fix}": lambda: (
            a_prev.T @ dz
        ),
        "dW is a multiple of the outer product of the batch means of dz and of a_prev: the mean of a product is not "
        f"the product of the means. {fix}": lambda: np.outer(dz.mean(axis=1), a_prev.mean(axis=1)),
    }
    if dz.shape[1] > 2:  # a loop over the samples that misses one (range(1, B), range(B - 1))
        skip = f"dW misses one sample's term: the sum runs over every sample (column) s = 0 .. B-1. {fix}"
        products[f"{skip} (The first sample, s = 0, is left out.)"] = lambda: dz[:, 1:] @ a_prev[:, 1:].T
        products[f"{skip} (The last sample is left out.)"] = lambda: dz[:, :-1] @ a_prev[:, :-1].T
    for k in range(2, dz.shape[1] - 1):  # round 98: a loop over range(5) on a batch of 7 was told "wrong in all"
        products[
            f"dW uses only the first {k} samples (dz[:, :{k}], or a loop over range({k})): every sample contributes "
            f"to dW, whatever the batch size (take it from dz.shape[1]). {fix}"
        ] = lambda k=k: dz[:, :k] @ a_prev[:, :k].T
    bugs = {}
    for story, direction in _stories(products).items():
        wrong = _fitted(dW, direction, true) if direction.shape == true.shape else None
        if wrong is not None:
            bugs[story] = wrong
    return bugs


def _whole_sums_hint(part: str, got: Any, sums: np.ndarray, batch: int) -> str:
    """For integer inputs: a sentence when ``got`` times ``batch`` is whole numbers (not all 0) where the true
    ``sums`` over the samples are not: the sums were kept in an integer array, which cuts every value it receives to
    a whole number (round 119: dW summed into np.zeros(..., dtype=a_prev.dtype) was told only "wrong in all 12
    entries"); else ""."""
    try:
        scaled = np.asarray(got, dtype=np.float64) * batch
    except (TypeError, ValueError):
        return ""
    if scaled.shape != sums.shape or not np.all(np.isfinite(scaled)) or not np.any(scaled):
        return ""
    whole = np.allclose(scaled, np.round(scaled), rtol=0.0, atol=1e-9)
    if not whole or np.allclose(sums, np.round(sums), rtol=0.0, atol=1e-6):
        return ""
    return (
        f"Here {part} times the batch size B = {batch} is whole numbers, where the true sums over the samples are "
        "not: is the sum kept in an integer array (np.zeros(..., dtype=a_prev.dtype), np.zeros_like(a_prev), "
        "astype(a_prev.dtype))? Such an array cuts every value it receives to a whole number: keep sums in float "
        "arrays (np.zeros(shape))."
    )


def _swapped_pair(what: str, first: Any, second: Any, names: tuple[str, str], true: tuple[np.ndarray, ...]) -> None:
    """Fail when the pair came back in the other order: each has the other's shape (when the two shapes
    differ), or each equals the other's true value (when they do not)."""
    shapes = (true[0].shape, true[1].shape)
    if shapes[0] != shapes[1]:
        swapped = np.shape(first) == shapes[1] and np.shape(second) == shapes[0]
    else:
        swapped = _equal(first, true[1]) and _equal(second, true[0]) and not _equal(true[0], true[1])
    if swapped:
        raise AssertionError(
            f"{what} returned ({names[1]}, {names[0]}): the pair must be ({names[0]}, {names[1]}), "
            f"{names[0]} of shape {shapes[0]} first."
        )


def check_dense_backward(
    dense_backward: Callable,
    part: str,
    n_in: int = 3,
    n_out: int = 4,
    batch: int = 5,
    rng: np.random.Generator | None = None,
    *,
    exact: Callable | None = None,
    integer_inputs: bool = False,
    float32_inputs: bool = False,
    sample_on_target: bool = False,
    fortran_order: bool = False,
    scale: float = 1.0,
) -> None:
    """``dense_backward(dz, a_prev)`` must return the pair (dW, db) of the batch-averaged cost.

    ``part`` ("dW" or "db") is the output checked, against central differences of a squared-error
    cost of a random linear layer, for which column s of dz is z_s - t_s. ``exact``: a reference
    ``dense_backward`` (hidden tests). ``integer_inputs``: a_prev of 0s and 1s as an integer array (XOR data).
    ``float32_inputs``: dz and a_prev as float32 arrays (the course accepts float32; they must not change either).
    ``sample_on_target``: the second sample's output equals its target, so that dz's column 1 is all 0 (it still
    counts in the batch average). ``fortran_order``: a_prev stored column by column, as a transpose is (the next
    notebook's layers get ``X.T``; round 122: a_prev read through ``ravel(order="K")`` kept the points). ``scale``:
    W, b and t multiplied by it, so dz too (round 126: db entries below 1e-9 set to 0, "numerical noise", kept the
    points; with ``scale=1e-10`` every entry is about 1e-10, and the checker's absolute floor of 1e-8 still shows a
    zeroed one). Its calls are kept (:class:`~backprop_course.testing.CallLog`, unless the caller keeps them already):
    a result kept from an earlier test's call (a cache keyed on the shapes) is named.
    """
    if not isinstance(dense_backward, testing.CallLog):
        with testing.CallLog("dense_backward", dense_backward) as log:
            return check_dense_backward(
                log,
                part,
                n_in,
                n_out,
                batch,
                rng,
                exact=exact,
                integer_inputs=integer_inputs,
                float32_inputs=float32_inputs,
                sample_on_target=sample_on_target,
                fortran_order=fortran_order,
                scale=scale,
            )
    W, b, a_prev, t = layer_case(n_in, n_out, batch, _rng(rng, 1 if part == "dW" else 2))
    if scale != 1.0:  # a layer whose gradients are all tiny (dz = scale * (W a_prev + b - t) of the unscaled layer)
        W, b, t = W * scale, b * scale, t * scale
    if integer_inputs:  # 0s and 1s, a 1 and a 0 in every row (every input seen on and off)
        a_prev = (a_prev > 0).astype(np.int64)
        a_prev[:, 0], a_prev[:, -1] = 1, 0
    if float32_inputs:  # float32 values, held as float64 for the expected gradients
        a_prev = a_prev.astype(np.float32).astype(np.float64)
    if sample_on_target and batch > 1:  # round 118: dividing by the samples whose dz is not all 0 kept the points
        t[:, 1] = (W @ a_prev + b)[:, 1]
    dz = W @ a_prev + b - t  # column s: dC_s/dz_s for C_s = 1/2 ||z_s - t_s||^2
    if float32_inputs:
        dz = dz.astype(np.float32).astype(np.float64)
    notes = [
        note
        for note, on in (
            ("integer a_prev", integer_inputs),
            ("float32 dz and a_prev", float32_inputs),
            ("sample 1 on its target: dz[:, 1] = 0", sample_on_target and batch > 1),
            ("a_prev stored in Fortran order, as a transpose is", fortran_order),
            (f"every dz entry about {scale:.0e} in size", scale != 1.0),
        )
        if on
    ]
    what = f"dense_backward ({n_out}x{n_in} layer, batch of {batch}{''.join(f', {note}' for note in notes)})"
    given = (lambda v: v.astype(np.float32)) if float32_inputs else (lambda v: v.copy())
    stored = np.asfortranarray if fortran_order else given  # a copy, stored column by column
    try:
        out = call_keeping_inputs(what, dense_backward, ("dz", given(dz)), ("a_prev", stored(a_prev)))
    except ValueError as e:
        if n_in == n_out == batch:
            raise

        def on_square() -> None:
            for p in ("dW", "db"):  # a crash in dW's product stops db too: the first failure tells
                check_dense_backward(dense_backward, p, SQUARE, SQUARE, SQUARE, exact=exact)

        _shape_crash(
            what,
            f"dz of shape {dz.shape} and a_prev {a_prev.shape}",
            f"dW = dz @ a_prev.T / B is dz {dz.shape} @ a_prev.T {a_prev.T.shape}, of shape {W.shape} like W, and db "
            f"= dz.mean(axis=1, keepdims=True) has shape {b.shape} like b.",
            on_square,
            e,
            (n_in, n_out, batch),
        )
    dW, db = pair(what, out, ("dW", "db"))
    _swapped_pair(what, dW, db, ("dW", "db"), (dz @ a_prev.T / batch, dz.mean(axis=1, keepdims=True)))
    param, got = (W, dW) if part == "dW" else (b, db)
    # made only when needed: with exact given, a right answer is judged against it (as _check_sigmoid_layer's)
    numeric = functools.partial(gradcheck.numerical_gradient, lambda _: _squared_error(W, b, a_prev, t), param)
    hint = _db_shape_hint(db, n_out, batch, n_in) if part == "db" else ""
    if integer_inputs and not hint:
        hint = _whole_sums_hint(part, got, dz @ a_prev.T if part == "dW" else dz.sum(axis=1, keepdims=True), batch)
    true = None if exact is None else pair("the reference", exact(dz.copy(), a_prev.copy()), ("dW", "db"))
    try:
        check_gradient(
            f"{part} of {what}",
            got,
            numeric,
            None if true is None else true[part == "db"],
            batch_size=batch,
            factors=size_factors(
                n_in,
                n_out,
                batch,
                int(np.any(a_prev != 0, axis=0).sum()) if integer_inputs else None,
                int(np.sum(~np.any(dz != 0, axis=0))) if sample_on_target else 0,
            ),
            likely_bugs={
                **(_db_bugs(dz, a_prev, db) if part == "db" else _dW_bugs(dz, a_prev, dW)),
                # round 126: db entries below 1e-9 set to 0 was told "not computed or not propagated"
                **(
                    {
                        f"{part} is all zeros, and every entry of dz here is about {scale:.0e} in size: are entries "
                        "below a threshold set to 0 ('numerical noise')? A small gradient is a gradient too: keep "
                        "every entry as it is computed.": np.zeros_like(param)
                    }
                    if scale != 1.0
                    else {}
                ),
            },
            hint=hint,
        )
    except AssertionError:  # round 36: an a_prev kept by the student's dense_forward, read in place of the argument
        if part == "dW" and _ignores(dense_backward, what, {"dz": dz, "a_prev": a_prev}, "a_prev", 0, dW, ("dW", "db")):
            raise AssertionError(
                f"dW of {what} stays the same when the argument a_prev changes: dense_backward ignores its argument "
                "a_prev. Does it use an a_prev kept from an earlier call, in a global or a cache that your "
                "dense_forward fills? When graded, the functions it calls are the instructor's, which fill none: "
                "dW = dz @ a_prev.T / B from the arguments."
            ) from None
        raise


# -- update_layer ----------------------------------------------------------------------------------------


def check_update_layer(
    update_layer: Callable,
    n_in: int = 3,
    n_out: int = 4,
    batch: int = 5,
    lr: float = VISIBLE_LR,
    rng: np.random.Generator | None = None,
    *,
    uses: Mapping[str, Callable] | None = None,
    layer: tuple[np.ndarray, np.ndarray] | None = None,
    exact_rate: bool = False,
) -> None:
    """``update_layer(W, b, dz, a_prev, learning_rate)`` must return the pair (W - lr dW, b - lr db).

    dW, db: the gradients of the batch-averaged cost (what dense_backward returns), checked through
    the step (W - W_new) / lr against central differences.
    ``uses``: the student's ``dense_backward`` (visible check; see :func:`check_sigmoid_layer`).
    ``layer``: (W (n_out, n_in), b (n_out, 1)) to step instead of new ones, with a new batch (round 97: a step
    cached on W and b kept the point).
    ``exact_rate``: W_new and b_new of a float64 answer must also be W - lr dW and b - lr db to float64 rounding
    (:func:`_check_rate_exact`; round 125: the rate rounded to 6 significant digits was within ``STEP_RTOL``). The
    data are then numbers on coarse grids (multiples of 1/32 and 1/4), so that dW and db are exact in float32 as in
    float64: give ``lr`` as a float32 value (``float(np.float32(1 / 3))``), so that an answer computing in float32 is
    exact too; ``batch`` a power of 2.
    """
    _blaming(
        uses,
        "update_layer",
        "dense_backward",
        lambda: _check_update_layer(update_layer, n_in, n_out, batch, lr, _rng(rng, 3), layer, exact_rate),
    )


def _check_update_layer(
    update_layer: Callable,
    n_in: int,
    n_out: int,
    batch: int,
    lr: float,
    rng: np.random.Generator,
    layer: tuple[np.ndarray, np.ndarray] | None = None,
    exact_rate: bool = False,
) -> None:
    W, b, a_prev, t = layer_case(n_in, n_out, batch, rng)
    if layer is not None:
        W, b = (np.array(v, dtype=np.float64) for v in layer)
    if exact_rate:  # numbers on grids: dz, dW and db exact in float32 and float64 (see check_update_layer)
        W, b, t = (np.round(v * 32.0) / 32.0 for v in (W, b, t))
        a_prev = np.round(a_prev * 4.0) / 4.0
        if np.unique(a_prev, axis=1).shape[1] < batch:  # two samples alike on the grid (a draw in ~200): made distinct,
            # so that an update averaging over distinct samples is told by check_repeated_samples, not here
            a_prev = a_prev + np.arange(batch) / 1024.0  # still exact in float32: products on a grid of 2**-15
    dz = W @ a_prev + b - t
    rate = repr(lr) if exact_rate else f"{lr:g}"  # all the digits where they matter
    what = f"update_layer ({n_out}x{n_in} layer, batch of {batch}, learning_rate={rate})"

    def call(learning_rate: float) -> tuple[Any, Any]:
        out = call_keeping_inputs(
            what,
            update_layer,
            ("W", W.copy()),
            ("b", b.copy()),
            ("dz", dz.copy()),
            ("a_prev", a_prev.copy()),
            ("learning_rate", learning_rate),
        )
        return pair(what, out, ("W_new", "b_new"))

    try:
        W_new, b_new = call(lr)
    except ValueError as e:
        if n_in == n_out == batch:
            raise
        _shape_crash(
            what,
            f"W of shape {W.shape}, b {b.shape}, dz {dz.shape} and a_prev {a_prev.shape}",
            f"dense_backward(dz, a_prev) gives dW of shape {W.shape} and db {b.shape}, and W - learning_rate * dW, "
            "b - learning_rate * db keep the shapes of W and b.",
            lambda: _check_update_layer(update_layer, SQUARE, SQUARE, SQUARE, lr, _rng(None, 3)),
            e,
            (n_in, n_out, batch),
        )
    shape_W, shape_b = np.shape(W_new), np.shape(b_new)
    if shape_W == b.shape and shape_b == W.shape:
        raise AssertionError(f"{what} returned (b_new, W_new); the pair must be (W_new, b_new).")
    if shape_b == (n_out, n_out) and n_out > 1:
        raise AssertionError(
            f"{what}: b_new has shape {shape_b} instead of {b.shape}: the bias became a matrix. A db that is not "
            f"a column, of shape ({n_out},) or ({n_out}, 1) transposed to (1, {n_out}) (db.T), makes b - lr * db "
            f"broadcast the ({n_out}, 1) column b into a ({n_out}, {n_out}) matrix without any error: use db as "
            f"dense_backward returns it, a column of shape ({n_out}, 1)."
        )
    if shape_b == dz.shape and batch > 1:
        raise AssertionError(
            f"{what}: b_new has shape {shape_b} instead of {b.shape}, one column per sample: the step for b uses dz "
            "itself; db is dz averaged over the samples (axis 1), a column like b."
        )
    if shape_b == W.shape and W.shape != b.shape:  # round 62: db, dW = dense_backward(...) told only the shape
        raise AssertionError(
            f"{what}: b_new has shape {shape_b}, the shape of W, instead of {b.shape}: b is moved by dW (and W by db, "
            "broadcast over its columns). Is the pair from dense_backward unpacked in the wrong order? It returns "
            "the gradient of W first, then that of b."
        )
    if len(shape_b) > 2 and np.size(b_new) in (b.size, b.size * n_out):  # round 78: db[:, None] "fixing" a flat db
        raise AssertionError(
            f"{what}: b_new has shape {shape_b} instead of {b.shape}: an axis too many. update_layer gets db from "
            f"dense_backward as a column of shape {b.shape} (the tests call the model dense_backward, as its "
            "docstring describes it); db[:, None] or a reshape then adds an axis, which b - lr * db broadcasts into "
            "a larger array. Use db as dense_backward returns it."
        )
    testing.as_array(f"W_new of {what}", W_new, W.shape)
    testing.as_array(f"b_new of {what}", b_new, b.shape)
    factors = {
        f"1/{lr:g} (1/learning_rate): the step is not multiplied by the learning rate.": 1 / lr,
        "the learning rate: the step is multiplied by the learning rate twice (learning_rate**2 * gradient).": lr,
        f"1/{lr:g}**2 (1/learning_rate**2): the gradient is divided by the learning rate where it is multiplied "
        "by it.": 1 / lr**2,
    }
    if lr != VISIBLE_LR:
        factors[
            f"{VISIBLE_LR:g}/{lr:g}: the learning rate seems hard-coded as {VISIBLE_LR:g}, the visible check's: "
            "use the argument learning_rate."
        ] = VISIBLE_LR / lr
    for k, story in (
        (0.5, "1/2: the step is half of learning_rate * d{p}"),
        (2.0, "2: the step is twice learning_rate * d{p}"),
    ):
        _add_factor(  # round 33: "the factor 2 from differentiating a square" for a learning rate halved after a while
            factors,
            k,
            story.format(p="W (or db)") + ": is the learning rate changed (a schedule, a value kept from an earlier "
            "call)? The step is learning_rate * gradient, the learning_rate passed in, at every call.",
            (),
        )
    for digits in (0, 1, 2, 3):  # round 93: round(learning_rate, 2) was told "a constant factor 1.067"
        rounded = round(lr, digits)
        if rounded not in (0, lr):
            _add_factor(
                factors,
                rounded / lr,
                f"{rounded:g}/{lr:g}: the step uses the learning rate rounded to {digits} decimals ({rounded:g} "
                f"instead of {lr:g}): use learning_rate as it is passed in.",
                (),
            )
    whole = int(1 / lr) if lr < 1 else 0
    if whole > 0 and not np.isclose(1 / whole, lr):  # round 113: W - dW / int(1 / learning_rate), told "10/9"
        _add_factor(
            factors,
            (1 / whole) / lr,
            f"{1 / whole:.4g}/{lr:g}: the step is divided by int(1/learning_rate) = {whole} (1/{whole} instead of "
            f"{lr:g}): is the learning rate turned into a whole number (int(), //, a number of steps)? Multiply by "
            "learning_rate as it is passed in.",
            (),
        )
    # round 105: dW and db rescaled to a norm of 10 ("gradient clipping") was told "a constant factor 0.9207"
    dW_true, db_true = dz @ a_prev.T / batch, dz.mean(axis=1, keepdims=True)
    norms = {
        "the gradient (dW and db together)": float(np.sqrt(np.sum(dW_true**2) + np.sum(db_true**2))),
        "dW": float(np.linalg.norm(dW_true)),
        "db": float(np.linalg.norm(db_true)),
    }
    for c in (1.0, 2.0, 5.0, 10.0, 100.0):
        for which, norm in norms.items():
            if norm > c:
                _add_factor(
                    factors,
                    c / norm,
                    f"{c:g}/{norm:.4g}: {which} is rescaled to a norm of {c:g} (gradient clipping by the norm?): the "
                    "step is learning_rate * the gradient dense_backward returns, whatever its size.",
                    (),
                )
    if batch > 1:  # before the sizes' own stories: the batch size is the likeliest divisor in a step
        story = (
            f"1/{batch} (1/batch size): the step is divided by the batch size once more (learning_rate / B, or dW "
            "averaged again): dense_backward's dW and db are already means over the batch."
        )
        _add_factor(factors, 1 / batch, story, ())
    for story, value in size_factors(n_in, n_out, batch).items():
        _add_factor(factors, value, story, ())
    swapped = "dense_backward's arguments swapped? dense_backward(dz, a_prev) takes dz first."
    again: list[tuple[Any, Any]] = []  # the result for another learning rate, computed when needed
    # No finite-difference test here (no exact=): update_layer derives nothing, it steps along dense_backward's
    # gradients, and a finite difference of the layer's linear z would be exact anyway.
    for i, (name, param, new) in enumerate((("W", W, W_new), ("b", b, b_new))):
        numeric = gradcheck.numerical_gradient(lambda _: _squared_error(W, b, a_prev, t), param)
        new = np.asarray(new, dtype=np.float64)
        expected = param - lr * numeric
        # float32 rounding of W, b allowed: relative to the operands, as W - lr dW can cancel (round 50's run: a b of
        # one unit, 0.1 - 0.09996, was 5e-9 off in float32, 1e-4 of the result)
        scale = max(float(np.max(np.abs(a))) for a in (expected, param, lr * numeric))
        if np.all(np.abs(new - expected) <= STEP_RTOL * scale):
            continue
        _lr_not_used(what, name, param, new, numeric, lr, again, call, i)
        step = (param - new) / lr  # the gradient this step followed: name what is wrong with it
        rule = f"{name}_new must be {name} - learning_rate * d{name}."
        tiny = float(np.max(np.abs(lr * numeric), initial=0.0))
        unchanged = (
            f"{name}_new equals {name}: the step is dropped (skipped). Every step here is tiny (at most {tiny:.2g} in "
            "size): is a small step left out (a threshold on its size, a 'converged' test)? Every step is taken, "
            "however small."
            if 0.0 < tiny < 1e-6  # round 126: steps below 1e-9, or all of them when the largest was below 1e-5
            else f"{name}_new equals {name}: {name} is not updated (its step is missing, or taken with a gradient not "
            "computed yet: compute dW and db from dense_backward first, then step)."
        )
        likely = {
            unchanged: np.zeros_like(param),
            f"the step goes uphill: {name} + lr d{name} instead of {name} - lr d{name}.": -numeric,
            f"{name}_new is only the step -learning_rate * d{name}: {name} itself is missing.": param / lr + numeric,
            f"{name}_new is only learning_rate * d{name}: {name} itself is missing (and the sign of the step is "
            "flipped).": param / lr - numeric,
            f"{name}_new is the gradient d{name} itself, not {name} after the step.": (param - numeric) / lr,
            f"{name}_new = {name} - learning_rate: d{name} is missing from the step.": np.ones_like(param),
        }
        if np.all(np.abs(numeric) > 1e-6 * scale):
            likely[f"{name}_new = {name} - learning_rate / d{name}: it divides by the gradient."] = 1 / numeric
        if name == "W" and n_in == n_out:  # the shapes of the swap fit
            likely[f"the step follows a_prev @ dz.T / B, the transpose of dW: {swapped}"] = a_prev @ dz.T / batch
        if name == "b":  # round 35: b stepped with something made of dW (dW has one row per unit, as b does)
            likely["b moves by the row sums of dW, not by db: b_new = b - learning_rate * db."] = dW_true.sum(
                axis=1, keepdims=True
            )
            likely["b moves by the row means of dW, not by db: b_new = b - learning_rate * db."] = dW_true.mean(
                axis=1, keepdims=True
            )
        if name == "b" and batch == 1 and n_out > 1:  # round 102: np.squeeze(dz).mean(axis=-1) told "every axis"
            over_units = (
                "db is one number for every unit, the {how} of dz over the units: with a batch of one sample, "
                "np.squeeze(dz) (or dz[:, 0], dz.ravel()) makes the column a 1-D array whose last axis is the units, "
                "so a reduction over axis -1 (or without axis=) runs over the units. Reduce dz over axis 1 with "
                "keepdims=True, without squeezing."
            )
            likely[over_units.format(how="mean")] = np.full_like(param, dz.mean())
            likely[over_units.format(how="sum")] = np.full_like(param, dz.sum())
        if name == "b" and n_in == n_out:
            likely[f"the step for b is the mean of a_prev over the samples, not of dz: {swapped}"] = a_prev.mean(
                axis=1, keepdims=True
            )
        # a global W (or b) in place of the argument, unless a story above tells the mistake already (W_new = -lr dW
        # ignores W too)
        told = any(np.allclose(step, v, rtol=1e-6, atol=1e-12) for v in likely.values())
        if not told and _ignores(
            update_layer, what, {"W": W, "b": b, "dz": dz, "a_prev": a_prev, "learning_rate": lr}, name, i, new
        ):
            raise AssertionError(
                f"{what}: {name}_new stays the same when the argument {name} changes: update_layer ignores its "
                f"argument {name} (does it step from a global {name} of the notebook, an experiment's?). {rule}"
            )
        gradcheck.check_gradient(
            f"the step ({name} - {name}_new) / learning_rate of {what}",
            step,
            numeric,
            batch_size=batch,
            factors=factors,
            likely_bugs=likely,
            hint=rule,
        )
        testing.assert_close(f"{name}_new of {what}", new, expected, rtol=STEP_RTOL, hint=rule)
    if exact_rate:
        _check_rate_exact(what, W, b, dz, a_prev, lr, W_new, b_new)


def _check_rate_exact(
    what: str,
    W: np.ndarray,
    b: np.ndarray,
    dz: np.ndarray,
    a_prev: np.ndarray,
    lr: float,
    W_new: Any,
    b_new: Any,
) -> None:
    """Fail when a float64 ``W_new`` or ``b_new`` is not W - lr dW (b - lr db) to float64 rounding, naming the rate
    the step was taken with (round 125: ``float(f"{learning_rate:.6g}")``, a rate rounded to 6 significant digits,
    was 2.6e-6 of the step off, within ``STEP_RTOL``). The bound per entry is 64 ulps of |param| + |lr| times the
    sum of the absolute terms of the mean (any order of the sums stays far within it). A float32 answer (by dtype,
    or float32 numbers in float64) is left to the check before."""
    if gradcheck.holds_float32(W_new, b_new):
        return
    batch = a_prev.shape[1]
    eps = float(np.finfo(np.float64).eps)
    grads = {
        "W": (dz @ a_prev.T / batch, np.abs(dz) @ np.abs(a_prev).T / batch, W, W_new),
        "b": (dz.mean(axis=1, keepdims=True), np.abs(dz).mean(axis=1, keepdims=True), b, b_new),
    }
    for name, (grad, size, param, new) in grads.items():
        new = np.asarray(new, dtype=np.float64)
        expected = param - lr * grad
        tol = 64.0 * eps * (np.abs(param) + np.abs(lr) * size + np.abs(expected))
        err = np.abs(new - expected)
        if np.all(err <= tol):
            continue
        i = np.unravel_index(int(np.argmax(err - tol)), err.shape)
        nn = float(np.vdot(grad, grad))
        used = float(np.vdot(param - new, grad)) / nn if nn > 0 else float("nan")
        story = ""
        for how, rates in (
            ("significant digits", [(d, float(f"{lr:.{d}g}")) for d in range(1, 16)]),
            ("decimals", [(d, round(lr, d)) for d in range(1, 16)]),
        ):
            for d, rate in rates:
                if rate != lr and np.all(np.abs(new - (param - rate * grad)) <= tol):
                    story = (
                        f" It is {name} - {rate!r} * d{name}: the learning rate is rounded to {d} {how} ({rate!r} "
                        f'instead of {lr!r}; a format such as f"{{learning_rate:.{d}g}}" parsed back, round(), a '
                        "printed value?)."
                    )
                    break
            if story:
                break
        if not story:
            story = (
                f" The step follows a learning rate of about {used:.15g} instead of {lr!r}: is the learning rate "
                "rounded or changed somewhere (a format parsed back, round(), a cast)?"
            )
        raise AssertionError(
            f"{what}: {name}_new is off from {name} - learning_rate * d{name} by {float(err[i]):.3g} at index "
            f"{tuple(int(k) for k in i)}, more than float64 rounding allows ({float(tol[i]):.2g}).{story} The step "
            f"must use learning_rate as it is passed in, with all its digits: {name}_new = {name} - learning_rate * "
            f"d{name}."
        )


def _ignores(
    fn: Callable,
    what: str,
    args: dict[str, Any],
    name: str,
    i: int,
    new: Any,
    outputs: tuple[str, str] = ("W_new", "b_new"),
) -> bool:
    """Whether item ``i`` of the pair ``fn(**args)`` (``new``) stays the same when the argument ``name`` moves by 1."""
    moved = {k: (v + 1.0 if k == name else v) for k, v in args.items()}
    try:
        out = call_keeping_inputs(what, fn, *[(k, np.copy(v) if k != "learning_rate" else v) for k, v in moved.items()])
        again = np.asarray(pair(what, out, outputs)[i], dtype=np.float64)
    except Exception:  # noqa: BLE001  (only a diagnosis: a failing call tells nothing)
        return False
    return again.shape == new.shape and bool(np.all(again == new))


def _lr_not_used(
    what: str,
    name: str,
    param: np.ndarray,
    new: np.ndarray,
    numeric: np.ndarray,
    lr: float,
    again: list[tuple[Any, Any]],
    call: Callable[[float], tuple[Any, Any]],
    i: int,
) -> None:
    """Fail, naming the step size used, when ``name``_new is the same for another learning rate (a hard-coded
    step, or a global ``lr`` of the notebook); ``again`` caches that second call, ``i`` is the pair's index."""
    other = 2 * lr if 2 * lr != VISIBLE_LR else 3 * lr
    if not again:
        try:
            again.append(call(other))
        except Exception as e:  # noqa: BLE001  (the second call failing says nothing about the learning rate)
            if _bridge_failure(e):
                raise
            again.append((None, None))
    try:
        same = np.array_equal(np.asarray(again[0][i], dtype=np.float64), new)
    except (TypeError, ValueError):
        return
    if not same or _equal(new, param) or _equal(new, numeric):  # unchanged, or the gradient itself: told later
        return
    used = ""
    nn = float(np.vdot(numeric, numeric))
    k = float(np.vdot(param - new, numeric)) / nn if nn > 0 else 0.0
    if abs(k - 1.0) <= 1e-6 and _equal(param - new, numeric):
        used = (
            f": it is {name} - d{name}, the step of a learning rate of 1. Is the rate capped at 1 (min(learning_rate, "
            "1), np.clip)? Rates above 1 are allowed"
            if lr > 1  # round 101: min(learning_rate, 1)
            else f": the step is not multiplied by the learning rate ({name} - d{name})"
        )
    elif k != 0.0 and _equal((param - new) / k, numeric):
        used = (  # round 48: the first call's learning_rate kept in a global was told "hard-coded"
            f": the learning rate seems fixed at {k:.4g} (a number in the code, or the learning_rate of an earlier "
            "call kept in a global, a default argument or an attribute?)"
        )
        if 0.0 < k < lr and _steps_right_below(call, i, param, numeric, k / 2):  # round 112: min(learning_rate, 0.1)
            used = (
                f": the learning rate is capped at {k:.4g} (min(learning_rate, {k:.4g}), np.clip?): a rate below it "
                f"steps right, every rate above it steps as {k:.4g}. Any positive rate is allowed"
            )
    raise AssertionError(
        f"{what}: {name}_new is the same for learning_rate={lr:g} and learning_rate={other:g}{used}. The step must "
        f"use the argument learning_rate ({name}_new = {name} - learning_rate * d{name}), not a number or a "
        "variable of the notebook (a global lr of an experiment cell?)."
    )


def _steps_right_below(
    call: Callable[[float], tuple[Any, Any]], i: int, param: np.ndarray, numeric: np.ndarray, rate: float
) -> bool:
    """Whether ``call(rate)``'s ``i``-th result is ``param - rate * numeric`` (False when the call fails)."""
    try:
        got = call(rate)[i]
    except Exception as e:  # noqa: BLE001  (a failing call says only that this story is not the one)
        if _bridge_failure(e):
            raise
        return False
    return _equal(got, param - rate * numeric)


# -- sigmoid_layer_backward ------------------------------------------------------------------------------


def _linear_layer_gradient(
    delta: np.ndarray, W: np.ndarray, b: np.ndarray, a_prev: np.ndarray, param: np.ndarray
) -> np.ndarray:
    """The gradient of ``param`` (``W`` or ``b``) that a layer gets when ``delta`` is taken for dC_s/dz_s, exact to
    float64 rounding (round 92: made by central differences it was off in the last bits, and a clip of z at 20,
    wrong only by sigma'(20) = 2e-9, could not be told from an estimate)."""
    if param is b:
        return delta.mean(axis=1, keepdims=True)  # dC/db = (1/B) sum_s dC_s/dz_s
    return delta @ a_prev.T / a_prev.shape[1]  # dC/dW = (1/B) sum_s dC_s/dz_s a_s^T


def _same_bits(wrong: np.ndarray, known: np.ndarray) -> bool:
    """Whether two stories' gradients are equal to float64 rounding (1e-12 of the largest entry): only then is the
    second one left out (round 92: sigma' with z clipped at 20 was left out as "equal" to sigma(z) clipped at 1e-7
    to the float policy's 1e-3, both tiny beside the largest entry, and the clip, close to the truth, was told
    "estimated numerically")."""
    w, k = np.asarray(wrong, dtype=np.float64), np.asarray(known, dtype=np.float64)
    if w.shape != k.shape:
        return False
    return float(np.max(np.abs(w - k), initial=0.0)) <= 1e-12 * max(float(np.max(np.abs(k), initial=0.0)), 1e-300)


def _check_sigmoid_layer(
    sigmoid_layer_backward: Callable,
    n_in: int,
    n_out: int,
    batch: int,
    rng: np.random.Generator,
    exact: Callable | None,
    saturated: int = 0,
    layer: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> None:
    W, b, a_prev, t = layer_case(n_in, n_out, batch, rng)
    if layer is not None:  # the same W, b and a_prev (so the same z), new targets t (so a new da)
        W, b, a_prev = (np.array(v, dtype=np.float64) for v in layer)
    if saturated:  # the first units' pre-activations between about 10 and 32 in size, signs alternating (beyond 10
        # in every draw: a clip at [-10, 10] shows in the saturated units, not first in the far-out check)
        b[:saturated] += np.resize([1.0, -1.0], (saturated, 1)) * rng.uniform(12.0, 30.0, size=(saturated, 1))
    z = W @ a_prev + b
    s = sigmoid(z)
    da = s - t  # column s: dC_s/da_s for C_s = 1/2 ||sigma(z_s) - t_s||^2
    what = f"sigmoid_layer_backward ({n_out}x{n_in} layer, batch of {batch})"
    try:
        out = call_keeping_inputs(
            what, sigmoid_layer_backward, ("da", da.copy()), ("z", z.copy()), ("a_prev", a_prev.copy())
        )
    except AssertionError:
        raise
    except Exception as e:
        if n_in == n_out or type(e).__name__ in ("PeerGone", "ProtocolError"):
            raise
        # round 60: a derivative taken at a_prev raised a shape error, told only "shapes, or a cache?": on a square
        # layer, where such shapes meet, the values tell which mistake it is
        try:
            _check_sigmoid_layer(sigmoid_layer_backward, n_out, n_out, batch, rng, None, saturated)
        except AssertionError as square:
            kind = getattr(e, "type_name", type(e).__name__)
            raise AssertionError(
                f"{what} raises {kind}; on a square layer ({n_out}x{n_out}), where the shapes let it run: {square}"
            ) from None
        except Exception:  # noqa: BLE001  (it fails there too: the first error is the one to tell)
            pass
        raise
    dW, db = pair(what, out, ("dW", "db"))
    dz = da * s * (1 - s)
    _swapped_pair(what, dW, db, ("dW", "db"), (dz @ a_prev.T / batch, dz.mean(axis=1, keepdims=True)))
    true = None if exact is None else pair("the reference", exact(da.copy(), z.copy(), a_prev.copy()), ("dW", "db"))
    s_of_a = sigmoid(s)
    s_of_da = sigmoid(da)
    wrong_deltas = {
        "is computed from dC/da instead of dC/dz: the sigmoid's derivative is forgotten (dC/dz = dC/da * "
        "sigma'(z), and both dW and db are built from dC/dz).": da,
        "uses the sigmoid derivative as z (1 - z): that formula takes the activation a = sigma(z), but z is the "
        "pre-activation; dC/dz = dC/da * sigma(z) (1 - sigma(z)).": da * z * (1 - z),
        "takes the sigmoid derivative at the activation a = sigma(z) instead of the pre-activation z "
        "(sigma'(sigma(z))).": da * s_of_a * (1 - s_of_a),
        "applies the sigmoid derivative twice: an extra factor sigma(z) (1 - sigma(z)).": da * (s * (1 - s)) ** 2,
        "is computed from z * sigma'(da): da and z are swapped (sigmoid_backward(z, da)?); dC/dz = dC/da * "
        "sigma'(z), sigmoid_backward(da, z) takes the incoming gradient first.": z * s_of_da * (1 - s_of_da),
        "takes the sigmoid derivative at da, the incoming gradient, instead of at the pre-activation z "
        "(da * sigma'(da)); dC/dz = dC/da * sigma'(z).": da * s_of_da * (1 - s_of_da),
    }
    if a_prev.shape == da.shape:  # a square layer: the layer's input meets da (round 60)
        wrong_deltas[
            "takes the sigmoid derivative at a_prev, the layer's input (a_prev (1 - a_prev)), instead of at this "
            "layer's pre-activation z: dC/dz = dC/da * sigma(z) (1 - sigma(z))."
        ] = da * a_prev * (1 - a_prev)
    cost = lambda _: 0.5 * float(np.sum((sigmoid(W @ a_prev + b) - t) ** 2)) / batch  # noqa: E731
    with gradcheck.one_answer():  # one call: judged together for estimates
        for name, got, param, i in (("db", db, b, 1), ("dW", dW, W, 0)):
            # made only when needed: with exact given, a right answer is judged against it, the estimate made only
            # to diagnose a wrong one (gradcheck.check_gradient; CI, session 38: a 1x7 layer with a batch of one and
            # z about 9, every entry of dW about 5e-7 beside a cost of about 0.4: the estimate's rounding, eps * cost
            # / h, was 1.4e-4 of it, and the model answer lost the test)
            numeric = functools.partial(gradcheck.numerical_gradient, cost, param)

            extra: dict[str, np.ndarray] = {}
            if name == "db":
                extra.update(_db_bugs(dz, a_prev, db))  # dz = dC/dz, column s the sample's
                extra[
                    "db is the mean of da times the mean of sigma'(z): the chain rule is applied sample by sample, "
                    "dC/db = the mean over the samples of da * sigma'(z); the mean of a product is not the product "
                    "of the means."
                ] = np.mean(da, axis=1, keepdims=True) * np.mean(s * (1 - s), axis=1, keepdims=True)

            def likely(
                name: str = name, param: np.ndarray = param, extra: dict = extra, got: Any = got
            ) -> dict[str, np.ndarray]:
                """The stories above, then sigmoid_backward's (the layer may compute dz itself, round 35), then
                sigma'(z) written with a typo (a helper the two functions share may carry it, round 30); made only for
                a wrong answer."""
                out = {
                    f"{name} {story}": _linear_layer_gradient(delta, W, b, a_prev, param)
                    for story, delta in wrong_deltas.items()
                }
                out.update(extra)
                for story, delta in _sigmoid_backward_bugs(da, z).items():  # round 35: the step written inline
                    wrong = _linear_layer_gradient(delta, W, b, a_prev, param)
                    if not any(_same_bits(wrong, known) for known in out.values()):
                        out[f"{name} is wrong in its step through the sigmoid, dz = da * sigma'(z): {story}"] = wrong
                for story, values in _sigmoid_formulas(z).items():
                    wrong = _linear_layer_gradient(da * values, W, b, a_prev, param)
                    if not any(_same_bits(wrong, known) for known in out.values()):
                        out[f"{name} uses a wrong sigmoid derivative: {story}"] = wrong
                if name == "db":
                    out.update(_one_sided_dz(sigmoid_layer_backward, da, z, a_prev, dz))
                if name == "dW":  # round 105: dz @ a_prev, a_prev not transposed when square, was told only "wrong"
                    for story, wrong in _dW_bugs(dz, a_prev, got).items():
                        if not any(_same_bits(wrong, known) for known in out.values()):
                            out[story] = wrong
                # round 72: sigma' set to 0 beyond |z| = 25 matched the exact gradient to 5e-11 on the saturated units
                # and was told "estimated numerically": a guard at the |z| of the saturated units that fits best (the
                # candidates differ by less than the float policy's tolerance, so only the nearest is a story)
                given = np.asarray(got, dtype=np.float64)

                far = np.unique(np.abs(z[np.abs(z) > 8.0]))
                guards = [
                    (v, _linear_layer_gradient(np.where(np.abs(z) >= v, 0.0, dz), W, b, a_prev, param)) for v in far
                ]
                guards = [(v, g) for v, g in guards if g.shape == given.shape]
                if guards:
                    v, wrong = min(guards, key=lambda vg: float(np.max(np.abs(vg[1] - given))))
                    out[f"{name}: sigma'(z) is 0 where |z| is {v:.3g} or more: {TAIL_GUARD}"] = wrong
                return out

            hint = _db_shape_hint(db, n_out, batch, n_in) if name == "db" else ""
            check_gradient(
                f"{name} of {what}",
                got,
                numeric,
                None if true is None else true[i],
                batch_size=batch,
                factors=size_factors(n_in, n_out, batch),
                likely_bugs=likely,
                hint=hint,
                # float32's s (1 - s) where s rounds near 1 is off by up to a few % of sigma'(z) (saturated units); a
                # clip of z, the bug the saturated units are there for, is off by far more
                **({"float32_tol": 5e-2} if saturated else {}),
            )


def _one_sided_dz(
    sigmoid_layer_backward: Callable, da: np.ndarray, z: np.ndarray, a_prev: np.ndarray, dz: np.ndarray
) -> dict[str, np.ndarray]:
    """{story: the layer's db} when its step through the sigmoid is wrong exactly where z < 0 (or z > 0).

    The layer is called on one sample at a time, where db is that sample's dz (shape (n_out, 1)), so the entries of
    dz it gets wrong show (round 54: a helper of the student's own, shared with sigmoid_backward, with its branch for
    z < 0 wrong gave only "wrong in all 4 entries": every entry of db averages some negative z). Empty when the wrong
    entries are not one side, or when a call fails. ``dz``: the right dC/dz, (n_out, batch)."""
    try:
        columns = []
        for j in range(z.shape[1]):
            one = [np.array(v[:, j : j + 1]) for v in (da, z, a_prev)]
            _, db_j = sigmoid_layer_backward(*one)
            columns.append(np.asarray(db_j, dtype=float).reshape(-1, 1))
        got = np.hstack(columns)
    except Exception:  # noqa: BLE001  (a story only: a layer that fails here fails its check anyway)
        return {}
    if got.shape != dz.shape:
        return {}
    wrong = ~np.isclose(got, dz, rtol=1e-6, atol=1e-12)
    for side, mask in (("z < 0", z < 0), ("z > 0", z > 0)):
        if wrong.any() and np.array_equal(wrong, mask):
            return {
                f"db is wrong in its step through the sigmoid, dz = da * sigma'(z), exactly where {side}: called on "
                f"one sample at a time (then db is that sample's dz), it is right for every entry but those with "
                f"{side}. A formula written in two branches, by the sign of z, with the one for {side} wrong?": np.mean(
                    got, axis=1, keepdims=True
                )
            }
    return {}


def check_sigmoid_layer(
    sigmoid_layer_backward: Callable,
    n_in: int = 3,
    n_out: int = 4,
    batch: int = 5,
    rng: np.random.Generator | None = None,
    *,
    exact: Callable | None = None,
    uses: Mapping[str, Callable] | None = None,
    saturated: int = 0,
    layer: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> None:
    """``sigmoid_layer_backward(da, z, a_prev)`` must return (dW, db) of the batch-averaged cost.

    ``uses``: the student's ``sigmoid_backward`` and ``dense_backward`` (visible check): when the
    layer fails, they are checked too, and a failure there is named first ("fix ... first").
    ``exact``: a reference ``sigmoid_layer_backward`` (hidden tests). ``saturated``: how many units (the first)
    get pre-activations between about 10 and 32 in size, where sigma'(z) is small but not 0 (round 47: z clipped to
    [-10, 10] or [-5, 5] before sigma' kept the points while every z was moderate). ``layer``: (W, b, a_prev) to use
    instead of new ones (shapes (n_out, n_in), (n_out, 1), (n_in, batch)): the same z as an earlier call, with new
    targets and so a new da (round 93: a result cached on z alone kept the points).
    """
    _blaming(
        uses,
        "sigmoid_layer_backward",
        "sigmoid_backward and dense_backward",
        lambda: _check_sigmoid_layer(sigmoid_layer_backward, n_in, n_out, batch, _rng(rng, 4), exact, saturated, layer),
    )


def _blaming(uses: Mapping[str, Callable] | None, tested: str, references: str, run: Callable[[], None]) -> None:
    """``run()``; if it fails and one of ``uses`` (the student's other functions) fails its own visible
    check, the message says to fix that one first."""
    try:
        run()
    except Exception as e:  # noqa: BLE001  (a failure, or an error raised by the student's code)
        if type(e).__name__ in ("PeerGone", "ProtocolError"):  # the bridge's: the kernel is gone or broken
            raise
        blame = _failing_prerequisites(uses or {})
        if not blame:
            raise
        raise AssertionError(
            f"fix {blame} first: this check of {tested} failed, and {tested} may be calling what fails. "
            f"(When graded, this test gives your {tested} the reference {references}, so a mistake in those "
            f"costs only their own tests; a helper of your own that {tested} calls is graded with it.) The check "
            f"said: {type(e).__name__}: {e}"
        ) from None


def _failing_prerequisites(uses: Mapping[str, Callable]) -> str:
    """Which of the student's other functions fail their own visible checks ("`f` (test_f fails)")."""
    checks = {
        "sigmoid_backward": [(check_sigmoid_backward, (), "test_sigmoid_backward")],
        "dense_backward": [
            (check_dense_backward, ("dW",), "test_dense_backward_dW"),
            (check_dense_backward, ("db",), "test_dense_backward_db"),
        ],
    }
    failing = []
    for name, fn in uses.items():
        tests = []
        for check, args, test in checks[name]:
            try:
                check(fn, *args)
            except Exception:  # noqa: BLE001
                tests.append(test)
        if tests:
            failing.append(f"your `{name}` ({' and '.join(tests)} fail{'s' if len(tests) == 1 else ''})")
    return " and ".join(failing)


# -- round 130: batches with repeated samples and all-zero inputs ----------------------------------------------

XOR_INPUTS = np.array([[0.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])


def check_repeated_samples(
    function: str,
    fn: Callable,
    reference: Callable,
    rng: np.random.Generator,
    *,
    outputs: tuple[str, ...] = ("dW", "db"),
    zero_column: bool = False,
    lr: float = 0.3,
) -> None:
    """``fn`` on a batch whose samples repeat, compared with ``reference`` (round 130).

    ``function``: "dense_backward", "sigmoid_layer_backward" or "update_layer" (its arguments). The batch is the four
    XOR inputs twice and one of 0 1, 1 0, 1 1 a third time (B = 9, their targets repeated too, so dz, z and da repeat
    with them), its columns in a random order; with ``zero_column``, a random batch of 6 whose one column of a_prev is
    all 0 instead (no repeats). ``outputs``: the names of the results compared (a subset of the pair's, e.g.
    ("db",)). A result that matches an average over the distinct samples, or over the samples whose input is not all
    0, is told so.
    """
    n_out = 3
    W, b = rng.normal(scale=0.7, size=(n_out, 2 if not zero_column else 3)), rng.normal(scale=0.5, size=(n_out, 1))
    if zero_column:
        a_prev = rng.normal(size=(3, 6))
        a_prev[:, int(rng.integers(6))] = 0.0
        t = rng.uniform(0.05, 0.95, size=(n_out, 6))
        batch_note = "a batch of 6 whose sample with an all-zero input a_prev[:, k] = 0"
    else:
        # each input twice and one a third time (an average over the distinct samples equals the true one when
        # every sample appears equally often)
        cols = np.concatenate([np.tile(np.arange(4), 2), [int(rng.integers(1, 4))]])[rng.permutation(9)]
        a_prev = XOR_INPUTS[:, cols]
        t = rng.uniform(0.05, 0.95, size=(n_out, 4))[:, cols]
        batch_note = "an XOR batch of 9: the 4 inputs (0 0, 0 1, 1 0, 1 1) twice and one a third time, with targets"
    z = W @ a_prev + b
    da = sigmoid(z) - t
    dz = da * sigmoid(z) * (1.0 - sigmoid(z))

    def args(cols: np.ndarray) -> list[tuple[str, Any]]:
        if function == "dense_backward":
            return [("dz", dz[:, cols].copy()), ("a_prev", a_prev[:, cols].copy())]
        if function == "sigmoid_layer_backward":
            return [("da", da[:, cols].copy()), ("z", z[:, cols].copy()), ("a_prev", a_prev[:, cols].copy())]
        return [
            ("W", W.copy()),
            ("b", b.copy()),
            ("dz", dz[:, cols].copy()),
            ("a_prev", a_prev[:, cols].copy()),
            ("learning_rate", lr),
        ]

    names = ("W_new", "b_new") if function == "update_layer" else ("dW", "db")
    every = np.arange(a_prev.shape[1])
    what = f"{function} ({batch_note})"
    got = pair(what, call_keeping_inputs(what, fn, *args(every)), names)
    want = pair("the reference", reference(*(v for _, v in args(every))), names)
    _, first = np.unique(np.vstack([a_prev, t]), axis=1, return_index=True)
    stories = {
        "repeated samples counted once: the result is the average over the distinct samples only. A sample that "
        "appears twice in the batch (as the XOR inputs do when repeated) counts twice: divide by B, every column of "
        "the batch, without dropping duplicates.": np.sort(first),
        "all-zero columns left out: the samples whose input a_prev[:, s] is all 0 are dropped from the batch "
        "average, as if they were padding. An input of 0s (the XOR sample 0 0) is a real sample: it counts among "
        "the B samples (its dW term is 0, its db term is not).": np.flatnonzero(np.any(a_prev != 0, axis=0)),
    }
    for name in outputs:
        i = names.index(name)
        arr = testing.as_array(f"{name} of {what}", got[i], np.shape(want[i]))
        for story, cols in stories.items():
            if len(cols) == len(every):
                continue
            told = pair("the reference", reference(*(v for _, v in args(cols))), names)[i]
            if np.allclose(arr, told, rtol=1e-4, atol=1e-9) and not np.allclose(told, want[i], rtol=1e-3, atol=1e-9):
                raise AssertionError(f"{name} of {what} is wrong: {story}")
        # to 1e-4, as the gradient checks (a sigmoid kept in float32 passes; a sample counted once is percents off)
        testing.assert_close(f"{name} of {what}", arr, want[i], rtol=1e-4, hint=_constant_factor(arr, want[i]))


# -- round 132: entry by entry at float32's precision, for every answer ---------------------------------------------
# The checks above compare a float32 answer (or one whose code the kernel's watch saw touch float32) at about 2e-5 of
# the largest entry and skip the tail checks for it; a dummy np.float32(1) * np.float32(2) in a float64 answer bought
# that licence (round 132). These checks ask every answer, whatever its dtype or its watch, for what correct float32
# arithmetic gives, entry by entry, in units of gradcheck.EPS32 times the entry's sum of |terms|; float64 answers are
# far inside. Limits measured on every correct answer of answers/bias_backprop (alt_*, indep_alt_*, blind*_ok_*,
# reference; alt_float32, alt_float32_cast_back, indep_alt_mixed_precision in float32), 40 draws each: see the
# constants.
EPS32 = gradcheck.EPS32
FLOAT32_PRECISION = gradcheck.FLOAT32_PRECISION
# Measured (40 draws each): sigma' 1.4 units at worst (indep_alt_mixed_precision; a float32 tanh form 2.1, others 1.2),
# dense_backward's dW 2.6 and db 1.6 (alt_float32, blind130_ok_05), update_layer 1.6, dense_forward 2.3; float64
# answers 0 to 0.01. Round 132's cases: 11 to 1e6 units (a float32 exp(-|z|) tail beyond 8: 11 at least at its probe).
SIGMA32_ULPS = 6.0  # sigma'(z) (sigmoid_backward, a layer's dz), of the scale of _sigma32_judge
DENSE32_ULPS = {"dW": 8.0, "db": 4.0}  # dense_backward: of the sum of |terms| of each entry (|dz| |a_prev|.T / B)
UPDATE32_ULPS = 5.0  # update_layer: of |W| + lr |dW| (and |b| + lr |db|)
FORWARD32_ULPS = 6.0  # dense_forward with the identity: of |W| |a_prev| + |b|
SIGMA32_ZERO_BELOW = 16.5  # |z| under which no correct sigma'(z), float32 or float64, is 0 (float32 s(1 - s): 16.6)


def _sigma32_probe(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """z (a column) and da for the float32 checks of sigma': entries placed where round 132's answers cheated. z at
    -6..-7 and -7..-8 halfway between float16 values (a float16 z is 0.2 % off there), -8.12..-8.02 (exp(-|z|) 6e-4
    off there), -12.15..-12.02, -13..-11, -16.45..-16.1 (0 is wrong there for any formula), -29.5..-20.5, +6..+9,
    +11..+13, +20..+25 and four moderate ones (a float64 answer's result is then no float32 values); da of 0.5 to 2
    in size, both signs."""
    k = rng.integers(0, 256, size=2)
    neg = np.concatenate(
        [
            -(6.0 + (2 * k[:1] + 1) / 512.0),  # float16's step is 1/256 on [4, 8): halfway between two of its values
            -(7.0 + (2 * k[1:] + 1) / 512.0),
            -rng.uniform(8.02, 8.12, size=1),
            -rng.uniform(12.02, 12.15, size=1),  # exp(-|z|) beyond 12: 1e-5 off there
            -rng.uniform(11.0, 13.0, size=1),
            -rng.uniform(16.1, 16.45, size=2),
            -rng.uniform(20.5, 29.5, size=2),
        ]
    )
    pos = np.concatenate([rng.uniform(6.0, 9.0, 1), rng.uniform(11.0, 13.0, 1), rng.uniform(20.0, 25.0, 1)])
    mid = rng.uniform(-3.0, 3.0, size=4)
    z = rng.permutation(np.concatenate([neg, pos, mid])).reshape(-1, 1)
    da = rng.permutation(np.resize([1.0, -1.0], z.size)).reshape(z.shape) * rng.uniform(0.5, 2.0, size=z.shape)
    return z, da


def _sigma32_judge(what: str, raw: Any, z: np.ndarray, da: np.ndarray, factor: float = 1.0) -> None:
    """``raw`` against ``factor * da * sigma'(z)``, entry by entry (see :func:`check_sigmoid_backward_float32`)."""
    got = np.asarray(raw, dtype=np.float64)
    e = np.exp(-np.abs(z))
    prime = e / (1.0 + e) ** 2  # sigma'(z) = sigma'(-z), exact to rounding
    s = 1.0 / (1.0 + np.exp(-z))
    truth = factor * da * prime
    # float32 s (1 - s): relative for z < 0, |da| absolute for z > 0; z rounded to float32 moves it by |z sigma''(z)|;
    # 0.25 (1 - tanh(z/2)^2) loses |da| tanh^2 / 4 on both sides: float64's (EPS64 = 2**-29 EPS32) for every answer,
    # float32's for a result of float32 values (float32 dtype, or float64 numbers that are all float32 values)
    tanh_loss = np.abs(factor * da) * np.tanh(z / 2.0) ** 2 / 4.0
    scale = np.abs(factor * da) * s + np.abs(truth) + np.abs(z * truth * (1.0 - 2.0 * s)) + 2.0**-29 * tanh_loss
    if gradcheck.holds_float32(raw):
        scale = scale + tanh_loss
    units = gradcheck.float32_units_off(got, truth, scale)
    zero = (got == 0) & (truth != 0) & (np.abs(z) < SIGMA32_ZERO_BELOW)
    bad = (units > SIGMA32_ULPS) | zero
    if not bad.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(bad, units + 1e300 * zero, -1.0))), z.shape)
    if got[i] == 0:
        why = (
            f"0 where sigma'(z) = {prime[i]:.3g}: a guard that sets sigma' to 0 beyond some |z| "
            '("saturated")? sigma\' is small there but not 0 (float32 s (1 - s) is 0 only where float32 sigma(z) '
            "rounds to 1, z above 16.6)"
        )
    else:
        why = (
            f"{got[i] / (factor * da[i]):.9g} times da where sigma'(z) = {prime[i]:.9g}: a shortcut in the tail "
            "(exp(-|z|), sigma(z) for sigma'(z)), z or sigma' rounded (float16), a cut-off, or a constant factor "
            "(an epsilon)? "
            "s * (1 - s), in float32 or float64, stays within a few float32 ulps of each entry"
        )
    raise AssertionError(
        f"{what} at z = {z[i]:.6g} (da = {da[i]:.3g}) is {got[i]:.9g}, not {truth[i]:.9g}: off by "
        f"{np.abs(got[i] - truth[i]):.2g}, {FLOAT32_PRECISION} for that entry (checked entry by entry, whatever the "
        f"dtype): {why}."
    )


def check_sigmoid_backward_float32(sigmoid_backward: Callable, rng: np.random.Generator) -> None:
    """``sigmoid_backward(da, z)`` entry by entry within :data:`SIGMA32_ULPS` float32 ulps (6 EPS32) of ``|da|
    sigma(z) + |da sigma'(z)|`` (float32 s (1 - s): its own precision for z < 0, |da|'s for z > 0; for a result of
    float32 values also of |da| tanh(z/2)^2 / 4, the tanh form's), and never 0 at |z| < 16.5, at z placed by
    :func:`_sigma32_probe`. Round 132: float32 answers with sigma' = 0 beyond 16, z rounded to float16 beyond 7, and
    float64 ones with a dummy float32 op (sigma' 0 beyond 16 or 20) kept the points. Raises ``AssertionError``."""
    z, da = _sigma32_probe(rng)
    what = f"sigmoid_backward ({z.shape[0]} entries, float32 precision)"
    raw = testing.as_array(
        what, call_keeping_inputs(what, sigmoid_backward, ("da", da.copy()), ("z", z.copy())), z.shape
    )
    _sigma32_judge(what, raw, z, da)


def check_sigmoid_layer_float32(sigmoid_layer_backward: Callable, rng: np.random.Generator) -> None:
    """``sigmoid_layer_backward(da, z, a_prev)`` for a layer of one input, a batch of one (a_prev = 0.75), units at
    the z of :func:`_sigma32_probe`: db (= dz) and dW (= 0.75 dz) entry by entry as in
    :func:`check_sigmoid_backward_float32`. Round 132: float32 layers with exp(-|z|) beyond 8, units zeroed beyond
    11, sigma' taken as sigma(z) below -6, and float64 ones with a dummy float32 op (sigma' 0 beyond 20, exp(-|z|)
    beyond 12) kept the points. Raises ``AssertionError``."""
    z, da = _sigma32_probe(rng)
    a_prev = np.array([[0.75]])
    what = f"sigmoid_layer_backward ({z.shape[0]} units, 1 input, batch of 1, float32 precision)"
    out = call_keeping_inputs(what, sigmoid_layer_backward, ("da", da.copy()), ("z", z.copy()), ("a_prev", a_prev))
    dW, db = pair(what, out, ("dW", "db"))
    _sigma32_judge(f"db of {what}", testing.as_array(f"db of {what}", db, z.shape), z, da)
    _sigma32_judge(f"dW of {what}", testing.as_array(f"dW of {what}", dW, z.shape), z, da, factor=0.75)


def _judge32(what: str, got: Any, truth: np.ndarray, scale: np.ndarray, limit: float, why: str) -> None:
    """``got`` against ``truth`` entry by entry, within ``limit`` float32 ulps of ``scale``."""
    raw = testing.as_array(what, got, truth.shape)
    g = np.asarray(raw, dtype=np.float64)
    units = gradcheck.float32_units_off(g, truth, scale)
    bad = ~(units <= limit)
    if not bad.any():
        return
    i = np.unravel_index(int(np.argmax(np.where(bad, units, -1.0))), truth.shape)
    where = f"[{', '.join(str(int(k)) for k in i)}]"
    raise AssertionError(
        f"{what} at {where} is {g[i]:.9g}, not {truth[i]:.9g}: off by {np.abs(g[i] - truth[i]):.2g} "
        f"({g[i] / truth[i] if truth[i] else np.inf:.9g} times it), {FLOAT32_PRECISION} for that entry (checked entry "
        f"by entry, whatever the dtype): {why}"
    )


def check_dense_backward_float32(dense_backward: Callable, part: str, rng: np.random.Generator) -> None:
    """``dense_backward(dz, a_prev)`` (``part``: "dW" or "db") of a 4x3 layer on batches of 1 and 3, entry by entry
    within :data:`DENSE32_ULPS` float32 ulps of the entry's sum of |terms| over B, dz with entries of about 1e-6 of the
    others. Round 132: dividing by B + 1e-5 (a "safe" divisor), in float32 or in float64 with a dummy float32 op, kept
    the points. Raises ``AssertionError``."""
    for batch in (1, 3):
        mags = np.resize([1.0, 1e-6, 0.5, 2.0, 1e-6, 1.0], 4 * batch)
        dz = (rng.permutation(mags) * rng.permutation(np.resize([1.0, -1.0], mags.size))).reshape(4, batch)
        a_prev = rng.normal(size=(3, batch))
        what = f"dense_backward (4 units, 3 inputs, batch of {batch}, float32 precision)"
        out = call_keeping_inputs(what, dense_backward, ("dz", dz.copy()), ("a_prev", a_prev.copy()))
        dW, db = pair(what, out, ("dW", "db"))
        if part == "db":
            truth, scale, got = dz.sum(axis=1, keepdims=True) / batch, np.abs(dz).sum(axis=1, keepdims=True) / batch, db
        else:
            truth, scale, got = dz @ a_prev.T / batch, np.abs(dz) @ np.abs(a_prev).T / batch, dW
        _judge32(
            f"{part} of {what}",
            got,
            truth,
            scale,
            DENSE32_ULPS[part],
            "a constant factor (an epsilon in the divisor, B + 1e-5), a threshold, or a rounding step? the mean over "
            "the batch, divided by exactly B, in float32 or float64, stays within a few ulps.",
        )


def check_update_layer_float32(update_layer: Callable, rng: np.random.Generator) -> None:
    """``update_layer(W, b, dz, a_prev, 2.0)`` of a 3x2 layer on a batch of 2, W_new and b_new entry by entry within
    :data:`UPDATE32_ULPS` float32 ulps of |W| + lr |dW| (|b| + lr |db|); W and b about 1, the steps about 0.1 of them.
    Round 132: a float32 update with a weight decay of 1e-6 kept the points. Raises ``AssertionError``."""
    W = rng.uniform(0.5, 1.5, size=(3, 2)) * rng.permutation(np.resize([1.0, -1.0], 6)).reshape(3, 2)
    b = rng.uniform(0.5, 1.5, size=(3, 1)) * rng.permutation([1.0, -1.0, 1.0]).reshape(3, 1)
    dz, a_prev, lr = rng.uniform(-0.05, 0.05, size=(3, 2)), rng.uniform(-1.0, 1.0, size=(2, 2)), 2.0
    what = "update_layer (3x2 layer, batch of 2, learning_rate 2.0, float32 precision)"
    out = call_keeping_inputs(
        what,
        update_layer,
        ("W", W.copy()),
        ("b", b.copy()),
        ("dz", dz.copy()),
        ("a_prev", a_prev.copy()),
        ("learning_rate", lr),
    )
    W_new, b_new = pair(what, out, ("W_new", "b_new"))
    why = (
        "a weight decay or a constant factor slipped in, or a rounding step? W - learning_rate * dW, in float32 or "
        "float64, stays within a few ulps."
    )
    dW, db = dz @ a_prev.T / 2, dz.mean(axis=1, keepdims=True)
    _judge32(
        f"W_new of {what}", W_new, W - lr * dW, np.abs(W) + lr * np.abs(dz) @ np.abs(a_prev).T / 2, UPDATE32_ULPS, why
    )
    _judge32(
        f"b_new of {what}",
        b_new,
        b - lr * db,
        np.abs(b) + lr * np.abs(dz).mean(axis=1, keepdims=True),
        UPDATE32_ULPS,
        why,
    )


def check_dense_forward_small_bias(dense_forward: Callable, rng: np.random.Generator) -> None:
    """``dense_forward(W, b, a_prev, identity)`` of a 4x3 layer on a batch of 3 whose b holds tiny entries (1e-4,
    -3e-6, 0, 2e-9, in a random order): z and a entry by entry within :data:`FORWARD32_ULPS` float32 ulps of |W|
    |a_prev| + |b|. Round 132: bias entries below 1e-3 left out ("negligible"), in float32 or float64, kept the points:
    every bias of the checks above was a normal draw. Raises ``AssertionError``."""
    W, a_prev = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    b = rng.permutation([1e-4, -3e-6, 0.0, 2e-9]).reshape(4, 1)
    what = "dense_forward (4x3 layer, batch of 3, b with entries 1e-4, -3e-6, 0, 2e-9, identity, float32 precision)"
    out = call_keeping_inputs(
        what, dense_forward, ("W", W.copy()), ("b", b.copy()), ("a_prev", a_prev.copy()), ("activation", identity)
    )
    z, a = pair(what, out, ("z", "a"))
    truth, scale = W @ a_prev + b, np.abs(W) @ np.abs(a_prev) + np.abs(b)
    why = (
        "small bias entries left out or rounded (a threshold such as |b| < 1e-3)? every entry of b counts, however "
        "small: z = W @ a_prev + b."
    )
    _judge32(f"z of {what}", z, truth, scale, FORWARD32_ULPS, why)
    _judge32(f"a of {what}", a, truth, scale, FORWARD32_ULPS, why)
