# From an independent tester (round 18): an experiment cell holding memory at the cap made every later test fail
# ("kernel did not start running the tests"); a new kernel now runs the cells before it again, without it.
# All answers correct (model answers). Two experiment cells with memory blow-ups:
# (1) after net_f_df: "collect random batches until the cost settles" -- the stop condition is never true,
#     so a global list grows without end until the memory cap (MemoryError); the list stays referenced by
#     the global `_batches` afterwards;
# (2) after fit_demo: a 100000 x 100000 meshgrid for a finer picture (two 80 GB arrays) -> MemoryError.
# Experiment cells "do not change your grade": every test should keep its points.
# (Graded separately: cell (2) alone gives 21/21; cell (1) placed after train_net costs test_train_net only.)
# Correct answers, but the memory blow-ups are rightly flagged for the TA: kind other, not counted as a false flag.
# kind: other
# %% after net_f_df
_batches = []
_rng = np.random.default_rng(5)
_settled = False
while not _settled:
    _batches.append(_rng.uniform(-1, 1, size=(1000, 2)))
    _settled = len(_batches) < 0   # (meant to compare costs; never true)
# %% after fit_demo
fine = np.linspace(-1, 1, 100_000)
X1, X2 = np.meshgrid(fine, fine)
fine_points = np.stack([X1.ravel(), X2.ravel()], axis=1)
print(apply_net(fine_points, weights, biases)[0].shape)
