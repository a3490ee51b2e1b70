#!/usr/bin/env bash
# README command 1: install what is needed, build, and open the workstation on the bundled sample study.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# TensorFlow's C++ start-up chatter would otherwise go to the terminal; our own log goes to the log file.
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-2}
exec java -jar target/cxr-triage.jar "$@"
