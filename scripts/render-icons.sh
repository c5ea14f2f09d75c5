#!/usr/bin/env bash
# Renders build/icon.svg to the PNGs electron-builder reads from build/ (it derives the macOS .icns
# and the Windows .ico from the 1024 px one). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../build"
rsvg-convert -w 1024 -h 1024 icon.svg -o icon.png
rsvg-convert -w 512 -h 512 icon.svg -o icons/512x512.png
