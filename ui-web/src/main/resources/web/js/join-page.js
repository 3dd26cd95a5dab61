import { api, el, showError } from './common.js';

const $ = id => document.getElementById(id);
const code = new URLSearchParams(location.search).get('code');
if (code) $('code').value = code;

/** When the class lets students choose their side, the form asks for it. */
async function sides() {
  const c = $('code').value.trim();
  if (!c) return;
  try {
    const info = await api('/api/join?code=' + encodeURIComponent(c));
    if (info.sides) {
      $('side').replaceChildren(...info.sides.map(s => el('option', { value: s.id }, s.name)));
      $('side-choice').classList.remove('hidden');
    } else {
      $('side-choice').classList.add('hidden');
    }
  } catch (e) {
    // the join itself says what is wrong with the code
  }
}
$('code').addEventListener('change', sides);
sides();

$('join').addEventListener('submit', async e => {
  e.preventDefault();
  $('error').classList.add('hidden');
  $('go').disabled = true;
  try {
    const body = { code: $('code').value, name: $('name').value };
    if (!$('side-choice').classList.contains('hidden')) body.side = $('side').value;
    const joined = await api('/api/join', { json: body });
    // in a class of pairs the first of two waits on the class page for a classmate
    location.href = joined.game ? '/play.html?game=' + encodeURIComponent(joined.game) : '/class.html';
  } catch (err) {
    showError($('error'), err);
    $('go').disabled = false;
  }
});
