import { api, el, showError, fmt } from './common.js';

const $ = id => document.getElementById(id);
const fail = e => showError($('error'), e);
let current = null;   // the class on the board
let board = null;     // its latest board document
let space = null;     // its scenario's outcome space (frontier, Nash, reference deals)
let sortKey = null;
let sortDown = false;
let chart = null;

async function setup() {
  const [scenarios, strategies] = await Promise.all([api('/api/scenarios'), api('/api/strategies')]);
  $('scenario').replaceChildren(...scenarios.map(s => el('option', { value: s.id }, s.title)));
  const sides = async () => {
    const s = await api('/api/scenarios/' + encodeURIComponent($('scenario').value));
    $('side').replaceChildren(el('option', { value: 'alternating' }, 'alternating sides'),
      el('option', { value: 'chosen' }, 'the side they choose'),
      ...s.parties.map(p => el('option', { value: p.id }, p.name)));
    $('rounds').value = Math.min(s.rounds, 20);
  };
  $('scenario').addEventListener('change', () => sides().catch(fail));
  await sides();
  $('opponent').replaceChildren(...strategies.map(p => el('option', { value: p.name, 'data-difficulty': p.group + ': ' + p.note }, p.title === p.name ? p.name : p.title + ' (' + p.name + ')')),
    el('option', { value: 'classmates', 'data-difficulty': 'students play each other, paired as they join' }, 'each other (pairs)'),
    el('option', { value: 'custom', 'data-difficulty': 'a strategy of yours: a JSON spec or a plug-in from --strategy-path' }, 'your own bot…'));
  $('opponent').value = 'conceder';
  const note = () => {
    $('difficulty').textContent = $('opponent').selectedOptions[0].dataset.difficulty;
    $('pairing-choice').classList.toggle('hidden', $('opponent').value !== 'classmates');
    $('custom-choice').classList.toggle('hidden', $('opponent').value !== 'custom');
  };
  $('opponent').addEventListener('change', note);
  note();
  const replays = (await api('/api/transcripts')).filter(t => !t.error);
  $('from').append(...replays.map(t => el('option', { value: t.id, 'data-scenario': t.scenario }, t.id + ' — ' + t.outcome)));
  // a replay fixes the scenario, the bots, the seed and the rounds: only the side stays to choose
  $('from').addEventListener('change', async () => {
    const replay = $('from').value;
    $('from-round-choice').classList.toggle('hidden', !replay);
    for (const id of ['scenario', 'opponent', 'rounds', 'seed']) $(id).disabled = !!replay;
    if (replay) {
      $('scenario').value = $('from').selectedOptions[0].dataset.scenario;
      await sides().catch(fail);
    }
  });
  $('create').addEventListener('submit', async e => {
    e.preventDefault();
    const body = { scenario: $('scenario').value, side: $('side').value, opponent: $('opponent').value,
      rounds: +$('rounds').value };
    if ($('title').value.trim()) body.title = $('title').value.trim();
    if ($('minutes').value) body.minutes = +$('minutes').value;
    if ($('seed').value !== '') body.seed = +$('seed').value;
    if (body.opponent === 'classmates') body.pairing = $('pairing').value;
    if (body.opponent === 'custom') body.opponent = $('custom').value.trim();
    if ($('from').value) {
      for (const k of ['scenario', 'opponent', 'rounds', 'seed', 'pairing']) delete body[k];
      body.from = { transcript: $('from').value, round: +$('from-round').value };
    }
    try {
      const c = await api('/api/classes', { json: body });
      await list();
      await open(c.id);
    } catch (err) { fail(err); }
  });
  for (const th of document.querySelectorAll('#board th[data-key]')) {
    th.addEventListener('click', () => {
      sortDown = sortKey === th.dataset.key ? !sortDown : false;
      sortKey = th.dataset.key;
      draw();
    });
  }
  $('reveal').addEventListener('click', () => post('/reveal', { revealed: !board.revealed, hideNames: $('hide-names').checked }));
  $('hide-names').addEventListener('change', () => post('/reveal', { revealed: board.revealed, hideNames: $('hide-names').checked }));
  $('close').addEventListener('click', () => post('/close', {}));
  $('again').addEventListener('click', async () => {
    try { const c = await api('/api/classes/' + current + '/again', { json: {} }); await list(); await open(c.id); } catch (e) { fail(e); }
  });
  await list();
  const first = document.querySelector('#classes tbody tr');
  if (first) await open(first.dataset.id);
  // the board follows the class live (server-sent events); a slow poll keeps the clocks moving
  setInterval(() => { if (current) refresh().catch(fail); }, 10000);
}

