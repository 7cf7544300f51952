/** The presenter window: the live deck plus the next-slide preview, notes and clocks, all following the deck. */
import { start } from './start.ts';
import { fitCanvas } from './scale.ts';
import { preview } from './preview.ts';
import { notes } from './notes.ts';
import { timer } from './timer.ts';

const deck = start();
const next = document.querySelector<HTMLElement>('[data-presenter-next]')!;
fitCanvas(next.querySelector('[data-next-stage]')!, next.querySelector('[data-next-canvas]')!);
preview(deck, next);
notes(deck, document.querySelector('[data-presenter-notes]')!);
timer(deck, document.querySelector('[data-presenter-timer]')!);
