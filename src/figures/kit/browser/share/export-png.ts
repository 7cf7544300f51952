/**
 * A PNG of an exported SVG at twice its size (sharp on a projector, and on a slide scaled to half). The SVG is
 * self-contained (export-svg.ts), so drawing it as an image taints nothing and the canvas can be read back.
 * Its text falls back to system fonts: an SVG drawn as an image cannot reach the page's web fonts.
 */
export const PNG_SCALE = 2;

export async function svgToPng(svgText: string, width: number, height: number, scale = PNG_SCALE): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
