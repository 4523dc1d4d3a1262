/**
 * Where a notebook search's words occur in a note's text, for highlighting the hits. Matched as
 * the search matches: width and case folded (NFKC), so ＡＢＣ finds abc and 予約 finds 予約.
 */
export interface Piece {
  text: string;
  hit: boolean;
}

/** Folded text with, for each folded character, the index of the original one it came from. */
function fold(text: string): { folded: string; from: number[] } {
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i]!.normalize('NFKC').toLowerCase();
    folded += piece;
    for (let k = 0; k < piece.length; k++) from.push(i);
  }
  return { folded, from };
}

export function searchTerms(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/).filter((term) => term.length > 0);
}

/** `text` cut into pieces, the hits of `query`'s words marked. */
export function highlightHits(text: string, query: string): Piece[] {
  const terms = searchTerms(query);
  if (!terms.length || !text) return [{ text, hit: false }];
  const { folded, from } = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      for (let k = at; k < at + term.length; k++) marked[from[k]!] = true;
    }
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = pieces[pieces.length - 1];
    if (last && last.hit === marked[i]) last.text += text[i];
    else pieces.push({ text: text[i]!, hit: marked[i]! });
  }
  return pieces;
}

/** The first of `texts` with a hit (the excerpt worth showing), else the first non-empty one. */
export function excerptWithHit(texts: readonly (string | null | undefined)[], query: string): string {
  const terms = searchTerms(query);
  const present = texts.filter((text): text is string => !!text);
  return present.find((text) => terms.some((term) => text.normalize('NFKC').toLowerCase().includes(term))) ?? present[0] ?? '';
}
