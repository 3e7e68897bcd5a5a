'use strict';
// Outlook: each claim of the guide beside its chart, sentence and verdict; the latest month; rising and declining terms.
(() => {
  const { el, make, pct, asPercent, int, getJson, NotAvailable, query, chartCard, notice, unavailable, card } = SP;
  const FILTERS = ['from', 'to', 'country', 'region', 'seniority', 'industry'];
  const charts = {};
  const shown = {}; // the data each chart's tooltips read, replaced on every refresh
  const once = (key, container, spec) => charts[key] || (charts[key] = chartCard(container, { id: key, ...spec }));
  /** Drops a chart that has nothing to draw and says why in its card. */
  const nothing = (key, container, text) => {
    if (charts[key]) { charts[key].drop(); delete charts[key]; }
    notice(container, text);
  };
  const monthLabel = p => p.slice(0, 7);
  // The API fits a share per month; a year reads better: percentage points per year.
  const perYear = slope => +(slope * 1200).toFixed(2);

  SP.header('Does the career guide\'s outlook for Machine Learning Engineers hold? Shares of job postings, each job counted once.');
  SP.filterForm(el('filters'), FILTERS, refresh);

  /** The verdict, sentence and method of one claim, shown in its card above the chart. */
  function showClaim(section, claim) {
    let block = section.querySelector('.finding');
    if (!block) { block = make('div', { class: 'finding' }); section.querySelector('blockquote').after(block); }
    const verdictClass = { supported: 'ok', 'not supported': 'no' }[claim.verdict] || 'unknown';
    block.replaceChildren(
      make('p', { class: 'verdict' }, 'Verdict: ', make('strong', { class: 'badge ' + verdictClass, text: claim.verdict })),
      make('p', { class: 'sentence', text: claim.sentence }),
      make('details', {}, make('summary', { text: 'Method' }), make('p', { text: claim.method })));
  }

  function drawGrowth(volume) {
    const c = once('growth-chart', el('claim-growth'), { title: 'Postings per month, and growth on the same month a year before',
      x: 'Month', y: 'Postings (count)', y2: 'Growth on a year before (%)' });
    c.set(volume.points.map(p => monthLabel(p.period)), [
      { label: 'Postings', data: volume.points.map(p => p.postings), order: 2 },
      { label: 'Growth on a year before', type: 'line', yAxisID: 'y2', data: volume.points.map(p => asPercent(p.yoyGrowth)), order: 1 }]);
  }

  function drawDrivers(cloud, industries) {
    const c = once('cloud-chart', el('claim-drivers'), { title: 'Postings naming a cloud platform, per month', type: 'line',
      x: 'Month', y: 'Share of postings (%)' });
    const labels = cloud.points.map(p => monthLabel(p.period));
    c.set(labels, [['Any cloud, of all postings', 'share'], ['AWS, of cloud postings', 'aws'],
      ['Google Cloud, of cloud postings', 'gcp'], ['Azure, of cloud postings', 'azure']].map(([label, key]) =>
      ({ label, data: cloud.points.map(p => asPercent(p[key])) })));
    const last = industries.points[industries.points.length - 1];
    // Postings without an industry (all of them before postings carried one) are no industry to compare.
    const names = last ? Object.keys(last.industries).filter(n => n !== 'unknown')
      .sort((a, b) => last.industries[b] - last.industries[a]).slice(0, 6) : [];
    const industryBox = el('industries-box') || make('div', { id: 'industries-box' });
    el('claim-drivers').append(industryBox);
    if (!names.length) { nothing('industries-chart', industryBox, 'No industry is known for these postings yet, so the chart of industries is left out.'); return; }
    notice(industryBox, null);
    const i = once('industries-chart', industryBox, { title: 'Postings per industry, per month (six largest)', type: 'line',
      x: 'Month', y: 'Share of postings (%)' });
    i.set(industries.points.map(p => monthLabel(p.period)), names.map(n =>
      ({ label: n, data: industries.points.map(p => asPercent(p.industries[n] || 0)) })));
  }

  function drawMlops(mlops) {
    const c = once('mlops-chart', el('claim-mlops'), { title: 'Postings asking for MLOps or production skills, per month', type: 'line',
      x: 'Month', y: 'Share of postings (%)' });
    c.set(mlops.points.map(p => monthLabel(p.period)), [
      { label: 'MLOps or production terms', data: mlops.points.map(p => asPercent(p.share)) },
      { label: 'Model skills without them', data: mlops.points.map(p => asPercent(p.modelOnlyShare)) }]);
  }

  function drawMovers(outlook) {
    const movers = el('movers');
    [['rising', 'Rising terms', outlook.rising], ['declining', 'Declining terms', outlook.declining]].forEach(([key, heading, rows]) => {
      shown[key] = rows;
      const section = el(key) || card(movers, heading, key);
      if (!rows.length) { nothing(key + '-chart', section, `No term is ${key} by the method below.`); }
      else notice(section, null);
      if (rows.length) once(key + '-chart', section, { title: heading + ': change in share of postings per year', horizontal: true,
        x: 'Term', y: 'Change in share (percentage points per year)', legend: false,
        tooltip: ctx => { const r = shown[key][ctx.dataIndex]; return `${r.label}: ${perYear(r.slope)} pp/year (95 % interval ${perYear(r.low)} to ${perYear(r.high)}), now ${pct(r.share)}`; } });
      if (rows.length) charts[key + '-chart'].set(rows.map(r => r.label), [{ label: 'Change per year', data: rows.map(r => perYear(r.slope)) }]);
      let method = section.querySelector('.method');
      if (!method) { method = make('p', { class: 'method' }); section.append(method); }
      method.textContent = outlook.risingMethod || '';
    });
  }

  async function loadOutlook() {
    const sections = [el('claim-growth'), el('claim-drivers'), el('claim-mlops')];
    let outlook;
    try {
      outlook = await getJson('/api/outlook?' + query(FILTERS));
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      sections.forEach(s => notice(s, unavailable('/api/outlook') + ' The verdict and its chart appear once it does.'));
      const movers = el('movers');
      notice(el('rising') || card(movers, 'Rising terms', 'rising'), unavailable('/api/outlook'));
      return;
    }
    sections.forEach(s => notice(s, null));
    outlook.claims.forEach(claim => { const s = el('claim-' + claim.id); if (s) showClaim(s, claim); });
    drawGrowth(outlook.volume);
    drawDrivers(outlook.cloud, outlook.industries);
    drawMlops(outlook.mlops);
    drawMovers(outlook);
  }

  /** The month of the last week with postings (its Monday), within the chosen period. */
  function latestMonth(top) {
    const lastMonday = new Date(top.to + 'T00:00:00Z');
    lastMonday.setUTCDate(lastMonday.getUTCDate() - 6);
    const from = lastMonday.toISOString().slice(0, 8) + '01';
    const end = new Date(Date.UTC(lastMonday.getUTCFullYear(), lastMonday.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    return { from: from < top.from ? top.from : from, to: end > top.to ? top.to : end };
  }

  async function loadLatest() {
    const latest = el('latest');
    const span = await getJson('/api/skills/top?' + query(FILTERS, { limit: 1 }));
    const figures = el('figures') || card(latest, 'Headline figures', 'figures');
    if (!span.totalPostings) {
      notice(figures, 'No postings counted yet for these filters: load some on the Load postings page.');
      return;
    }
    notice(figures, null);
    const month = latestMonth(span);
    const q = query(['country', 'region', 'seniority', 'industry'], { from: month.from, to: month.to });
    const [top, stats] = await Promise.all([getJson('/api/skills/top?' + q + '&limit=10'), getJson('/api/stats?' + q)]);
    const name = month.from.slice(0, 7);
    el('latest-h').textContent = `The latest month: ${name} (${month.from} to ${month.to})`;
    const lead = top.skills[0];
    let list = figures.querySelector('dl');
    if (!list) { list = make('dl', { class: 'figures' }); figures.append(list); }
    const item = (term, value) => [make('dt', { text: term }), make('dd', { text: value })];
    list.replaceChildren(
      ...item('Jobs counted', int(top.totalPostings)),
      ...item('Posting ids seen (reposts included)', int(stats.intensity.rawPostings)),
      ...item('Postings per job', stats.intensity.copiesPerPosting.toFixed(2)),
      ...item('Most asked-for term', lead ? `${lead.label}: ${pct(lead.share)} of postings` : '–'));
    shown.top = top.skills;
    const section = el('top-latest') || card(latest, 'Top terms this month, beside the period before', 'top-latest');
    const c = once('top-chart', section, { title: `Top terms in ${name}: share of postings`, horizontal: true, tall: true,
      x: 'Term', y: 'Share of postings (%)',
      tooltip: ctx => { const s = shown.top[ctx.dataIndex]; return `${ctx.dataset.label}: ${ctx.formattedValue} % (${int(s.postings)} postings this month)`; } });
    c.set(top.skills.map(s => s.label), [
      { label: name, data: top.skills.map(s => asPercent(s.share)) },
      { label: 'Period before', data: top.skills.map(s => asPercent(s.previousShare)) }],
      `Top terms in ${name}: share of postings`);
  }

  /** Share points, signed: 0.0512 → "+5.1 points". */
  const points = v => {
    const shown = Math.abs(v * 100).toFixed(1);
    return (shown === '0.0' ? '' : v > 0 ? '+' : '−') + shown + ' points'; // no "−0.0"
  };
  const capitalised = text => text.charAt(0).toUpperCase() + text.slice(1);
  const LINES = 5;

  /** The sentence over the panel: the top rising candidate in words, or why there is none. */
  function beyondSentence(e) {
    const rising = e.candidates.filter(c => c.rising);
    const window = `${monthLabel(e.from)} to ${monthLabel(e.to)}`;
    if (!rising.length) {
      return e.candidates.length
        ? `No term beyond the guide rose beyond chance in ${window}, against a year earlier.`
        : `No term beyond the guide has ${e.minPostings} postings or more in ${window}.`;
    }
    const top = rising[0];
    const before = top.baselineShare === null ? 'no postings a year earlier to compare with'
      : `${pct(top.baselineShare)} a year earlier`;
    const others = rising.slice(1, 4).map(c => c.label);
    return `${capitalised(top.label)} rose most among the terms the guide does not name: ${pct(top.share)} of postings in ${window}, `
      + `against ${before} (${points(top.growth)}; first seen ${monthLabel(top.firstSeen)}).`
      + (others.length ? ` Also rising: ${others.join(', ')}.` : '');
  }

  function beyondTable(e) {
    const head = ['Term', `Share ${monthLabel(e.from)}–${monthLabel(e.to)}`, 'A year earlier', 'Change (95 % interval)',
      'First seen', 'Asked for with', 'Example postings', ''];
    const row = c => make('tr', { 'data-key': c.key }, make('th', { scope: 'row', text: c.label + (c.keys.length > 1 ? ` (${c.keys.filter(k => k !== c.key).join(', ')})` : '') }),
      make('td', { text: `${pct(c.share)} (${int(c.postings)})` }),
      make('td', { text: c.baselineShare === null ? '–' : `${pct(c.baselineShare)} (${int(c.baselinePostings)})` }),
      make('td', { class: c.rising ? 'up' : '', text: `${points(c.growth)} (${points(c.growthLow)} to ${points(c.growthHigh)})` }),
      make('td', { text: c.firstSeen ? monthLabel(c.firstSeen) : '–' }),
      make('td', { text: c.companions.slice(0, 3).map(t => t.label).join(', ') }),
      make('td', {}, c.examples.map((id, i) => [i ? ', ' : '', make('a', { href: '/api/postings/' + encodeURIComponent(id), text: id })]).flat()),
      make('td', {}, make('button', { type: 'button', class: 'secondary promote', text: 'Promote…', onclick: () => openPromote(c) })));
    return make('table', { id: 'beyond-table' }, make('caption', { text: 'Terms beyond the guide, best rising first' }),
      make('thead', {}, make('tr', {}, head.map(h => make('th', { scope: 'col', text: h })))),
      make('tbody', {}, e.candidates.map(row)));
  }

  async function loadBeyond() {
    const box = el('beyond');
    const section = el('beyond-card') || card(box, 'Rising terms the guide does not name', 'beyond-card');
    let e;
    try {
      e = await getJson('/api/emerging?' + query(['from', 'to'], { limit: 20 }));
    } catch (err) {
      if (!(err instanceof NotAvailable)) throw err;
      notice(section, unavailable('/api/emerging'));
      return;
    }
    let sentence = section.querySelector('.sentence');
    if (!sentence) { sentence = make('p', { class: 'sentence' }); section.querySelector('h2').after(sentence); }
    sentence.textContent = beyondSentence(e);
    const lines = e.candidates.filter(c => c.rising).slice(0, LINES);
    if (!lines.length) nothing('beyond-chart', section, 'No line to draw: nothing rose by the method below.');
    else {
      notice(section, null);
      const months = lines[0].months.map(m => monthLabel(m.period));
      once('beyond-chart', section, { title: 'Share of postings asking for each, per month', type: 'line',
        x: 'Month', y: 'Share of postings (%)' })
        .set(months, lines.map(c => ({ label: c.label, data: c.months.map(m => m.total ? asPercent(m.share) : null) })));
    }
    let list = section.querySelector('.beyond-list');
    if (!list) { list = make('div', { class: 'beyond-list table-scroll' }); section.append(list); }
    list.replaceChildren(e.candidates.length ? beyondTable(e) : '');
    let method = section.querySelector('.method');
    if (!method) { method = make('details', { class: 'method' }, make('summary', { text: 'Method' }), make('p')); section.append(method); }
    method.querySelector('p').textContent = e.method + ' Country and other filters do not apply here: all postings count.';
  }

  // ---- promoting a candidate: POST /api/promote with the ingest token, then its progress ----
  const TOKEN_KEY = 'skillpulse.ingestToken';
  const TYPES = ['tool', 'skill', 'concept', 'specialization', 'certification'];

  function openPromote(c) {
    const box = el('beyond');
    const section = el('promote-card') || card(box, 'Promote a term into the guide', 'promote-card');
    const field = (label, input) => make('label', {}, label, input);
    const type = make('select', { id: 'promote-type' }, TYPES.map(t => make('option', { value: t, text: t })));
    const form = make('form', { id: 'promote-form', class: 'promote-form' },
      make('p', { text: `Adds “${c.label}” to your own terms, layered on the guide's, and recounts every posting with it. `
        + 'The dashboard keeps showing today\'s counts until the recount has caught up, then switches at once.' }),
      field('Label ', make('input', { id: 'promote-label', value: c.label, required: true })),
      field(' Type ', type),
      field(' Ingest token ', make('input', { id: 'promote-token', type: 'password', autocomplete: 'off',
        value: sessionStorage.getItem(TOKEN_KEY) || '', required: true })),
      make('button', { type: 'submit', text: 'Promote and recount' }),
      make('p', { id: 'promote-status', role: 'status' }));
    form.addEventListener('submit', ev => { ev.preventDefault(); promote(c); });
    section.querySelector('form')?.remove();
    section.append(form);
    section.scrollIntoView({ block: 'nearest' });
  }

  async function promote(c) {
    const token = el('promote-token').value.trim();
    const status = el('promote-status');
    sessionStorage.setItem(TOKEN_KEY, token);
    const label = el('promote-label').value.trim();
    const surfaces = [...new Set([label, ...c.keys.filter(k => k.includes(' '))])];
    const response = await fetch('/api/promote', { method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify({ key: c.key, label, type: el('promote-type').value, surfaces }) });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const why = { 401: 'The token is missing or wrong.', 404: 'This server cannot promote terms (POST /api/promote).' }[response.status] || '';
      status.textContent = `Not promoted (HTTP ${response.status}): ${body.error || ''} ${why}`.trim();
      status.className = 'error';
      return;
    }
    status.className = '';
    watchPromotion(status);
  }

  /** Polls the recount until it has switched or failed; the page refreshes itself when the counts switch. */
  async function watchPromotion(status) {
    const r = await getJson('/api/promote').catch(() => null);
    if (!r) { status.textContent = 'Recount started.'; return; }
    const rate = r.rate ? `, ${int(Math.round(r.rate))} postings/s` : '';
    status.textContent = { building: `Recounting every posting with the new term (generation ${r.generation}): ${int(r.replayed)} postings so far${rate}. Today's counts stay on show until it has caught up.`,
      switched: `Done: the counts now come from generation ${r.generation}, with the new term's whole history.`,
      failed: `The recount failed: ${r.reason || 'see the server log'}. Today's counts are unchanged.` }[r.state] || `Recount ${r.state}.`;
    status.className = r.state === 'failed' ? 'error' : '';
    if (r.state === 'building') setTimeout(() => watchPromotion(status), 2000);
  }

  async function refresh() {
    SP.status('Loading…');
    try {
      await Promise.all([loadOutlook(), loadLatest(), loadBeyond()]);
      SP.status('');
    } catch (e) {
      SP.status(e.message, true);
    }
  }

  refresh();
  SP.live(refresh);
})();
