// The board: outcome space, utility per round, the current action and the offer table, moving
// together action by action or round by round. Used by the replay page (alone, side by side, or
// on a projector), the lab (live) and the debrief after a game.
import { el, fmt, partyClass, partyName, bidText, MOVE_WORDS } from './common.js';
import { Controls } from './controls.js';
import { OutcomeChart } from './outcome-chart.js';
import { RoundChart } from './round-chart.js';
import { AclPanel } from './acl-panel.js';

/** Chart type in px: 14 at a desk, 20 on a projector (readable from the back of a room). */
export const FONT = { desk: 14, presenter: 20 };

export class Board {
  /**
   * @param root element to fill
   * @param space the scenario board (GET /api/scenarios/{id}/space or a replay's space)
   * @param opts events, rounds, outcome, seats, live (append() as events come), controls (false
   *     when a page drives several boards with one set), onMove (the position changed), fontSize,
   *     messages (where the session's FIPA-ACL messages are, for a panel that shows them)
   */
  constructor(root, space, opts = {}) {
    this.root = root;
    this.space = space;
    this.events = [];
    this.rounds = opts.rounds || space.rounds;
    this.outcome = opts.outcome || null;
    this.seats = opts.seats || {};
    this.live = !!opts.live;
    this.parties = space.parties.map(p => p.id);
    this.hidden = new Set();
    this.k = 0;
    this.controls = opts.controls === false ? null : new Controls(this, opts.onMove);
    this.acl = opts.messages ? new AclPanel(opts.messages) : null;
    this.build(opts.fontSize || FONT.desk);
    for (const e of opts.events || []) this.addEvent(e);
    if (this.controls) this.controls.updateRange();
    this.show(this.live ? this.events.length : 0);
  }

  build(fontSize) {
    const s = this.space;
    const outcomeCanvas = el('canvas', { id: 'outcome-plot', 'aria-label': 'Outcome space' });
    const roundCanvas = el('canvas', { id: 'utility-plot', 'aria-label': 'Utility per round' });
    this.veil = el('div', { class: 'veil hidden' });
    this.current = el('div', { id: 'current', class: 'current' });
    this.tbody = el('tbody');
    const head = el('tr', {}, el('th', { class: 'num' }, 'Round'), el('th', {}, 'Party'), el('th', {}, 'Action'),
      this.parties.map(p => el('th', { class: 'num', 'data-u': p, title: 'Utility for ' + partyName(s, p) },
        partyName(s, p))),
      el('th', { class: 'move' }, 'Move'),
      s.issues.map(i => el('th', { title: i.name }, i.name)));
    this.table = el('div', { class: 'offers' }, el('table', { id: 'offers' }, el('thead', {}, head), this.tbody));
    this.third = el('span', { id: 'third', class: 'third' });
    this.root.replaceChildren(...(this.controls ? [this.controls.element] : []),
      el('div', { class: 'board' },
        el('div', { class: 'left' }, el('div', { class: 'plot outcome' }, outcomeCanvas, this.veil),
          this.tools()),
        el('div', { class: 'side' }, this.current,
          el('div', { class: 'plot small' }, roundCanvas), this.table)),
      ...(this.acl ? [this.acl.element] : []));
    this.outcomeChart = new OutcomeChart(outcomeCanvas, s, fontSize);
    this.roundChart = new RoundChart(roundCanvas, s, this.rounds, fontSize);
    this.root.dataset.fontSize = fontSize;
  }

  /** Under the outcome space: the axes, each side's utilities hidden or shown, the PNG. */
  tools() {
    const s = this.space;
    const parts = [];
    if (s.views.length > 1) {
      const axes = el('select', { id: 'axes', 'aria-label': 'Axes',
        onchange: () => { this.outcomeChart.setView(+axes.value); this.show(this.k); } },
        s.views.map((v, i) => el('option', { value: i },
          partyName(s, v.axes[0]) + ' × ' + partyName(s, v.axes[1]))));
      parts.push(el('label', {}, 'Axes ', axes), this.third);
    }
    for (const p of this.parties) {
      const b = el('button', { 'data-hide': p, onclick: () => this.hide(p, !this.hidden.has(p)) },
        'Hide ' + partyName(s, p) + '’s utilities');
      parts.push(b);
    }
    parts.push(el('button', { id: 'png', title: 'Save the outcome-space chart as a PNG image',
      onclick: () => {
        const a = el('a', { href: this.outcomeChart.png(), download: (s.id || 'outcome') + '-outcome-space.png' });
        document.body.append(a);
        a.click();
        a.remove();
      } }, 'Save chart (PNG)'));
    return el('div', { class: 'chart-tools' }, parts);
  }

