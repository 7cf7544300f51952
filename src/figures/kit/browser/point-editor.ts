import text from 'virtual:text/figure-points';
import { fill } from '../../../text/fill.ts';
import { formatTable } from '../data/csv.ts';
import { fmt } from '../draw/format.ts';
import type { EditHost, EditPoint } from './editable-data.ts';
import { dataToClient, fixedOf, plotAreaIn, pointToData, scalesOf, type PlotScales } from './pointer.ts';

/**
 * Editing a figure's data points, loaded the first time a reader reaches for it (editable-data.ts).
 *
 * Pointer: press a point and drag it; press empty space to add a point there (and keep dragging to place it);
 * double-click a point to remove it. Keyboard, on the figure's point editor: ← → choose a point, ↑ ↓ move it
 * up and down, Alt+← → move it sideways (Shift: five times as far), Enter adds a point after the chosen one,
 * Delete or Backspace removes it, Home and End choose the first and last; in two-class data C switches the
 * chosen point's class, and Shift with a press adds a point of the other class than its nearest. Every change
 * is announced ("point 4 of 12: 2.2 hours, score 5.2"). A point may leave the axes by up to one span of
 * the published range (the axes grow to hold it); a figure keeps at least two points.
 */
export interface PointEditor {
  pointerDown(event: PointerEvent): void;
  keyDown(event: KeyboardEvent): void;
  action(name: string): void;
  /** The figure drew a new state: keep the chosen point's ring on it. */
  changed(): void;
}

/** How near (CSS pixels) a press must be to a point to take it: a finger needs more room than a mouse. */
const REACH = { mouse: 12, pen: 12, touch: 22 } as Record<string, number>;
const MIN_POINTS = 2;
/** The keyboard moves a point by this share of the axis; Shift moves five times as far. */
const KEY_STEP = 1 / 50;

