import { AbstractPlugin } from '@photo-sphere-viewer/core';

/**
 * PSV remembers touch support in localStorage, and reading it throws in a partner's frame when the
 * browser blocks third-party storage (Chromium with third-party cookies off): the viewer would
 * never start. There, a storage kept in memory stands in for the page's life. PSV reads it while
 * it is being built, before any plugin exists: `StorageFallbackPlugin.install()` runs before
 * `new Viewer()`, and the plugin (listed with the others) takes the stand-in away in `destroy()`.
 */
export class StorageFallbackPlugin extends AbstractPlugin {
  static override readonly id = 'hg-storage-fallback';

  private static installed = 0;

  /** Puts the stand-in in place if the real storage cannot be read; returns whether it did. */
  static install(): boolean {
    try {
      void window.localStorage;
      return false;
    } catch {
      if (StorageFallbackPlugin.installed++ > 0) return true;
      const items = new Map<string, string>();
      const memory = {
        get length() {
          return items.size;
        },
        key: (i: number) => [...items.keys()][i] ?? null,
        getItem: (k: string) => items.get(k) ?? null,
        setItem: (k: string, v: string) => void items.set(k, String(v)),
        removeItem: (k: string) => void items.delete(k),
        clear: () => items.clear(),
      };
      // PSV reads and writes it as a plain object (`key in localStorage`, `localStorage[key] = …`).
      Object.defineProperty(window, 'localStorage', { value: memory, configurable: true });
      return true;
    }
  }

  override destroy(): void {
    // The last viewer using the stand-in gives the window its own (throwing) storage back.
    if (StorageFallbackPlugin.installed > 0 && --StorageFallbackPlugin.installed === 0) {
      delete (window as unknown as { localStorage?: Storage }).localStorage;
    }
    super.destroy();
  }
}
