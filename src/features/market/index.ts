// Public surface of the market feature: live bids and their table.
export { BidsPanel } from "./components/BidsPanel";
export { useLiveBids } from "./hooks/use-live-bids";
export { selectBids, toBidRow, type BidRow, type BidFilters } from "./utils/bid-view";
export { noBidReasons, type GroupRequirements } from "./utils/no-bid-reasons";
