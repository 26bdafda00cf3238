#!/usr/bin/python3
"""The digits benchmark in scikit-learn's MLPClassifier (same split, model and optimizer
as bench_digits_torch.py; float64).

    /usr/bin/python3 bench_digits_sklearn.py [path/to/digits.csv.gz] [--runs N]

Runs one untimed warm-up fit, then N timed ones (each with random_state=0) and prints one JSON
line: the best seconds of the fit alone, and the test accuracy.
"""
import argparse
import gzip
import json
import time
import warnings

import numpy as np
from sklearn.neural_network import MLPClassifier

parser = argparse.ArgumentParser()
parser.add_argument("path", nargs="?", default="data/digits.csv.gz")
parser.add_argument("--runs", type=int, default=5)
args = parser.parse_args()

rows = np.loadtxt(gzip.open(args.path, "rt"), delimiter=",")
X, y = rows[:, :64] / 16.0, rows[:, 64].astype(int)
test = np.arange(len(rows)) % 5 == 0
warnings.simplefilter("ignore")


def fit_once():
    clf = MLPClassifier(hidden_layer_sizes=(64,), activation="relu", solver="adam", learning_rate_init=0.01,
                        batch_size=32, max_iter=30, shuffle=True, random_state=0, alpha=0.0,
                        n_iter_no_change=1000, tol=0.0)
    start = time.perf_counter()
    clf.fit(X[~test], y[~test])
    seconds = time.perf_counter() - start
    return seconds, float((clf.predict(X[test]) == y[test]).mean())


fit_once()  # warm-up, not counted
results = [fit_once() for _ in range(args.runs)]
print(json.dumps({"benchmark": "digits-dense", "peer": "scikit-learn " + __import__("sklearn").__version__ + " MLPClassifier",
                  "dtype": "float64", "runs": args.runs,
                  "train_seconds": round(min(r[0] for r in results), 4),
                  "test_accuracy": round(results[0][1], 4)}))
