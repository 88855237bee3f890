// A module Web Worker: no `document`, no DOM at all.
import {reportCases} from './harness.js'

await reportCases('worker', {document: typeof document, trustedTypes: false})
