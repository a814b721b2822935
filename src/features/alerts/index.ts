// Owns alerts with no account: the rules (per network and account), evaluating them on data the
// console already polls, the alert log (fired once per crossing, shared by tabs), browser
// notifications, the in-app list and its bell, and "Add to calendar" for a run-out time.
export { AlertBell } from "./components/AlertBell";
export { useHasAlertRules } from "./storage/use-has-rules";
export { alertRules, alertLog } from "./storage/alerts-store";
export { alertRuleSchema, type AlertRule } from "./core/rules";
export { alertLogSchema, type AlertLog, type AlertEntry } from "./core/log";
export { AlertsRunner, AlertsPage } from "./lazy";
