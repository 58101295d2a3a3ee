"""Mutation operators: cosmic-ray's, and the mistakes students make in backprop code.

Every operator is a ``cosmic_ray.operators.operator.Operator`` working on a parso tree: it yields the
positions where it can mutate a node (``mutation_positions``) and makes the mutation
(``mutate(node, index)``). :mod:`.mutants` walks a solution cell's tree with all of them.

From cosmic-ray 8.7.0 (its own operator classes; the subset that models mistakes in numerical code):

* binary operators ``+``↔``-``, ``*``↔``/``, ``**``→``*`` (not in list arithmetic: ``[None] * n``);
* comparisons ``>``↔``>=``, ``<``↔``<=``, ``>``↔``<``, ``==``↔``!=``;
* unary ``-`` deleted; ``True``↔``False``; ``not`` added to conditions;
* :class:`OffByOneIndex`: cosmic-ray's ``NumberReplacer`` (``n``→``n+1``, ``n-1``) where an integer
  indexes, slices or bounds a ``range`` (off-by-one in ranges and slices);
* a ``for`` loop run zero times.

Left out on purpose: ``+``↔``*`` (``dy + (1 - y**2)`` is no mistake anyone makes, and no test can
name it), ``NumberReplacer`` on every other number (``y ** 3``, ``2.0 / (1 + e)``: the constants that
matter are :class:`ConstantChange`'s), exception, decorator, ``break``/``continue`` and
variable-insertion operators (no such code in the solutions, or no student mistake).

Backprop-specific (this module; the list of the issue):

* :class:`SignFlip`: ``return -(...)``, ``x = -(...)`` (not for a size: ``n = x.shape[1]``); ``-=``↔``+=``;
* :class:`TransposeToggle`: ``.T`` removed, or added to an operand of ``@``;
* :class:`AxisSwap`: ``axis=0``↔``axis=1``, ``.shape[0]``↔``.shape[1]``;
* :class:`DropKeepdims`: ``keepdims=...`` removed;
* :class:`OffByOneRange`: ``range(n)`` → ``range(n - 1)``, ``range(n + 1)``;
* :class:`ConstantChange`: ``2``→``1``, ``0.5``→``1``, ``1``→``2`` as a factor or divisor;
* :class:`DropTerm`: one term of a sum, or one factor of a product (not of ``@``, not of a list), left out;
* :class:`SwapArguments`: two positional arguments of a call, or the operands of ``@``, swapped;
* :class:`ActivationForPreactivation`: where ``a = f(z)`` (or ``z1, a1`` pairs by name), ``a`` used
  where ``z`` is meant and back: the derivative taken at the activation;
* :class:`SumMean`: ``sum`` ↔ ``mean`` (``np.sum``, ``.sum(``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import parso
from cosmic_ray.operators import (
    binary_operator_replacement as cr_binary,
)
from cosmic_ray.operators import (
    boolean_replacer as cr_boolean,
)
from cosmic_ray.operators import (
    comparison_operator_replacement as cr_comparison,
)
from cosmic_ray.operators import (
    number_replacer as cr_number,
)
from cosmic_ray.operators import (
    unary_operator_replacement as cr_unary,
)
from cosmic_ray.operators import (
    zero_iteration_for_loop as cr_loop,
)
from cosmic_ray.operators.operator import Example, Operator

__all__ = [
    "ActivationForPreactivation",
    "AxisSwap",
    "BACKPROP_OPERATORS",
    "COSMIC_RAY_OPERATORS",
    "ConstantChange",
    "DropKeepdims",
    "DropTerm",
    "OPERATORS",
    "OffByOneIndex",
    "OffByOneRange",
    "SignFlip",
    "SumMean",
    "SwapArguments",
    "TransposeToggle",
    "operator_label",
]

Position = tuple[tuple[int, int], tuple[int, int]]


# -- helpers on parso trees ------------------------------------------------------------------------


def _replacement(like: parso.tree.NodeOrLeaf, code: str) -> parso.tree.NodeOrLeaf:
    """A node whose code is ``code``, with ``like``'s leading whitespace (to put in ``like``'s place)."""
    prefix = like.get_first_leaf().prefix
    return parso.parse(prefix + code)


def _code(node: parso.tree.NodeOrLeaf) -> str:
    """The node's code without its leading whitespace."""
    return node.get_code(include_prefix=False)


