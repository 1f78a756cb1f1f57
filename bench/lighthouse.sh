#!/usr/bin/env bash
# Lighthouse scores for the home page, a course page and the school index of the baked site.
#
#   bench/lighthouse.sh            # after ./mvnw package; needs Node.js + npm and Debian's chromium
#
# Installs the pinned lighthouse (12.2.3; 13.x needs Node 22) under target/lighthouse, serves
# target/site on a loopback port with the site's own preview server, runs the four categories on
# each page and prints the scores. Exits non-zero if any score is below 100.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8830}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
PAGES=(index.html courses/anatomy.html schools/index.html)
TOOL=target/lighthouse

[ -f target/hit-path.jar ] && [ -d target/site ] || { echo "run ./mvnw package first" >&2; exit 2; }
[ -x "$CHROME_PATH" ] || { echo "Chromium not found at $CHROME_PATH: apt-get install -y chromium" >&2; exit 2; }
command -v npm >/dev/null || { echo "npm not found: install Node.js 18 or newer" >&2; exit 2; }

if [ ! -x "$TOOL/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$TOOL"
  npm install --prefix "$TOOL" --no-audit --no-fund --silent lighthouse@12.2.3
fi

java -jar target/hit-path.jar serve . target/site --port "$PORT" > "$TOOL/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://localhost:$PORT/index.html" && break
  sleep 1
done

status=0
for page in "${PAGES[@]}"; do
  report="$TOOL/$(echo "$page" | tr / -).json"
  CHROME_PATH="$CHROME_PATH" "$TOOL/node_modules/.bin/lighthouse" "http://localhost:$PORT/$page" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$report"
  line=$(node -e "const r=require(process.argv[1]); console.log(Object.values(r.categories).map(c => c.id + '=' + Math.round(c.score * 100)).join(' '))" "$PWD/$report")
  printf '%-24s %s\n' "$page" "$line"
  if echo "$line" | grep -Eq '=([0-9]|[1-9][0-9])( |$)'; then
    status=1
  fi
done
exit $status
