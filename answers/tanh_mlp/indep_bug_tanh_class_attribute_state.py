# From an independent tester (round 74): Tanh.forward stores its output on the class (Tanh.y) instead of self, so two Tanh objects share state and the first one's backward uses the second one's output.
# kind: bug
# fails: test_tanh_backward
# %% tanh
class Tanh:
    y = None

    def forward(self, x):
        Tanh.y = np.tanh(x)
        return Tanh.y

    def backward(self, dy):
        return dy * (1 - Tanh.y ** 2)
