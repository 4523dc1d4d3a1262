// The stand-in desk's test API (tests/desk/app), as seen from tests running in the page,
// and the classic site's (tests/desk/classic: the helpdesk and the webmail).
import type { CallState } from '../../lib/conversation/schema';

export type DeskComposer = 'textarea' | 'contenteditable' | 'prosemirror' | 'ckeditor' | 'tinymce';

/**
 * The composer calls return a promise while the composer asked for last is still starting
 * (the real editors load first) and, for CKEditor 5, setDraft while its typing settles;
 * page.evaluate awaits either.
 */
export interface KizukiDeskApi {
  load(scenarioId: string): unknown;
  play(): void;
  pause(): void;
  step(): unknown;
  appendCustomer(text: string): void;
  appendAgent(text: string): void;
  sendDraft(): void;
  setDraft(text: string): string | Promise<string>;
  composerValue(): string | Promise<string>;
  composerReady(): Promise<true>;
  setCallState(state: CallState): void;
  setComposer(kind: DeskComposer): Promise<void>;
  openConversation(id: string): void;
  undo(): boolean | Promise<boolean>;
  state(): unknown;
}

export interface ClassicMessage {
  transaction: number;
  uid: number;
  from: 'customer' | 'agent';
  at: string;
  subject: string;
  text: string;
  html?: string;
  cc?: string;
}

export interface ClassicTicket {
  id: number;
  key: string;
  lang: 'ja' | 'en';
  queue: string;
  subject: string;
  status: string;
  customer: { name: string; email: string };
  messages: ClassicMessage[];
  /** The customer's scripted mails still to come, one after each agent reply. */
  pendingCustomerMails: number;
}

/** window.kizukiClassic on every page of the classic site. */
export interface KizukiClassicApi {
  /** Resolves when the page is whole: its editor started and, on a ticket page, the history arrived. */
  ready: Promise<true>;
  editor(): 'plain' | 'ckeditor4' | 'tinymce' | null;
  tickets(): Promise<ClassicTicket[]>;
  /** Types with the browser's input events at the caret, or over everything with { replace: true }; returns value(). */
  type(text: string, options?: { replace?: boolean }): string | null;
  /** The reply editor's own content as plain text. */
  value(): string | null;
  /** The rich editor's own HTML. */
  html(): string | null;
  /** The hidden textarea beside a rich editor: stale until blur or submit. */
  mirror(): string | null;
  /** Submits the reply form as its button does; the next page loads. */
  send(): void;
}

declare global {
  interface Window {
    kizukiDesk: KizukiDeskApi;
    kizukiClassic: KizukiClassicApi;
  }
}
