/**
 * The text of a new `<scene>.mdx`. Every field of src/schemas/scene.ts is there, either filled in
 * or as a `#` comment to uncomment, each explained in Vietnamese with English in brackets: editors
 * learn the format from the file in front of them. Keep it in step with the schema (the unit test
 * parses the result with SceneSchema).
 */
import { roundCoordinate, yamlString, yawOfBearing } from './scaffold.ts';

export interface SceneTemplate {
  title: string;
  /** File name of the photo beside the scene file, e.g. "cot-co.jpg". */
  photoFile: string;
  location: { lat: number; lng: number };
  /** Where `location` came from, said in the comment above it. */
  locationSource: 'gps' | 'tour' | 'default';
  /** Compass heading of the photo's centre, for the note on directions. */
  heading?: number;
  view: { yaw: number; pitch: number; zoom: number };
  credit?: string;
  /** The photo covers only part of the sphere and has no GPano data: `partial:` must be filled. */
  partialNeeded: boolean;
  /** The photo's GPano data says what it covers: `partial:` is not needed. */
  gpanoCoverage?: boolean;
  /** Other scenes of the tour, named in the comment on links. */
  otherScenes: string[];
  order: number;
  /** Arrows already known (an imported tour): written out instead of the commented example. */
  links?: { to: string; yaw: number; pitch: number }[];
  /** Info hotspots already known (an imported tour): written out instead of the commented example. */
  hotspots?: { id: string; yaw: number; pitch: number; title: string; text: string }[];
  /** What the photo covers when it is known already (an imported tour): written instead of the comment. */
  partial?: { horizontalFov: number; verticalFov: number; centerPitch: number };
  /** Extra `#` lines at the top of the frontmatter, e.g. where an imported scene came from. */
  notes?: string[];
}

/** A text as one YAML line: several paragraphs go in double quotes with \n (JSON is valid YAML). */
const oneLine = (text: string) => (text.includes('\n') ? JSON.stringify(text) : yamlString(text));

const hotspotLines = (h: NonNullable<SceneTemplate['hotspots']>[number]) => [
  `  - id: ${h.id}`,
  `    yaw: ${h.yaw}`,
  `    pitch: ${h.pitch}`,
  `    title: ${oneLine(h.title)}`,
  `    text: ${oneLine(h.text)}`,
];

const LOCATION_NOTE = {
  gps: '# Lấy từ GPS của ảnh. [Read from the photo’s GPS.]',
  tour: '# ẢNH KHÔNG CÓ GPS: đây là vị trí của tour, hãy sửa thành nơi chụp. [NO GPS IN THE PHOTO: this is the tour’s location; change it to where the photo was taken.]',
  default: '# ẢNH KHÔNG CÓ GPS: hãy sửa thành nơi chụp. [NO GPS IN THE PHOTO: change it to where the photo was taken.]',
};

/** "Bắc (north) ở yaw 65, Đông (east) ở yaw 155, …" for a photo whose centre faces `heading`. */
function compassNote(heading: number): string[] {
  const points: [string, number][] = [['Bắc/north', 0], ['Đông/east', 90], ['Nam/south', 180], ['Tây/west', 270]];
  const at = points.map(([name, bearing]) => `${name} yaw ${yawOfBearing(bearing, heading)}`).join(', ');
  return [
    `# Giữa ảnh (yaw 0) nhìn về hướng ${Math.round(heading)}° theo la bàn (dữ liệu GPano của ảnh). [The photo’s centre faces compass heading ${Math.round(heading)}° (GPano data).]`,
    `# Các hướng [Directions]: ${at}.`,
  ];
}

