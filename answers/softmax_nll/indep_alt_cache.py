# From an independent tester (round 104): Correct answers memoised on the full contents (bytes, shape and dtype) of the input, returning fresh copies.
# kind: alt
# score: full
# %% sigmoid
_SIG_CACHE = {}
def sigmoid(z):
    z = np.asarray(z)
    key = (z.tobytes(), z.shape, z.dtype.str)
    if key not in _SIG_CACHE:
        with np.errstate(over="ignore"):
            _SIG_CACHE[key] = 1 / (1 + np.exp(-z.astype(float)))
    return _SIG_CACHE[key].copy()
# %% softmax
import functools

@functools.lru_cache(maxsize=256)
def _softmax_cached(data, shape, dtype):
    z = np.frombuffer(data, dtype=dtype).reshape(shape).astype(float)
    e = np.exp(z - z.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)

def softmax(z):
    z = np.ascontiguousarray(z)
    return _softmax_cached(z.tobytes(), z.shape, z.dtype.str).copy()
