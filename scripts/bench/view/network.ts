/**
 * Network profiles for the first-view benchmarks. "slow" is the tourists' link on the Hà Giang loop
 * (issue 13): 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip — Lighthouse's "slow 4G" figures,
 * applied with CDP's Network.emulateNetworkConditions (per request latency, shared throughput).
 */
export type NetworkProfileName = 'fast' | 'slow';

export interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

export const NETWORK_PROFILES: Record<NetworkProfileName, NetworkConditions | null> = {
  /** localhost as it is: no shaping. */
  fast: null,
  slow: { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

export const NETWORK_LABELS: Record<NetworkProfileName, string> = {
  fast: 'localhost',
  slow: 'slow link (1.6 Mbit/s, 150 ms RTT)',
};
