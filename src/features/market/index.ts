// Owns a deployment's order book on chain: orders and bids (queries and keys), the live bids
// table with its prices, GPUs and orders, which providers could bid on a group (screening, before
// and after the fact), and why no bid comes.
export { BidsPanel } from "./components/BidsPanel";
export { ProviderScreening } from "./components/ProviderScreening";
export { useLiveBids } from "./hooks/use-live-bids";
export { selectBids, toBidRow, type BidRow, type BidFilters } from "./utils/bid-view";
export { noBidReasons } from "./utils/no-bid-reasons";
export { screenProviders, requestedModels, type GroupRequirements } from "./utils/screening";
export { bidsQuery, fetchBids, useBids, type BidView } from "./api/bids";
export { marketParamsQuery, type MarketParams } from "./api/market-params";
export { fetchOrders, ordersQuery, useOrders, type OrderView } from "./api/orders";
export { useOpenBidCounts } from "./api/open-bids";
export { marketKeys } from "./query-keys";
