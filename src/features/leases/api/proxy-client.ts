// The provider proxy's browser client lives in lib/provider-proxy.ts: the providers feature reads
// a provider's public /status through it too. Lease code keeps importing it from here.
export * from "@/lib/provider-proxy";
