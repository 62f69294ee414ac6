/** Radians in one degree: editors write degrees, PSV and three.js take radians (`deg * DEG`, `rad / DEG`). */
export const DEG = Math.PI / 180;
