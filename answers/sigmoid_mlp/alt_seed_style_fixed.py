# The seed's style with its bugs fixed, as a student who starts from the seed writes it: train_mlp with the
# seed's own integer XOR arrays and a while loop, backprop with the hidden dw divided by the batch size, the
# cost with the 1/2, gradient_step returning new lists, net_f_df with f (1 - f) (the seed's exp(-z) f^2 is inf * 0 = nan below z = -709).
# kind: alt
# %% train_mlp
def train_mlp(n_iterations=1000, learning_rate=3.0):
    mlp = SigmoidMLP([2, 4, 1])
    inputs = np.array([[0, 1, 0, 1],
                       [0, 0, 1, 1]])
    targets = np.array([[0, 1, 1, 0]])
    i = 0
    while i < n_iterations:
        mlp.train(inputs, targets, learning_rate)
        i += 1
    return mlp
# %% net_f_df
def net_f_df(z): # calculate f(z) and f'(z)
    val=1/(1+np.exp(-z)) # sigmoid
    return(val,val*(1-val)) # return both f and f'
# %% backprop
def backprop(y_target, y_layer, df_layer, weights):
    NumLayers = len(weights)
    batchsize = y_target.shape[0]
    dw_layer = [None] * NumLayers
    db_layer = [None] * NumLayers
    delta=(y_layer[-1]-y_target)*df_layer[-1]
    dw_layer[-1]=np.dot(np.transpose(y_layer[-2]),delta)/batchsize
    db_layer[-1]=delta.sum(0)/batchsize
    for j in range(NumLayers-1):
        delta=backward_step(delta,weights[-1-j],df_layer[-2-j])
        dw_layer[-2-j]=np.dot(np.transpose(y_layer[-3-j]),delta)/batchsize
        db_layer[-2-j]=delta.sum(0)/batchsize
    return dw_layer, db_layer
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    new_weights, new_biases = [], []
    for j in range(len(weights)):
        new_weights.append(weights[j]-eta*dw_layer[j])
        new_biases.append(biases[j]-eta*db_layer[j])
    return new_weights, new_biases
# %% train_net
def train_net(y_in,y_target,weights,biases,eta): # one full training batch
    batchsize = y_in.shape[0]
    y_out_result, y_layer, df_layer = apply_net(y_in, weights, biases)
    dw_layer, db_layer = backprop(y_target, y_layer, df_layer, weights)
    weights, biases = gradient_step(weights, biases, dw_layer, db_layer, eta)
    cost=0.5*((y_target-y_out_result)**2).sum()/batchsize
    return weights, biases, cost
