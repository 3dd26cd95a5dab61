// The results page: a tournament's leaderboard, or a sweep's ranking of its candidates, then the
// strategy (candidate) × opponent matrix, utility distributions and failures, as the server
// computed them (no statistics here). Every count and mean opens the seats behind it, each linked
// to its replay.
import { api, el, showError, fmt, REASON_WORDS } from './common.js';

const error = document.getElementById('error');
const root = document.getElementById('results');
const dialog = document.getElementById('sessions');

/** A link that lists the seats a query picks (see ResultsQuery on the server). */
function seatsLink(text, query, title) {
  return el('a', { href: '#', class: 'seats-link', title: 'sessions: ' + title, onclick: e => {
    e.preventDefault();
    openSeats(query, title).catch(x => showError(error, x));
  } }, text);
}

async function openSeats(query, title) {
  const reply = await api('/api/results/sessions?' + new URLSearchParams(query));
  document.getElementById('sessions-title').textContent = title;
  document.getElementById('sessions-count').textContent = reply.total > reply.seats.length
    ? `The first ${reply.seats.length} of ${reply.total} seats.` : `${reply.total} seats.`;
  dialog.querySelector('tbody').replaceChildren(...reply.seats.map(s => el('tr',
    { class: s.failed ? 'failed' : null },
    el('td', {}, s.session), el('td', { class: 'num' }, s.repetition),
    el('td', { class: 'num' }, s.seed), el('td', {}, s.strategy + ' as ' + s.party),
    el('td', {}, Object.entries(s.utilities).map(([p, u]) => p + ' ' + fmt(u)).join(' · ')),
    el('td', { title: s.error || '' }, outcomeText(s)),
    el('td', { class: 'num' }, s.rounds),
    el('td', {}, s.replay ? el('a', { href: '/replay.html?results=' + encodeURIComponent(
      s.session), class: 'replay-link' }, 'Replay') : el('span', { class: 'muted' }, 'no transcript')))));
  if (!dialog.open) dialog.showModal();
}

function outcomeText(s) {
  const words = s.outcome === 'agreement' ? 'deal' : REASON_WORDS[s.outcome] || s.outcome;
  return s.failed ? words + ' (failed: left out of the means)' : words;
}

document.getElementById('sessions-close').addEventListener('click', () => dialog.close());

/** An estimate as the command line writes it, with its blocks on hover. */
function estimate(e) {
  return el('span', { title: e.blocks + ' independent blocks' }, e.text);
}

function leaderboard(doc) {
  const head = ['Rank', 'Strategy', 'Mean utility', 'Agreement rate', 'Distance to Nash',
    'Distance to Pareto', 'Social welfare', 'Blocks', 'Distinct outcomes', 'Seats', 'Failed'];
  let rank = 1;
  const rows = doc.leaderboard.map(l => el('tr', {},
    el('td', { class: 'num' }, l.blocks === 0 ? '–' : rank++), el('th', { scope: 'row' }, l.strategy),
    el('td', { class: 'num' }, seatsLink(estimate(l.utility), { strategy: l.strategy,
      failed: false }, l.strategy + ': the seats behind its mean')),
    ...[l.agreement, l.nash, l.pareto, l.welfare].map(e => el('td', { class: 'num' }, estimate(e))),
    el('td', { class: 'num' }, l.blocks), el('td', { class: 'num' }, l.distinct),
    el('td', { class: 'num' }, seatsLink(l.seats, { strategy: l.strategy }, l.strategy
      + ': all its seats')),
    el('td', { class: 'num' }, l.failedSeats === 0 ? '0' : seatsLink(l.failedSeats,
      { strategy: l.strategy, failed: true }, l.strategy + ': its seats in failed sessions'))));
  return [el('h2', {}, 'Leaderboard'),
    el('div', { class: 'scroll-x' }, el('table', { id: 'leaderboard' },
      el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { class: i === 1 ? null : 'num' }, h)))),
      el('tbody', {}, rows))),
    el('p', { class: 'muted note' }, 'Every figure leaves out failed sessions. ' +
      `${Math.round(doc.confidence * 100)}% confidence intervals: mean ± t·s/√k over k independent ` +
      'blocks, a block being one scenario × opponent × side whose repetitions are averaged first ' +
      '(Student\'s t, k − 1 degrees of freedom). Distances to Nash and Pareto over deals only.'),
    doc.warning ? el('p', { class: 'warning', id: 'warning' }, doc.warning) : null];
}

