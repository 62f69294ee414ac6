/**
 * The text of a new tour's `index.mdx`: every field of src/schemas/tour.ts filled in or commented,
 * explained in Vietnamese with English in brackets. Keep in step with the schema (the unit test
 * parses the result with TourSchema).
 */
import { TOUR_CATEGORIES } from '../../src/schemas/category.ts';
import { yamlString } from './scaffold.ts';

/**
 * Written in `startScene` until the first scene exists; `npm run new:scene` replaces it with the
 * tour's first scene. A valid id, so the tour file itself passes the schema.
 */
export const NO_SCENE_YET = 'chua-co-canh';

/** Hà Giang city centre: a place holder for a tour's location, flagged in the file as one to change. */
export const HA_GIANG_CENTRE = { lat: 22.8233, lng: 104.9836 };

export interface TourTemplate {
  title: string;
  order: number;
  /** The start scene when it is already known (an imported tour). */
  startScene?: string;
  /** The tour's place when it is known; otherwise Hà Giang city centre, flagged to change. */
  location?: { lat: number; lng: number };
  /** Extra `#` lines at the top of the frontmatter, e.g. where an imported tour came from. */
  notes?: string[];
}

export function tourMdx(t: TourTemplate): string {
  return [
    '---',
    '# Tệp này mô tả một tour. Mỗi cảnh của tour là một tệp .mdx khác trong cùng thư mục (tạo bằng npm run new:scene).',
    '# Dòng bắt đầu bằng # là ghi chú; muốn dùng một trường đang là ghi chú, xoá dấu # ở đầu dòng.',
    '# [This file describes a tour; each scene is another .mdx file in this folder (npm run new:scene).',
    '#  Lines starting with # are notes; delete the # to use a commented field.] Hướng dẫn [Guide]: docs/editing.vi.md',
    ...(t.notes ?? []).map((line) => `# ${line}`),
    '',
    '# Tên tour, bắt buộc. [Name of the tour, required.]',
    `title: ${yamlString(t.title)}`,
    '# Một hai câu giới thiệu, hiện trên thẻ tour và khi chia sẻ liên kết; bắt buộc. [One or two sentences for cards and link previews; required.]',
    'summary: Viết một hai câu giới thiệu tour ở đây.',
    '',
    '# Cảnh mở đầu tour: tên tệp của một cảnh trong thư mục này, không có ".mdx".',
    `# "${NO_SCENE_YET}" nghĩa là chưa có cảnh nào: npm run new:scene sẽ tự điền cảnh đầu tiên.`,
    `# [The scene the tour opens with: a scene file name in this folder without ".mdx". "${NO_SCENE_YET}" means no scene yet;`,
    '#  npm run new:scene fills in the first scene.]',
    `startScene: ${t.startScene ?? NO_SCENE_YET}`,
    '',
    ...(t.location
      ? ['# Vị trí của tour trên bản đồ (độ thập phân như trên Google Maps). [Where the tour is on the map, decimal degrees.]', `location: { lat: ${t.location.lat}, lng: ${t.location.lng} }`]
      : [
          '# Vị trí của tour trên bản đồ (độ thập phân như trên Google Maps). ĐÂY LÀ TRUNG TÂM TP HÀ GIANG: hãy sửa.',
          '# [Where the tour is on the map, decimal degrees. THIS IS HÀ GIANG CITY CENTRE: change it.]',
          `location: { lat: ${HA_GIANG_CENTRE.lat}, lng: ${HA_GIANG_CENTRE.lng} }`,
        ]),
    '',
    '# Địa giới: tỉnh hiện nay (Hà Giang nhập vào Tuyên Quang năm 2025), tỉnh cũ, và tên vùng du khách quen gọi.',
    '# [Province today, the former province, and the area name tourists know.]',
    'region:',
    '  province: Tuyên Quang',
    '  formerProvince: Hà Giang',
    '  # area: Đồng Văn',
    '',
    `# Loại tour, một trong [Kind of tour, one of]: ${TOUR_CATEGORIES.join(', ')}.`,
    '# (danh thắng, thiên nhiên, văn hoá, làng bản, ẩm thực, lưu trú) [landmarks, nature, culture, villages, food, stays]',
    'category: landmarks',
    '',
    '# Thông tin thực tế: chỉ ghi điều đúng và còn mới; không chắc thì bỏ trống (nhất là giờ mở cửa).',
    '# [Practical information: only what is true and current; leave out what you are not sure of.]',
    '# practical:',
    '#   gettingThere: Theo quốc lộ 4C từ trung tâm Hà Giang, khoảng 150 km.',
    '#   bestSeason: Tháng 10–11, mùa hoa tam giác mạch.',
    '#   openingHours: 7:00–17:00 hằng ngày.',
    '',
    '# Thứ tự của tour trên trang chủ: số nhỏ đứng trước. [Position on the home page; lower comes first.]',
    `order: ${t.order}`,
    '---',
    '',
    '{/* Viết lời giới thiệu tour ở dưới dòng này, thay cho ghi chú này. [Write the tour’s introduction below, replacing this note.] */}',
    '',
  ].join('\n');
}
