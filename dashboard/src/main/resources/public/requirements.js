'use strict';
// Requirements: education, experience, certifications, specializations and industries, each under the guide's question.
(() => {
  const { el, make, pct, asPercent, int, getJson, NotAvailable, query, chartCard, notice, unavailable, card } = SP;
  const FILTERS = ['from', 'to', 'country', 'region', 'seniority', 'industry'];
  const charts = {};
  const sections = {};
  const section = (id, question) => sections[id] || (sections[id] = card(el('charts'), question, id));
  const once = (key, container, spec) => charts[key] || (charts[key] = chartCard(container, { id: key, ...spec }));
  const name = v => v === 'unknown' ? 'not stated' : v;

  SP.header('What job postings ask of Machine Learning Engineers: degrees, years, certifications, specializations.');
  SP.filterForm(el('filters'), FILTERS, refresh);

  /** One sentence under a chart, computed from the numbers it draws. */
  function sentence(container, text) {
    let p = container.querySelector('.sentence');
    if (!p) { p = make('p', { class: 'sentence' }); container.querySelector('h2').after(p); }
    p.textContent = text;
  }

  const stated = rows => rows.filter(r => r.value !== 'unknown');
  const shareOf = (rows, values) => rows.filter(r => values.includes(r.value)).reduce((a, r) => a + r.share, 0);

  function drawEducation(education) {
    const s = section('education', 'What education do you need? Do I need a master\'s degree?');
    const values = [...new Set([...education.required, ...education.preferred].map(r => r.value))];
    const find = (rows, v) => { const r = rows.find(x => x.value === v); return r ? asPercent(r.share) : 0; };
    once('education-chart', s, { title: 'Education asked for: share of postings', x: 'Education level', y: 'Share of postings (%)' })
      .set(values.map(name), [{ label: 'Required', data: values.map(v => find(education.required, v)) },
        { label: 'Preferred', data: values.map(v => find(education.preferred, v)) }]);
    const advanced = shareOf(education.required, ['masters', 'phd']);
    const any = stated(education.required).reduce((a, r) => a + r.share, 0);
    sentence(s, `Of all postings (stating it or not), ${pct(any)} require a degree and ${pct(advanced)} a master's or PhD.`);
  }

  function drawExperience(experience) {
    const s = section('experience', 'How long does it take? Years of experience asked for');
    const order = ['0-1', '2-4', '5-7', '8+', 'unknown'];
    const rows = [...experience].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
    once('experience-chart', s, { title: 'Minimum years of experience: share of postings', x: 'Minimum years asked', y: 'Share of postings (%)', legend: false })
      .set(rows.map(r => name(r.value)), [{ label: 'Share of postings', data: rows.map(r => asPercent(r.share)) }]);
    sentence(s, `Of all postings (stating it or not), ${pct(shareOf(rows, ['0-1', '2-4']))} ask for at most 4 years and ${pct(shareOf(rows, ['5-7', '8+']))} for 5 or more.`);
  }

  function drawTerms(id, question, title, rows, what) {
    const s = section(id, question);
    once(id + '-chart', s, { title, horizontal: true, x: what, y: 'Share of postings (%)', legend: false })
      .set(rows.map(r => r.label), [{ label: 'Share of postings', data: rows.map(r => asPercent(r.share)) }]);
    const any = rows.length ? rows.reduce((a, r) => (a.share >= r.share ? a : r)) : null;
    sentence(s, any ? `The most asked-for is ${any.label}, in ${pct(any.share)} of postings (${int(any.postings)}).` : 'None in these postings.');
  }

  function showFaq(faq) {
    el('faq').replaceChildren(...faq.map(a => make('section', { class: 'card' },
      make('h2', { text: a.question }),
      make('p', { class: 'sentence', text: a.answer }),
      make('blockquote', { class: 'quote', text: 'The guide: ' + a.guide }),
      make('details', {}, make('summary', { text: 'Method' }), make('p', { text: a.method })))));
  }

  async function loadRequirements() {
    let r;
    try {
      r = await getJson('/api/requirements?' + query(FILTERS));
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      notice(section('education', 'Education, experience, certifications and specializations'), unavailable('/api/requirements'));
      return;
    }
    drawEducation(r.education);
    drawExperience(r.experience);
    drawTerms('certifications', 'Which of the recommended certifications do postings ask for?', 'The guide\'s four certifications: share of postings', r.certifications, 'Certification');
    drawTerms('specializations', 'Which specializations do postings ask for?', 'Specializations: share of postings', r.specializations, 'Specialization');
    showFaq(r.faq || []);
  }

  async function loadIndustries() {
    const s = section('industries', 'Which industries hire? (“AI integration across industries”)');
    let b;
    try {
      b = await getJson('/api/breakdown/industry?' + query(FILTERS));
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      notice(s, unavailable('/api/breakdown/industry'));
      return;
    }
    const rows = b.rows.filter(r => r.value !== 'unknown').slice(0, 12);
    if (!rows.length) {
      if (charts['industries-chart']) { charts['industries-chart'].drop(); delete charts['industries-chart']; }
      sentence(s, 'No industry is known for these postings yet.');
      return;
    }
    once('industries-chart', s, { title: 'Postings per industry: share of postings', horizontal: true, x: 'Industry', y: 'Share of postings (%)', legend: false })
      .set(rows.map(r => r.value), [{ label: 'Share of postings', data: rows.map(r => asPercent(r.share)) }]);
    sentence(s, `${rows.length} industries; the largest, ${rows[0] ? rows[0].value : '–'}, has ${pct(rows[0] ? rows[0].share : null)} of postings.`);
  }

  async function refresh() {
    SP.status('Loading…');
    try {
      await loadRequirements();
      await loadIndustries();
      SP.status('');
    } catch (e) {
      SP.status(e.message, true);
    }
  }

  refresh();
  SP.live(refresh);
})();
