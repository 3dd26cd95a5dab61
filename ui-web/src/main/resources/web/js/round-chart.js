// Utility per round: for each party, its utility of its own offers (solid) and of the offers it
// received (dashed).
import { chartFonts, colour, partyName } from './common.js';

export class RoundChart {
  constructor(canvas, space, rounds, fontSize) {
    this.parties = space.parties.map(p => p.id);
    const lines = [];
    for (const p of this.parties) {
      lines.push({ label: partyName(space, p) + ': own offers', data: [], showLine: true, pointRadius: 2,
        borderColor: colour(space, p), backgroundColor: colour(space, p), borderWidth: 2.5 });
      lines.push({ label: partyName(space, p) + ': offers received', data: [], showLine: true, pointRadius: 0,
        borderColor: colour(space, p), backgroundColor: colour(space, p), borderWidth: 2, borderDash: [6, 4] });
    }
    this.chart = new Chart(canvas, {
      type: 'scatter', data: { datasets: lines },
      options: {
        animation: false, maintainAspectRatio: false, parsing: false, events: [],
        plugins: { legend: { labels: { boxWidth: 22 } }, title: { display: true, text: 'Utility per round' } },
        scales: {
          x: { min: 0, max: Math.max(1, rounds), title: { display: true, text: 'Round' } },
          y: { min: 0, max: 1, title: { display: true, text: 'Utility' } },
        },
      },
    });
    this.fonts(fontSize);
  }

  fonts(size) {
    chartFonts(this.chart, size);
  }

  /** Draws the offers among events; a hidden party's utilities are left out. */
  draw(events, hidden) {
    const perRound = {};
    for (const p of this.parties) perRound[p] = [[], []];
    for (const e of events) {
      if (e.action !== 'offer' || !e.u) continue;
      for (const p of this.parties) {
        if (p in e.u) perRound[p][p === e.party ? 0 : 1].push({ x: e.round + 1, y: e.u[p] });
      }
    }
    this.chart.data.datasets.forEach((d, i) => {
      const p = this.parties[i >> 1];
      d.data = hidden.has(p) ? [] : perRound[p][i & 1];
      d.hidden = hidden.has(p);
    });
    this.chart.update('none');
  }

  resize() {
    this.chart.resize();
  }

  destroy() {
    this.chart.destroy();
  }
}