def _is_op(node: parso.tree.NodeOrLeaf, *values: str) -> bool:
    return node.type == "operator" and node.value in values


def _operands(node: parso.tree.NodeOrLeaf) -> list[parso.tree.NodeOrLeaf]:
    """Operands of an ``arith_expr``/``term`` (children at even indices)."""
    return node.children[0::2]


def _call_trailer(node: parso.tree.NodeOrLeaf) -> bool:
    return node.type == "trailer" and _is_op(node.children[0], "(")


def _call_args(trailer: parso.tree.NodeOrLeaf) -> list[parso.tree.NodeOrLeaf]:
    """The arguments of a call trailer ``( ... )`` (positional and keyword)."""
    if len(trailer.children) == 2:
        return []
    inner = trailer.children[1]
    if inner.type == "arglist":
        return [c for c in inner.children if not _is_op(c, ",")]
    return [inner]


def _is_positional(arg: parso.tree.NodeOrLeaf) -> bool:
    return arg.type != "argument" or (len(arg.children) == 2 and arg.children[0].type != "operator")


def _callee_name(trailer: parso.tree.NodeOrLeaf) -> str:
    """Dotted name of what a call trailer calls (``np.sum``, ``x.mean``, ``range``), '' if not simple."""
    parent = trailer.parent
    if parent is None or parent.type != "atom_expr":
        return ""
    parts = []
    for child in parent.children:
        if child is trailer:
            break
        if child.type == "name":
            parts.append(child.value)
        elif child.type == "trailer" and _is_op(child.children[0], "."):
            parts.append(child.children[1].value)
        else:
            parts = []  # an earlier call or subscript: not a simple dotted name
    return ".".join(parts)


def _keyword_argument(node: parso.tree.NodeOrLeaf, name: str) -> bool:
    return (
        node.type == "argument"
        and len(node.children) == 3
        and node.children[0].type == "name"
        and node.children[0].value == name
        and _is_op(node.children[1], "=")
    )


_ARITHMETIC_TYPES = {"arith_expr", "term", "atom_expr", "power", "factor", "name", "atom", "number"}


def _is_arithmetic(node: parso.tree.NodeOrLeaf) -> bool:
    """A value that could be an array or a number (not a tuple, list, string, lambda, constructor call)."""
    if node.type not in _ARITHMETIC_TYPES:
        return False
    if node.type == "atom":
        return _is_op(node.children[0], "(") and node.children[1].type != "testlist_comp"
    if node.type == "atom_expr":
        first = node.children[0]
        if first.type == "name" and first.value[:1].isupper():
            return False  # SigmoidMLP(...), Layer(...): an object, not a number
        if first.type == "name" and first.value in ("list", "tuple", "dict", "zip", "range", "len", "str", "print"):
            return False
    if node.type == "name" and node.value in ("None", "True", "False"):
        return False
    return True


# -- backprop-specific operators -------------------------------------------------------------------


def _is_size(node: parso.tree.NodeOrLeaf) -> bool:
    """``x.shape[1]``, ``x.size``, ``len(x)``: a count, whose sign nobody flips."""
    if node.type != "atom_expr":
        return False
    first, last = node.children[0], node.children[-1]
    if first.type == "name" and first.value == "len":
        return True
    if _is_op(last.children[0], ".") and last.children[1].value in ("size", "shape"):
        return True
    if _is_op(last.children[0], "[") and len(node.children) >= 3:
        before = node.children[-2]
        return before.type == "trailer" and before.children[-1].type == "name" and before.children[-1].value == "shape"
    return False


# Functions of the notebook that return tuples (set by :func:`.mutants.generate_mutants`): negating
# what they return is a TypeError, not a mistake anyone makes.
TUPLE_FUNCTIONS: frozenset[str] = frozenset()


