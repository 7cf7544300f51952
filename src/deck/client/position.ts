/**
 * A place in the deck, and how the URL hash names it: `#/<slide>/<step>`, slide 1-based, step 0 = nothing
 * revealed yet. The essay's "Present from here" links write `#/<slide>` alone, which means step 0.
 */
export interface Place {
  slide: number;
  step: number;
}

export function parseHash(hash: string): Place | null {
  const match = /^#\/(\d+)(?:\/(\d+))?\/?$/.exec(hash);
  if (!match) return null;
  return { slide: Number(match[1]), step: Number(match[2] ?? 0) };
}

export const formatHash = ({ slide, step }: Place): string => `#/${slide}/${step}`;
