# From an independent tester (round 97): Model answers everywhere except experiment cells that print, plot and rebind common names (sigmoid, W, b, dz, a_prev, rng).
# kind: alt
# %% after sigmoid_backward
sigmoid_backup = sigmoid
print(sigmoid_backward(np.ones((2, 2)), np.zeros((2, 2))))
# %% after dense_backward
W, b, dz, a_prev = np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((1, 1)), np.zeros((1, 1))
rng = None
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
plt.plot([0, 1], [1, 0]); plt.close("all")
# %% after sigmoid_layer_backward
sigmoid = sigmoid(0.0)
B = 1000
print("sigmoid is now", sigmoid)
