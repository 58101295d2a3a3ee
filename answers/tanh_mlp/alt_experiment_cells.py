# The reference answers plus experiment cells a student adds after the tasks, which overwrite notebook
# names the tests could have used (x, W, dy, mlp, loss, target, checks, testing, rng, params)
# and run their own numerical checks. Experiment cells never change a grade: full marks.
# kind: alt
# %% after mse_loss
y = np.array([3.0, -1.0])
target = np.zeros(2)
loss = MSELoss()
loss.forward(y, target)
print("my own check:", loss.backward(), numerical_gradient(lambda v: loss.forward(v, target), y))
checks = "my checks"
# %% after tanh
x = np.linspace(-3, 3, 7)
act = Tanh()
act.forward(x)
dy = np.ones(7)
print(np.allclose(act.backward(dy), np.diag(numerical_gradient(act.forward, x))))
testing = None
# %% after linear_backward
W = np.zeros((7, 7))
b = np.zeros(7)
rng = "not a generator"
params = {"fc1.W": "nothing"}
# %% after mlp
mlp = MLP(3, 4, 5, 2)
x = np.ones(3)
y = mlp.forward(x)
dx = mlp.backward(np.ones(2))
for lr in (1e-2, 1e-1):
    print("lr", lr, mlp.fc1.grad_W.sum())
MSELoss = MSELoss  # rebinding to itself: harmless