def _calls_tuple_function(node: parso.tree.NodeOrLeaf) -> bool:
    if node.type != "atom_expr" or not _call_trailer(node.children[-1]):
        return False
    callee = node.children[-2] if len(node.children) >= 2 else None
    name = callee.children[-1].value if callee is not None and callee.type == "trailer" else node.children[0].value
    return name in TUPLE_FUNCTIONS


def _negatable(value: parso.tree.NodeOrLeaf) -> bool:
    return _is_arithmetic(value) and not _is_size(value) and not _calls_tuple_function(value)


class SignFlip(Operator):
    """A sign flipped: a returned or assigned value negated (not a size, not a tuple); ``-=``↔``+=``."""

    def mutation_positions(self, node):
        if node.type == "return_stmt" and len(node.children) == 2 and _negatable(node.children[1]):
            yield (node.children[1].start_pos, node.children[1].end_pos)
        elif node.type == "expr_stmt" and len(node.children) >= 3:
            op = node.children[-2]
            unpacking = node.children[0].type in ("testlist_star_expr", "exprlist", "testlist")
            if _is_op(op, "-=", "+="):
                yield (op.start_pos, op.end_pos)
            elif _is_op(op, "=") and not unpacking and _negatable(node.children[-1]):
                yield (node.children[-1].start_pos, node.children[-1].end_pos)

    def mutate(self, node, index):
        assert index == 0
        if node.type == "return_stmt":
            node.children[1] = _replacement(node.children[1], f"-({_code(node.children[1])})")
            return node
        op = node.children[-2]
        if _is_op(op, "-=", "+="):
            op.value = "+=" if op.value == "-=" else "-="
        else:
            node.children[-1] = _replacement(node.children[-1], f"-({_code(node.children[-1])})")
        return node

    @classmethod
    def examples(cls):
        return (
            Example("return W @ x", "return -(W @ x)"),
            Example("dx = dy * (1 - y)", "dx = -(dy * (1 - y))"),
            Example("w -= lr * g", "w += lr * g"),
        )


def _is_transpose_trailer(node: parso.tree.NodeOrLeaf) -> bool:
    return (
        node.type == "trailer"
        and len(node.children) == 2
        and _is_op(node.children[0], ".")
        and node.children[1].value == "T"
    )


def _matmul_operand(node: parso.tree.NodeOrLeaf) -> bool:
    """Whether ``node`` is an operand next to ``@`` (in a ``term``)."""
    parent = node.parent
    if parent is None or parent.type != "term" or node.type == "operator":
        return False
    i = parent.children.index(node)
    left = parent.children[i - 1] if i > 0 else None
    right = parent.children[i + 1] if i + 1 < len(parent.children) else None
    return bool((left is not None and _is_op(left, "@")) or (right is not None and _is_op(right, "@")))


class TransposeToggle(Operator):
    """``.T`` removed where there is one; ``.T`` added to an operand of ``@`` that has none."""

    def mutation_positions(self, node):
        if _is_transpose_trailer(node):
            yield (node.start_pos, node.end_pos)
        elif _matmul_operand(node) and not (node.type == "atom_expr" and _is_transpose_trailer(node.children[-1])):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        if _is_transpose_trailer(node):
            return None  # the walker drops the trailer: x.T -> x
        text = _code(node)
        simple = node.type in ("name", "atom", "atom_expr")
        return _replacement(node, f"{text}.T" if simple else f"({text}).T")

    @classmethod
    def examples(cls):
        return (
            Example("dx = W.T @ dy", "dx = W @ dy"),
            Example("dx = W @ dy", "dx = W.T @ dy"),
            Example("dx = W @ dy", "dx = W @ dy.T", occurrence=1),
        )


