# MSELoss.backward remembers n from its first call in a mutable default argument (_n=[]), shared by every
# MSELoss object: the gradient is right for the first size seen, wrong by n_first/n for any other size.
# fails: test_mse_loss: or kept from the first call
# %% mse_loss
class MSELoss:
    def forward(self, y, target):
        self.diff = diff = y - target  # kept for backward
        c = np.sum(np.square(diff)) / diff.size
        return c

    def backward(self, _n=[]):
        if not _n:
            _n.append(self.diff.size)
        return 2 * self.diff / _n[0]
