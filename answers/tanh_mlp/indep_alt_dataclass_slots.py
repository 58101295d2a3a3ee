# Tanh written as a @dataclass(slots=True) subclassing my own Block base class, with a read-only
# property for the derivative; state is per instance. Correct.
# kind: alt
# %% tanh
from dataclasses import dataclass, field
from typing import Optional

class Block:
    def __call__(self, x):
        return self.forward(x)

@dataclass(slots=True)
class Tanh(Block):
    y: Optional[np.ndarray] = field(default=None, repr=False)

    @property
    def local_grad(self):
        return 1.0 - self.y ** 2

    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        assert self.y is not None, "forward first"
        return dy * self.local_grad
