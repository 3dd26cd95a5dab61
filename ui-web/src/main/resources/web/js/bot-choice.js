// Choosing a bot: the presets grouped easy / medium / hard under the names students read, the
// server's plug-ins as researchers' bots, and "your own bot…" for a JSON spec.
import { el } from './common.js';

const CUSTOM = 'custom';

/**
 * A select of every bot (GET /api/strategies), with an input for a JSON spec that shows when
 * "your own bot…" is chosen. Returns { element, select, value(), note() }.
 */
export function botChoice(strategies, { id, selected, onchange = () => {} }) {
  const groups = [];
  for (const s of strategies) {
    let g = groups.find(x => x.name === s.group);
    if (!g) groups.push(g = { name: s.group, items: [] });
    g.items.push(s);
  }
  const select = el('select', { id, 'aria-label': 'Bot' },
    groups.map(g => el('optgroup', { label: g.name[0].toUpperCase() + g.name.slice(1) },
      g.items.map(s => el('option', { value: s.name, selected: s.name === selected, title: s.description },
        s.title === s.name ? s.name : s.title + ' (' + s.name + ')')))),
    el('option', { value: CUSTOM }, 'your own bot… (a JSON spec)'));
  const spec = el('input', { id: id + '-spec', class: 'hidden', size: 36, 'aria-label': 'JSON spec',
    placeholder: '{"bidding": {"type": "time-dependent", "e": 0.5}}' });
  const note = () => {
    const s = strategies.find(x => x.name === select.value);
    return s ? (s.group === 'easy' || s.group === 'medium' || s.group === 'hard' ? s.group + ': ' : '') + s.note
      : 'a strategy of yours: parts and parameters as in parley strategies';
  };
  select.addEventListener('change', () => { spec.classList.toggle('hidden', select.value !== CUSTOM); onchange(); });
  return {
    element: [select, spec], select, note,
    /** The spec to send: a name, or the JSON object typed (an error names what is wrong). */
    value() {
      if (select.value !== CUSTOM) return select.value;
      try {
        return JSON.parse(spec.value);
      } catch (e) {
        throw new Error('your own bot: the spec is not JSON (' + e.message + ')');
      }
    },
  };
}
