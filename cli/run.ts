// The process entry of `akash-console` (bin/akash-console.mjs runs it under tsx).
import { main } from "./main";

process.exitCode = await main(process.argv.slice(2), process.env);
