#!/usr/bin/env node
// Bundles the VS Code extension with esbuild (client; language server, which is also its lint
// worker's entry) and, with
// --package, builds the .vsix with @vscode/vsce from a staging folder that holds only the bundles,
// the schemas and the few packages that cannot be bundled.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const dist = path.join(root, 'dist');
const doPackage = process.argv.includes('--package');
const minify = !process.argv.includes('--no-minify');

/**
 * stylelint reads its own rule folder and resolves stylelint-config-standard from disk, so both
 * ship as node_modules (with their dependencies). Everything else is bundled.
 */
const UNBUNDLED = ['stylelint', 'stylelint-config-standard'];

/**
 * jsdom reads its default stylesheet from a path beside its own sources at load time; in a bundle
 * that path does not exist, so the stylesheet is inlined as a string.
 */
const inlineJsdomStylesheet = {
  name: 'inline-jsdom-stylesheet',
  setup(build) {
    build.onLoad({ filter: /jsdom[\\/]lib[\\/]jsdom[\\/]living[\\/]helpers[\\/]style-rules\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const css = fs.readFileSync(path.resolve(path.dirname(args.path), '../../browser/default-stylesheet.css'), 'utf8');
      const replaced = source.replace(/fs\.readFileSync\(\s*path\.resolve\(__dirname, "\.\.\/\.\.\/browser\/default-stylesheet\.css"\),\s*\{ encoding: "utf-8" \}\s*\)/, JSON.stringify(css));
      if (replaced === source) throw new Error('jsdom default stylesheet read not found: update build-extension.mjs');
      return { contents: replaced, loader: 'js' };
    });
  },
};

const common = {
  plugins: [inlineJsdomStylesheet],
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, minify,
  logLevel: 'warning', legalComments: 'none',
  // jsdom's optional native canvas and its sync-XHR worker are never used for linting.
  external: ['vscode', 'canvas', 'bufferutil', 'utf-8-validate', './xhr-sync-worker.js', ...UNBUNDLED],
  loader: { '.json': 'json' },
  // jsonc-parser's UMD main hides its requires from the bundler; its ES module build does not.
  mainFields: ['module', 'main'],
};

fs.rmSync(dist, { recursive: true, force: true });
const started = Date.now();
await Promise.all([
  esbuild.build({ ...common, entryPoints: [path.join(root, 'client/src/extension.ts')], outfile: path.join(dist, 'client.js') }),
  // A CommonJS entry keeps the bundle out of strict mode as a whole: jsdom's CSSOM assigns to
  // getter-only properties, which only strict mode turns into errors.
  esbuild.build({
    ...common, outfile: path.join(dist, 'server.js'),
    stdin: {
      resolveDir: root, sourcefile: 'server-entry.js', loader: 'js',
      contents: "const server = require('./server/src/lsp/main.ts');\nmodule.exports = server;\nif (require.main === module && require('node:worker_threads').isMainThread) server.main();\n",
    },
  }),
]);
// jsdom resolves (never loads, for linting) this file when it loads: it must sit beside the bundles.
fs.copyFileSync(require.resolve('jsdom/lib/jsdom/living/xhr/xhr-sync-worker.js'), path.join(dist, 'xhr-sync-worker.js'));
const kb = (f) => `${(fs.statSync(f).size / 1024).toFixed(0)} KB`;
console.log(`bundled in ${Date.now() - started} ms: client ${kb(path.join(dist, 'client.js'))}, server ${kb(path.join(dist, 'server.js'))}` + ' (also the lint worker)');
if (!doPackage) process.exit(0);

/** The production dependency closure of the unbundled packages, as installed. */
function closure(names) {
  const found = new Map();
  const visit = (name, fromDir) => {
    let pkgJson;
    try { pkgJson = createRequire(path.join(fromDir, 'noop.js')).resolve(`${name}/package.json`); } catch {
      // Packages without an exported package.json: walk node_modules folders upward.
      let dir = fromDir;
      for (;;) {
        const candidate = path.join(dir, 'node_modules', name, 'package.json');
        if (fs.existsSync(candidate)) { pkgJson = candidate; break; }
        const up = path.dirname(dir);
        if (up === dir) return;
        dir = up;
      }
    }
    const dir = path.dirname(pkgJson);
    if (found.has(dir)) return;
    found.set(dir, name);
    const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8'));
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep, dir);
  };
  for (const n of names) visit(n, root);
  return found;
}

const stage = path.join(root, 'dist', '.vsix-stage');
fs.mkdirSync(stage, { recursive: true });
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = {
  name: pkg.name, displayName: pkg.displayName, description: pkg.description, version: pkg.version,
  publisher: pkg.publisher, license: pkg.license, engines: { vscode: pkg.engines.vscode },
  main: './dist/client.js', categories: pkg.categories, activationEvents: pkg.activationEvents,
  contributes: pkg.contributes, capabilities: pkg.capabilities, icon: pkg.icon,
  dependencies: Object.fromEntries(UNBUNDLED.map((n) => [n, pkg.dependencies[n]])),
};
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
for (const f of ['client.js', 'server.js', 'xhr-sync-worker.js']) fs.cpSync(path.join(dist, f), path.join(stage, 'dist', f));
fs.cpSync(path.join(root, 'schemas'), path.join(stage, 'schemas'), { recursive: true });
if (pkg.icon) fs.cpSync(path.join(root, pkg.icon), path.join(stage, pkg.icon));
fs.copyFileSync(path.join(root, 'docs', 'editors.md'), path.join(stage, 'README.md'));
fs.copyFileSync(path.join(root, '.vscodeignore'), path.join(stage, '.vscodeignore'));
fs.writeFileSync(path.join(stage, 'LICENSE'), `MIT License\n\nCopyright (c) crossmedia-lint contributors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.\n`);
// Flat node_modules: every package of the closure at the top level, as npm hoisted it here.
for (const [dir, name] of closure(UNBUNDLED)) {
  const rel = path.relative(path.join(root, 'node_modules'), dir);
  if (rel.startsWith('..')) throw new Error(`${name} is installed outside node_modules: ${dir}`);
  fs.cpSync(dir, path.join(stage, 'node_modules', rel), { recursive: true, dereference: true });
}

const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
const out = path.join(root, `${pkg.name}-${pkg.version}.vsix`);
// The stage's node_modules holds exactly the unbundled closure; vsce lists it with npm.
execFileSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', out], { cwd: stage, stdio: 'inherit' });
console.log(`${path.relative(root, out)}: ${(fs.statSync(out).size / 1024 / 1024).toFixed(2)} MB`);
