/**
 * "Save this tour for offline" (issue 19): the pack's size before it starts, the space checked
 * first, a progress bar (files and MB), cancel, resume (after a cancel or a dropped connection:
 * files already saved are kept), `navigator.storage.persist()`, and "Delete the offline copy".
 * State on the button and its box: `data-offline-state` = idle | saving | saved | partial | error.
 */
import type { PackQuality, TourPack } from './pack-plan.ts';
import { deletePack, formatDate, metaUrl, packCacheName, packListUrl, savedPack, savedPackList, type SavedPack } from './packs-store.ts';
import { offlineUi } from './strings.ts';
import { trimViewerLevels } from './save-tour-trim.ts';
import { startingViewer, whenSharp } from '../util/when-sharp.ts';

// Six at a time: what a browser opens to one host over HTTP/1.1; round trips, not bytes, bound small tiles.
const CONCURRENCY = 6;
/** Files whose address changes with their bytes. */
const HASHED = /^\/(?:_astro|_pano)\//;

type State = 'idle' | 'saving' | 'saved' | 'partial' | 'error';

class TourSaver {
  private pack: TourPack | undefined;
  /** The list a saved pack was saved from: its sizes with no network, until the build's list has come. */
  private savedList: TourPack | undefined;
  private controller: AbortController | undefined;
  private readonly t;
  private readonly button: HTMLButtonElement;
  private readonly cancel: HTMLButtonElement;
  private readonly remove: HTMLButtonElement;
  private readonly progress: HTMLProgressElement;
  private readonly status: HTMLElement;
  private readonly tour: string;
  private readonly lang: string;
  private state: State = 'idle';
  private lastError: 'dropped' | 'cancelled' | undefined;
  private saved: SavedPack | undefined;

  private readonly root: HTMLElement;

