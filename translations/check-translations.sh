#!/usr/bin/env bash
# Fails when any source string of app/ or ui/ is missing or unfinished in any translations/*.ts file,
# or when a translation writes "..." instead of "…". Run by ./test (ctest: translations_complete).
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)}
[ -x "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/invitedesk_*.ts; do
  name=$(basename "$ts")
  cp "$ts" "$tmp/$name"
  # Update a copy against the current sources: new strings arrive as unfinished.
  (cd "$src" && "$lupdate" -silent -recursive app ui -extensions cpp,h -no-obsolete -locations none \
      -ts "$tmp/$name" >/dev/null)
  unfinished=$(grep -c 'type="unfinished"' "$tmp/$name" || true)
  if [ "$unfinished" -ne 0 ]; then
    echo "$name: $unfinished strings missing or unfinished (run: lupdate -recursive app ui -no-obsolete -locations none -ts $ts)"
    grep -B3 'type="unfinished"' "$tmp/$name" | grep -o '<source>[^<]*' | head -5 | sed 's/<source>/    /'
    status=1
  fi
  dots=$(grep -E '<(translation|numerusform)[^>]*>[^<]*\.\.\.' "$tmp/$name" || true)
  if [ -n "$dots" ]; then
    echo "$name: translations with \"...\" instead of \"…\":"
    echo "$dots" | head -5
    status=1
  fi
done
[ $status -eq 0 ] && echo "all translations complete"
exit $status
