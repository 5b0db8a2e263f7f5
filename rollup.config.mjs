import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), /^node:/];
const isExternal = (id) => external.some((e) => (typeof e === 'string' ? id === e || id.startsWith(`${e}/`) : e.test(id)));

export default [
  // The npm package: ES modules with declarations; dependencies stay imports.
  {
    input: { index: 'src/index.ts', extract: 'src/extract.ts', timeline: 'src/timeline.ts', cli: 'src/cli.ts' },
    external: isExternal,
    plugins: [json(), typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist/types' })],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
    },
  },
  // One script tag: everything bundled, a global `EventTimeline`, and the <event-timeline> element registered.
  {
    input: 'src/browser.ts',
    plugins: [
      json(),
      nodeResolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationDir: undefined, outDir: 'dist' }),
    ],
    output: [
      { file: 'dist/event-timeline.min.js', format: 'iife', name: 'EventTimeline', plugins: [terser()], sourcemap: true },
      { file: 'dist/event-timeline.esm.min.js', format: 'es', plugins: [terser()], sourcemap: true },
    ],
  },
];
