#!/usr/bin/env bash
# Regenerates the application icons from collabrisk.svg. The outputs are committed, so builds never need these
# tools; run this only after editing the SVG.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
#   apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || { echo "generate.sh: '$tool' is missing (see the header of this script)" >&2; exit 1; }
done
mkdir -p png
sizes=(16 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do
    rsvg-convert --width "$s" --height "$s" --output "png/collabrisk-$s.png" collabrisk.svg
done
# Windows: one .ico with the sizes Explorer and the taskbar ask for.
convert png/collabrisk-16.png png/collabrisk-24.png png/collabrisk-32.png png/collabrisk-48.png \
        png/collabrisk-64.png png/collabrisk-128.png png/collabrisk-256.png collabrisk.ico
# macOS: png2icns picks the icon type from each PNG's size (16, 32, 48, 128, 256, 512).
png2icns collabrisk.icns png/collabrisk-16.png png/collabrisk-32.png png/collabrisk-48.png \
        png/collabrisk-128.png png/collabrisk-256.png png/collabrisk-512.png >/dev/null
echo "generated: $(ls png | wc -l) PNGs, collabrisk.ico, collabrisk.icns"
