// An image without a tag, or tagged `latest`, is whatever the registry serves at pull time: a
// redeploy or a provider restart can silently run different code. Pin a version or a digest.
import { entriesOf } from "../../utils/sdl-read";
import type { Diagnostic } from "../types";
import type { LintRule } from "./rule";

/** The tag of an image reference, null without one; a digest (@sha256:…) counts as pinned. */
export function imageTag(image: string): string | null {
  if (image.includes("@")) return image.slice(image.indexOf("@") + 1);
  const name = image.slice(image.lastIndexOf("/") + 1);
  const colon = name.indexOf(":");
  return colon === -1 ? null : name.slice(colon + 1);
}

export const imageTagRule: LintRule = ({ sdl, locate }) => {
  const out: Diagnostic[] = [];
  for (const [service, body] of entriesOf((sdl as { services?: unknown } | null)?.services)) {
    const image = (body as { image?: unknown } | null)?.image;
    if (typeof image !== "string" || image.trim() === "") continue;
    const tag = imageTag(image.trim());
    if (tag !== null && tag !== "latest") continue;
    out.push({
      severity: "warning",
      source: "image-tag",
      path: ["services", service, "image"],
      message:
        tag === null
          ? `The image of "${service}" has no tag, so providers pull "latest", which can change under you.`
          : `The image of "${service}" uses "latest", which can change under you.`,
      hint: tag === null ? `Pin a version (e.g. ${image}:1.2.3).` : "Pin a version or a digest.",
      range: locate(["services", service, "image"], "value"),
    });
  }
  return out;
};
