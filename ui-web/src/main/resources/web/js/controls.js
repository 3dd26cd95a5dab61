// The controls that move through a negotiation: start, back, play, forward, end, by action and by
// round, a scrubber, the position in words and the speed; the keyboard does the same. A target
// (one board, or two side by side) draws each position.
import { el } from './common.js';

const SPEEDS = [0.5, 1, 2, 4, 8, 16];
const BASE_RATE = 2; // positions per second at 1×

export class Controls {
  /**
   * @param target size() positions past the start, show(pos), label(pos) in words, and
   *     roundStep(pos, d): the position d rounds away
   * @param onMove called with each new position (the page keeps its address in step)
   */
  constructor(target, onMove = () => {}) {
    this.target = target;
    this.onMove = onMove;
    this.pos = 0;
    this.speed = 1;
    this.timer = null;
    this.scrub = el('input', { type: 'range', id: 'scrub', min: 0, max: 0, value: 0,
      'aria-label': 'Position in the negotiation', oninput: () => this.go(+this.scrub.value) });
    this.playButton = el('button', { id: 'play', class: 'primary', onclick: () => this.toggle() }, '▶ Play');
    this.position = el('span', { id: 'position', class: 'position' });
    const speed = el('select', { id: 'speed', 'aria-label': 'Speed',
      onchange: () => { this.speed = +speed.value; if (this.timer) { this.pause(); this.play(); } } },
      SPEEDS.map(v => el('option', { value: v, selected: v === 1 }, v + '×')));
    this.element = el('div', { class: 'controls' },
      el('button', { id: 'first', title: 'Start (Home)', onclick: () => this.go(0) }, '« Start'),
      el('button', { id: 'round-back', title: 'Previous round (↑ or Page Up)', onclick: () => this.round(-1) }, '◀◀ Round'),
      el('button', { id: 'back', title: 'Step back (←)', onclick: () => this.step(-1) }, '◀'),
      this.playButton,
      el('button', { id: 'forward', title: 'Step forward (→)', onclick: () => this.step(1) }, '▶|'),
      el('button', { id: 'round-forward', title: 'Next round (↓ or Page Down)', onclick: () => this.round(1) }, 'Round ▶▶'),
      el('button', { id: 'last', title: 'End (End)', onclick: () => this.go(this.target.size()) }, 'End »'),
      this.scrub, this.position, el('label', {}, 'Speed ', speed));
    this.keys = e => {
      if (['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName) || e.ctrlKey || e.metaKey || e.altKey) return;
      const moves = { ArrowRight: () => this.step(1), ArrowLeft: () => this.step(-1),
        ArrowDown: () => this.round(1), PageDown: () => this.round(1),
        ArrowUp: () => this.round(-1), PageUp: () => this.round(-1),
        ' ': () => this.toggle(), Home: () => this.go(0), End: () => this.go(this.target.size()) };
      if (moves[e.key]) { e.preventDefault(); moves[e.key](); }
    };
    document.addEventListener('keydown', this.keys);
    this.updateRange();
  }

  go(pos) {
    this.target.show(Math.max(0, Math.min(this.target.size(), pos | 0)));
  }

  /** Called by the target once it shows pos. */
  sync(pos) {
    this.pos = pos;
    this.scrub.value = pos;
    this.position.textContent = this.target.label(pos);
    this.onMove(pos);
  }

  updateRange() {
    this.scrub.max = this.target.size();
  }

  step(d) {
    this.pause();
    this.go(this.pos + d);
  }

  round(d) {
    this.pause();
    this.go(this.target.roundStep(this.pos, d));
  }

  toggle() {
    if (this.timer) this.pause(); else this.play();
  }

  play() {
    if (this.pos >= this.target.size()) this.go(0);
    this.playButton.textContent = '⏸ Pause';
    this.timer = setInterval(() => {
      if (this.pos >= this.target.size()) { this.pause(); return; }
      this.go(this.pos + 1);
    }, 1000 / (BASE_RATE * this.speed));
  }

  pause() {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = '▶ Play';
  }

  destroy() {
    this.pause();
    document.removeEventListener('keydown', this.keys);
  }
}
