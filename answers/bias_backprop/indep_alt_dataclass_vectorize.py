# sigmoid_backward via np.vectorize of a scalar function (otypes=float); dense_forward and dense_backward are
# instances of frozen @dataclass classes with __call__; update_layer is decorated with lru_cache-free memo-less wrapper.
# kind: alt
# %% sigmoid_backward
import math


def _scalar_sigmoid_backward(g, x):
    s = 1.0 / (1.0 + math.exp(-x)) if x >= 0 else math.exp(x) / (1.0 + math.exp(x))
    return g * s * (1.0 - s)


sigmoid_backward = np.vectorize(_scalar_sigmoid_backward, otypes=[float])
# %% dense_forward
from dataclasses import dataclass


@dataclass(frozen=True)
class _DenseForward:
    name: str = "dense_forward"

    def __call__(self, W, b, a_prev, activation):
        z = W @ a_prev + b
        return (z, activation(z))


dense_forward = _DenseForward()
# %% dense_backward
from dataclasses import dataclass, field


@dataclass
class _DenseBackward:
    history: list = field(default_factory=list)

    def __call__(self, dz, a_prev):
        B = a_prev.shape[1]
        self.history.append(B)
        return (dz @ a_prev.T) / B, np.sum(dz, axis=1, keepdims=True) / B


dense_backward = _DenseBackward()
