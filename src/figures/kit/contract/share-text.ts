/**
 * Every word the Share menu and the embed pages show, in one place, so they move into the locale files as they
 * are. The build (FigureShell, the embed layout) and the browser (browser/share/) read them alike.
 */
export const SHARE_TEXT = {
  button: 'Share',
  menu: 'Share this figure',
  copyEmbed: 'Copy embed code',
  downloadSvg: 'Download SVG',
  downloadPng: 'Download PNG',
  embedCopied: 'Embed code copied',
  /** When the clipboard refuses (a frame without permission, an insecure origin): the code is shown to copy. */
  embedShown: 'Copy the embed code from the box below',
  embedBox: 'Embed code for this view',
  svgSaved: 'SVG downloaded',
  pngSaved: 'PNG downloaded',
  imageFailed: 'Could not make the image',
  /** In the exported SVG, for whoever opens it in an editor. */
  fontNote: (stack: string) => `Fonts are not embedded: text is set in the first of ${stack} that is installed.`,
  /** The comment above the resize listener in the embed code. */
  resizeNote: 'Sizes each Bending Lines frame to its figure (the page inside posts its height).',
} as const;

export const EMBED_TEXT = {
  /** The embed page's link back: "From One neuron · Bending Lines". */
  from: (page: string, course: string) => `From ${page} · ${course}`,
  /** The catalog's name, when the figure comes from there rather than a chapter. */
  catalog: 'Figures',
} as const;
