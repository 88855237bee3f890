/**
 * @internal The markdown parser (unified + remark-parse + micromark), which
 * the build bundles into dist/markdown-parser.js with its character-reference
 * decoder pointed at copydesk's own table (see tsup.config.ts). Shipped that
 * way, the parser reads one table in every runtime: a bundler's `browser`
 * condition cannot swap in decode-named-character-reference's DOM decoder,
 * which needs a `document` at import and an `innerHTML` that Trusted Types
 * forbids.
 */
export {default as remarkParse} from 'remark-parse'
export {unified} from 'unified'
