# From an independent tester (round 94): Tanh.forward fills its output in a loop that stops after 32 entries (the rest stay 0).
# kind: bug
# fails: test_tanh_forward
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        y = np.zeros(np.shape(x))
        for i in range(min(len(x), 32)):
            y[i] = np.tanh(x[i])
        return y
    def backward(self, dy):
        return dy * (1 - self.y ** 2)
