// After `taro build --type h5`: writes a brotli (quality 11) and a gzip (level 9) copy beside every text asset of
// the build, so the BFF serves them as they are (@fastify/static preCompressed) instead of compressing each
// response on the fly at a lower ratio. `node scripts/precompress.mjs [dir]` (default dist/h5).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|css|html|svg|json|txt|map)$/;
// Below ~1 KB a compressed copy saves less than the request costs.
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name) && statSync(path).size >= MIN_BYTES) yield path;
  }
}

const dir = resolve(process.argv[2] ?? 'dist/h5');
let raw = 0;
let br = 0;
let count = 0;
for (const path of files(dir)) {
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  raw += bytes.length;
  br += brotli.length;
  count++;
}
process.stdout.write(
  `precompressed ${count} files in ${dir}: ${Math.round(raw / 1024)} KB → ${Math.round(br / 1024)} KB brotli\n`,
);
