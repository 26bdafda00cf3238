#!/usr/bin/python3
"""The digits benchmark in scikit-learn's MLPClassifier (same split, model and optimizer
as bench_digits_torch.py). Prints one JSON line."""
import gzip, json, sys, time, warnings
import numpy as np
from sklearn.neural_network import MLPClassifier
path = sys.argv[1] if len(sys.argv) > 1 else "data/digits.csv.gz"
rows = np.loadtxt(gzip.open(path, "rt"), delimiter=",")
X, y = rows[:, :64] / 16.0, rows[:, 64].astype(int)
test = np.arange(len(rows)) % 5 == 0
clf = MLPClassifier(hidden_layer_sizes=(64,), activation="relu", solver="adam", learning_rate_init=0.01,
                    batch_size=32, max_iter=30, shuffle=True, random_state=0, alpha=0.0,
                    n_iter_no_change=1000, tol=0.0)
warnings.simplefilter("ignore")
start = time.perf_counter()
clf.fit(X[~test], y[~test])
seconds = time.perf_counter() - start
print(json.dumps({"peer": "scikit-learn MLPClassifier", "train_seconds": round(seconds, 4),
                  "test_accuracy": round(float((clf.predict(X[test]) == y[test]).mean()), 4)}))
