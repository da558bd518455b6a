package io.k8sdashboard.server.redis;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for what goes through Redis (Jackson 3, already in the WAR with fabric8): readable with
 * {@code redis-cli}, and no Java deserialization of bytes another process wrote.
 */
final class RedisJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RedisJson() {
    }
}
