# From an independent tester (round 129): Tanh.forward rounds its output to 13 decimals ("tidy output", error <= 5e-14), and backward zeroes tanh' beyond
# |x| = 6.5 (the round-123 bug): forward's small error makes every entry-by-entry backward check (mid band, not-above,
# tail) skip, since they defer to test_tanh_forward when forward is off by more than 1e-14.
# Since round 130 forward's check near 1 (|x| 13.5 to 19, entry by entry) charges the rounding too: tanh(16.5) rounds to 1.
# kind: bug
# fails: test_tanh_forward: checked entry by entry
# fails: test_tanh_backward: a guard that sets it to 0
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = np.array(x, dtype=float)
        self.y = np.round(np.tanh(x), 13)
        return self.y

    def backward(self, dy):
        return np.where(np.abs(self.x) > 6.5, 0.0, dy * (1 - self.y ** 2))
