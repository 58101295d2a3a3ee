# From an independent tester (round 80): Crash in one function: Tanh.forward stores self.y but Tanh.backward reads self.output (AttributeError).
# kind: bug
# Was told "an attribute or method that the object does not have", then a lent object's story (.a2).
# fails: test_tanh_backward: the Tanh object has no attribute 'output'
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return dy * (1 - self.output ** 2)
