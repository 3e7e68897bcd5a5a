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

  async function refresh() {
    SP.status('Loading…');
    try {
      await Promise.all([loadOutlook(), loadLatest()]);
      SP.status('');
    } catch (e) {
      SP.status(e.message, true);
    }
  }

  refresh();
  SP.live(refresh);
})();
