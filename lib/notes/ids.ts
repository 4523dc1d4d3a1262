/**
 * Note ids sort by creation time: `n` + createdAt in base 36 (9 digits, good until 5188) +
 * 8 random characters. Search intersects sets of ids from the index and must return the
 * newest first; with time-ordered ids it can sort the ids and read only the records it
 * shows, instead of reading every candidate to learn its date.
 */
const TIME_DIGITS = 9;
export const NOTE_ID_PATTERN = /^n[0-9a-z]{9}[0-9a-z]{8}$/;

export function newNoteId(createdAt: number): string {
  return `n${createdAt.toString(36).padStart(TIME_DIGITS, '0')}${randomChars(8)}`;
}

export function noteIdTime(id: string): number {
  return parseInt(id.slice(1, 1 + TIME_DIGITS), 36);
}

export function randomChars(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

