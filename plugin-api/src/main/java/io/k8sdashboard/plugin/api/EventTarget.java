package io.k8sdashboard.plugin.api;

import java.util.Objects;

/**
 * Who receives a published event (see {@link EventPublisher#publish(EventTarget, String, java.util.Map)}).
 *
 * @since 1.2.0
 */
public sealed interface EventTarget {

    /**
     * Every browser tab of one user, on any replica.
     *
     * @param name the user name, as in {@link UserIdentity#name()}
     * @return the target
     * @since 1.2.0
     */
    static EventTarget user(String name) {
        return new User(name);
    }

    /**
     * Every browser tab that follows an operation ({@code {"type":"follow","operation":"<id>"}} on
     * {@code /ws}), on any replica. An operation id is handed only to the user who started the
     * operation; ids should be unguessable (the host's {@link ProgressReporter} ids are random UUIDs).
     *
     * @param id the operation id
     * @return the target
     * @since 1.2.0
     */
    static EventTarget operation(String id) {
        return new Operation(id);
    }

    /**
     * Every subscription to a kind in a namespace, on any replica, whose user may read that kind
     * there (the same right the subscription itself needs; re-checked as subscriptions are).
     *
     * @param kind the kind's resource name ({@code deployments.apps}), plural or Kind
     * @param namespace the namespace, {@code null} for a cluster-scoped kind
     * @return the target
     * @since 1.2.0
     */
    static EventTarget resources(String kind, String namespace) {
        return new Resources(kind, namespace);
    }

    /**
     * A user's tabs.
     *
     * @param name the user name
     * @since 1.2.0
     */
    record User(String name) implements EventTarget {
        /**
         * Validates.
         *
         * @since 1.2.0
         */
        public User {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The followers of an operation.
     *
     * @param id the operation id
     * @since 1.2.0
     */
    record Operation(String id) implements EventTarget {
        /**
         * Validates.
         *
         * @since 1.2.0
         */
        public Operation {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * The subscribers of a kind in a namespace who may read it.
     *
     * @param kind the kind
     * @param namespace the namespace, or {@code null}
     * @since 1.2.0
     */
    record Resources(String kind, String namespace) implements EventTarget {
        /**
         * Validates.
         *
         * @since 1.2.0
         */
        public Resources {
            Objects.requireNonNull(kind, "kind");
        }
    }
}
