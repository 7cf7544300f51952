/**
 * "Draw a curve": the button arms the panel with the points, and the next stroke across it (mouse, pen or
 * finger) is drawn over the plot as it goes; let go, and points along it become the data (curve-points.ts).
 * Escape, or the button again, disarms with nothing changed. While armed, a press on that panel draws and does
 * nothing else: the stroke takes it before the point editor and the loss chart see it.
 */
import T from 'virtual:text/playground';
import { fill } from '../../text/fill.ts';
import { plotAreaIn, pointToData, scalesOf, type DataPoint, type PlotScales } from '../kit/browser/pointer.ts';
import { CURVE_POINTS, pointsAlongStroke } from './curve-points.ts';

const SVG = 'http://www.w3.org/2000/svg';

export interface CurveHost {
  /** The figure's `[data-plot]`, which outlives redraws; its first marked area is the panel with the points. */
  plot: HTMLElement;
  /** The seed of the noise (the playground's). */
  seed(): number;
  /** Makes `points` the data (30 points inside the axes always fit in a link), and says `message` once they are drawn. */
  setPoints(points: readonly DataPoint[], message: string): void;
  /** Says something in the figure's status line, until the next message. */
  say(text: string): void;
}

interface Stroke {
  pointer: number;
  area: Element;
  /** The scales the stroke started with: the axes may grow once the points land, not while drawing. */
  scales: PlotScales;
  points: DataPoint[];
  trace: SVGPolylineElement;
}

/** The "Draw a curve" button, wired to the plot. */
export function curveButton(host: CurveHost): HTMLButtonElement {
  const doc = host.plot.ownerDocument;
  const button = doc.createElement('button');
  button.type = 'button';
  button.dataset.action = 'draw-curve';
  button.textContent = T.curve.draw;
  button.setAttribute('aria-pressed', 'false');

  // The trace is drawn in screen pixels over the page, so a redraw of the plot (training ending) cannot wipe it.
  const overlay = doc.createElementNS(SVG, 'svg');
  overlay.setAttribute('aria-hidden', 'true');
  overlay.setAttribute('style', 'position: fixed; inset: 0; width: 100vw; height: 100vh; pointer-events: none; z-index: 5; overflow: visible;');
  let armed = false;
  let stroke: Stroke | undefined;

  const arm = (on: boolean) => {
    armed = on;
    button.setAttribute('aria-pressed', String(on));
    if (!on) {
      stroke = undefined;
      overlay.replaceChildren();
      overlay.remove();
    }
  };
  button.addEventListener('click', () => {
    if (armed) {
      arm(false);
      host.say(T.curve.cancelled);
    } else {
      arm(true);
      host.say(fill(T.curve.armed, { n: CURVE_POINTS }));
      // On a phone the button sits far below the panel: bring the panel to the reader's finger.
      const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
      plotAreaIn(host.plot)?.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    }
  });
  doc.addEventListener('keydown', (event) => {
    if (!armed || event.key !== 'Escape') return;
    arm(false);
    host.say(T.curve.cancelled);
  });

  const add = (event: PointerEvent) => {
    if (!stroke) return;
    const point = pointToData(stroke.area, event.clientX, event.clientY, true, stroke.scales);
    if (!point) return;
    stroke.points.push({ x: point.x, y: point.y });
    stroke.trace.setAttribute('points', `${stroke.trace.getAttribute('points') ?? ''} ${event.clientX},${event.clientY}`);
  };
  const capture = { capture: true };
  host.plot.addEventListener(
    'pointerdown',
    (event) => {
      const area = plotAreaIn(host.plot);
      const scales = area && scalesOf(area);
      if (!armed || event.button !== 0 || !area || !scales || !area.contains(event.target as Node)) return;
      event.preventDefault();
      event.stopPropagation();
      host.plot.setPointerCapture(event.pointerId);
      const trace = doc.createElementNS(SVG, 'polyline');
      trace.setAttribute('style', 'fill: none; stroke: var(--c-hidden-1); stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; stroke-dasharray: 7 5;');
      overlay.replaceChildren(trace);
      doc.body.append(overlay);
      stroke = { pointer: event.pointerId, area, scales, points: [], trace };
      add(event);
    },
    capture,
  );
  host.plot.addEventListener(
    'pointermove',
    (event) => {
      if (!stroke || event.pointerId !== stroke.pointer) return;
      event.stopPropagation();
      for (const each of event.getCoalescedEvents?.() ?? [event]) add(each);
    },
    capture,
  );
  const finish = (event: PointerEvent) => {
    if (!stroke || event.pointerId !== stroke.pointer) return;
    event.stopPropagation();
    const { scales, points: drawn } = stroke;
    const points = event.type === 'pointerup' ? pointsAlongStroke(drawn, [scales.x[0], scales.x[1]], [scales.y[0], scales.y[1]], host.seed()) : null;
    stroke = undefined;
    overlay.replaceChildren();
    if (!points) {
      // Still armed: the reader tries again.
      host.say(T.curve.tooShort);
      return;
    }
    arm(false);
    host.setPoints(points, fill(T.curve.made, { n: points.length }));
  };
  host.plot.addEventListener('pointerup', finish, capture);
  host.plot.addEventListener('pointercancel', finish, capture);
  return button;
}
