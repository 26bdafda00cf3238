#!/usr/bin/env bash
# The digits training benchmarks, side by side with their peers on this machine:
#   digits-dense  NotebookNN, PyTorch (1 thread, float32) and scikit-learn's MLPClassifier (float64),
#                 configuration fixed in src/NotebookNN.Bench/peers/bench_digits_torch.py
#   digits-cnn    NotebookNN and PyTorch (1 thread, float32 and float64),
#                 configuration fixed in src/NotebookNN.Bench/peers/bench_cnn_torch.py
# Every peer reports the best of the same number of timed runs as NotebookNN (after one untimed
# warm-up run each), so the comparison is like for like. Each prints one JSON line; then one line per
# benchmark gives NotebookNN's time against the faster peer.
#
#   bash scripts/bench.sh [--runs N]      (default 5)
#
# The peers need Debian's python3-torch and python3-sklearn; they are skipped with a note if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=5
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "bench.sh: unknown option '$1' (usage: bash scripts/bench.sh [--runs N])" >&2; exit 2 ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "bench.sh: --runs needs a positive number, got '$runs'" >&2; exit 2 ;; esac

results=$(mktemp)
trap 'rm -f "$results"' EXIT
run() { "$@" | tee -a "$results"; }

dotnet build src/NotebookNN.Bench -c Release -v quiet -nologo >/dev/null
run dotnet run --no-build --project src/NotebookNN.Bench -c Release -- --runs "$runs"

py=/usr/bin/python3
[ -x "$py" ] || py=python3
peers=src/NotebookNN.Bench/peers
if "$py" -c "import torch" 2>/dev/null; then
  run "$py" "$peers/bench_digits_torch.py" data/digits.csv.gz --runs "$runs"
  run "$py" "$peers/bench_cnn_torch.py" data/digits.csv.gz --runs "$runs" --dtype float32
  run "$py" "$peers/bench_cnn_torch.py" data/digits.csv.gz --runs "$runs" --dtype float64
else
  echo '{"peer": "pytorch", "skipped": "python3 module torch not installed (Debian: apt-get install python3-torch)"}'
fi
if "$py" -c "import sklearn" 2>/dev/null; then
  run "$py" "$peers/bench_digits_sklearn.py" data/digits.csv.gz --runs "$runs"
else
  echo '{"peer": "scikit-learn", "skipped": "python3 module sklearn not installed (Debian: apt-get install python3-sklearn)"}'
fi

# One line per benchmark: NotebookNN's best time against the fastest peer's best time.
awk -v runs="$runs" '
  function text(name) { return match($0, "\"" name "\": \"[^\"]*\"") ? substr($0, RSTART + length(name) + 5, RLENGTH - length(name) - 6) : "" }
  function number(name) { return match($0, "\"" name "\": [0-9.]+") ? substr($0, RSTART + length(name) + 4, RLENGTH - length(name) - 4) + 0 : 0 }
  {
    b = text("benchmark"); p = text("peer"); t = number("train_seconds")
    if (b == "" || t <= 0) next
    if (!(b in seen)) { seen[b] = 1; names[++n] = b }
    if (p == "NotebookNN") own[b] = t
    else if (!(b in best) || t < best[b]) { best[b] = t; who[b] = p " " text("dtype") }
  }
  END {
    for (i = 1; i <= n; i++) {
      b = names[i]
      if (!(b in own)) continue
      if (!(b in best)) { printf "%s: NotebookNN %.3f s (no peer ran)\n", b, own[b]; continue }
      r = best[b] / own[b]
      printf "%s: NotebookNN %.3f s, faster peer %s %.3f s: NotebookNN is %.1fx %s (best of %d runs each)\n", \
        b, own[b], who[b], best[b], (r >= 1 ? r : 1 / r), (r >= 1 ? "faster" : "slower"), runs
    }
  }' "$results"
