# From an independent tester (round 116): gradient_step pairs each weight matrix with its gradient by shape (dict keyed on shape): layers of equal shape all get the last one's gradient.
# kind: bug
# fails: test_gradient_step: matched to the parameters by their shape
# %% gradient_step
def gradient_step(weights, biases, dw_layer, db_layer, eta):
    dw_for = {dw.shape: dw for dw in dw_layer}
    db_for = {db.shape: db for db in db_layer}
    new_w = [w - eta * dw_for[w.shape] for w in weights]
    new_b = [b - eta * db_for[b.shape] for b in biases]
    return new_w, new_b
