// Preloaded by tests (`node --import`) into a real `npm start` process: on SIGUSR2 the process
// throws from a timer, an uncaught exception like any bug would, so a test can check what the
// process leaves behind when it crashes.
process.on("SIGUSR2", () => {
  setTimeout(() => {
    throw new Error("injected crash (test)");
  }, 0);
});
