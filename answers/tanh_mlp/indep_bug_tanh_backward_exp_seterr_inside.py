# From an independent tester (round 79): Probe: same as bug_tanh_backward_exp_seterr, but np.seterr(all='raise') is called inside Tanh.backward itself: 4/(e^x+e^-x)^2 raises FloatingPointError for |x| > ~355.
# kind: bug
# Was told a bare FloatingPointError.
# fails: test_tanh_backward: numpy was told to raise on a floating-point problem
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        np.seterr(all='raise')
        return dy * 4 / (np.exp(self.x) + np.exp(-self.x)) ** 2
