import { describe, expect, it } from 'vitest';
import { splitText } from '../corpus/sentences';
import { withQuotation } from './quotation';

const quoted = (paragraph: string) => splitText(paragraph).map((s) => withQuotation(paragraph, s).text);

describe('withQuotation', () => {
  it('gives each sentence of a long quotation its quote marks back', () => {
    expect(quoted('"Первая мысль. Вторая мысль. Третья мысль", - сказала она.')).toEqual([
      '"Первая мысль."',
      '"Вторая мысль."',
      '"Третья мысль", - сказала она.',
    ]);
    expect(quoted('«Мы готовы. Мы ждём», — заявил министр.')).toEqual([
      '«Мы готовы.»',
      '«Мы ждём», — заявил министр.',
    ]);
  });

  it('leaves a sentence outside quotations, or with its own closed quotation, as it is', () => {
    const p = 'Подписан документ "Устав Совета мира". Его одобрили все.';
    expect(quoted(p)).toEqual(['Подписан документ "Устав Совета мира".', 'Его одобрили все.']);
  });

  it('says how far the marks of the sentence move', () => {
    const p = '«Токаев прав. Алиев тоже», — сказал он.';
    const [, second] = splitText(p);
    expect(withQuotation(p, second)).toEqual({ text: '«Алиев тоже», — сказал он.', shift: 1 });
  });
});
