import { allow } from '../auth/policy.js';
import type { App } from '../modules.js';
import { webIndexExists } from './web.routes.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quarterdeck</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
  body { max-width: 42rem; margin: 4rem auto; padding: 0 1.5rem; line-height: 1.5; }
  h1 { margin-bottom: 0.25rem; }
  p.lead { margin-top: 0; opacity: 0.75; }
  a { color: #2f6fde; }
  code { font-size: 0.95em; }
  li { margin: 0.35rem 0; }
</style>
</head>
<body>
<main>
<h1>Quarterdeck</h1>
<p class="lead">The engineering-leadership platform, running on your own machine.</p>
<p>This server answers the Quarterdeck API; its web app is not built in this copy (run <code>npm run build:web</code>, or start with <code>npm start</code>, which builds it). Meanwhile:</p>
<ul>
  <li><a href="/api/docs">API reference</a> — every endpoint, with who may call it. Sign in with
    <code>POST /api/v1/auth/login</code> or single sign-on at <a href="/api/v1/auth/oidc/login">/api/v1/auth/oidc/login</a>.</li>
  <li><a href="/readyz">Readiness</a> and <a href="/metrics">metrics</a> for operators.</li>
  <li>The <code>quarterdeck</code> command: <code>npx quarterdeck --help</code>.</li>
</ul>
</main>
</body>
</html>`;

/** `/`: the web app, or a landing page that explains how to build it. */
export function homeRoutes(app: App) {
  app.get(
    '/',
    { config: { policy: allow.public('the web app (or, unbuilt, a landing page)') }, schema: { hide: true } },
    async (_request, reply) =>
      webIndexExists()
        ? reply.header('cache-control', 'no-cache').sendFile('index.html')
        : reply.type('text/html; charset=utf-8').send(PAGE),
  );
}
