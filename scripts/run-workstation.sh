#!/usr/bin/env bash
# README command 1: install what is needed, build, and open the workstation on the bundled sample study.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec java -jar target/cxr-triage.jar "$@"
