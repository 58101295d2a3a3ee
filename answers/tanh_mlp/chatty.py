# A correct answer that prints while the tests call it: the prints are dropped (a test cell's outputs
# are what the trusted tester wrote), so neither the autograded notebook nor the feedback shows them.
# score: full
# %% tanh
class Tanh:
    def forward(self, x):
        self.y = np.tanh(x)
        return self.y

    def backward(self, dy):
        print("CHATTY-" + "RUNTIME", dy.size)
        return dy * (1 - self.y ** 2)
