# Correct: extra experiment cells that draw from numpy's global generator and reseed it (after the class cell,
# after train_mlp, after backprop), and an answer cell with prints/experiments; train_mlp loops with for/_.
# kind: alt
# %% after sigmoid_mlp
np.random.seed(123)
_net = SigmoidMLP([3, 5, 2])
_x = np.random.rand(3, 6)
_t = (np.random.rand(2, 6) > 0.5).astype(float)
_gw, _gb = _net.gradients(_x, _t)
print([g.shape for g in _gw], [g.shape for g in _gb])
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    for _ in range(n_iterations):
        mlp.train(XOR_INPUTS, XOR_TARGETS, learning_rate)
    return mlp


np.random.seed(7)
print("XOR after 50 steps:", np.round(train_mlp(50)(XOR_INPUTS), 2))
# %% after train_mlp
np.random.seed(99)
for _k in (0, 1, 5):
    print(_k, train_mlp(_k, 1.0)(XOR_INPUTS).shape)
# %% after backprop
_w, _b = init_net([2, 3, 1], seed=0) if 'init_net' in globals() else ([np.ones((2, 3)), np.ones((3, 1))], [np.zeros(3), np.zeros(1)])
_y = np.random.default_rng(5).uniform(-1, 1, size=(1, 2))   # batch of one
_out, _yl, _dl = apply_net(_y, _w, _b)
print([d.shape for d in backprop(np.zeros((1, 1)), _yl, _dl, _w)[0]])