export function createPointEditor(host: EditHost): PointEditor {
  const { figure, plot } = host;
  const keys = figure.querySelector<HTMLElement>('[data-points-keys]');
  const status = figure.querySelector<HTMLElement>('[data-points-status]');
  let chosen = -1;
  let dragging: number | undefined;
  /** The scales the drag started with: a dragged point follows them while the axes grow (see scalesOf). */
  let dragScales: PlotScales | undefined;
  let frame = 0;
  let pending: { clientX: number; clientY: number } | undefined;

  const ring = document.createElement('div');
  ring.className = 'bl-point-ring';
  ring.hidden = true;
  ring.setAttribute('aria-hidden', 'true');
  // Beside the plot, not in it: redraws replace what is inside [data-plot].
  const holder = plot.parentElement ?? plot;
  if (getComputedStyle(holder).position === 'static') holder.style.position = 'relative';
  holder.append(ring);

  const points = (): EditPoint[] => host.shown().points.map((p) => ({ ...p }));
  const limits = () => {
    const { limits: grown } = host.shown();
    const fixed = plotAreaIn(plot) ? fixedOf(plotAreaIn(plot)!) : {};
    return { x: fixed.x ?? grown.x, y: fixed.y ?? grown.y };
  };
  const clampInto = ([lo, hi]: [number, number], v: number) => Math.min(hi, Math.max(lo, v));

  function say(index: number, verb = ''): void {
    const data = host.shown();
    const p = data.points[index];
    if (!status || !p) return;
    const digits = (d: readonly [number, number]) => Math.max(1, Math.min(3, Math.ceil(-Math.log10((d[1] - d[0]) / 100))));
    const x = fmt(p.x, digits(data.xDomain));
    const y = fmt(p.y, digits(data.yDomain));
    const names = { xName: data.columns[0], yName: data.columns[1], x, y };
    const where = data.classes ? fill(text.whereClasses, { ...names, label: p.label ?? '' }) : fill(text.where, names);
    status.textContent = fill(verb === 'added' ? text.added : text.point, { n: index + 1, count: data.points.length, where });
  }

  function place(): void {
    const area = plotAreaIn(plot);
    const p = host.shown().points[chosen];
    const at = area && p ? dataToClient(area, p) : undefined;
    if (!at) {
      ring.hidden = true;
      return;
    }
    const box = holder.getBoundingClientRect();
    ring.style.transform = `translate(${at.x - box.left}px, ${at.y - box.top}px)`;
    ring.hidden = false;
  }

  /** Applies new points; false (with a message) when the figure cannot keep them. */
  function commit(next: EditPoint[], verb: string): boolean {
    if (!host.setPoints(next)) {
      host.message(text.tooMany);
      return false;
    }
    // The figure draws in the next frame; say and place after it has the new data.
    requestAnimationFrame(() => {
      say(chosen, verb);
      place();
    });
    return true;
  }

  /** A new point's class in two-class data: its nearest point's (the region pressed in), or the other with Shift. */
  function labelFor(at: { x: number; y: number }, other: boolean): Pick<EditPoint, 'label'> {
    const data = host.shown();
    if (!data.classes) return {};
    let best: EditPoint | undefined;
    for (const p of data.points) if (!best || Math.hypot(p.x - at.x, p.y - at.y) < Math.hypot(best.x - at.x, best.y - at.y)) best = p;
    const label = best?.label ?? 0;
    return { label: (other ? 1 - label : label) as 0 | 1 };
  }

  /** The index of the point drawn nearest a client position, if within reach. */
  function nearest(clientX: number, clientY: number, reach: number): number {
    const area = plotAreaIn(plot);
    if (!area) return -1;
    let best = -1;
    let bestDistance = reach;
    host.shown().points.forEach((p, i) => {
      const at = dataToClient(area, p);
      if (!at) return;
      const distance = Math.hypot(at.x - clientX, at.y - clientY);
      if (distance <= bestDistance) {
        best = i;
        bestDistance = distance;
      }
    });
    return best;
  }

  function moveTo(index: number, clientX: number, clientY: number, verb = ''): void {
    const area = plotAreaIn(plot);
    const at = area && pointToData(area, clientX, clientY, false, dragScales);
    if (!at) return;
    const { x, y } = limits();
    const next = points();
    next[index] = { ...next[index], x: clampInto(x, at.x), y: clampInto(y, at.y) };
    commit(next, verb);
  }

  const flush = () => {
    frame = 0;
    if (pending && chosen >= 0) moveTo(chosen, pending.clientX, pending.clientY);
    pending = undefined;
  };

  function pointerDown(event: PointerEvent): void {
    const area = plotAreaIn(plot);
    const at = area && pointToData(area, event.clientX, event.clientY);
    // Presses on the axes' labels or a legend are not edits.
    if (!at?.inside) return;
    event.preventDefault();
    const hit = nearest(event.clientX, event.clientY, REACH[event.pointerType] ?? 12);
    if (hit >= 0) chosen = hit;
    else {
      const next = points();
      next.push({ x: at.x, y: at.y, ...labelFor(at, event.shiftKey) });
      chosen = next.length - 1;
      if (!commit(next, 'added')) return;
    }
    dragging = event.pointerId;
    dragScales = scalesOf(area!);
    if (!plot.hasPointerCapture(event.pointerId)) plot.setPointerCapture(event.pointerId);
    say(chosen);
    place();
  }

  plot.addEventListener('pointerdown', pointerDown);
  plot.addEventListener('pointermove', (event) => {
    if (event.pointerId !== dragging) return;
    // A press that ended while this code was loading left no pointerup here: a move without the button is no drag.
    if ((event.buttons & 1) === 0) {
      dragging = undefined;
      return;
    }
    pending = { clientX: event.clientX, clientY: event.clientY };
    if (!frame) frame = requestAnimationFrame(flush);
  });
  const release = (event: PointerEvent) => {
    if (event.pointerId !== dragging) return;
    dragging = undefined;
    if (plot.hasPointerCapture(event.pointerId)) plot.releasePointerCapture(event.pointerId);
  };
  plot.addEventListener('pointerup', release);
  plot.addEventListener('pointercancel', release);
  plot.addEventListener('dblclick', (event) => {
    const hit = nearest(event.clientX, event.clientY, 14);
    if (hit >= 0) remove(hit);
  });

  function remove(index: number): void {
    const next = points();
    if (next.length <= MIN_POINTS) {
      host.message(fill(text.atLeast, { min: MIN_POINTS }));
      return;
    }
    next.splice(index, 1);
    chosen = Math.min(index, next.length - 1);
    if (commit(next, '')) host.message(fill(text.removed, { n: index + 1 }));
  }

  /** Points in order along x, for choosing with ← →: the stored order is the order they were added in. */
  const orderAlongX = () =>
    host
      .shown()
      .points.map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.x - b.p.x || a.i - b.i)
      .map(({ i }) => i);

  function keyDown(event: KeyboardEvent): void {
    const data = host.shown();
    const order = orderAlongX();
    const rank = Math.max(0, order.indexOf(chosen));
    const step = (d: readonly [number, number]) => (d[1] - d[0]) * KEY_STEP * (event.shiftKey ? 5 : 1);
    const nudge = (dx: number, dy: number) => {
      if (chosen < 0) chosen = order[0];
      const { x, y } = limits();
      const next = points();
      const p = next[chosen];
      next[chosen] = { ...p, x: clampInto(x, p.x + dx), y: clampInto(y, p.y + dy) };
      commit(next, '');
    };
    const choose = (index: number) => {
      chosen = index;
      say(chosen);
      place();
    };
    switch (event.key) {
      case 'ArrowLeft':
      case 'ArrowRight': {
        const sign = event.key === 'ArrowLeft' ? -1 : 1;
        if (event.altKey) nudge(sign * step(data.xDomain), 0);
        else choose(order[chosen < 0 ? 0 : Math.min(order.length - 1, Math.max(0, rank + sign))]);
        break;
      }
      case 'ArrowUp':
      case 'ArrowDown':
        nudge(0, (event.key === 'ArrowUp' ? 1 : -1) * step(data.yDomain));
        break;
      case 'Home':
        choose(order[0]);
        break;
      case 'End':
        choose(order[order.length - 1]);
        break;
      case 'Enter':
      case '+': {
        // A new point after the chosen one, halfway to the next (or a step beyond the last), at their mean height.
        const from = data.points[chosen < 0 ? order[order.length - 1] : chosen];
        const after = data.points[order[rank + 1]];
        const x = after ? (from.x + after.x) / 2 : from.x + step(data.xDomain) * 5;
        const y = after ? (from.y + after.y) / 2 : from.y;
        const next = points();
        next.push({ x: Math.min(limits().x[1], x), y, ...(data.classes ? { label: from.label } : {}) });
        chosen = next.length - 1;
        commit(next, 'added');
        break;
      }
      case 'c':
      case 'C': {
        if (!data.classes || chosen < 0) return;
        const next = points();
        next[chosen] = { ...next[chosen], label: (1 - (next[chosen].label ?? 0)) as 0 | 1 };
        commit(next, '');
        break;
      }
      case 'Delete':
      case 'Backspace':
      case '-':
        if (chosen >= 0) remove(chosen);
        break;
      case 'Escape':
        ring.hidden = true;
        chosen = -1;
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  keys?.addEventListener('keydown', keyDown);
  keys?.addEventListener('blur', () => (ring.hidden = true));
  keys?.addEventListener('focus', () => {
    if (chosen >= 0) place();
  });

  function download(): void {
    const data = host.shown();
    const csv = formatTable(data.columns, data.points.map((p) => (data.classes ? [p.x, p.y, p.label ?? 0] : [p.x, p.y])));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${data.id}${data.edited ? '-edited' : ''}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    host.message(`Downloaded ${link.download}`);
  }

  return {
    pointerDown,
    keyDown,
    action: (name) => {
      if (name === 'download-data') download();
      else if (name === 'paste-data')
        void import('./paste-dialog.ts').then(({ openPasteDialog }) =>
          openPasteDialog(figure, host.shown(), (pasted) => {
            if (!host.setPoints(pasted)) return text.tooPrecise;
            chosen = -1;
            ring.hidden = true;
            host.message(fill(text.nowYours, { n: pasted.length }));
            return null;
          }),
        );
    },
    changed: () => {
      if (chosen >= host.shown().points.length) chosen = -1;
      if (!ring.hidden) place();
    },
  };
}
