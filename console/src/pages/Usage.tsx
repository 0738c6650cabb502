/** The usage chart and recommendation (API.md "Usage insight"). */
export function UsagePanel(_: { accountId: string }) {
  return null;
}
