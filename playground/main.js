// The playground page: the public API of copydesk's browser bundle, rendered.
import {boilerplateKinds, clean, findCanonicalSpellings, looksLikeMarkdown, normalize} from 'copydesk'
import {seeds, version} from 'playground:data'
import {inputPieces, outputPieces} from './annotate.ts'

const $ = (id) => document.getElementById(id)
const input = $('input')
const format = $('format')
const seedPicker = $('seed')
const documents = $('documents')

// One calm hue per kind, spread so that neighbouring kinds differ; each
// removal also carries its kind's name, so colour is never the only cue.
const hues = new Map(boilerplateKinds.map((kind, index) => [kind, Math.round((index * 137.508) % 360)]))
const kindStyle = (kind) => `--hue: ${hues.get(kind) ?? 0}`

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag)
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'style') node.setAttribute('style', value)
    else if (key.startsWith('data-')) node.setAttribute(key, value)
    else node[key] = value
  }
  node.append(...children)
  return node
}

function render() {
  const text = input.value
  let result
  try {
    result = clean(text, {format: format.value})
  } catch (error) {
    $('summary').textContent = `clean() threw: ${error.message}`
    return
  }
  const markdown = format.value === 'markdown' || (format.value === 'auto' && looksLikeMarkdown(text))

  // The input, every removal highlighted.
  const annotated = inputPieces(text, result.removed).map((piece) => {
    if (!piece.removal) return piece.text
    const {kind, rule, reason} = piece.removal
    return element(
      'mark',
      {className: 'removal', 'data-kind': kind, style: kindStyle(kind), title: `${kind} · rule ${rule}\n${reason}`},
      element('span', {className: 'tag'}, kind),
      piece.text
    )
  })
  $('annotated').replaceChildren(...annotated)

  // The cleaned text, every repair marked.
  const {pieces, complete} = outputPieces(text, result, {normalize, markdown})
  let repairs = 0
  $('cleaned').replaceChildren(
    ...pieces.map((piece) => {
      if (!piece.repair) return piece.text
      repairs++
      const title = `${piece.repair.reason}\nwas: ${JSON.stringify(piece.repair.from)}`
      const shape = piece.text === '' ? ' deleted' : piece.repair.reason === 'paragraph rejoined' ? ' rejoined' : ''
      return element('mark', {className: `repair${shape}`, title}, piece.text)
    })
  )

  // The legend: every kind found, with its count.
  const counts = new Map()
  for (const {kind} of result.removed) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  $('legend').replaceChildren(
    ...boilerplateKinds
      .filter((kind) => counts.has(kind))
      .map((kind) =>
        element(
          'li',
          {style: kindStyle(kind), 'data-kind': kind},
          element('span', {className: 'swatch'}),
          `${kind} `,
          element('b', {}, String(counts.get(kind)))
        )
      )
  )
  const removedCharacters = result.removed.reduce((sum, removal) => sum + removal.end - removal.start, 0)
  $('summary').textContent =
    text === ''
      ? 'Nothing to clean yet.'
      : `${plural(result.removed.length, 'removal')} (${plural(removedCharacters, 'character')} of ${text.length}), ` +
        `${plural(repairs, 'repair')}${complete ? '' : ' (too many changes to mark them all)'}; read as ${markdown ? 'markdown' : 'text'}.`
}

function renderSpellings() {
  const texts = documents.value
    .split(/^---[ \t]*$/m)
    .map((text) => text.trim())
    .filter(Boolean)
  const spellings = texts.length === 0 ? [] : findCanonicalSpellings(texts)
  $('spellings').tBodies[0].replaceChildren(
    ...spellings.map((spelling) =>
      element(
        'tr',
        {},
        element('td', {}, spelling.variant),
        element('td', {}, spelling.canonical),
        element('td', {className: 'number'}, `${spelling.variantCount} / ${spelling.canonicalCount}`),
        element('td', {}, spelling.evidence.join(', ')),
        element('td', {className: 'context'}, spelling.contexts.slice(0, 2).join(' · '))
      )
    )
  )
  $('spellings').hidden = spellings.length === 0
  $('spellings-summary').textContent =
    texts.length === 0 ? '' : `${plural(texts.length, 'document')}: ${spellings.length === 0 ? 'no spelling to change' : plural(spellings.length, 'proposal')}.`
}

function plural(count, word) {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`
}

// Re-render at most once a frame while typing.
function debounced(callback) {
  let pending = false
  return () => {
    if (pending) return
    pending = true
    requestAnimationFrame(() => {
      pending = false
      callback()
    })
  }
}

for (const [index, seed] of seeds.entries()) seedPicker.append(element('option', {value: String(index)}, `Example ${index + 1}: ${seed.title}`))
seedPicker.addEventListener('change', () => {
  if (seedPicker.value === '') return
  input.value = seeds[Number(seedPicker.value)].text
  render()
})
input.addEventListener('input', debounced(render))
format.addEventListener('change', render)
documents.addEventListener('input', debounced(renderSpellings))
$('use-seeds').addEventListener('click', () => {
  documents.value = seeds.map((seed) => seed.text.trim()).join('\n---\n')
  renderSpellings()
})
$('version').textContent = version
render()
renderSpellings()
