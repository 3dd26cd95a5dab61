import { api, el, showError, fmt, partyName, partyClass, term, MOVE_WORDS, REASON_WORDS } from './common.js';
import { Board } from './board.js';
import { botChoice } from './bot-choice.js';
import { story } from './debrief-story.js';

const $ = id => document.getElementById(id);
const error = $('error');
let game = null;      // the latest view from the server
let bid = [];         // the offer being composed
let options = [];     // your utility of each level, given the rest of the bid
let walkArmed = false;
let acceptArmed = false;
let opponent = null;  // the bot chooser

function fail(e) { showError(error, e); }
function clearError() { error.classList.add('hidden'); }

async function setup() {
  const [scenarios, strategies] = await Promise.all([api('/api/scenarios'), api('/api/strategies')]);
  const sc = $('scenario');
  for (const s of scenarios) sc.append(el('option', { value: s.id }, s.title));
  const sides = async () => {
    const s = await api('/api/scenarios/' + encodeURIComponent(sc.value));
    $('side').replaceChildren(...s.parties.map(p => el('option', { value: p.id }, p.name)));
    $('rounds').value = Math.min(s.rounds, 20);
  };
  sc.addEventListener('change', () => sides().catch(fail));
  await sides();
  const note = () => { $('difficulty').textContent = opponent.note(); };
  opponent = botChoice(strategies, { id: 'opponent', selected: 'conceder', onchange: note });
  $('opponent-choice').replaceChildren(...opponent.element);
  note();
  $('start').addEventListener('click', start);
  $('offer').addEventListener('click', () => act({ action: 'offer', bid }));
  $('accept').addEventListener('click', () => {
    // accepting less than no deal gives you deserves a second look, as walking away does
    if (game.standing.utility < game.reservation && !acceptArmed) {
      acceptArmed = true;
      $('accept').textContent = 'Confirm: accept ' + fmt(game.standing.utility)
        + ', less than your reservation value ' + fmt(game.reservation);
      return;
    }
    act({ action: 'accept', bid: game.standing.bid });
  });
  $('walk').addEventListener('click', () => {
    if (!walkArmed) {
      walkArmed = true;
      $('walk').textContent = 'Confirm: walk away (you get ' + fmt(game.reservation) + ')';
      return;
    }
    act({ action: 'end' });
  });
}

async function start() {
  clearError();
  $('start').disabled = true;
  try {
    await enter(await api('/api/games', { json: { scenario: $('scenario').value,
      side: $('side').value, opponent: opponent.value(), rounds: +$('rounds').value } }));
  } catch (e) {
    fail(e);
    $('start').disabled = false;
  }
}

/** Shows a game: just started, or found again from the URL after a refresh or a closed lid. */
async function enter(view) {
  game = view;
  // the address names the game: a refresh, a second tab or a bookmark comes back to it
  history.replaceState(null, '', '/play.html?game=' + encodeURIComponent(game.id));
  if (game.briefing) {
    $('briefing-text').replaceChildren(...game.briefing.split(/\n\s*\n/).map(p => el('p', {}, p)));
    $('briefing').classList.remove('hidden');
    // open before the first move; a reload mid-game keeps the board in view
    $('briefing').open = game.history.filter(a => a.party === game.side).length === 0;
  }
  $('setup').classList.add('hidden');
  $('game').classList.remove('hidden');
  buildComposer();
  await bestBid();
  if (game.state !== 'over') listen();
  render();
}

/** The game named in the address, if any. */
function gameInAddress() {
  return new URLSearchParams(location.search).get('game');
}

function buildComposer() {
  const issues = game.scenario.issues;
  bid = issues.map(() => 0);
  $('issues').replaceChildren(...issues.map((issue, i) => el('div', { class: 'issue' },
    el('label', { for: 'issue-' + i }, issue.name),
    el('select', { id: 'issue-' + i, 'data-issue': issue.id, onchange: e => { bid[i] = +e.target.value; evaluate().catch(fail); } },
      issue.levels.map((l, j) => el('option', { value: j }, l))))));
}

async function evaluate() {
  const res = await api('/api/games/' + game.id + '/utility?bid=' + bid.join(','));
  options = res.options;
  game.scenario.issues.forEach((issue, i) => {
    const select = $('issue-' + i);
    select.value = bid[i];
    // the number first: a closed select that cuts its text off still shows it
    [...select.options].forEach((o, j) => { o.textContent = 'you ' + fmt(options[i][j]) + ' · ' + issue.levels[j]; });
  });
  const u = res.utility;
  $('meter-fill').style.width = (100 * u) + '%';
  $('meter-rv').style.left = (100 * game.reservation) + '%';
  $('meter-label').textContent = 'Your utility of this offer: ' + fmt(u);
  $('meter-label').dataset.utility = u;
}

/** Starts the composer at your own best bid, as the server ranks your bids. */
async function bestBid() {
  bid = [...game.best];
  await evaluate();
}

async function act(action) {
  clearError();
  setButtons(false);
  try {
    game = await api('/api/games/' + game.id + '/actions', { json: action });
    walkArmed = false;
    acceptArmed = false;
    render(); // which labels the buttons again
  } catch (e) {
    fail(e);
    render();
  }
}

