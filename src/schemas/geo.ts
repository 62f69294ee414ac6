import { z } from 'astro/zod';

/** A point on Earth in decimal degrees (WGS 84), as a phone or map app shows it. */
export const GeoPoint = z.strictObject({
  /** Latitude in decimal degrees, north positive (Hà Giang is around 22.8 to 23.4). */
  lat: z
    .number({ error: 'must be a latitude in decimal degrees, e.g. 23.3636' })
    .min(-90, { error: 'must be between -90 and 90' })
    .max(90, { error: 'must be between -90 and 90' }),
  /** Longitude in decimal degrees, east positive (Hà Giang is around 104.5 to 105.6). */
  lng: z
    .number({ error: 'must be a longitude in decimal degrees, e.g. 105.3163' })
    .min(-180, { error: 'must be between -180 and 180' })
    .max(180, { error: 'must be between -180 and 180' }),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/**
 * Where a place is, administratively. Hà Giang province was merged into Tuyên Quang in 2025,
 * so today's province and the historical name tourists still search for are both kept.
 */
export const Region = z.strictObject({
  /** The province today, e.g. "Tuyên Quang". */
  province: z.string().min(1),
  /** The province the place belonged to before the 2025 merger, e.g. "Hà Giang". */
  formerProvince: z.string().min(1).optional(),
  /** The area name tourists know (an old district or town), e.g. "Đồng Văn". */
  area: z.string().min(1).optional(),
});
export type Region = z.infer<typeof Region>;
