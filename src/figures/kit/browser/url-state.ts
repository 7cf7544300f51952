/**
 * A figure's state in the page URL: one query parameter per figure, named by the figure's id
 * (`?fig-one-neuron-1=w:0.4,b:1`). The URL is written with replaceState, so dragging does not flood
 * the history. Reading never trusts the URL: values go through the figure's lenient parse.
 */

export function readParam(id: string, search = location.search): string | null {
  return new URLSearchParams(search).get(id);
}

const pending = new Map<string, string>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Writes (or, for an empty value, removes) a figure's parameter shortly after the last change. */
export function writeParam(id: string, value: string): void {
  pending.set(id, value);
  clearTimeout(timer);
  timer = setTimeout(flush, 250);
}

function flush(): void {
  const url = new URL(location.href);
  for (const [id, value] of pending) {
    if (value) url.searchParams.set(id, value);
    else url.searchParams.delete(id);
  }
  pending.clear();
  history.replaceState(history.state, '', url);
}

/** The address of this page showing one figure in one state, scrolled to it. */
export function linkTo(id: string, value: string): string {
  const url = new URL(location.href);
  if (value) url.searchParams.set(id, value);
  else url.searchParams.delete(id);
  url.hash = id;
  return url.href;
}