async function post(path, body) {
  try { await api('/api/classes/' + current + path, { json: body }); await refresh(); await list(); } catch (e) { fail(e); }
}

async function list() {
  const classes = await api('/api/classes');
  $('classes').querySelector('tbody').replaceChildren(...classes.map(c => el('tr', { 'data-id': c.id, class: 'clickable', onclick: () => open(c.id).catch(fail) },
    el('td', {}, el('b', { class: 'code' }, c.code)), el('td', {}, c.title), el('td', {}, c.students),
    el('td', {}, new Date(c.createdAt).toLocaleString()), el('td', {}, c.closed ? 'closed' : 'open'))));
}

let events = null;

async function open(id) {
  current = id;
  if (events) events.close();
  events = new EventSource('/api/classes/' + encodeURIComponent(id) + '/events');
  events.addEventListener('change', () => refresh().catch(fail));
  await refresh();
  space = await api('/api/scenarios/' + encodeURIComponent(board.settings.scenario) + '/space');
  $('board-section').classList.remove('hidden');
  draw();
}

async function refresh() {
  board = await api('/api/classes/' + encodeURIComponent(current));
  draw();
}

function value(g, key) {
  const r = g.result;
  const u = r ? r.metrics.utilities : null;
  switch (key) {
    case 'utility': return u ? u[g.side] : null;
    case 'other': return u ? Object.entries(u).find(([p]) => p !== g.side)[1] : null;
    case 'rounds': return r ? r.rounds : null;
    case 'nash': return r ? r.metrics.nashDistance : null;
    case 'pareto': return r ? r.metrics.paretoDistance : null;
    case 'left': return g.endsAt ? g.endsAt - board.now : null;
    default: return g[key];
  }
}

function left(ms) {
  if (ms === null || ms === undefined) return '';
  const s = Math.max(0, Math.round(ms / 1000));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
}

function draw() {
  if (!board) return;
  $('board-title').textContent = board.title + (board.closed ? ' (closed)' : '');
  $('code').textContent = board.code;
  $('join-url').textContent = location.origin + '/join.html';
  $('csv').href = '/api/classes/' + encodeURIComponent(board.id) + '/results.csv';
  const words = { deal: 'deals', 'walked-away': 'walked away', deadline: 'ran out of rounds',
    timeout: 'ran out of time', cancelled: 'ended by you', playing: 'playing', waiting: 'waiting for a classmate' };
  $('summary').textContent = Object.entries(board.summary).map(([k, v]) => v + ' ' + (words[k] || k)).join(' · ');
  $('reveal').textContent = board.revealed ? 'Hide the board from students' : 'Reveal the board to students';
  let games = [...board.games];
  if (sortKey) {
    games.sort((a, b) => {
      const x = value(a, sortKey), y = value(b, sortKey);
      const c = x === y ? 0 : x === null || x === undefined ? 1 : y === null || y === undefined ? -1 : x < y ? -1 : 1;
      return sortDown ? -c : c;
    });
  }
  $('board').querySelector('tbody').replaceChildren(...games.map(g => {
    const r = g.result;
    const moves = r && r.moves ? Object.entries(r.moves).map(([k, v]) => v + ' ' + k).join(', ') : '';
    return el('tr', { 'data-state': g.state },
      el('td', {}, g.student), el('td', {}, g.side),
      el('td', {}, r ? r.outcome.text : g.state),
      el('td', {}, g.round === undefined ? '' : g.round + 1),
      el('td', {}, left(value(g, 'left'))),
      el('td', {}, fmt(value(g, 'utility'))), el('td', {}, fmt(value(g, 'other'))),
      el('td', {}, r ? r.rounds : ''), el('td', {}, fmt(value(g, 'nash'))), el('td', {}, fmt(value(g, 'pareto'))),
      el('td', {}, moves),
      el('td', {},
        r && r.transcript ? el('a', { href: '/replay.html?id=' + encodeURIComponent(r.transcript) }, 'replay') : '',
        g.state === 'playing' ? el('button', { onclick: () => act(g.game, 'end', {}) }, 'end') : '',
        g.state === 'waiting' ? el('button', { onclick: () => bot(g.studentId) }, 'give a bot') : '',
        g.state === 'waiting' ? pairWith(g, games) : '',
        g.state === 'playing' && board.settings.opponent === 'classmates'
          ? el('button', { title: 'the student left: a bot plays their side from here', onclick: () => act(g.game, 'bot', {}) }, 'hand to a bot') : '',
        g.state === 'playing' && g.endsAt ? el('button', { onclick: () => act(g.game, 'extend', { minutes: 5 }) }, '+5 min') : ''));
  }));
  deals();
}

