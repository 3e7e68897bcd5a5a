'use strict';
// Load postings: one file to POST /api/postings with the ingest token, upload progress, then every rejected record.
(() => {
  const { el, make, int } = SP;
  const TOKEN_KEY = 'skillpulse.ingestToken';
  const TYPES = { csv: 'text/csv', jsonld: 'application/ld+json', jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson' };

  SP.header('Load your own postings; they are counted like any other and reach every page live.');

  // The token stays in this tab's sessionStorage (entered once per tab) and goes only into the upload's header.
  el('token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  el('forget').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); el('token').value = ''; SP.status('Token forgotten.'); });

  /** The Content-Type the API reads the file as: chosen, or by extension (.json: JSON-LD or postings as JSON). */
  function contentType(file) {
    if (el('format').value) return el('format').value;
    const ext = file.name.toLowerCase().split('.').pop();
    return TYPES[ext] || (ext === 'json' ? 'application/json' : 'application/x-ndjson');
  }

  function showResult(status, body) {
    el('result').hidden = false;
    const rejects = el('rejects');
    if (status === 202) {
      const rejected = body.rejected || [];
      el('summary').textContent = `Accepted ${int(body.accepted)} postings; rejected ${int(rejected.length)}.`;
      el('summary').className = rejected.length ? 'error' : '';
      rejects.replaceChildren(rejected.length ? make('table', {},
        make('caption', { text: 'Rejected records' }),
        make('thead', {}, make('tr', {}, ['Line or item', 'Id', 'Reason'].map(h => make('th', { scope: 'col', text: h })))),
        make('tbody', {}, rejected.map(r => make('tr', {},
          make('td', { text: String(r.item) }), make('td', { text: r.id || '' }), make('td', { text: r.reason || '' }))))) : '');
      return;
    }
    const why = { 401: 'The token is missing or wrong.', 403: '', 404: 'Not available yet: this server does not accept uploads (POST /api/postings).', 413: 'The file is too big for one upload.', 415: 'The server cannot read this format.' }[status] || '';
    el('summary').textContent = `Not loaded (HTTP ${status}): ${(body && body.error) || ''} ${why}`.trim();
    el('summary').className = 'error';
    rejects.replaceChildren();
  }

  function upload(file, token) {
    const xhr = new XMLHttpRequest();
    el('progress-box').hidden = false;
    el('progress').value = 0;
    el('progress-label').textContent = `Sending ${file.name}`;
    xhr.upload.addEventListener('progress', e => {
      if (e.lengthComputable) el('progress').value = Math.round(100 * e.loaded / e.total);
      el('progress-label').textContent = `Sending ${file.name}: ${int(e.loaded)} of ${int(e.total)} bytes`;
    });
    xhr.upload.addEventListener('load', () => { el('progress').value = 100; el('progress-label').textContent = `Sent ${file.name}; reading it on the server…`; });
    xhr.addEventListener('load', () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      el('progress-label').textContent = `${file.name}: done`;
      SP.status('');
      showResult(xhr.status, body);
    });
    xhr.addEventListener('error', () => SP.status('The upload failed: the server could not be reached.', true));
    xhr.open('POST', '/api/postings');
    xhr.setRequestHeader('Content-Type', contentType(file));
    xhr.setRequestHeader('Authorization', 'Bearer ' + token);
    xhr.send(file);
  }

  el('upload-form').addEventListener('submit', e => {
    e.preventDefault();
    const file = el('file').files[0];
    const token = el('token').value.trim();
    if (!file || !token) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    SP.status('Uploading…');
    upload(file, token);
  });
})();
