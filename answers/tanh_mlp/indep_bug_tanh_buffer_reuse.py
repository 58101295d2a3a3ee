# From an independent tester (round 37).
# Tanh.forward writes into an output buffer it reuses whenever the shape repeats and returns that buffer:
# an output handed out earlier changes at the next forward call of the same shape.
# fails: test_tanh_forward: that its next call changed
# %% tanh
class Tanh:
    def forward(self, x):
        buf = getattr(self, '_buf', None)
        if buf is None or buf.shape != np.shape(x):
            buf = self._buf = np.empty(np.shape(x))
        np.tanh(x, out=buf)
        self.y = buf
        return buf

    def backward(self, dy):
        return dy * (1.0 - self.y ** 2)
