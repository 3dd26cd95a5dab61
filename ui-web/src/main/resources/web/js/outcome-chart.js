// The outcome-space chart: every possible agreement as a dot in two parties' utilities, the
// frontier, the reference deals and solutions, and the offers so far. Recent offers are drawn
// strong and older ones fade, so a long negotiation stays readable; the current action is ringed.
import { chartFonts, colour, partyName, withAlpha } from './common.js';

/** How strongly an offer is drawn, by its age (0 = the party's latest offer). */
export function fade(age) {
  return age < 3 ? 1 : Math.max(0.1, 0.55 * Math.pow(0.8, age - 3));
}

function pairs(flat) {
  const out = new Array(flat.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = { x: flat[2 * i], y: flat[2 * i + 1] };
  return out;
}

/** Fills the canvas white before drawing, so an exported PNG is not transparent. */
const paper = {
  id: 'paper',
  beforeDraw(chart) {
    const c = chart.ctx;
    c.save();
    c.fillStyle = '#ffffff';
    c.fillRect(0, 0, chart.width, chart.height);
    c.restore();
  },
};

/**
 * The cloud of every possible agreement, tens of thousands of dots, drawn once into an image for
 * each size and pair of axes and then copied under the datasets at every step, where redrawing
 * it dot by dot on each step made a replay slow to step through.
 */
function cloudLayer(owner) {
  let key = null;
  let image = null;
  return {
    id: 'cloud',
    beforeDatasetsDraw(chart) {
      const a = chart.chartArea;
      const k = [chart.width, chart.height, a.left, a.top, a.right, a.bottom, owner.view].join();
      if (k !== key) {
        key = k;
        image = document.createElement('canvas');
        image.width = chart.canvas.width;
        image.height = chart.canvas.height;
        const c = image.getContext('2d');
        const ratio = chart.currentDevicePixelRatio;
        c.scale(ratio, ratio);
        c.fillStyle = 'rgba(107,114,128,0.35)';
        const x = chart.scales.x;
        const y = chart.scales.y;
        const flat = owner.space.views[owner.view].cloud;
        for (let i = 0; i < flat.length; i += 2) {
          c.fillRect(x.getPixelForValue(flat[i]) - 1.2, y.getPixelForValue(flat[i + 1]) - 1.2, 2.4, 2.4);
        }
      }
      chart.ctx.save();
      chart.ctx.setTransform(1, 0, 0, 1, 0, 0);
      chart.ctx.drawImage(image, 0, 0);
      chart.ctx.restore();
    },
  };
}

export class OutcomeChart {
  constructor(canvas, space, fontSize) {
    this.space = space;
    this.parties = space.parties.map(p => p.id);
    this.view = 0;
    const s = space;
    const datasets = [
      { label: 'All agreements', data: [], order: 9 }, // drawn by cloudLayer
      { label: 'Pareto frontier', data: [], showLine: true, pointRadius: 0,
        borderColor: '#111827', borderWidth: 2, order: 8 },
    ];
    this.trajectory = {};
    for (const p of this.parties) {
      this.trajectory[p] = datasets.length;
      const base = colour(s, p);
      const ds = { label: partyName(s, p) + ' offers', data: [], showLine: true, borderWidth: 2,
        borderColor: base, backgroundColor: base, solid: base, order: 2 };
      // each segment as strong as the newer of its two offers
      ds.segment = { borderColor: ctx => withAlpha(base, fade(ds.data.length - 1 - ctx.p1DataIndex)) };
      datasets.push(ds);
    }
    this.reservationX = datasets.length;
    datasets.push({ label: 'Reservation values', data: [], showLine: true, pointRadius: 0,
      borderDash: [6, 4], borderWidth: 1.5, order: 7 });
    datasets.push({ label: '_ry', data: [], showLine: true, pointRadius: 0, borderDash: [6, 4],
      borderWidth: 1.5, order: 7 });
    this.solutions = datasets.length;
    datasets.push({ label: 'Nash', data: [], pointStyle: 'star', pointRadius: 12,
      borderColor: '#111827', backgroundColor: '#111827', borderWidth: 2, order: 1 });
    datasets.push({ label: 'Kalai–Smorodinsky', data: [], pointStyle: 'triangle', pointRadius: 9,
      borderColor: '#7c3aed', backgroundColor: '#7c3aed', order: 1 });
    const refColours = ['#b45309', '#0e7490', '#4d7c0f', '#be185d', '#6b21a8'];
    (s.references || []).forEach((r, i) => datasets.push({ label: r.name, data: [],
      pointStyle: 'rectRot', pointRadius: 9, borderColor: refColours[i % refColours.length],
      backgroundColor: refColours[i % refColours.length], order: 1 }));
    this.agreementIndex = datasets.length;
    datasets.push({ label: 'Agreement', data: [], pointStyle: 'circle', pointRadius: 12,
      borderColor: '#15803d', backgroundColor: 'rgba(21,128,61,0.25)', borderWidth: 4, order: 0 });
    this.currentIndex = datasets.length;
    datasets.push({ label: 'Current offer', data: [], pointStyle: 'circle', pointRadius: 10,
      borderColor: '#ca8a04', backgroundColor: 'rgba(0,0,0,0)', borderWidth: 4, order: 0 });
    this.chart = new Chart(canvas, {
      type: 'scatter', data: { datasets }, plugins: [paper, cloudLayer(this)],
      options: {
        animation: false, maintainAspectRatio: false, parsing: false, normalized: true, events: [],
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 14, usePointStyle: true,
            filter: item => !item.text.startsWith('_') && item.text !== 'All agreements',
            // a party's offers in its full colour, not its oldest (faded) point's
            generateLabels: chart => Chart.defaults.plugins.legend.labels.generateLabels(chart).map(item => {
              const d = chart.data.datasets[item.datasetIndex];
              if (d.solid) { item.fillStyle = d.solid; item.strokeStyle = d.solid; }
              return item;
            }) } },
          title: { display: true, text: 'Outcome space: every possible agreement' },
          tooltip: { enabled: false },
        },
        scales: { x: { min: 0, max: 1, title: { display: true } }, y: { min: 0, max: 1, title: { display: true } } },
      },
    });
    this.fonts(fontSize);
    this.setView(0);
  }

  /** The two parties on the axes now. */
  axes() {
    return this.space.views[this.view].axes;
  }

  /** Shows the outcome space through the i-th pair of parties (space.views). */
  setView(i) {
    this.view = i;
    const s = this.space;
    const v = s.views[i];
    const [px, py] = v.axes;
    const ds = this.chart.data.datasets;
    ds[1].data = pairs(v.frontier);
    ds[1].label = v.exact ? 'Pareto frontier' : 'Pareto frontier of these two';
    const reservation = p => s.parties.find(q => q.id === p).reservation;
    ds[this.reservationX].data = [{ x: reservation(px), y: 0 }, { x: reservation(px), y: 1 }];
    ds[this.reservationX].borderColor = colour(s, px);
    ds[this.reservationX + 1].data = [{ x: 0, y: reservation(py) }, { x: 1, y: reservation(py) }];
    ds[this.reservationX + 1].borderColor = colour(s, py);
    const at = sol => (sol ? [{ x: sol.u[px], y: sol.u[py] }] : []);
    ds[this.solutions].data = at(s.nash);
    ds[this.solutions + 1].data = at(s.ks);
    (s.references || []).forEach((r, j) => { ds[this.solutions + 2 + j].data = at(r); });
    const scales = this.chart.options.scales;
    scales.x.title.text = 'Utility for ' + partyName(s, px);
    scales.y.title.text = 'Utility for ' + partyName(s, py);
  }

  /** Type size in px ({@link chartFonts}). */
  fonts(size) {
    chartFonts(this.chart, size);
    this.fontSize = size;
  }

  /**
   * Draws the offers: tracks maps each party to the utility vectors of its offers so far, oldest
   * first; current and agreement are utility vectors or null.
   */
  draw(tracks, current, agreement) {
    const [px, py] = this.axes();
    const ds = this.chart.data.datasets;
    const at = u => ({ x: u[px], y: u[py] });
    for (const p of this.parties) {
      const d = ds[this.trajectory[p]];
      const base = colour(this.space, p);
      d.data = tracks[p].map(at);
      const n = d.data.length;
      d.pointBackgroundColor = d.data.map((_, j) => withAlpha(base, fade(n - 1 - j)));
      d.pointBorderColor = d.pointBackgroundColor;
      d.pointRadius = d.data.map((_, j) => (j === n - 1 ? 5 : 3));
    }
    ds[this.currentIndex].data = current ? [at(current)] : [];
    ds[this.agreementIndex].data = agreement ? [at(agreement)] : [];
    this.chart.update('none');
  }

  /** What the chart shows, as "x,y" strings (empty when absent), for tests and scripts. */
  shown() {
    const ds = this.chart.data.datasets;
    const point = d => (d.data[0] ? d.data[0].x + ',' + d.data[0].y : '');
    const tracks = {};
    for (const p of this.parties) tracks[p] = ds[this.trajectory[p]].data.length;
    return { current: point(ds[this.currentIndex]), agreement: point(ds[this.agreementIndex]), tracks };
  }

  png() {
    return this.chart.toBase64Image('image/png');
  }

  resize() {
    this.chart.resize();
  }

  destroy() {
    this.chart.destroy();
  }
}
