/**
 * The fork fixture (run by `npm test` after the main build): proves that a course made only of its own content
 * builds, and that each kind of authoring mistake fails the build with a precise message.
 *   1. Builds tests/fork/course (CONTENT_DIR) and checks the site shows the fork's title, author, glossary and both
 *      chapters, each with its figure's build-time SVG and the props the chapter gave it, and its slides' notes, and
 *      each figure's embed page with the same props and a link back naming the fork's course.
 *   2. Builds tests/fork/kurs, the same kind of course in German, and checks its HTML and links (check-site.ts)
 *      and that no page shows English, or fails axe, or logs an error (check-language.ts); and that the course's
 *      own locale.json changed the string it names.
 *   3. For each case in tests/fork/cases.ts, builds a copy of that course with the broken chapter added, and
 *      checks the build fails and its output contains every declared fragment (file, line, figure, prop, allowed).
 * Every build goes to a temporary outDir and cacheDir (never dist/ or the main content cache), all removed at
 * the end; the generated .astro/ files the builds rewrite are put back as they were.
 * Usage: node scripts/test-fork.ts [filter]   (runs only the checks whose name contains it, e.g. "fork course", "prop")
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cases } from '../tests/fork/cases.ts';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const course = 'tests/fork/course';
const kurs = 'tests/fork/kurs';
const broken = 'tests/fork/broken';

const only = process.argv[2];
const selected = cases.filter((c) => !only || c.name.includes(only));
const forkCourse = !only || 'fork course'.includes(only);
const germanCourse = !only || 'german course'.includes(only);
if (!forkCourse && !germanCourse && selected.length === 0) {
  console.error(`No check is named like "${only}". Checks: fork course, german course, ${cases.map((c) => c.name).join(', ')}.`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'bl-fork-'));
const failures: string[] = [];

// `.astro/` holds files every build regenerates from its own content (content-modules.mjs lists the chapters).
// Snapshot them so the main project's copies are put back afterwards, whatever the fork builds wrote there.
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files.set(path, readFileSync(path));
  }
  return files;
}
const dotAstro = snapshot('.astro');
function restore() {
  for (const [path, content] of dotAstro) {
    if (!existsSync(path) || !readFileSync(path).equals(content)) writeFileSync(path, content);
  }
  rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', restore);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

/** One `astro build` of a content folder into its own outDir and cacheDir; the output without colours. */
function build(contentDir: string, label: string): { ok: boolean; output: string; seconds: number; outDir: string } {
  const outDir = join(tmp, label, 'dist');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(tmp, label, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { ok: result.status === 0, output, seconds: (Date.now() - started) / 1000, outDir };
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** What a chapter's source says its page must show: title, slug, figures with their literal props, notes. */
function expectations(file: string) {
  const source = readFileSync(join(course, 'chapters', file), 'utf8');
  const title = /^title:\s*"?(.+?)"?\s*$/m.exec(source)?.[1] ?? '';
  const figures = [...source.matchAll(/<([A-Z][A-Za-z]+)((?:\s+[a-z][A-Za-z]*=(?:\{[^}]*\}|"[^"]*"))*)\s*\/?>/g)]
    .filter(([, name]) => existsSync(`src/figures/${kebab(name)}/figure.ts`))
    .map(([, name, attributes]) => ({
      element: `bl-${kebab(name)}`,
      props: Object.fromEntries(
        [...attributes.matchAll(/([a-z][A-Za-z]*)=(?:\{([^}]*)\}|"([^"]*)")/g)].map(([, key, expr, text]) => [key, expr !== undefined ? JSON.parse(expr) : text]),
      ),
    }));
  const notes = [...source.matchAll(/<Notes>\s*([^\n<]+)/g)].map(([, text]) => text.trim());
  const slides = [...source.matchAll(/<Slide title="([^"]+)"(?: layout="([a-z]+)")?/g)].map(([, text, layout]) => ({ title: text, layout: layout ?? 'stack' }));
  return { title, slug: file.replace(/\.mdx$/, '').replace(/^\d+-/, ''), figures, notes, slides };
}

function checkForkSite(outDir: string): string[] {
  const problems: string[] = [];
  const page = (path: string) => {
    const file = join(outDir, path, 'index.html');
    if (existsSync(file)) return readFileSync(file, 'utf8');
    problems.push(`${path}/index.html was not built`);
    return '';
  };
  const meta = JSON.parse(readFileSync(join(course, 'course.json'), 'utf8')) as { title: string; author: string };
  const home = decode(page(''));
  if (!home.includes(`<title>${meta.title}</title>`)) problems.push(`the home page's <title> is not the fork's "${meta.title}"`);
  if (!home.includes(meta.author)) problems.push(`the home page does not name the fork's author "${meta.author}"`);
  if (home.includes('chapters/one-neuron/')) problems.push('the home page lists a chapter of the main course');

  const glossary = JSON.parse(readFileSync(join(course, 'glossary.json'), 'utf8')) as Record<string, { definition: string }>;
  const glossaryPage = decode(page('glossary'));
  for (const [id, entry] of Object.entries(glossary)) {
    if (!glossaryPage.includes(`id="${id}"`) || !glossaryPage.includes(entry.definition)) problems.push(`the glossary page lacks the fork's term "${id}"`);
  }

  // The course's own datasets: listed in the catalog with their row count, and carried by the figures that use them.
  const catalog = decode(page('figures'));
  for (const file of readdirSync(join(course, 'datasets')).filter((f) => f.endsWith('.csv'))) {
    const id = file.replace(/\.csv$/, '');
    const rows = readFileSync(join(course, 'datasets', file), 'utf8').trim().split('\n').length - 1;
    const entry = new RegExp(`id="dataset-${id}"[\\s\\S]*?>${rows} points · `);
    if (!entry.test(catalog)) problems.push(`the catalog does not list the course's dataset "${id}" with its ${rows} rows`);
  }

  const chapters = readdirSync(join(course, 'chapters')).filter((f) => f.endsWith('.mdx')).sort();
  if (chapters.length < 2) problems.push(`${course}/chapters should hold two chapters`);
  for (const file of chapters) {
    const { title, slug, figures, notes, slides } = expectations(file);
    if (!home.includes(`chapters/${slug}/`)) problems.push(`the home page does not link to chapter "${slug}"`);
    const essayHtml = page(`chapters/${slug}`);
    const essay = decode(essayHtml);
    if (!essay.includes(`<title>${title} · ${meta.title}</title>`)) problems.push(`chapters/${slug}/ lacks the title "${title} · ${meta.title}"`);
    if (figures.length === 0) problems.push(`${file} uses no figure`);
    for (const { element, props } of figures) {
      const at = essayHtml.indexOf(`<${element} `);
      const markup = at < 0 ? '' : essayHtml.slice(at, essayHtml.indexOf(`</${element}>`, at));
      if (!markup) problems.push(`chapters/${slug}/ has no <${element}>`);
      else if (!/<svg[\s>]/.test(markup)) problems.push(`chapters/${slug}/: <${element}> has no build-time SVG`);
      if (typeof props.dataset === 'string' && !new RegExp(`data-datasets>\\[\\{"id":"${props.dataset}"`).test(markup)) problems.push(`chapters/${slug}/: <${element}> does not carry the dataset "${props.dataset}"`);
      const state = /data-state="([^"]*)"/.exec(markup)?.[1];
      const parsed = state ? (JSON.parse(decode(state)) as Record<string, unknown>) : {};
      for (const [key, value] of Object.entries(props)) {
        if (key in parsed && parsed[key] !== value) problems.push(`chapters/${slug}/: <${element}> has ${key}=${JSON.stringify(parsed[key])}, the chapter set ${JSON.stringify(value)}`);
      }
    }
    // Each figure's embed page: the fork's course named in its link back, and the state its chapter gave the figure.
    const stateOf = (html: string, id: string) => new RegExp(` id="${id}" data-bl-figure="[^"]*" data-state="([^"]*)"`).exec(html)?.[1];
    figures.forEach(({ element, props }, i) => {
      const id = typeof props.id === 'string' ? props.id : `fig-${slug}-${i + 1}`;
      const embed = page(`embed/${id}`);
      if (!embed) return;
      if (!decode(embed).includes(`From ${title} · ${meta.title}</a>`)) problems.push(`embed/${id}/ does not link back "From ${title} · ${meta.title}"`);
      const state = stateOf(embed, id);
      if (!state || state !== stateOf(essayHtml, id)) problems.push(`embed/${id}/ shows <${element}> in another state than chapters/${slug}/ (${state})`);
    });
    const deck = decode(page(`slides/${slug}`));
    const presenter = decode(page(`slides/${slug}/presenter`));
    if (slides.length === 0 || notes.length === 0) problems.push(`${file} has no <Slide> with <Notes>`);
    for (const { title: slide, layout } of slides) {
      if (!deck.includes(`data-title="${slide}" data-layout="${layout}"`)) problems.push(`slides/${slug}/ lacks the slide "${slide}" laid out "${layout}"`);
    }
    for (const note of notes) {
      if (!presenter.includes(note)) problems.push(`slides/${slug}/presenter/ lacks the notes "${note}"`);
      if (essay.includes(note)) problems.push(`chapters/${slug}/ shows the slide notes "${note}"`);
    }
  }
  return problems;
}

/**
 * The build's slide check on the fork's decks: it must name the one slide the fork overfills on purpose (its
 * file, line and title) and no other. Skipped, as the check itself is, where there is no Chromium.
 */
function checkForkSlides(outDir: string): string[] {
  const result = spawnSync(process.execPath, ['scripts/check-slides.ts', '--dist', outDir], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: course, CHECK_SLIDES_PORT: process.env.FORK_SLIDES_PORT ?? '4391', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  if (output.includes('slide check: skipped')) return [];
  const file = join(course, 'chapters', '03-warm-days.mdx');
  const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.startsWith('<Slide title="Too much for one slide"')) + 1;
  const warnings = output.split('\n').filter((l) => l.startsWith('⚠'));
  const expected = `⚠ ${file}:${line}: slide 2 "Too much for one slide" at 1920×1080: content does not fit`;
  const problems: string[] = [];
  if (!warnings.some((w) => w.startsWith(expected))) problems.push(`the slide check did not warn "${expected}…"; it said:\n${output.trim()}`);
  if (warnings.length !== 1) problems.push(`the slide check warned ${warnings.length} times, about the overfull slide only expected:\n${warnings.join('\n')}`);
  return problems;
}

console.log(`Fork fixture: ${course} (temporary builds in ${tmp})`);
const total = Date.now();

if (forkCourse) {
  const fork = build(course, 'fork');
  const problems = fork.ok ? checkForkSite(fork.outDir) : [`the build failed:\n${fork.output.split('\n').slice(-40).join('\n')}`];
  if (fork.ok) problems.push(...checkForkSlides(fork.outDir));
  if (problems.length === 0) console.log(`✓ fork course builds and shows its own title, glossary and chapters with their figures (${fork.seconds.toFixed(1)} s)`);
  else {
    console.log(`✗ fork course (${fork.seconds.toFixed(1)} s)\n  ${problems.join('\n  ')}`);
    failures.push('fork course');
  }
}

/** The German course: its build passes the site checks and the language check, and its overrides apply. */
function checkGermanCourse(outDir: string): string[] {
  const problems: string[] = [];
  const run = (script: string, args: string[], env: Record<string, string> = {}) => {
    const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CONTENT_DIR: kurs, NO_COLOR: '1', ...env } });
    if (result.status !== 0) problems.push(`${script} failed:\n${`${result.stdout}\n${result.stderr}`.trim().split('\n').slice(0, 40).join('\n')}`);
  };
  run('scripts/check-site.ts', [outDir]);
  run('scripts/check-language.ts', ['--dist', outDir], { LANGUAGE_CHECK_PORT: process.env.FORK_LANGUAGE_PORT ?? '4396' });
  const overrides = JSON.parse(readFileSync(join(kurs, 'locale.json'), 'utf8')) as { site: { home: { start: string } } };
  const home = decode(readFileSync(join(outDir, 'index.html'), 'utf8'));
  if (!home.includes(overrides.site.home.start)) problems.push(`the home page does not say "${overrides.site.home.start}", which ${kurs}/locale.json sets`);
  return problems;
}

