/**
 * The search box as an ARIA combobox (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus
 * stays in the input, ↑/↓ move through the results, Enter opens one, Escape closes the list.
 * `popup` is the header box on every page (loaded on focus or `/` by SiteSearch.astro);
 * `page` is /search/, which reads and writes `?q=&type=&category=`.
 */
import { createSearchEngine, type PagefindApi, type SearchEngine, type SearchResults } from '../../search/search-engine.ts';
import { buildPanel, fillFilter, hitOptions, seeAllOption, type PanelParts, type SearchMode } from './render.ts';
import { searchStrings, type SearchStrings } from './strings.ts';

const SHOWN = { popup: 6, page: 10 } as const;
const HOTSPOTS_SHOWN = { popup: 2, page: 4 } as const;
const TYPING_PAUSE_MS = 120;

let engine: SearchEngine | undefined;
/** One Pagefind for the page, shared by the header box and the /search/ page's box. */
function sharedEngine(): SearchEngine {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  // A URL, not a module specifier: Pagefind's bundle is written after the site is built.
  const url = `${base}pagefind/pagefind.js`;
  engine ??= createSearchEngine(() => import(/* @vite-ignore */ url) as Promise<PagefindApi>, base);
  return engine;
}

class SearchBox {
  readonly #form: HTMLFormElement;
  readonly #input: HTMLInputElement;
  readonly #panel: HTMLElement;
  readonly #mode: SearchMode;
  readonly #t: SearchStrings;
  readonly #engine: SearchEngine;
  readonly #ui: PanelParts;
  readonly #idBase: string;
  #results: SearchResults | undefined;
  #shown = 0;
  #active = -1;
  #run = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(form: HTMLFormElement, mode: SearchMode) {
    this.#form = form;
    this.#mode = mode;
    this.#input = form.querySelector<HTMLInputElement>('[data-search-input]')!;
    this.#panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
    const lang = document.documentElement.lang;
    this.#t = searchStrings(lang);
    this.#engine = sharedEngine();
    this.#idBase = this.#input.id || `search-${mode}`;
    this.#ui = buildPanel(this.#panel, this.#t, mode, this.#idBase);

    const input = this.#input;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', this.#ui.list.id);
    input.setAttribute('aria-expanded', 'false');

