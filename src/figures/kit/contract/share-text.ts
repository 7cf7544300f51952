/**
 * The Share menu's and the embed pages' words, from the locale (namespaces `share` and `figure`), in the shapes
 * their code uses. The build (FigureShell, the embed layout) and the browser (browser/share/) read them alike.
 */
import share from 'virtual:text/share';
import figure from 'virtual:text/figure';
import { fill } from '../../../text/fill.ts';

export const SHARE_TEXT = {
  button: share.button,
  menu: share.menu,
  copyEmbed: share.copyEmbed,
  downloadSvg: share.downloadSvg,
  downloadPng: share.downloadPng,
  embedCopied: share.embedCopied,
  /** When the clipboard refuses (a frame without permission, an insecure origin): the code is shown to copy. */
  embedShown: share.embedShown,
  embedBox: share.embedBox,
  svgSaved: share.svgSaved,
  pngSaved: share.pngSaved,
  imageFailed: share.imageFailed,
  /** In the exported SVG, for whoever opens it in an editor. */
  fontNote: (stack: string) => fill(share.fontNote, { stack }),
  /** The comment above the resize listener in the embed code. */
  resizeNote: share.resizeNote,
} as const;

export const EMBED_TEXT = {
  /** The embed page's link back: "From One neuron · Bending Lines". */
  from: (page: string, course: string) => fill(figure.embedFrom, { page, course }),
  /** The catalog's name, when the figure comes from there rather than a chapter. */
  catalog: figure.embedCatalog,
} as const;
