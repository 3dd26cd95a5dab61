import { api, el, showError, partyName } from './common.js';
import { Board, FONT } from './board.js';
import { SideBySide } from './side-by-side.js';
import { uploadTranscript } from './upload.js';

const $ = id => document.getElementById(id);
const error = $('error');
const params = new URLSearchParams(location.search);
// ?results=ID: a transcript of the results folder the server shows (read from that folder)
const fromResults = params.has('results');
const id = fromResults ? params.get('results') : params.get('id');
const other = fromResults ? null : params.get('with');
let view = null; // a Board, or SideBySide

async function chooser() {
  $('chooser').classList.remove('hidden');
  const select = $('choose');
  const list = await api('/api/transcripts');
  for (const t of list.filter(t => !t.error)) {
    select.append(el('option', { value: t.id }, t.id + ' — ' + t.outcome));
  }
  $('open').addEventListener('click', () => {
    location.href = '/replay.html?id=' + encodeURIComponent(select.value);
  });
  $('upload-button').addEventListener('click', async () => {
    error.classList.add('hidden');
    try {
      const newId = await uploadTranscript($('upload'));
      location.href = '/replay.html?id=' + encodeURIComponent(newId);
    } catch (e) {
      showError(error, e);
    }
  });
}

function describe(doc) {
  return Object.entries(doc.seats).map(([p, spec]) => partyName(doc.space, p) + ': ' + spec).join(' · ') +
    ' · seed ' + doc.seed + ' · ' + doc.rounds + ' rounds · ' + doc.outcome.text;
}

/** Keeps the address in step with the position: a copied link opens here. */
function follow(pos) {
  const q = new URLSearchParams(location.search);
  q.delete('k');
  q.delete('round');
  if (view instanceof Board) {
    const e = view.events[pos - 1];
    if (pos > 0 && view.roundEnd(e.round + 1) === pos) q.set('round', e.round + 1);
    else if (pos > 0) q.set('k', pos);
  } else if (pos > 0) {
    q.set('round', pos);
  }
  history.replaceState(null, '', '?' + q.toString());
}

function present(on) {
  document.body.classList.toggle('present', on);
  $('present').textContent = on ? 'Leave presenter mode' : 'Presenter mode';
  const q = new URLSearchParams(location.search);
  if (on) q.set('present', '1'); else q.delete('present');
  history.replaceState(null, '', '?' + q.toString());
  view.setFontSize(on ? FONT.presenter : FONT.desk);
}

async function compareChoices() {
  const select = $('compare');
  const list = await api('/api/transcripts');
  for (const t of list.filter(t => !t.error && t.id !== id)) {
    select.append(el('option', { value: t.id, selected: t.id === other }, t.id + ' — ' + t.outcome));
  }
  select.addEventListener('change', () => {
    const q = new URLSearchParams({ id });
    if (select.value) q.set('with', select.value);
    if (document.body.classList.contains('present')) q.set('present', '1');
    location.href = '/replay.html?' + q.toString();
  });
}

/** Rounds complete at the board's position: a game taken over here starts after them. */
function roundsDone(board) {
  const k = board.k;
  if (k === 0) return 0;
  const r = board.events[k - 1].round + 1;
  return board.roundEnd(r) === k ? r : r - 1;
}

function takeOverControls(doc) {
  const side = $('take-side');
  side.replaceChildren(...doc.space.parties.map(p => el('option', { value: p.id }, p.name)));
  const label = () => { $('take').textContent = 'after round ' + roundsDone(view); };
  const move = view.controls.onMove;
  view.controls.onMove = pos => { move(pos); label(); };
  label();
  $('take').addEventListener('click', async () => {
    error.classList.add('hidden');
    try {
      const game = await api('/api/games', { json: { side: side.value,
        from: { transcript: doc.id, round: roundsDone(view) } } });
      location.href = '/play.html?game=' + encodeURIComponent(game.id);
    } catch (e) {
      showError(error, e);
    }
  });
}

async function open() {
  const docs = await Promise.all([id, other].filter(Boolean).map((t, i) => api(
    (fromResults && i === 0 ? '/api/results/transcripts/' : '/api/transcripts/')
    + encodeURIComponent(t) + '/replay')));
  const [doc] = docs;
  document.title = 'Parley — ' + doc.id;
  $('title').textContent = doc.space.title;
  $('subtitle').textContent = docs.length === 1 ? describe(doc) : doc.id + '  vs  ' + docs[1].id;
  $('replay-tools').classList.remove('hidden');
  const fontSize = params.get('present') ? FONT.presenter : FONT.desk;
  if (docs.length === 1) {
    view = new Board($('board'), doc.space, { events: doc.events, rounds: doc.rounds,
      outcome: doc.outcome, seats: doc.seats, onMove: follow, fontSize,
      messages: fromResults ? null : '/api/transcripts/' + encodeURIComponent(doc.id) + '/messages' });
    const round = +params.get('round');
    view.controls.go(round ? view.roundEnd(round) : +params.get('k'));
  } else {
    view = new SideBySide($('board'), docs.map(d => ({ doc: d, heading: describe(d) })), follow, fontSize);
    view.controls.go(+params.get('round'));
  }
  // a results folder's session is read-only: it is not among the room's own to compare or continue
  if (docs.length === 1 && !fromResults) takeOverControls(doc); else $('take-over').classList.add('hidden');
  $('compare').parentElement.classList.toggle('hidden', fromResults);
  if (params.get('present')) present(true);
  $('present').addEventListener('click', () => present(!document.body.classList.contains('present')));
  document.addEventListener('keydown', e => {
    if ((e.key === 'p' || e.key === 'P') && !['INPUT', 'SELECT'].includes(e.target.tagName)) {
      present(!document.body.classList.contains('present'));
    }
  });
  if (!fromResults) await compareChoices();
  document.body.dataset.ready = String(Math.round(performance.now()));
}

try {
  if (id) await open(); else await chooser();
} catch (e) {
  showError(error, e);
  if (id) await chooser().catch(() => {});
}
