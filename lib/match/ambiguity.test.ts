// Trap texts: ambiguous forms (short acronyms, one-word short names) where the page does and does not
// say which entity it means, and places inside longer proper names.
import { describe, expect, it } from 'vitest';
import { fixturePack } from '../../test/devset/fixture-pack';
import { supportedMatches } from './ambiguity';
import { BLOCK_BREAK, compileMatcher, createPageContext, type PageContext } from './scanner';

const pack = fixturePack();
const matcher = compileMatcher(pack);
const typeOf = (i: number) => pack.entities[i]?.type;

/** What a page of these texts (in order, one context) paints: [surface, entity id]. */
function painted(...texts: string[]): [string, string][] {
  const ctx: PageContext = createPageContext();
  return texts.flatMap((text) =>
    supportedMatches(text, matcher.scan(text, ctx), typeOf, ctx).map((m): [string, string] => [
      text.slice(m.start, m.end),
      pack.entities[m.entity].id,
    ]),
  );
}

describe('ambiguous forms need the page’s support', () => {
  it('leaves a short acronym alone on a page about something else', () => {
    expect(painted('The SCO Group filed a new lawsuit over its Unix licences on Monday.')).toEqual([]);
    expect(painted('UN soldiers and a UN flag appeared in the trailer of the game.')).toEqual([]);
  });

  it('paints it where another entity of the corpus is named close by', () => {
    expect(painted('Leaders of the SCO met in Kazakhstan on Friday.')).toEqual([
      ['SCO', 'sco'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
    expect(painted('Президент Токаев выступил на саммите ШОС.')).toEqual([
      ['Токаев', 'tokayev'],
      ['ШОС', 'sco'],
    ]);
  });

  it('paints it after its full name earlier on the page, or beside its expansion', () => {
    expect(painted('The United Nations opened its session.', 'Later the UN said it would vote.')).toEqual([
      ['United Nations', 'un'],
      ['UN', 'un'],
    ]);
    expect(painted('ОТГ (Организация тюркских государств) проведёт встречу.')).toEqual([
      ['ОТГ', 'ots'],
      ['Организация тюркских государств', 'ots'],
    ]);
  });

  it('is not supported by the full name in a later block', () => {
    expect(painted(`UN soldiers appear in the game.${BLOCK_BREAK}The United Nations met.`)).toEqual([
      ['United Nations', 'un'],
    ]);
  });

  it('is not supported by another ambiguous form, nor by a name in another block', () => {
    expect(painted('The UN and the SCO teams played a friendly.')).toEqual([]);
    expect(painted(`The SCO Group sued again.${BLOCK_BREAK}Kazakhstan exported more grain.`)).toEqual([
      ['Kazakhstan', 'kazakhstan'],
    ]);
  });

  it('reads a one-word short name as ambiguous, a long acronym as plain', () => {
    expect(painted('Caspian won the regatta.')).toEqual([]);
    expect(painted('The CICA secretariat issued a statement.')).toEqual([['CICA', 'cica']]);
  });
});

describe('a place inside a longer proper name', () => {
  it('is not painted when capitalised words or a quoted name go on around it', () => {
    expect(painted('Tickets for the Kazakhstan Grand Prix sold out.')).toEqual([]);
    expect(painted('Rally fans met in Northern Kazakhstan again.')).toEqual([]);
    expect(painted('Акции «Казахстан темир жолы» выросли.')).toEqual([]);
  });

  it('is painted at the start of a sentence, before a title or another name, and in quotes alone', () => {
    expect(painted('Kazakhstan President Kassym-Jomart Tokayev arrived. Kazakhstan won.')).toEqual([
      ['Kazakhstan', 'kazakhstan'],
      ['Kassym-Jomart Tokayev', 'tokayev'],
      ['Kazakhstan', 'kazakhstan'],
    ]);
    expect(painted('В Казахстане выросли цены. Визит в «Казахстан» отменили.')).toEqual([
      ['Казахстане', 'kazakhstan'],
      ['Казахстан', 'kazakhstan'],
    ]);
  });

  it('is painted beside a capitalised word of another script, which cannot carry its name on', () => {
    expect(painted('On Monday Казахстан was in the news.')).toEqual([['Казахстан', 'kazakhstan']]);
    expect(painted('В понедельник Kazakhstan Times не вышла.')).toEqual([]);
  });
});
