/**
 * `GET /docs`: a reference page rendered from the OpenAPI document, self-contained (inline
 * style, no script, nothing fetched from elsewhere), so that it works on a closed network.
 */

type Json = Record<string, unknown>;

const esc = (s: unknown): string => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The example request of an operation, as a curl line. */
function curlOf(method: string, path: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  let url = path;
  const query: string[] = [];
  for (const p of params) {
    if (p.example === undefined) continue;
    const v = encodeURIComponent(typeof p.example === 'string' ? p.example : JSON.stringify(p.example));
    if (p.in === 'path') url = url.replace(`{${String(p.name)}}`, v);
    else query.push(`${String(p.name)}=${v}`);
  }
  const full = `http://localhost:8080${url}${query.length ? '?' + query.join('&') : ''}`;
  const body = ((op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json']?.example;
  if (method === 'get') return `curl '${full}'`;
  return `curl -X ${method.toUpperCase()} '${full}' -H 'content-type: application/json' -d '${JSON.stringify(body ?? {})}'`;
}

/** One operation's section. */
function section(method: string, path: string, op: Json): string {
  const params = ((op.parameters ?? []) as Json[])
    .map((p) => `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? 'yes' : ''}</td><td>${esc(p.description ?? '')}</td></tr>`)
    .join('');
  const body = (op.requestBody as Json | undefined)?.content as Json | undefined;
  const responses = Object.entries(op.responses as Record<string, Json>)
    .map(([status, r]) => `<li><b>${esc(status)}</b> ${esc(Object.keys(r.content as Json).join(', '))} — ${esc(r.description)}</li>`)
    .join('');
  return `<section id="${esc(op.operationId)}"><h2><span class="m">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code></h2>
<p>${esc(op.summary)}</p>${op.description ? `<p>${esc(op.description)}</p>` : ''}
${params ? `<table><tr><th>parameter</th><th>in</th><th>required</th><th></th></tr>${params}</table>` : ''}
${body ? `<p>Body: ${esc(Object.keys(body).join(', '))}</p>` : ''}
<pre>${esc(curlOf(method, path, op))}</pre><ul>${responses}</ul></section>`;
}

/**
 * The reference page of an OpenAPI document.
 * @param doc - the document (`openApiDocument`)
 * @returns the HTML page
 * @example `docsPage({ info: { title: 't', version: '1' }, paths: {} }).startsWith('<!doctype html>') // true`
 */
export function docsPage(doc: Json): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([m, op]) => ({ path, m, op })));
  const toc = ops.map(({ path, m, op }) => `<li><a href="#${esc(op.operationId)}">${esc(m.toUpperCase())} ${esc(path)}</a></li>`).join('');
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(info.title)} ${esc(info.version)} — API</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:.6rem;overflow-x:auto}
.m{background:#225;color:#fff;padding:0 .4rem;border-radius:3px;font-size:.85em}table{border-collapse:collapse}
td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}section{border-top:1px solid #ccc;margin-top:1.5rem}</style></head>
<body><h1>${esc(info.title)} ${esc(info.version)}</h1><p>${esc(info.description)}</p>
<p>OpenAPI 3.1: <a href="/openapi.json">/openapi.json</a></p><ul>${toc}</ul>
${ops.map(({ path, m, op }) => section(m, path, op)).join('\n')}
</body></html>`;
}
