'use strict';
// The dashboard page: everything it shows comes from the JSON API.
const el = id => document.getElementById(id);
const pct = v => (v * 100).toFixed(1) + '%';
const charts = {};

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function period() {
  const q = new URLSearchParams();
  if (el('from').value) q.set('from', el('from').value);
  if (el('to').value) q.set('to', el('to').value);
  return q;
}

function status(text, isError) {
  el('status').textContent = text;
  el('status').className = isError ? 'error' : '';
}

/** Creates the chart on first use, then only swaps its data. */
function draw(id, type, labels, datasets, options) {
  if (!charts[id]) {
    charts[id] = new Chart(el(id), { type, data: { labels, datasets }, options: { maintainAspectRatio: false, animation: false, ...options } });
  } else {
    charts[id].data.labels = labels;
    charts[id].data.datasets = datasets;
    Object.assign(charts[id].options, options);
    charts[id].update();
  }
}

const percentAxis = { beginAtZero: true, ticks: { callback: v => v + '%' } };
const asPercent = v => +(v * 100).toFixed(2);

function horizontalBars(id, items, label, color, tooltip, onPick) {
  draw(id, 'bar', items.map(i => i.label), [{ label, data: items.map(i => asPercent(i.share)), backgroundColor: color }], {
    indexAxis: 'y', scales: { x: percentAxis },
    plugins: { tooltip: { callbacks: { label: c => tooltip(items[c.dataIndex]) } } },
    onClick: (evt, hits) => { if (onPick && hits.length) onPick(items[hits[0].index]); }
  });
}

/** How the share moved against the period of the same length just before, when there is one. */
function growthText(s) {
  if (s.growth === null || s.growth === undefined) return '';
  const sign = s.growth >= 0 ? '▲ +' : '▼ ';
  return `, ${sign}${(s.growth * 100).toFixed(0)}% vs previous period (${pct(s.previousShare)})`;
}

async function loadTop() {
  const q = period();
  q.set('limit', el('limit').value || '15');
  if (el('category').value) q.set('category', el('category').value);
  const [top, stats] = await Promise.all([getJson('/api/skills/top?' + q), getJson('/api/stats?' + period())]);
  if (!el('from').value && top.from) el('from').value = top.from;
  if (!el('to').value && top.to) el('to').value = top.to;
  const i = stats.intensity;
  el('top-caption').textContent = `${top.totalPostings.toLocaleString()} jobs (${i.rawPostings.toLocaleString()} postings, ${i.copiesPerPosting.toFixed(2)} per job)`;
  horizontalBars('top-chart', top.skills, 'Share of postings (%)', '#2f6fde',
    s => `${pct(s.share)} (${s.postings.toLocaleString()} postings)` + growthText(s), s => selectSkill(s.id));
  const picker = el('skill');
  const chosen = picker.value;
  picker.replaceChildren(...top.skills.map(s => new Option(s.label, s.id)));
  if (top.skills.some(s => s.id === chosen)) picker.value = chosen;
}

async function loadTrend() {
  const id = el('skill').value;
  if (!id) return;
  const q = period();
  q.set('grain', el('grain').value);
  const trend = await getJson(`/api/skills/${encodeURIComponent(id)}/trend?` + q);
  const label = `${el('skill').selectedOptions[0].text} (% of postings per ${trend.grain})`;
  draw('trend-chart', 'line', trend.points.map(p => p.period),
    [{ label, data: trend.points.map(p => asPercent(p.share)), borderColor: '#d9480f', backgroundColor: '#d9480f33', pointRadius: 0, fill: true, tension: 0.2 }],
    { scales: { y: percentAxis, x: { ticks: { maxTicksLimit: 12 } } } });
}

async function loadRelated() {
  const id = el('skill').value;
  if (!id) return;
  const q = period();
  q.set('limit', '12');
  const related = await getJson(`/api/skills/${encodeURIComponent(id)}/related?` + q);
  el('related-name').textContent = el('skill').selectedOptions[0].text;
  horizontalBars('related-chart', related.related, `% of ${el('skill').selectedOptions[0].text} postings`, '#2b8a3e',
    r => `${pct(r.share)} of postings (${r.postings.toLocaleString()}), lift ${r.lift.toFixed(2)}`, r => selectSkill(r.id));
}

async function loadBreakdown() {
  const dimension = el('dimension').value;
  const id = el('skill').value;
  const q = period();
  const perSkill = Boolean(id);
  if (perSkill) q.set('skill', id);
  const breakdown = await getJson(`/api/breakdown/${dimension}?` + q);
  const rows = breakdown.rows.slice(0, 15).map(r => ({ ...r, label: r.value }));
  el('breakdown-caption').textContent = perSkill
    ? `share of postings asking for ${el('skill').selectedOptions[0].text}, per ${el('dimension').selectedOptions[0].text}`
    : 'share of all postings';
  horizontalBars('breakdown-chart', rows, perSkill ? '% of postings there' : '% of all postings', '#7048e8',
    r => `${pct(r.share)} (${(perSkill ? r.termPostings : r.postings).toLocaleString()} of ${r.postings.toLocaleString()} postings)`);
}

function selectSkill(id) {
  el('skill').value = id;
  refreshSkill();
}

function refreshSkill() {
  Promise.all([loadTrend(), loadRelated(), loadBreakdown()]).catch(e => status(e.message, true));
}

async function refresh() {
  status('Loading…');
  try {
    await loadTop();
    await Promise.all([loadTrend(), loadRelated(), loadBreakdown()]);
    status('');
  } catch (e) {
    status(e.message, true);
  }
}

async function loadCategories() {
  const all = await getJson('/api/skills/top?limit=500');
  const categories = [...new Set(all.skills.map(s => s.category))].sort();
  el('category').append(...categories.map(c => new Option(c, c)));
}

el('filters').addEventListener('submit', e => { e.preventDefault(); refresh(); });
el('skill').addEventListener('change', refreshSkill);
el('grain').addEventListener('change', () => loadTrend().catch(e => status(e.message, true)));
el('dimension').addEventListener('change', () => loadBreakdown().catch(e => status(e.message, true)));
loadCategories().catch(() => {}).finally(refresh);