class AxisSwap(Operator):
    """The axis swapped: ``axis=0``↔``axis=1``; ``.shape[0]``↔``.shape[1]``."""

    def mutation_positions(self, node):
        if _keyword_argument(node, "axis") and node.children[2].type == "number" and node.children[2].value in "01":
            yield (node.start_pos, node.end_pos)
        elif (
            node.type == "trailer"
            and _is_op(node.children[0], "[")
            and node.children[1].type == "number"
            and node.children[1].value in ("0", "1")
            and node.get_previous_sibling() is not None
            and node.get_previous_sibling().type == "trailer"
            and node.get_previous_sibling().children[-1].type == "name"
            and node.get_previous_sibling().children[-1].value == "shape"
        ):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        number = node.children[2] if node.type == "argument" else node.children[1]
        number.value = "1" if number.value == "0" else "0"
        return node

    @classmethod
    def examples(cls):
        return (
            Example("db = np.sum(dz, axis=1)", "db = np.sum(dz, axis=0)"),
            Example("batch = x.shape[1]", "batch = x.shape[0]"),
        )


def _rebuild_call(trailer, args: list[str]):
    return _replacement(trailer, "(" + ", ".join(args) + ")")


class DropKeepdims(Operator):
    """``keepdims=...`` left out of a call."""

    def mutation_positions(self, node):
        if _call_trailer(node) and any(_keyword_argument(a, "keepdims") for a in _call_args(node)):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        kept = [_code(a) for a in _call_args(node) if not _keyword_argument(a, "keepdims")]
        return _rebuild_call(node, kept)

    @classmethod
    def examples(cls):
        return (Example("db = dz.sum(axis=1, keepdims=True)", "db = dz.sum(axis=1)"),)


class OffByOneRange(Operator):
    """A ``range`` one too short or one too long: its stop ``n`` becomes ``n - 1`` or ``n + 1``."""

    def mutation_positions(self, node):
        if _call_trailer(node) and _callee_name(node) == "range":
            positional = [a for a in _call_args(node) if _is_positional(a)]
            if 1 <= len(positional) <= 2:
                yield (node.start_pos, node.end_pos)
                yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        args = [_code(a) for a in _call_args(node)]
        stop = 0 if len(args) == 1 else 1
        args[stop] = f"{args[stop]} {'-' if index == 0 else '+'} 1"
        return _rebuild_call(node, args)

    @classmethod
    def examples(cls):
        return (
            Example("for j in range(n): pass", "for j in range(n - 1): pass"),
            Example("for j in range(n): pass", "for j in range(n + 1): pass", occurrence=1),
            Example("for j in range(1, n): pass", "for j in range(1, n - 1): pass"),
        )


_CONSTANT_CHANGES = {"2": "1", "2.0": "1.0", "0.5": "1", "1": "2", "1.0": "2.0"}


class ConstantChange(Operator):
    """A constant factor changed: ``2``→``1``, ``0.5``→``1`` anywhere; ``1``→``2`` as a factor or divisor."""

    def mutation_positions(self, node):
        if node.type == "number" and node.value in _CONSTANT_CHANGES:
            if node.value.startswith("1") and not (node.parent is not None and node.parent.type == "term"):
                return  # 1 -> 2 only where it multiplies or divides (1 - a, range(1, n) are off-by-one)
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        node.value = _CONSTANT_CHANGES[node.value]
        return node

    @classmethod
    def examples(cls):
        return (
            Example("dy = 2 * d / n", "dy = 1 * d / n"),
            Example("w = w - 0.5 * g", "w = w - 1 * g"),
            Example("y = 1.0 / (1.0 + e)", "y = 2.0 / (1.0 + e)"),
        )


def _is_sequence(node: parso.tree.NodeOrLeaf | None) -> bool:
    """A list or tuple display (``[None]``, ``(a, b)``): ``[None] * n`` repeats a list, it is no arithmetic."""
    if node is None or node.type != "atom" or not _is_op(node.children[0], "[", "("):
        return False
    return _is_op(node.children[0], "[") or (len(node.children) == 3 and node.children[1].type == "testlist_comp")


