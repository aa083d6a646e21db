import { describe, expect, it } from 'vitest';
import { MINI_ARTICLES, MINI_ENTITIES } from '../corpus-index/mini-corpus.fixture';
import { planAddition, type LibraryState } from './plan-addition';

const state: LibraryState = { entities: MINI_ENTITIES, articleIds: new Set(MINI_ARTICLES.map((a) => a.id)) };

/** What adding the paragraph alone (under a headline of its own) teaches the library: `type name` each. */
function learned(paragraph: string): string[] {
  const text = ['Weekly round-up', '', paragraph].join('\n');
  const { entities } = planAddition([{ label: 'en', text }], state, null);
  return entities.map((e) => `${e.type} ${e.name.en}`).sort();
}

describe('English discovery on sentences of a kind the press writes', () => {
  it('reads "Mr", "Ms." and "Dr" as honorifics: a single word after one is a surname', () => {
    const found = learned(
      'Ms. Okonkwo told the committee that she had not been consulted. Later, Dr Halvorsen said the data were incomplete.',
    );
    expect(found).toContain('person Okonkwo');
    expect(found).toContain('person Halvorsen');
    expect(found.join()).not.toMatch(/Ms|Dr /);
  });

  it('parts places joined by a comma, and keeps "Mr" out of a full name', () => {
    const found = learned(
      'The plant near Eindhoven, Netherlands, will close, Mr. Pieter Dekker said on a visit to Tilburg.',
    );
    expect(found).toContain('place Eindhoven');
    expect(found).toContain('place Netherlands');
    expect(found).toContain('person Pieter Dekker');
    expect(found.some((f) => f.includes(','))).toBe(false);
  });

  it('takes an institution whole from its head word, with "of" and "for" inside it', () => {
    const found = learned(
      'The report was published by the Norwegian Institute for Water Research and reviewed by the Finnish Department of Forestry, whose experts visited Bergen.',
    );
    expect(found).toContain('organization Norwegian Institute for Water Research');
    expect(found).toContain('organization Finnish Department of Forestry');
    expect(found.filter((f) => f.startsWith('person'))).toEqual([]);
  });

  it('keeps a person named before "of" and the organisation after it apart', () => {
    const found = learned('Maria Lindqvist of Baltic Freight Holdings said rates would rise in Gdansk.');
    expect(found).toContain('person Maria Lindqvist');
    expect(found).toContain('organization Baltic Freight Holdings');
  });

  it('reads a capitalised name as an organisation after a word such as "startup" or in apposition', () => {
    const found = learned(
      'Investors backed the robotics startup Kestrel Dynamics this week. Vantor, a logistics company based in Leeds, also joined the round.',
    );
    expect(found).toContain('organization Kestrel Dynamics');
    expect(found).toContain('organization Vantor');
    expect(found).not.toContain('person Kestrel Dynamics');
  });

  it('reads the name before a company title as the company, not a place before a minister', () => {
    const found = learned(
      'Nordvik Chairman Lars Eriksen said the merger would go ahead. Energy Minister Petra Holm disagreed.',
    );
    expect(found).toContain('organization Nordvik');
    expect(found).toContain('person Lars Eriksen');
    expect(found).toContain('person Petra Holm');
    expect(found).not.toContain('organization Energy');
  });

  it('drops a name that begins a product code, and the common words around a place', () => {
    const found = learned(
      'The Falcon MX-7 drone was tested over the mountainous region of northern Albania before it flew to Skopje.',
    );
    expect(found.some((f) => f.includes('Falcon'))).toBe(false);
    expect(found).toContain('place Albania');
  });

  it('keeps particles inside names', () => {
    expect(learned('Officials met Khalid bin Rashid and Hassan al-Mansouri in Muscat on Sunday.')).toEqual(
      expect.arrayContaining(['person Khalid bin Rashid', 'person Hassan al-Mansouri']),
    );
  });
});