export function sceneMdx(t: SceneTemplate): string {
  const example = t.otherScenes[0] ?? 'ten-canh-khac';
  const lines = [
    '---',
    '# Tệp này mô tả một cảnh 360°. Dòng bắt đầu bằng # là ghi chú: trang web bỏ qua nó.',
    '# Muốn dùng một trường đang là ghi chú, xoá dấu # (và dấu cách sau nó) ở đầu dòng.',
    '# [This file describes one 360° scene. Lines starting with # are notes the site ignores.',
    '#  To use a field that is commented out, delete the # (and the space after it) at the start of the line.]',
    '# Hướng dẫn [Guide]: docs/editing.vi.md (tiếng Việt), docs/editing.md (English).',
    ...(t.notes ?? []).map((line) => `# ${line}`),
    '',
    '# Tên địa điểm, bắt buộc. [Name of the place, required.]',
    `title: ${yamlString(t.title)}`,
    '# Một câu giới thiệu, hiện trong danh sách, kết quả tìm kiếm và khi chia sẻ liên kết. [One sentence for lists, search results and link previews.]',
    '# summary: Cột cờ trên đỉnh núi Rồng, gần điểm cực Bắc của Việt Nam.',
    '',
    '# Ảnh 360° đặt cạnh tệp này. Nếu đổi tên ảnh, sửa cả dòng này. [The 360° photo beside this file; rename both together.]',
    `photo: ${yamlString(`./${t.photoFile}`)}`,
    '# Hoặc một video 360° (MP4, MOV, WebM, 2:1) thay cho ảnh: xoá dòng photo ở trên. [Or a 360° video instead of the photo (MP4, MOV, WebM, 2:1): remove the photo line above.]',
    '# video: ./ten-video.mp4',
    '# Chỉ cho ảnh không phủ kín 360° và không có dữ liệu GPano: ảnh phủ bao nhiêu độ ngang, dọc; tâm ảnh ở đâu.',
    '# [Only for a photo that is not a full 360° sphere and has no GPano data: the angles it covers, and where its centre is.]',
    ...(t.partialNeeded
      ? ['# ẢNH NÀY KHÔNG PHẢI ẢNH 360° ĐẦY ĐỦ (không có tỉ lệ 2:1): hãy bỏ dấu # và ghi số đúng. [THIS PHOTO IS NOT 2:1: uncomment and fill in.]']
      : t.gpanoCoverage
        ? ['# Ảnh này có dữ liệu GPano cho biết phần ảnh phủ: không cần partial. [This photo’s GPano data says what it covers: no `partial` needed.]']
        : []),
    t.partial
      ? `partial: { horizontalFov: ${t.partial.horizontalFov}, verticalFov: ${t.partial.verticalFov}, centerPitch: ${t.partial.centerPitch}, centerYaw: 0 }`
      : '# partial: { horizontalFov: 150, verticalFov: 54, centerPitch: 0, centerYaw: 0 }',
    '# true nếu là tranh vẽ, không phải ảnh chụp; trang sẽ ghi rõ. [true when it is a drawing, not a photograph.]',
    'illustration: false',
    '# Người chụp ảnh, hiện dưới khung xem. [Who took the photo, shown under the viewer.]',
    t.credit ? `credit: ${yamlString(t.credit)}` : '# credit: Nguyễn Văn A',
    '',
    '# Nơi chụp ảnh: vĩ độ (lat) và kinh độ (lng), độ thập phân như trên Google Maps. [Where the photo was taken, decimal degrees.]',
    LOCATION_NOTE[t.locationSource],
    `location: { lat: ${roundCoordinate(t.location.lat)}, lng: ${roundCoordinate(t.location.lng)} }`,
    '',
    '# Hướng nhìn khi mở cảnh. yaw: hướng ngang theo độ, 0 là giữa ảnh, 90 là quay sang phải một phần tư vòng, -90 sang trái.',
    '# pitch: hướng dọc, 0 là đường chân trời, số dương nhìn lên. zoom: 0 rộng nhất, 50 tự nhiên, 100 gần nhất.',
    '# Mở cảnh với ?edit ở cuối địa chỉ (npm run dev) để đo các số này bằng chuột.',
    '# [Opening view. yaw: degrees across, 0 = centre of the photo, 90 = a quarter turn right. pitch: 0 = horizon, up is positive.',
    '#  zoom: 0 widest, 50 natural, 100 closest. Open the scene with ?edit (npm run dev) to measure them with the mouse.]',
    ...(t.heading === undefined ? [] : compassNote(t.heading)),
    `view: { yaw: ${t.view.yaw}, pitch: ${t.view.pitch}, zoom: ${t.view.zoom} }`,
    '',
    '# Mũi tên sang cảnh khác của cùng tour. to: tên tệp của cảnh kia, không có ".mdx".',
    `# Các cảnh khác của tour [Other scenes of the tour]: ${t.otherScenes.join(', ') || '(chưa có / none yet)'}.`,
    '# Bỏ dấu # trước "links:" và dán các dòng do chế độ ?edit sao chép vào ngay dưới nó.',
    '# [Arrows to other scenes of the same tour. Uncomment "links:" and paste the lines copied in ?edit mode below it.]',
    ...(t.links?.length
      ? ['links:', ...t.links.map((l) => `  - { to: ${l.to}, yaw: ${l.yaw}, pitch: ${l.pitch} }`)]
      : ['# links:', `#   - { to: ${example}, yaw: 90, pitch: -10 }`]),
    '',
    '# Điểm thông tin: một nút trên ảnh, bấm vào hiện tiêu đề, đoạn chữ, và có thể cả ảnh, âm thanh, video (tệp đặt cạnh tệp này).',
    '# id: tên ngắn không dấu, không trùng trong cảnh. [Info hotspots: a button that opens a short text; id is a short unique name without accents.]',
    ...(t.hotspots?.length ? ['hotspots:', ...t.hotspots.flatMap(hotspotLines), '# Ví dụ đủ các trường [A full example]:'] : []),
    '# hotspots:',
    '#   - id: la-co',
    '#     yaw: 0',
    '#     pitch: 24',
    '#     title: Lá cờ 54 m²',
    '#     text: Lá cờ Tổ quốc trên đỉnh cột cờ rộng 54 m², tượng trưng cho 54 dân tộc Việt Nam.',
    '#     image: { src: ./la-co.jpg, alt: Lá cờ đỏ sao vàng nhìn gần }',
    '#     audio: ./la-co.m4a',
    '#     video: ./la-co.mp4',
    '',
    '# Lời thuyết minh, mỗi thứ tiếng một tệp âm thanh; chỉ phát khi khách bấm nút. credit: ai đọc.',
    '# [Narration, one sound file per language; plays only when the visitor presses play. credit: who speaks.]',
    '# narration:',
    '#   vi: ./thuyet-minh.vi.m4a',
    '#   en: ./thuyet-minh.en.m4a',
    '#   credit: Giọng đọc của Nguyễn Thị B',
    '# Âm thanh nền lặp lại (gió, chợ, suối); volume từ 0 đến 1, mặc định 0.4. [A quiet sound loop; volume 0–1, default 0.4.]',
    '# ambience: { src: ./gio.m4a, volume: 0.4 }',
    '',
    '# Ảnh khác chụp cùng chỗ, cùng hướng (mùa khác, ngày/đêm); khách chuyển qua lại mà vẫn giữ hướng nhìn.',
    '# photoLabel: tên của ảnh chính trên nút chuyển. [Other photos of the same spot; photoLabel names the main photo on the switcher.]',
    '# photoLabel: Mùa hè',
    '# variants:',
    '#   - id: mua-hoa-tam-giac-mach',
    '#     label: Mùa hoa tam giác mạch',
    '#     photo: ./mua-hoa.jpg',
    '#     illustration: false',
    '',
    '# Thứ tự của cảnh trong tour: số nhỏ đứng trước. [Position in the tour; lower comes first.]',
    `order: ${t.order}`,
    '---',
    '',
    '{/* Viết phần mô tả địa điểm ở dưới dòng này, thay cho ghi chú này (vài đoạn văn ngắn). Bản dịch tiếng Anh: tạo tệp',
    '    cùng tên đuôi .en.mdx bên cạnh, xem docs/editing.vi.md. [Write the description of the place below, replacing this',
    '    note. English translation: a file of the same name ending .en.mdx beside this one, see docs/editing.md.] */}',
    '',
  ];
  return lines.join('\n');
}
