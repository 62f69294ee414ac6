import { z } from 'astro/zod';

/** Ids become parts of URLs, so they are lowercase ASCII words joined by hyphens. */
export const Slug = z
  .string({ error: 'must be a short id such as "cot-co-lung-cu"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must use only lowercase letters a–z, digits and single hyphens, e.g. "cot-co-lung-cu" (no accents or spaces)',
  });
