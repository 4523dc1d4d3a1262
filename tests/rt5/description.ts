/**
 * Request Tracker 5 as a team lead describes it in the console's Support tools form (one field a
 * line, as typed there; tests/rt5/README.md "Selectors I would use"). RT is never a built-in
 * tool: this description is what `npm run e2e:rt5` types into the console, and what the unit
 * test over the captured RT pages (lib/page/adapters/custom-rt5.test.ts) reads them with.
 */
export const RT_ORIGIN = 'http://127.0.0.1:8080';

export const RT_DESCRIPTION = {
  id: 'request-tracker',
  name: 'Request Tracker',
  urlPattern: `${RT_ORIGIN}/Ticket/*`,
  messages: '#delayed_ticket_history div.transaction.message\ndiv.transaction.message',
  author: '.metadata .description > span.user',
  text: '.content .messagebody',
  skip: '.downloadattachment',
  customerAuthorHas: '{customer.email}',
  customerKey: '.ticket-info-people .inline-edit-display .requestors span.user',
  draft: 'textarea#UpdateContent:not(.richtext)\n#cke_UpdateContent iframe.cke_wysiwyg_frame >>> body.cke_editable',
  conversationIdFromUrl: '?id={id}',
} as const;
