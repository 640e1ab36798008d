import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";
import { HIGHLIGHT_CSS_FILE } from "./lib/highlighter/highlight-registry";
import { DEFAULT_SITE_MATCHES } from "./lib/settings/default-sites";

/** Sites the reader may add later, each asked for when added. */
const OPTIONAL_HOSTS = ["https://*/*", "http://*/*"];

// Chrome MV3 first; `wxt build -b firefox` produces the Firefox (MV2) build from the same sources.
export default defineConfig({
  srcDir: ".",
  imports: false,
  // The content script carries the precompiled statement database (~230 kB of data), on purpose.
  vite: () => ({ plugins: [preact()], build: { chunkSizeWarningLimit: 800 } }),
  manifest: ({ browser }) => ({
    name: "NHS Context",
    description:
      "Highlights NHS policy phrases in health news and shows who said what, when and where, in their exact words.",
    permissions: ["storage", "activeTab", "scripting"],
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: "NHS Context" },
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: "nhs-context@example.org",
              // The CSS Custom Highlight API arrived in Firefox 140.
              strict_min_version: "140.0",
              // Nothing leaves the browser: the database is bundled and the library is local.
              data_collection_permissions: { required: ["none"] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Keep the content-script match list in one place (lib/settings/default-sites.ts).
    "build:manifestGenerated": (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...DEFAULT_SITE_MATCHES];
        // Highlight colours arrive with the page (document_start), so painting them never restyles the page.
        script.css = [HIGHLIGHT_CSS_FILE];
      }
      // Host access for the default sites only (badge, popup); other sites are optional permissions.
      if (manifest.manifest_version === 3) manifest.host_permissions = [...DEFAULT_SITE_MATCHES];
      else {
        manifest.permissions = [...(manifest.permissions ?? []), ...DEFAULT_SITE_MATCHES];
        manifest.optional_permissions = [...OPTIONAL_HOSTS];
      }
    },
  },
});
