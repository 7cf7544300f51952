/**
 * An embed page tells the page that frames it how tall it is, so the host can size its <iframe> to fit (an iframe
 * is 150 px tall unless told otherwise). The message (documented in docs/AUTHORING.md, "Embedding a figure"):
 *   { type: 'bending-lines:embed-height', id: '<figure-id>', height: <CSS px, integer> }
 * sent to `parent` whenever the height changes, and only when there is a parent.
 */

export const EMBED_HEIGHT = 'bending-lines:embed-height';

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT;
  id: string;
  height: number;
}

/** The message for a height, rounded up so the frame never cuts the last pixel row. */
export function heightMessage(id: string, height: number): EmbedHeightMessage {
  return { type: EMBED_HEIGHT, id, height: Math.ceil(height) };
}

/**
 * Posts the document's height to the parent now and on every change. The height measured is the root element's
 * own box, which follows its content: not `scrollHeight`, which is at least the frame's height, so a host that made
 * the frame taller would never hear it shrink again. Resizing the frame's height changes neither, so the host's
 * answer to a message sends no new one (no loop); an unchanged height is not sent twice.
 */
export function reportHeight(id: string, view: Window = window): void {
  if (view.parent === view) return;
  const root = view.document.documentElement;
  let sent = -1;
  const send = () => {
    const message = heightMessage(id, root.getBoundingClientRect().height);
    if (message.height === sent) return;
    sent = message.height;
    view.parent.postMessage(message, '*');
  };
  new ResizeObserver(send).observe(root);
  send();
}
