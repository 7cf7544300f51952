import text from 'virtual:text/figure-live';
import { linkTo } from './url-state.ts';

/** Puts a link to this figure in this state on the clipboard, and says how it went. */
export async function copyLink(id: string, query: string, say: (text: string) => void): Promise<void> {
  const href = linkTo(id, query);
  try {
    await navigator.clipboard.writeText(href);
    say(text.linkCopied);
  } catch {
    // Clipboard access can be refused (insecure origin, permissions); show the link to copy by hand.
    say(text.copyByHand);
    history.replaceState(history.state, '', href);
  }
}
