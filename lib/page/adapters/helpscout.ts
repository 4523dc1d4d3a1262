import { declaredAdapter } from './declared';

/**
 * Help Scout (secure.helpscout.net), declared in the custom-tool format (see declared.ts).
 *
 * Rests on the markup public Help Scout extensions select (e.g. helpscout-thread-hider):
 * `article.thread` per thread with its type as a class (`customer`, `message` = agent
 * reply, `note`, `lineitem`, `forward` — left out), `id="thread-N"`, the body in
 * `section.messageBody`; the route `/conversation/N/…`. The reply editor is Help Scout's
 * Redactor-based contenteditable; the customer card sits in the sidebar.
 * Confidence: medium for threads and authors; low for the reply editor class and the
 * customer card (both redesigned over time, unverified against a live account).
 */
const CARDS = ['.c-customer-profile', '#customerProfile', '.customer-profile'];

export const helpscoutAdapter = declaredAdapter(
  {
    id: 'helpscout',
    name: 'Help Scout',
    matches: ['https://secure.helpscout.net/*'],
    messages: 'article.thread',
    text: ['section.messageBody', '.messageBody'],
    skip: 'blockquote, .quoted, .signature',
    speakers: { customer: { selector: '.customer' }, agent: { selector: '.message' } },
    customerName: CARDS.flatMap((card) => [`${card} .name`, `${card} h2`, `${card} h3`]),
    customerKey: CARDS.flatMap((card) => [`${card} a[href^="mailto:"]`, `${card} .email`]),
    draft: ['.redactor-editor[contenteditable="true"]', '.redactor_editor[contenteditable="true"]', '#reply-editor [contenteditable="true"]'],
    // The agent's signature and quoted history are not what they are writing.
    draftSkip: '.signature, blockquote',
    conversationIdFromUrl: '/conversation/{id}',
    channel: 'email',
  },
  {
    // Code, because the format names hosts by match pattern only and detection must not fire elsewhere.
    onPage: (url) => url.hostname === 'secure.helpscout.net',
    // Code, because the message id is part of an attribute ("thread-9000"), which no selector can cut.
    turnId: (thread) => thread.id.replace(/^thread-/, ''),
    // Code, because Help Scout shows the newest thread on top by default and only the times say otherwise.
    newestFirst: true,
  },
);
