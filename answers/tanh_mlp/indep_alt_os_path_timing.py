# From an independent tester (round 72): imports time, sys, os.path and inspect for timing, a path and debug prints; the answers are derived: full marks, not flagged.
# kind: alt
# %% tanh
import sys
import time

class Tanh:
    verbose = False  # class-level setting only, state stays on self

    def forward(self, x):
        t0 = time.perf_counter()
        self.out = np.tanh(x)
        if self.verbose:
            print(f"Tanh.forward took {time.perf_counter() - t0:.2e}s", file=sys.stderr)
        return self.out

    def backward(self, dy):
        return dy * (1 - np.square(self.out))
# %% mlp
import inspect
import os.path

class MLP:
    def __init__(self, in_features, hidden_size1, hidden_size2, out_features):
        self.fc1 = Linear(in_features, hidden_size1)
        self.activation_fn1 = Tanh()
        self.fc2 = Linear(hidden_size1, hidden_size2)
        self.activation_fn2 = Tanh()
        self.fc3 = Linear(hidden_size2, out_features)

    def _blocks(self):
        return [self.fc1, self.activation_fn1, self.fc2, self.activation_fn2, self.fc3]

    def forward(self, x):
        for block in self._blocks():
            x = block.forward(x)
        return x

    def backward(self, dy):
        for block in reversed(self._blocks()):
            dy = block.backward(dy)
        return dy
# %% after mlp
t_start = time.time()
_m = MLP(4, 16, 16, 3)
for _ in range(200):
    _m.backward(np.ones(3) + 0 * _m.forward(np.ones(4)))
print("200 forward/backward passes in", round(time.time() - t_start, 4), "s")
print("backward signature:", inspect.signature(MLP.backward))
print("working directory:", os.path.basename(os.path.abspath(".")), "python", sys.version.split()[0])
