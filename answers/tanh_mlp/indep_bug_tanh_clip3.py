# Tanh.forward clips x to [-3, 3] "for stability" before tanh: values change only where |x| > 3
# (tanh(3) = 0.99505 vs 1: up to 0.5% relative), and backward then returns 1 - tanh(3)^2 = 0.0099 instead
# of ~0 there. Conditional bug: caught only if the hidden checks use inputs with |x| > 3. I expect the
# forward test might miss it if it uses standard-normal inputs; listing both tests as expected failures.
# RESULT: test_tanh_backward kept 2/2 (probes in /tmp/indep33_tanh_mlp/probe: backward-only clip at 2, 3 and a
# derivative floor max(1-y^2, 1e-2) all keep 2/2; clip at 1.5 is caught -> hidden backward inputs stay |x| < ~2).
# Round 33: test_tanh_backward kept its points while every checked |x| was below 2; it now checks |x| up to 5.
# fails: test_tanh_forward
# fails: test_tanh_backward: fix Tanh.forward first
# %% tanh
class Tanh:
    def forward(self, x):
        self.xc = np.clip(x, -3.0, 3.0)
        self.y = np.tanh(self.xc)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.y ** 2)
