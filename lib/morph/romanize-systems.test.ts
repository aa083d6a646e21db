import { describe, expect, it } from 'vitest';
import { otherRomanizations } from './romanize-systems';

describe('otherRomanizations', () => {
  it('spells a Russian name as ALA-LC, the scientific transliteration, the French and the German press do', () => {
    const spellings = otherRomanizations('Нурсултан Назарбаев');
    expect(spellings).toEqual(
      expect.arrayContaining(['Nursultan Nazarbaev', 'Noursoultan Nazarbaïev', 'Nursultan Nasarbajew']),
    );
    expect(otherRomanizations('Евгений Шевчук')).toEqual(
      expect.arrayContaining([
        'Evgenii Shevchuk',
        'Evgenij Ševčuk',
        'Ievgueni Chevtchouk',
        'Jewgeni Schewtschuk',
      ]),
    );
    expect(otherRomanizations('Юлия Тимошенко')).toEqual(
      expect.arrayContaining([
        'Iuliia Timoshenko',
        'Julija Timošenko',
        'Ioulia Timochenko',
        'Julija Timoschenko',
      ]),
    );
  });

  it('writes a name in a Turkic Cyrillic spelling in its own Latin alphabet too', () => {
    expect(otherRomanizations('Рәшад Һүсејнов')).toContain('Rəşad Hüseynov');
    expect(otherRomanizations('Ҹәмилә Әлијева')).toContain('Cəmilə Əliyeva');
    expect(otherRomanizations('Әлия Нұрғалиева')).toContain('Äliia Nūrğalieva');
    expect(otherRomanizations('Шавкат Тўхтаев')).toContain('Shavkat Toʻxtayev');
    // And, from its usual Russian spelling, the other systems (Нургалиева).
    expect(otherRomanizations('Әлия Нұрғалиева')).toContain('Alija Nurgalijewa');
  });

  it('leaves a Latin name alone', () => {
    expect(otherRomanizations('Marcus Whitfield')).toEqual([]);
  });
});
