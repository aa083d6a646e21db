import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { declinePhrase } from './decline-phrase';
import type { RussianMorphology } from './morphology';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
});

describe('declinePhrase', () => {
  it('declines the head noun and the adjective before it', () => {
    expect(declinePhrase('Средний коридор', morph)).toEqual([
      'Средний коридор',
      'Среднего коридора',
      'Среднему коридору',
      'Средний коридор',
      'Средним коридором',
      'Среднем коридоре',
    ]);
  });

  it('keeps a dependent genitive as it is', () => {
    expect(declinePhrase('Организация тюркских государств', morph)).toEqual([
      'Организация тюркских государств',
      'Организации тюркских государств',
      'Организации тюркских государств',
      'Организацию тюркских государств',
      'Организацией тюркских государств',
      'Организации тюркских государств',
    ]);
    expect(declinePhrase('Совет мира', morph)).toContain('Совета мира');
    expect(declinePhrase('Совет мира', morph)).toContain('Советом мира');
  });

  it('makes every adjective agree, even one the dictionary does not know', () => {
    const forms = declinePhrase('Транскаспийский международный транспортный маршрут', morph);
    expect(forms[1]).toBe('Транскаспийского международного транспортного маршрута');
    expect(forms[4]).toBe('Транскаспийским международным транспортным маршрутом');
  });

  it('declines a feminine head with its adjective', () => {
    expect(declinePhrase('Шанхайская организация сотрудничества', morph)).toEqual([
      'Шанхайская организация сотрудничества',
      'Шанхайской организации сотрудничества',
      'Шанхайской организации сотрудничества',
      'Шанхайскую организацию сотрудничества',
      'Шанхайской организацией сотрудничества',
      'Шанхайской организации сотрудничества',
    ]);
  });

  it('keeps a prepositional group after the head', () => {
    expect(declinePhrase('Организация по безопасности и сотрудничеству в Европе', morph)[1]).toBe(
      'Организации по безопасности и сотрудничеству в Европе',
    );
  });

  it('reads a capitalised name as the place, not the common noun', () => {
    expect(declinePhrase('Газа', morph)).toContain('Газе');
    expect(declinePhrase('Астана', morph)).toContain('Астане');
    expect(declinePhrase('Вена', morph)).toContain('Вене');
  });

  it('leaves indeclinable words and acronyms alone', () => {
    expect(new Set(declinePhrase('Баку', morph))).toEqual(new Set(['Баку']));
    expect(new Set(declinePhrase('Алматы', morph))).toEqual(new Set(['Алматы']));
    expect(new Set(declinePhrase('ОТГ', morph))).toEqual(new Set(['ОТГ']));
    expect(declinePhrase('XII Саммит ОТГ', morph)).toContain('XII Саммите ОТГ');
    expect(declinePhrase('Милли Меджлис', morph)).toContain('Милли Меджлиса');
  });
});
