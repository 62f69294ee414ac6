/**
 * The DOM of the search panel: filters, a live status line and the results as a listbox whose
 * options hold real links (so a click, a middle-click or "open in new tab" work as on any link).
 * Text from the index goes in as text; only Pagefind's excerpts, which it escapes and marks up
 * itself, go in as HTML.
 */
import type { SearchHit } from '../../search/hits.ts';
import type { SearchStrings } from './strings.ts';

export type SearchMode = 'popup' | 'page';

export interface PanelParts {
  filters: Record<'type' | 'category', HTMLSelectElement>;
  status: HTMLElement;
  list: HTMLUListElement;
  more: HTMLButtonElement;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function filterSelect(idBase: string, name: string, label: string): [HTMLElement, HTMLSelectElement] {
  const wrap = element('div', 'search-filter');
  wrap.hidden = true; // until the index says which values exist (fillFilter)
  const select = element('select');
  select.id = `${idBase}-${name}`;
  // Named like the page's query parameters: submitting the form carries the filters to /search/.
  select.name = name;
  const caption = element('label', undefined, label);
  caption.htmlFor = select.id;
  wrap.append(caption, select);
  return [wrap, select];
}

/** Builds the panel's skeleton once; the status line must exist before it changes to be announced. */
export function buildPanel(panel: HTMLElement, t: SearchStrings, mode: SearchMode, idBase: string): PanelParts {
  const filters = element('div', 'search-filters');
  const [typeWrap, type] = filterSelect(idBase, 'type', t.typeLabel);
  const [categoryWrap, category] = filterSelect(idBase, 'category', t.categoryLabel);
  filters.append(typeWrap, categoryWrap);

  const status = element('p', 'search-status');
  status.setAttribute('role', 'status');
  status.id = `${idBase}-status`;

  const list = element('ul', 'search-results');
  list.id = `${idBase}-listbox`;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t.resultsLabel);

  const more = element('button', 'search-more', t.more);
  more.type = 'button';
  more.hidden = true;

  panel.replaceChildren(filters, status, list, ...(mode === 'page' ? [more] : []));
  panel.classList.add('search-panel', `search-panel--${mode}`);
  return { filters: { type, category }, status, list, more };
}

/** Options "all" + each value present in the index, keeping the current choice if it still exists. */
export function fillFilter(select: HTMLSelectElement, anyLabel: string, values: Record<string, number> | undefined, label: (value: string) => string): void {
  const current = select.value;
  const options = [new Option(anyLabel, '')];
  for (const value of Object.keys(values ?? {}).sort((a, b) => label(a).localeCompare(label(b)))) {
    options.push(new Option(label(value), value));
  }
  select.replaceChildren(...options);
  select.value = options.some((o) => o.value === current) ? current : '';
  // A filter with a single value cannot narrow anything: no point showing it.
  select.parentElement!.hidden = options.length <= 2 && !select.value;
}

function option(id: string, href: string, className: string): [HTMLLIElement, HTMLAnchorElement] {
  const li = element('li', className);
  li.setAttribute('role', 'none');
  // The link is the option: a real link (click, middle-click, "open in new tab"), and no
  // interactive element nested in another.
  const link = element('a');
  link.id = id;
  link.href = href;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  // Keyboard users move with the arrow keys (aria-activedescendant); Tab leaves the results.
  link.tabIndex = -1;
  li.append(link);
  return [li, link];
}

function texts(title: string, kicker: string, excerpt: string): HTMLElement {
  const body = element('span', 'search-hit-text');
  const excerptNode = element('span', 'search-hit-excerpt');
  excerptNode.innerHTML = excerpt;
  body.append(element('span', 'search-hit-title', title), element('span', 'search-hit-kicker', kicker), excerptNode);
  return body;
}

/** A result, then one option per hotspot of it that matched (a deep link to that view). */
export function hitOptions(hit: SearchHit, t: SearchStrings, idBase: string, maxHotspots: number): HTMLLIElement[] {
  const [li, link] = option(`${idBase}-${hit.id}`, hit.url, 'search-hit');
  li.dataset.type = hit.type;
  const image = element('img', 'search-hit-image');
  image.alt = '';
  image.width = 96;
  image.height = 54;
  image.loading = 'lazy';
  image.decoding = 'async';
  if (hit.image) image.src = hit.image;
  const kind = t.types[hit.type] ?? '';
  const tour = hit.tour && hit.type !== 'tour' ? t.tourOf(hit.tour) : hit.category;
  link.append(image, texts(hit.title, [kind, tour].filter(Boolean).join(' · '), hit.excerpt));

  const spots = hit.hotspots.slice(0, maxHotspots).map((spot, index) => {
    const [spotLi, spotLink] = option(`${idBase}-${hit.id}-h${index}`, spot.url, 'search-hit search-hit--hotspot');
    spotLi.dataset.type = 'hotspot';
    spotLink.append(texts(spot.title, t.hotspotIn(hit.title), spot.excerpt));
    return spotLi;
  });
  return [li, ...spots];
}

/** The popup's last option: the full results page for this query and filters. */
export function seeAllOption(href: string, text: string, idBase: string): HTMLLIElement {
  const [li, link] = option(`${idBase}-all`, href, 'search-all');
  link.textContent = text;
  return li;
}