/** A waiting student's "pair with…" choice: the other students who wait. */
function pairWith(g, games) {
  const others = games.filter(o => o.state === 'waiting' && o.studentId !== g.studentId);
  if (!others.length) return '';
  return el('select', { 'aria-label': 'pair ' + g.student + ' with', onchange: async e => {
    try {
      await api('/api/classes/' + current + '/pair', { json: { students: [g.studentId, e.target.value] } });
      await refresh();
    } catch (err) { fail(err); }
  } }, el('option', { value: '' }, 'pair with…'), others.map(o => el('option', { value: o.studentId }, o.student)));
}

async function bot(student) {
  try { await api('/api/classes/' + current + '/students/' + encodeURIComponent(student) + '/bot', { json: {} }); await refresh(); } catch (e) { fail(e); }
}

async function act(game, what, body) {
  try { await api('/api/games/' + encodeURIComponent(game) + '/' + what, { json: body }); await refresh(); } catch (e) { fail(e); }
}

/** Every deal of the class in the outcome space, with the frontier, Nash and the real deals. */
function deals() {
  if (!space) return;
  const [x, y] = space.views[0].axes;
  const pairs = flat => { const out = []; for (let i = 0; i < flat.length; i += 2) out.push({ x: flat[i], y: flat[i + 1] }); return out; };
  const done = board.games.filter(g => g.result && g.result.outcome.agreement);
  const datasets = [
    { label: 'Pareto frontier', data: pairs(space.views[0].frontier), showLine: true, pointRadius: 0, borderColor: '#64748b' },
    { label: 'Nash point', data: space.nash ? [{ x: space.nash.u[x], y: space.nash.u[y] }] : [], pointRadius: 9, pointStyle: 'star', borderColor: '#111', backgroundColor: '#111' },
    { label: 'Kalai–Smorodinsky point', data: space.ks ? [{ x: space.ks.u[x], y: space.ks.u[y] }] : [], pointRadius: 8, pointStyle: 'triangle', borderColor: '#7c3aed', backgroundColor: '#7c3aed' },
    ...(space.references || []).map(r => ({ label: r.name, data: [{ x: r.u[x], y: r.u[y] }], pointRadius: 8, pointStyle: 'rectRot' })),
    { label: 'no deal', data: [{ x: space.parties[0].reservation, y: space.parties[1].reservation }], pointRadius: 8, pointStyle: 'crossRot', borderColor: '#b91c1c' },
    { label: 'the class\'s deals', data: done.map(g => ({ x: g.result.metrics.utilities[x], y: g.result.metrics.utilities[y] })), pointRadius: 6, backgroundColor: '#1d4ed8' },
  ];
  if (chart) { chart.data.datasets = datasets; chart.update('none'); return; }
  chart = new Chart($('deals'), { type: 'scatter', data: { datasets }, options: { animation: false, maintainAspectRatio: false,
    scales: { x: { min: 0, max: 1, title: { display: true, text: 'utility of ' + space.parties[0].name } },
      y: { min: 0, max: 1, title: { display: true, text: 'utility of ' + space.parties[1].name } } } } });
}

setup().catch(fail);
