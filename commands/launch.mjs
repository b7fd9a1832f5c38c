/**
 * `node commands/launch.mjs ENTRY.ts [args…]`: how every npm script starts.
 * Compiling TypeScript at each start (tsx) was most of a command's start-up:
 * instead, esbuild (which tsx already brings) bundles the entry point's own
 * code once into out/.launch/ (with the few packages listed below), and later
 * starts reuse the bundle while none of its inputs changed (their sizes and
 * mtimes are kept in esbuild's metafile, the launcher's own among them). Plain JavaScript, so that nothing compiles it.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
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
const outDir = join(root, 'out/.launch');
const bundle = join(outDir, `${name}.mjs`);
const stampFile = join(outDir, `${name}.inputs.json`);

/**
 * Packages bundled in with the code: pure JavaScript that finds nothing on disk.
 * Loading hono's and zod's hundreds of small modules through Node's ESM loader
 * was half of the simulator's start. The others stay external: Playwright,
 * pino (its transports start worker threads by file name), esbuild, the bench's.
 */
const BUNDLED_PACKAGES = ['hono', '@hono/node-server', 'zod', 'dotenv', 'lru-cache'];

if (!isFresh()) await rebuild();
// The command reads its arguments as if started directly.
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(bundle).href);

/** Fresh when every input the last build read still has the size and mtime it had then. */
function isFresh() {
  try {
    const inputs = JSON.parse(readFileSync(stampFile, 'utf8'));
    statSync(bundle);
    return Object.entries(inputs).every(([file, stamp]) => {
      const now = statSync(join(root, file));
      return now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
    });
  } catch {
    return false;
  }
}

async function rebuild() {
  mkdirSync(outDir, { recursive: true });
  // Loaded only when there is something to build: a fresh start does not pay for it.
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    // Beside the bundle, not inline: Node parsed and decoded the inline map at every start (a third of it).
    // The map locates lines; the sources are on disk.
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: 'error',
    // A bundled CommonJS package (dotenv) requires Node's built-ins: give the ESM bundle a require.
    banner: { js: "import { createRequire as __launchRequire } from 'node:module'; const require = __launchRequire(import.meta.url);" },
    // import.meta.url must still point into the source tree: modules find their files (scenarios, the guide) next to themselves.
    plugins: [keepSourceUrls(), bundleOnly(BUNDLED_PACKAGES)],
  });
  // Written aside then renamed: two commands starting at once never read a half-written bundle.
  const temporary = `${bundle}.${process.pid}.tmp`;
  const output = (suffix) => result.outputFiles.find((file) => file.path.endsWith(suffix)).contents;
  writeFileSync(`${bundle}.map`, output('.mjs.map'));
  writeFileSync(temporary, output('.mjs'));
  renameSync(temporary, bundle);
  // The launcher's own build options are an input too: changing them rebuilds every bundle.
  const launcher = relative(root, fileURLToPath(import.meta.url));
  const inputs = Object.fromEntries(
    [...Object.keys(result.metafile.inputs), launcher].map((file) => {
      const { size, mtimeMs } = statSync(join(root, file));
      return [file, { size, mtimeMs }];
    }),
  );
  writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify(inputs));
  renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
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
