import text from 'virtual:text/figure-live';
import type { Shape } from '../data/dataset.ts';
import { classDatasetIn, dataChoiceOf, datasetIn, type DataChoice } from '../data/edits.ts';
import { memoize } from '../compute/memoize.ts';
import { editLimits } from '../data/domain.ts';
import { encodeRows } from '../data/points-code.ts';
import { classDatasetOf, xyDatasetOf } from '../data/registry.ts';
import type { PointEditor } from './point-editor.ts';

/**
 * The always-loaded half of point editing: small, because every figure that edits points carries it. It
 * makes the plot and the data tools answer, and imports the editor itself (point-editor.ts and the paste
 * dialog) the first time a reader presses on the plot, focuses the keyboard editor or uses a data button,
 * handing it that first press or key so nothing is lost while it loads.
 */

/** A point as the editor sees it: where it is drawn (x across, y up), and its class in two-class data. */
export interface EditPoint {
  x: number;
  y: number;
  label?: 0 | 1;
}

/** The data drawn now, in the editor's terms, whichever shape it has. */
export interface EditView {
  id: string;
  classes: boolean;
  points: EditPoint[];
  /** Column names, for announcements and the CSV header. */
  columns: string[];
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
  /** How far a point may be taken: the published ranges grown (the axes follow, within these). */
  limits: { x: [number, number]; y: [number, number] };
  edited: boolean;
}

export interface EditHost {
  /** The figure element. */
  figure: HTMLElement;
  /** The figure's `[data-plot]`, which outlives redraws. */
  plot: HTMLElement;
  shown(): EditView;
  /** Replaces the points (null: back to the published ones). False when the edit is too large to keep. */
  setPoints(points: readonly EditPoint[] | null): boolean;
  /** Says something in the figure's status line. */
  message(text: string): void;
}

/**
 * The editor's view of a state's data. Asked several times per pointer event (hit test, ring, limits, the
 * announcement), so made once per dataset and edit code.
 */
const viewOf = memoize(({ shape, ...choice }: Required<DataChoice> & { shape: Shape }): EditView => {
  if (shape === 'classes') {
    const data = classDatasetIn(choice);
    const published = classDatasetOf(choice.dataset);
    const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
    const x = range(published.points.map((p) => p.x1));
    const y = range(published.points.map((p) => p.x2));
    return {
      id: data.id,
      classes: true,
      points: data.points.map((p) => ({ x: p.x1, y: p.x2, label: p.label })),
      columns: ['x1', 'x2', 'label'],
      xDomain: x,
      yDomain: y,
      limits: { x: editLimits(x), y: editLimits(y) },
      edited: data !== published,
    };
  }
  const data = datasetIn(choice);
  const published = xyDatasetOf(choice.dataset);
  return {
    id: data.id,
    classes: false,
    points: data.points.map((p) => ({ x: p.x, y: p.y })),
    columns: [data.xName, data.yName],
    xDomain: data.xDomain,
    yDomain: data.yDomain,
    limits: { x: editLimits(published.xDomain), y: editLimits(published.yDomain) },
    edited: data !== published,
  };
}, 4);

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
  shape: Shape,
  choice: () => DataChoice,
  setCode: (code: string) => void,
  message: (text: string) => void,
): EditingHooks | undefined {
  const plot = figure.querySelector<HTMLElement>('[data-plot]');
  if (!plot) return undefined;
  const host: EditHost = {
    figure,
    plot,
    shown: () => viewOf({ shape, ...dataChoiceOf(choice()) }),
    setPoints: (points) => {
      const rows = points?.map((p) => (shape === 'classes' ? [p.x, p.y, p.label ?? 0] : [p.x, p.y]));
      const code = rows ? encodeRows(rows, shape === 'classes' ? 3 : 2) : '';
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
        host.message(text.dataReset);
      } else void load().then((e) => e.action(name));
    },
    changed: (edited) => {
      if (resetButton && resetButton.getAttribute('aria-disabled') !== String(!edited)) resetButton.setAttribute('aria-disabled', String(!edited));
      editor?.changed();
    },
  };
}
