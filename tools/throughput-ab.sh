#!/usr/bin/env bash
# Compares the extractor's throughput at git revisions, in one process (tools/SeedSdk.ThroughputAb):
#   tools/throughput-ab.sh extract|entities|numeric|context SIZE ROUNDS CALLS [--return-storage] [--text PATH] REV...
# REV is a commit, a branch or "work" (the working tree as it is). Each revision's SeedSdk.Extraction is built in
# Release into a temporary folder; BenchmarkDotNet's separate processes spread more than small differences on a
# shared machine, while builds timed in turn in one process share its slow and quiet spells. With --text PATH (a file,
# or a folder of .txt and .md documents) the documents are read instead of the benchmark prose, and SIZE is 0.
set -euo pipefail
if [ $# -lt 5 ]; then
  echo "usage: tools/throughput-ab.sh extract|entities|numeric|context SIZE ROUNDS CALLS [--return-storage] [--text PATH] REV..." >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'for t in "$work"/tree-*; do [ -d "$t" ] && git -C "$root" worktree remove --force "$t" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT

options=("$1" "$2" "$3" "$4")
shift 4
while [ "${1:-}" = "--return-storage" ] || [ "${1:-}" = "--text" ]; do
  if [ "$1" = "--return-storage" ]; then
    options+=("--return-storage")
    shift
  else
    if [ $# -lt 2 ] || [ ! -e "$2" ]; then
      echo "throughput-ab.sh: --text needs an existing file or folder" >&2
      exit 2
    fi
    options+=("--text" "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")")
    shift 2
  fi
done

if [ $# -lt 1 ]; then
  echo "throughput-ab.sh: no revision given" >&2
  exit 2
fi

dirs=()
for rev in "$@"; do
  name="$(echo "$rev" | tr -c 'A-Za-z0-9._\n-' '_')"
  if [ "$rev" = "work" ]; then
    tree="$root"
  else
    tree="$work/tree-$name"
    git -C "$root" worktree add --detach --force "$tree" "$rev" >/dev/null 2>&1
  fi
  dotnet build "$tree/src/SeedSdk.Extraction/SeedSdk.Extraction.csproj" -c Release -o "$work/$name" --nologo -v q >/dev/null
  dirs+=("$work/$name")
done

dotnet run -c Release --project "$root/tools/SeedSdk.ThroughputAb" -- "${options[@]}" "${dirs[@]}"
