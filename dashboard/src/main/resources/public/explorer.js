'use strict';
// Explorer: compare terms' trends, terms mentioned with one of them, and the postings that mention it.
(() => {
  const { el, make, pct, asPercent, int, getJson, NotAvailable, query, params, setParams, chartCard, notice, unavailable } = SP;
  const FILTERS = ['from', 'to', 'country', 'region', 'seniority', 'industry'];
  const PAGE_SIZE = 20;
  const labels = new Map(); // term id → label
  let compareMissing = false;
  let compareChart;
  let relatedChart;
  let relatedRows = [];

  SP.header('Compare how often postings ask for each term, what they mention together, and the postings themselves.');
  SP.filterForm(el('filters'), FILTERS, refresh);

  const chosen = () => (params().get('terms') || '').split(',').map(s => s.trim()).filter(Boolean);
  const label = id => labels.get(id) || id;

  async function loadTerms() {
    let terms;
    try {
      terms = (await getJson('/api/taxonomy')).terms;
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      terms = (await getJson('/api/skills/top?limit=500')).skills; // only terms with postings, until /api/taxonomy exists
    }
    terms.forEach(t => labels.set(t.id, t.label));
    el('term-list').replaceChildren(...terms.map(t => make('option', { value: t.label, text: t.category || '' })));
  }

  function idFor(text) {
    const wanted = text.trim().toLowerCase();
    for (const [id, l] of labels) if (l.toLowerCase() === wanted || id === wanted) return id;
    return null;
  }

  function renderChips() {
    const list = chosen();
    el('chosen').replaceChildren(...list.map(id => make('li', {}, label(id),
      make('button', { type: 'button', class: 'secondary', 'aria-label': 'Remove ' + label(id), text: '×',
        onclick: () => { setParams({ terms: list.filter(t => t !== id).join(',') }); refresh(); } }))));
    const focus = el('focus');
    const current = params().get('term') || list[0] || '';
    focus.replaceChildren(...list.map(id => new Option(label(id), id)));
    if (list.includes(current)) focus.value = current;
  }

  async function trends(ids, grain) {
    const extra = { grain };
    if (!compareMissing) {
      try {
        return await getJson('/api/compare?' + query(FILTERS, { ...extra, skills: ids.join(',') }));
      } catch (e) {
        if (!(e instanceof NotAvailable)) throw e;
        compareMissing = true;
      }
    }
    // Until /api/compare exists: one trend per term (same buckets: every bucket with postings).
    const series = await Promise.all(ids.map(id => getJson(`/api/skills/${encodeURIComponent(id)}/trend?` + query(FILTERS, extra))
      .then(t => ({ id, label: label(id), points: t.points }))));
    return { grain, series };
  }

  async function loadCompare() {
    const ids = chosen();
    const section = el('compare');
    if (!ids.length) { notice(section, 'Add a term to see its trend.'); return; }
    notice(section, null);
    const metric = el('metric').value;
    const grain = el('grain').value;
    const data = await trends(ids, grain);
    const periods = data.series.length ? data.series[0].points.map(p => p.period) : [];
    const y = metric === 'share' ? 'Share of postings (%)' : 'Postings (count)';
    const title = `${metric === 'share' ? 'Share of postings' : 'Postings'} per ${grain} mentioning each term`;
    if (!compareChart) compareChart = chartCard(section, { id: 'compare-chart', type: 'line', title, x: grain === 'week' ? 'Week (Monday)' : 'Month', y });
    compareChart.chart.options.scales.y.title.text = y;
    compareChart.chart.options.scales.x.title.text = grain === 'week' ? 'Week (Monday)' : 'Month';
    compareChart.set(periods.map(p => grain === 'month' ? p.slice(0, 7) : p), data.series.map(s => ({
      label: s.label || label(s.id),
      data: s.points.map(p => metric === 'share' ? asPercent(p.share) : p.postings)
    })), title);
  }

  async function loadRelated() {
    const id = el('focus').value;
    const section = el('related');
    if (!id) { notice(section, 'Add a term to see what postings mention with it.'); return; }
    notice(section, null);
    const related = await getJson(`/api/skills/${encodeURIComponent(id)}/related?` + query(FILTERS, { limit: 12 }));
    relatedRows = related.related;
    if (!relatedRows.length) {
      if (relatedChart) { relatedChart.drop(); relatedChart = null; }
      notice(section, `No posting in this period mentions ${label(id)}, so no term is mentioned with it.`);
      return;
    }
    const title = `Terms in postings that mention ${label(id)}`;
    if (!relatedChart) relatedChart = chartCard(section, { id: 'related-chart', horizontal: true, tall: true, legend: false, title,
      x: 'Term', y: `Share of the term's postings (%)`,
      tooltip: c => { const r = relatedRows[c.dataIndex]; return `${pct(r.share)} of postings (${int(r.postings)}), lift ${r.lift.toFixed(2)}`; },
      onPick: i => addTerm(relatedRows[i].id) });
    relatedChart.set(relatedRows.map(r => r.label), [
      { label: `Share of ${label(id)} postings`, data: relatedRows.map(r => asPercent(r.share)) }], title);
  }

  /** Only http(s) links: a posting's url is data, and a javascript: url would run on click. */
  function safeUrl(url) {
    try {
      const u = new URL(url, location.href);
      return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
    } catch (e) { return null; }
  }

  function postingItem(p) {
    const href = p.url && safeUrl(p.url);
    const title = href ? make('a', { href, rel: 'noopener noreferrer', target: '_blank', text: p.title || p.id }) : make('span', { text: p.title || p.id });
    const meta = [p.company, p.place, p.date].filter(Boolean).join(' · ') + (p.copies > 1 ? ` · published ${p.copies} times` : '');
    return make('li', { class: 'posting' }, make('strong', {}, title), make('div', { class: 'meta', text: meta }),
      p.terms && p.terms.length ? make('div', { class: 'meta', text: 'Terms: ' + p.terms.map(t => label(t.id || t)).join(', ') }) : null);
  }

  async function loadPostings() {
    const id = el('focus').value;
    const section = el('postings');
    el('postings-h').textContent = id ? `Postings that mention ${label(id)}` : 'Postings';
    const page = Math.max(1, parseInt(params().get('page') || '1', 10) || 1); // the API counts pages from 1
    let answer;
    try {
      answer = await getJson('/api/postings?' + query(['from', 'to', 'country'], { skill: id, page, size: PAGE_SIZE }));
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      el('posting-list').replaceChildren();
      el('pager').replaceChildren();
      notice(section, unavailable('/api/postings') + ' The postings list appears once it does.');
      return;
    }
    notice(section, answer.postings.length ? null : 'No postings match.');
    el('posting-list').start = (answer.page - 1) * answer.size + 1;
    el('posting-list').replaceChildren(...answer.postings.map(postingItem));
    // Past the API's counting cap total is a lower bound (totalIsExact false) and pages end there: "500+".
    const more = answer.totalIsExact === false ? '+' : '';
    const last = Math.max(1, Math.ceil(answer.total / answer.size));
    const go = p => () => { setParams({ page: p > 1 ? p : '' }); loadPostings().catch(e => SP.status(e.message, true)); };
    el('pager').replaceChildren(
      make('button', { type: 'button', class: 'secondary', text: '← Newer', disabled: answer.page <= 1, onclick: go(answer.page - 1) }),
      make('span', { text: `page ${answer.page} of ${last}${more} (${int(answer.total)}${more} postings)` }),
      make('button', { type: 'button', class: 'secondary', text: 'Older →', disabled: answer.page >= last, onclick: go(answer.page + 1) }));
  }

  function addTerm(id) {
    const list = chosen();
    if (!list.includes(id)) list.push(id);
    setParams({ terms: list.join(','), term: id, page: '' });
    refresh();
  }

  async function refresh() {
    SP.status('Loading…');
    try {
      el('metric').value = params().get('metric') === 'count' ? 'count' : 'share';
      el('grain').value = params().get('grain') === 'week' ? 'week' : 'month';
      renderChips();
      await Promise.all([loadCompare(), loadRelated(), loadPostings()]);
      SP.status('');
    } catch (e) {
      SP.status(e.message, true);
    }
  }

  el('pick').addEventListener('submit', e => {
    e.preventDefault();
    const id = idFor(el('term-input').value);
    if (!id) { SP.status(`Unknown term "${el('term-input').value}"`, true); return; }
    el('term-input').value = '';
    addTerm(id);
  });
  el('metric').addEventListener('change', () => { setParams({ metric: el('metric').value }); refresh(); });
  el('grain').addEventListener('change', () => { setParams({ grain: el('grain').value }); refresh(); });
  el('focus').addEventListener('change', () => { setParams({ term: el('focus').value, page: '' }); refresh(); });

  loadTerms().catch(e => SP.status(e.message, true)).then(() => {
    if (!chosen().length) setParams({ terms: 'python,pytorch,mlops' });
    return refresh();
  });
  SP.live(refresh);
})();