  /** Hides (or shows again) a party's utilities everywhere on the board. */
  hide(p, on) {
    if (on) this.hidden.add(p); else this.hidden.delete(p);
    const b = this.root.querySelector('[data-hide="' + CSS.escape(p) + '"]');
    b.textContent = (on ? 'Reveal ' : 'Hide ') + partyName(this.space, p) + '’s utilities';
    b.classList.toggle('primary', on);
    for (const cell of this.root.querySelectorAll('[data-u="' + CSS.escape(p) + '"]')) {
      cell.classList.toggle('hidden', on);
    }
    this.root.classList.toggle('secret', this.hidden.size > 0);
    this.show(this.k);
  }

  setFontSize(size) {
    this.outcomeChart.fonts(size);
    this.roundChart.fonts(size);
    this.root.dataset.fontSize = size;
    this.outcomeChart.resize();
    this.roundChart.resize();
    this.show(this.k);
  }

  addEvent(e) {
    this.events.push(e);
    const s = this.space;
    const cells = [el('td', { class: 'num' }, e.round + 1),
      el('td', { class: partyClass(s, e.party) }, partyName(s, e.party)),
      el('td', {}, e.verb),
      this.parties.map(p => el('td', { class: 'num' + (this.hidden.has(p) ? ' hidden' : ''), 'data-u': p },
        e.u && p in e.u ? fmt(e.u[p]) : '')),
      el('td', { class: 'move' }, e.move ? el('span', { class: 'tag ' + e.move, title: MOVE_WORDS[e.move] }, e.move) : ''),
      s.issues.map((issue, i) => el('td', {}, e.bid ? issue.levels[e.bid[i]] : ''))];
    const at = this.events.length;
    this.tbody.append(el('tr', { 'data-turn': e.turn, 'data-round': e.round + 1, class: 'hidden',
      onclick: () => (this.controls ? this.controls.go(at) : this.show(at)) }, cells));
  }

  /** A live event: the board follows it if it was showing the latest one. */
  append(e) {
    const following = this.k === this.events.length;
    this.addEvent(e);
    if (this.controls) this.controls.updateRange();
    if (following) this.show(this.events.length);
  }

  finish(outcome) {
    this.outcome = outcome;
    this.show(this.k);
  }

  size() {
    return this.events.length;
  }

  /** Actions up to the end of round r (rounds counted from 1; 0 = before the first action). */
  roundEnd(r) {
    let k = 0;
    while (k < this.events.length && this.events[k].round + 1 <= r) k++;
    return k;
  }

  /** The position d rounds from k: the end of a later round, or the end of an earlier one. */
  roundStep(k, d) {
    const r = k === 0 ? 0 : this.events[k - 1].round + 1;
    if (d > 0) return this.roundEnd(k < this.roundEnd(r) ? r + d - 1 : r + d);
    return this.roundEnd(Math.max(0, r + d));
  }

  label(k) {
    const n = this.events.length;
    const e = this.events[k - 1];
    return e ? 'Round ' + (e.round + 1) + ' of ' + this.rounds + ' · action ' + k + ' of ' + n
      : 'Start · ' + n + ' actions';
  }

