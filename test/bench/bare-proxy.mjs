// The floor under the licence benchmarks: a bare Fastify route that makes the same upstream call through axios
// (keep-alive, no redirects, as the BFF's adapters) and answers a small JSON body, with nothing else: no auth, no
// validation, no database, no log line. What it adds to the library's own latency is what any Node proxy on this
// machine adds; the BFF's added latency minus this is the BFF's own work.
import { randomBytes } from 'node:crypto';
import axios from 'axios';
import Fastify from 'fastify';

const http = axios.create({
  baseURL: process.env.UPSTREAM_URL,
  timeout: 6000,
  maxRedirects: 0,
  headers: { accept: 'application/json' },
});
const app = Fastify({ logger: false });
app.post('/proxy/licences/query', async (req) => {
  const res = await http.post('/licence/v1/licences/query', req.body);
  return { items: res.data.data.rows.map((r) => ({ id: r.licence_id, typeName: r.type_name })) };
});
app.post('/proxy/licences/:id', async (req) => {
  const res = await http.get(`/licence/v1/licences/${req.params.id}`);
  return { code: randomBytes(32).toString('base64url'), typeName: res.data.data.type_name, ttlSec: 120 };
});
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
