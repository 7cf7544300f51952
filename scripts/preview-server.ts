/**
 * Starts `astro preview` of the build in dist/ on a port of its own (reports run beside a dev server or the
 * test suite's preview) and resolves once it answers. Returns a function that stops it. `root` serves another
 * checkout's build (the bench's before/after comparison); it defaults to this one. `outDir` serves a build made
 * elsewhere (the fork fixture's).
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number, root = process.cwd(), outDir?: string): Promise<() => void> {
  const origin = `http://localhost:${port}`;
  const server = spawn('astro', ['preview', '--port', String(port), '--host', 'localhost', '--ignore-lock', ...(outDir ? ['--outDir', outDir] : [])], {
    stdio: 'ignore',
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(origin)).ok) return () => server.kill();
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`astro preview did not start on port ${port}`);
}
