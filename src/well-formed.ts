// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const surrogate = /[\uD800-\uDFFF]/

/**
 * Replace lone surrogates with U+FFFD, so the text can be encoded as UTF-8
 * (`String.prototype.toWellFormed`, which not every runtime has yet).
 */
export function wellFormed(text: string): string {
  return surrogate.test(text) ? text.replace(loneSurrogate, '\uFFFD') : text
}
