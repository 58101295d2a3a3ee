# From an independent tester (round 132): gradient_step in float32 that skips the update of entries whose gradient is below 1e-3 of the layer's largest ("negligible"): a step that is not -eta * dw for those entries.
# kind: bug
# fails: test_gradient_step: gradient_step
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    f32 = np.float32
    def step(p, g):
        g = np.asarray(g, dtype=f32)
        g = np.where(np.abs(g) > f32(1e-3) * np.abs(g).max(), g, f32(0))
        return (np.asarray(p, dtype=f32) - f32(eta) * g).astype(f32)
    return [step(w, dw) for w, dw in zip(weights, dw_layer)], [step(b, db) for b, db in zip(biases, db_layer)]
