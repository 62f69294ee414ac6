export interface KeyboardConfig {
  /** The element that holds the viewer and takes focus (the <hg-viewer> region). */
  host: HTMLElement;
  strings: { help: string; helpTitle: string; helpKeys: [string, string][]; close: string };
}