/** Light (0) to dark (1) violet; text turns white on the dark half. */
function heat(u) {
  const light = [243, 240, 255];
  const dark = [76, 29, 149];
  return 'rgb(' + light.map((c, i) => Math.round(c + (dark[i] - c) * u)).join(',') + ')';
}

/** What a row of the figures is: a tournament's strategy or a sweep's candidate. */
function noun(doc) {
  return doc.kind === 'sweep' ? 'candidate' : 'strategy';
}

/** A sweep's candidate's own seats: its sessions, the candidate's side of each. */
function own(doc, strategy) {
  return doc.kind === 'sweep' ? { candidate: strategy, strategy } : { strategy };
}

function matrix(doc, lines, key, title, id) {
  const rowsAre = noun(doc);
  const groups = [...new Set(lines.map(l => l.group))].sort();
  const byCell = new Map(lines.map(l => [l.strategy + '\n' + l.group, l]));
  const rows = doc.leaderboard.map(s => el('tr', {}, el('th', { scope: 'row' }, s.strategy),
    groups.map(g => {
      const l = byCell.get(s.strategy + '\n' + g);
      if (!l) return el('td', { class: 'cell empty' }, '');
      const td = el('td', { class: 'cell num', 'data-strategy': s.strategy, 'data-group': g },
        seatsLink([el('b', {}, fmt(l.utility.mean)), el('small', {}, l.utility.blocks === 0 ? ''
          : l.utility.half === null ? ' (1 block)' : ' ± ' + fmt(l.utility.half))],
          { ...own(doc, s.strategy), [key]: g }, s.strategy + ' against ' + g));
      if (l.utility.mean !== null) {
        td.style.background = heat(l.utility.mean);
        if (l.utility.mean > 0.55) td.classList.add('dark');
      }
      if (l.failedSeats > 0) td.append(el('div', { class: 'cell-failed' }, l.failedSeats + ' failed'));
      return td;
    })));
  return [el('h2', {}, title),
    el('p', { class: 'muted note' }, `Mean utility of the row's ${rowsAre} (± the 95% interval's ` +
      'half-width); darker is better. A cell opens its sessions.'),
    el('div', { class: 'scroll-x' }, el('table', { class: 'heatmap', id },
      el('thead', {}, el('tr', {}, el('th', {}, rowsAre + ' \\ ' + key), groups.map(g => el('th', {}, g)))),
      el('tbody', {}, rows)))];
}

function distributions(doc) {
  const canvas = el('canvas', { id: 'distribution-chart' });
  const box = el('div', { class: 'plot distribution' }, canvas);
  box.style.height = (70 + 44 * doc.distributions.length) + 'px';
  const names = doc.distributions.map(d => d.strategy);
  const means = new Map(doc.leaderboard.map(l => [l.strategy, l.utility.mean]));
  const jitter = i => ((i * 0.6180339887) % 1 - 0.5) * 0.6; // golden-ratio spread, no randomness
  requestAnimationFrame(() => new Chart(canvas, {
    type: 'scatter',
    data: { datasets: [
      { label: 'a seat', data: doc.distributions.flatMap((d, s) => d.utilities.map((u, i) =>
        ({ x: u, y: s + jitter(i) }))), pointRadius: 3.5, backgroundColor: 'rgba(76,29,149,0.45)' },
      { label: 'mean over blocks', data: names.filter(n => means.get(n) !== null).map(n =>
        ({ x: means.get(n), y: names.indexOf(n) })), pointStyle: 'line', pointRadius: 16,
        borderWidth: 4, borderColor: '#b91c1c', rotation: 90 }] },
    options: { animation: false, maintainAspectRatio: false, parsing: false,
      plugins: { legend: { position: 'top' }, tooltip: { enabled: false } },
      scales: {
        x: { min: 0, max: 1, title: { display: true, text: `utility of the ${noun(doc)}'s seat` } },
        y: { min: -0.5, max: names.length - 0.5, reverse: true,
          afterBuildTicks: axis => { axis.ticks = names.map((_, i) => ({ value: i })); },
          ticks: { callback: v => names[v] ?? '', font: { size: 14 } } } } },
  }));
  const capped = doc.distributions.filter(d => d.seats > d.utilities.length);
  return [el('h2', {}, 'Utility per seat'),
    el('p', { class: 'muted note' }, `Each dot is one seat of the ${noun(doc)} in a session that ` +
      'did not fail; the red bar is its mean over blocks.' + (capped.length ? ' Rows with many ' +
      'seats show an even spread of their sorted utilities.' : '')), box];
}

