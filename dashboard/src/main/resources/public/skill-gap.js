'use strict';
// Skill gap: the guide's terms found in pasted text (server-side extractor, nothing stored) against the top terms.
(() => {
  const { el, make, pct, asPercent, int, getJson, NotAvailable, query, chartCard, notice, unavailable, card, fillChoices } = SP;
  let chart;
  let last = null; // the last answer, redrawn when counts change

  SP.header('Which in-demand terms does your résumé cover, and which top terms does it miss?');
  ['country', 'seniority'].forEach(n => fillChoices(el('f-' + n), n, SP.params().get(n)).catch(e => SP.status(e.message, true)));

  function chips(cls, label, terms) {
    return make('ul', { class: 'chips ' + cls, 'aria-label': label }, terms.map(t => make('li', { text: `${t.label} (${pct(t.share)})` })));
  }

  async function compare(found) {
    const limit = Math.min(60, Math.max(5, parseInt(el('top-n').value, 10) || 25));
    const q = query([], { country: el('f-country').value, seniority: el('f-seniority').value, limit });
    const top = await getJson('/api/skills/top?' + q);
    const have = new Set(found.map(t => t.id));
    const covered = top.skills.filter(s => have.has(s.id));
    const missing = top.skills.filter(s => !have.has(s.id));
    const results = el('gap-results');
    const summary = el('gap-summary') || card(results, 'Your coverage', 'gap-summary');
    const where = [el('f-country').value, el('f-seniority').value].filter(Boolean).join(', ') || 'all postings';
    summary.replaceChildren(make('h2', { text: 'Your coverage' }),
      make('p', { class: 'sentence', text: `Your text covers ${covered.length} of the top ${top.skills.length} terms (${where}); the most asked-for you miss: ${missing.slice(0, 3).map(s => s.label).join(', ') || 'none'}.` }),
      make('h3', { text: `Covered (${covered.length})` }), chips('terms-have', 'Covered terms', covered),
      make('h3', { text: `Missing, by share of postings (${missing.length})` }), chips('terms-miss', 'Missing terms', missing),
      make('h3', { text: `Found in your text (${found.length})` }), make('p', { text: found.map(t => t.label).join(', ') || 'none of the guide\'s terms' }));
    const chartSection = el('gap-chart') || card(results, 'Top terms, covered and missing', 'gap-chart');
    if (!chart) chart = chartCard(chartSection, { id: 'gap-bars', horizontal: true, stacked: true, tall: true,
      title: 'Top terms by share of postings: covered or missing', x: 'Term', y: 'Share of postings (%)' });
    chart.set(top.skills.map(s => s.label), [
      { label: 'In your text', color: '#009E73', data: top.skills.map(s => have.has(s.id) ? asPercent(s.share) : null) },
      { label: 'Missing', color: '#D55E00', data: top.skills.map(s => have.has(s.id) ? null : asPercent(s.share)) }]);
  }

  async function check() {
    SP.status('Checking…');
    SP.setParams({ country: el('f-country').value, seniority: el('f-seniority').value });
    const section = el('gap-form-card');
    try {
      const found = (await getJson('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: el('resume').value }) })).terms;
      notice(section, null);
      last = found;
      await compare(found);
      SP.status('');
    } catch (e) {
      if (e instanceof NotAvailable) { notice(section, unavailable('/api/extract')); SP.status(''); return; }
      SP.status(e.message, true);
    }
  }

  el('gap-form').addEventListener('submit', e => { e.preventDefault(); check(); });
  SP.live(() => last ? compare(last).catch(e => SP.status(e.message, true)) : Promise.resolve());
})();
