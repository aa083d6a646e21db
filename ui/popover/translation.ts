// Offers to translate the quoted (Russian) sentences in place with the browser's on-device Translator
// API, when the browser has it; nothing is sent anywhere. Without it the originals stay.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../lib/model';
import type { Passage } from '../../lib/view-model';

interface TranslatorLike {
  translate(text: string): Promise<string>;
}
interface TranslatorApi {
  availability(o: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(o: { sourceLanguage: string; targetLanguage: string }): Promise<TranslatorLike>;
}

function translatorApi(): TranslatorApi | null {
  const api = (globalThis as { Translator?: TranslatorApi }).Translator;
  return api && typeof api.create === 'function' ? api : null;
}

export interface TranslationState {
  available: boolean;
  busy: boolean;
  shown: boolean;
  texts: (string | null)[];
  toggle(): void;
}

export function useTranslation(passages: Passage[], pageLang: Lang): TranslationState {
  const [available, setAvailable] = useState(false);
  const [busy, setBusy] = useState(false);
  const [shown, setShown] = useState(false);
  const [texts, setTexts] = useState<(string | null)[]>([]);
  const key = passages.map((p) => `${p.articleId}:${p.sentenceIndex}`).join('|');

  useEffect(() => {
    setShown(false);
    setTexts([]);
    const api = translatorApi();
    if (!api || pageLang === 'ru' || passages.length === 0) {
      setAvailable(false);
      return;
    }
    let live = true;
    api
      .availability({ sourceLanguage: 'ru', targetLanguage: pageLang })
      .then((a) => live && setAvailable(a !== 'unavailable'))
      .catch(() => live && setAvailable(false));
    return () => {
      live = false;
    };
  }, [key, pageLang]);

  const toggle = () => {
    if (shown) return setShown(false);
    if (texts.length) return setShown(true);
    const api = translatorApi();
    if (!api) return;
    setBusy(true);
    api
      .create({ sourceLanguage: 'ru', targetLanguage: pageLang })
      .then((tr) => Promise.all(passages.slice(0, 3).map((p) => tr.translate(p.text).catch(() => null))))
      .then((out) => {
        setTexts(out);
        setShown(true);
      })
      .catch(() => setAvailable(false))
      .finally(() => setBusy(false));
  };

  return { available, busy, shown, texts, toggle };
}
