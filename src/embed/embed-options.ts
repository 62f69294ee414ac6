/**
 * Options of an embed page's address (`/embed/<tour>/?scene=&autorotate=&lang=&ui=&gallery=`;
 * yaw/pitch/zoom are read by parseViewParams). Strict like the deep link: a value that is not
 * one of the known ones is ignored with a reason, never written into the page.
 */
export type EmbedUi = 'none' | 'minimal' | 'full';

export interface EmbedOptions {
  scene?: string;
  autorotate?: boolean;
  lang?: 'vi' | 'en';
  ui?: EmbedUi;
  gallery?: boolean;
}

const CHOICES = {
  autorotate: { '0': false, '1': true },
  gallery: { '0': false, '1': true },
  lang: { vi: 'vi', en: 'en' },
  ui: { none: 'none', minimal: 'minimal', full: 'full' },
} as const;

/**
 * The options of an address, from its query string and its hash (`#ui=none&yaw=90`): partners'
 * tools differ in which one they let people edit. The hash wins where both say something.
 */
export function addressOptions(search: string, hash: string): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of new URLSearchParams(hash.replace(/^#/, ''))) params.set(name, value);
  return params.toString();
}

export function parseEmbedOptions(search: string, sceneIds: readonly string[]): { options: EmbedOptions; ignored: string[] } {
  const params = new URLSearchParams(search);
  const options: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [name, choices] of Object.entries(CHOICES)) {
    const raw = params.get(name);
    if (raw === null) continue;
    if (Object.hasOwn(choices, raw)) options[name] = (choices as Record<string, unknown>)[raw];
    else ignored.push(`${name}: expected one of ${Object.keys(choices).join(', ')}`);
  }
  const scene = params.get('scene');
  if (scene !== null) {
    if (sceneIds.includes(scene)) options.scene = scene;
    else ignored.push('scene: expected the id of a scene of this tour');
  }
  return { options: options as EmbedOptions, ignored };
}
