import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialPanelScripts, staticImports, withoutContentHash } from './size';

describe('side panel initial JS', () => {
  it('follows static imports and re-exports, not dynamic imports', () => {
    const code = 'import{a as b}from"./react.js";import"./polyfill.js";export*from"../shared.js";const e=()=>import(`./engine.js`),f=()=>import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['../shared.js', './polyfill.js', './react.js']);
  });

  it('counts the page\'s module script, its modulepreloads and what they import, once each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-size-'));
    mkdirSync(join(dir, 'chunks'));
    writeFileSync(
      join(dir, 'sidepanel.html'),
      '<script type="module" crossorigin src="/chunks/sidepanel.js"></script><link rel="modulepreload" crossorigin href="/chunks/vendor.js">',
    );
    writeFileSync(join(dir, 'chunks', 'sidepanel.js'), 'import{x}from"./vendor.js";import"./style-helper.js";const l=()=>import(`./engine.js`);');
    writeFileSync(join(dir, 'chunks', 'vendor.js'), 'export const x=1;');
    writeFileSync(join(dir, 'chunks', 'style-helper.js'), 'import"./vendor.js";');
    writeFileSync(join(dir, 'chunks', 'engine.js'), 'export const big=1;');
    expect(initialPanelScripts(dir).map((file) => file.slice(dir.length + 1))).toEqual(['chunks/sidepanel.js', 'chunks/style-helper.js', 'chunks/vendor.js']);
  });
});

describe('size figure names', () => {
  it('drop the content hash of chunks, so a figure keeps its name across builds', () => {
    expect(withoutContentHash('chunks/engine-bundle-D3jVNlMC.js')).toBe('chunks/engine-bundle.js');
    expect(withoutContentHash('chunks/sidepanel-la-py9Oz.js')).toBe('chunks/sidepanel.js');
    expect(withoutContentHash('content-scripts/tripadvisor.js')).toBe('content-scripts/tripadvisor.js');
  });
});
