// Preloaded (`node --import`) into the child processes `npm start` runs. The parent holds the
// write end of this process's stdin pipe; when the parent dies, however it dies (a crash, an
// uncaught exception, SIGKILL, an out-of-memory kill), the kernel closes that end and stdin
// ends. The child then stops the way SIGTERM stops it, so the local network never outlives the
// console that started it and never keeps its ports.
const GRACE_MS = 15_000;

function parentGone(): void {
  process.kill(process.pid, "SIGTERM");
  // If the child's own SIGTERM handling hangs, do not linger.
  setTimeout(() => process.exit(1), GRACE_MS).unref();
}

if (!process.stdin.isTTY) {
  process.stdin.once("end", parentGone);
  process.stdin.once("error", parentGone);
  process.stdin.resume();
}
