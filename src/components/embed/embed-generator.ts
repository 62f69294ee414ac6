/**
 * The embed code generator's behaviour: options → preview address and the two snippets. Loaded
 * on the first click of "Nhúng vào trang web của bạn" (EmbedGenerator.astro).
 */
import { iframeSnippet } from '../../embed/oembed.ts';

function embedUrl(form: HTMLFormElement, tourId: string): URL {
  const data = new FormData(form);
  const scene = String(data.get('scene') ?? '');
  const english = data.get('lang') === 'en';
  const url = new URL(`${english ? '/en' : ''}/embed/${tourId}/${scene ? `${scene}/` : ''}`, location.origin);
  const ui = String(data.get('ui'));
  if (ui !== 'full') url.searchParams.set('ui', ui);
  if (data.get('lang') === 'en') url.searchParams.set('lang', 'en');
  if (!data.get('gallery')) url.searchParams.set('gallery', '0');
  if (data.get('autorotate')) url.searchParams.set('autorotate', '1');
  return url;
}

/** The preview's iframe, made from its template the first time the generator opens (EmbedGenerator.astro). */
function previewFrame(dialog: HTMLDialogElement): HTMLIFrameElement {
  const template = dialog.querySelector<HTMLTemplateElement>('template[data-embed-preview-template]');
  if (template) template.replaceWith(template.content.cloneNode(true));
  return dialog.querySelector<HTMLIFrameElement>('iframe[data-embed-preview]')!;
}

function refresh(dialog: HTMLDialogElement): void {
  const form = dialog.querySelector('form')!;
  const tourId = dialog.dataset.tour!;
  const url = embedUrl(form, tourId);
  const width = Math.min(1920, Math.max(240, Number(new FormData(form).get('width')) || 960));
  const height = Math.round((width * 9) / 16);
  const preview = previewFrame(dialog);
  if (preview.src !== url.href) preview.src = url.href;
  const title = document.title;
  dialog.querySelector<HTMLTextAreaElement>('[data-embed-code="iframe"]')!.value = iframeSnippet(url.href, title, width, height);
  const attrs = [`tour="${tourId}"`];
  for (const [name, value] of url.searchParams) attrs.push(`${name}="${value}"`);
  const scene = new FormData(form).get('scene');
  if (scene) attrs.splice(1, 0, `scene="${scene}"`);
  dialog.querySelector<HTMLTextAreaElement>('[data-embed-code="script"]')!.value =
    `<script src="${location.origin}/embed.js" defer></script>\n<hg-tour ${attrs.join(' ')} style="max-width:${width}px"></hg-tour>`;
}

const wired = new WeakSet<HTMLDialogElement>();

export function openGenerator(dialog: HTMLDialogElement): void {
  if (!wired.has(dialog)) {
    wired.add(dialog);
    const form = dialog.querySelector('form')!;
    form.addEventListener('input', () => refresh(dialog));
    form.addEventListener('change', () => refresh(dialog));
    for (const button of dialog.querySelectorAll<HTMLButtonElement>('[data-embed-copy]')) {
      button.addEventListener('click', async () => {
        const code = dialog.querySelector<HTMLTextAreaElement>(`[data-embed-code="${button.dataset.embedCopy}"]`)!;
        code.select();
        const label = button.textContent;
        await navigator.clipboard?.writeText(code.value).catch(() => undefined);
        button.textContent = dialog.dataset.copied ?? '✓';
        setTimeout(() => (button.textContent = label), 2000);
      });
    }
  }
  refresh(dialog);
  dialog.showModal();
}
