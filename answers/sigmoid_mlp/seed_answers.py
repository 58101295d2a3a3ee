# The seed homework's own code, moved into this notebook's API: its Part 1 backward logic (cost partials
# a - t, W^T delta * a(1 - a), averaged dW and db) now lives in SigmoidMLP.gradients and train applies it;
# its Part 2 functions (net_f_df with exp(-z) f^2, forward_step, apply_net and gradient_step with the
# globals turned into arguments) are used as they are. All of it is correct but net_f_df: the seed's gradient_step
# updates the lists it is given in place and returns them, which is accepted; its f' = exp(-z) f^2 is inf * 0 = nan
# below z = -709 (round 38: the notebook asks for finite values at every z). (The seed's train_mlp, backprop and
# train_net cost have bugs: see the bug_* cases quoting them.)
# kind: other
# fails: test_net_f_df: df of net_f_df for z with entries far from 0
# %% sigmoid_mlp
class SigmoidMLP:

    def __init__(self, layer_widths):
        self.layers = []
        for inputs, outputs in zip(layer_widths[:-1], layer_widths[1:]):
            self.layers.append(Layer(inputs, outputs))

    def __call__(self, inputs):
        a = inputs
        for layer in self.layers:
            a = layer(a)
        return a

    def gradients(self, inputs, targets):
        # Forward pass - compute each layer's output and store it for later use
        layer_outputs = [inputs]
        for layer in self.layers:
            layer_outputs.append(layer(layer_outputs[-1]))

        # Implement backward pass to populate weight_gradients and bias_gradients
        # lists here
        cost_partials = [layer_outputs[-1] - targets]
        for layer, layer_output in zip(reversed(self.layers), reversed(layer_outputs[:-1])):
            cost_partials.append(layer.weights.T.dot(cost_partials[-1])*layer_output*(1 - layer_output))
        cost_partials.reverse()

        # Compute weight gradient step
        weight_gradients = []
        for cost_partial, layer_output in zip(cost_partials[1:], layer_outputs[:-1]):
            weight_gradients.append(cost_partial.dot(layer_output.T)/inputs.shape[1])
        # and biases
        bias_gradients = [cost_partial.mean(axis=1).reshape(-1, 1) for cost_partial in cost_partials[1:]]
        return weight_gradients, bias_gradients

    def train(self, inputs, targets, learning_rate):
        weight_gradients, bias_gradients = self.gradients(inputs, targets)
        # Perform gradient descent by applying updates
        for weight_gradient, bias_gradient, layer in zip(weight_gradients, bias_gradients, self.layers):
            layer.weights -= weight_gradient*learning_rate
            layer.biases -= bias_gradient*learning_rate
# %% net_f_df
def net_f_df(z): # calculate f(z) and f'(z)
    val=1/(1+np.exp(-z)) # sigmoid
    return(val,np.exp(-z)*(val**2)) # return both f and f'
# %% forward
def forward_step(y,w,b): # calculate values in next layer, from input y
    z=np.dot(y,w)+b # w=weights, b=bias vector for next layer
    return(net_f_df(z)) # apply nonlinearity and return result


def apply_net(y_in, weights, biases): # one forward pass through the network
    NumLayers = len(weights)
    y_layer = [None] * (NumLayers + 1) # for storing y-values and df/dz values
    df_layer = [None] * NumLayers

    y=y_in # start with input values
    y_layer[0]=y
    for j in range(NumLayers): # loop through all layers
        # j=0 corresponds to the first layer above the input
        y,df=forward_step(y,weights[j],biases[j]) # one step
        df_layer[j]=df # store f'(z) [needed later in backprop]
        y_layer[j+1]=y # store f(z) [also needed in backprop]
    return(y, y_layer, df_layer)
# %% backward_step
def backward_step(delta,w,df):
    # delta at layer N, of batchsize x layersize(N))
    # w between N-1 and N [layersize(N-1) x layersize(N) matrix]
    # df = df/dz at layer N-1, of batchsize x layersize(N-1)
    return( np.dot(delta,np.transpose(w))*df )
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta): # update weights & biases (after backprop!)
    for j in range(len(weights)):
        weights[j]-=eta*dw_layer[j]
        biases[j]-=eta*db_layer[j]
    return weights, biases
