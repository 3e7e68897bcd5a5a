'use strict';
// Shared by every page: the header, filters kept in the URL, JSON fetching, chart cards (chart, table view and CSV
// of exactly what is drawn) and live updates. Text from postings or users only ever reaches the DOM as textContent.
const SP = (() => {
  const el = id => document.getElementById(id);

  /** Builds an element; children are nodes or strings (strings become text nodes, never markup). */
  function make(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else if (key in node && typeof value !== 'string') node[key] = value;
      else node.setAttribute(key, value === true ? '' : value);
    });
    children.flat().forEach(c => { if (c !== null && c !== undefined) node.append(c); });
    return node;
  }

  const PAGES = [
    ['/', 'Outlook'], ['/explorer/', 'Explorer'], ['/requirements/', 'Requirements'],
    ['/skill-gap/', 'Skill gap'], ['/upload/', 'Load postings']];

  function header(subtitle) {
    const here = location.pathname.endsWith('/') ? location.pathname : location.pathname + '/';
    const nav = make('nav', { 'aria-label': 'Pages' }, make('ul', {}, PAGES.map(([href, name]) =>
      make('li', {}, make('a', { href, text: name, 'aria-current': href === here ? 'page' : null })))));
    el('site-header').replaceChildren(
      make('div', { class: 'brand' }, make('a', { href: '/', text: 'SkillPulse' }),
        make('span', { id: 'live', class: 'live', role: 'status', text: '' })),
      make('p', { class: 'sub', text: subtitle }), nav);
  }

  // ---- numbers ----
  const pct = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v)) ? '–' : (v * 100).toFixed(digits) + ' %';
  const asPercent = v => v === null || v === undefined ? null : +(v * 100).toFixed(2);
  const int = v => v === null || v === undefined ? '–' : Number(v).toLocaleString('en');

  // ---- fetching ----
  class NotAvailable extends Error {}

  /** JSON from the API; a 404 throws NotAvailable (the endpoint or the thing asked for is not there). */
  async function getJson(url, init) {
    const res = await fetch(url, init);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (res.status === 404) throw new NotAvailable((body && body.error) || 'not found');
    if (!res.ok) throw new Error((body && body.error) || res.statusText || ('HTTP ' + res.status));
    return body;
  }

  // ---- filters in the URL ----
  const FILTERS = {
    from: { label: 'From', type: 'date' },
    to: { label: 'To', type: 'date' },
    country: { label: 'Country', dimension: 'country' },
    region: { label: 'Region', dimension: 'region' },
    seniority: { label: 'Seniority', dimension: 'seniority' },
    industry: { label: 'Industry', dimension: 'industry' }
  };

  function params() {
    return new URLSearchParams(location.search);
  }

  /** The API query for the page's filters (only those set), plus extra parameters. */
  function query(names, extra) {
    const url = params();
    const q = new URLSearchParams();
    names.forEach(n => { if (url.get(n)) q.set(n, url.get(n)); });
    Object.entries(extra || {}).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
    return q;
  }

  /** Writes values into the URL (empty ones removed) without reloading, so the view can be shared. */
  function setParams(values) {
    const url = params();
    Object.entries(values).forEach(([k, v]) => { if (v === undefined || v === null || v === '') url.delete(k); else url.set(k, v); });
    const search = url.toString();
    history.replaceState(null, '', location.pathname + (search ? '?' + search : ''));
  }

  /** Options of a breakdown select, from the breakdown's values; hidden with a note when it is not counted yet. */
  async function fillChoices(select, dimension, chosen) {
    try {
      const breakdown = await getJson(`/api/breakdown/${dimension}`);
      const values = breakdown.rows.map(r => r.value).filter(v => v !== 'unknown').sort();
      if (chosen && !values.includes(chosen)) values.unshift(chosen);
      select.append(...values.map(v => new Option(v, v)));
      select.value = chosen || '';
    } catch (e) {
      if (!(e instanceof NotAvailable)) throw e;
      select.disabled = true;
      select.title = 'not available yet';
      select.replaceChildren(new Option('not available yet', ''));
    }
  }

  /** A filter form for the given names; submitting writes the URL and calls onChange. */
  function filterForm(form, names, onChange) {
    const url = params();
    const filled = [];
    const fields = names.map(name => {
      const f = FILTERS[name];
      const input = f.type === 'date'
        ? make('input', { type: 'date', id: 'f-' + name, name, value: url.get(name) || '' })
        : make('select', { id: 'f-' + name, name }, new Option('all', ''));
      if (f.dimension) filled.push(fillChoices(input, f.dimension, url.get(name)).catch(e => status(e.message, true)));
      return make('label', { for: 'f-' + name }, f.label, input);
    });
    form.replaceChildren(...fields, make('button', { type: 'submit', text: 'Apply' }),
      make('button', { type: 'button', class: 'secondary', text: 'Reset', onclick: () => {
        const cleared = {};
        names.forEach(n => { cleared[n] = ''; el('f-' + n).value = ''; });
        setParams(cleared);
        onChange();
      } }),
      make('span', { id: 'status', role: 'status' }));
    // The API counts an industry beside the place and seniority cells, not crossed with them (a 400 naming
    // industry): choosing one side disables the other, so a reader cannot ask for what has no answer.
    const places = ['country', 'region', 'seniority'].filter(n => names.includes(n));
    const exclusive = () => {
      if (!names.includes('industry')) return;
      const industry = el('f-industry').value !== '';
      const place = places.some(n => el('f-' + n).value !== '');
      const toggle = (n, off) => {
        const select = el('f-' + n);
        if (select.title === 'not available yet') return;
        select.disabled = off;
        select.title = off ? 'an industry combines with no country, region or seniority' : '';
      };
      places.forEach(n => toggle(n, industry));
      toggle('industry', place);
    };
    form.addEventListener('change', exclusive);
    Promise.all(filled).then(exclusive);
    form.addEventListener('submit', e => {
      e.preventDefault();
      const values = {};
      names.forEach(n => { values[n] = el('f-' + n).value; });
      setParams(values);
      onChange();
    });
  }

  function status(text, isError) {
    const s = el('status');
    if (!s) return;
    s.textContent = text;
    s.className = isError ? 'error' : '';
  }

  /** A visible notice in a card (replacing an older one), e.g. when its endpoint is not available yet. */
  function notice(card, text) {
    let n = card.querySelector(':scope > .notice');
    if (!text) { if (n) n.remove(); return; }
    if (!n) { n = make('p', { class: 'notice', role: 'note' }); card.append(n); }
    n.textContent = text;
  }

  const unavailable = endpoint => `Not available yet: this server does not answer ${endpoint}.`;

  // ---- charts ----
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies (yellow last: weak on white).
  const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#000000', '#F0E442'];
  const colour = i => PALETTE[i % PALETTE.length];

  function csvCell(v) {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  function download(filename, text) {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    const a = make('a', { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * A chart with its title, axis titles (with units), a table view and a CSV download of exactly the drawn numbers.
   * spec: {title, x, y, type, horizontal, y2, stacked, height}; set(labels, datasets) draws; datasets may say
   * yAxisID 'y2' (a second axis titled spec.y2).
   */
  function chartCard(container, spec) {
    const slug = spec.id;
    const canvas = make('canvas', { id: slug, role: 'img', 'aria-label': spec.title });
    const box = make('div', { class: 'chart' + (spec.tall ? ' tall' : '') }, canvas);
    const table = make('div', { class: 'table-view', hidden: true, id: slug + '-table' });
    const toggle = make('button', { type: 'button', class: 'secondary', text: 'Table', 'aria-expanded': 'false',
      'aria-controls': slug + '-table', onclick: () => {
        const show = table.hidden;
        table.hidden = !show;
        toggle.setAttribute('aria-expanded', String(show));
        toggle.textContent = show ? 'Hide table' : 'Table';
      } });
    let current = { labels: [], datasets: [] };
    const csvButton = make('button', { type: 'button', class: 'secondary', text: 'CSV',
      title: 'Download what this chart shows as CSV', onclick: () => download(slug + '.csv', toCsv()) });
    const tools = make('div', { class: 'chart-tools' }, toggle, csvButton);
    container.append(tools, box, table);

    const axisTitle = text => ({ display: true, text });
    const valueAxis = { beginAtZero: true, title: axisTitle(spec.y), stacked: !!spec.stacked };
    // Long term names (certifications) would push the bars aside on a phone: ticks are shortened, tooltips and the
    // table keep the full name.
    const shortTick = function (value) { const l = String(this.getLabelForValue(value)); return l.length > 26 ? l.slice(0, 25) + '…' : l; };
    const labelAxis = { title: axisTitle(spec.x), stacked: !!spec.stacked, ticks: { autoSkip: true, maxRotation: 50, callback: shortTick } };
    const scales = spec.horizontal ? { x: valueAxis, y: { ...labelAxis, ticks: { autoSkip: false, callback: shortTick } } } : { x: labelAxis, y: valueAxis };
    if (spec.y2) scales.y2 = { position: 'right', beginAtZero: true, title: axisTitle(spec.y2), grid: { drawOnChartArea: false } };
    const chart = new Chart(canvas, {
      type: spec.type || 'bar',
      data: { labels: [], datasets: [] },
      options: {
        maintainAspectRatio: false, animation: false, indexAxis: spec.horizontal ? 'y' : 'x',
        interaction: { mode: 'nearest', intersect: false, axis: spec.horizontal ? 'y' : 'x' },
        plugins: {
          title: { display: true, text: spec.title, font: { size: 14 } },
          legend: { display: spec.legend !== false, position: 'bottom' },
          tooltip: spec.tooltip ? { callbacks: { label: spec.tooltip } } : {}
        },
        scales,
        onClick: spec.onPick ? (evt, hits) => { if (hits.length) spec.onPick(hits[0].index); } : undefined
      }
    });

    function columnName(d) {
      return d.yAxisID === 'y2' ? `${d.label} (${spec.y2})` : `${d.label} (${spec.y})`;
    }

    function toCsv() {
      const head = [spec.x, ...current.datasets.map(columnName)];
      const rows = current.labels.map((l, i) => [l, ...current.datasets.map(d => d.data[i])]);
      return [head, ...rows].map(r => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
    }

    function renderTable() {
      const head = make('tr', {}, make('th', { scope: 'col', text: spec.x }),
        current.datasets.map(d => make('th', { scope: 'col', text: columnName(d) })));
      const body = current.labels.map((l, i) => make('tr', {}, make('th', { scope: 'row', text: l }),
        current.datasets.map(d => make('td', { text: d.data[i] === null || d.data[i] === undefined ? '' : String(d.data[i]) }))));
      table.replaceChildren(make('table', {}, make('caption', { text: spec.title }), make('thead', {}, head), make('tbody', {}, body)));
    }

    return {
      chart,
      /** Removes the chart, its tools and table: nothing to draw is said in words, never as an empty chart. */
      drop() { chart.destroy(); tools.remove(); box.remove(); table.remove(); },
      set(labels, datasets, title) {
        // One or two buckets (a new state, a narrow filter): a 2 px dot on the axis's edge is easy to miss, so
        // bigger points, centred in their bucket.
        const few = labels.length <= 2;
        current = { labels, datasets: datasets.map((d, i) => ({
          borderColor: d.color || colour(i), backgroundColor: d.fill || d.color || colour(i),
          pointRadius: labels.length > 40 ? 0 : few ? 6 : 2, borderWidth: 2, tension: 0.15, ...d })) };
        if (chart.config.type === 'line' && chart.options.scales.x) chart.options.scales.x.offset = few;
        if (title) { spec.title = title; chart.options.plugins.title.text = title; canvas.setAttribute('aria-label', title); }
        chart.data.labels = labels;
        chart.data.datasets = current.datasets;
        chart.update();
        renderTable();
      },
      toCsv
    };
  }

  /** A section with a heading, for a chart or list; returns the section element. */
  function card(parent, heading, id) {
    const section = make('section', { class: 'card', id, 'aria-labelledby': id + '-h' }, make('h2', { id: id + '-h', text: heading }));
    parent.append(section);
    return section;
  }

  // ---- live updates ----
  /**
   * Calls refresh when the projector's applied position moves; one refresh at a time, the latest one wins. The stream
   * is open only while the page is shown: a browser allows six connections per server, and streams kept by hidden
   * tabs or pages in the back/forward cache would leave none for fetching figures. Shown again, the page catches up.
   */
  function live(refresh) {
    const badge = el('live');
    let seen = null;
    let running = false;
    let again = false;
    let source = null;
    const run = async () => {
      if (running) { again = true; return; }
      running = true;
      try { await refresh(); } finally {
        running = false;
        if (again) { again = false; run(); }
      }
    };
    const mark = (text, cls, title) => { if (badge) { badge.textContent = text; badge.className = 'live ' + cls; badge.title = title || ''; } };
    const open = () => {
      if (source || !window.EventSource) return;
      source = new EventSource('/api/events');
      source.addEventListener('counts', e => {
        const version = JSON.parse(e.data).version;
        mark('live', 'on', 'counts version ' + version);
        if (seen !== null && version !== seen) run();
        seen = version;
      });
      source.onerror = () => mark('reconnecting', 'off');
    };
    const close = () => {
      if (source) { source.close(); source = null; mark('paused', 'off'); }
    };
    document.addEventListener('visibilitychange', () => (document.hidden ? close() : open()));
    window.addEventListener('pagehide', close);
    window.addEventListener('pageshow', e => { if (e.persisted && !document.hidden) open(); });
    if (!document.hidden) open();
  }

  return { el, make, header, pct, asPercent, int, getJson, NotAvailable, query, params, setParams, filterForm,
    fillChoices, status, notice, unavailable, chartCard, card, colour, live, download, csvCell };
})();
