# From an independent tester (round 106): Correct answers (the reference) plus student experiment cells after several graded cells, working on copies only.
# kind: alt
# score: full
# %% after sigmoid_mlp
_rng_state = np.random.get_state()
_tmp = SigmoidMLP([3, 5, 2])
_gw, _gb = _tmp.gradients(np.ones((3, 2)), np.zeros((2, 2)))
print([g.shape for g in _gw])
np.random.set_state(_rng_state)
# %% after net_f_df
print(net_f_df(np.array([-1000.0, 0.0, 1000.0])))
print(net_f_df(np.array([[1, 2], [3, 4]])))
# %% after train_net
_w = [np.ones((2, 3)), np.ones((3, 1))]
_b = [np.zeros(3), np.zeros(1)]
print(train_net(np.ones((4, 2)), np.zeros((4, 1)), [w.copy() for w in _w], [b.copy() for b in _b], 0.1)[2])
