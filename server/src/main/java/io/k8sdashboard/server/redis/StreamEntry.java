package io.k8sdashboard.server.redis;

/**
 * One entry of a Redis stream with a single field.
 *
 * @param id the stream id, {@code <ms>-<seq>}
 * @param value the field's value
 */
public record StreamEntry(String id, String value) {
}
