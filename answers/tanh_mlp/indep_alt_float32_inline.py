# From an independent tester (round 7): refused as estimated when the watch saw only float32 values in variables;
# the code naming float32 (x.astype(np.float32) inside an expression) is evidence too.
# float32 arithmetic written inline (cast to float32 and back to float64 inside one expression, no float32 local).
# kind: alt
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x.astype(np.float32)).astype(np.float64)
        return self.y

    def backward(self, dy):
        return dy * (1.0 - self.y ** 2)
# %% linear_backward
def linear_backward(dy, x, W, b):
    dx = (W.T.astype(np.float32) @ dy.astype(np.float32)).astype(np.float64)
    dW = np.outer(dy.astype(np.float32), x.astype(np.float32)).astype(np.float64)
    db = dy.copy()
    return dx, dW, db
