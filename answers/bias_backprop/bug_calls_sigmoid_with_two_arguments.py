# sigmoid_backward calls the notebook's sigmoid with an extra argument (sigmoid(z, 1.0), a "temperature" the student
# imagined): the visible check fails first, and shows Python's own words.
# fails: test_sigmoid_backward: takes 1 positional argument but 2 were given
# %% sigmoid_backward
def sigmoid_backward(da, z):
    a = sigmoid(z, 1.0)
    return da * a * (1 - a)