  /** Shows the first k actions (0 = before the first offer). */
  show(k) {
    const n = this.events.length;
    k = Math.max(0, Math.min(n, k | 0));
    const rows = this.tbody.children;
    for (let i = Math.min(this.k, k); i < Math.max(this.k, k) && i < rows.length; i++) {
      rows[i].classList.toggle('hidden', i >= k);
    }
    if (this.k > 0 && this.k <= rows.length) rows[this.k - 1].classList.remove('now');
    this.k = k;
    if (k > 0) rows[k - 1].classList.add('now');
    const tracks = {};
    for (const p of this.parties) tracks[p] = [];
    for (let i = 0; i < k; i++) {
      const e = this.events[i];
      if (e.action === 'offer' && e.u && tracks[e.party]) tracks[e.party].push(e.u);
    }
    const cur = k > 0 ? this.events[k - 1] : null;
    const done = k === n && this.outcome;
    this.outcomeChart.draw(tracks, cur && cur.bid && cur.u ? cur.u : null,
      done && this.outcome.agreement && cur && cur.u ? cur.u : null);
    this.roundChart.draw(this.events.slice(0, k), this.hidden);
    this.drawThird(cur);
    if (this.acl) this.acl.update(cur ? cur.round : 0);
    const axes = this.outcomeChart.axes();
    const veiled = axes.filter(p => this.hidden.has(p));
    this.veil.classList.toggle('hidden', veiled.length === 0);
    this.veil.textContent = veiled.map(p => partyName(this.space, p)).join(' and ') +
      ': utilities hidden. What can you infer from the offers alone?';
    this.mark();
    this.renderCurrent(cur, done);
    if (this.controls) this.controls.sync(k);
    if (k > 0) {
      const row = rows[k - 1];
      const box = this.table;
      if (row.offsetTop < box.scrollTop + 30 || row.offsetTop > box.scrollTop + box.clientHeight - 30) {
        box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 2);
      }
    }
  }

  /** With three parties, the one not on the axes: its utility of the current offer, in words. */
  drawThird(cur) {
    const off = this.parties.filter(p => !this.outcomeChart.axes().includes(p));
    this.third.replaceChildren(...off.map(p => el('span', { class: partyClass(this.space, p) },
      partyName(this.space, p) + ' (not on the axes): ' +
      (this.hidden.has(p) ? 'hidden' : cur && cur.u ? fmt(cur.u[p]) + ' for the current offer' : '–'))));
  }

  renderCurrent(e, done) {
    const s = this.space;
    const parts = [];
    if (!e) {
      parts.push(el('div', { class: 'headline' }, s.title));
      parts.push(el('p', { class: 'muted' }, 'Press ▶ or → to step through the negotiation (↓ for a whole round).'));
      const seats = Object.entries(this.seats);
      if (seats.length) {
        parts.push(el('dl', {}, seats.map(([p, spec]) => [el('dt', {}, partyName(s, p)), el('dd', {}, spec)])));
      }
    } else {
      const move = e.move && this.hidden.size === 0;
      parts.push(el('div', { class: 'headline' }, 'Round ' + (e.round + 1) + ' · ',
        el('span', { class: partyClass(s, e.party) }, partyName(s, e.party)), ' ' + e.verb,
        move ? [' ', el('span', { class: 'tag ' + e.move, title: MOVE_WORDS[e.move] }, e.move)] : ''));
      if (e.bid) {
        parts.push(el('dl', { id: 'current-bid' }, bidText(s.issues, e.bid).map(line => {
          const at = line.indexOf(': ');
          return [el('dt', {}, line.slice(0, at)), el('dd', {}, line.slice(at + 2))];
        })));
        if (e.u) {
          parts.push(el('p', { class: 'utilities' }, this.parties.filter(p => !this.hidden.has(p))
            .map(p => [el('span', { class: partyClass(s, p) }, partyName(s, p) + ' ' + fmt(e.u[p])), '   '])));
        }
      }
      if (e.rationale && !this.hidden.has(e.party)) {
        parts.push(el('p', { class: 'muted why' }, 'Why: ' + e.rationale.rule + ' ' +
          Object.entries(e.rationale.figures).map(([k, v]) => k + ' ' + fmt(v)).join(', ')));
      }
    }
    if (done) {
      const o = this.outcome;
      parts.push(el('div', { id: 'outcome', class: 'outcome-banner ' + (o.agreement ? 'deal' : 'nodeal') },
        o.agreement ? 'Agreement in round ' + (o.round + 1)
          : 'No agreement: ' + o.reason + (o.party ? ' (' + partyName(s, o.party) + ')' : '') +
            (o.detail ? ' — ' + o.detail : '')));
    }
    this.current.replaceChildren(...parts);
  }

  /**
   * Writes what the plot shows now onto the board element, where a test (or another script) reads
   * it as a person reads the page: data-k, data-current and data-agreement ("x,y" or empty), and
   * data-track-PARTY (offers plotted per party).
   */
  mark() {
    const shown = this.outcomeChart.shown();
    this.root.dataset.k = this.k;
    this.root.dataset.current = shown.current;
    this.root.dataset.agreement = shown.agreement;
    for (const p of this.parties) this.root.setAttribute('data-track-' + p, shown.tracks[p]);
  }

  destroy() {
    if (this.controls) this.controls.destroy();
    this.outcomeChart.destroy();
    this.roundChart.destroy();
  }
}
