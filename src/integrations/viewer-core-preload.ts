/**
 * The viewer's first chunk may be fetched early but must not run before the poster has painted
 * (issue 13). <hg-viewer> adds `<link rel="modulepreload">` for it when it connects (fetched and
 * compiled, not evaluated) and imports it once the poster is on screen. Its hashed file names are
 * only known when the bundle is written: this Vite plugin puts them where hg-viewer.ts left the
 * placeholder. In `astro dev` the placeholder stays and nothing is preloaded.
 */
import type { Plugin } from 'vite';

export const CORE_PLACEHOLDER = '__HG_VIEWER_CORE_CHUNKS__';

interface OutputChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: string[];
  code?: string;
}

export function viewerCorePreload(): Plugin {
  return {
    name: 'hg360:viewer-core-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle) as OutputChunkLike[];
      const core = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\?.*$/, '').endsWith('/components/viewer/create-viewer.ts'));
      if (!core) return;
      // The chunk and everything it imports statically: what runs for the first live frame.
      const files = new Set<string>();
      const visit = (fileName: string) => {
        if (files.has(fileName)) return;
        files.add(fileName);
        const chunk = chunks.find((c) => c.fileName === fileName);
        for (const dep of chunk?.imports ?? []) visit(dep);
      };
      visit(core.fileName);
      const list = [...files].map((f) => `/${f}`).join(',');
      for (const chunk of chunks) {
        if (chunk.type === 'chunk' && chunk.code?.includes(CORE_PLACEHOLDER)) chunk.code = chunk.code.replaceAll(CORE_PLACEHOLDER, list);
      }
    },
  };
}