class DropTerm(Operator):
    """One term of a sum or difference, or one factor of a product or quotient (not of ``@``), dropped.

    Not in list arithmetic (``[None] * n``).
    """

    def mutation_positions(self, node):
        if any(_is_sequence(c) for c in getattr(node, "children", ())):
            return
        if node.type == "arith_expr" or (node.type == "term" and not any(_is_op(c, "@") for c in node.children)):
            for _ in _operands(node):
                yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        kids = node.children
        ops = [None] + [kids[i].value for i in range(1, len(kids), 2)]
        parts = []
        for i, operand in enumerate(_operands(node)):
            if i == index:
                continue
            op = ops[i]
            text = _code(operand)
            if not parts:
                # the new first operand keeps a leading minus; a leading '/' or '*' just goes
                parts.append(f"-{text}" if op == "-" else text)
            else:
                parts.append(f" {op} {text}")
        return _replacement(node, "".join(parts))

    @classmethod
    def examples(cls):
        return (
            Example("dz = da * s * (1 - s)", "dz = s * (1 - s)"),
            Example("dz = da * s * (1 - s)", "dz = da * (1 - s)", occurrence=1),
            Example("dW = g / batch", "dW = g", occurrence=1),
            Example("d = -y / p + (1 - y) / (1 - p)", "d = (1 - y) / (1 - p)"),
        )


class SwapArguments(Operator):
    """Two adjacent positional arguments of a call swapped; the operands of a single ``@`` swapped."""

    def mutation_positions(self, node):
        if _call_trailer(node):
            args = _call_args(node)
            for i in range(len(args) - 1):
                if _is_positional(args[i]) and _is_positional(args[i + 1]):
                    yield (node.start_pos, node.end_pos)
        elif node.type == "term" and len(node.children) == 3 and _is_op(node.children[1], "@"):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        if node.type == "term":
            a, _, b = node.children
            return _replacement(node, f"{_code(b)} @ {_code(a)}")
        args = _call_args(node)
        pairs = [i for i in range(len(args) - 1) if _is_positional(args[i]) and _is_positional(args[i + 1])]
        i = pairs[index]
        texts = [_code(a) for a in args]
        texts[i], texts[i + 1] = texts[i + 1], texts[i]
        return _rebuild_call(node, texts)

    @classmethod
    def examples(cls):
        return (
            Example("dW = np.outer(dy, x)", "dW = np.outer(x, dy)"),
            Example("dW = dz @ a.T", "dW = a.T @ dz"),
        )


_PAIR_NAME = re.compile(r"^([za])(\w*)$")
_ACTIVATION = re.compile(r"sigmoid|sigma|logistic|tanh|relu|softmax|activation", re.IGNORECASE)
_DERIVATIVE = re.compile(r"prime|der|grad|backward", re.IGNORECASE)


def _scope(node: parso.tree.NodeOrLeaf) -> parso.tree.NodeOrLeaf:
    scope = node.search_ancestor("funcdef", "lambdef", "file_input")
    return scope if scope is not None else node.get_root_node()


def _activation_pairs(scope: parso.tree.NodeOrLeaf) -> dict[str, tuple[str, int]]:
    """``{name: (its partner, line from which the swap makes sense)}`` for activation/pre-activation pairs.

    A pair is ``a = f(z)`` (``f`` an activation by its name: sigmoid, tanh, relu, softmax, ...; not a
    derivative), or names ``zK`` and ``aK`` both
    assigned in the scope (``z1, a1, z2, a2 = forward(...)``).
    """
    pairs: dict[str, tuple[str, int]] = {}
    assigned: dict[str, int] = {}
    for stmt in _walk(scope):
        if stmt.type != "expr_stmt" or len(stmt.children) != 3 or not _is_op(stmt.children[1], "="):
            continue
        target, value = stmt.children[0], stmt.children[2]
        names = [target] if target.type == "name" else [c for c in target.children if c.type == "name"]
        for n in names:
            assigned.setdefault(n.value, stmt.start_pos[0])
        if target.type == "name" and value.type == "atom_expr" and _call_trailer(value.children[-1]):
            args = _call_args(value.children[-1])
            callee = "".join(_code(c) for c in value.children[:-1])
            if (
                len(args) == 1
                and args[0].type == "name"
                and args[0].value != target.value
                and _ACTIVATION.search(callee)
                and not _DERIVATIVE.search(callee)
            ):
                line = stmt.start_pos[0]
                pairs.setdefault(args[0].value, (target.value, line))
                pairs.setdefault(target.value, (args[0].value, line))
    for name, line in assigned.items():
        m = _PAIR_NAME.match(name)
        if m and m.group(1) == "z":
            partner = "a" + m.group(2)
            if partner in assigned:
                start = max(line, assigned[partner])
                pairs.setdefault(name, (partner, start))
                pairs.setdefault(partner, (name, start))
    return pairs


