// The classic site's tickets, in memory: seeded from tickets.json when a server starts, and
// changed only by what happens on the site (a reply posted, the customer's next mail).
import { readFileSync } from 'node:fs';

const SEEDS = JSON.parse(readFileSync(new URL('./tickets.json', import.meta.url), 'utf8'));

/**
 * @typedef {{ by: 'customer' | 'agent', at: string, lines: string[], html?: string }} SeedMessage
 * @typedef {{ id: number, by: 'customer' | 'agent', at: string, text: string, html?: string, uid: number, subject: string, cc?: string, via: 'mail' | 'web' }} Message
 * @typedef {{ id: number, key: string, lang: 'ja' | 'en', queue: string, subject: string, status: string,
 *   customer: { name: string, email: string }, messages: Message[], then: { after: number, lines: string[] }[] }} Ticket
 */

/** @param {{ now?: () => number }} [options] */
export function createStore({ now = () => Date.now() } = {}) {
  let nextTicket = 101;
  let nextMessage = 1201;
  let nextUid = 1;
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  const timers = new Set();
  const { site, agents } = SEEDS;

  /** @param {Ticket} ticket @param {'customer' | 'agent'} by @param {string} at @param {string} text @param {Partial<Message>} [extra] */
  const add = (ticket, by, at, text, extra = {}) => {
    const replying = ticket.messages.length > 0;
    /** @type {Message} */
    const message = { id: nextMessage++, by, at, text, uid: nextUid++, subject: replying ? `Re: [${site.rtname} #${ticket.id}] ${ticket.subject}` : ticket.subject, via: 'mail', ...extra };
    ticket.messages.push(message);
    ticket.status = by === 'agent' ? 'open' : ticket.status === 'new' ? 'new' : 'open';
    return message;
  };

  /** @type {Ticket[]} */
  const tickets = SEEDS.tickets.map((/** @type {any} */ seed) => {
    /** @type {Ticket} */
    const ticket = { id: nextTicket++, key: seed.key, lang: seed.lang, queue: seed.queue, subject: seed.subject, status: 'new', customer: seed.customer, messages: [], then: [...(seed.then ?? [])] };
    for (const m of /** @type {SeedMessage[]} */ (seed.messages)) add(ticket, m.by, m.at, m.lines.join('\n'), m.html ? { html: m.html } : {});
    return ticket;
  });

  return {
    site,
    /** @param {'ja' | 'en'} lang */
    agent: (lang) => agents[lang],
    tickets,
    /** @param {number} id */
    ticket: (id) => tickets.find((t) => t.id === id) ?? null,
    /** @param {number} uid */
    byUid(uid) {
      for (const ticket of tickets) {
        const message = ticket.messages.find((m) => m.uid === uid);
        if (message) return { ticket, message };
      }
      return null;
    },
    /** @param {number} id */
    transaction(id) {
      for (const ticket of tickets) {
        const message = ticket.messages.find((m) => m.id === id);
        if (message) return { ticket, message };
      }
      return null;
    },
    /**
     * The agent's reply; the customer's scripted next mail follows after its delay.
     * @param {Ticket} ticket @param {string} text @param {{ html?: string, cc?: string, via?: 'mail' | 'web', subject?: string }} [extra]
     */
    reply(ticket, text, extra = {}) {
      const message = add(ticket, 'agent', new Date(now()).toISOString(), text, extra);
      const next = ticket.then.shift();
      if (next) {
        const timer = setTimeout(() => { timers.delete(timer); add(ticket, 'customer', new Date(now()).toISOString(), next.lines.join('\n')); }, next.after);
        timers.add(timer);
      }
      return message;
    },
    /** A mail from the customer arriving now. @param {Ticket} ticket @param {string} text */
    receive: (ticket, text) => add(ticket, 'customer', new Date(now()).toISOString(), text),
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
