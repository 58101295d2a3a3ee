# From an independent tester (round 74): Tanh computed in float32, backward as 1/cosh(x)**2 (an overflow to inf gives the correct 0, warning suppressed with np.errstate); experiment cell uses `import numpy as onp` and timeit.
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=np.float32)  # own copy
        return np.tanh(self.x)

    def backward(self, dy):
        with np.errstate(over='ignore'):
            c = np.cosh(self.x.astype(np.float64))
            sech2 = 1.0 / (c * c)
        return (np.asarray(dy) * sech2).astype(np.float32)
# %% after tanh
import numpy as onp
import timeit
print(timeit.timeit(lambda: Tanh().forward(onp.random.randn(100)), number=200))
tt = Tanh(); tt.forward(onp.array([0.0, 1000.0, -1000.0])); print(tt.backward(onp.ones(3)))
