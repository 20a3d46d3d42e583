// The flags every headless Chromium run of the project starts with (make e2e,
// make bench): no sandbox or GPU in CI, no first-run UI, no background
// traffic, and every host but 127.0.0.1 unresolvable, which also proves the
// extension makes no network request of its own.
export const CHROMIUM_FLAGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
]);
