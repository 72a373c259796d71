#!/usr/bin/env bash
# Regenerates the tiny real media files under test/fixtures/media/ that test/facts/media.test.ts reads.
# Needs Debian's ffmpeg (apt-get install -y ffmpeg; built and checked with 5.1). The tests themselves never run ffmpeg.
# Every output must stay well under 60 KB: 1–2 s, 64x36 or 128x72, low bitrates.
set -euo pipefail

out_dir="$(cd "$(dirname "$0")/.." && pwd)/test/fixtures/media"
mkdir -p "$out_dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

ff() { ffmpeg -hide_banner -loglevel error -y "$@"; }
# -fflags +bitexact / -flags +bitexact keep encoder version strings out of the files, so reruns diff cleanly.
exact=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact)

video_64="testsrc2=size=64x36:rate=25:duration=1"
video_128="testsrc2=size=128x72:rate=25:duration=2"
tone_mono="sine=frequency=440:sample_rate=44100:duration=1"
tone_48k="sine=frequency=440:sample_rate=48000:duration=2"

cat >"$work/captions.srt" <<'SRT'
1
00:00:00,000 --> 00:00:00,800
Hello

2
00:00:01,000 --> 00:00:01,900
World
SRT

# H.264 + mono AAC, moov first (faststart); the AAC sample entry says 2 channels, the esds config says 1.
ff -f lavfi -i "$video_64" -f lavfi -i "$tone_mono" -c:v libx264 -preset veryfast -crf 40 -pix_fmt yuv420p \
  -c:a aac -ac 1 -b:a 24k -shortest -movflags +faststart -metadata title="Tiny clip" "${exact[@]}" \
  "$out_dir/h264-aac-mono.mp4"

# Rotated 90° clockwise through the tkhd matrix (0,1,-1,0), the matrix phones write for portrait video and that
# ExifTool and MediaInfo report as "Rotation 90". ffmpeg 5.1 only applies the rotate tag when stream-copying, and
# its display-matrix convention is counter-clockwise, so that matrix comes from rotate=270 (ffprobe prints -90).
# moov stays after mdat in this one.
ff -f lavfi -i "$video_64" -c:v libx264 -preset veryfast -crf 40 -pix_fmt yuv420p "${exact[@]}" "$work/upright.mp4"
ff -i "$work/upright.mp4" -c copy -metadata:s:v:0 rotate=270 "${exact[@]}" "$out_dir/rotated-90.mp4"

# mov_text caption track (tx3g) with a language.
ff -f lavfi -i "$video_128" -f lavfi -i "$tone_48k" -i "$work/captions.srt" -map 0:v -map 1:a -map 2:s \
  -c:v libx264 -preset veryfast -crf 45 -pix_fmt yuv420p -c:a aac -ac 2 -b:a 32k -c:s mov_text \
  -metadata:s:s:0 language=eng -shortest "${exact[@]}" "$out_dir/captioned.mp4"

# QuickTime container.
ff -f lavfi -i "$video_128" -c:v libx264 -preset veryfast -crf 45 -pix_fmt yuv420p -t 2 \
  -metadata copyright="© 2025 Example Studio" "${exact[@]}" "$out_dir/clip.mov"

# Audio-only M4A with an iTunes cprt item.
ff -f lavfi -i "$tone_48k" -c:a aac -ac 2 -b:a 32k -metadata copyright="© 2025 Jänë Example" \
  -metadata title="Tönë" -metadata artist="Jänë" "${exact[@]}" "$out_dir/tone.m4a"

# VP9 + Opus WebM.
ff -f lavfi -i "$video_64" -f lavfi -i "$tone_48k" -c:v libvpx-vp9 -b:v 40k -deadline realtime -cpu-used 8 \
  -c:a libopus -b:a 16k -ac 1 -shortest -metadata copyright="© 2025 WebM Owner" "${exact[@]}" "$out_dir/vp9-opus.webm"

# Matroska with a WebVTT subtitle track.
ff -f lavfi -i "$video_64" -i "$work/captions.srt" -map 0:v -map 1:s -c:v libvpx-vp9 -b:v 40k -deadline realtime \
  -cpu-used 8 -c:s webvtt -metadata:s:s:0 language=ger "${exact[@]}" "$out_dir/subtitled.mkv"

# MP3 with ID3v2.3 TCOP (UTF-16 in v2.3 because of the non-ASCII text).
ff -f lavfi -i "$tone_mono" -c:a libmp3lame -b:a 32k -ac 1 -id3v2_version 3 \
  -metadata copyright="© 2025 Jänë" -metadata title="Tiny tone" -metadata artist="Jänë" \
  -metadata publisher="Example Records" "${exact[@]}" "$out_dir/tone.mp3"

# WAV with RIFF INFO ICOP.
ff -f lavfi -i "sine=frequency=440:sample_rate=8000:duration=1" -c:a pcm_s16le -ac 1 \
  -metadata copyright="© 2025 Wav Owner" -metadata title="Wave" "${exact[@]}" "$out_dir/tone.wav"

# Ogg Vorbis and Ogg Opus with Vorbis comments.
ff -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=1.5" -c:a libvorbis -q:a 0 -ac 1 \
  -metadata copyright="© 2025 Ögg Owner" -metadata LICENSE="https://example.com/licence" "${exact[@]}" \
  "$out_dir/tone-vorbis.ogg"
ff -f lavfi -i "$tone_48k" -c:a libopus -b:a 16k -ac 2 -metadata copyright="© 2025 Opus Owner" "${exact[@]}" \
  "$out_dir/tone-opus.ogg"

ls -l "$out_dir"
too_big=$(find "$out_dir" -type f -size +60k)
if [ -n "$too_big" ]; then echo "fixtures over 60 KB: $too_big" >&2; exit 1; fi