  constructor(root: HTMLElement) {
    this.root = root;
    this.tour = root.dataset.offlineTour!;
    this.lang = root.dataset.lang ?? 'vi';
    this.t = offlineUi(this.lang);
    this.button = root.querySelector('[data-offline-save]')!;
    this.cancel = root.querySelector('[data-offline-cancel]')!;
    this.remove = root.querySelector('[data-offline-delete]')!;
    this.progress = root.querySelector('[data-offline-progress]')!;
    this.status = root.querySelector('[data-offline-status]')!;
    this.button.addEventListener('click', () => void this.save());
    this.cancel.addEventListener('click', () => this.controller?.abort());
    this.remove.addEventListener('click', () => void this.delete());
    for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="offline-quality"]')) radio.addEventListener('change', () => this.label());
    window.addEventListener('online', () => {
      if (this.lastError === 'dropped' && this.state !== 'saving') void this.save();
    });
    void this.init();
  }

  private quality(): PackQuality {
    return this.root.querySelector<HTMLInputElement>('input[name="offline-quality"]:checked')?.value === 'full' ? 'full' : 'phone';
  }

  private setState(state: State): void {
    this.state = state;
    this.root.dataset.offlineState = state;
    this.button.dataset.offlineState = state;
    this.cancel.hidden = state !== 'saving';
    this.button.disabled = state === 'saving';
    this.progress.hidden = state !== 'saving' && state !== 'partial';
  }

  private async init(): Promise<void> {
    if (typeof caches === 'undefined' || !window.isSecureContext) {
      this.setState('error');
      this.button.disabled = true;
      this.status.textContent = this.t.unsupported;
      return;
    }
    this.root.hidden = false;
    const saved = await savedPack(this.tour, this.lang);
    if (saved) {
      this.showSaved(saved);
      this.savedList = await savedPackList(this.tour, this.lang);
      this.label();
    } else if (await caches.has(packCacheName(this.tour, this.lang))) this.setState('partial');
    else this.setState('idle');
    // With no network there is nothing to ask (and nothing to show as an error): sizes come when it is back.
    if (navigator.onLine) await viewerSharp().then(() => this.loadPack()).catch(() => undefined);
    else window.addEventListener('online', () => void this.loadPack().then(() => this.label(), () => undefined), { once: true });
    this.label();
  }

  private async loadPack(): Promise<TourPack> {
    if (!this.pack) {
      // Through the service worker: the build's list, or with no network the one saved with the pack, so that
      // a saved tour's page knows its sizes where the phone has no signal (and says it is online all the same).
      const response = await fetch(packListUrl(this.tour, this.lang));
      if (!response.ok) throw new Error(`pack list ${response.status}`);
      this.pack = (await response.json()) as TourPack;
    }
    return this.pack;
  }

  /** The button's words: the size of the chosen quality. */
  private label(): void {
    if (this.state === 'saving') return;
    const pack = this.pack ?? this.savedList;
    const bytes = pack?.qualities[this.quality()].bytes;
    if (bytes === undefined) return;
    if (this.state === 'saved' && this.saved && pack && this.saved.version !== pack.version && this.saved.quality === this.quality()) {
      this.button.textContent = this.t.update(bytes);
      this.button.dataset.bytes = String(bytes);
      return;
    }
    this.button.textContent = this.state === 'partial' || this.lastError ? this.t.resume(bytes) : this.t.download(bytes);
    this.button.dataset.bytes = String(bytes);
  }

  private showSaved(saved: SavedPack): void {
    this.saved = saved;
    this.setState('saved');
    this.remove.hidden = false;
    this.status.textContent = this.t.saved(saved.bytes, formatDate(saved.date, this.lang));
    const radio = this.root.querySelector<HTMLInputElement>(`input[name="offline-quality"][value="${saved.quality}"]`);
    if (radio) radio.checked = true;
  }

  private async save(): Promise<void> {
    if (this.state === 'saving') return;
    let pack: TourPack;
    try {
      pack = await this.loadPack();
    } catch {
      this.lastError = 'dropped';
      this.setState('error');
      this.status.textContent = this.t.dropped;
      return;
    }
    const quality = this.quality();
    const plan = pack.qualities[quality];
    const name = packCacheName(this.tour, this.lang);
    this.setState('saving');
    this.lastError = undefined;
    this.status.textContent = this.t.saving;

    // What is left to fetch (a resumed pack keeps what it has).
    const existing = (await caches.has(name)) ? await caches.open(name) : undefined;
    const todo: [string, number][] = [];
    let doneBytes = 0;
    let doneFiles = 0;
    for (const file of plan.files) {
      // Only content-hashed files are taken as they are: pages, the search index and the map are fetched
      // again, so saving over an older copy brings it up to date.
      if (existing && HASHED.test(file[0]) && (await existing.match(file[0]))) {
        doneBytes += file[1];
        doneFiles += 1;
      } else todo.push(file);
    }
    const need = plan.bytes - doneBytes;
    // Space first: a pack that cannot fit is not started (nothing saved half-way).
    if (navigator.storage?.estimate) {
      const { quota = Infinity, usage = 0 } = await navigator.storage.estimate();
      const free = quota - usage;
      if (need > free) {
        this.setState('error');
        this.status.textContent = this.t.noSpace(need, free);
        return;
      }
    }
    void navigator.storage?.persist?.().catch(() => false);

    const cache = existing ?? (await caches.open(name));
    // Saved again (another quality, a newer build): not "saved" until every file is in.
    await cache.delete(metaUrl(this.tour, this.lang));
    const controller = new AbortController();
    this.controller = controller;
    const pages = new Set(pack.pages);
    const update = () => {
      this.progress.max = plan.bytes;
      this.progress.value = doneBytes;
      this.status.textContent = this.t.progress(doneFiles, plan.files.length, doneBytes, plan.bytes);
      this.root.dataset.offlineFiles = `${doneFiles}/${plan.files.length}`;
    };
    update();
    let failure: unknown;
    const queue = [...todo];
    const worker = async () => {
      while (queue.length && !failure && !controller.signal.aborted) {
        const [url, bytes] = queue.shift()!;
        try {
          const response = await fetch(url, { signal: controller.signal, headers: { 'x-hg-pack': '1' } });
          if (!response.ok) throw new TypeError(`${url}: ${response.status}`);
          if (pages.has(url)) {
            const html = await response.text();
            const body = quality === 'full' ? html : trimViewerLevels(html, plan.maxLevelWidth);
            // The host's headers stay with the copy (a Content-Security-Policy among them); the length may not.
            const headers = new Headers(response.headers);
            headers.delete('content-length');
            headers.delete('content-encoding');
            await cache.put(url, new Response(body, { headers }));
          } else {
            await cache.put(url, response);
          }
          doneBytes += bytes;
          doneFiles += 1;
          update();
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    this.controller = undefined;

    if (controller.signal.aborted) {
      this.lastError = 'cancelled';
      this.setState('partial');
      this.status.textContent = this.t.cancelled;
      this.label();
      return;
    }
    if (failure) {
      if (failure instanceof DOMException && failure.name === 'QuotaExceededError') {
        // Out of space part-way: the half pack goes, so nothing is saved half-way.
        await deletePack(this.tour, this.lang);
        this.setState('error');
        this.status.textContent = this.t.quotaHit;
      } else {
        this.lastError = 'dropped';
        this.setState('error');
        this.status.textContent = this.t.dropped;
      }
      this.label();
      return;
    }
    const saved: SavedPack = {
      tour: this.tour,
      lang: this.lang,
      title: pack.title,
      quality,
      bytes: plan.bytes,
      files: plan.files.length,
      date: new Date().toISOString(),
      version: pack.version,
      url: pack.pages[0]!,
    };
    // Files an older copy had and this one has not (another quality, an older build) go.
    const keep = new Set(plan.files.map(([url]) => new URL(url, window.location.href).href));
    for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
    const json = { headers: { 'Content-Type': 'application/json' } };
    await cache.put(packListUrl(this.tour, this.lang), new Response(JSON.stringify(pack), json));
    await cache.put(metaUrl(this.tour, this.lang), new Response(JSON.stringify(saved), json));
    this.showSaved(saved);
  }

  private async delete(): Promise<void> {
    this.controller?.abort();
    await deletePack(this.tour, this.lang);
    this.saved = undefined;
    this.remove.hidden = true;
    this.lastError = undefined;
    this.setState('idle');
    this.status.textContent = this.t.deleted;
    this.label();
  }
}

/**
 * Resolves once the page's viewer is sharp, or at once on a page without one. The pack list (≈ 8 KiB
 * gzipped for the demo's largest tour) only puts a size on the button; fetched at once, it shared the
 * slow link with the viewer's first chunks and tiles (BENCHMARKS.md, "First view: turn 9"). A press
 * before it came fetches it itself (`save`).
 */
function viewerSharp(): Promise<void> {
  const viewer = startingViewer();
  return new Promise((resolve) => (viewer ? void whenSharp(viewer, resolve) : resolve()));
}

for (const root of document.querySelectorAll<HTMLElement>('[data-offline-tour]')) new TourSaver(root);
