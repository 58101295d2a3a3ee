# From an independent tester (round 42).
# Tanh.forward clips x to [-5, 5] "against overflow" before np.tanh (and keeps the clipped tanh for backward): off for |x| > 5, and the backward then uses the derivative at the clipped point.
# test_tanh_backward fails too, as for a clip at 3 (indep_bug_tanh_clip3): since round 53 its hidden check has an |x|
# from 5.6 to 6.4 in every draw, where the derivative at the clipped x (1.8e-4) is not the true one (about 1e-5).
# fails: test_tanh_forward
# fails: test_tanh_backward: fix Tanh.forward first
# self-check: test_tanh_forward: It is capped
# self-check: test_mlp_forward: Fix `Tanh.forward` first
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(np.clip(x, -5, 5))
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
