// Carry the capitalisation of a written word over to another form of it.

export function isAllUpper(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** `form` written the way `model` is: 'ТМТМ' → all caps, 'Средний' → capitalised, 'коридор' → lower. */
export function withCaseOf(model: string, form: string): string {
  if (isAllUpper(model)) return form.toUpperCase();
  const lower = form.toLowerCase();
  // Hyphenated parts keep their own capitals: 'Касым-Жомарт'.
  const modelParts = model.split('-');
  const parts = lower.split('-');
  return parts
    .map((part, i) =>
      isCapitalised(modelParts[Math.min(i, modelParts.length - 1)] ?? '') ? capitalise(part) : part,
    )
    .join('-');
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** az writes ё; the text it came from may not. Keep the writer's choice. */
export function withYoOf(model: string, form: string): string {
  return /ё/i.test(model) ? form : form.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
}
