// A window of a text's words around one position, read on demand (the matcher's trie walk).
import { isCut } from './word-bounds';
import { push, readToken, type Tokens } from './tokenize';

/**
 * The words of a text around one position, read lazily: a few words before it (which the matcher's rules
 * look back at) and, on demand, as many after it as the trie walk asks for. Indices are those of the window.
 */
export class TokenWindow implements Tokens {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  special = new Uint8Array(64);
  private text = '';
  private next = -1;

  /**
   * Reads the words from `before` words ahead of the one that starts at `at` up to that word; returns its
   * index in the window, or -1 when no word starts at `at`.
   */
  open(text: string, at: number, before: number): number {
    this.text = text;
    this.count = 0;
    // Back over `before` runs of word characters (each holds one word or more) to a cut.
    let from = at;
    for (let w = 0; w <= before && from > 0; w++) {
      while (from > 0 && isCut(text, from)) from--;
      while (from > 0 && !isCut(text, from)) from--;
    }
    this.next = from;
    for (;;) {
      if (!this.extend()) return -1;
      const last = this.starts[this.count - 1];
      if (last === at) return this.count - 1;
      if (last > at) return -1;
    }
  }

  /** Makes word `i` available; false when the text has fewer words. */
  ensure(i: number): boolean {
    while (this.count <= i) if (!this.extend()) return false;
    return true;
  }

  private extend(): boolean {
    if (this.next < 0) return false;
    this.next = readToken(this.text, this.next, this.text.length);
    if (this.next < 0) return false;
    push(this);
    return true;
  }
}
