// The nine demo panoramas: where each goes and what it shows.
// A recipe is plain JSON-able data; its JSON (plus GENERATOR_VERSION) is hashed
// by the cache, so editing any field here regenerates that one picture.

import type { PaletteName } from './palettes.ts';

export type LandmarkKind = 'flagTower' | 'gate' | 'canyon' | 'bridge' | 'mansion' | 'oldQuarter';

/** Drawn centred on `yaw`; `pitch` is the anchor (summit, saddle, water, facade centre). */
export interface Landmark {
  kind: LandmarkKind;
  yaw: number;
  pitch: number;
}

/**
 * A river band on the valley floor. It is laid out like a straight river seen
 * from a bank: it touches the horizon at fromYaw and toYaw and comes closest
 * (lowest in the picture) half-way between. Distances are metres.
 */
export interface RiverFeature {
  kind: 'river';
  fromYaw: number;
  toYaw: number;
  eyeHeight: number;
  nearBank: number;
  farBank: number;
}

/** Small houses. On the river's far bank when a river covers those yaws. */
export interface TownFeature {
  kind: 'town';
  fromYaw: number;
  toYaw: number;
  style: 'city' | 'village' | 'stone';
  count: number;
  /** ground line when there is no river bank to stand on */
  pitch: number;
}

/** A serpentine road climbing from (fromYaw, fromPitch) to (toYaw, toPitch). */
export interface RoadFeature {
  kind: 'road';
  fromYaw: number;
  fromPitch: number;
  toYaw: number;
  toPitch: number;
}

/** Terraced rice hills over a yaw range; rows: 1 = lower slopes, 2 = plus a farther row, 3 = plus the slope below us. */
export interface TerracesFeature {
  kind: 'terraces';
  fromYaw: number;
  toYaw: number;
  hills: number;
  rows: 1 | 2 | 3;
}

export type Feature = RiverFeature | TownFeature | RoadFeature | TerracesFeature;

export interface PanoramaRecipe {
  /** scene slug, also the PRNG seed */
  id: string;
  tour: string;
  scene: string;
  /** Vietnamese place name */
  title: string;
  /** repo-relative output path */
  output: string;
  palette: PaletteName;
  /** yaw of the sun disc (always at SUN_PITCH): the only very bright thing in the sky */
  sunYaw: number;
  features: Feature[];
  landmarks: Landmark[];
}

export const SUN_PITCH = 35;

/** Bump when the drawing code changes, so every cached picture is redrawn once. */
export const GENERATOR_VERSION = 'demo-panoramas/1';

export const ILLUSTRATION_NOTICE = ['Minh hoạ — không phải ảnh chụp', 'Illustration — not a photograph'] as const;

function recipe(tour: string, scene: string, rest: Omit<PanoramaRecipe, 'id' | 'tour' | 'scene' | 'output'>): PanoramaRecipe {
  return { id: scene, tour, scene, output: `content/tours/${tour}/${scene}.illustration.jpg`, ...rest };
}

export const DEMO_PANORAMAS: readonly PanoramaRecipe[] = [
  recipe('thanh-pho-ha-giang', 'bo-song-lo', {
    title: 'Bờ sông Lô',
    palette: 'morning',
    sunYaw: 120,
    features: [
      { kind: 'river', fromYaw: -60, toYaw: 120, eyeHeight: 8, nearBank: 22, farBank: 130 },
      { kind: 'town', fromYaw: 0, toYaw: 90, style: 'city', count: 44, pitch: -4 },
    ],
    landmarks: [],
  }),
  recipe('thanh-pho-ha-giang', 'cau-yen-bien', {
    title: 'Cầu Yên Biên',
    palette: 'noon',
    sunYaw: -120,
    features: [
      { kind: 'river', fromYaw: -130, toYaw: 50, eyeHeight: 5, nearBank: 10, farBank: 70 },
      { kind: 'town', fromYaw: -115, toYaw: -25, style: 'city', count: 40, pitch: -4 },
    ],
    landmarks: [{ kind: 'bridge', yaw: 0, pitch: -2 }],
  }),
  recipe('cao-nguyen-da', 'cong-troi-quan-ba', {
    title: 'Cổng Trời Quản Bạ',
    palette: 'misty',
    sunYaw: 150,
    features: [{ kind: 'road', fromYaw: -30, fromPitch: -30, toYaw: 0, toPitch: 2 }],
    landmarks: [{ kind: 'gate', yaw: 0, pitch: 2 }],
  }),
  recipe('cao-nguyen-da', 'pho-co-dong-van', {
    title: 'Phố cổ Đồng Văn',
    palette: 'golden',
    sunYaw: -100,
    features: [{ kind: 'town', fromYaw: 45, toYaw: 150, style: 'stone', count: 26, pitch: -5 }],
    landmarks: [{ kind: 'oldQuarter', yaw: 0, pitch: -4 }],
  }),
  recipe('cao-nguyen-da', 'cot-co-lung-cu', {
    title: 'Cột cờ Lũng Cú',
    palette: 'noon',
    sunYaw: 100,
    features: [{ kind: 'terraces', fromYaw: 35, toYaw: 325, hills: 9, rows: 1 }],
    landmarks: [{ kind: 'flagTower', yaw: 0, pitch: 12 }],
  }),
  recipe('cao-nguyen-da', 'deo-ma-pi-leng', {
    title: 'Đèo Mã Pí Lèng',
    palette: 'morning',
    sunYaw: -60,
    features: [{ kind: 'road', fromYaw: 38, fromPitch: -24, toYaw: 80, toPitch: 3 }],
    landmarks: [{ kind: 'canyon', yaw: 0, pitch: -10 }],
  }),
  recipe('cao-nguyen-da', 'nha-vuong', {
    title: 'Dinh thự họ Vương',
    palette: 'golden',
    sunYaw: 140,
    features: [],
    landmarks: [{ kind: 'mansion', yaw: 0, pitch: -3 }],
  }),
  recipe('hoang-su-phi', 'ban-luoc', {
    title: 'Bản Luốc',
    palette: 'golden',
    sunYaw: -140,
    features: [{ kind: 'terraces', fromYaw: -150, toYaw: 150, hills: 14, rows: 3 }],
    landmarks: [],
  }),
  recipe('hoang-su-phi', 'ho-thau', {
    title: 'Hồ Thầu',
    palette: 'misty',
    sunYaw: 90,
    features: [
      { kind: 'terraces', fromYaw: -140, toYaw: 40, hills: 9, rows: 3 },
      { kind: 'town', fromYaw: 50, toYaw: 72, style: 'village', count: 12, pitch: -5 },
    ],
    landmarks: [],
  }),
];

export function getDemoPanorama(id: string): PanoramaRecipe {
  const found = DEMO_PANORAMAS.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown demo panorama "${id}"`);
  return found;
}

/** What automated tests (and hotspot authors) can rely on in each picture. */
export interface OrientationMarks {
  id: string;
  sun: { yaw: number; pitch: number };
  landmarks: Landmark[];
}

export function orientationOf(r: PanoramaRecipe): OrientationMarks {
  return { id: r.id, sun: { yaw: r.sunYaw, pitch: SUN_PITCH }, landmarks: r.landmarks.map((l) => ({ ...l })) };
}
