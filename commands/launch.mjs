/**
 * `node commands/launch.mjs ENTRY.ts [args…]`: how every npm script starts.
 * Compiling TypeScript at each start (tsx) was most of a command's start-up:
 * instead, esbuild (which tsx already brings) bundles the entry point's own
 * code once into out/.launch/ (with the few packages listed below), and later
 * starts reuse the bundle while none of its inputs changed (their sizes and
 * mtimes are kept in esbuild's metafile, the launcher's own among them).
 * Code splitting keeps each entry point's dynamic imports lazy (lib/cli.ts):
 * --help and a usage error load neither Playwright nor the simulator.
 * Plain JavaScript, so that nothing compiles it.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('Utilisation : node commands/launch.mjs FICHIER.ts [arguments…]\n');
  process.exit(2);
}

const name = relative(root, resolve(entry))
  .replace(/\.[cm]?tsx?$/, '')
  .replaceAll('/', '__');
const launchDir = join(root, 'out/.launch');
/** Which build directory is current, and the inputs it was built from. */
const stampFile = join(launchDir, `${name}.inputs.json`);
/** Build directories older than this, not current, are removed: a command still running loads its chunks from its own. */
const OLD_BUILD_MS = 60 * 60 * 1000;

/**
 * Packages bundled in with the code: pure JavaScript that finds nothing on disk.
 * Loading hono's and zod's hundreds of small modules through Node's ESM loader
 * was half of the simulator's start. The others stay external: Playwright,
 * pino (its transports start worker threads by file name), esbuild, the bench's.
 */
const BUNDLED_PACKAGES = ['hono', '@hono/node-server', 'zod', 'dotenv', 'lru-cache'];

/**
 * External CommonJS packages loaded with require rather than import: Node's import of a
 * CommonJS module first scans its source for export names (cjs-module-lexer), and
 * Playwright's bundle is large enough for that scan to cost 0.3 s of every command's start.
 */
const REQUIRED_PACKAGES = ['playwright', 'playwright-core', '@playwright/test'];
/** esbuild's namespace for requireInstead's stand-in modules: their metafile inputs are `required:PACKAGE`, no files. */
const REQUIRED_NAMESPACE = 'required';

const buildDir = readFreshBuild() ?? (await rebuild());
// The command reads its arguments as if started directly.
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(join(buildDir, 'entry.mjs')).href);

/** The current build directory when every input the last build read still has the size and mtime it had then. */
function readFreshBuild() {
  try {
    const { dir, inputs } = JSON.parse(readFileSync(stampFile, 'utf8'));
    const buildDir = join(launchDir, dir);
    statSync(join(buildDir, 'entry.mjs'));
    const fresh = Object.entries(inputs).every(([file, stamp]) => {
      const now = statSync(join(root, file));
      return now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
    });
    return fresh ? buildDir : undefined;
  } catch {
    return undefined;
  }
}

async function rebuild() {
  mkdirSync(launchDir, { recursive: true });
  // Loaded only when there is something to build: a fresh start does not pay for it.
  const { build } = await import('esbuild');
  // Built aside, then renamed into a directory named after its contents: two commands
  // starting at once never read a half-written build, and a running one keeps its chunks.
  const temporary = join(launchDir, `${name}.${process.pid}.tmp`);
  rmSync(temporary, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { entry: entry },
    outdir: temporary,
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    // Beside each file, not inline: Node parsed and decoded the inline map at every start (a third of it).
    // The map locates lines; the sources are on disk.
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    logLevel: 'error',
    // A bundled CommonJS package (dotenv) requires Node's built-ins: give each ESM chunk a require.
    banner: { js: "import { createRequire as __launchRequire } from 'node:module'; const require = __launchRequire(import.meta.url);" },
    // import.meta.url must still point into the source tree: modules find their files (scenarios, the guide) next to themselves.
    plugins: [keepSourceUrls(), requireInstead(REQUIRED_PACKAGES), bundleOnly(BUNDLED_PACKAGES)],
  });
  const dir = `${name}-${contentHash(temporary)}`;
  const buildDir = join(launchDir, dir);
  try {
    renameSync(temporary, buildDir);
  } catch (error) {
    // Another start built the same contents first (a directory is not renamed over a full one): keep that one.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    rmSync(temporary, { recursive: true, force: true });
  }
  writeStamp(dir, result.metafile);
  removeOldBuilds(dir);
  return buildDir;
}

/** A short hash of every file the build wrote, in name order. */
function contentHash(dir) {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

function writeStamp(dir, metafile) {
  // The launcher's own build options are an input too: changing them rebuilds every bundle.
  const launcher = relative(root, fileURLToPath(import.meta.url));
  const inputs = Object.fromEntries(
    [...Object.keys(metafile.inputs).filter((file) => !file.startsWith(`${REQUIRED_NAMESPACE}:`)), launcher].map((file) => {
      const { size, mtimeMs } = statSync(join(root, file));
      return [file, { size, mtimeMs }];
    }),
  );
  writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify({ dir, inputs }));
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
}

/** This entry's earlier builds, crashed builds and single-file bundles (before splitting), once nothing can be loading them. */
function removeOldBuilds(current) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = new RegExp(`^${escaped}(-[0-9a-f]{12}|\\.\\d+\\.tmp|\\.mjs(\\.map)?)$`);
  const now = Date.now();
  for (const file of readdirSync(launchDir)) {
    if (!ours.test(file) || file === current) continue;
    const path = join(launchDir, file);
    try {
      const singleFile = file.endsWith('.mjs') || file.endsWith('.map');
      if (singleFile || now - statSync(path).mtimeMs > OLD_BUILD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Removed by another start meanwhile.
    }
  }
}

/** Marks every bare import external unless its package is in `packages`. */
function bundleOnly(packages) {
  return {
    name: 'bundle-only',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
        return packages.includes(name) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/** Each import of one of `packages` becomes a CommonJS module that requires it (the banner's require, at run time). */
function requireInstead(packages) {
  return {
    name: 'require-instead',
    setup(builder) {
      builder.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.namespace === REQUIRED_NAMESPACE) return { path: args.path, external: true };
        return packages.includes(args.path) ? { path: args.path, namespace: REQUIRED_NAMESPACE } : undefined;
      });
      builder.onLoad({ filter: /.*/, namespace: REQUIRED_NAMESPACE }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/** Rewrites `import.meta.url` in each bundled module to that module's own source URL. */
function keepSourceUrls() {
  return {
    name: 'keep-source-urls',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?tsx?$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        return {
          contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
          loader: args.path.endsWith('x') ? 'tsx' : 'ts',
        };
      });
    },
  };
}
