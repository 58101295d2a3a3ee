# Round 38. Bug (numerical stability): sigma'(z) written as exp(z)/(1+exp(z))^2, which gives nan (inf/inf) for z > ~710.
# fails: test_sigmoid_backward: is nan at z = 
# self-check: test_sigmoid_backward: is nan at z = 
# %% sigmoid_backward
def sigmoid_backward(da, z):
    e = np.exp(z)
    return da * e / (1 + e) ** 2
