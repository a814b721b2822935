// The deploy journey (e2e/journeys/deploy.ts) against the console server that `npm start` runs.
import { test } from "./support/fixtures";
import { deployJourney } from "./journeys/deploy";

test("GPU template to a running lease and back: create, bid, lease, manifest, status, logs, deposit, update, close", async ({
  page,
  stack,
}, testInfo) => {
  test.setTimeout(240_000);
  await deployJourney(page, stack, testInfo);
});
