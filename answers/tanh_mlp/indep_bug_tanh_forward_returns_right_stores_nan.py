# From an independent tester (round 75): Tanh.forward returns np.tanh(x) (right) but keeps for backward its own sinh/cosh value, which is nan for |x| > ~710: backward gives nan far from 0, which the notebook forbids ("forward and backward must give finite numbers for every x"). test_tanh_backward should lose points.
# kind: bug
# fails: test_tanh_backward: something forward kept besides what it returned
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.sinh(x) / np.cosh(x)   # kept for backward
        return np.tanh(x)

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
