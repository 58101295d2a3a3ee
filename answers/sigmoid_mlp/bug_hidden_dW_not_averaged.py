# The seed's own backprop, with its globals turned into arguments: the output layer's dw is divided by
# the batch size, but inside the loop the hidden layers' dw_layer[-2-j] is not (db is, everywhere).
# The sum where the mean is asked is named; train_net keeps its points (it is graded with the reference backprop).
# fails: test_backprop: dw_layer[0]: it is N = 5 times the true gradient: the gradient of the sum over the 5 samples
# %% backprop
def backprop(y_target, y_layer, df_layer, weights): # one backward pass through the network
    # the result will be the 'dw_layer' matrices that contain
    # the derivatives of the cost function with respect to
    # the corresponding weight
    NumLayers = len(weights)
    batchsize = y_target.shape[0]
    dw_layer = [None] * NumLayers
    db_layer = [None] * NumLayers

    delta=(y_layer[-1]-y_target)*df_layer[-1]
    dw_layer[-1]=np.dot(np.transpose(y_layer[-2]),delta)/batchsize
    db_layer[-1]=delta.sum(0)/batchsize
    for j in range(NumLayers-1):
        delta=backward_step(delta,weights[-1-j],df_layer[-2-j])
        dw_layer[-2-j]=np.dot(np.transpose(y_layer[-3-j]),delta)
        db_layer[-2-j]=delta.sum(0)/batchsize
    return dw_layer, db_layer
