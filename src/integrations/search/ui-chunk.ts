/**
 * The search UI as an extra chunk of the client build. Astro inlines a page script only if it imports
 * nothing, and a script that only says `import()` of the UI would become a file every page loads. So
 * SiteSearch.astro's loader names a placeholder, and once the chunk's hashed name is known it is
 * written in its place.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What the header box and the /search/ page's script load: see SiteSearch.astro. */
const UI_ENTRY = fileURLToPath(new URL('../../components/search/search-ui.ts', import.meta.url));
/** Written in SiteSearch.astro's loader, replaced here by the URL of the built UI chunk. */
const UI_PLACEHOLDER = '__HG360_SEARCH_UI__';

/** The Vite plugin, and the chunk's file name once the client build has written it (for the size report). */
export function searchUiChunk(base: () => string): { plugin: Plugin; fileName: () => string | undefined } {
  let uiChunk: string | undefined;
  const plugin: Plugin = {
    name: 'hg360:search-ui',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      if (this.environment.mode === 'build') this.emitFile({ type: 'chunk', id: UI_ENTRY, name: 'search-ui' });
    },
    transform(code) {
      // In `astro dev`, Vite serves the module itself.
      if (this.environment.mode === 'dev' && code.includes(UI_PLACEHOLDER)) {
        return { code: code.replaceAll(UI_PLACEHOLDER, `/@fs${UI_ENTRY}`), map: null };
      }
      return undefined;
    },
    generateBundle: {
      // Before Astro's own generateBundle inlines the loader into every page.
      order: 'pre',
      handler(_options, bundle) {
        const ui = Object.values(bundle).find((file) => file.type === 'chunk' && file.facadeModuleId === UI_ENTRY);
        if (!ui) this.error(`the search UI chunk (${UI_ENTRY}) is missing from the client build`);
        uiChunk = ui.fileName;
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && file.code.includes(UI_PLACEHOLDER)) file.code = file.code.replaceAll(UI_PLACEHOLDER, base() + ui.fileName);
        }
      },
    },
  };

  return { plugin, fileName: () => uiChunk };
}
