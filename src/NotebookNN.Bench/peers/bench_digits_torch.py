#!/usr/bin/python3
"""The digits benchmark's peer: the same MLP, data split and optimizer in PyTorch.

    /usr/bin/python3 bench_digits_torch.py [path/to/digits.csv.gz] [--runs N] [--threads T] [--dtype float32|float64]

Config (NotebookNN's benchmark must use the same):
  data   digits.csv.gz (1797 8x8 images, pixel values 0..16 scaled to 0..1)
  split  row index % 5 == 0 -> test (360 rows), the rest -> train (1437 rows)
  model  64 -> 64 ReLU -> 10, softmax + mean cross-entropy
  train  Adam lr 0.01, betas (0.9, 0.999), batch 32, 30 epochs, fixed shuffle seed
Runs one untimed warm-up training, then N timed ones (each from the same seed) and prints one JSON
line: the best seconds of the training loop alone, and the test accuracy.
"""
import argparse
import gzip
import json
import time

import torch

parser = argparse.ArgumentParser()
parser.add_argument("path", nargs="?", default="data/digits.csv.gz")
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--threads", type=int, default=1)
parser.add_argument("--dtype", choices=["float32", "float64"], default="float32")
args = parser.parse_args()
torch.set_num_threads(args.threads)
dtype = getattr(torch, args.dtype)

rows = [list(map(float, line.split(","))) for line in gzip.open(args.path, "rt") if line.strip()]
X = torch.tensor([r[:64] for r in rows], dtype=dtype) / 16.0
y = torch.tensor([int(r[64]) for r in rows])
test = torch.arange(len(rows)) % 5 == 0
Xtr, ytr, Xte, yte = X[~test], y[~test], X[test], y[test]


def train_once():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 10)).to(dtype)
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    lossf = torch.nn.CrossEntropyLoss()
    start = time.perf_counter()
    for epoch in range(30):
        perm = torch.randperm(len(Xtr))
        for i in range(0, len(Xtr), 32):
            idx = perm[i:i + 32]
            opt.zero_grad()
            loss = lossf(model(Xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
    seconds = time.perf_counter() - start
    with torch.no_grad():
        acc = (model(Xte).argmax(1) == yte).float().mean().item()
    return seconds, acc


train_once()  # warm-up, not counted
results = [train_once() for _ in range(args.runs)]
print(json.dumps({"benchmark": "digits-dense", "peer": "pytorch " + torch.__version__, "dtype": args.dtype,
                  "threads": args.threads, "runs": args.runs,
                  "train_seconds": round(min(r[0] for r in results), 4),
                  "test_accuracy": round(results[0][1], 4)}))
