// A sentence cut out of a longer quotation reads as the article's own voice unless it keeps its quote
// marks: "Азербайджан, вероятно, сделает акцент…" is the expert speaking. This restores them for display.

const CLOSER_OF: Record<string, string> = { '«': '»', '“': '”', '„': '“', '"': '"' };

/** The quotation marks open at each point of a paragraph, innermost last. */
function openQuotesAt(paragraph: string, from: number, to: number, stack: string[]): void {
  for (let i = from; i < to; i++) {
    const ch = paragraph[i];
    const top = stack[stack.length - 1];
    if (ch === '"') {
      if (top === '"') stack.pop();
      else stack.push('"');
    } else if (top !== undefined && ch === CLOSER_OF[top]) {
      stack.pop();
    } else if (ch in CLOSER_OF) {
      stack.push(ch);
    }
  }
}

export interface QuotedText {
  text: string;
  /** Characters added before the sentence: shift its marks by this much. */
  shift: number;
}

/** The sentence as it should be quoted: with the opening and closing marks of the quotation it sits in. */
export function withQuotation(paragraph: string, sentence: string): QuotedText {
  const at = paragraph.indexOf(sentence);
  if (at < 0) return { text: sentence, shift: 0 };
  const stack: string[] = [];
  openQuotesAt(paragraph, 0, at, stack);
  const openers = stack.slice();
  openQuotesAt(paragraph, at, at + sentence.length, stack);
  const prefix = openers.join('');
  const suffix = stack
    .map((q) => CLOSER_OF[q])
    .reverse()
    .join('');
  return { text: prefix + sentence + suffix, shift: prefix.length };
}
