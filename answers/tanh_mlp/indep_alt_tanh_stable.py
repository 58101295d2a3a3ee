# From an independent tester (round 106): Tanh via the numerically stable exp(-2|x|) formula, derivative 4e/(1+e)^2, written with loops over elements.
# kind: alt
# score: full
# %% tanh
import math

class Tanh:
    def forward(self, x):
        x = np.asarray(x, dtype=float)
        self.x = x.copy()
        e = np.exp(-2.0 * np.abs(x))
        return np.sign(x) * (1.0 - e) / (1.0 + e)

    def backward(self, dy):
        out = np.zeros(len(self.x), dtype=float)
        for i, xi in enumerate(self.x):
            e = math.exp(-2.0 * abs(float(xi)))
            out[i] = float(dy[i]) * 4.0 * e / (1.0 + e) ** 2
        return out
