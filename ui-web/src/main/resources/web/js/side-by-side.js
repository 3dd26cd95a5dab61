// Two negotiations side by side with one position, counted in rounds, so a class can compare,
// say, Boulware vs Conceder with Hardheaded vs tit-for-tat at the same moment.
import { el } from './common.js';
import { Board } from './board.js';
import { Controls } from './controls.js';

export class SideBySide {
  /** @param runs [{doc: a replay document, heading: text}] */
  constructor(root, runs, onMove, fontSize) {
    this.controls = new Controls(this, onMove);
    const columns = runs.map(r => el('div', { class: 'run' }, el('h2', {}, r.doc.id),
      el('p', { class: 'muted' }, r.heading), el('div', { class: 'run-board' })));
    root.replaceChildren(this.controls.element, el('div', { class: 'pair' }, columns));
    root.classList.add('side-by-side');
    this.boards = runs.map((r, i) => new Board(columns[i].querySelector('.run-board'), r.doc.space,
      { events: r.doc.events, rounds: r.doc.rounds, outcome: r.doc.outcome, seats: r.doc.seats,
        controls: false, fontSize }));
    this.rounds = Math.max(...this.boards.map(b => (b.events.length ? b.events[b.events.length - 1].round + 1 : 0)));
    this.controls.updateRange();
  }

  size() {
    return this.rounds;
  }

  show(round) {
    for (const b of this.boards) b.show(b.roundEnd(round));
    this.controls.sync(round);
  }

  label(round) {
    return round === 0 ? 'Start · ' + this.rounds + ' rounds' : 'Round ' + round + ' of ' + this.rounds;
  }

  roundStep(round, d) {
    return round + d;
  }

  setFontSize(size) {
    for (const b of this.boards) b.setFontSize(size);
  }
}