function failures(doc) {
  const f = doc.failures;
  if (f.failed === 0) {
    return [el('h2', {}, 'Failures'), el('p', { id: 'failures' },
      `None: the negotiation itself ended all ${f.sessions} sessions.`)];
  }
  return [el('h2', {}, 'Failures'),
    el('p', {}, `${f.failed} of ${f.sessions} sessions failed: the runtime, not the negotiation, ` +
      'ended them. They are left out of every mean and interval.'),
    el('table', { id: 'failures' }, el('thead', {}, el('tr', {}, el('th', {}, 'Strategy'),
      el('th', {}, 'Reason'), el('th', { class: 'num' }, 'Sessions'), el('th', {}, 'First error'))),
    el('tbody', {}, f.counts.map(c => el('tr', {}, el('td', {}, c.strategy),
      el('td', {}, REASON_WORDS[c.reason] || c.reason),
      el('td', { class: 'num' }, seatsLink(c.sessions, { failedBy: c.strategy, reason: c.reason },
        c.strategy + ': ' + (REASON_WORDS[c.reason] || c.reason))),
      el('td', { class: 'error-text' }, c.firstError)))))];
}

/** The ranking as sweep.csv holds it; a candidate, its mean and its counts open its sessions. */
function sweep(doc) {
  const [head, ...rows] = doc.ranking;
  const numeric = head.map((h, i) => i !== 1);
  const figure = head.map(h => /mean|ci95|rate|gap/.test(h)); // 3 places; parameters as given
  const column = name => head.indexOf(name);
  const links = {
    [column('candidate')]: (c, name) => seatsLink(c, own(doc, name), name + ': all its sessions'),
    [column('mean_utility')]: (c, name) => seatsLink(fmt(c), { ...own(doc, name), failed: false },
      name + ': the sessions behind its mean'),
    [column('sessions')]: (c, name) => seatsLink(c, own(doc, name), name + ': all its sessions'),
    [column('failed')]: (c, name) => c === '0' ? c : seatsLink(c, { ...own(doc, name),
      failed: true }, name + ': its failed sessions'),
  };
  const cell = (c, i, name) => links[i] && c !== '' ? links[i](c, name)
    : figure[i] && c !== '' ? fmt(c) : c;
  return [el('h2', {}, 'Ranking of the sweep\'s candidates'),
    el('div', { class: 'scroll-x' }, el('table', { id: 'ranking' },
      el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { class: numeric[i] ? 'num' : null },
        h.replaceAll('_', ' '))))),
      el('tbody', {}, rows.map(r => el('tr', {}, r.map((c, i) => el(i === 1 ? 'th' : 'td',
        { class: numeric[i] ? 'num' : null, scope: i === 1 ? 'row' : null }, cell(c, i, r[1])))))))),
    el('p', { class: 'muted note' }, 'As sweep.csv holds it: a _ci95 column is the half-width ' +
      'of the 95% interval over independent blocks (a block being one scenario × opponent × ' +
      'side whose repetitions are averaged first); the gap to the best is paired, block by ' +
      'block, on the same seeds. Every figure leaves out failed sessions.'),
    doc.warning ? el('p', { class: 'warning', id: 'warning' }, doc.warning) : null];
}

try {
  const doc = await api('/api/results');
  const what = doc.kind === 'sweep' ? 'Sweep' : 'Tournament';
  document.getElementById('subtitle').textContent =
    `${what} in ${doc.folder} · ${doc.sessions} sessions · ${doc.failures.failed} failed`;
  const scenarios = new Set(doc.byScenario.map(l => l.group));
  const rowsAre = doc.kind === 'sweep' ? 'Candidate' : 'Strategy';
  root.replaceChildren(...[...(doc.kind === 'sweep' ? sweep(doc) : leaderboard(doc)),
    ...matrix(doc, doc.byOpponent, 'opponent', rowsAre + ' × opponent', 'by-opponent'),
    ...(scenarios.size > 1 ? matrix(doc, doc.byScenario, 'scenario', rowsAre + ' × scenario',
      'by-scenario') : []),
    ...distributions(doc), ...failures(doc)].filter(x => x));
  document.body.dataset.ready = String(Math.round(performance.now()));
} catch (e) {
  showError(error, e);
}
