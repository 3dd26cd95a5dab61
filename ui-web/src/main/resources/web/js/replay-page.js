import { api, el, showError, partyName } from './common.js';
import { Board } from './board.js';
import { uploadTranscript } from './upload.js';

const error = document.getElementById('error');
const params = new URLSearchParams(location.search);
const id = params.get('id');

async function chooser() {
  document.getElementById('chooser').classList.remove('hidden');
  const select = document.getElementById('choose');
  const list = await api('/api/transcripts');
  for (const t of list.filter(t => !t.error)) {
    select.append(el('option', { value: t.id }, t.id + ' — ' + t.outcome));
  }
  document.getElementById('open').addEventListener('click', () => {
    location.href = '/replay.html?id=' + encodeURIComponent(select.value);
  });
  document.getElementById('upload-button').addEventListener('click', async () => {
    error.classList.add('hidden');
    try {
      const newId = await uploadTranscript(document.getElementById('upload'));
      location.href = '/replay.html?id=' + encodeURIComponent(newId);
    } catch (e) {
      showError(error, e);
    }
  });
}

async function open() {
  const doc = await api('/api/transcripts/' + encodeURIComponent(id) + '/replay');
  const s = doc.space;
  document.title = 'Parley — ' + doc.id;
  document.getElementById('title').textContent = s.title;
  document.getElementById('subtitle').textContent = Object.entries(doc.seats)
    .map(([p, spec]) => partyName(s, p) + ': ' + spec).join(' · ') + ' · seed ' + doc.seed +
    ' · ' + doc.rounds + ' rounds · ' + doc.outcome.text;
  const board = new Board(document.getElementById('board'), s,
    { events: doc.events, rounds: doc.rounds, outcome: doc.outcome, seats: doc.seats });
  const k = +params.get('k');
  if (k) board.show(k);
  document.body.dataset.ready = String(Math.round(performance.now()));
}

try {
  if (id) await open(); else await chooser();
} catch (e) {
  showError(error, e);
  if (id) await chooser().catch(() => {});
}
