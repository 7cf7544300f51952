import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, iframeSnippet, resizeScript } from '../../../../../src/figures/kit/browser/share/embed-code.ts';
import { EMBED_HEIGHT } from '../../../../../src/figures/kit/browser/embed-height.ts';

describe('embedUrl(origin, base, id, query)', () => {
  it('names the figure in the path and its state in the query parameter the chapter page reads', () => {
    const url = new URL(embedUrl('https://course.test', '/', 'fig-one-neuron-1', 'w:1.2,b:0.5'));
    expect(url.pathname).toBe('/embed/fig-one-neuron-1/');
    expect(url.searchParams.get('fig-one-neuron-1')).toBe('w:1.2,b:0.5');
    expect([...url.searchParams.keys()]).toEqual(['fig-one-neuron-1']);
  });

  it('keeps the base path, with or without its last slash, and leaves the query out for the authored state', () => {
    expect(embedUrl('https://you.github.io', '/course/', 'fig-a-1', '')).toBe('https://you.github.io/course/embed/fig-a-1/');
    expect(embedUrl('https://you.github.io', '/course', 'fig-a-1', '')).toBe('https://you.github.io/course/embed/fig-a-1/');
  });
});

describe('iframeSnippet(src, title, height)', () => {
  it('is the documented <iframe>, its height a whole number of pixels', () => {
    expect(iframeSnippet('https://course.test/embed/x/?x=w%3A1', 'A line', 612.4)).toBe(
      '<iframe src="https://course.test/embed/x/?x=w%3A1" title="A line" width="100%" height="613" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('escapes the title and address so neither can end the attribute', () => {
    const snippet = iframeSnippet('https://course.test/embed/x/?a=1&b=2', 'Say "hi" <now>', 100);
    expect(snippet).toContain('src="https://course.test/embed/x/?a=1&amp;b=2"');
    expect(snippet).toContain('title="Say &quot;hi&quot; &lt;now>"');
  });
});

describe('embedCode({ origin, base, id, query, title, height })', () => {
  const code = embedCode({ origin: 'https://course.test', base: '/', id: 'fig-one-neuron-1', query: 'w:1.2', title: 'One neuron', height: 700 });

  it('is the iframe of that state, then a listener of two lines', () => {
    const [iframe, ...script] = code.split('\n');
    expect(iframe).toBe(iframeSnippet(embedUrl('https://course.test', '/', 'fig-one-neuron-1', 'w:1.2'), 'One neuron', 700));
    expect(script).toHaveLength(2);
    expect(script.join('\n')).toBe(resizeScript('https://course.test'));
  });

  it('listens only to the site’s origin and to the height message, and sizes the frame that sent it', () => {
    const script = resizeScript('https://course.test');
    expect(script).toContain(`e.origin !== "https://course.test"`);
    expect(script).toContain(`e.data.type !== '${EMBED_HEIGHT}'`);
    expect(script).toContain('f.contentWindow === e.source');
    expect(script).toMatch(/^<script>[\s\S]*<\/script>$/);
  });

  it('runs: the listener sizes the frame whose window posted, and ignores other origins and shapes', () => {
    const source = {};
    const frames = [{ contentWindow: {}, style: { height: '' } }, { contentWindow: source, style: { height: '' } }];
    let listener: ((event: unknown) => void) | undefined;
    const body = resizeScript('https://course.test').split('\n')[1].replace(/<\/?script>/g, '');
    new Function('addEventListener', 'document', body)((_: string, fn: (event: unknown) => void) => (listener = fn), { querySelectorAll: () => frames });
    listener!({ origin: 'https://elsewhere.test', source, data: { type: EMBED_HEIGHT, height: 10 } });
    listener!({ origin: 'https://course.test', source, data: { type: 'other', height: 20 } });
    expect(frames[1].style.height).toBe('');
    listener!({ origin: 'https://course.test', source, data: { type: EMBED_HEIGHT, id: 'x', height: 480 } });
    expect(frames.map((f) => f.style.height)).toEqual(['', '480px']);
  });
});
