# From an independent tester (round 131): sigmoid_backward by symbolic differentiation of the sigmoid's expression (ast), the derivative tree evaluated by a small interpreter of its own (no eval, no compile).
# Exact, so every test keeps its points; the scan flags it for the TA.
# kind: other
# flagged: imports ast
# %% sigmoid_backward
import ast as _ast


def _d(n):
    if isinstance(n, _ast.Name):
        return ("c", 1.0)
    if isinstance(n, _ast.Constant):
        return ("c", 0.0)
    if isinstance(n, _ast.UnaryOp):
        return ("neg", _d(n.operand))
    if isinstance(n, _ast.BinOp) and isinstance(n.op, _ast.Add):
        return ("add", _d(n.left), _d(n.right))
    if isinstance(n, _ast.BinOp) and isinstance(n.op, _ast.Div):
        u, v = _t(n.left), _t(n.right)
        return ("div", ("sub", ("mul", _d(n.left), v), ("mul", u, _d(n.right))), ("mul", v, v))
    if isinstance(n, _ast.Call):
        return ("mul", _t(n), _d(n.args[0]))
    raise ValueError(n)


def _t(n):
    if isinstance(n, _ast.Name):
        return ("z",)
    if isinstance(n, _ast.Constant):
        return ("c", n.value)
    if isinstance(n, _ast.UnaryOp):
        return ("neg", _t(n.operand))
    if isinstance(n, _ast.BinOp):
        op = {_ast.Add: "add", _ast.Sub: "sub", _ast.Mult: "mul", _ast.Div: "div"}[type(n.op)]
        return (op, _t(n.left), _t(n.right))
    if isinstance(n, _ast.Call):
        return ("exp", _t(n.args[0]))
    raise ValueError(n)


def _run(tree, z):
    k = tree[0]
    if k == "z":
        return z
    if k == "c":
        return tree[1]
    if k == "neg":
        return -_run(tree[1], z)
    if k == "exp":
        return np.exp(_run(tree[1], z))
    a, b = _run(tree[1], z), _run(tree[2], z)
    return {"add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide}[k](a, b)


_DTREE = _d(_ast.parse("1.0 / (1.0 + exp(-z))", mode="eval").body)


def sigmoid_backward(da, z):
    z = np.abs(np.asarray(z, dtype=float))  # sigma' is even
    with np.errstate(all="ignore"):
        d = _run(_DTREE, z)
    return da * np.nan_to_num(d)
