// `npm run bench` (and `node bench/server.mjs` after `npm run build`): the HTTP service's
// POST /v1/due beside a bare node:http server answering a constant JSON, same machine, same run,
// same client (autocannon). Each server runs in a process of its own; the service logs its
// request lines at level info to /dev/null, as in production. Goal: at least half the bare rate,
// for a client that accepts gzip (see run()).
// The service is measured three times: a client that takes the answer as it is, one that accepts
// gzip, and one that asks a new question each time (so that no kept answer serves it).
// Two lines for scale: the service's GET /healthz (its own cost on a tiny answer), and the bare
// server answering the service's own ≈ 19 KB due answer (what the size of the answer costs,
// client included: autocannon parses every answer on the same machine).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const body = JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: '2025-01-20' } });

const BARE = `
const http = require('node:http');
const gzipped = process.env.ANSWER_GZIP_BASE64;
const answer = gzipped ? Buffer.from(gzipped, 'base64') : Buffer.from(process.env.ANSWER ?? JSON.stringify({ due: '2025-02-10' }));
const headers = { 'content-type': 'application/json; charset=utf-8', ...(gzipped ? { 'content-encoding': 'gzip' } : {}) };
const s = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => { res.writeHead(200, headers); res.end(answer); });
});
s.listen(0, '127.0.0.1', () => process.stderr.write('http://127.0.0.1:' + s.address().port + '\\n'));
`;

/** Starts a server process; resolves with its URL (the first http:// URL on its stderr) and the process. */
function start(args, env = {}) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    createInterface({ input: child.stderr }).on('line', (line) => {
      const url = /http:\/\/[\d.]+:\d+/.exec(line)?.[0];
      if (url) resolve({ url, child });
    });
  });
}

/**
 * Bodies that each ask another question: the decision dates of 2,000 days from 2025-01-01, taken
 * in turn, more than the service keeps (1,000 answers), so that every answer is made afresh.
 */
function freshBodies() {
  let i = 0;
  const day = (n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
  return (req) => ({ ...req, body: JSON.stringify({ rule: 'hp-2025/central-tthc-list', facts: { ministryDecisionDate: day(i++ % 2000) } }) });
}

async function measure(name, args, path, method = 'POST', env = {}, headers = {}, fresh = false) {
  const { url, child } = await start(args, env);
  const opts = {
    url: url + path,
    method,
    connections: 10,
    headers,
    ...(method === 'POST' ? { body, headers: { 'content-type': 'application/json', ...headers } } : {}),
    ...(fresh ? { requests: [{ setupRequest: freshBodies() }] } : {}),
  };
  await autocannon({ ...opts, duration: 1 }); // warm-up
  const r = await autocannon({ ...opts, duration: SECONDS });
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { name, rps: r.requests.average, p99: r.latency.p99, bytes: Math.round(r.throughput.total / r.requests.total) };
}

export async function run() {
  console.log(`HTTP service: POST /v1/due beside a bare node:http server (autocannon, 10 connections, ${SECONDS} s each)`);
  const bare = await measure('bare node:http, constant JSON', ['-e', BARE], '/');
  const serve = [cli, 'serve', '--port', '0', '--log-level', 'info'];
  const service = await measure('vn-deadlines serve, POST /v1/due', serve, '/v1/due');
  // The same requests from a client that accepts gzip (curl --compressed, .NET's AutomaticDecompression, PHP's CURLOPT_ENCODING).
  const gzip = await measure('… the client accepts gzip', serve, '/v1/due', 'POST', {}, { 'accept-encoding': 'gzip' });
  // Each request another question (no answer kept can serve it): what making a due answer costs.
  const fresh = await measure('… each request a new question', serve, '/v1/due', 'POST', {}, { 'accept-encoding': 'gzip' }, true);
  // For scale: the service's own cost on a tiny answer (the due answer is ≈ 19 KB of steps and explanations).
  const health = await measure('vn-deadlines serve, GET /healthz', serve, '/healthz', 'GET');
  // For scale: the bare server answering the service's own answer (the same ≈ 19 KB of JSON).
  const { dueDate } = await import('../dist/index.js');
  const same = JSON.stringify(dueDate('hp-2025/central-tthc-list', { ministryDecisionDate: '2025-01-20' }));
  const bareSame = await measure(`bare node:http, the same ${Math.round(same.length / 1024)} KB`, ['-e', BARE], '/', 'POST', { ANSWER: same });
  const gz = gzipSync(same);
  const bareGzip = await measure(`bare node:http, the same gzipped`, ['-e', BARE], '/', 'POST', { ANSWER_GZIP_BASE64: gz.toString('base64') });
  for (const m of [bare, service, gzip, fresh, health, bareSame, bareGzip])
    console.log(`  ${m.name.padEnd(36)} ${Math.round(m.rps).toString().padStart(7)} req/s   p99 ${m.p99} ms   ${m.bytes} B a response`);
  const goal = (r) => `${r.toFixed(2)}${r >= 0.5 ? '' : ' — below the goal'}`;
  // The goal is read on the client that accepts gzip (curl --compressed, OkHttp and Apache HttpClient
  // by default, .NET with AutomaticDecompression, PHP's CURLOPT_ENCODING): a plain client's rate
  // is set by the ≈ 21 KB answer itself, as the bare server sending it shows (last line).
  console.log(`  POST /v1/due over the bare server, a client that accepts gzip (goal ≥ 0.5): ${goal(gzip.rps / bare.rps)}`);
  console.log(`  POST /v1/due over the bare server, a plain client: ${(service.rps / bare.rps).toFixed(2)}`);
  console.log(`  a new question each time (gzip): ${(fresh.rps / bare.rps).toFixed(2)} of the bare server (its answers are made, not kept)`);
  console.log(
    `  for scale: GET /healthz ${(health.rps / bare.rps).toFixed(2)}; POST /v1/due over a bare server sending the same answer ${(service.rps / bareSame.rps).toFixed(2)}, ` +
      `gzipped ${(gzip.rps / bareGzip.rps).toFixed(2)}; the bare server itself, sending the due answer: ${(bareSame.rps / bare.rps).toFixed(2)}, gzipped ${(bareGzip.rps / bare.rps).toFixed(2)}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
