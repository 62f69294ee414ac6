#!/usr/bin/env bash
# Authoring tool (run by hand, outputs committed): the demo tours' narration, read by a speech
# synthesiser (espeak-ng, clearly labelled as a machine voice), and a procedural wind loop.
# Needs Debian's espeak-ng and ffmpeg: sudo apt-get install espeak-ng ffmpeg
set -euo pipefail
cd "$(dirname "$0")/../.."
narrate() { # <out.m4a> <text>
  espeak-ng -v vi -s 140 -w /tmp/hg360-narration.wav "$2"
  ffmpeg -loglevel error -y -i /tmp/hg360-narration.wav -ac 1 -ar 22050 -c:a aac -b:a 40k "$1"
}
narrate content/tours/cao-nguyen-da/cot-co-lung-cu.narration.vi.m4a \
  "Cột cờ Lũng Cú đứng trên đỉnh núi Rồng, gần điểm cực Bắc của Việt Nam. Lá cờ Tổ quốc trên đỉnh cột cờ rộng năm mươi tư mét vuông, tượng trưng cho năm mươi tư dân tộc Việt Nam."
narrate content/tours/cao-nguyen-da/deo-ma-pi-leng.narration.vi.m4a \
  "Đèo Mã Pí Lèng nằm trên quốc lộ bốn C, nối Đồng Văn với Mèo Vạc. Dưới vực sâu là hẻm Tu Sản và dòng sông Nho Quế."
# Wind: brown noise, slowly swelling, 12 seconds, faded at both ends so the loop joins softly.
ffmpeg -loglevel error -y -f lavfi -i "anoisesrc=color=brown:amplitude=0.5:duration=12:seed=7" \
  -af "lowpass=f=500,volume='0.55+0.35*sin(2*PI*t/12)':eval=frame,afade=t=in:d=1,afade=t=out:st=11:d=1" \
  -ac 1 -ar 22050 -c:a aac -b:a 32k content/tours/cao-nguyen-da/deo-ma-pi-leng.wind.m4a
# Tour music (issue 17): an illustration, synthesised here from sine tones — a slow pentatonic
# phrase over a soft drone, 12 notes of 1 s, faded at both ends so the loop joins softly. No
# recording, no download. FFmpeg from npm (@ffmpeg-installer/ffmpeg) works as well as Debian's.
FFMPEG=${FFMPEG:-$(command -v ffmpeg || node -e "console.log(require('@ffmpeg-installer/ffmpeg').path)")}
notes=(262 294 330 392 440 392 330 294 330 392 294 262)
inputs=(); chain=""
for i in "${!notes[@]}"; do
  inputs+=(-f lavfi -i "sine=frequency=${notes[$i]}:duration=1:sample_rate=22050")
  chain+="[$i:a]volume=0.25,afade=t=in:d=0.08,afade=t=out:st=0.55:d=0.45[n$i];"
done
n=${#notes[@]}
concat=""; for i in "${!notes[@]}"; do concat+="[n$i]"; done
"$FFMPEG" -loglevel error -y "${inputs[@]}" \
  -f lavfi -i "aevalsrc=0.06*sin(2*PI*131*t)+0.04*sin(2*PI*196*t):s=22050:d=12" \
  -filter_complex "${chain}${concat}concat=n=$n:v=0:a=1[melody];[melody][$n:a]amix=inputs=2:duration=first,volume=2,afade=t=in:d=0.5,afade=t=out:st=11.3:d=0.7" \
  -ac 1 -ar 22050 -c:a aac -b:a 40k content/tours/cao-nguyen-da/nhac-nen.illustration.m4a
