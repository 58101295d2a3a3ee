# From an independent tester (round 17): train_mlp subclasses SigmoidMLP (class _Net(SigmoidMLP): pass); when
# graded, SigmoidMLP is the instructor's class, lent by the test, which cannot be subclassed in the notebook. The
# message was "RuntimeError: raised by your train_mlp (run this check in your notebook to see its message)".
# fails: test_train_mlp_iterations: cannot be a base class in the notebook
# fails: test_xor: cannot be a base class in the notebook
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    class _Net(SigmoidMLP):
        pass

    mlp = _Net([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp
