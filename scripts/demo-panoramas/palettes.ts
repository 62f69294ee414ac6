// Colour palettes, one per time of day / weather, plus tiny colour helpers.
// Rule that the tests depend on: `sunCore` is the brightest colour in every
// palette and clouds stay clearly darker, so the sun can be found by luminance.

export type PaletteName = 'morning' | 'noon' | 'golden' | 'misty';

export interface Palette {
  skyZenith: string;
  skyMid: string;
  skyHorizon: string;
  sunCore: string;
  sunGlow: string;
  /** 0..1, strength of the halo around the sun */
  sunGlowOpacity: number;
  cloud: string;
  cloudShade: string;
  cloudOpacity: number;
  /** colour of valley mist and of the farthest mountains' feet */
  haze: string;
  /** 0..1, how much mist pools between mountain layers */
  mist: number;
  mountainFar: string;
  mountainNear: string;
  shadow: string;
  groundTop: string;
  groundNadir: string;
  terraces: readonly string[];
  terraceWall: string;
  river: string;
  riverLight: string;
  road: string;
  roofs: readonly string[];
  walls: readonly string[];
  foliage: string;
  textOnGround: string;
}

export const PALETTES: Record<PaletteName, Palette> = {
  // Cool blue above, peach at the horizon, fresh greens.
  morning: {
    skyZenith: '#3c74bd', skyMid: '#79a9dc', skyHorizon: '#f6d9bf',
    sunCore: '#fffbef', sunGlow: '#fff0cc', sunGlowOpacity: 0.55,
    cloud: '#efe6e4', cloudShade: '#d3c2c8', cloudOpacity: 0.92,
    haze: '#e6dcdc', mist: 0.55,
    mountainFar: '#a3b4d2', mountainNear: '#2c5947', shadow: '#1d2f3f',
    groundTop: '#5d8b4b', groundNadir: '#34502d',
    terraces: ['#b5cf5b', '#9fc34f', '#cddb73'], terraceWall: '#5f7d33',
    river: '#79a9b9', riverLight: '#d3e6ea', road: '#e3d6c2',
    roofs: ['#a8493a', '#5e5a63', '#8b3f36', '#486074'],
    walls: ['#f3ebe0', '#efd9b8', '#dde6ea', '#f1e1d6'],
    foliage: '#2f5a36', textOnGround: '#e9f1e4',
  },
  // Deep blue, crisp air, saturated greens.
  noon: {
    skyZenith: '#1d5cb6', skyMid: '#4a90da', skyHorizon: '#cbe6f5',
    sunCore: '#fffef6', sunGlow: '#ffffff', sunGlowOpacity: 0.5,
    cloud: '#e6edf2', cloudShade: '#b9c9d8', cloudOpacity: 0.95,
    haze: '#d5e6ee', mist: 0.3,
    mountainFar: '#88a8c7', mountainNear: '#22582f', shadow: '#14302a',
    groundTop: '#5f9a3d', groundNadir: '#365f26',
    terraces: ['#a6cf44', '#c3dc58', '#8ebd3d'], terraceWall: '#4f7a25',
    river: '#4f9db0', riverLight: '#bfe3ea', road: '#e8e2d4',
    roofs: ['#b5473a', '#4f5d6e', '#9c3b2f', '#3e6f8a'],
    walls: ['#f6f2ea', '#f2dcae', '#d8e8f0', '#f0d6cc'],
    foliage: '#275c2b', textOnGround: '#e8f3df',
  },
  // Late-afternoon: dusky blue zenith, apricot horizon, warm rosy peaks.
  golden: {
    skyZenith: '#3f4d8b', skyMid: '#d48a6e', skyHorizon: '#ffcf8e',
    sunCore: '#fff8e2', sunGlow: '#ffc56e', sunGlowOpacity: 0.65,
    cloud: '#f3c3a5', cloudShade: '#b9808a', cloudOpacity: 0.9,
    haze: '#f0c9a4', mist: 0.45,
    mountainFar: '#c79a9f', mountainNear: '#3e4530', shadow: '#2c1f2e',
    groundTop: '#7b8639', groundNadir: '#463f22',
    terraces: ['#e3c14b', '#d2a83a', '#c8c256'], terraceWall: '#85612a',
    river: '#c9a27f', riverLight: '#ffe2b8', road: '#ecd3ac',
    roofs: ['#6a5048', '#8c3b2e', '#54505a', '#7a4a33'],
    walls: ['#f1dcc0', '#e6c49a', '#ead2c4', '#d9b48c'],
    foliage: '#3b4322', textOnGround: '#f6e7c8',
  },
  // Low cloud: pale grey-green everything, strong valley mist.
  misty: {
    skyZenith: '#8aa0b3', skyMid: '#b6c5cf', skyHorizon: '#e1e6e5',
    sunCore: '#fffcf1', sunGlow: '#fbf5e4', sunGlowOpacity: 0.6,
    cloud: '#dde3e5', cloudShade: '#bcc6cb', cloudOpacity: 0.85,
    haze: '#dfe5e4', mist: 0.85,
    mountainFar: '#bec9cf', mountainNear: '#3c5b50', shadow: '#233238',
    groundTop: '#5e805b', groundNadir: '#38513d',
    terraces: ['#9fbf6a', '#b4c97c', '#8aae62'], terraceWall: '#52703f',
    river: '#8fb3b0', riverLight: '#e1ecea', road: '#d9d6cc',
    roofs: ['#56585e', '#6f5a4d', '#474f55', '#7b6a5a'],
    walls: ['#e9e6dd', '#d8cdb8', '#dfe3e2', '#cfc2ab'],
    foliage: '#35523f', textOnGround: '#e2ebe1',
  },
};

function parse(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Linear RGB mix, t=0 → a, t=1 → b. Good enough for flat illustration. */
export function mix(a: string, b: string, t: number): string {
  const pa = parse(a);
  const pb = parse(b);
  return toHex(pa.map((c, i) => c + (pb[i] - c) * t));
}

export function darken(c: string, t: number): string {
  return mix(c, '#000000', t);
}

export function lighten(c: string, t: number): string {
  return mix(c, '#ffffff', t);
}
