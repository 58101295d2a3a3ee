# From an independent tester (round 106): MSELoss.backward computed in longdouble with keyword-only helper and type hints.
# kind: alt
# score: full
# %% mse_loss
def _scaled(v: np.ndarray, *, factor: float = 2.0) -> np.ndarray:
    v = np.asarray(v, dtype=np.longdouble)
    return factor * v / np.longdouble(v.size)

class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self) -> np.ndarray:
        assert hasattr(self, 'diff'), "Need to call forward() first"
        return _scaled(self.diff, factor=2.0)
