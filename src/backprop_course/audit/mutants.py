"""Mutants of a master notebook's model solution: each one a single small change to one answer cell.

:func:`generate_mutants` parses every solution cell (the code a model student writes: the cell's
source without the ``### BEGIN/END SOLUTION`` lines) with parso, walks it with every operator of
:mod:`.operators` the way cosmic-ray does (pre-order; an operator's *occurrence* counts its positions
in that order) and keeps the mutations that

* lie inside the ``### BEGIN SOLUTION`` / ``### END SOLUTION`` region (what students write; the
  scaffolding around it, like ``MSELoss.forward``, is given);
* compile, and change the code's abstract syntax tree (not only its spacing);
* differ from every mutant kept before in the same cell (same tree: one mutant).

The result is deterministic: the same notebook gives the same mutants, in the same order, with the
same ids (``<cell>:<line>:<operator>:<occurrence>`` and a short sequential ``m001`` for tables).
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Iterable
from dataclasses import asdict, dataclass

import parso
from cosmic_ray.ast import Visitor, ast_nodes, get_ast
from cosmic_ray.operators.operator import Operator
from nbformat.notebooknode import NotebookNode

from ..answers import SOLUTION_LINE
from . import operators as op_module
from .operators import OPERATORS, operator_label

__all__ = ["Mutant", "SolutionCell", "apply_operator", "generate_mutants", "solution_cells", "tuple_functions"]


@dataclass(frozen=True)
class SolutionCell:
    """One code answer cell of the master: the model answer and the lines students write (1-based)."""

    grade_id: str
    answer: str  # the cell without the solution marker lines (what the model student submits)
    region: frozenset[int]  # lines of ``answer`` inside BEGIN/END SOLUTION


@dataclass(frozen=True)
class Mutant:
    """One mutation of one solution cell."""

    id: str  # "m001": position in the assignment's list
    key: str  # "<cell>:<line>:<operator>:<occurrence>": what the mutation is, stable across runs
    assignment: str
    cell: str  # grade_id of the mutated solution cell
    operator: str  # operator label (SignFlip, Add_Sub, NumberReplacer, ...)
    occurrence: int  # the operator's occurrence in the cell (cosmic-ray's counting)
    line: int  # line of the mutation in the cell's answer (1-based)
    function: str  # the function or method mutated ("Tanh.backward"), "" for code outside functions
    assigned: tuple[str, ...]  # names the cell's top-level code assigns (what a script cell answers)
    before: str  # the mutated line of the model solution
    after: str  # the same line(s) in the mutant
    source: str  # the whole mutated cell
    diff: str  # unified diff of the cell, model solution -> mutant

    @property
    def target(self) -> str:
        """What the mutant changes, for a human: the function, else the cell."""
        return self.function or f"cell {self.cell}"

    def as_dict(self) -> dict:
        return asdict(self)


def solution_cells(source_nb: NotebookNode) -> list[SolutionCell]:
    """The master's code answer cells, in notebook order (markdown answers are not mutated)."""
    out = []
    for cell in source_nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or not meta.get("solution"):
            continue
        kept: list[str] = []
        region: set[int] = set()
        inside = False
        has_markers = any(SOLUTION_LINE.match(ln) for ln in cell.source.splitlines())
        for line in cell.source.splitlines():
            m = SOLUTION_LINE.match(line)
            if m:
                inside = m.group(1) == "BEGIN"
                continue
            kept.append(line)
            if inside or not has_markers:
                region.add(len(kept))
        # strip leading/trailing blank lines as answers.reference_answers does, keeping line numbers aligned
        while kept and not kept[0].strip():
            kept.pop(0)
            region = {n - 1 for n in region if n > 1}
        while kept and not kept[-1].strip():
            region.discard(len(kept))
            kept.pop()
        out.append(SolutionCell(meta["grade_id"], "\n".join(kept), frozenset(region)))
    return out


class _Mutator(Visitor):
    """cosmic-ray's ``MutationVisitor``: applies the ``occurrence``-th mutation of ``operator`` in a walk."""

    def __init__(self, operator: Operator, occurrence: int) -> None:
        self.operator, self.occurrence = operator, occurrence
        self.count, self.applied = 0, False

    def visit(self, node):
        for index, _ in enumerate(self.operator.mutation_positions(node)):
            if self.count == self.occurrence:
                self.applied = True
                node = self.operator.mutate(node, index)
            self.count += 1
        return node


def apply_operator(code: str, operator: type[Operator] | Operator, occurrence: int = 0) -> str | None:
    """``code`` with the ``occurrence``-th mutation of ``operator`` applied, or None if there is none."""
    op = operator() if isinstance(operator, type) else operator
    visitor = _Mutator(op, occurrence)
    tree = visitor.walk(get_ast(code))
    return tree.get_code() if visitor.applied else None


def _positions(tree: parso.tree.BaseNode, op: Operator) -> list[tuple[int, int]]:
    """``[(occurrence, line)]`` of every mutation ``op`` can make in ``tree``, in cosmic-ray's order."""
    out = []
    for node in ast_nodes(tree):
        for start, _end in op.mutation_positions(node):
            out.append((len(out), start[0]))
    return out


