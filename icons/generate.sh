#!/usr/bin/env bash
# Renders the icon drawing (cxr-triage.svg) into the files the window, the launcher and the installers use:
# PNGs (window icons, Linux .deb/app-image), .ico (Windows .msi/launcher) and .icns (macOS .pkg).
# The outputs are committed, so building the installers never needs this; rerun it after editing the SVG.
# Needs ImageMagick (convert) and png2icns (Debian icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
SIZES=(16 32 48 64 128 256 512 1024)
for s in "${SIZES[@]}"; do
  convert -background none -density 384 cxr-triage.svg -resize "${s}x${s}" -strip "PNG32:cxr-triage-${s}.png"
done
convert cxr-triage-16.png cxr-triage-32.png cxr-triage-48.png cxr-triage-64.png cxr-triage-128.png \
  cxr-triage-256.png cxr-triage.ico
png2icns cxr-triage.icns cxr-triage-16.png cxr-triage-32.png cxr-triage-128.png cxr-triage-256.png \
  cxr-triage-512.png cxr-triage-1024.png >/dev/null
# The window icons ship inside the jar (the stage loads them as resources).
RES=../src/main/resources/org/cxrtriage/icons
mkdir -p "$RES"
for s in 16 32 64 128 256; do cp "cxr-triage-${s}.png" "$RES/"; done
