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
