# From an independent tester (round 36).
# np.dot of two 1-D arrays in Tanh.backward where an element-wise product was meant: returns the scalar
# sum_i dy_i (1 - y_i^2) instead of a vector.
# fails: test_tanh_backward: np.dot of 1-D arrays (a sum of products)
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        return np.dot(dy, 1 - self.y ** 2)
