# Tanh stores its output in a class-level dict keyed on the input shape (self._store is the class's dict):
# two Tanh objects with inputs of the same shape share one entry, so backward of the first object uses the
# second object's output (breaks the MLP whenever hidden_size1 == hidden_size2).
# fails: test_tanh_backward: what another Tanh object
# %% tanh
class Tanh:
    _store = {}

    def forward(self, x):
        y = np.tanh(x)
        self._store[x.shape] = y
        return y

    def backward(self, dy):
        return dy * (1 - self._store[dy.shape] ** 2)
