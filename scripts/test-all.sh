#!/usr/bin/env bash
# README command 2 (and the whole of CI): install what is needed, then run every test.
# Headless UI tests run on Monocle; the tests tagged "xvfb" run a second time against a real X server
# (Xvfb) so the GTK glass path is exercised too.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-build

# Xvfb for the real-GTK pass; started here so CI (no display) needs nothing else.
CLEANUP=()
trap 'for c in "${CLEANUP[@]}"; do eval "$c"; done' EXIT
if [[ -z ${DISPLAY:-} ]]; then
  # -displayfd lets Xvfb pick a free display and tell us which, so a stale lock never blocks the run.
  DISPLAY_FILE=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$DISPLAY_FILE" >/tmp/cxr-xvfb.log 2>&1 &
  XVFB_PID=$!
  CLEANUP+=('kill $XVFB_PID 2>/dev/null || true')
  for _ in $(seq 100); do [[ -s $DISPLAY_FILE ]] && break; sleep 0.1; done
  [[ -s $DISPLAY_FILE ]] || { echo "Xvfb did not start: $(cat /tmp/cxr-xvfb.log)" >&2; exit 1; }
  export DISPLAY=":$(head -n1 "$DISPLAY_FILE")"
  rm -f "$DISPLAY_FILE"
fi

# A throw-away PostgreSQL on loopback: the review store tests run against it as well as SQLite
# (without the URL they fail when CI is set, and are skipped otherwise).
PG_DIR=$(mktemp -d /tmp/cxr-pg.XXXXXX)
CLEANUP+=('bash scripts/test-postgres.sh stop "$PG_DIR"')
CXR_TEST_POSTGRES_URL=$(bash scripts/test-postgres.sh start "$PG_DIR")
export CXR_TEST_POSTGRES_URL

mvn -B verify
