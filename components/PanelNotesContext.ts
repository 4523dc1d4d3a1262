import { createContext } from 'react';
import type { Card } from '@/lib/panel/outcomes';

/**
 * What the side panel's notes offer to the coaching cards. A context, because the cards
 * and the notes section are siblings and the memoised cards must not take new props.
 */
export interface PanelNotesActions {
  /** Writes the card's promise into this conversation's note as a follow-up; resolves to its due time. */
  createFollowUp(card: Card): Promise<number>;
  /** Opens the notes section, where the follow-up's time can be changed. */
  openNotes(): void;
}

export const PanelNotesContext = createContext<PanelNotesActions | null>(null);
