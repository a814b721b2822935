// What an import from elsewhere (a backup file) needs of the receipts: verification and the
// merge plan, one lazily loaded module so the app shell does not carry them.
export { describeVerdict, verifyChain } from "./verify";
export { planImport } from "./merge";
