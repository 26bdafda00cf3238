#!/usr/bin/env bash
# The digits training benchmark, side by side with its peers on this machine:
# NotebookNN (src/NotebookNN.Bench), PyTorch (1 thread) and scikit-learn's MLPClassifier, all with the
# configuration fixed in src/NotebookNN.Bench/peers/bench_digits_torch.py. Each prints one JSON line.
# The peers need Debian's python3-torch and python3-sklearn; they are skipped with a note if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project src/NotebookNN.Bench -c Release -- "$@"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
for peer in torch sklearn; do
  module=$([ "$peer" = torch ] && echo torch || echo sklearn)
  if "$py" -c "import $module" 2>/dev/null; then
    "$py" "src/NotebookNN.Bench/peers/bench_digits_$peer.py" data/digits.csv.gz
  else
    echo "{\"peer\": \"$peer\", \"skipped\": \"python3 module '$module' not installed (Debian: apt-get install python3-$([ "$peer" = torch ] && echo torch || echo sklearn))\"}"
  fi
done
