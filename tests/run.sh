#!/usr/bin/env bash
# The test command of the README: installs what the tests need, then runs them all.
# Debian packages: chromium (the HTML view test), raptor2-utils (rapper parses our Turtle),
# virtuoso-opensource (the triple-store integration test), fonts-noto-cjk (screenshots). Servers are started by the tests
# themselves on 127.0.0.1 and stopped when they end.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
command -v virtuoso-t >/dev/null 2>&1 || need+=(virtuoso-opensource)
# Chinese glyphs in the view's screenshots.
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

python3 -m pip install -q -e ".[test]"
exec python3 -m pytest -q -p no:cacheprovider "$@"