function setButtons(on) {
  const mine = on && game && game.state === 'your-turn';
  $('offer').disabled = !mine;
  $('accept').disabled = !mine || !game.standing;
  $('walk').disabled = !mine;
}

function render() {
  const s = game.scenario;
  const me = partyName(s, game.side);
  const them = s.parties.filter(p => p.id !== game.side).map(p => p.name).join(' and ');
  $('title').textContent = 'You are ' + me + ' · against ' + them + ' (' + game.opponent.title + ')';
  $('status').replaceChildren(
    el('span', {}, 'Round ', el('b', { id: 'round' }, game.round === undefined ? '–' : game.round + 1), ' of ' + game.rounds),
    el('span', {}, el('b', { id: 'rounds-left' }, game.roundsLeft === undefined ? '–' : game.roundsLeft), ' rounds left'),
    el('span', {}, 'Your ', term('reservation value', 'reservation-value', 'what you get if there is no deal'), ' ', el('b', { id: 'reservation' }, fmt(game.reservation))),
    el('span', { class: 'muted', id: 'opponent-note', title: game.opponent.note },
      'Opponent: ' + (game.opponent.level ? game.opponent.level : game.opponent.title)),
    game.from ? el('span', { id: 'from' }, 'Taken over after round ' + game.from.round + ' of ',
      el('a', { href: '/replay.html?id=' + encodeURIComponent(game.from.transcript) + '&round=' + game.from.round }, 'a replay')) : '',
    el('span', { id: 'state' }, game.state === 'your-turn' ? 'Your move' : game.state === 'over' ? 'Game over'
      : game.state === 'handed-over' ? 'A bot plays your side now' : 'They are thinking…'),
    el('span', { id: 'clock' }));
  tick();
  const last = game.state === 'your-turn' && game.roundsLeft === 1;
  // in the last round, whoever moves last cannot be answered
  const lastWord = last && game.history.some(a => a.round === game.round && a.party !== game.side);
  $('last-round').textContent = !last ? '' : lastWord
    ? 'Last round, last move: an offer now cannot be answered, so only accepting their offer '
      + 'makes a deal. Otherwise you get your reservation value ' + fmt(game.reservation) + '.'
    : 'Last round: the other side answers your offer with its last move (it may accept, or let '
      + 'the deadline pass: then you get your reservation value ' + fmt(game.reservation) + ').';
  $('last-round').classList.toggle('hidden', !last);
  const standing = $('standing');
  if (game.standing) {
    standing.replaceChildren(el('div', { class: 'headline' }, 'Their offer: you get ',
      el('span', { id: 'standing-utility' }, fmt(game.standing.utility))),
      el('dl', {}, s.issues.map((issue, i) => [el('dt', {}, issue.name), el('dd', {}, issue.levels[game.standing.bid[i]])])),
      el('button', { onclick: () => { bid = [...game.standing.bid]; evaluate().catch(fail); } }, 'Counter from this offer'));
    $('accept').textContent = 'Accept their offer (you get ' + fmt(game.standing.utility) + ')';
  } else {
    standing.replaceChildren(el('p', { class: 'muted' }, 'No offer on the table yet: you open.'));
    $('accept').textContent = 'Accept their offer';
  }
  $('walk').textContent = 'Walk away';
  const rows = game.history.map(a => el('tr', { 'data-action': a.action },
    el('td', { class: 'num' }, a.round + 1),
    el('td', { class: partyClass(s, a.party) }, a.party === game.side ? 'You' : partyName(s, a.party)),
    el('td', {}, a.verb),
    el('td', { class: 'num' }, a.utility === undefined ? '' : fmt(a.utility)),
    el('td', {}, a.bid && a.party !== game.side && a.action === 'offer'
      ? el('button', { onclick: () => { bid = [...a.bid]; evaluate().catch(fail); } }, 'Load') : '')));
  $('history').querySelector('tbody').replaceChildren(...rows.reverse());
  setButtons(true);
  $('hint').textContent = game.state === 'your-turn'
    ? 'Each option shows your utility if you pick it with the rest of your offer unchanged.' : '';
  if (game.state === 'over') {
    if (events) events.close();
    debrief().catch(fail);
  }
}

/**
 * The clocks: the game's time left (a class may set one) and this turn's, with a warning in the
 * last minute. Times come from the server with its "now", so a wrong laptop clock does not matter.
 */
let skew = 0;
function tick() {
  const clock = $('clock');
  if (!clock || !game) return;
  if (game.now) skew = game.now - Date.now();
  const now = Date.now() + skew;
  const parts = [];
  let warn = false;
  const mmss = ms => { const t = Math.max(0, Math.round(ms / 1000)); return Math.floor(t / 60) + ':' + String(t % 60).padStart(2, '0'); };
  if (game.state !== 'over' && game.endsAt) {
    parts.push('Game time left ' + mmss(game.endsAt - now));
    warn = warn || game.endsAt - now < 60000;
  }
  if (game.state === 'your-turn' && game.turnEndsAt) {
    parts.push('this turn ' + mmss(game.turnEndsAt - now));
    warn = warn || game.turnEndsAt - now < 60000;
  }
  clock.textContent = parts.join(' · ');
  clock.className = warn ? 'warning' : '';
  clock.title = warn ? 'When the time runs out the game ends without a deal: you get your reservation value.' : '';
}
setInterval(tick, 1000);

