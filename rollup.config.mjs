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
// script's global), `unsafe` (0.07 KB for `String(x)` read as `"" + x`), `unsafe_comps` (wrong for NaN).
const TERSER = { ecma: 2020, compress: { passes: 3, pure_getters: true, hoist_funs: true, unsafe_arrows: true } };

// @date-fns/utc's UTCDateMini module patches its own class's prototype when loaded, nothing outside it: when the
// calendar's date-fns helpers are not called (the interactive timeline counts days itself), the module may go.
const browserTreeshake = { moduleSideEffects: (id) => !id.includes('/@date-fns/utc/') };

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
      { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', plugins: [terser(TERSER)], sourcemap: 'hidden' },
      { file: 'dist/event-timeline.esm.min.js', format: 'es', plugins: [terser({ ...TERSER, module: true })], sourcemap: 'hidden' },
    ],
  },
  // The static SVG renderer for a page that wants one, apart: a global `EventTimelineStatic`.
  {
    input: 'src/browser-static.ts',
    plugins: browserPlugins(),
    treeshake: browserTreeshake,
    output: { file: 'dist/event-timeline-static.min.js', format: 'iife', name: 'EventTimelineStatic', plugins: [terser(TERSER)], sourcemap: 'hidden' },
  },
];
