import { describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS, isSiteEnabled, ownEntitiesShown, settingsFrom } from './settings';

describe('settings read from storage are validated', () => {
  test.each([
    ['a string', 'news.example.com'],
    ['an object', { 'news.example.com': true }],
    ['null', null],
    ['a number', 42],
  ])('a disabledSites that is %s falls back to none, and the page is annotated', (_, disabledSites) => {
    const settings = settingsFrom({ disabledSites, style: 'background' });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.style).toBe('background');
    expect(() => isSiteEnabled(settings, 'news.example.com')).not.toThrow();
    expect(isSiteEnabled(settings, 'news.example.com')).toBe(true);
  });

  test('entries of disabledSites that are not host names are dropped, the others kept', () => {
    const settings = settingsFrom({
      disabledSites: ['a.example', 7, null, { x: 1 }, 'b.example', 'has space'],
    });
    expect(settings.disabledSites).toEqual(['a.example', 'b.example']);
    expect(isSiteEnabled(settings, 'a.example')).toBe(false);
  });

  test('each malformed field falls back to its default alone', () => {
    const settings = settingsFrom({
      paused: 'yes',
      types: ['person', 'spaceship', 3],
      mentions: 'some',
      style: 'blink',
      hoverDelayMs: -5,
    });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settingsFrom('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(settingsFrom([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  test('well-formed settings come through unchanged', () => {
    const stored = {
      paused: true,
      disabledSites: ['news.example.com'],
      types: ['place', 'person'],
      mentions: 'first',
      style: 'background',
      hoverDelayMs: 0,
      ownEntities: 'allowed',
      ownEntitySites: ['news.example.com'],
    };
    expect(settingsFrom(stored)).toEqual({ ...stored, types: ['person', 'place'] });
  });
});

describe('names from the reader’s own articles', () => {
  test('are painted everywhere by default, only on allowed sites, or nowhere', () => {
    expect(ownEntitiesShown(settingsFrom(undefined), 'news.example.com')).toBe(true);
    const allowed = settingsFrom({ ownEntities: 'allowed', ownEntitySites: ['news.example.com', 5] });
    expect(allowed.ownEntitySites).toEqual(['news.example.com']);
    expect(ownEntitiesShown(allowed, 'news.example.com')).toBe(true);
    expect(ownEntitiesShown(allowed, 'tracker.example')).toBe(false);
    expect(ownEntitiesShown(settingsFrom({ ownEntities: 'nowhere' }), 'news.example.com')).toBe(false);
    expect(settingsFrom({ ownEntities: 'sometimes' }).ownEntities).toBe('everywhere');
  });
});
