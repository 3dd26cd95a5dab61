// Shared helpers: API calls with readable errors, formatting, party colours.
import './header.js'; // every page has the one header

export async function api(path, options = {}) {
  const init = { ...options };
  if (init.json !== undefined) {
    init.method = init.method || 'POST';
    init.headers = { 'Content-Type': 'application/json' };
    init.body = JSON.stringify(init.json);
    delete init.json;
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (e) {
    throw new Error('The Parley server cannot be reached (' + e.message + ').');
  }
  const text = await res.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
  if (!res.ok) {
    throw new Error((body && body.error) || ('HTTP ' + res.status + ' from ' + path));
  }
  return body;
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

export function showError(target, error) {
  target.textContent = error instanceof Error ? error.message : String(error);
  target.classList.remove('hidden');
}

export function fmt(u) {
  return u === null || u === undefined ? '–' : Number(u).toFixed(3);
}

/** Party colours by the party's place in its scenario (no party is known by name here). */
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#c2410c', '#0e7490', '#4d7c0f'];

function partyIndex(space, id) {
  return Math.max(0, (space.parties || []).findIndex(p => p.id === id)) % PALETTE.length;
}

export function colour(space, id) {
  return PALETTE[partyIndex(space, id)];
}

/** The CSS class that colours a party's name: party-0, party-1, … */
export function partyClass(space, id) {
  return 'party-' + partyIndex(space, id);
}

export function partyName(space, id) {
  const p = (space.parties || []).find(x => x.id === id);
  return p ? p.name : id;
}

/** A term linked to its entry in the glossary, with the entry's gist on hover. */
export function term(word, id, gist) {
  return el('a', { href: '/glossary.html#' + id, class: 'term', title: gist }, word);
}

/** What each move class means, in a few words (the glossary says more). */
export const MOVE_WORDS = {
  concession: 'worse for you, better for them', nice: 'the same for you, better for them',
  fortunate: 'better for both', selfish: 'better for you, worse for them',
  unfortunate: 'worse for both: value thrown away', silent: 'no real change for either side',
};

/** How a game ended, in plain words. */
export const REASON_WORDS = {
  deadline: 'ran out of rounds', 'walked-away': 'walked away', violation: 'broke a rule',
  timeout: 'ran out of time', 'agent-error': 'a bot failed', cancelled: 'ended early',
};

export function bidText(issues, bid) {
  return issues.map((issue, i) => issue.name + ': ' + issue.levels[bid[i]]);
}

/** A hex colour (#rrggbb) with an opacity in [0, 1]. */
export function withAlpha(hex, a) {
  const n = parseInt(hex.slice(1), 16);
  return 'rgba(' + (n >> 16) + ',' + ((n >> 8) & 255) + ',' + (n & 255) + ',' + a + ')';
}

/** A chart's type in px: ticks, axis titles and the legend at `size`, the title 2 px larger. */
export function chartFonts(chart, size) {
  const o = chart.options;
  const font = { size };
  o.plugins.legend.labels.font = font;
  o.plugins.title.font = { size: size + 2 };
  for (const axis of [o.scales.x, o.scales.y]) {
    axis.ticks = { font };
    axis.title.font = font;
  }
}
