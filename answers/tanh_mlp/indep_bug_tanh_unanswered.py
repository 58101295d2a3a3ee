# Partial notebook: the Tanh task is left unanswered (NotImplementedError kept). Only the two Tanh tests
# may lose points; the MLP tests use the instructor's Tanh when graded.
# fails: test_tanh_forward: the task is not answered yet
# fails: test_tanh_backward: the task is not answered yet
# %% tanh
class Tanh:
    def forward(self, x):
        """
        Args:
          x (array): input, shape (n_features,).

        Returns:
          y (array): tanh(x) element-wise, shape (n_features,).
        """
        # YOUR CODE HERE
        raise NotImplementedError()

    def backward(self, dy):
        """
        Args:
          dy (array): gradient of the loss with respect to the outputs, shape (n_features,).

        Returns:
          dx (array): gradient of the loss with respect to the inputs, shape (n_features,).
        """
        # YOUR CODE HERE
        raise NotImplementedError()
