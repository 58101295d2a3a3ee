# From an independent tester (round 66, red team): on a blank base, every graded function returns an object built
# to compare equal or close to anything (see below). Scores 0; grad_f's message once said it 'gives another result when
# called again' (its result, a list subclass, crosses as a stand-in equal to nothing); now it names the object.
# fails: test_grad_f: not plain data
# Blank base; every graded function returns an object built to compare equal / close to anything:
# an ndarray subclass with __eq__/__sub__/__abs__ forging, an object with __array__ + __array_function__,
# a float subclass, a list subclass that lies about len, a masked array (all masked), a 0-d object array.
# kind: other
# base: blank
# score: zero
# %% activations
class Liar(np.ndarray):
    def __eq__(self, o): return np.ones(np.shape(self), bool)
    def __ne__(self, o): return np.zeros(np.shape(self), bool)
    def __sub__(self, o): return np.zeros(np.shape(self)).view(Liar)
    __rsub__ = __sub__
    def __abs__(self): return np.zeros(np.shape(self))
    def __array_finalize__(self, obj): pass

class Anything:
    def __init__(self, shape=(1,)): self.shape = shape; self.dtype = np.dtype(float); self.ndim = len(shape)
    def __array__(self, dtype=None, copy=None): return np.zeros(self.shape)
    def __array_function__(self, func, types, args, kwargs): return True
    def __array_ufunc__(self, *a, **k): return np.zeros(self.shape)
    def __eq__(self, o): return True
    def __float__(self): return 0.5
    def __len__(self): return self.shape[0]
    def __getitem__(self, i): return self

def sigmoid(z):
    return np.zeros(np.shape(z)).view(Liar)

def relu(z):
    return Anything(np.shape(z))

def sigmoid_prime(z):
    return np.ma.masked_all(np.shape(z))

def relu_prime(z):
    return np.array(Anything(np.shape(z)), dtype=object) if False else np.empty(np.shape(z), dtype=object)
# %% loss
class F(float):
    def __eq__(self, o): return True
    def __sub__(self, o): return F(0.0)
    def __rsub__(self, o): return F(0.0)
    def __abs__(self): return F(0.0)
    def __lt__(self, o): return True
    def __le__(self, o): return True

def loss(y, y_hat):
    return [[F(0.0)] for _ in range(len(y))]

def loss_derivative(y, y_hat):
    return np.zeros(np.shape(y)).view(Liar)
# %% yhat
class L(list):
    def __len__(self): return 10**6
    def __eq__(self, o): return True

def yhat(X, params):
    return L([[0.5]] * len(X))
# %% grad_f
def grad_f(params, x, y):
    W, b, v, c = params
    return L([Anything(np.shape(W)), Anything(np.shape(b)), Anything(np.shape(v)), F(0.0)])
# %% gradient_descent
def gradient_descent(x, y, starting_params, iterations, lr):
    return L([starting_params] * (iterations + 1)), L([F(0.0)] * (iterations + 1))
# %% gradient_descent_momentum
def gradient_descent_momentum(x, y, starting_params, iterations, lr, alpha):
    return Anything((iterations + 1,)), Anything((iterations + 1,))
# %% decision_grid
def decision_grid(params, G1, G2):
    return np.zeros(np.shape(G1)).view(Liar)
