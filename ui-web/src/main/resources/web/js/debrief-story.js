// The debrief's story: what a finished game teaches, in plain words, computed from its replay
// document (the transcript with both sides revealed and the server's lessons: what each issue
// cost each side, and the frontier deal that was better for everyone).
import { el, fmt, partyName, term } from './common.js';

const GAVE = 0.01; // an issue cost a side more than this: it gave ground there

function names(s, ids) {
  return ids.map(p => partyName(s, p)).join(' and ');
}

/** Own utility of each of a party's offers, in order. */
function ownOffers(doc, p) {
  return doc.events.filter(e => e.party === p && e.action === 'offer' && e.u).map(e => e.u[p]);
}

function outcomeStory(doc, me, them, reservation) {
  const s = doc.space;
  const o = doc.outcome;
  const mine = doc.metrics.utilities[me];
  const better = doc.lessons && doc.lessons.better;
  if (o.agreement && better) {
    return ['Value was left on the table: a deal on the ', term('Pareto frontier', 'pareto-frontier',
      'deals no other beats for one side without hurting another'), ' would have given you ' + fmt(better.u[me]) +
      ' instead of ' + fmt(mine) + ', and ' + them.map(p => partyName(s, p) + ' ' + fmt(better.u[p])).join(', ') +
      ': every side better off by at least ' + fmt(better.gain) + '.'];
  }
  if (o.agreement) {
    return ['Your deal is on the ', term('Pareto frontier', 'pareto-frontier',
      'deals no other beats for one side without hurting another'),
      ': no other deal would have made both sides better off. What is left is how the value was split.'];
  }
  const last = doc.events.filter(e => e.party !== me && e.action === 'offer' && e.u).pop();
  return ['No deal, so you fall back to your ', term('reservation value', 'reservation-value',
    'what you get if there is no deal'), ' ' + fmt(reservation) + '. ',
    last && last.u[me] > reservation ? 'Their last offer would have given you ' + fmt(last.u[me]) +
      ': more than walking away. ' : '',
    s.nash ? 'A deal at the Nash point would have given you ' + fmt(s.nash.u[me]) + '.' : ''];
}

function benchmarks(doc, me) {
  const s = doc.space;
  const mine = doc.metrics.utilities[me];
  const parts = [];
  if (s.nash) {
    parts.push('The ', term('Nash point', 'nash-point', 'a classic fair deal: the largest product of both sides\' gains'),
      ', a classic fair split, gives you ' + fmt(s.nash.u[me]) + (doc.outcome.agreement
        ? (mine >= s.nash.u[me] ? ': you did at least as well. ' : ': you got ' + fmt(s.nash.u[me] - mine) + ' less. ')
        : '. '));
  }
  for (const r of (s.references || []).filter(r => r.kind === 'historical')) {
    parts.push('History: "' + r.name + '"' + (r.date ? ' (' + r.date + ')' : '') + ' gives you ' + fmt(r.u[me]) +
      (doc.outcome.agreement ? (mine >= r.u[me] ? ': you did better by ' + fmt(mine - r.u[me]) + '. '
        : ': ' + fmt(r.u[me] - mine) + ' more than your deal. ') : '. '));
  }
  return parts;
}

function tradeStory(doc, me, them) {
  const s = doc.space;
  if (!doc.lessons || !doc.lessons.issues) return [];
  const spread = (p, i) => s.parties.find(x => x.id === p).wants[i].spread;
  const rows = doc.lessons.issues.map((x, i) => ({ name: s.issues[i].name, mine: x.cost[me],
    care: spread(me, i), theirCare: Math.max(...them.map(p => spread(p, i))) }));
  const well = rows.filter(r => r.mine > GAVE && r.care < r.theirCare).sort((a, b) => b.theirCare - a.theirCare);
  const badly = rows.filter(r => r.mine > GAVE && r.care >= r.theirCare).sort((a, b) => b.mine - a.mine);
  const parts = [];
  if (well.length) {
    parts.push('Good trades: you gave ground on ' + well.slice(0, 2).map(r => r.name).join(' and ') +
      ', which matter' + (well.length === 1 ? 's' : '') + ' more to ' + names(s, them) + ' than to you. ');
  }
  if (badly.length) {
    parts.push('Costly ones: on ' + badly.slice(0, 2).map(r => r.name + ' (it cost you ' + fmt(r.mine) + ')').join(' and ') +
      ' you gave ground that mattered at least as much to you as to them. ');
  }
  if (!well.length && !badly.length) parts.push('You gave no real ground on any single issue. ');
  return parts;
}

function concessionStory(doc, me, them) {
  const s = doc.space;
  const line = (p) => {
    const u = ownOffers(doc, p);
    if (u.length < 2) return null;
    const half = Math.ceil(u.length / 2);
    return { p, first: u[0], last: u[u.length - 1], early: u[0] - u[half - 1], n: u.length };
  };
  const mine = line(me);
  const theirs = them.map(line).filter(Boolean);
  if (!mine || !theirs.length) return [];
  const parts = ['Concessions: you went from ' + fmt(mine.first) + ' to ' + fmt(mine.last) + ' (' + fmt(mine.first - mine.last) +
    ') over ' + mine.n + ' offers; ' + theirs.map(t => partyName(s, t.p) + ' from ' + fmt(t.first) + ' to ' +
      fmt(t.last) + ' (' + fmt(t.first - t.last) + ')').join(', ') + ', each in its own utility. '];
  const t = theirs[0];
  if (mine.early > t.early + 0.05) {
    parts.push('In the first half you gave ' + fmt(mine.early) + ', ' + partyName(s, t.p) + ' only ' + fmt(t.early) +
      ': you conceded earlier and faster, which a patient bot waits for.');
  } else if (t.early > mine.early + 0.05) {
    parts.push('In the first half ' + partyName(s, t.p) + ' gave ' + fmt(t.early) + ' and you ' + fmt(mine.early) +
      ': you let them move first.');
  } else {
    parts.push('You conceded at about the same pace early on (' + fmt(mine.early) + ' against ' + fmt(t.early) + ').');
  }
  return parts;
}

/** The story's paragraphs for the player of side {@code me}. */
export function story(doc, me, reservation) {
  const them = doc.space.parties.map(p => p.id).filter(p => p !== me);
  return [outcomeStory(doc, me, them, reservation), benchmarks(doc, me), tradeStory(doc, me, them),
    concessionStory(doc, me, them)].filter(p => p.length).map((p, i) => el('p', { 'data-part': i }, p));
}
