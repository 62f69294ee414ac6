import { z } from 'astro/zod';

import { SLUG } from '../collections/layout.ts';

/** Ids become parts of URLs, so they are lowercase ASCII words joined by hyphens. */
export const Slug = z
  .string({ error: 'must be a short id such as "cot-co-lung-cu"' })
  .regex(SLUG, {
    error: 'must use only lowercase letters a–z, digits and single hyphens, e.g. "cot-co-lung-cu" (no accents or spaces)',
  });

/** True when `id` is a valid id (the `Slug` rule). */
export const isSlug = (id: string): boolean => SLUG.test(id);

/**
 * "Cột cờ Lũng Cú" → "cot-co-lung-cu": the id a name becomes once accents, capitals and spaces
 * are taken out. Used to suggest an id (scaffolder, checks) and to find two files claiming the same one.
 * "đ" is not a combining mark, so it is mapped by hand.
 */
export function toSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
