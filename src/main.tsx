// First: earlier versions' stored data moves to today's keys before any store reads it.
import "./app/migrate-storage";
// Before the first render, so a projector never shows the small layout first.
import "./lib/presenter-mode";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { BootError } from "./app/BootError";
import { loadAppConfig } from "./config/runtime-config";
import "./index.css";

const root = createRoot(document.getElementById("root") as HTMLElement);

loadAppConfig(import.meta.env.BASE_URL)
  .then((config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  )
  .catch((err: unknown) => root.render(<BootError error={err} />));
