// The stand-in desk's test API (tests/desk/app), as seen from tests running in the page.
import type { CallState } from '../../lib/conversation/schema';

export type DeskComposer = 'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor';

export interface KizukiDeskApi {
  load(scenarioId: string): unknown;
  play(): void;
  pause(): void;
  step(): unknown;
  appendCustomer(text: string): void;
  appendAgent(text: string): void;
  sendDraft(): void;
  setDraft(text: string): void;
  composerValue(): string;
  setCallState(state: CallState): void;
  setComposer(kind: DeskComposer): void;
  openConversation(id: string): void;
  undo(): void;
  state(): unknown;
}

declare global {
  interface Window {
    kizukiDesk: KizukiDeskApi;
  }
}
