import {clean, normalize, stripBoilerplate} from './src/index.js'
const input = 'Ð\u009fÑ\u0080Ð¸Ð²ÐµÑ\u0082 Ñ\u0085Ð¾Ñ\u0080Ð¾Ñ\u0088Ð¾, Ã\u0085ngström.\n\nSecond line of the story here.'
console.log(JSON.stringify(clean(input).text))
console.log(JSON.stringify(clean(input, {format: 'markdown'}).text))
console.log(JSON.stringify(normalize(input)))
const r = stripBoilerplate('Ñ\u0085орошо\nBack to Top\nMore text here and there.')
console.log(r.removed.map(x => [x.start, x.end, x.text, 'Ñ\u0085орошо\nBack to Top\nMore text here and there.'.slice(x.start, x.end)]))
