/** "Play the tour" (issue 17): the order of spots, their pace, the address options and the `guide:` / `music:` checks. */
import { describe, expect, it } from 'vitest';
import { guideAddress } from '../../src/components/viewer/plugins/guided-tour/address.ts';
import { dwellMs, guideSteps } from '../../src/components/viewer/plugins/guided-tour/sequence.ts';
import { TourSchema } from '../../src/schemas/tour.ts';
import { TOUR_FRONTMATTER } from '../fixtures/tour-frontmatter.ts';
import { tourGraphProblems } from '../../src/validate/check-tour-graph.ts';

const scenes = {
  a: { title: 'A', hotspots: [{ id: 'a1', yaw: 10, pitch: 0, title: 'One', text: 'First.' }, { id: 'a2', yaw: -40, pitch: 5, title: 'Two', text: 'Second.' }] },
  b: { title: 'B', hotspots: [] },
  c: { title: 'C', hotspots: [{ id: 'c1', yaw: 90, pitch: -10, title: 'Three', text: 'Third.' }] },
};

describe('guide steps', () => {
  it('shows each info point in the guide’s order, a scene without any as one spot, and marks each scene’s last', () => {
    const steps = guideSteps(['c', 'a', 'b'], scenes);
    expect(steps.map((s) => [s.sceneId, s.hotspotId ?? null, s.lastOfScene])).toEqual([
      ['c', 'c1', true],
      ['a', 'a1', false],
      ['a', 'a2', true],
      ['b', null, true],
    ]);
    expect(steps[3]).toMatchObject({ title: 'B', text: '' });
    expect(steps[3]!.yaw).toBeUndefined();
  });

  it('skips ids it does not know (the content checks stop those before a build)', () => {
    expect(guideSteps(['ghost', 'c'], scenes).map((s) => s.sceneId)).toEqual(['c']);
  });

  it('gives time to read: 4 to 12 s by length, half a second at the fast preview pace', () => {
    const [short] = guideSteps(['c'], scenes);
    expect(dwellMs(short!, 'normal')).toBe(4_000);
    expect(dwellMs({ ...short!, text: 'x'.repeat(1000) }, 'normal')).toBe(12_000);
    expect(dwellMs(short!, 'fast')).toBe(500);
  });
});

describe('guide address', () => {
  it('reads autoplay, kiosk (which plays too) and the fast pace', () => {
    expect(guideAddress('')).toEqual({ autoplay: false, kiosk: false, pace: 'normal' });
    expect(guideAddress('?autoplay=1&pace=fast')).toEqual({ autoplay: true, kiosk: false, pace: 'fast' });
    expect(guideAddress('?kiosk=1')).toEqual({ autoplay: true, kiosk: true, pace: 'normal' });
    expect(guideAddress('?autoplay=0&pace=slow')).toEqual({ autoplay: false, kiosk: false, pace: 'normal' });
  });
});

describe('guide: and music: in a tour file', () => {
  const tour = { ...TOUR_FRONTMATTER, startScene: 'a' };

  it('accepts a list of scene ids and a music loop beside the file, 0.3 loud by default', () => {
    const parsed = TourSchema.parse({ ...tour, guide: ['a', 'c'], music: { src: './nhac.m4a' } });
    expect(parsed.guide).toEqual(['a', 'c']);
    expect(parsed.music).toEqual({ src: './nhac.m4a', volume: 0.3 });
  });

  it('refuses music that is not a sound file beside the tour', () => {
    const result = TourSchema.safeParse({ ...tour, music: { src: 'https://example.com/x.mp3' } });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(['music', 'src']);
  });

  it('names the file, the field and the fix for a scene the guide does not have, and a repeated one', () => {
    const graph = tourGraphProblems({
      id: 't',
      file: 'content/tours/t/index.mdx',
      startScene: 'a',
      guide: ['a', 'ghost', 'a'],
      scenes: [
        { id: 'a', file: 'content/tours/t/a.mdx', links: [] },
        { id: 'b', file: 'content/tours/t/b.mdx', links: ['a'] },
      ],
    });
    expect(graph.errors.map((e) => [e.file, e.field])).toEqual([
      ['content/tours/t/index.mdx', 'guide[1]'],
      ['content/tours/t/index.mdx', 'guide[2]'],
    ]);
    expect(graph.errors[0]!.message).toContain('there is no scene "ghost" in this tour\'s folder');
    expect(graph.errors[0]!.message).toContain('scenes: a, b');
    expect(graph.errors[1]!.message).toContain('already in the guide at guide[0]');
  });
});