if (germanCourse) {
  const german = build(kurs, 'kurs');
  const problems = german.ok ? checkGermanCourse(german.outDir) : [`the build failed:\n${german.output.split('\n').slice(-40).join('\n')}`];
  if (problems.length === 0) console.log(`✓ german course builds, reads in German on every page, and passes the site, axe and console checks (${german.seconds.toFixed(1)} s)`);
  else {
    console.log(`✗ german course (${german.seconds.toFixed(1)} s)\n  ${problems.join('\n  ')}`);
    failures.push('german course');
  }
}

for (const test of selected) {
  const label = (test.chapter ?? test.dataset ?? 'case').replace(/\.(mdx|csv|json)$/, '');
  const copy = join(tmp, label, 'course');
  cpSync(course, copy, { recursive: true });
  if (test.chapter) cpSync(join(broken, test.chapter), join(copy, 'chapters', test.chapter));
  if (test.dataset) cpSync(join(broken, 'datasets', test.dataset), join(copy, 'datasets', test.dataset));
  const result = build(copy, label);
  const missing = test.expect.filter((fragment) => !result.output.includes(fragment));
  // What to report: the output's lines that hold any fragment (the message, and the file where it is separate).
  const lines = [...new Set(result.output.split('\n').map((l) => l.trim()).filter((l) => test.expect.some((fragment) => l.includes(fragment))))];
  const line = lines.join(' | ') || '(no line matches)';
  if (!result.ok && missing.length === 0) {
    console.log(`✓ ${test.name}: ${line} (${result.seconds.toFixed(1)} s)`);
  } else {
    failures.push(test.name);
    const why = result.ok ? 'the build succeeded' : `the output lacks ${missing.map((m) => JSON.stringify(m)).join(', ')}`;
    console.log(`✗ ${test.name}: ${why} (${result.seconds.toFixed(1)} s)\n  ${line}`);
    if (!result.ok) console.log(result.output.split('\n').filter((l) => /error|\.mdx/i.test(l)).slice(0, 12).map((l) => `    ${l}`).join('\n'));
  }
}

const elapsed = ((Date.now() - total) / 1000).toFixed(1);
if (failures.length) {
  console.error(`\n✗ fork fixture: ${failures.length} failed (${failures.join('; ')}) in ${elapsed} s`);
  process.exit(1);
}
console.log(`\n✓ fork fixture: all passed in ${elapsed} s`);
