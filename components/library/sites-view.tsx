/** Where NHS Context runs: the default news sites (each can be switched off) and sites the reader adds. */
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { HIGHLIGHT_CSS_FILE } from "../../lib/highlighter/highlight-registry";
import { DEFAULT_SITES } from "../../lib/settings/default-sites";
import { addedSites, disabledSites, normaliseHost } from "../../lib/settings/site-settings";

const scriptId = (host: string) => `nhs-context-site-${host}`;

export function SitesView() {
  const [disabled, setDisabled] = useState<string[]>([]);
  const [added, setAdded] = useState<string[]>([]);
  const [input, setInput] = useState("");
  const [message, setMessage] = useState("");
  useEffect(() => {
    void disabledSites.getValue().then(setDisabled);
    void addedSites.getValue().then(setAdded);
    const unwatch = [
      disabledSites.watch((v) => setDisabled(v ?? [])),
      addedSites.watch((v) => setAdded(v ?? [])),
    ];
    return () => {
      for (const u of unwatch) u();
    };
  }, []);

  const toggle = async (host: string, on: boolean) =>
    disabledSites.setValue(
      on ? disabled.filter((h) => h !== host) : [...new Set([...disabled, host])].sort(),
    );

  async function add(e: Event) {
    e.preventDefault();
    const host = normaliseHost(input);
    if (!host) return setMessage("Enter a site such as www.thetimes.co.uk.");
    if ((DEFAULT_SITES as readonly string[]).includes(host) || added.includes(host))
      return setMessage(`${host} is already listed.`);
    const origins = [`https://${host}/*`];
    // The permission prompt needs this click; without it the site is not added.
    if (!(await browser.permissions.request({ origins })))
      return setMessage(`Permission for ${host} was not granted.`);
    await browser.scripting.registerContentScripts([
      {
        id: scriptId(host),
        matches: origins,
        js: ["content-scripts/content.js"],
        css: [HIGHLIGHT_CSS_FILE],
        allFrames: true,
        runAt: "document_idle",
      },
    ]);
    await addedSites.setValue([...added, host].sort());
    setInput("");
    setMessage(`NHS Context will now run on ${host}.`);
  }

  async function remove(host: string) {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(host)] }).catch(() => undefined);
    await browser.permissions.remove({ origins: [`https://${host}/*`] });
    await addedSites.setValue(added.filter((h) => h !== host));
  }

  return (
    <section aria-label="Sites">
      <p class="explainer">
        NHS Context runs on these sites by itself, and only highlights pages that are about the NHS. Anywhere
        else, use “Check this page” in the toolbar popup.
      </p>
      <ul class="sites">
        {[...DEFAULT_SITES, ...added].map((host) => (
          <li key={host}>
            <label>
              <input
                type="checkbox"
                checked={!disabled.includes(host)}
                onChange={(e) => toggle(host, e.currentTarget.checked)}
              />{" "}
              {host}
            </label>
            {added.includes(host) ? (
              <button type="button" class="link" onClick={() => remove(host)}>
                Remove
              </button>
            ) : (
              <span class="muted"> default</span>
            )}
          </li>
        ))}
      </ul>
      <form onSubmit={add} class="toolbar">
        <input
          type="text"
          aria-label="Add a site"
          placeholder="www.example.co.uk"
          value={input}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">Add site</button>
      </form>
      {message ? <p role="status">{message}</p> : null}
    </section>
  );
}
