import { describe, expect, it } from 'vitest';
import { sceneText, tourText, untranslatedReport, type Translations } from '../../src/data/translations.ts';
import { localizedPath, pathLanguage, switchLanguage } from '../../src/i18n/paths.ts';
import type { SceneEntry, TourEntry } from '../../src/data/tours.ts';

// Entries as the content layer gives them: only the fields these functions read.
const scene = {
  id: 'cao-nguyen-da/cot-co-lung-cu',
  filePath: 'content/tours/cao-nguyen-da/cot-co-lung-cu.mdx',
  body: 'Cột cờ…',
  data: {
    title: 'Cột cờ Lũng Cú',
    summary: 'Cột cờ trên đỉnh núi Rồng.',
    photoLabel: 'Mùa hè',
    hotspots: [
      { id: 'la-co', yaw: 0, pitch: 24, title: 'Lá cờ', text: 'Lá cờ rộng 54 m².', image: { src: './a.jpg', alt: 'Lá cờ nhìn gần' } },
      { id: 'nui-rong', yaw: 90, pitch: 0, title: 'Núi Rồng', text: 'Ngọn núi dưới cột cờ.' },
    ],
    variants: [{ id: 'mua-hoa', label: 'Mùa hoa' }],
  },
} as unknown as SceneEntry;

const translation = (data: object, body = 'The flag tower…') => ({ en: { id: 'x.en', body, data } }) as unknown as Translations;

describe('translations', () => {
  it('uses the translated words and falls back to Vietnamese field by field', () => {
    const text = sceneText({ entry: scene, translations: translation({ title: 'Lũng Cú Flag Tower', hotspots: { 'la-co': { title: 'The flag', text: 'A 54 m² flag.' } } }) }, 'en');
    expect(text.title).toBe('Lũng Cú Flag Tower');
    expect(text.summary).toBe('Cột cờ trên đỉnh núi Rồng.');
    expect(text.hotspots['la-co']).toEqual({ title: 'The flag', text: 'A 54 m² flag.', imageAlt: 'Lá cờ nhìn gần' });
    expect(text.hotspots['nui-rong']!.title).toBe('Núi Rồng');
    expect(text.variants['mua-hoa']).toBe('Mùa hoa');
    expect(text.missing).toEqual([
      'hotspots.la-co.imageAlt',
      'hotspots.nui-rong.title',
      'hotspots.nui-rong.text',
      'variants.mua-hoa',
      'summary',
      'photoLabel',
    ]);
    expect((text.body as { id: string }).id).toBe('x.en');
  });

  it('reports a scene with no translation file as a whole, and its body as the original', () => {
    const text = sceneText({ entry: scene, translations: {} }, 'en');
    expect(text.title).toBe('Cột cờ Lũng Cú');
    expect(text.missing).toEqual(['(whole scene)']);
    expect(text.body).toBe(scene);
  });

  it('never reports anything in the default language', () => {
    expect(sceneText({ entry: scene, translations: {} }, 'vi').missing).toEqual([]);
  });

  it('lists the untranslated files for the build', () => {
    const tour = { id: 'cao-nguyen-da', filePath: 'content/tours/cao-nguyen-da/index.mdx', body: 'x', data: { title: 'Cao nguyên đá', summary: 'Núi đá.', region: { province: 'Tuyên Quang' } } } as unknown as TourEntry;
    const lines = untranslatedReport(
      [{ id: 'cao-nguyen-da', entry: tour, translations: translation({ title: 'Karst plateau', summary: 'Stone.' }), scenes: [{ id: 'cot-co-lung-cu', entry: scene, translations: {} }] }],
      'en',
    );
    expect(lines).toEqual(['content/tours/cao-nguyen-da/cot-co-lung-cu.mdx: (whole scene)']);
    expect(tourText({ entry: tour, translations: translation({ title: 'Karst plateau', summary: 'Stone.' }, '') }, 'en').missing).toEqual(['(description)']);
  });
});

describe('language paths', () => {
  it('prefixes every language but the default one', () => {
    expect(localizedPath('/tours/x/', 'vi')).toBe('/tours/x/');
    expect(localizedPath('/tours/x/', 'en')).toBe('/en/tours/x/');
  });

  it('switches a page to its twin and back', () => {
    expect(switchLanguage('/tours/a/b/', 'en')).toBe('/en/tours/a/b/');
    expect(switchLanguage('/en/tours/a/b/', 'vi')).toBe('/tours/a/b/');
    expect(switchLanguage('/en/', 'vi')).toBe('/');
    expect(switchLanguage('/', 'en')).toBe('/en/');
    expect(pathLanguage('/en/map/')).toBe('en');
    // A page whose first segment only looks like a language is not one.
    expect(pathLanguage('/entours/')).toBe('vi');
  });
});
