// The agents' own messages: for the round on the board, the FIPA-ACL messages the JADE chair and
// delegations exchanged (performative, sender, receiver, conversation, content), as the chair
// recorded them. Closed until opened; the messages are fetched on the first opening.
import { api, el } from './common.js';

export class AclPanel {
  constructor(url) {
    this.url = url;
    this.messages = null;
    this.round = 0;
    this.body = el('div', { id: 'acl-messages-wrap', class: 'acl-body' });
    this.element = el('details', { id: 'acl', class: 'acl' },
      el('summary', {}, 'The agents’ messages (FIPA-ACL, as JADE carried them)'), this.body);
    this.element.addEventListener('toggle', () => { if (this.element.open) this.load(); });
  }

  async load() {
    if (this.messages) { this.draw(); return; }
    try {
      const doc = await api(this.url);
      this.messages = doc.messages;
      this.omitted = doc.omitted;
    } catch (e) {
      this.body.replaceChildren(el('p', { class: 'muted' }, e.message));
      return;
    }
    this.draw();
  }

  /** Shows the messages of a 0-based round (when open). */
  update(round) {
    this.round = round;
    if (this.element.open && this.messages) this.draw();
  }

  draw() {
    const shown = this.messages.filter(m => m.round === this.round);
    this.body.replaceChildren(
      el('p', { class: 'muted' }, 'Round ' + (this.round + 1) + ': ' + shown.length + ' messages' +
        (this.omitted ? ' (' + this.omitted + ' more in the session were not kept)' : '') +
        '. The chair agent runs the protocol; each delegation is an agent that answers its call for proposals.'),
      el('div', { class: 'offers' }, el('table', { id: 'acl-messages' },
        el('thead', {}, el('tr', {}, ['Performative', 'Sender', 'Receiver', 'Conversation', 'Ontology', 'Content']
          .map(h => el('th', {}, h)))),
        el('tbody', {}, shown.map(m => el('tr', {},
          el('td', {}, el('b', {}, m.performative)), el('td', {}, m.sender), el('td', {}, m.receiver),
          el('td', { class: 'muted' }, m.conversation), el('td', {}, m.ontology || ''),
          el('td', { class: 'acl-content', title: m.content }, m.content.length > 160
            ? m.content.slice(0, 160) + '…' : m.content)))))));
  }
}
