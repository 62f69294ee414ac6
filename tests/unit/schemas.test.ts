import { describe, expect, it } from 'vitest';
import { SceneSchema } from '../../src/schemas/scene.ts';
import { TourSchema } from '../../src/schemas/tour.ts';
import { TOUR_FRONTMATTER } from '../fixtures/tour-frontmatter.ts';
import { zoomToVerticalFov } from '../../src/schemas/view.ts';

const scene = {
  title: 'Cột cờ Lũng Cú',
  photo: './lung-cu.jpg',
  location: { lat: 23.3636, lng: 105.3161 },
};

/** Each zod issue as "path: message", the way an editor reads it. */
function problems(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
}

describe('scene schema', () => {
  it('fills in the defaults an editor may leave out', () => {
    const parsed = SceneSchema.parse(scene);
    expect(parsed.view).toEqual({ yaw: 0, pitch: 0, zoom: 50 });
    expect(parsed.links).toEqual([]);
    expect(parsed.hotspots).toEqual([]);
    expect(parsed.illustration).toBe(false);
  });

  it('keeps angles in degrees as written', () => {
    const parsed = SceneSchema.parse({ ...scene, view: { yaw: -120, pitch: 15, zoom: 80 }, links: [{ to: 'pho-co', yaw: 270 }] });
    expect(parsed.view).toEqual({ yaw: -120, pitch: 15, zoom: 80 });
    expect(parsed.links[0]).toEqual({ to: 'pho-co', yaw: 270, pitch: -10 });
  });

  it('takes an arrival direction on a link, pitch optional', () => {
    const parsed = SceneSchema.parse({ ...scene, links: [{ to: 'pho-co', yaw: 90, arrive: { yaw: -45 } }, { to: 'nha-vuong', yaw: 10, arrive: { yaw: 200, pitch: 5 } }] });
    expect(parsed.links.map((l) => l.arrive)).toEqual([{ yaw: -45 }, { yaw: 200, pitch: 5 }]);
  });

  it('rejects an arrival direction out of range, or without its yaw', () => {
    const result = SceneSchema.safeParse({ ...scene, links: [{ to: 'pho-co', yaw: 90, arrive: { yaw: 400, pitch: 91 } }, { to: 'pho-co', yaw: 90, arrive: { pitch: 0 } }] });
    expect(problems(result)).toEqual([
      'links.0.arrive.yaw: must be between -180 and 360 degrees (0 is the centre of the photo)',
      'links.0.arrive.pitch: must be between -90 (straight down) and 90 (straight up) degrees',
      'links.1.arrive.yaw: must be a number of degrees, e.g. 45 or -120',
    ]);
  });

  it('rejects angles and zoom out of range with a message that says the range', () => {
    const result = SceneSchema.safeParse({ ...scene, view: { yaw: 400, pitch: -95, zoom: 120 } });
    expect(problems(result)).toEqual([
      'view.yaw: must be between -180 and 360 degrees (0 is the centre of the photo)',
      'view.pitch: must be between -90 (straight down) and 90 (straight up) degrees',
      'view.zoom: must be at most 100 (the closest view)',
    ]);
  });

  it('asks for a photo beside the file, not a path elsewhere or a web address', () => {
    for (const photo of ['../other/lung-cu.jpg', 'https://example.com/a.jpg', './lung-cu.gif', 'lung-cu.jpg']) {
      expect(problems(SceneSchema.safeParse({ ...scene, photo }))).toEqual([
        'photo: must be a file beside this MDX file, written like "./lung-cu.jpg" (JPEG, PNG, WebP, AVIF or TIFF)',
      ]);
    }
  });

  it('rejects link targets that cannot be scene ids', () => {
    expect(problems(SceneSchema.safeParse({ ...scene, links: [{ to: 'Phố Cổ', yaw: 0 }] }))).toEqual([
      'links.0.to: must use only lowercase letters a–z, digits and single hyphens, e.g. "cot-co-lung-cu" (no accents or spaces)',
    ]);
  });

  it('requires a title and text on every info hotspot', () => {
    const result = SceneSchema.safeParse({ ...scene, hotspots: [{ id: 'co', yaw: 0, title: '' }] });
    expect(problems(result)).toEqual(['hotspots.0.title: must not be empty', 'hotspots.0.text: is required: the text shown when the hotspot opens']);
  });
});

describe('tour schema', () => {
  const tour = TOUR_FRONTMATTER;

  it('accepts a tour with today’s province and the former one', () => {
    expect(TourSchema.parse(tour).region).toEqual({ province: 'Tuyên Quang', formerProvince: 'Hà Giang' });
  });

  it('lists the allowed categories when given an unknown one', () => {
    expect(problems(TourSchema.safeParse({ ...tour, category: 'beaches' }))).toEqual([
      'category: must be one of: landmarks, nature, culture, villages, food, stays',
    ]);
  });
});

describe('zoom', () => {
  it('maps 0–100 to the viewer’s 90°–30° vertical field of view', () => {
    expect(zoomToVerticalFov(0)).toBe(90);
    expect(zoomToVerticalFov(50)).toBe(60);
    expect(zoomToVerticalFov(100)).toBe(30);
  });
});