def _walk(node: parso.tree.NodeOrLeaf) -> Iterator[parso.tree.NodeOrLeaf]:
    yield node
    for child in getattr(node, "children", ()):
        yield from _walk(child)


def _is_load(name: parso.tree.NodeOrLeaf) -> bool:
    """A name read as a plain variable (not assigned, not an attribute, not a keyword-argument name)."""
    if name.type != "name" or name.is_definition():
        return False
    parent = name.parent
    if parent.type == "trailer" and _is_op(parent.children[0], "."):
        return False  # x.z: an attribute
    if parent.type == "argument" and parent.children[0] is name and len(parent.children) == 3:
        return False  # f(z=...): a keyword
    return parent.type not in ("funcdef", "classdef", "param", "import_name", "import_from", "dotted_name")


class ActivationForPreactivation(Operator):
    """``a`` used where ``z`` is meant, or ``z`` where ``a`` is, in the scope that computes ``a = f(z)``.

    The derivative taken at the activation instead of the pre-activation (``sigmoid_prime(y_hat)``
    for ``sigmoid_prime(s)``), or an output-based formula applied to the pre-activation.
    """

    def mutation_positions(self, node):
        if _is_load(node):
            partner = _activation_pairs(_scope(node)).get(node.value)
            if partner and node.start_pos[0] > partner[1]:
                yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        node.value = _activation_pairs(_scope(node))[node.value][0]
        return node

    @classmethod
    def examples(cls):
        return (
            Example(
                "def g(s):\n    y = sigmoid(s)\n    return d(y) * sigmoid_prime(s)\n",
                "def g(s):\n    y = sigmoid(s)\n    return d(s) * sigmoid_prime(s)\n",
            ),
            Example(
                "def g(s):\n    y = sigmoid(s)\n    return d(y) * sigmoid_prime(s)\n",
                "def g(s):\n    y = sigmoid(s)\n    return d(y) * sigmoid_prime(y)\n",
                occurrence=1,
            ),
        )


class SumMean(Operator):
    """A sum where a mean is meant, or back: ``np.sum``↔``np.mean``, ``.sum(``↔``.mean(``."""

    def mutation_positions(self, node):
        if (
            node.type == "name"
            and node.value in ("sum", "mean")
            and node.parent.type == "trailer"
            and _is_op(node.parent.children[0], ".")
            and node.parent.get_next_sibling() is not None
            and _call_trailer(node.parent.get_next_sibling())
        ):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        node.value = "mean" if node.value == "sum" else "sum"
        return node

    @classmethod
    def examples(cls):
        return (
            Example("db = np.sum(dz, axis=1)", "db = np.mean(dz, axis=1)"),
            Example("db = dz.mean(axis=1)", "db = dz.sum(axis=1)"),
        )


def _in_index(node: parso.tree.NodeOrLeaf) -> bool:
    """Whether a number indexes or slices (``a[k - 1]``, ``a[:-1]``; not ``x.shape[1]``) or bounds a ``range``."""
    parent = node.parent
    while parent is not None and parent.type not in ("trailer", "suite", "simple_stmt", "file_input"):
        parent = parent.parent
    if parent is None or parent.type != "trailer":
        return False
    if _is_op(parent.children[0], "["):
        before = parent.get_previous_sibling()
        return not (
            before is not None
            and before.type == "trailer"
            and before.children[-1].type == "name"
            and before.children[-1].value == "shape"
        )
    return _call_trailer(parent) and _callee_name(parent) == "range"


