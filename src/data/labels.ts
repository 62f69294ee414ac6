import type { TourCategory } from '../schemas/category.ts';

/** Vietnamese names of the tour categories (English arrives with the bilingual site). */
export const CATEGORY_LABELS: Record<TourCategory, string> = {
  landmarks: 'Danh thắng',
  nature: 'Thiên nhiên',
  culture: 'Văn hoá',
  villages: 'Làng bản',
  food: 'Ẩm thực',
  stays: 'Lưu trú',
};

/** Text alternative of a scene's poster: what the first view shows, and whether it is drawn. */
export function posterAlt(sceneTitle: string, illustration: boolean): string {
  return `Quang cảnh ${sceneTitle}${illustration ? ' (tranh minh hoạ)' : ''}`;
}