let events = null;

/** Listens to the game's event stream: when the turn comes back or the game ends, fetch the view. */
function listen() {
  events = new EventSource('/api/games/' + encodeURIComponent(game.id) + '/events');
  const refresh = async () => {
    if (game.state !== 'waiting') return;
    try {
      game = await api('/api/games/' + game.id);
      render();
    } catch (e) {
      fail(e);
    }
  };
  events.addEventListener('turn', refresh);
  events.addEventListener('end', refresh);
}

async function debrief() {
  $('game').classList.add('hidden');
  $('debrief').classList.remove('hidden');
  if (game.error) throw new Error(game.error);
  if (!game.transcript) {
    // the game is over but its transcript is not saved yet (a full disk): say so, and look again
    const o = game.outcome;
    $('result').className = 'outcome-banner ' + (o && o.agreement ? 'deal' : 'nodeal');
    $('result').textContent = (o && o.agreement ? 'Deal in round ' + (o.round + 1) : 'No deal')
      + ': you get ' + fmt(game.myUtility) + '. ' + (game.unsaved || 'Saving the transcript…');
    document.body.dataset.debrief = 'unsaved';
    setTimeout(async () => {
      try {
        game = await api('/api/games/' + game.id);
        await debrief();
      } catch (e) {
        fail(e);
      }
    }, 3000);
    return;
  }
  const doc = await api('/api/transcripts/' + encodeURIComponent(game.transcript) + '/replay');
  const s = doc.space;
  const me = game.side;
  const others = s.parties.filter(p => p.id !== me);
  const o = doc.outcome;
  const result = $('result');
  result.className = 'outcome-banner ' + (o.agreement ? 'deal' : 'nodeal');
  result.textContent = o.agreement
    ? 'Deal in round ' + (o.round + 1) + ': you get ' + fmt(doc.metrics.utilities[me]) + ' (your reservation value was ' + fmt(game.reservation) + ')'
    : 'No deal (' + (o.party ? partyName(s, o.party) + ' ' : '') + (REASON_WORDS[o.reason] || o.reason) + '): you fall back to your reservation value ' + fmt(game.reservation);
  $('story').replaceChildren(...story(doc, me, game.reservation));
  const myMoves = {};
  doc.events.filter(e => e.party === me && e.move).forEach(e => { myMoves[e.move] = (myMoves[e.move] || 0) + 1; });
  const facts = [
    ['You got', fmt(doc.metrics.utilities[me])],
    ...others.map(p => [p.name + ' got', fmt(doc.metrics.utilities[p.id]) + ' (reservation ' + fmt(p.reservation) + ')']),
    [['The ', term('Nash point', 'nash-point', 'a classic fair deal: the largest product of both sides\' gains'), ' would give you'], s.nash ? fmt(s.nash.u[me]) : '–'],
    [['Distance to the ', term('Pareto frontier', 'pareto-frontier', 'deals no other beats for one side without hurting another')], doc.metrics.paretoDistance === null ? 'no deal' : fmt(doc.metrics.paretoDistance)],
    ...(s.references || []).map(r => [r.name + ' gives you', fmt(r.u[me])]),
    [['Your ', term('moves', 'move-classes', 'each offer compared with your previous one')], Object.keys(myMoves).length ? Object.entries(myMoves).map(([k, v]) => v + ' ' + k).join(', ') : 'no classified moves'],
  ];
  $('facts').replaceChildren(...facts.map(([k, v]) => el('div', { class: 'card' }, k, el('b', {}, v))));
  $('facts').id = 'facts';
  // the move classes in words, where they appear
  $('moves-legend').replaceChildren(...Object.keys(myMoves).map(k => el('li', {},
    term(k, 'move-' + k, MOVE_WORDS[k]), ': ' + MOVE_WORDS[k] + ' (you made ' + myMoves[k] + ')')));
  const wants = $('wants');
  wants.replaceChildren(el('thead', {}, el('tr', {}, el('th', {}, 'Issue'),
      s.parties.map(p => el('th', { class: partyClass(s, p.id) }, p.name + ' wants (how much it matters)')))),
    el('tbody', {}, s.issues.map((issue, i) => el('tr', {}, el('td', {}, issue.name),
      s.parties.map(p => el('td', {}, issue.levels[p.wants[i].best] + ' (' + fmt(p.wants[i].spread) + ')'))))));
  $('replay-link').href = '/replay.html?id=' + encodeURIComponent(game.transcript);
  const board = new Board($('board'), s, { events: doc.events, rounds: doc.rounds, outcome: o, seats: doc.seats });
  board.show(doc.events.length);
  document.body.dataset.debrief = 'ready';
}

setup().then(async () => {
  const id = gameInAddress();
  if (id) await enter(await api('/api/games/' + encodeURIComponent(id)));
}).catch(fail);
