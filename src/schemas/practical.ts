import { z } from 'astro/zod';

const text = z.string().min(1, { error: 'must not be empty' });

/**
 * What a visitor needs before going. Write only what is true and current; leave a field out rather
 * than guess (opening hours in particular change).
 */
export const PracticalInfo = z.strictObject({
  /** How to get there, e.g. "Theo quốc lộ 4C từ trung tâm Hà Giang, khoảng 150 km." */
  gettingThere: text.optional(),
  /** When to visit and why, e.g. "Tháng 10–11, mùa hoa tam giác mạch." */
  bestSeason: text.optional(),
  /** Opening hours, only where a place has them and they are confirmed. */
  openingHours: text.optional(),
});
export type PracticalInfo = z.infer<typeof PracticalInfo>;
