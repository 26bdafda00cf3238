#!/usr/bin/env bash
# Installs the pinned .NET Interactive kernel (.config/dotnet-tools.json) as the Jupyter kernel
# ".NET (C#)", name .net-csharp, the kernel the notebooks' metadata names.
#   bash scripts/install-kernel.sh              into your Jupyter kernels folder (~/.local/share/jupyter/kernels)
#   bash scripts/install-kernel.sh --path DIR   into DIR/.net-csharp (what tests use)
#
# Why not `dotnet interactive jupyter install`: its kernelspec passes --http-port-range 2048-3000 and the
# kernel then serves its HTTP API (which runs code) on every network interface. This kernelspec passes
# --http-local-only instead, so that API listens on 127.0.0.1 only (the kernel has no switch to turn
# it off). It also calls the pinned tool's DLL by absolute path, so the kernel starts the same way
# whatever folder Jupyter or VS Code starts it in.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "scripts/install-kernel.sh: $*" >&2; exit 1; }

kernels=""
while [ $# -gt 0 ]; do
  case "$1" in
    --path) [ $# -ge 2 ] || fail "--path needs a folder"; kernels="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown argument '$1' (usage: bash scripts/install-kernel.sh [--path DIR])" ;;
  esac
done
if [ -z "$kernels" ]; then
  # Jupyter's per-user data folder (what `jupyter --data-dir` prints).
  if [ -n "${JUPYTER_DATA_DIR:-}" ]; then data="$JUPYTER_DATA_DIR"
  elif [ "$(uname)" = Darwin ]; then data="$HOME/Library/Jupyter"
  else data="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter"
  fi
  kernels="$data/kernels"
fi

dotnet="$(command -v dotnet)" || fail "the .NET 10 SDK is required: https://dotnet.microsoft.com/download"
"$dotnet" tool restore >/dev/null || fail "dotnet tool restore failed: see the message above"

# The pinned version, and where `dotnet tool restore` put it.
version="$(sed -n '/microsoft.dotnet-interactive/,/}/s/.*"version": *"\([^"]*\)".*/\1/p' .config/dotnet-tools.json)"
[ -n "$version" ] || fail ".config/dotnet-tools.json does not pin microsoft.dotnet-interactive"
packages="$("$dotnet" nuget locals global-packages --list | sed 's/^global-packages: *//')"
app="${packages%/}/microsoft.dotnet-interactive/$version/tools/net10.0/any/Microsoft.DotNet.Interactive.App.dll"
[ -f "$app" ] || fail "the restored kernel is not at $app"

# The tool's own kernelspec (display name, language, logos), with our argv.
spec="$kernels/.net-csharp"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
"$dotnet" "$app" jupyter install --path "$staging" >/dev/null || fail "the kernel could not write its kernelspec"
[ -f "$staging/.net-csharp/kernel.json" ] || fail "the kernel wrote no .net-csharp kernelspec"

json() { local s="${1//\\/\\\\}"; printf '"%s"' "${s//\"/\\\"}"; }
mkdir -p "$spec"
cp "$staging"/.net-csharp/*.png "$spec"/ 2>/dev/null || true
cat >"$spec/kernel.json.tmp" <<EOF
{
  "argv": [
    $(json "$dotnet"),
    $(json "$app"),
    "jupyter",
    "--default-kernel",
    "csharp",
    "--http-local-only",
    "{connection_file}"
  ],
  "display_name": ".NET (C#)",
  "language": "C#",
  "metadata": {
    "vscode": {
      "extension_id": "ms-dotnettools.dotnet-interactive-vscode",
      "kernel_id": "dotnet-interactive"
    }
  }
}
EOF
mv "$spec/kernel.json.tmp" "$spec/kernel.json"
echo "Installed the \".NET (C#)\" kernel (Microsoft.dotnet-interactive $version, HTTP API on loopback only) in $spec"
