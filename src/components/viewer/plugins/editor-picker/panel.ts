/**
 * The editor mode's small panel: the picked position, a choice between a link arrow and an info
 * hotspot, the YAML to paste and the current view. Words are Vietnamese with English in
 * brackets, like the files the scaffolder writes (editors are Vietnamese; the guide is in both).
 * Plain DOM built from text only: scene titles never become HTML.
 */
import type { EditorPoint } from './snippets.ts';

export type PickKind = 'link' | 'hotspot' | 'area';

/** What the panel shows under the position. */
export type PanelState =
  | { mode: 'pick'; point: EditorPoint }
  | { mode: 'moved-link'; point: EditorPoint; to: string }
  | { mode: 'moved-hotspot'; point: EditorPoint; id: string }
  /** An area being drawn (issue 17): corners so far; `closed` once Enter ended it. */
  | { mode: 'area'; point: EditorPoint; corners: EditorPoint[]; closed: boolean };

const STYLE = `
.hg-editor{position:absolute;top:8px;left:8px;z-index:250;width:min(360px,calc(100% - 16px));max-height:calc(100% - 80px);overflow:auto;
  background:#fff;color:#1a1a1a;border:2px solid #b45309;border-radius:8px;padding:10px 12px;font:13px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px #0004}
.hg-editor[hidden],.hg-editor [hidden]{display:none!important}
.hg-editor h2{font-size:14px;margin:0 0 6px}
.hg-editor pre{background:#f4f1ea;border-radius:4px;padding:6px 8px;margin:4px 0;white-space:pre-wrap;font:12px/1.4 ui-monospace,monospace;user-select:all}
.hg-editor p{margin:4px 0}
.hg-editor fieldset{border:0;padding:0;margin:4px 0;display:flex;gap:12px;flex-wrap:wrap}
.hg-editor button{font:inherit;padding:2px 8px;cursor:pointer}
.hg-editor .hg-editor-close{position:absolute;top:6px;right:6px}
.hg-editor [data-editor-status]{color:#166534;min-height:1.4em}
.hg-editing .psv-canvas-container{cursor:crosshair}
.hg-editing .hg-hotspot,.hg-editing .psv-virtual-tour-link{cursor:move;outline:2px dashed #f59e0b;outline-offset:2px}
.hg-editing .hg-area{pointer-events:none}
.hg-editor-area{pointer-events:none;fill:rgb(245 158 11 / 0.2);stroke:#f59e0b;stroke-width:2px;stroke-dasharray:5 3}
.hg-editor-pick{pointer-events:none;width:24px;height:24px;border:2px solid #fff;border-radius:50%;box-shadow:0 0 0 2px #b45309,inset 0 0 0 2px #b45309}
`;

