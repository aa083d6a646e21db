import { describe, expect, it } from 'vitest';
import { foldTurkicLetters, usualSpelling } from './usual-spelling';

describe('usualSpelling', () => {
  it('writes Kazakh, Kyrgyz and Uzbek letters as the Russian press does', () => {
    expect(usualSpelling('Әлия Нұрғалиева')).toBe('Алия Нургалиева');
    expect(usualSpelling('Нұрғалиевой')).toBe('Нургалиевой');
    expect(usualSpelling('Қайрат Өмірзақов')).toBe('Кайрат Омирзаков');
    expect(usualSpelling('Айгүл Өмүрбекова')).toBe('Айгул Омурбекова');
    expect(usualSpelling('Шавкат Тўхтаев')).toBe('Шавкат Тухтаев');
    expect(usualSpelling('Ерлан Шаһаров')).toBe('Ерлан Шахаров');
  });

  it('writes Azerbaijani Cyrillic as Russian does: һ is г, ј after и goes', () => {
    expect(usualSpelling('Рәшад Һүсејнов')).toBe('Рашад Гусейнов');
    expect(usualSpelling('Ҹәмилә Әлијева')).toBe('Джамила Алиева');
  });

  it('writes Azerbaijani and Turkish Latin as English does', () => {
    expect(usualSpelling('Rəşad Hüseynov')).toBe('Rashad Huseynov');
    expect(usualSpelling('Cəlil Məmmədquluzadə')).toBe('Jalil Mammadguluzada');
    expect(usualSpelling('Mevlüt Çavuşoğlu')).toBe('Mevlut Cavusoglu');
    expect(usualSpelling('İlkin')).toBe('Ilkin');
  });

  it('leaves a name in Russian or English spelling alone', () => {
    expect(usualSpelling('Касым-Жомарт Токаев')).toBeNull();
    expect(usualSpelling('Kassym-Jomart Tokayev')).toBeNull();
  });
});

describe('foldTurkicLetters', () => {
  it('writes Turkic letters as Russian ones in place', () => {
    const text = 'Қасым-Жомарт Тоқаев, Әлия Нұрғалиева';
    const folded = foldTurkicLetters(text);
    expect(folded).toBe('Касым-Жомарт Токаев, Алия Нургалиева');
    expect(folded.length).toBe(text.length);
  });
});
