# linear_backward made by a factory (closure) and wrapped in my own call-counting decorator WITHOUT
# functools.wraps; Tanh.backward also decorated. The counter does not affect results. Correct.
# kind: alt
# %% tanh
def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

class Tanh:
    def forward(self, x):
        self._y = np.tanh(x)
        return self._y

    @count_calls
    def backward(self, dy):
        return dy * (1 - self._y ** 2)
# %% linear_backward
def make_linear_backward(scale=1.0):
    def backward(dy, x, W, b):
        return scale * (W.T @ dy), scale * np.outer(dy, x), scale * dy
    return backward

def count_calls2(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

linear_backward = count_calls2(make_linear_backward())
