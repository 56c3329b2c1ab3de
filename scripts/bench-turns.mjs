// Two builds by turns: the fair way to tell whether a change makes taps faster on a machine whose
// speed moves by more than a change does. The build in dist/ (from the working tree) and another
// take turns journey by journey, each journey on a new page, timed as `npm run bench` times the
// app's taps (scripts/bench/taps.mjs).
//
//   npm run bench:turns -- <git revision, or a built dist/ folder>
//
// A revision is built in a temporary git worktree with this checkout's node_modules, so the two
// builds share their dependencies (a warning says so when the revision's package-lock.json
// differs). Environment: BENCH_PAIRS (journeys of each build, default 8), BENCH_JSON (save every
// tap to this file), BENCH_TIMEOUT_S (give up after this long; default scales with the pairs).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAverage, log, positiveInt, runMain } from './bench/lifecycle.mjs';
import { renderTurns } from './bench/report.mjs';
import { serveDirectory } from './bench/serve.mjs';
import { journey, launchBrowser } from './bench/taps.mjs';
import { chromiumFlags, chromiumPath, chromiumVersion } from './chromium.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const cpuRate = 4;
const pairs = positiveInt('BENCH_PAIRS', 8);
const timeoutS = positiveInt('BENCH_TIMEOUT_S', 300 + pairs * 60);
const git = (...args) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The build to compare with, copied to a temporary folder: a built folder as given (a relative
 * path from where the command was typed), or a git revision built in a temporary worktree.
 */
async function otherBuild(spec, cleanups) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'turns-other-'));
  cleanups.push(() => rm(copy, { recursive: true, force: true }));
  const folder = path.resolve(process.env.INIT_CWD ?? process.cwd(), spec);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    if (!existsSync(path.join(folder, '.vite', 'manifest.json'))) {
      throw new Error(`${folder} is not a build of this app (no .vite/manifest.json): give its dist/ folder`);
    }
    await cp(folder, copy, { recursive: true });
    return { dir: copy, label: folder };
  }
  let commit;
  try {
    commit = git('rev-parse', '--verify', '--quiet', `${spec}^{commit}`);
  } catch {
    throw new Error(`"${spec}" is neither a folder nor a git revision`);
  }
  const tree = await mkdtemp(path.join(os.tmpdir(), 'turns-tree-'));
  cleanups.push(() => rm(tree, { recursive: true, force: true }));
  git('worktree', 'add', '--detach', tree, commit);
  cleanups.push(async () => {
    try {
      git('worktree', 'remove', '--force', tree);
    } catch {
      // The folder goes anyway; then git forgets worktrees whose folders are gone.
      await rm(tree, { recursive: true, force: true });
      git('worktree', 'prune');
    }
  });
  if (git('diff', '--name-only', commit, '--', 'package-lock.json') !== '') {
    log(`warning: ${spec} has another package-lock.json; it is built with this checkout's node_modules`);
  }
  await symlink(path.join(root, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  log(`building ${spec} (${commit.slice(0, 7)}) in ${tree}`);
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  await cp(path.join(tree, 'dist'), copy, { recursive: true });
  return { dir: copy, label: `${spec} (${commit.slice(0, 7)})` };
}

async function main(cleanups) {
  const args = process.argv.slice(2);
  if (args.length !== 1) {
    throw new Error('give one build to compare with: a git revision, or a built dist/ folder');
  }
  const distDir = path.join(root, 'dist');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/index.html not found: run `npm run build` first');
  }
  const loadAtStart = loadAverage();
  const here = await mkdtemp(path.join(os.tmpdir(), 'turns-here-'));
  cleanups.push(() => rm(here, { recursive: true, force: true }));
  await cp(distDir, here, { recursive: true });
  const changed = git('status', '--porcelain') !== '';
  const builtAt = statSync(path.join(distDir, 'index.html')).mtime.toISOString();
  const builds = [
    {
      name: 'here',
      label: `dist/ as built at ${builtAt}, the checkout at ${git('rev-parse', '--short', 'HEAD')}${changed ? ' with changes' : ''}`,
      dir: here,
    },
    { name: 'other', ...(await otherBuild(args[0], cleanups)) },
  ];
  for (const build of builds) {
    const server = await serveDirectory(build.dir);
    cleanups.push(server.close);
    build.url = server.url;
    build.journeys = [];
  }
  const browser = await launchBrowser(chromiumPath, chromiumFlags);
  cleanups.push(() => browser.close());
  log(`${pairs} journeys of each build, taking turns, CPU slowed ${cpuRate}x`);
  for (let i = 0; i < pairs; i += 1) {
    // Which build goes first alternates too, so neither always meets a warmer browser.
    for (const build of i % 2 === 0 ? builds : [...builds].reverse()) {
      const run = await journey(browser, build.url, cpuRate);
      if (run.errors.length > 0) log(`${build.name}: page error: ${run.errors.join('; ')}`);
      build.journeys.push(run.taps.map(({ button, to, ms, inputDelayMs }) => ({ button, to, ms, inputDelayMs })));
    }
    log(`  pair ${i + 1}/${pairs} done`);
  }
  const results = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(),
    host: { cores: os.availableParallelism(), loadAverage: { start: loadAtStart, end: loadAverage() } },
    cpuSlowdown: cpuRate,
    builds: builds.map(({ name, label, journeys }) => ({ name, label, journeys })),
  };
  process.stdout.write(`${renderTurns(results)}\n`);
  if (process.env.BENCH_JSON) {
    await writeFile(process.env.BENCH_JSON, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`Every tap written to ${process.env.BENCH_JSON}\n`);
  }
}

await runMain('bench:turns', timeoutS, main);
