import { all } from './tokens';
import { buildSelector, type BuiltSelector, type PickKind } from './selector';

/**
 * The point-and-click picker, injected into the support tool's tab by the console (/picker.js,
 * see lib/console/tool-picker.ts). It outlines what the pointer is over and what the selector
 * built from it would find, picks on click and gives up on Esc. The page never sees the
 * clicks while it runs, and everything it added is removed when it ends.
 *
 *   console ─executeScript(pick)─▶ overlay ─hover─▶ buildSelector ─▶ outlines + label
 *                                    └─click─▶ answer (a Promise: executeScript waits for it)
 */
export interface PickOptions {
  messages?: string;
  /** Shown at the top of the page: what to click, in the lead's language. */
  hint: string;
  /** "1 found" / "3 found", with $1 for the number. */
  foundLabel: string;
}

export type PickAnswer = { ok: true; selector: string; count: number } | { ok: false; reason: 'cancelled' | 'nothing' };

export interface PickerApi {
  pick(kind: PickKind, options: PickOptions): Promise<PickAnswer>;
  cancel(): void;
}

const STYLE = `
  .box { position: fixed; pointer-events: none; border: 2px solid #d9480f; background: rgba(217, 72, 15, .08); border-radius: 3px; }
  .other { position: fixed; pointer-events: none; border: 1px dashed #d9480f; border-radius: 3px; }
  .label { position: fixed; pointer-events: none; font: 12px/1.4 system-ui, sans-serif; background: #d9480f; color: #fff; padding: 2px 6px; border-radius: 3px; max-width: 60vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .banner { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); pointer-events: none; font: 14px/1.4 system-ui, sans-serif; background: #212529; color: #fff; padding: 6px 14px; border-radius: 6px; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
`;
const MAX_OUTLINES = 40;
const SWALLOWED = ['mousedown', 'mouseup', 'pointerdown', 'pointerup', 'auxclick', 'dblclick', 'contextmenu'] as const;

function place(box: HTMLElement, el: Element): void {
  const r = el.getBoundingClientRect();
  Object.assign(box.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
}

export function createPicker(doc: Document = document): PickerApi {
  let stop: ((answer: PickAnswer) => void) | null = null;

  function pick(kind: PickKind, options: PickOptions): Promise<PickAnswer> {
    stop?.({ ok: false, reason: 'cancelled' });
    const view = doc.defaultView ?? window;
    const host = doc.createElement('kizuki-picker');
    host.setAttribute('style', 'all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483647;');
    // Open, so the end-to-end tests can see the outline; the page could find the host anyway.
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<style>${STYLE}</style><div class="banner"></div><div class="box" hidden></div><div class="label" hidden></div>`;
    const [banner, box, label] = ['.banner', '.box', '.label'].map((s) => shadow.querySelector(s) as HTMLElement) as [HTMLElement, HTMLElement, HTMLElement];
    banner.textContent = options.hint;
    doc.documentElement.append(host);

    let hovered: Element | null = null;
    let built: BuiltSelector | null = null;
    let frame = 0;
    const others: HTMLElement[] = [];

    const draw = () => {
      frame = 0;
      if (!hovered) return;
      built = buildSelector(hovered, kind, { messages: options.messages });
      box.hidden = false;
      place(box, hovered);
      label.hidden = !built;
      label.textContent = built ? `${built.selector} · ${options.foundLabel.replace('$1', String(built.count))}` : '';
      const r = hovered.getBoundingClientRect();
      Object.assign(label.style, { left: `${Math.max(0, r.left)}px`, top: `${r.top > 24 ? r.top - 22 : r.bottom + 2}px` });
      const also = built && kind !== 'author' ? all(doc, built.selector.split('>>>')[0] as string).filter((el) => el !== hovered).slice(0, MAX_OUTLINES) : [];
      while (others.length < also.length) others.push(shadow.appendChild(Object.assign(doc.createElement('div'), { className: 'other' })));
      others.forEach((o, i) => { o.hidden = i >= also.length; if (also[i]) place(o, also[i]); });
    };
    const onMove = (event: Event) => {
      const target = event.target as Element | null;
      if (!target || target === hovered || target === host) return;
      hovered = target;
      frame ||= view.requestAnimationFrame(draw);
    };
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };

    return new Promise<PickAnswer>((resolve) => {
      const finish = (answer: PickAnswer) => {
        stop = null;
        if (frame) view.cancelAnimationFrame(frame);
        view.removeEventListener('mouseover', onMove, true);
        view.removeEventListener('mousemove', onMove, true);
        view.removeEventListener('click', onClick, true);
        view.removeEventListener('keydown', onKey, true);
        for (const type of SWALLOWED) view.removeEventListener(type, swallow, true);
        host.remove();
        resolve(answer);
      };
      const onClick = (event: MouseEvent) => {
        swallow(event);
        const target = event.target as Element | null;
        const answer = target ? buildSelector(target, kind, { messages: options.messages }) : null;
        finish(answer ? { ok: true, ...answer } : { ok: false, reason: 'nothing' });
      };
      const onKey = (event: KeyboardEvent) => {
        if (event.key !== 'Escape') return;
        swallow(event);
        finish({ ok: false, reason: 'cancelled' });
      };
      stop = finish;
      view.addEventListener('mouseover', onMove, true);
      view.addEventListener('mousemove', onMove, true);
      view.addEventListener('click', onClick, true);
      view.addEventListener('keydown', onKey, true);
      for (const type of SWALLOWED) view.addEventListener(type, swallow, true);
    });
  }

  return { pick, cancel: () => stop?.({ ok: false, reason: 'cancelled' }) };
}

/** The picker's global in the extension's isolated world: installed once however often /picker.js is injected. */
export function installPicker(): void {
  const shared = globalThis as { __kizukiPicker?: PickerApi };
  shared.__kizukiPicker ??= createPicker();
}
