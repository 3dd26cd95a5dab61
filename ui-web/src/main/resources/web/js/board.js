// The board: outcome space, utility per round, the current action and the offer table, moving
// together round by round. Used by the replay page, the lab (live) and the debrief after a game.
import { el, fmt, colour, partyClass, partyName, bidText } from './common.js';

const SPEEDS = [0.5, 1, 2, 4, 8, 16];
const BASE_RATE = 2; // actions per second at 1×

function pairs(flat) {
  const out = new Array(flat.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = { x: flat[2 * i], y: flat[2 * i + 1] };
  return out;
}

export class Board {
  /**
   * @param root element to fill
   * @param space the scenario board (GET /api/scenarios/{id}/space or a replay's space)
   * @param opts events, rounds, outcome, seats, live (append() as events come)
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
    this.axes = space.axes;
    this.k = 0;
    this.speed = 1;
    this.timer = null;
    this.build();
    for (const e of opts.events || []) this.addEvent(e);
    this.updateRange();
    this.show(this.live ? this.events.length : 0);
  }

  build() {
    const s = this.space;
    this.scrub = el('input', { type: 'range', id: 'scrub', min: 0, max: 0, value: 0,
      'aria-label': 'Position in the negotiation', oninput: () => this.show(+this.scrub.value) });
    this.playButton = el('button', { id: 'play', class: 'primary', onclick: () => this.toggle() }, '▶ Play');
    this.position = el('span', { id: 'position', class: 'position' });
    const speed = el('select', { id: 'speed', 'aria-label': 'Speed',
      onchange: () => { this.speed = +speed.value; if (this.timer) { this.pause(); this.play(); } } },
      SPEEDS.map(v => el('option', { value: v, selected: v === 1 }, v + '×')));
    this.controls = el('div', { class: 'controls' },
      el('button', { id: 'first', title: 'Start (Home)', onclick: () => this.show(0) }, '« Start'),
      el('button', { id: 'back', title: 'Step back (←)', onclick: () => this.step(-1) }, '◀'),
      this.playButton,
      el('button', { id: 'forward', title: 'Step forward (→)', onclick: () => this.step(1) }, '▶|'),
      el('button', { id: 'last', title: 'End (End)', onclick: () => this.show(this.events.length) }, 'End »'),
      this.scrub, this.position, el('label', {}, 'Speed ', speed));
    this.outcomeCanvas = el('canvas', { id: 'outcome-plot', 'aria-label': 'Outcome space' });
    this.utilityCanvas = el('canvas', { id: 'utility-plot', 'aria-label': 'Utility per round' });
    this.current = el('div', { id: 'current', class: 'current' });
    this.tbody = el('tbody');
    const head = el('tr', {}, el('th', { class: 'num' }, '#'), el('th', { class: 'num' }, 'Round'),
      el('th', {}, 'Party'), el('th', {}, 'Action'),
      this.parties.map(p => el('th', { class: 'num', title: 'Utility for ' + partyName(s, p) }, 'U ' + p)),
      el('th', {}, 'Move'),
      s.issues.map(i => el('th', { title: i.name }, i.id)));
    this.table = el('div', { class: 'offers' }, el('table', { id: 'offers' }, el('thead', {}, head), this.tbody));
    this.root.replaceChildren(this.controls,
      el('div', { class: 'board' },
        el('div', {}, el('div', { class: 'plot' }, this.outcomeCanvas),
          el('div', { class: 'plot small' }, this.utilityCanvas)),
        el('div', { class: 'side' }, this.current, this.table)));
    this.keys = e => {
      if (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT') return;
      if (e.key === 'ArrowRight') this.step(1);
      else if (e.key === 'ArrowLeft') this.step(-1);
      else if (e.key === ' ') { e.preventDefault(); this.toggle(); }
      else if (e.key === 'Home') this.show(0);
      else if (e.key === 'End') this.show(this.events.length);
    };
    document.addEventListener('keydown', this.keys);
    this.buildCharts();
  }

  buildCharts() {
    const s = this.space;
    const [px, py] = this.axes;
    const datasets = [
      { label: 'All agreements', data: pairs(s.cloud), pointRadius: 1.3, pointHoverRadius: 1.3,
        backgroundColor: 'rgba(107,114,128,0.35)', borderWidth: 0, order: 9 },
      { label: 'Pareto frontier', data: pairs(s.frontier), showLine: true, pointRadius: 0,
        borderColor: '#111827', borderWidth: 2, order: 8 },
    ];
    this.trajectory = {};
    this.parties.forEach((p, i) => {
      this.trajectory[p] = datasets.length;
      datasets.push({ label: partyName(s, p) + ' offers', data: [], showLine: true, pointRadius: 3.5,
        borderColor: colour(this.space, p), backgroundColor: colour(this.space, p), borderWidth: 2, order: 2 });
    });
    const rx = s.parties.find(p => p.id === px).reservation;
    const ry = s.parties.find(p => p.id === py).reservation;
    datasets.push({ label: 'Reservation values', data: [{ x: rx, y: 0 }, { x: rx, y: 1 }], showLine: true,
      pointRadius: 0, borderColor: colour(this.space, px), borderDash: [6, 4], borderWidth: 1.5, order: 7 });
    datasets.push({ label: '_ry', data: [{ x: 0, y: ry }, { x: 1, y: ry }], showLine: true,
      pointRadius: 0, borderColor: colour(this.space, py), borderDash: [6, 4], borderWidth: 1.5, order: 7 });
    const point = (sol) => sol ? [{ x: sol.u[px], y: sol.u[py] }] : [];
    datasets.push({ label: 'Nash', data: point(s.nash), pointStyle: 'star', pointRadius: 12,
      borderColor: '#111827', backgroundColor: '#111827', borderWidth: 2, order: 1 });
    datasets.push({ label: 'Kalai–Smorodinsky', data: point(s.ks), pointStyle: 'triangle',
      pointRadius: 9, borderColor: '#7c3aed', backgroundColor: '#7c3aed', order: 1 });
    const refColours = ['#b45309', '#0e7490', '#4d7c0f', '#be185d', '#6b21a8'];
    (s.references || []).forEach((r, i) => datasets.push({ label: r.name, data: point(r),
      pointStyle: 'rectRot', pointRadius: 9, borderColor: refColours[i % refColours.length],
      backgroundColor: refColours[i % refColours.length], order: 1 }));
    this.agreementIndex = datasets.length;
    datasets.push({ label: 'Agreement', data: [], pointStyle: 'circle', pointRadius: 12,
      borderColor: '#15803d', backgroundColor: 'rgba(21,128,61,0.25)', borderWidth: 4, order: 0 });
    this.currentIndex = datasets.length;
    datasets.push({ label: '_now', data: [], pointStyle: 'circle', pointRadius: 9,
      borderColor: '#ca8a04', backgroundColor: 'rgba(0,0,0,0)', borderWidth: 3, order: 0 });
    const font = { size: 14 };
    this.outcomeChart = new Chart(this.outcomeCanvas, {
      type: 'scatter', data: { datasets },
      options: {
        animation: false, maintainAspectRatio: false, parsing: false, normalized: true,
        events: [],
        plugins: {
          legend: { position: 'bottom', labels: { font, boxWidth: 14, usePointStyle: true,
            filter: item => !item.text.startsWith('_') && item.text !== 'All agreements' } },
          title: { display: true, text: 'Outcome space: every possible agreement', font: { size: 16 } },
          tooltip: { enabled: false },
        },
        scales: {
          x: { min: 0, max: 1, title: { display: true, text: 'Utility for ' + partyName(s, px), font } },
          y: { min: 0, max: 1, title: { display: true, text: 'Utility for ' + partyName(s, py), font } },
        },
      },
    });
    // Per party: its utility of its own offers (solid) and of the others' offers (dashed).
    const lines = [];
    this.parties.forEach((p, i) => {
      lines.push({ label: partyName(s, p) + ': own offers', data: [], showLine: true, pointRadius: 2,
        borderColor: colour(this.space, p), backgroundColor: colour(this.space, p), borderWidth: 2.5 });
      lines.push({ label: partyName(s, p) + ': offers received', data: [], showLine: true, pointRadius: 0,
        borderColor: colour(this.space, p), backgroundColor: colour(this.space, p), borderWidth: 2, borderDash: [6, 4] });
    });
    this.utilityChart = new Chart(this.utilityCanvas, {
      type: 'scatter',
      data: { datasets: lines },
      options: {
        animation: false, maintainAspectRatio: false, parsing: false, events: [],
        plugins: { legend: { labels: { font: { size: 13 }, boxWidth: 22 } },
          title: { display: true, text: 'Utility per round', font: { size: 16 } } },
        scales: {
          x: { min: 0, max: Math.max(1, this.rounds), title: { display: true, text: 'Round', font } },
          y: { min: 0, max: 1, title: { display: true, text: 'Utility', font } },
        },
      },
    });
  }

  addEvent(e) {
    this.events.push(e);
    const s = this.space;
    const cells = [el('td', { class: 'num' }, e.turn + 1), el('td', { class: 'num' }, e.round + 1),
      el('td', { class: partyClass(this.space, e.party) }, partyName(s, e.party)),
      el('td', {}, e.verb),
      this.parties.map(p => el('td', { class: 'num' }, e.u && p in e.u ? fmt(e.u[p]) : '')),
      el('td', {}, e.move ? el('span', { class: 'tag ' + e.move }, e.move) : ''),
      s.issues.map((issue, i) => el('td', {}, e.bid ? issue.levels[e.bid[i]] : ''))];
    const row = el('tr', { 'data-turn': e.turn, 'data-round': e.round + 1, class: 'hidden',
      onclick: () => this.show(this.events.indexOf(e) + 1) }, cells);
    this.tbody.append(row);
  }

  /** A live event: the board follows it if it was showing the latest one. */
  append(e) {
    const following = this.k === this.events.length;
    this.addEvent(e);
    this.updateRange();
    if (following) this.show(this.events.length);
  }

  finish(outcome) {
    this.outcome = outcome;
    this.show(this.k);
  }

  updateRange() {
    this.scrub.max = this.events.length;
  }

  step(d) {
    this.pause();
    this.show(this.k + d);
  }

  toggle() {
    if (this.timer) this.pause(); else this.play();
  }

  play() {
    if (this.k >= this.events.length) this.show(0);
    this.playButton.textContent = '⏸ Pause';
    this.timer = setInterval(() => {
      if (this.k >= this.events.length) { this.pause(); return; }
      this.show(this.k + 1);
    }, 1000 / (BASE_RATE * this.speed));
  }

  pause() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = '▶ Play';
  }

  /** Shows the first k actions (0 = before the first offer). */
  show(k) {
    const n = this.events.length;
    k = Math.max(0, Math.min(n, k | 0));
    const rows = this.tbody.children;
    const from = Math.min(this.k, k);
    const to = Math.max(this.k, k);
    for (let i = from; i < to && i < rows.length; i++) rows[i].classList.toggle('hidden', i >= k);
    if (this.k > 0 && this.k <= rows.length) rows[this.k - 1].classList.remove('now');
    this.k = k;
    if (k > 0) rows[k - 1].classList.add('now');
    this.scrub.value = k;
    const [px, py] = this.axes;
    const tracks = {};
    const perRound = {};
    for (const p of this.parties) { tracks[p] = []; perRound[p] = [[], []]; }
    for (let i = 0; i < k; i++) {
      const e = this.events[i];
      if (!e.bid || !e.u) continue;
      if (e.action === 'offer' && tracks[e.party]) tracks[e.party].push({ x: e.u[px], y: e.u[py] });
      if (e.action !== 'offer') continue;
      for (const p of this.parties) {
        if (p in e.u) perRound[p][p === e.party ? 0 : 1].push({ x: e.round + 1, y: e.u[p] });
      }
    }
    const ds = this.outcomeChart.data.datasets;
    for (const p of this.parties) ds[this.trajectory[p]].data = tracks[p];
    const cur = k > 0 ? this.events[k - 1] : null;
    ds[this.currentIndex].data = cur && cur.bid && cur.u ? [{ x: cur.u[px], y: cur.u[py] }] : [];
    const done = k === n && this.outcome;
    ds[this.agreementIndex].data = done && this.outcome.agreement && cur && cur.u
      ? [{ x: cur.u[px], y: cur.u[py] }] : [];
    this.outcomeChart.update('none');
    this.utilityChart.data.datasets.forEach((d, i) => { d.data = perRound[this.parties[i >> 1]][i & 1]; });
    this.utilityChart.update('none');
    this.mark();
    this.position.textContent = cur
      ? 'Action ' + k + ' of ' + n + ' · round ' + (cur.round + 1)
      : 'Start · ' + n + ' actions';
    this.renderCurrent(cur, done);
    if (k > 0) {
      const row = rows[k - 1];
      const box = this.table;
      if (row.offsetTop < box.scrollTop + 30 || row.offsetTop > box.scrollTop + box.clientHeight - 30) {
        box.scrollTop = Math.max(0, row.offsetTop - box.clientHeight / 2);
      }
    }
  }

  renderCurrent(e, done) {
    const s = this.space;
    const parts = [];
    if (!e) {
      parts.push(el('div', { class: 'headline' }, s.title));
      parts.push(el('p', { class: 'muted' }, 'Press ▶ or → to step through the negotiation.'));
      const seats = Object.entries(this.seats);
      if (seats.length) {
        parts.push(el('dl', {}, seats.map(([p, spec]) => [el('dt', {}, partyName(s, p)), el('dd', {}, spec)])));
      }
    } else {
      parts.push(el('div', { class: 'headline' }, 'Round ' + (e.round + 1) + ' · ',
        el('span', { class: partyClass(this.space, e.party) }, partyName(s, e.party)), ' ' + e.verb,
        e.move ? [' ', el('span', { class: 'tag ' + e.move }, e.move)] : ''));
      if (e.bid) {
        parts.push(el('dl', { id: 'current-bid' }, bidText(s.issues, e.bid).map(line => {
          const at = line.indexOf(': ');
          return [el('dt', {}, line.slice(0, at)), el('dd', {}, line.slice(at + 2))];
        })));
        if (e.u) {
          parts.push(el('p', {}, this.parties.map(p => [el('span', { class: partyClass(this.space, p) },
            partyName(s, p) + ' ' + fmt(e.u[p])), '   '])));
        }
      }
      if (e.rationale) {
        parts.push(el('p', { class: 'muted' }, 'Why: ' + e.rationale.rule + ' ' +
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
    const ds = this.outcomeChart.data.datasets;
    const point = p => (p ? p.x + ',' + p.y : '');
    this.root.dataset.k = this.k;
    this.root.dataset.current = point(ds[this.currentIndex].data[0]);
    this.root.dataset.agreement = point(ds[this.agreementIndex].data[0]);
    for (const p of this.parties) this.root.setAttribute('data-track-' + p, ds[this.trajectory[p]].data.length);
  }

  destroy() {
    this.pause();
    document.removeEventListener('keydown', this.keys);
    this.outcomeChart.destroy();
    this.utilityChart.destroy();
  }
}
