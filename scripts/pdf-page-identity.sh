#!/usr/bin/env bash
# Shows that a change to the PDF export leaves every printed page as it was.
#
#   scripts/pdf-page-identity.sh record  FOLDER   # before the change: PDFs into FOLDER
#   scripts/pdf-page-identity.sh compare FOLDER   # after it: the same PDFs anew, every page
#                                                 # rendered at 100 dpi and compared pixel for pixel
#
# The documents: the bundled sample in Russian and Kazakh, its Appendix 3 conclusion, and the
# benchmark's large standard (40 cards, about 1,300 pages) in Russian. Uses the kasibi-cli and
# kasibi-bench of build/ (or $KASIBI_BUILD_DIR); needs poppler-utils.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${KASIBI_BUILD_DIR:-$root/build}"
mode="${1:-}"
folder="${2:-}"
if [[ "$mode" != record && "$mode" != compare || -z "$folder" ]]; then
  echo "usage: $0 record|compare FOLDER" >&2
  exit 2
fi
cli="$build/app/kasibi-cli"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
mkdir -p "$folder"
sample="$root/resources/sample/mining-b07102012.json"
large="$folder/large.kasibi"
[[ -e "$large" ]] || "$build/bench/kasibi-bench" --write-large "$large"

# name: the command's arguments (the output file is added)
jobs=(
  "sample-ru|export $sample --lang ru"
  "sample-kk|export $sample --lang kk"
  "conclusion-kk|conclusion $sample --lang kk"
  "large-ru|export $large --lang ru"
)
suffix=$([[ "$mode" == record ]] && echo before || echo after)
status=0
for job in "${jobs[@]}"; do
  name="${job%%|*}"
  read -r -a arguments <<<"${job#*|}"
  pdf="$folder/$name-$suffix.pdf"
  "$cli" "${arguments[@]}" -o "$pdf" 2>/dev/null || [[ $? == 1 ]] # 1: validation findings
  [[ "$mode" == record ]] && { echo "recorded $pdf"; continue; }
  before="$folder/$name-before.pdf"
  pages=$(mktemp -d)
  mkdir "$pages/before" "$pages/after"
  pdftoppm -r 100 -png "$before" "$pages/before/page"
  pdftoppm -r 100 -png "$pdf" "$pages/after/page"
  count_before=$(ls "$pages/before" | wc -l)
  count_after=$(ls "$pages/after" | wc -l)
  differing=0
  if [[ "$count_before" != "$count_after" ]]; then
    echo "$name: $count_before pages before, $count_after after"
    status=1
  else
    for page in "$pages/before"/*.png; do
      if ! cmp -s "$page" "$pages/after/$(basename "$page")"; then
        echo "$name: $(basename "$page") differs"
        differing=$((differing + 1))
      fi
    done
    if ((differing > 0)); then
      status=1
    else
      echo "$name: all $count_after pages identical at 100 dpi"
    fi
  fi
  rm -rf "$pages"
done
exit $status
