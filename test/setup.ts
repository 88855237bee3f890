import fc from 'fast-check'

// Property tests run from a fixed seed, so a CI run is reproducible and a
// failure can be replayed; set FC_SEED to explore other inputs locally
// (e.g. FC_SEED=$RANDOM npm test).
fc.configureGlobal({seed: Number(process.env.FC_SEED ?? 20_261_125)})