    input.addEventListener('input', () => this.#typed());
    input.addEventListener('keydown', (event) => this.#key(event));
    input.addEventListener('focus', () => this.#input.value.trim() && this.#results && this.#setOpen(true));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.target !== input && this.#mode === 'popup') {
        this.#setOpen(false);
        input.focus();
      }
    });
    form.addEventListener('submit', (event) => this.#submit(event));
    form.addEventListener('focusout', (event) => {
      const next = (event as FocusEvent).relatedTarget as Node | null;
      if (this.#mode === 'popup' && !(next && form.contains(next))) this.#setOpen(false);
    });
    for (const select of Object.values(this.#ui.filters)) select.addEventListener('change', () => void this.search());
    this.#ui.more.addEventListener('click', () => void this.#showMore());

    if (mode === 'page') this.#readAddress();
    this.#setStatus(this.#input.value.trim() ? this.#t.searching : mode === 'page' ? this.#t.hint : '');
    void this.#loadFilters();
  }

  async #loadFilters(): Promise<void> {
    try {
      const facets = await this.#engine.facets();
      const { type, category } = this.#ui.filters;
      fillFilter(type, this.#t.anyType, facets.type, (value) => this.#t.types[value] ?? value);
      fillFilter(category, this.#t.anyCategory, facets.category, (value) => value);
    } catch {
      this.#setStatus(this.#t.failed);
    }
  }

  #readAddress(): void {
    const params = new URLSearchParams(location.search);
    this.#input.value = params.get('q') ?? '';
    for (const [name, select] of Object.entries(this.#ui.filters)) {
      const value = params.get(name);
      // The options arrive with the index; keep the wish until then.
      if (value) select.append(new Option(value, value, true, true));
    }
  }

  #writeAddress(): void {
    const params = new URLSearchParams();
    if (this.#input.value.trim()) params.set('q', this.#input.value.trim());
    for (const [name, select] of Object.entries(this.#ui.filters)) if (select.value) params.set(name, select.value);
    const query = params.size ? `?${params}` : '';
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}`);
  }

  #filters(): Record<string, string> {
    return Object.fromEntries(Object.entries(this.#ui.filters).map(([name, select]) => [name, select.value]));
  }

  #typed(): void {
    clearTimeout(this.#timer);
    this.#engine.preload(this.#input.value);
    this.#timer = setTimeout(() => void this.search(), TYPING_PAUSE_MS);
  }

  /** Runs the query in the box with the chosen filters and shows the first results. */
  async search(): Promise<void> {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const text = this.#input.value.trim();
    const filters = this.#filters();
    if (this.#mode === 'page') this.#writeAddress();
    if (!text && !Object.values(filters).some(Boolean)) {
      this.#results = undefined;
      this.#clear();
      this.#setStatus(this.#mode === 'page' ? this.#t.hint : '');
      if (this.#mode === 'popup') this.#setOpen(false);
      return;
    }
    this.#setOpen(this.#form.contains(document.activeElement));
    this.#setStatus(this.#t.searching);
    try {
      const results = await this.#engine.search(text, filters);
      const hits = await results.load(0, SHOWN[this.#mode]);
      if (run !== this.#run) return; // a newer query is on its way
      this.#results = results;
      this.#clear();
      this.#append(hits);
      if (this.#mode === 'popup' && results.total > hits.length) {
        const params = new URLSearchParams({ q: text, ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) });
        this.#ui.list.append(seeAllOption(`${this.#form.action}?${params}`, this.#t.seeAll(results.total), this.#idBase));
      }
      // Results that arrive after the visitor has left the box do not pop up again.
      this.#setOpen(this.#form.contains(document.activeElement));
      this.#setStatus(results.total ? this.#t.results(results.total, text) : this.#t.none(text));
    } catch (error) {
      if (run !== this.#run) return;
      this.#clear();
      this.#setStatus(this.#t.failed);
      console.warn('[search]', error);
    }
  }

  async #showMore(): Promise<void> {
    if (!this.#results) return;
    try {
      this.#append(await this.#results.load(this.#shown, this.#shown + SHOWN.page));
    } catch {
      this.#setStatus(this.#t.failed);
    }
  }

  #append(hits: Awaited<ReturnType<SearchResults['load']>>): void {
    for (const hit of hits) this.#ui.list.append(...hitOptions(hit, this.#t, this.#idBase, HOTSPOTS_SHOWN[this.#mode]));
    this.#shown += hits.length;
    this.#ui.more.hidden = this.#mode !== 'page' || this.#shown >= (this.#results?.total ?? 0);
  }

  #clear(): void {
    this.#ui.list.replaceChildren();
    this.#shown = 0;
    this.#setActive(-1);
    this.#ui.more.hidden = true;
  }

  #options(): HTMLElement[] {
    return [...this.#ui.list.querySelectorAll<HTMLElement>('[role="option"]')];
  }

  #setActive(index: number): void {
    const options = this.#options();
    options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const current = options[index];
    if (current) {
      current.setAttribute('aria-selected', 'true');
      current.scrollIntoView({ block: 'nearest' });
      this.#input.setAttribute('aria-activedescendant', current.id);
    } else {
      this.#input.removeAttribute('aria-activedescendant');
    }
  }

  #setOpen(open: boolean): void {
    // The page's list is always there; the popup only while there is something asked.
    const shown = this.#mode === 'page' || (open && (this.#input.value.trim() !== '' || Object.values(this.#filters()).some(Boolean)));
    if (this.#mode === 'popup') this.#panel.hidden = !shown;
    this.#input.setAttribute('aria-expanded', String(shown && this.#options().length > 0));
    if (!shown) this.#setActive(-1);
  }

  #setStatus(text: string): void {
    this.#ui.status.textContent = text;
    this.#ui.status.hidden = text === '';
  }

  #key(event: KeyboardEvent): void {
    const options = this.#options();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        this.#setOpen(true);
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        // From the box, ↓ goes to the first result and ↑ to the last; both wrap around.
        const from = this.#active === -1 ? (step === 1 ? -1 : options.length) : this.#active;
        this.#setActive((from + step + options.length) % options.length);
        return;
      }
      case 'Enter': {
        const link = options[this.#active];
        if (link instanceof HTMLAnchorElement) {
          event.preventDefault();
          link.click();
        }
        return;
      }
      case 'Escape':
        if (this.#mode === 'popup' && !this.#panel.hidden) {
          event.preventDefault();
          this.#setOpen(false);
        } else if (this.#input.value) {
          // Second Escape empties the box, like the browser's own search fields.
          event.preventDefault();
          this.#input.value = '';
          void this.search();
        }
        return;
      default:
    }
  }

  #submit(event: SubmitEvent): void {
    // The header box without a chosen result goes to the search page (the form's own action).
    if (this.#mode === 'popup') return;
    event.preventDefault();
    void this.search();
  }
}

/** Turns a `<form>` with `[data-search-input]` and `[data-search-panel]` into a live search box. */
export function mountSearch(form: HTMLFormElement, mode: SearchMode): void {
  if (form.dataset.searchReady !== undefined) return;
  form.dataset.searchReady = '';
  const box = new SearchBox(form, mode);
  // Typed while the UI loaded, or asked for in the address (a query, or a filter alone).
  const asked = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-search-input], select')].some((field) => field.value.trim());
  if (asked) void box.search();
}
