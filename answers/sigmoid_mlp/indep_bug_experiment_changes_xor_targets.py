# Round 31, notebook life: experiment cells change global state (a seed, print options, warnings as errors, a
# figure, a long print), and one, after the XOR demo, rebinds XOR_TARGETS to OR's targets. train_mlp reads
# XOR_TARGETS (as the task allows), so in Restart & Run All order it trains on OR: the tests say that a cell
# changed the notebook's data.
# fails: test_train_mlp_iterations: Your notebook's XOR_TARGETS is not the array the notebook gives
# fails: test_xor: Your notebook's XOR_TARGETS is not the array the notebook gives
# %% after imports
import warnings
import matplotlib.pyplot as plt
np.random.seed(123)
np.set_printoptions(precision=2, suppress=True, threshold=5)
warnings.filterwarnings("error")
fig, ax = plt.subplots()
ax.plot(np.linspace(-5, 5, 50), 1 / (1 + np.exp(-np.linspace(-5, 5, 50))))
plt.show()
print("\n".join("line %d of a long debugging print" % i for i in range(300)))
# %% after xor_demo
XOR_TARGETS = np.array([[0.0, 1.0, 1.0, 1.0]])   # try OR instead
mlp_or = train_mlp(200)
print(np.round(mlp_or(XOR_INPUTS), 3))
