/**
 * The laser pointer and the pen, wired into one deck window: the drawings (kept in storage, mirrored over the
 * channel), the overlay that shows them at the place on screen, the keys, the buttons, and polite announcements
 * of each mode change. All of it loads on demand (boot.ts says when). Pointer and pen are this window's own
 * modes (not mirrored); what they make (strokes, the dot) is shown everywhere.
 */
import live from 'virtual:text/deck-live';
import { fill } from '../../../text/fill.ts';
import type { DeckElement } from '../deck-element.ts';
import { clearSlide, isStroke, merge, remove, undoTarget, upsert, type Colour, type Stroke } from './model.ts';
import { load, save } from './storage.ts';
import { connect, isInkMessage, perFrame, type InkMessage } from './channel.ts';
import { overlay } from './overlay.ts';
import { pointer } from './pointer.ts';
import { inkKeys } from './keys.ts';
import { tools } from './tools.ts';
import { pen } from './pen.ts';

/** Starts the ink on the channel boot.ts opened, first replaying the messages that arrived while this code loaded. */
export function ink(deck: DeckElement, slug: string, channel: BroadcastChannel | null, queued: readonly unknown[]): void {
  const canvas = deck.querySelector<HTMLElement>('[data-deck-canvas]')!;
  const layers = overlay(deck.slides);
  let strokes = load(slug);
  /** Strokes being drawn, here or in another window: shown, but not stored until done. */
  const drawing = new Map<string, Stroke>();
  const redraw = () => layers.render([...strokes, ...drawing.values()], deck.place);
  const keep = (next: Stroke[]) => {
    strokes = next;
    save(slug, strokes);
    redraw();
  };

  const post = connect(channel, receive);
  const postGrow = perFrame((stroke: Stroke) => post({ type: 'ink-grow', stroke }));
  const laser = pointer(canvas, post);

  function receive(message: InkMessage): void {
    switch (message.type) {
      case 'pointer':
        return laser.remote(message.x, message.y);
      case 'ink-grow':
        if (strokes.some((s) => s.id === message.stroke.id)) return;
        drawing.set(message.stroke.id, message.stroke);
        return redraw();
      case 'ink-done':
        drawing.delete(message.stroke.id);
        return keep(upsert(strokes, message.stroke));
      case 'ink-remove':
        drawing.delete(message.id);
        return keep(remove(strokes, message.id));
      case 'ink-clear':
        for (const [id, s] of drawing) if (s.slide === message.slide) drawing.delete(id);
        return keep(clearSlide(strokes, message.slide));
      case 'ink-hello':
        if (strokes.length) post({ type: 'ink-all', strokes });
        return;
      case 'ink-all': {
        const merged = merge(strokes, message.strokes.filter(isStroke));
        if (merged.length !== strokes.length) keep(merged);
      }
    }
  }

  // ---- Modes: this window's pointer (toggled, or L held) and pen ----
  const state = { pointer: false, held: false, pen: false, colour: 'red' as Colour };
  const announce = (text: string) => {
    const live = deck.querySelector('[data-deck-live]');
    if (live) live.textContent = text;
  };
  const chrome = tools({ pointer: () => setPointer(!state.pointer), pen: () => setPen(!state.pen), colour: setColour, undo, clear });
  const update = () => {
    laser.set(state.pointer || state.held);
    chrome.show(state);
  };

  function setPointer(on: boolean): void {
    state.pointer = on;
    if (on && state.pen) setPen(false, true);
    update();
    announce(on ? live.pointerOn : live.pointerOff);
  }

  function setPen(on: boolean, quiet = false): void {
    state.pen = on;
    if (on) state.pointer = false;
    update();
    // ink.css lets the current slide's layer take the pointer while the deck has data-ink-pen.
    deck.toggleAttribute('data-ink-pen', state.pen);
    if (!quiet) {
      announce(
        state.pen
          ? fill(live.penOn, { colour: live.colour[state.colour] })
          : live.penOff,
      );
    }
  }

  function setColour(colour: Colour): void {
    state.colour = colour;
    deck.dataset.inkColour = colour;
    update();
    announce(fill(live.penColour, { colour: live.colour[colour] }));
  }

  function undo(): void {
    const target = undoTarget(strokes, deck.place);
    if (!target) return announce(live.nothingToUndo);
    keep(remove(strokes, target.id));
    post({ type: 'ink-remove', id: target.id });
    announce(live.undone);
  }

  function clear(): void {
    const { slide } = deck.place;
    if (!strokes.some((s) => s.slide === slide)) return announce(live.noDrawings);
    keep(clearSlide(strokes, slide));
    post({ type: 'ink-clear', slide });
    announce(live.cleared);
  }

  inkKeys(deck, {
    hold(on) {
      state.held = on;
      update();
    },
    pen: () => setPen(!state.pen),
    penOn: () => state.pen,
    colour: setColour,
    undo,
    clear,
  });

  pen({
    canvas,
    place: () => deck.place,
    colour: () => state.colour,
    grow(stroke) {
      drawing.set(stroke.id, stroke);
      redraw();
      postGrow(stroke);
    },
    done(stroke) {
      // Any growth still waiting for its frame goes first, so no window hears of the stroke after it ended.
      postGrow.flush();
      drawing.delete(stroke.id);
      keep(upsert(strokes, stroke));
      post({ type: 'ink-done', stroke });
    },
  });

  deck.addEventListener('bl-deck-change', () => layers.show(deck.place));
  deck.dataset.inkColour = state.colour;
  update();
  redraw();
  for (const message of queued) if (isInkMessage(message)) receive(message);
}
