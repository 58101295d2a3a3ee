# From an independent tester (round 7): 1j inside one expression (a complex constant in the code that ran).
# Trick: Tanh.backward uses the complex-step derivative imag(tanh(x + ih))/h (machine-exact, not derived).
# fails: test_tanh_backward: complex
# %% tanh
class Tanh:
    def forward(self, x):
        self.x = x
        return np.tanh(x)

    def backward(self, dy):
        h = 1e-30
        return dy * np.imag(np.tanh(self.x + 1j * h)) / h