class OffByOneIndex(cr_number.NumberReplacer):
    """cosmic-ray's ``NumberReplacer`` (``n``→``n+1``, ``n-1``), where an integer indexes, slices or bounds a range."""

    def mutation_positions(self, node):
        if node.type == "number" and "." not in node.value and "j" not in node.value.lower() and _in_index(node):
            yield from super().mutation_positions(node)

    def mutate(self, node, index):
        new = super().mutate(node, index)
        new.value, new.prefix = new.value.strip(), node.prefix  # cosmic-ray adds a space before the number
        return new

    @classmethod
    def examples(cls):
        return (
            Example("y = y_layer[j - 1]", "y = y_layer[j - 2]"),
            Example("y = y_layer[j - 1]", "y = y_layer[j - 0]", occurrence=1),
            Example("for k in range(1, n): pass", "for k in range(2, n): pass"),
            Example("w = ws[:-1]", "w = ws[:-2]"),
        )


BACKPROP_OPERATORS: tuple[type[Operator], ...] = (
    SignFlip,
    TransposeToggle,
    AxisSwap,
    DropKeepdims,
    OffByOneRange,
    ConstantChange,
    DropTerm,
    SwapArguments,
    ActivationForPreactivation,
    SumMean,
    OffByOneIndex,
)


def _numeric_only(op_cls: type[Operator]) -> type[Operator]:
    """cosmic-ray's binary-operator replacement, not where an operand is a list or tuple (``[None] * n``)."""

    class NumericOnly(op_cls):  # type: ignore[misc, valid-type]
        def mutation_positions(self, node):
            if node.type == "operator" and (
                _is_sequence(node.get_previous_sibling()) or _is_sequence(node.get_next_sibling())
            ):
                return
            yield from super().mutation_positions(node)

    NumericOnly.__name__ = NumericOnly.__qualname__ = op_cls.__name__
    NumericOnly.__module__ = op_cls.__module__
    NumericOnly.__doc__ = op_cls.__doc__
    return NumericOnly


def _cosmic_ray_operators() -> tuple[type[Operator], ...]:
    binary = {op.__name__: op for op in cr_binary.operators()}
    comparison = {op.__name__: op for op in cr_comparison.operators()}
    unary = {op.__name__: op for op in cr_unary.operators()}
    chosen = [
        _numeric_only(binary[f"ReplaceBinaryOperator_{a}_{b}"])
        for a, b in [("Add", "Sub"), ("Sub", "Add"), ("Mul", "Div"), ("Div", "Mul"), ("Pow", "Mul")]
    ]
    chosen += [
        comparison[f"ReplaceComparisonOperator_{a}_{b}"]
        for a, b in [("Gt", "GtE"), ("GtE", "Gt"), ("Lt", "LtE"), ("LtE", "Lt"), ("Gt", "Lt"), ("Lt", "Gt")]
        + [("Eq", "NotEq"), ("NotEq", "Eq")]
    ]
    chosen.append(unary["ReplaceUnaryOperator_Delete_USub"])
    chosen += [cr_boolean.ReplaceTrueWithFalse, cr_boolean.ReplaceFalseWithTrue, cr_boolean.AddNot]
    chosen.append(cr_loop.ZeroIterationForLoop)
    return tuple(chosen)


COSMIC_RAY_OPERATORS: tuple[type[Operator], ...] = _cosmic_ray_operators()
OPERATORS: tuple[type[Operator], ...] = BACKPROP_OPERATORS + COSMIC_RAY_OPERATORS


def operator_label(op: type[Operator]) -> str:
    """A short name for reports: ``SignFlip``, ``Add_Sub``, ``NumberReplacer``."""
    name = op.__name__
    for prefix in ("ReplaceBinaryOperator_", "ReplaceComparisonOperator_", "ReplaceUnaryOperator_"):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name
