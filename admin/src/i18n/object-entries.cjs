// node-polyglot asks for the `object.entries` polyfill, whose helpers weigh ~4 KiB gzip in the
// panel's first load; every browser the panel supports has Object.entries itself.
module.exports = Object.entries
