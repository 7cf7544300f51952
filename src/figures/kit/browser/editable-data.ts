import type { XYDataset } from '../data/dataset.ts';
import { datasetIn, type DataChoice } from '../data/edits.ts';
import { encodeRows } from '../data/points-code.ts';
import { xyDatasetOf } from '../data/registry.ts';
import type { PointEditor } from './point-editor.ts';

/**
 * The always-loaded half of point editing: small, because every figure that edits points carries it. It
 * makes the plot and the data tools answer, and imports the editor itself (point-editor.ts and the paste
 * dialog) the first time a reader presses on the plot, focuses the keyboard editor or uses a data button,
 * handing it that first press or key so nothing is lost while it loads.
 */
export interface EditHost {
  /** The figure element. */
  figure: HTMLElement;
  /** The figure's `[data-plot]`, which outlives redraws. */
  plot: HTMLElement;
  /** The data drawn now (published or edited). */
  shown(): XYDataset;
  /** The dataset as published, for the limits of an edit. */
  published(): XYDataset;
  /** Replaces the points (null: back to the published ones). False when the edit is too large to keep. */
  setPoints(points: readonly { x: number; y: number }[] | null): boolean;
  /** Says something in the figure's status line. */
  message(text: string): void;
}

export interface EditingHooks {
  /** For the figure's action buttons: paste-data, download-data, reset-data. */
  action(name: string): void;
  /** The state changed (the data may have): the editor follows, the Reset data button says whether there is anything to reset. */
  changed(edited: boolean): void;
}

/**
 * Makes a figure's data editable. `choice` reads its current dataset and edit code; `setCode` changes the
 * code as the reader's change (empty: the published points).
 */
export function wirePointEditing(
  figure: HTMLElement,
  choice: () => DataChoice,
  setCode: (code: string) => void,
  message: (text: string) => void,
): EditingHooks | undefined {
  const plot = figure.querySelector<HTMLElement>('[data-plot]');
  if (!plot) return undefined;
  const host: EditHost = {
    figure,
    plot,
    shown: () => datasetIn(choice()),
    published: () => xyDatasetOf(choice().dataset),
    setPoints: (points) => {
      const code = points ? encodeRows(points.map((p) => [p.x, p.y]), 2) : '';
      if (code === null) return false;
      setCode(code);
      return true;
    },
    message,
  };
  let editor: PointEditor | undefined;
  let loading: Promise<PointEditor> | undefined;
  const load = () =>
    (loading ??= import('./point-editor.ts').then(({ createPointEditor }) => {
      editor = createPointEditor(host);
      return editor;
    }));

  // Dragging a point replaces scrolling over the plot on touch screens; the page still scrolls beside it.
  host.plot.style.touchAction = 'none';
  host.plot.addEventListener('pointerdown', (event) => {
    if (editor || event.button !== 0) return;
    // Keep the pointer while the editor loads, so the drag that started here continues there.
    host.plot.setPointerCapture(event.pointerId);
    event.preventDefault();
    void load().then((e) => e.pointerDown(event));
  });

  const keys = host.figure.querySelector<HTMLElement>('[data-points-keys]');
  if (keys) {
    keys.tabIndex = 0;
    const early: KeyboardEvent[] = [];
    keys.addEventListener('keydown', (event) => {
      if (editor) return;
      early.push(event);
      if (event.key.startsWith('Arrow') || event.key === 'Enter' || event.key === 'Delete' || event.key === 'Backspace') event.preventDefault();
      void load().then((e) => early.splice(0).forEach((k) => e.keyDown(k)));
    });
    keys.addEventListener('focus', () => void load(), { once: true });
  }

  const resetButton = host.figure.querySelector<HTMLButtonElement>('[data-action="reset-data"]');
  return {
    action: (name) => {
      if (name === 'reset-data') {
        host.setPoints(null);
        host.message('Back to the published data');
      } else void load().then((e) => e.action(name));
    },
    changed: (edited) => {
      if (resetButton && resetButton.getAttribute('aria-disabled') !== String(!edited)) resetButton.setAttribute('aria-disabled', String(!edited));
      editor?.changed();
    },
  };
}
