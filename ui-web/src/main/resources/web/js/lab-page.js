import { api, el, showError } from './common.js';
import { Board } from './board.js';
import { botChoice } from './bot-choice.js';

const $ = id => document.getElementById(id);
const error = $('error');
let strategies = [];
let stream = null;
let board = null;
let choices = {};     // party → its bot chooser

async function parties() {
  const s = await api('/api/scenarios/' + encodeURIComponent($('scenario').value));
  const defaults = ['boulware', 'conceder', 'linear'];
  choices = {};
  $('parties').replaceChildren(...s.parties.map((p, i) => {
    choices[p.id] = botChoice(strategies, { id: 'party-' + p.id, selected: defaults[i % 3] });
    choices[p.id].select.dataset.party = p.id;
    return el('label', {}, p.name, choices[p.id].element);
  }));
  $('rounds').value = s.rounds;
}

async function start() {
  error.classList.add('hidden');
  if (stream) stream.close();
  const scenario = $('scenario').value;
  try {
    const chosen = {};
    for (const [p, choice] of Object.entries(choices)) chosen[p] = choice.value();
    const seats = Object.fromEntries(Object.entries(chosen)
      .map(([p, v]) => [p, typeof v === 'string' ? v : JSON.stringify(v)]));
    const space = await api('/api/scenarios/' + encodeURIComponent(scenario) + '/space');
    const lab = await api('/api/lab', { json: { scenario, parties: chosen, seed: +$('seed').value,
      rounds: +$('rounds').value, pace: +$('pace').value } });
    if (board) board.destroy();
    board = new Board($('board'), space, { rounds: +$('rounds').value, seats, live: true });
    $('live').textContent = 'Live: ' + Object.entries(seats).map(([p, s]) => p + ' ' + s).join(' vs ');
    stream = new EventSource('/api/lab/' + lab.id + '/events');
    stream.addEventListener('action', m => board.append(JSON.parse(m.data)));
    stream.addEventListener('end', m => {
      const end = JSON.parse(m.data);
      stream.close();
      if (end.error) { showError(error, end.error); return; }
      board.finish(end.outcome);
      $('live').replaceChildren('Finished: ' + end.outcome.text + ' · ',
        el('a', { id: 'replay-link', href: '/replay.html?id=' + encodeURIComponent(end.transcript) }, 'open the replay'));
    });
    stream.onerror = () => { if (stream.readyState === EventSource.CLOSED) return; };
  } catch (e) {
    showError(error, e);
  }
}

try {
  const [scenarios, list] = await Promise.all([api('/api/scenarios'), api('/api/strategies')]);
  strategies = list;
  for (const s of scenarios) $('scenario').append(el('option', { value: s.id }, s.title));
  $('scenario').addEventListener('change', () => parties().catch(e => showError(error, e)));
  await parties();
  $('start').addEventListener('click', start);
} catch (e) {
  showError(error, e);
}
