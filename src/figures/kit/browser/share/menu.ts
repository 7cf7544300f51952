/**
 * The Share menu beside "Copy link to this view": copy embed code, download SVG, download PNG. A menu button
 * (WAI-ARIA APG): Enter or Space opens it on the first item (and, once this module has loaded, ↓ does too, ↑ on
 * the last; before that the button's only listener is the kit's click), ↑ ↓ Home End move, Enter runs an item,
 * Escape closes it and returns to the button, Tab closes it and moves on. It sits in the flow under the
 * figure's buttons rather than floating, so no figure's paint containment or an embed's frame can clip it.
 *
 * This whole module loads on the first press of Share (browser/element.ts imports it then): a page whose
 * reader never shares pays nothing for it.
 */
import { title as courseTitle } from './course-title.ts';
import { SHARE_TEXT } from '../../contract/share-text.ts';
import { embedCode } from './embed-code.ts';
import { figureSvg, svgFile } from './export-svg.ts';
import { svgToPng } from './export-png.ts';
import { saveFile } from './save-file.ts';

/** What the menu needs of a figure element. */
export interface Shareable extends HTMLElement {
  readonly shareQuery: string;
}

type Say = (text: string) => void;

/** The embed page's own edges around the figure (padding and the line naming its source), in CSS px. */
const EMBED_CHROME = 48;

const ITEMS = [
  { action: 'embed', label: SHARE_TEXT.copyEmbed },
  { action: 'svg', label: SHARE_TEXT.downloadSvg },
  { action: 'png', label: SHARE_TEXT.downloadPng },
] as const;

const menus = new WeakMap<HTMLButtonElement, ShareMenu>();

/** Opens the figure's Share menu, or closes it when open (a second press of the button). */
export function toggleShareMenu(figure: Shareable, button: HTMLButtonElement, say: Say): void {
  let menu = menus.get(button);
  if (!menu) menus.set(button, (menu = new ShareMenu(figure, button, say)));
  if (menu.isOpen) menu.close(true);
  else menu.open('first');
}

/** The figure's title as its reader sees it, without "Figure 3.". */
function figureTitle(figure: HTMLElement): string {
  const title = figure.querySelector('.bl-figure__title')?.cloneNode(true) as HTMLElement | undefined;
  title?.querySelector('.bl-figure__number')?.remove();
  return title?.textContent?.trim() ?? figure.id;
}

/** Whether this document may write to the clipboard, where the browser says (Chromium's permissions policy API). */
function clipboardAllowed(): boolean {
  type Policy = { allowsFeature(name: string): boolean };
  const page = document as Document & { permissionsPolicy?: Policy; featurePolicy?: Policy };
  const rules = page.permissionsPolicy ?? page.featurePolicy;
  return !rules || rules.allowsFeature('clipboard-write');
}

class ShareMenu {
  private readonly figure: Shareable;
  private readonly button: HTMLButtonElement;
  private readonly say: Say;
  private readonly list: HTMLElement;
  private readonly items: HTMLButtonElement[];
  private code: HTMLTextAreaElement | undefined;

  constructor(figure: Shareable, button: HTMLButtonElement, say: Say) {
    this.figure = figure;
    this.button = button;
    this.say = say;
    this.list = document.createElement('div');
    this.list.className = 'bl-share';
    this.list.id = `${figure.id}-share`;
    this.list.setAttribute('role', 'menu');
    this.list.setAttribute('aria-label', SHARE_TEXT.menu);
    this.list.hidden = true;
    this.items = ITEMS.map(({ action, label }) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
      item.textContent = label;
      item.addEventListener('click', () => {
        this.close(true);
        void this.run(action);
      });
      return item;
    });
    this.list.append(...this.items);
    button.setAttribute('aria-controls', this.list.id);
    button.after(this.list);
    this.list.addEventListener('keydown', (event) => this.onMenuKey(event));
    button.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        this.open(event.key === 'ArrowDown' ? 'first' : 'last');
      }
    });
    // Focus or a press anywhere else closes it, as a menu does.
    this.list.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (this.isOpen && next && !this.list.contains(next) && next !== button) this.close(false);
    });
    document.addEventListener('pointerdown', (event) => {
      const target = event.target as Node;
      if (this.isOpen && !this.list.contains(target) && !button.contains(target)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.list.hidden;
  }

  open(at: 'first' | 'last'): void {
    if (this.code) this.code.hidden = true;
    this.list.hidden = false;
    this.button.setAttribute('aria-expanded', 'true');
    this.focusItem(at === 'first' ? 0 : this.items.length - 1);
  }

  close(returnFocus: boolean): void {
    this.list.hidden = true;
    this.button.setAttribute('aria-expanded', 'false');
    if (returnFocus) this.button.focus();
  }

  private focusItem(index: number): void {
    const count = this.items.length;
    this.items[((index % count) + count) % count].focus();
  }

  private onMenuKey(event: KeyboardEvent): void {
    const current = this.items.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: this.items.length - 1 };
    if (event.key in moves) {
      event.preventDefault();
      this.focusItem(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // The deck and the figure's own keys must not also take this Escape.
      event.stopPropagation();
      this.close(true);
    } else if (event.key === 'Tab') {
      this.close(false);
    }
  }

  private async run(action: (typeof ITEMS)[number]['action']): Promise<void> {
    const { figure } = this;
    const title = figureTitle(figure);
    if (action === 'embed') {
      const code = embedCode({
        origin: location.origin,
        base: import.meta.env.BASE_URL,
        id: figure.id,
        query: figure.shareQuery,
        title,
        height: figure.getBoundingClientRect().height + EMBED_CHROME,
      });
      try {
        // A frame the host did not allow the clipboard (allow="clipboard-write") is refused it, and Chromium says
        // so on the console of someone else's page: ask the policy first, and go straight to the box.
        if (!clipboardAllowed()) throw new Error('clipboard-write is not allowed here');
        await navigator.clipboard.writeText(code);
        this.say(SHARE_TEXT.embedCopied);
      } catch {
        this.showCode(code);
      }
      return;
    }
    const plot = figure.querySelector('[data-plot]');
    if (!plot) return;
    try {
      const card = figure.querySelector('figure') ?? figure;
      const svg = figureSvg(plot, {
        title,
        course: courseTitle,
        background: getComputedStyle(card).backgroundColor,
        ink: getComputedStyle(card).color,
        muted: getComputedStyle(figure.querySelector('.bl-figure__number') ?? card).color,
      });
      const text = svgFile(svg);
      if (action === 'svg') {
        saveFile(new Blob([text], { type: 'image/svg+xml' }), `${figure.id}.svg`);
        this.say(SHARE_TEXT.svgSaved);
      } else {
        saveFile(await svgToPng(text, Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))), `${figure.id}.png`);
        this.say(SHARE_TEXT.pngSaved);
      }
    } catch (error) {
      console.warn('Bending Lines: the figure could not be exported', error);
      this.say(SHARE_TEXT.imageFailed);
    }
  }

  /** The clipboard said no (a frame without permission, say): the code in a box, selected, to copy by hand. */
  private showCode(code: string): void {
    if (!this.code) {
      this.code = document.createElement('textarea');
      this.code.className = 'bl-share__code';
      this.code.readOnly = true;
      this.code.rows = 4;
      this.code.setAttribute('aria-label', SHARE_TEXT.embedBox);
      this.list.after(this.code);
    }
    this.code.value = code;
    this.code.hidden = false;
    this.code.focus();
    this.code.select();
    this.say(SHARE_TEXT.embedShown);
  }
}
