import words from 'virtual:text/figure-points';
import dataWords from 'virtual:text/data';
import { LANGUAGE } from 'virtual:text/language';
import { fill } from '../../../text/fill.ts';
import { parseTable } from '../data/csv.ts';
import type { EditPoint, EditView } from './editable-data.ts';

/**
 * "Paste data": a dialog that takes two columns as copied from a spreadsheet (tabs or commas; a header row
 * optional; decimal commas accepted in tab- or semicolon-separated text). Bad rows are named as the reader
 * types, and nothing changes until the whole paste is valid and they choose to use it. Loaded on demand.
 */

/** Called with valid points; returns null when they were taken, or a sentence saying why not. */
export type TakePoints = (points: EditPoint[]) => string | null;

const MAX_ROWS = 150;

export function openPasteDialog(figure: HTMLElement, shown: EditView, take: TakePoints): void {
  const id = `${figure.id}-paste`;
  const dialog = document.createElement('dialog');
  dialog.className = 'bl-paste';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.innerHTML = `
    <form method="dialog" class="bl-paste__form">
      <h2 class="bl-paste__title" id="${id}-title">${escape(words.paste.title)}</h2>
      <p class="bl-paste__help" id="${id}-help">${escape(fill(shown.classes ? words.paste.threeColumns : words.paste.twoColumns, { columns: shown.columns.join(words.paste.then) }))}
        ${escape(words.paste.how)}</p>
      <label class="bl-paste__label" for="${id}-text">${escape(words.paste.points)}</label>
      <textarea id="${id}-text" class="bl-paste__text" rows="10" spellcheck="false" autocomplete="off"
        aria-describedby="${id}-help ${id}-problems"></textarea>
      <div id="${id}-problems" class="bl-paste__problems" role="status" aria-live="polite"></div>
      <div class="bl-paste__actions">
        <button type="submit" value="use" class="bl-button" data-paste-use disabled>${escape(words.paste.use)}</button>
        <button type="submit" value="cancel" class="bl-button">${escape(words.paste.cancel)}</button>
      </div>
    </form>`;
  figure.append(dialog);
  const text = dialog.querySelector<HTMLTextAreaElement>('textarea')!;
  const problems = dialog.querySelector<HTMLElement>('.bl-paste__problems')!;
  const use = dialog.querySelector<HTMLButtonElement>('[data-paste-use]')!;
  // The current points, ready to edit or replace: a reader sees the format by example.
  text.value = shown.points.map((p) => (shown.classes ? `${p.x}\t${p.y}\t${p.label}` : `${p.x}\t${p.y}`)).join('\n');

  let parsed: EditPoint[] | null = null;
  const check = () => {
    const result = parseTable(text.value, { columns: shown.columns.length, header: 'optional', minRows: 2, maxRows: MAX_ROWS, speech: { words: dataWords, language: LANGUAGE } });
    const badLabel = result.ok && shown.classes ? result.table.rows.findIndex((row) => row[2] !== 0 && row[2] !== 1) : -1;
    if (result.ok && badLabel >= 0) {
      parsed = null;
      problems.textContent = fill(words.paste.badClass, { row: result.table.lines[badLabel] });
      problems.classList.add('bl-paste__problems--bad');
    } else if (result.ok) {
      parsed = result.table.rows.map(([x, y, label]) => (shown.classes ? { x, y, label: label as 0 | 1 } : { x, y }));
      problems.textContent = fill(words.paste.ready, { n: parsed.length });
      problems.classList.remove('bl-paste__problems--bad');
    } else {
      parsed = null;
      problems.replaceChildren(...result.problems.map((p) => Object.assign(document.createElement('p'), { textContent: p.message })));
      problems.classList.add('bl-paste__problems--bad');
    }
    use.disabled = parsed === null;
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 120);
  });
  check();

  dialog.addEventListener('close', () => {
    const opener = figure.querySelector<HTMLElement>('[data-action="paste-data"]');
    dialog.remove();
    opener?.focus();
  });
  use.addEventListener('click', (event) => {
    check();
    if (!parsed) {
      event.preventDefault();
      return;
    }
    const refused = take(parsed);
    if (refused) {
      event.preventDefault();
      problems.textContent = refused;
      problems.classList.add('bl-paste__problems--bad');
    }
  });
  dialog.showModal();
  text.focus();
  text.select();
}

function escape(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
