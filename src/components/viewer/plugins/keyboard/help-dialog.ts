/** The keyboard help overlay: a small modal dialog inside the viewer, built from text only. */
export function createHelpDialog(strings: { helpTitle: string; helpKeys: [string, string][]; close: string }): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.className = 'hg-help';
  dialog.setAttribute('aria-labelledby', 'hg-help-title');
  const title = document.createElement('h2');
  title.id = 'hg-help-title';
  title.textContent = strings.helpTitle;
  const list = document.createElement('dl');
  for (const [keys, action] of strings.helpKeys) {
    const dt = document.createElement('dt');
    const kbd = document.createElement('kbd');
    kbd.textContent = keys;
    dt.append(kbd);
    const dd = document.createElement('dd');
    dd.textContent = action;
    list.append(dt, dd);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'hg-help-close';
  close.textContent = strings.close;
  close.addEventListener('click', () => dialog.close());
  dialog.append(title, list, close);
  return dialog;
}
