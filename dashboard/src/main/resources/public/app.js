'use strict';
// The dashboard page: everything it shows comes from the JSON API.
const el = id => document.getElementById(id);
const pct = v => (v * 100).toFixed(1) + '%';
let topChart = null;
let trendChart = null;

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function query() {
  const q = new URLSearchParams();
  for (const name of ['from', 'to', 'category', 'limit']) {
    if (el(name).value) q.set(name, el(name).value);
  }
  return q;
}

function status(text, isError) {
  el('status').textContent = text;
  el('status').className = isError ? 'error' : '';
}

async function loadTop() {
  const top = await getJson('/api/skills/top?' + query());
  if (!el('from').value && top.from) el('from').value = top.from;
  if (!el('to').value && top.to) el('to').value = top.to;
  el('top-caption').textContent = `${top.totalPostings.toLocaleString()} postings, ${top.from ?? '…'} to ${top.to ?? '…'}`;
  const labels = top.skills.map(s => s.label);
  const data = top.skills.map(s => +(s.share * 100).toFixed(2));
  if (!topChart) {
    topChart = new Chart(el('top-chart'), {
      type: 'bar',
      data: { labels, datasets: [{ label: 'Share of postings (%)', data, backgroundColor: '#2f6fde' }] },
      options: {
        indexAxis: 'y', maintainAspectRatio: false, animation: false,
        scales: { x: { beginAtZero: true, ticks: { callback: v => v + '%' } } },
        plugins: { tooltip: { callbacks: { label: c => `${pct(top.skills[c.dataIndex].share)} (${top.skills[c.dataIndex].postings} postings)` } } },
        onClick: (evt, items) => { if (items.length) selectSkill(topChart.$skills[items[0].index].id); }
      }
    });
  } else {
    topChart.data.labels = labels;
    topChart.data.datasets[0].data = data;
    topChart.options.plugins.tooltip.callbacks.label = c => `${pct(top.skills[c.dataIndex].share)} (${top.skills[c.dataIndex].postings} postings)`;
    topChart.update();
  }
  topChart.$skills = top.skills;
  fillSkillPicker(top.skills);
  return top;
}

function fillSkillPicker(skills) {
  const picker = el('skill');
  const chosen = picker.value;
  picker.replaceChildren(...skills.map(s => new Option(s.label, s.id)));
  if (skills.some(s => s.id === chosen)) picker.value = chosen;
}

function rolling(values, width) {
  return values.map((_, i) => {
    const win = values.slice(Math.max(0, i - width + 1), i + 1);
    return win.reduce((a, b) => a + b, 0) / win.length;
  });
}

async function loadTrend() {
  const id = el('skill').value;
  if (!id) return;
  const q = query();
  q.delete('category'); q.delete('limit');
  const trend = await getJson(`/api/skills/${encodeURIComponent(id)}/trend?` + q);
  const labels = trend.points.map(p => p.weekStart);
  const weekly = trend.points.map(p => p.share * 100);
  const shown = el('smooth').checked ? rolling(weekly, 4) : weekly;
  const label = el('skill').selectedOptions[0].text + (el('smooth').checked ? ' (4-week average, %)' : ' (weekly, %)');
  const dataset = { label, data: shown.map(v => +v.toFixed(2)), borderColor: '#d9480f', backgroundColor: '#d9480f33', pointRadius: 0, fill: true, tension: 0.2 };
  if (!trendChart) {
    trendChart = new Chart(el('trend-chart'), {
      type: 'line',
      data: { labels, datasets: [dataset] },
      options: {
        maintainAspectRatio: false, animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: v => v + '%' } }, x: { ticks: { maxTicksLimit: 12 } } }
      }
    });
  } else {
    trendChart.data.labels = labels;
    trendChart.data.datasets = [dataset];
    trendChart.update();
  }
}

function selectSkill(id) {
  el('skill').value = id;
  loadTrend().catch(e => status(e.message, true));
}

async function refresh() {
  status('Loading…');
  try {
    await loadTop();
    await loadTrend();
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
el('skill').addEventListener('change', () => loadTrend().catch(e => status(e.message, true)));
el('smooth').addEventListener('change', () => loadTrend().catch(e => status(e.message, true)));
loadCategories().catch(() => {}).finally(refresh);
