#!/usr/bin/env bash
# Regenerates the small media files of examples/social/delivery/ (see examples/social/README.md for which are on
# spec and which are deliberately off spec). Needs Debian's ffmpeg (apt-get install -y ffmpeg; made with 5.1).
# Large frame sizes stay small because the pictures are flat colour at the lowest quality and 1-6 s long:
# every output must stay under 100 KB. Linting and the tests never run this script.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)/examples/social/delivery"
mkdir -p "$root/social" "$root/page" "$root/audio"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
exact=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact)
flat() { echo "color=c=$1:size=$2:rate=25:duration=$3"; }
# A 1 kHz tone; the sine source's default amplitude measures about -21 LUFS, so +7 dB lands on -14 LUFS.
tone() { echo "sine=frequency=1000:sample_rate=48000:duration=$1"; }
h264=(-c:v libx264 -preset veryslow -crf 51 -pix_fmt yuv420p -g 250 -bf 2)

cat >"$work/captions.srt" <<'SRT'
1
00:00:00,200 --> 00:00:01,800
Spring is here.

2
00:00:02,000 --> 00:00:03,800
New colours, every week.
SRT

# On spec for instagram/reel: 1080x1920 (9:16), 4 s, H.264 + AAC in MP4, an embedded caption track, -14 LUFS.
ff -f lavfi -i "$(flat seagreen 1080x1920 4)" -f lavfi -i "$(tone 4)" -i "$work/captions.srt" \
  -map 0:v -map 1:a -map 2:s "${h264[@]}" -af volume=7dB -c:a aac -b:a 24k -ac 1 -c:s mov_text \
  -metadata:s:s:0 language=eng -movflags +faststart -shortest "${exact[@]}" "$root/social/reel-spring.mp4"

# Off spec: the order asks for a 15 s 1080x1920 story with captions; this is 1080x1350 (4:5), 6 s, no captions.
ff -f lavfi -i "$(flat navy 1080x1350 6)" -f lavfi -i "$(tone 6)" "${h264[@]}" -af volume=7dB -c:a aac -b:a 24k -ac 1 \
  -movflags +faststart -shortest "${exact[@]}" "$root/social/story-15s.mp4"

# On spec: 1080x1350 JPEG for instagram/feed.
ff -f lavfi -i "$(flat coral 1080x1350 1)" -frames:v 1 -q:v 31 "${exact[@]}" "$root/social/feed-1080x1350.jpg"

# Not in the order: a square variant left over in the delivery folder.
ff -f lavfi -i "$(flat coral 1080x1080 1)" -frames:v 1 -q:v 31 "${exact[@]}" "$root/social/feed-1080x1080-old.jpg"

# Truncated upload: the first 2 KB of a real MP4 whose moov atom sits at the end.
ff -f lavfi -i "$(flat gold 720x1280 2)" "${h264[@]}" "${exact[@]}" "$work/teaser-full.mp4"
head -c 2048 "$work/teaser-full.mp4" >"$root/social/teaser-6s.mp4"

# Page hero video: small, but autoplaying without muted/playsinline/poster in the page.
ff -f lavfi -i "$(flat teal 640x360 2)" -f lavfi -i "$(tone 2)" "${h264[@]}" -c:a aac -b:a 24k -ac 1 \
  -movflags +faststart -shortest "${exact[@]}" "$root/page/hero.mp4"

# Podcast trailer ordered at -16 LUFS; this one is far too quiet (about -41 LUFS).
ff -f lavfi -i "$(tone 5)" -af volume=-20dB -c:a aac -b:a 24k -ac 1 "${exact[@]}" "$root/audio/trailer.m4a"

ls -l "$root"/*/
