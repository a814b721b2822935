// Runs before first paint so a dark-theme user never sees a white flash. Reads the envelope that
// src/app/theme.ts writes (key in src/config/storage-keys.ts); before the first load of a new
// version migrates storage, the previous version's bare "console.theme" value.
(function () {
  try {
    var saved = null;
    var stored = localStorage.getItem("akash-console:theme");
    if (stored !== null) saved = JSON.parse(stored).data;
    else saved = localStorage.getItem("console.theme");
    var dark =
      saved === "dark" ||
      ((saved === null || saved === "system") && matchMedia("(prefers-color-scheme: dark)").matches);
    document.documentElement.classList.toggle("dark", dark);
  } catch {
    /* storage blocked or unreadable: keep the light default */
  }
})();
