/**
 * Formats the time since `timestamp` the way `kubectl get` does in its AGE column
 * (k8s.io/apimachinery duration.HumanDuration): "45s", "5m", "3h", "2d", "2y".
 * Two units are shown where kubectl shows them ("3m20s", "5h30m", "3d4h").
 */
export function formatAge(timestamp: string | number | Date | null | undefined, now: number = Date.now()): string {
  if (timestamp === null || timestamp === undefined || timestamp === '') return '';
  const t = timestamp instanceof Date ? timestamp.getTime() : typeof timestamp === 'number' ? timestamp : Date.parse(timestamp);
  if (!Number.isFinite(t)) return '';
  return humanDuration(now - t);
}

/**
 * The length of a span written `start/end` (ISO-8601 interval notation), or `start/` while it has
 * not ended (a running Job), measured up to `now`: kubectl's DURATION column. '' when not a span.
 */
export function formatSpan(span: string | number | boolean | null | undefined, now: number = Date.now()): string {
  const ms = spanLength(span, now);
  return ms === undefined ? '' : humanDuration(ms);
}

/** Milliseconds a span lasted (an open one: up to `now`), undefined when the value is not a span. */
export function spanLength(span: string | number | boolean | null | undefined, now: number): number | undefined {
  if (typeof span !== 'string') return undefined;
  const slash = span.indexOf('/');
  if (slash < 0) return undefined;
  const start = Date.parse(span.slice(0, slash));
  const endText = span.slice(slash + 1);
  const end = endText === '' ? now : Date.parse(endText);
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  return end - start;
}

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  // kubectl prints <invalid> for a time in the future. In a browser that only means its clock is
  // behind the API server's (a just-created object looks a few seconds "young"): show 0s.
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const d = Math.floor(hours / 24) % 365;
    return d === 0 ? `${Math.floor(hours / 24 / 365)}y` : `${Math.floor(hours / 24 / 365)}y${d}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}
