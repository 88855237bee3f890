// Runs in the browser bundle (a page, a module Web Worker, a Trusted Types
// page): each case through the public API, every result as JSON, for
// scripts/browser-test.mjs to compare with Node's.
import {clean, decodeEntities, findCanonicalSpellings, normalize} from 'copydesk'

const functions = {clean, decodeEntities, findCanonicalSpellings, normalize}

/**
 * @param {Array<{id: string, fn: keyof typeof functions, input: string | string[]}>} cases
 * @returns {{results: Record<string, string>, milliseconds: number}}
 */
export function runCases(cases) {
  const start = performance.now()
  const results = {}
  for (const {id, fn, input} of cases) {
    try {
      results[id] = JSON.stringify(functions[fn](input))
    } catch (error) {
      results[id] = `threw ${error?.name}: ${error?.message}`
    }
  }
  return {results, milliseconds: performance.now() - start}
}

/** Fetch the cases, run them, and post what came out (or the error) to `/results/<name>`. */
export async function reportCases(name, environment) {
  let report
  try {
    const cases = await (await fetch('/cases.json')).json()
    report = {...runCases(cases), environment}
  } catch (error) {
    report = {error: String(error?.stack ?? error), environment}
  }
  await fetch(`/results/${name}`, {method: 'POST', body: JSON.stringify(report)})
}
