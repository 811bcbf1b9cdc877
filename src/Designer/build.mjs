// Bundles the front-end into the host's static files (src/Host/wwwroot/dist), served at /dist.
import { build } from 'esbuild';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'Host', 'wwwroot', 'dist');

await mkdir(outdir, { recursive: true });
await build({
  entryPoints: {
    app: join(here, 'src', 'app.js'),
    viewer: join(here, 'src', 'viewer.js'),
    charts: join(here, 'src', 'charts.js'),
    modeler: join(here, 'src', 'modeler.js'),
  },
  outdir,
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['es2022'],
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.eot': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});
await writeFile(join(outdir, '.stamp'), new Date().toISOString());
console.log(`front-end bundled into ${outdir}`);
