# The reference answers, with experiment cells added after tasks that overwrite the notebook's variables and
# names the hidden tests use (testing, _rng, _RefSigmoidMLP, _ref_backprop), reseed numpy
# and train the networks: the notebook invites such cells, and they must not change any grade.
# kind: alt
# %% after train_mlp
np.random.seed(123)
mlp = train_mlp(50, 1.0)
testing, _rng = 3, 0
_RefSigmoidMLP = SigmoidMLP
x, t = XOR_INPUTS.copy(), XOR_TARGETS.copy()
print(mlp(x))
# %% after backprop
weights = [np.ones((2, 3)), np.ones((3, 1))]
biases = [np.zeros(3), np.zeros(1)]
y_out, y_layer, df_layer = apply_net(np.ones((4, 2)), weights, biases)
dw_layer, db_layer = backprop(np.zeros((4, 1)), y_layer, df_layer, weights)
_ref_backprop = backprop
_check_backprop = None
# %% after train_net
costs = []
for step in range(20):
    weights, biases, cost = train_net(np.ones((4, 2)), np.zeros((4, 1)), weights, biases, eta=1e-2)
    costs.append(cost)
eta, sizes = 5.0, [2, 20, 20, 1]