export interface PanelCallbacks {
  /** The kind, target scene or hotspot id changed: the snippet must be written again. */
  onInput(): void;
  onCopy(text: string): void;
  onClose(): void;
  /** Another scene was chosen for the arrival line. */
  onArrivalInput(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

export class EditorPanel {
  readonly root = element('section', { className: 'hg-editor', hidden: true });
  private readonly position = element('p');
  private readonly kindField = element('fieldset');
  private readonly target = element('select');
  private readonly hotspotId = element('input', { type: 'text', size: 16, spellcheck: false });
  private readonly targetLabel = element('label', {}, 'Tới cảnh [To scene] ', this.target);
  private readonly idLabel = element('label', {}, 'id ', this.hotspotId);
  private readonly note = element('p');
  private readonly snippet = element('pre');
  private readonly view = element('pre');
  private readonly status = element('p');
  /** The arrival line: which way the tourist faces on arriving here through another scene's arrow (issue 17). */
  private readonly arrivalFrom = element('select');
  private readonly arrival = element('pre');
  private readonly arrivalNote = element('p');
  private readonly arrivalBox = element('div');
  private readonly copySnippet: HTMLButtonElement;
  private readonly hotspotRadio: HTMLInputElement;
  private readonly areaRadio: HTMLInputElement;
  private readonly callbacks: PanelCallbacks;

  constructor(callbacks: PanelCallbacks) {
    this.callbacks = callbacks;
    if (!document.getElementById('hg-editor-picker-style')) document.head.append(element('style', { id: 'hg-editor-picker-style', textContent: STYLE }));
    this.root.setAttribute('aria-label', 'Chế độ soạn [Editor mode]');
    this.root.dataset.editor = '';
    this.snippet.dataset.editorSnippet = '';
    this.view.dataset.editorView = '';
    this.status.dataset.editorStatus = '';
    this.status.setAttribute('role', 'status');
    this.target.dataset.editorTarget = '';
    this.hotspotId.dataset.editorHotspotId = '';
    const radio = (value: string, label: string) => {
      const input = element('input', { type: 'radio', name: 'hg-editor-kind', value, checked: value === 'link' });
      input.addEventListener('change', () => this.refreshFields());
      this.kindField.append(element('label', {}, input, ` ${label}`));
      return input;
    };
    radio('link', 'Mũi tên [Link]');
    this.hotspotRadio = radio('hotspot', 'Điểm thông tin [Hotspot]');
    this.areaRadio = radio('area', 'Vùng [Area]');
    this.target.addEventListener('change', () => callbacks.onInput());
    this.hotspotId.addEventListener('input', () => callbacks.onInput());
    this.arrivalFrom.dataset.editorArrivalFrom = '';
    this.arrival.dataset.editorArrival = '';
    this.arrivalFrom.addEventListener('change', () => callbacks.onArrivalInput());
    const copy = (source: HTMLElement) => element('button', { type: 'button', textContent: 'Sao chép [Copy]', onclick: () => callbacks.onCopy(source.textContent ?? '') });
    this.copySnippet = copy(this.snippet);
    this.root.append(
      element('h2', {}, 'Chế độ soạn [Editor mode]'),
      element('button', { type: 'button', className: 'hg-editor-close', textContent: '×', title: 'Tắt (phím E) [Turn off (E key)]', onclick: () => callbacks.onClose() }),
      element('p', {
        textContent:
          'Bấm vào ảnh để lấy vị trí; kéo mũi tên hoặc nút (i) để dời chúng. Vùng: bấm từng góc, Enter để khép, Esc để huỷ. Phím E bật/tắt. [Click the photo to get a position; drag arrows and (i) buttons to move them. Area: click each corner, Enter closes it, Escape cancels. E turns this on and off.]',
      }),
      this.position,
      this.kindField,
      this.targetLabel,
      this.idLabel,
      this.note,
      this.snippet,
      this.copySnippet,
      element('p', {}, element('strong', { textContent: 'Hướng nhìn hiện tại [Current view]' })),
      this.view,
      copy(this.view),
      this.arrivalBox,
      this.status,
    );
    this.arrivalBox.append(
      element('p', {}, element('strong', { textContent: 'Hướng nhìn khi đến [Arrival direction]' })),
      element('p', { textContent: 'Quay ảnh về hướng khách nên nhìn khi đến cảnh này qua mũi tên. [Turn the view to where visitors should face on arriving here through an arrow.]' }),
      element('label', {}, 'Đến từ cảnh [Arriving from] ', this.arrivalFrom),
      this.arrivalNote,
      this.arrival,
      copy(this.arrival),
    );
    // The viewer turns mouse drags into rotation and arrow keys into moves: not inside the panel.
    for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown', 'click']) this.root.addEventListener(type, (e) => e.stopPropagation());
    this.showState(undefined);
  }

  get kind(): PickKind {
    return this.areaRadio.checked ? 'area' : this.hotspotRadio.checked ? 'hotspot' : 'link';
  }

  get targetScene(): string {
    return this.target.value;
  }

  get hotspotIdValue(): string {
    return this.hotspotId.value.trim() || 'diem-moi';
  }

  /** The other scenes of the tour, for the link's `to`. */
  setScenes(scenes: { id: string; title: string }[]): void {
    const previous = this.target.value;
    this.target.replaceChildren(...scenes.map((s) => element('option', { value: s.id, textContent: `${s.id} — ${s.title}` })));
    if (scenes.some((s) => s.id === previous)) this.target.value = previous;
  }

  setHotspotId(id: string): void {
    this.hotspotId.value = id;
  }

  /** Writes the position, the explanation and the snippet for a state (undefined: nothing picked yet). */
  showState(state: PanelState | undefined, snippet = ''): void {
    // The kind is chosen before the first click too: an area's first click is already a corner.
    const picking = !state || state.mode === 'pick' || state.mode === 'area';
    this.kindField.hidden = !picking;
    this.position.replaceChildren();
    if (state) {
      const out = element('output', { textContent: `yaw: ${state.point.yaw}°, pitch: ${state.point.pitch}°` });
      out.dataset.editorYaw = String(state.point.yaw);
      out.dataset.editorPitch = String(state.point.pitch);
      this.position.append(element('strong', { textContent: 'Vị trí [Position]: ' }), out);
      if (state.mode === 'area') {
        const count = element('output', { textContent: ` — ${state.corners.length} góc [corners]` });
        count.dataset.editorCorners = String(state.corners.length);
        this.position.append(count);
      }
    }
    this.note.textContent =
      state === undefined
        ? 'Chưa chọn điểm nào. [Nothing picked yet.]'
        : state.mode === 'area'
          ? state.closed
            ? 'Dán các dòng này dưới "hotspots:", rồi sửa title và text. [Paste under "hotspots:", then edit title and text.]'
            : state.corners.length < 3
              ? 'Bấm thêm góc (ít nhất 3); Esc để huỷ. [Click more corners (at least 3); Escape cancels.]'
              : 'Bấm thêm góc, hoặc Enter để khép vùng; Esc để huỷ. [Click more corners, or Enter to close the area; Escape cancels.]'
          : state.mode === 'pick'
          ? this.kind === 'link'
            ? 'Dán dòng này dưới "links:" trong tệp .mdx của cảnh. [Paste this line under "links:" in the scene’s .mdx file.]'
            : 'Dán các dòng này dưới "hotspots:", rồi sửa title và text. [Paste under "hotspots:", then edit title and text.]'
          : state.mode === 'moved-link'
            ? `Thay dòng cũ của mũi tên tới "${state.to}" bằng dòng này. [Replace the old line of the arrow to "${state.to}".]`
            : `Sửa yaw và pitch của điểm "${state.id}" thành các số này. [Set yaw and pitch of hotspot "${state.id}" to these.]`;
    this.snippet.textContent = snippet;
    this.snippet.hidden = !snippet;
    this.copySnippet.hidden = !snippet;
    this.refreshFields(false);
  }

  setView(text: string): void {
    this.view.textContent = text;
  }

  /** The scenes with an arrow to the one on screen; `preferred` (where the editor came from) is chosen first. */
  setArrivalSources(scenes: { id: string; title: string }[], preferred?: string): void {
    this.arrivalBox.hidden = scenes.length === 0;
    const previous = this.arrivalFrom.value;
    this.arrivalFrom.replaceChildren(...scenes.map((s) => element('option', { value: s.id, textContent: `${s.id} — ${s.title}` })));
    const keep = [preferred, previous].find((id) => id && scenes.some((s) => s.id === id));
    if (keep) this.arrivalFrom.value = keep;
  }

  get arrivalSource(): string {
    return this.arrivalFrom.value;
  }

  /** The arrow line of scene `from`, with `arrive:` set to the view on screen. */
  setArrival(from: string, text: string): void {
    this.arrivalNote.textContent = `Thay dòng mũi tên tới cảnh này trong tệp ${from}.mdx bằng dòng này. [Replace the line of the arrow to this scene in ${from}.mdx.]`;
    this.arrival.textContent = text;
  }

  setStatus(text: string): void {
    this.status.textContent = text;
  }

  private refreshFields(notify = true): void {
    const picking = !this.kindField.hidden;
    this.targetLabel.hidden = !picking || this.kind !== 'link';
    this.idLabel.hidden = !picking || this.kind === 'link';
    if (notify) this.callbacks.onInput();
  }
}
