import { beforeAll, describe, expect, test } from 'vitest';
import * as v from 'valibot';
import { loadRussianMorphology } from '../../scripts/node-morph';
import type { RussianMorphology } from '../morph/morphology';
import { NameFormSchema, unsafeFormReason } from './forms';
import { EntityIdSchema, UserArticleIdSchema } from './ids';
import { HttpUrlSchema, httpUrl } from './url';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
}, 60_000);

describe('name forms', () => {
  test.each([
    ['The', 'en'],
    ['And', 'en'],
    ['People', 'en'],
    ['Said', 'en'],
    ['Мир', 'ru'],
    ['Президент', 'ru'],
    ['Также', 'ru'],
    ['Он', 'ru'],
    ['Xi', 'en'],
    ['a', 'en'],
  ] as const)('“%s” (%s) is refused: a common word, or too short', (text, lang) => {
    expect(unsafeFormReason({ text, kind: 'full', lang }, morph)).not.toBeNull();
  });

  test.each([
    ['Tokayev', 'en'],
    ['Baku', 'en'],
    ['Middle Corridor', 'en'],
    ['The Times', 'en'],
    ['Токаев', 'ru'],
    ['Газа', 'ru'],
    ['Москва', 'ru'],
    ['Совет мира', 'ru'],
  ] as const)('“%s” (%s) is a name the library may paint', (text, lang) => {
    expect(unsafeFormReason({ text, kind: 'full', lang }, morph)).toBeNull();
  });

  test('acronyms: two capitals or more', () => {
    expect(unsafeFormReason({ text: 'OTS', kind: 'acronym', lang: 'en' }, morph)).toBeNull();
    expect(unsafeFormReason({ text: 'ООН', kind: 'acronym', lang: 'ru' }, morph)).toBeNull();
    expect(unsafeFormReason({ text: 'A', kind: 'acronym', lang: 'en' }, morph)).not.toBeNull();
    expect(unsafeFormReason({ text: 'ots', kind: 'acronym', lang: 'en' }, morph)).not.toBeNull();
  });

  test('the schema bounds a form’s text and kind', () => {
    expect(v.is(NameFormSchema, { text: 'Tokayev', kind: 'full', lang: 'en' })).toBe(true);
    expect(v.is(NameFormSchema, { text: 'x'.repeat(201), kind: 'full', lang: 'en' })).toBe(false);
    expect(v.is(NameFormSchema, { text: 'Tokayev', kind: 'nickname', lang: 'en' })).toBe(false);
  });
});

describe('ids and addresses', () => {
  test('entity and article ids', () => {
    expect(v.is(EntityIdSchema, 'kassym-jomart-tokayev')).toBe(true);
    for (const bad of ['', 'Tokayev', 'a b', '-x', 'x--y', '../x', 'x'.repeat(121), 7, null])
      expect(v.is(EntityIdSchema, bad), String(bad)).toBe(false);
    expect(v.is(UserArticleIdSchema, 'user-3f2a9c')).toBe(true);
    for (const bad of ['seed-1', 'user-', 'user-<script>', 'user-' + 'x'.repeat(200)])
      expect(v.is(UserArticleIdSchema, bad), bad).toBe(false);
  });

  test('article addresses are http(s) only', () => {
    for (const good of ['https://example.com/a', 'http://news.example.kz/x?y=1'])
      expect(v.is(HttpUrlSchema, good), good).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'chrome-extension://abc/library.html',
      'ftp://example.com/',
      'https://user:pass@example.com/',
      'not a url',
      'https://example.com/' + 'x'.repeat(2100),
    ])
      expect(v.is(HttpUrlSchema, bad), bad).toBe(false);
    expect(httpUrl(' https://Example.com/a ')).toBe('https://example.com/a');
  });
});
