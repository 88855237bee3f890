// Shared by the browser test, the browser bench and the playground: bundle
// copydesk as a browser app would, serve files on localhost, and drive
// Debian's Chromium headless with playwright-core (which never downloads a
// browser: it is given this one).
import {mkdtempSync, rmSync} from 'node:fs'
import {createServer} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

export const root = fileURLToPath(new URL('..', import.meta.url))

/** Where Debian's `chromium` package puts the browser (`apt-get install -y chromium`); CHROMIUM overrides it. */
export const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium'

// Headless, and no traffic of its own: without the background-networking
// flags Chromium opens connections (updates, sync, field trials) that a
// sandboxed CI machine refuses many at a time.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/**
 * Launch Chromium with a new empty profile; `close()` ends it and removes the profile.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
export async function launchChromium() {
  // Imported here, so that building the playground needs no browser driver.
  const {chromium} = await import('playwright-core')
  const profile = mkdtempSync(join(tmpdir(), 'copydesk-chromium-'))
  let context
  try {
    context = await chromium.launchPersistentContext(profile, {executablePath: chromiumPath, headless: true, args: chromiumFlags})
  } catch (error) {
    rmSync(profile, {recursive: true, force: true})
    throw new Error(`cannot start ${chromiumPath} (install it with \`apt-get install -y chromium\`, or set CHROMIUM): ${error.message.split('\n')[0]}`)
  }
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, {recursive: true, force: true})
    }
  }
}

/**
 * Bundle entry points (paths relative to the repository) as a browser app
 * would: esbuild, `browser` platform, its default conditions, ESM.
 * @param {Record<string, string>} entries output name (without `.js`) → source path
 * @param {{minify?: boolean}} [options]
 * @returns {Promise<Record<string, string>>} output name (with `.js`) → code
 */
export async function bundleForBrowser(entries, {minify = false} = {}) {
  const result = await build({
    entryPoints: Object.entries(entries).map(([out, path]) => ({out, in: join(root, path)})),
    outdir: '/bundle',
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify,
    legalComments: 'none',
    logLevel: 'silent'
  })
  return Object.fromEntries(result.outputFiles.map((file) => [file.path.slice('/bundle/'.length), file.text]))
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png'
}

/**
 * Serve files from memory on 127.0.0.1, on `port` if it is free, else on any
 * free port. `files` maps a path (`/index.html`) to its body, or to
 * `{body, headers}`; `/` serves `/index.html`. POSTs go to `onPost(path, body)`.
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export async function serve(files, onPost = () => {}, port = 0) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname
    if (request.method === 'POST') {
      const chunks = []
      request.on('data', (chunk) => chunks.push(chunk))
      request.on('end', () => {
        onPost(path, Buffer.concat(chunks).toString('utf8'))
        response.writeHead(204).end()
      })
      return
    }
    const file = files[path === '/' ? '/index.html' : path]
    if (file === undefined) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found')
      return
    }
    const {body, headers = {}} = typeof file === 'object' && !Buffer.isBuffer(file) ? file : {body: file}
    const type = types[/\.[a-z]+$/.exec(path === '/' ? '.html' : path)?.[0] ?? ''] ?? 'application/octet-stream'
    response.writeHead(200, {'content-type': type, 'cache-control': 'no-store', ...headers}).end(body)
  })
  await new Promise((resolve, reject) => {
    server.once('error', (error) => (error.code === 'EADDRINUSE' && port !== 0 ? server.listen(0, '127.0.0.1', resolve) : reject(error)))
    server.listen(port, '127.0.0.1', resolve)
  })
  return {url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve))}
}
