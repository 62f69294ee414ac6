/** The offline page (/offline/, /en/offline/): the saved tours with size, date and delete. */
import { deletePack, formatDate, savedPacks } from './packs-store.ts';
import { offlineUi } from './strings.ts';

const root = document.querySelector<HTMLElement>('[data-offline-page]');

async function render(): Promise<void> {
  if (!root) return;
  const lang = root.dataset.lang ?? 'vi';
  const t = offlineUi(lang);
  // Served in place of a page that is not saved: say so, in both languages.
  const notice = root.querySelector<HTMLElement>('[data-offline-notice]');
  if (notice) notice.hidden = /\/offline\/$/.test(window.location.pathname);
  const list = root.querySelector<HTMLElement>('[data-offline-list]')!;
  const empty = root.querySelector<HTMLElement>('[data-offline-empty]')!;
  const packs = await savedPacks();
  list.replaceChildren(
    ...packs.map((pack) => {
      const item = document.createElement('li');
      item.dataset.savedTour = pack.tour;
      item.dataset.savedLang = pack.lang;
      const link = document.createElement('a');
      link.href = pack.url;
      link.textContent = pack.title;
      link.lang = pack.lang;
      const meta = document.createElement('span');
      meta.textContent = ` ${t.savedOn(pack.bytes, formatDate(pack.date, lang))} `;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button-secondary';
      remove.textContent = t.delete;
      remove.addEventListener('click', async () => {
        await deletePack(pack.tour, pack.lang);
        await render();
      });
      item.append(link, meta, remove);
      return item;
    }),
  );
  empty.hidden = packs.length > 0;
  root.dataset.offlineReady = String(packs.length);
}

void render();
