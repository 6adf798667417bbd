/** The names folder's public surface: findNames and its context, and the evidence words around a name. */
export { findNames, type NameContext, type NameFindings } from './names';
export * from './evidence';
