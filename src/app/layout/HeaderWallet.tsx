// The wallet area of the header. The wallet feature (cosmos-kit) is loaded after first paint
// and plugs in here; until then this reserves the space so the header does not jump.
export function HeaderWallet() {
  return <div className="h-9 min-w-24" data-testid="wallet-slot" />;
}
