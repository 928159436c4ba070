#!/usr/bin/env bash
# Dumps what the extractor makes of every seed and corpus text, so a refactoring can be checked as
# byte-identical: run it before and after, then `diff -r before after`.
#
#   tools/dump-facts.sh OUTPUT_DIR [SEED_OR_DIR_OR_PEER_JSON ...]
#
# Always dumped: tests/data/corpus/*.txt, seeds/*, samples/*/seeds/*, and the inputs of the peer suites in
# tests/data/peer/*.json (each case's "input" becomes one text file). Extra arguments add seed files,
# directories of seeds, or more peer suites (*.json with "cases"/"input").
# For every seed and corpus text: `seedsdk facts --json` and `seedsdk generate` (the emitted C#); for each peer
# suite: one `seedsdk facts --json` over all its case texts. All from a Release build.
set -euo pipefail

if [ $# -lt 1 ]; then
  echo "usage: $0 OUTPUT_DIR [SEED_OR_DIR_OR_PEER_JSON ...]" >&2
  exit 2
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
shift
mkdir -p "$out"
out="$(cd "$out" && pwd)"

dotnet build "$repo/src/SeedSdk.Cli" -c Release --nologo -v quiet >/dev/null
cli="$repo/src/SeedSdk.Cli/bin/Release/net10.0/SeedSdk.Cli.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

texts=()
suites=()
add_dir() {
  while IFS= read -r -d '' f; do texts+=("$f"); done < <(find "$1" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' \) -print0 | sort -z)
}
peer_inputs() {
  local suite="$1" dir
  dir="$work/peer/$(basename "$suite" .json)"
  mkdir -p "$dir"
  jq -r '.cases | to_entries[] | [.key, (.value.input | @base64)] | @tsv' "$suite" |
    while IFS=$'\t' read -r index text; do
      printf '%s' "$text" | base64 -d > "$dir/$(printf '%05d' "$index").txt"
    done
  suites+=("$dir")
}

add_dir "$repo/tests/data/corpus"
add_dir "$repo/seeds"
for d in "$repo"/samples/*/seeds; do [ -d "$d" ] && add_dir "$d"; done
for suite in "$repo"/tests/data/peer/*.json; do peer_inputs "$suite"; done
for extra in "$@"; do
  if [ -d "$extra" ]; then
    add_dir "$extra"
  elif [[ "$extra" == *.json ]]; then
    peer_inputs "$extra"
  else
    texts+=("$extra")
  fi
done

# Output names depend on the file name and its parent folder only, never on where this machine keeps them.
for text in "${texts[@]}"; do
  name="$(basename "$(dirname "$text")")__$(basename "$text")"
  (cd "$(dirname "$text")" && dotnet "$cli" facts --json "$(basename "$text")") > "$out/$name.facts.json" 2>&1 || true
  (cd "$(dirname "$text")" && dotnet "$cli" generate "$(basename "$text")") > "$out/$name.g.cs" 2>&1 || true
done
for dir in "${suites[@]}"; do
  (cd "$dir" && dotnet "$cli" facts --json .) > "$out/peer__$(basename "$dir").facts.json" 2>&1 || true
done
echo "dumped ${#texts[@]} texts and ${#suites[@]} peer suites into $out"
