/**
 * The kinds of spelling evidence, strongest first. A proposal lists every
 * kind that supports it; when a variant could go to several forms, the one
 * with the strongest evidence wins, then the nearer, then the more frequent.
 * `'alias'` (the caller's own list) outranks them all and is applied before
 * any of them runs.
 *
 * | evidence | strength | needs |
 * |---|---|---|
 * | `key` | 80 | same letters but for apostrophes, periods, diacritics |
 * | `document` | 60 | the variant's documents use the canonical form ≥ 2× as often, in a matching context |
 * | `story` | 50 | copies of the variant's story use the canonical form ≥ 2×, in a matching context |
 * | `context` | 40 | both forms between the same two words on each side |
 * | `edit` | 20 | a lexicon, English text, a far more frequent form |
 */
import {contextEvidence} from './context.js'
import {documentEvidence} from './document.js'
import {editEvidence} from './edit.js'
import {keyEvidence} from './key.js'
import {storyEvidence} from './story.js'
import type {EvidenceStep} from './step.js'

export const evidenceSteps: readonly EvidenceStep[] = [keyEvidence, documentEvidence, storyEvidence, contextEvidence, editEvidence].sort(
  (a, b) => b.strength - a.strength
)
