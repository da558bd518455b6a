/**
 * Fault tolerance shared by every outgoing call: a circuit breaker per dependency and bounded
 * exponential backoff with jitter. No dependency on the rest of the server.
 */
package io.k8sdashboard.server.resilience;
