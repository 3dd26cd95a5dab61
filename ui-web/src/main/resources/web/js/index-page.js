import { api, el, showError } from './common.js';
import { uploadTranscript } from './upload.js';

const error = document.getElementById('error');
// in class mode the front page is the way in: students join, the instructor goes to the classes
const role = await api('/api/role');
if (role.classMode) {
  location.replace(role.role === 'instructor' ? '/instructor.html'
    : role.role === 'student' ? '/class.html' : '/join.html');
}
try {
  const list = await api('/api/transcripts');
  const body = document.querySelector('#transcripts tbody');
  for (const t of list) {
    body.append(el('tr', {},
      el('td', {}, el('a', { href: '/replay.html?id=' + encodeURIComponent(t.id) }, t.id)),
      el('td', {}, t.error ? '' : t.scenario),
      el('td', {}, t.seats.join(', ')),
      el('td', {}, t.error ? el('span', { class: 'muted' }, 'unreadable: ' + t.error) : t.outcome)));
  }
} catch (e) {
  showError(error, e);
}
document.getElementById('upload-button').addEventListener('click', async () => {
  const target = document.getElementById('upload-error');
  target.classList.add('hidden');
  try {
    const id = await uploadTranscript(document.getElementById('upload'));
    location.href = '/replay.html?id=' + encodeURIComponent(id);
  } catch (e) {
    showError(target, e);
  }
});
