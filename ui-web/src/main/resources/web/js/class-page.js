import { api, el, showError, fmt } from './common.js';

const $ = id => document.getElementById(id);
try {
  const me = await api('/api/me');
  $('title').textContent = me.class;
  $('who').textContent = 'You are ' + me.name + '.' + (me.waiting
    ? ' Waiting for a classmate to play against (or for your instructor to give you a bot)…' : '');
  if (me.waiting) setTimeout(() => location.reload(), 2000);
  $('games').replaceChildren(...me.games.map((g, i) => el('li', {},
    el('a', { href: '/play.html?game=' + encodeURIComponent(g) }, 'Game ' + (i + 1)))));
  if (me.games.length === 1 && !me.revealed) location.replace('/play.html?game=' + encodeURIComponent(me.games[0]));
  if (me.revealed) {
    const board = await api('/api/classes/' + encodeURIComponent(me.classId));
    $('board').querySelector('tbody').replaceChildren(...board.games.map(g => el('tr', {},
      el('td', {}, g.student), el('td', {}, g.side),
      el('td', {}, g.result ? g.result.outcome.text : g.state),
      el('td', {}, g.result ? fmt(g.result.metrics.utilities[g.side]) : ''),
      el('td', {}, g.result ? g.result.rounds : ''))));
    $('board-section').classList.remove('hidden');
  }
} catch (e) {
  showError($('error'), e);
}
