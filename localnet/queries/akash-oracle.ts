// Query service of oracle v2: the aggregated AKT/USD price the BME converts at. The node keys
// prices by the base denom ("akt", sdkutil.DenomAkt) and answers NotFound for anything else.
// One simulated source reports the configured price every block, so the feed is always healthy
// and its timestamp is the last block's time, as after the node's oracle EndBlocker.

import {
  QueryAggregatedPriceRequest,
  QueryAggregatedPriceResponse,
} from "@akashnetwork/chain-sdk/private-types/akash.v1";
import Long from "long";
import { formatDec } from "../chain/dec.ts";
import { aktPrice } from "../modules/bme-convert.ts";
import { def, notFound } from "./types.ts";

// oracle v1 and v2 AggregatedPrice/PriceHealth are the same on the wire and in JSON; chain-sdk
// 1.0.0-alpha.25 ships only the v1 codecs.
export const ORACLE_DENOM = "akt";

export const oracleQueries = [
  def({
    path: "/akash.oracle.v2.Query/AggregatedPrice",
    rest: ["/akash/oracle/v2/aggregated_price/{denom}"],
    req: QueryAggregatedPriceRequest,
    res: QueryAggregatedPriceResponse,
    run(chain, req) {
      if (req.denom !== ORACLE_DENOM) throw notFound(`collections: not found: key '${req.denom}/usd'`);
      const price = formatDec(aktPrice(chain.opts.bme));
      return {
        aggregatedPrice: {
          denom: ORACLE_DENOM,
          twap: price,
          medianPrice: price,
          minPrice: price,
          maxPrice: price,
          timestamp: chain.lastBlock?.time ?? chain.genesisTime,
          numSources: 1,
          deviationBps: Long.UZERO,
        },
        priceHealth: {
          denom: ORACLE_DENOM,
          isHealthy: true,
          hasMinSources: true,
          deviationOk: true,
          totalSources: 1,
          totalHealthySources: 1,
          failureReason: [],
        },
      };
    },
  }),
];
