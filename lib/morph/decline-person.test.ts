import { beforeAll, describe, expect, it } from 'vitest';
import { loadRussianMorphology } from '../../scripts/node-morph';
import { declinePersonName } from './decline-person';
import type { RussianMorphology } from './morphology';

let morph: RussianMorphology;
beforeAll(async () => {
  morph = await loadRussianMorphology();
});

describe('declinePersonName', () => {
  it('declines a male surname in every case', () => {
    const forms = declinePersonName({ first: 'Касым-Жомарт', last: 'Токаев', gender: 'male' }, morph);
    expect(forms.surname).toEqual(['Токаев', 'Токаева', 'Токаеву', 'Токаевым', 'Токаеве']);
  });

  it('declines a hyphenated first name both ways the press writes it', () => {
    const { full } = declinePersonName({ first: 'Касым-Жомарт', last: 'Токаев', gender: 'male' }, morph);
    for (const form of [
      'Касым-Жомарт Токаев',
      'Касым-Жомарта Токаева',
      'Касыма-Жомарта Токаева',
      'Касым-Жомартом Токаевым',
      'К. Токаева',
    ]) {
      expect(full).toContain(form);
    }
  });

  it('gives a man only male forms and a woman only female ones', () => {
    const aliyev = declinePersonName({ first: 'Ильхам', last: 'Алиев', gender: 'male' }, morph);
    expect(aliyev.full).toContain('Ильхамом Алиевым');
    expect(aliyev.surname).not.toContain('Алиевой');
    const mirmanova = declinePersonName(
      { first: 'Ассоль', middle: 'Ербулатовна', last: 'Мирманова', gender: 'female' },
      morph,
    );
    expect(mirmanova.surname).toEqual(expect.arrayContaining(['Мирманова', 'Мирмановой', 'Мирманову']));
    expect(mirmanova.surname).not.toContain('Мирмановым');
    expect(mirmanova.firstMiddle).toContain('Ассоль Ербулатовна');
  });

  it('keeps an indeclinable surname as it is', () => {
    expect(declinePersonName({ first: 'Ильгар', last: 'Велизаде', gender: 'male' }, morph).surname).toEqual([
      'Велизаде',
    ]);
  });
});
