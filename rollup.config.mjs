import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), /^node:/];
const isExternal = (id) => external.some((e) => (typeof e === 'string' ? id === e || id.startsWith(`${e}/`) : e.test(id)));

// Terser for the script-tag bundle: three passes, and reading a property is taken to have no side effect (an unused
// read may go; nothing here reads a property for its effect, such as offsetWidth to force a layout). Function
// declarations are hoisted and function expressions become arrows where they use no `this` (no code here calls
// `new` on a function expression): 0.23 KB gzip less. Measured and left out: `toplevel` (it would rename the
// script's global), `unsafe` (0.07 KB for `String(x)` read as `"" + x`), `unsafe_comps` (wrong for NaN). Statements
// are not joined into comma sequences: 0.23 KB longer but 15 bytes less gzipped (statements repeat, so gzip finds
// them again; joined, each run starts differently).
const TERSER = { ecma: 2020, compress: { passes: 3, pure_getters: true, hoist_funs: true, unsafe_arrows: true, sequences: false } };

// @date-fns/utc's UTCDateMini module patches its own class's prototype when loaded, nothing outside it: when the
// calendar's date-fns helpers are not called (the interactive timeline counts days itself), the module may go.
const browserTreeshake = { moduleSideEffects: (id) => !id.includes('/@date-fns/utc/') };

// `const` declares nothing `let` does not, for a program that never assigns one (the compiler holds the source to
// that): written `let`, the script's declarations are one keyword, which terser then joins and gzip codes shorter
// (0.25 KB gzip). Same length (`let  `), so the source map still holds; terser drops the spaces.
function constAsLet() {
  return {
    name: 'const-as-let',
    renderChunk(code) {
      const starts = [];
      (function visit(node) {
        if (node.type === 'VariableDeclaration' && node.kind === 'const') starts.push(node.start);
        for (const key in node) {
          const value = node[key];
          if (Array.isArray(value)) for (const child of value) child && typeof child.type === 'string' && visit(child);
          else if (value && typeof value.type === 'string') visit(value);
        }
      })(this.parse(code));
      let out = '';
      let at = 0;
      for (const start of starts.sort((a, b) => a - b)) {
        out += `${code.slice(at, start)}let  `;
        at = start + 5;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}
const minified = (options = TERSER) => [constAsLet(), terser(options)];

function browserPlugins() {
  return [
    json(),
    nodeResolve({ browser: true }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
  ];
}

// Chunk names carry a content hash, so a build leaves the previous build's chunks beside its own; clear them first.
const clearChunks = { name: 'clear-chunks', buildStart: () => rmSync('dist/chunks', { recursive: true, force: true }) };

export default [
  // The npm package: ES modules with declarations; dependencies stay imports.
  {
    input: { index: 'src/index.ts', extract: 'src/extract.ts', timeline: 'src/timeline.ts', cli: 'src/cli.ts', 'extract-worker': 'src/cli/extract-worker.ts' },
    external: isExternal,
    plugins: [clearChunks, json(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types' })],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: 'hidden',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
  // One script tag: the interactive timeline bundled, a global `EventTimeline`, and the <event-timeline> element
  // registered.
  {
    input: 'src/browser.ts',
    plugins: browserPlugins(),
    treeshake: browserTreeshake,
    output: [
      { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', plugins: minified(), sourcemap: 'hidden' },
      { file: 'dist/event-timeline.esm.min.js', format: 'es', plugins: minified({ ...TERSER, module: true }), sourcemap: 'hidden' },
    ],
  },
  // The static SVG renderer for a page that wants one, apart: a global `EventTimelineStatic`.
  {
    input: 'src/browser-static.ts',
    plugins: browserPlugins(),
    treeshake: browserTreeshake,
    output: { file: 'dist/event-timeline-static.min.js', format: 'iife', name: 'EventTimelineStatic', plugins: minified(), sourcemap: 'hidden' },
  },
];