def _qualified_function(tree: parso.tree.BaseNode, line: int, column: int) -> str:
    """``Class.method`` or ``function`` enclosing a position, '' outside functions.

    Nested helpers belong to the outermost function (or to the method of the outermost class).
    """
    leaf = tree.get_leaf_for_position((line, column), include_prefixes=True)
    chain: list[tuple[str, str]] = []  # (type, name), innermost first
    node = leaf
    while node is not None:
        if node.type in ("funcdef", "classdef"):
            chain.append((node.type, node.name.value))
        node = node.parent
    chain.reverse()
    if not chain:
        return ""
    if chain[0][0] == "classdef":
        return f"{chain[0][1]}.{chain[1][1]}" if len(chain) >= 2 else chain[0][1]
    return chain[0][1]


def _assigned_names(code: str) -> tuple[str, ...]:
    """Names the cell's top-level statements assign (a worked-example cell's answers)."""
    try:
        module = ast.parse(code)
    except SyntaxError:
        return ()
    names: list[str] = []
    for stmt in module.body:
        targets = []
        if isinstance(stmt, ast.Assign):
            targets = stmt.targets
        elif isinstance(stmt, (ast.AugAssign, ast.AnnAssign)):
            targets = [stmt.target]
        for t in targets:
            for n in ast.walk(t):
                if isinstance(n, ast.Name) and n.id not in names:
                    names.append(n.id)
    return tuple(names)


def tuple_functions(codes: Iterable[str]) -> frozenset[str]:
    """Names of the functions (and methods) in ``codes`` that return a tuple, directly or by calling one."""
    returns: dict[str, list[ast.expr]] = {}
    for code in codes:
        try:
            module = ast.parse(code)
        except SyntaxError:
            continue
        for node in ast.walk(module):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                values = [r.value for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
                returns.setdefault(node.name, []).extend(values)
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, values in returns.items():
            if name in found:
                continue
            for v in values:
                callee = v.func if isinstance(v, ast.Call) else None
                called = getattr(callee, "id", None) or getattr(callee, "attr", None)
                if isinstance(v, ast.Tuple) or called in found:
                    found.add(name)
                    changed = True
                    break
    return frozenset(found)


def _normalised(code: str) -> str | None:
    try:
        return ast.dump(ast.parse(code))
    except SyntaxError:
        return None


def _changed_lines(before: str, after: str) -> tuple[int, str, str]:
    """(first changed line, the model's changed lines, the mutant's) between two versions of a cell."""
    a, b = before.splitlines(), after.splitlines()
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag != "equal":
            return i1 + 1, "\n".join(a[i1:i2]).strip(), "\n".join(b[j1:j2]).strip()
    return 0, "", ""


def generate_mutants(
    source_nb: NotebookNode, assignment: str, operators: Iterable[type[Operator]] = OPERATORS
) -> list[Mutant]:
    """Every mutant of the master's solution cells (see the module docstring), in notebook order."""
    found: list[Mutant] = []
    ops = list(operators)
    cells = solution_cells(source_nb)
    saved, op_module.TUPLE_FUNCTIONS = op_module.TUPLE_FUNCTIONS, tuple_functions(c.answer for c in cells)
    try:
        _generate(cells, assignment, ops, found)
    finally:
        op_module.TUPLE_FUNCTIONS = saved
    width = max(3, len(str(len(found))))
    return [Mutant(**{**m.as_dict(), "id": f"m{i:0{width}d}", "assigned": m.assigned}) for i, m in enumerate(found, 1)]


def _generate(cells: list[SolutionCell], assignment: str, ops: list[type[Operator]], found: list[Mutant]) -> None:
    for cell in cells:
        original = _normalised(cell.answer)
        if original is None:
            continue  # a model answer that does not parse (a markdown-like cell): nothing to mutate
        tree = get_ast(cell.answer)
        seen = {original}
        assigned = _assigned_names(cell.answer)
        candidates = []
        for op_cls in ops:
            op = op_cls()
            for occurrence, line in _positions(tree, op):
                if line in cell.region:
                    candidates.append((line, operator_label(op_cls), occurrence, op_cls))
        candidates.sort(key=lambda c: (c[0], c[1], c[2]))
        for line, label, occurrence, op_cls in candidates:
            try:
                mutated = apply_operator(cell.answer, op_cls, occurrence)
            except Exception:  # noqa: BLE001  (an operator that cannot handle this node: no mutant)
                continue
            if mutated is None:
                continue
            norm = _normalised(mutated)
            if norm is None or norm in seen:
                continue
            try:
                compile(mutated, f"<mutant of {cell.grade_id}>", "exec")
            except (SyntaxError, ValueError):
                continue
            seen.add(norm)
            first, before, after = _changed_lines(cell.answer, mutated)
            column = len(cell.answer.splitlines()[first - 1]) - len(cell.answer.splitlines()[first - 1].lstrip())
            diff = "\n".join(
                difflib.unified_diff(
                    cell.answer.splitlines(),
                    mutated.splitlines(),
                    fromfile=f"{cell.grade_id} (model solution)",
                    tofile=f"{cell.grade_id} (mutant)",
                    lineterm="",
                    n=1,
                )
            )
            found.append(
                Mutant(
                    id="",
                    key=f"{cell.grade_id}:{line}:{label}:{occurrence}",
                    assignment=assignment,
                    cell=cell.grade_id,
                    operator=label,
                    occurrence=occurrence,
                    line=first or line,
                    function=_qualified_function(tree, first or line, column),
                    assigned=assigned,
                    before=before,
                    after=after,
                    source=mutated,
                    diff=diff,
                )
            )
    width = max(3, len(str(len(found))))
    return [Mutant(**{**m.as_dict(), "id": f"m{i:0{width}d}", "assigned": m.assigned}) for i, m in enumerate(found, 1)]
