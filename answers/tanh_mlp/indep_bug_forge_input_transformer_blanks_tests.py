# From an independent tester (round 17): a cell of the student's registers IPython input and AST transformers that
# blank every later cell mentioning the checker, so the kernel never starts serving the tests. Each test cell used
# to wait out its 60 s time limit (9 minutes for the notebook); now the first one stops after 15 s and the others
# at once, every one scored 0 with the reason.
# fails: test_mse_loss: did not start running the tests
# fails: test_tanh_forward: did not start running the tests
# fails: test_tanh_backward
# fails: test_linear_dx
# fails: test_linear_dW
# fails: test_linear_db
# fails: test_mlp_forward
# fails: test_mlp_backward
# fails: test_full_backprop
# %% after mse_loss
import ast as _ast


def _blank(lines):
    text = "".join(lines)
    if "checks" in text or "backprop_course" in text or "grade" in text:
        return ["pass\n"]
    return lines


class _Emptier(_ast.NodeTransformer):
    def visit_Module(self, node):
        src = _ast.dump(node)
        if "backprop_course" in src or "checks" in src:
            node.body = [_ast.Pass()]
        return node


_ip = get_ipython()
_ip.input_transformers_cleanup.append(_blank)
_ip.ast_transformers.append(_Emptier())
