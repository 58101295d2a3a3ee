# From an independent tester (round 84): Whole notebook with MATLAB habits: np.asmatrix inside, np.dot / matrix '*', np.multiply, explicit columns, .A/.A1 on return, 1-based class index converted with k-1.
# kind: alt
# %% sigmoid
def sigmoid(z):
    Z = np.asarray(z, dtype=float)
    return np.divide(1.0, 1.0 + np.exp(-Z))
# %% sigmoid_der
def sigmoid_der(z):
    S = np.asmatrix(sigmoid(np.asarray(z, dtype=float)).reshape(-1, 1))   # everything as a column
    D = np.multiply(S, 1 - S)                                              # MATLAB's S .* (1 - S)
    return D.A1.reshape(np.shape(z))
# %% nll_gradient
def nll_gradient(x, a, y):
    X = np.asmatrix(x, dtype=float)
    A = np.asmatrix(a, dtype=float)
    Y = np.asmatrix(y, dtype=float)
    G = X * (A - Y).T          # (m,N) * (N,n), a matrix product on np.matrix
    return G.A
# %% softmax
def softmax(z):
    z = np.asarray(z, dtype=float)
    Z = np.asmatrix(z.reshape(z.shape[0], -1))   # 1-D -> column
    Z = Z - Z.max(0)
    E = np.exp(Z)
    S = np.multiply(E, 1.0 / E.sum(0))
    return S.A.reshape(z.shape)
# %% nllm
def nllm(a, y):
    a = np.asarray(a, dtype=float)
    y = np.asarray(y, dtype=float)
    A = np.asmatrix(a.reshape(a.shape[0], -1))
    Y = np.asmatrix(y.reshape(y.shape[0], -1))
    return float(-np.sum(np.multiply(Y, np.log(A))))    # -sum(sum(Y .* log(A)))
# %% softmax_layer_step
z = np.dot(W_sm.T, x_sm)
a = softmax(z)
nllm_grad = nll_gradient(x_sm, a, y_sm)
k = 3                                   # class 2 is the 3rd class; MATLAB a(3) is a[3 - 1]
prob_class_2 = float(a[k - 1, 0])
W_sm_new = W_sm - 0.5 * nllm_grad
prob_class_2_new = float(softmax(np.dot(W_sm_new.T, x_sm))[k - 1, 0])
print("gradient:\n", nllm_grad)
print("P(class 2) before:", prob_class_2, " after:", prob_class_2_new)
print("W after one step:\n", W_sm_new)
# %% relu
def relu(z):
    return np.maximum(z, 0)
# %% forward
def forward(x, W1, b1, W2, b2):
    X = np.asmatrix(x)
    z1 = (np.asmatrix(W1).T * X + np.asmatrix(b1)).A
    a1 = relu(z1)
    z2 = (np.asmatrix(W2).T * np.asmatrix(a1) + np.asmatrix(b2)).A
    a2 = softmax(z2)
    return z1, a1, z2, a2
# %% backward
def backward(x, y, W1, b1, W2, b2):
    z1, a1, z2, a2 = forward(x, W1, b1, W2, b2)
    dZ2 = np.asmatrix(a2 - y)
    dW2 = np.asmatrix(a1) * dZ2.T
    db2 = dZ2.sum(1)
    dA1 = np.asmatrix(W2) * dZ2
    dZ1 = np.multiply(dA1, z1 > 0)
    dW1 = np.asmatrix(x) * dZ1.T
    db1 = dZ1.sum(1)
    return dW1.A, db1.A, dW2.A, db2.A
# %% network_forward_worked
_, hidden_out, _, net_out = forward(x_net, W1, b1, W2, b2)   # [~, a1, ~, a2] = forward(...)
print("hidden units:", np.ravel(hidden_out), " output:", np.ravel(net_out))
# %% network_update_worked
dW1, db1, dW2, db2 = backward(x_net, y_net, W1, b1, W2, b2)
eta = 0.5
W2_new = W2 - eta * dW2
W1_new = W1 - eta * dW1
print("W2 after the step:\n", W2_new)
print("W1 after the step:\n", W1_new)
# %% network_after_worked
_, _, _, net_out_new = forward(x_net, W1_new, b1, W2_new, b2)
print("output after the step:", np.ravel(net_out_new))
