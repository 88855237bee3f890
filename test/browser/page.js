// A page (`/` and `/trusted-types.html`): run the cases here, then in a module Web Worker.
import {reportCases} from './harness.js'

// Whether the page enforces Trusted Types: then a string assigned to
// `innerHTML` throws, as it would if copydesk decoded through the DOM.
function trustedTypesEnforced() {
  try {
    document.createElement('i').innerHTML = '&amp;'
    return false
  } catch (error) {
    return error instanceof TypeError
  }
}

const name = document.documentElement.dataset.name
await reportCases(name, {document: typeof document, trustedTypes: trustedTypesEnforced()})
if (document.documentElement.dataset.worker === 'yes') {
  // A worker that fails to load (an import that throws) reports that, instead of nothing.
  const worker = new Worker('/worker.js', {type: 'module'})
  worker.addEventListener('error', (event) => {
    const report = {error: `the worker failed: ${event.message ?? 'no message'}`, environment: {}}
    fetch('/results/worker', {method: 'POST', body: JSON.stringify(report)})
  })
}
