/** The news and NHS sites where NHS Context runs without being asked (users can switch each off). */
export const DEFAULT_SITES = [
  "www.hsj.co.uk",
  "www.bbc.co.uk",
  "www.theguardian.com",
  "www.kingsfund.org.uk",
  "www.nuffieldtrust.org.uk",
  "www.england.nhs.uk",
  "www.pulsetoday.co.uk",
] as const;

export const DEFAULT_SITE_MATCHES: readonly string[] = DEFAULT_SITES.map((host) => `https://${host}/*`);
