import fc from 'fast-check'
import {afterEach} from 'vitest'

// Property tests run from a fixed seed, so a CI run is reproducible and a
// failure can be replayed; set FC_SEED to explore other inputs locally
// (e.g. FC_SEED=$RANDOM npm test).
fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 20_261_125)})

// Vitest's worker answers the runner's messages only between macrotasks, and
// a test file whose tests are all synchronous never yields one: when such a
// file runs longer than the worker's 60 s message timeout (the property tests
// at FC_RUNS=10000 on a slow CI machine), the run fails with "Timeout calling
// onTaskUpdate" though every test passed. Yielding after each test lets the
// worker read its messages.
afterEach(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
