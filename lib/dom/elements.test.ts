import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isInsideSkipped, nearestBlock } from './elements';

const { document } = parseHTML(
  '<html><body><article><p id="p">Ilham <b><i id="i">Aliyev</i></b></p><div contenteditable><span id="e">x</span></div></article></body></html>',
);

describe('nearestBlock', () => {
  it('climbs from inline markup to the paragraph that holds it, so only that paragraph is rescanned', () => {
    const text = document.getElementById('i')!.firstChild!;
    expect(nearestBlock(text, document.body)).toBe(document.getElementById('p'));
  });
  it('stops at the root', () => {
    const p = document.getElementById('p')!;
    expect(nearestBlock(p.firstChild!, p)).toBe(p);
  });
});

describe('isInsideSkipped', () => {
  it('knows text typed in an editor is not to be annotated', () => {
    expect(isInsideSkipped(document.getElementById('e')!.firstChild!)).toBe(true);
    expect(isInsideSkipped(document.getElementById('i')!.firstChild!)).toBe(false);
  });
});
