// The baseline: a bare Fastify route answering a fixed body of the same size as the BFF's answer, on the same
// machine in the same run, so the ratio says what the BFF's own work costs.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

// Parsed once and serialised per request, as the BFF does with its answers.
const body = JSON.parse(readFileSync(process.env.BARE_BODY_FILE, 'utf8'));
const app = Fastify({ logger: false });
app.get('/*', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
