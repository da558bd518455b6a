package io.k8sdashboard.plugin.api.testing;

import io.k8sdashboard.plugin.api.BackgroundWork;
import io.k8sdashboard.plugin.api.ClusterReader;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.DashboardException;
import io.k8sdashboard.plugin.api.EventPublisher;
import io.k8sdashboard.plugin.api.EventTarget;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.KubeObject;
import io.k8sdashboard.plugin.api.NotFoundException;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.PluginSettings;
import io.k8sdashboard.plugin.api.ProgressReporter;
import io.k8sdashboard.plugin.api.UserIdentity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link PluginContext} for plugin unit tests, so a test does not implement the interface by
 * hand. It behaves like the host where a plugin can notice the difference:
 *
 * <ul>
 *   <li>{@link #reader()} returns the objects added with {@link #add}, filtered by namespace and
 *       label selector; a kind with no object added (nor {@link #declareKind declared}) is a 404
 *       {@code unknown-kind}, a malformed selector a 400 naming {@code labelSelector}, a
 *       {@link #deny denied} kind a 403.</li>
 *   <li>{@link #writer()} records every call in {@link #writes()} (dry runs too, like the calls
 *       they stand for) and changes nothing the reader returns; {@code patch} or {@code scale} of
 *       a missing object is a 404, a denied kind a 403.</li>
 *   <li>{@link #events()} records what is published ({@link #publishedEvents()}) and refuses
 *       payloads that are not JSON-compatible.</li>
 *   <li>{@link #progress} hands out {@link RecordedProgress} reporters
 *       ({@link #progressReports()}) that refuse reports after the outcome.</li>
 *   <li>{@link #events()} also records events published to an explicit {@link EventTarget}
 *       ({@link #targetedEvents()}, since 1.2.0).</li>
 *   <li>{@link #background()} runs submitted work at once, on the calling thread, and records
 *       who submitted it ({@link #backgroundWork()}, since 1.2.0); without a signed-in user it is
 *       a 401, as in the host.</li>
 *   <li>{@link #settings()} reads the map filled with {@link #setting}.</li>
 *   <li>{@link #currentUser()} is {@link #DEFAULT_USER} unless changed with {@link #signedInAs};
 *       after {@link #signedOut()} it is a 401, as outside a request.</li>
 * </ul>
 *
 * <p>Safe to use from several threads, as a route serves requests concurrently.
 *
 * <pre>{@code
 * FakePluginContext context = new FakePluginContext("my-plugin")
 *         .add("pods", Map.of("apiVersion", "v1", "kind", "Pod",
 *                 "metadata", Map.of("name", "web-1", "namespace", "shop")))
 *         .setting("greeting", "Hi");
 * Object resource = new MyRoute().resource(context);
 * }</pre>
 *
 * @since 1.0.0
 */
public final class FakePluginContext implements PluginContext {

    /**
     * The user of every request unless a test signs in someone else.
     *
     * @since 1.0.0
     */
    public static final UserIdentity DEFAULT_USER =
            new UserIdentity("test-user", "test-user@example.com", List.of("developers"));

    private final String pluginId;
    private final Map<String, List<KubeObject>> objects = new ConcurrentHashMap<>();
    private final Set<String> denied = ConcurrentHashMap.newKeySet();
    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final List<PublishedEvent> events = new CopyOnWriteArrayList<>();
    private final List<TargetedEvent> targetedEvents = new CopyOnWriteArrayList<>();
    private final List<SubmittedWork> submitted = new CopyOnWriteArrayList<>();
    private final List<RecordedProgress> progress = new CopyOnWriteArrayList<>();
    private final AtomicInteger operations = new AtomicInteger();
    private volatile UserIdentity user = DEFAULT_USER;

    /**
     * A context for a plugin.
     *
     * @param pluginId the plugin's id, as in its manifest
     * @since 1.0.0
     */
    public FakePluginContext(String pluginId) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
    }

    // ---- what a test sets up ----

    /**
     * Adds objects the reader returns for a kind.
     *
     * @param kind the kind's resource name, as plugins name it ({@code pods}, {@code widgets.example.com})
     * @param trees the objects' JSON trees, with metadata.name (and metadata.namespace when namespaced)
     * @return this context
     * @since 1.0.0
     */
    @SafeVarargs
    public final FakePluginContext add(String kind, Map<String, ?>... trees) {
        List<KubeObject> list = objects.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
        for (Map<String, ?> tree : trees) {
            KubeObject object = KubeObject.of(tree);
            if (object.name() == null) {
                throw new IllegalArgumentException("an object needs metadata.name: " + tree);
            }
            list.add(object);
        }
        return this;
    }

    /**
     * Adds objects of a kind, named by its descriptor.
     *
     * @param kind the kind
     * @param trees the objects' JSON trees
     * @return this context
     * @since 1.0.0
     */
    @SafeVarargs
    public final FakePluginContext add(KindDescriptor kind, Map<String, ?>... trees) {
        return add(kind.resourceName(), trees);
    }

    /**
     * Makes a kind known with no objects (an empty list instead of a 404).
     *
     * @param kind the kind's resource name
     * @return this context
     * @since 1.0.0
     */
    public FakePluginContext declareKind(String kind) {
        objects.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>());
        return this;
    }

    /**
     * Refuses the user every read and write of a kind with a 403, as RBAC would.
     *
     * @param kind the kind's resource name
     * @return this context
     * @since 1.0.0
     */
    public FakePluginContext deny(String kind) {
        denied.add(kind);
        return this;
    }

    /**
     * Sets one of the plugin's settings (the part after {@code dashboard.plugin.<id>.}).
     *
     * @param key the key
     * @param value the value
     * @return this context
     * @since 1.0.0
     */
    public FakePluginContext setting(String key, String value) {
        settings.put(key, value);
        return this;
    }

    /**
     * Makes another user the signed-in one.
     *
     * @param user the user
     * @return this context
     * @since 1.0.0
     */
    public FakePluginContext signedInAs(UserIdentity user) {
        this.user = Objects.requireNonNull(user, "user");
        return this;
    }

    /**
     * No signed-in user: {@link #currentUser()} is a 401, as outside a request.
     *
     * @return this context
     * @since 1.0.0
     */
    public FakePluginContext signedOut() {
        this.user = null;
        return this;
    }

    // ---- what a test asserts on ----

    /**
     * Every writer call so far, in order.
     *
     * @return the calls
     * @since 1.0.0
     */
    public List<Write> writes() {
        return List.copyOf(writes);
    }

    /**
     * Every event published so far, in order.
     *
     * @return the events
     * @since 1.0.0
     */
    public List<PublishedEvent> publishedEvents() {
        return List.copyOf(events);
    }

    /**
     * Every event published to an explicit target so far, in order.
     *
     * @return the events
     * @since 1.2.0
     */
    public List<TargetedEvent> targetedEvents() {
        return List.copyOf(targetedEvents);
    }

    /**
     * Every piece of background work submitted so far, in order.
     *
     * @return the submissions
     * @since 1.2.0
     */
    public List<SubmittedWork> backgroundWork() {
        return List.copyOf(submitted);
    }

    /**
     * Every progress reporter handed out so far, in order.
     *
     * @return the reporters, with what was reported
     * @since 1.0.0
     */
    public List<RecordedProgress> progressReports() {
        return List.copyOf(progress);
    }

    // ---- PluginContext ----

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public UserIdentity currentUser() {
        UserIdentity current = user;
        if (current == null) {
            throw new DashboardException(401, "unauthenticated", "Not signed in", "No signed-in user");
        }
        return current;
    }

    @Override
    public ClusterReader reader() {
        return reader;
    }

    @Override
    public ClusterWriter writer() {
        return writer;
    }

    @Override
    public EventPublisher events() {
        return new EventPublisher() {
            @Override
            public void publish(String type, Map<String, Object> payload) {
                Objects.requireNonNull(type, "type");
                JsonCompatible.check("payload", payload);
                events.add(new PublishedEvent(type, payload == null ? Map.of() : copy(payload)));
            }

            @Override
            public void publish(EventTarget target, String type, Map<String, Object> payload) {
                Objects.requireNonNull(target, "target");
                Objects.requireNonNull(type, "type");
                JsonCompatible.check("payload", payload);
                targetedEvents.add(new TargetedEvent(target, type, payload == null ? Map.of() : copy(payload)));
            }
        };
    }

    @Override
    public BackgroundWork background() {
        return new BackgroundWork() {
            @Override
            public <T> Future<T> submit(Callable<T> work) {
                Objects.requireNonNull(work, "work");
                UserIdentity submitter = currentUser();
                FutureTask<T> task = new FutureTask<>(work);
                submitted.add(new SubmittedWork(submitter, task));
                task.run();
                return task;
            }
        };
    }

    @Override
    public PluginSettings settings() {
        return key -> Optional.ofNullable(settings.get(key));
    }

    @Override
    public ProgressReporter progress(String operation, String target) {
        RecordedProgress reporter = new RecordedProgress("op-" + operations.incrementAndGet(), operation, target);
        progress.add(reporter);
        return reporter;
    }

    private final ClusterReader reader = new ClusterReader() {
        @Override
        public List<KubeObject> list(String kind, String namespace, String labelSelector) {
            List<KubeObject> all = known(kind);
            LabelSelector selector = LabelSelector.parse(labelSelector);
            return all.stream()
                    .filter(o -> namespace == null || namespace.equals(o.namespace()))
                    .filter(o -> selector.matches(o.labels()))
                    .toList();
        }

        @Override
        public Optional<KubeObject> get(String kind, String namespace, String name) {
            return find(known(kind), namespace, name);
        }
    };

    private final ClusterWriter writer = new ClusterWriter() {
        @Override
        public KubeObject create(Map<String, Object> object) {
            return create(object, false);
        }

        @Override
        public KubeObject patch(String kind, String namespace, String name, PatchType type, String patch) {
            return patch(kind, namespace, name, type, patch, false);
        }

        // Dry runs change nothing here either; they are recorded like the calls they stand for, with the flag.
        @Override
        public KubeObject create(Map<String, Object> object, boolean dryRun) {
            KubeObject created = KubeObject.of(object);
            writes.add(new Write(Write.Operation.CREATE, created.kind(), created.namespace(), created.name(), null,
                    created.tree(), dryRun));
            return created;
        }

        @Override
        public KubeObject patch(String kind, String namespace, String name, PatchType type, String patch, boolean dryRun) {
            List<KubeObject> all = known(kind);
            writes.add(new Write(Write.Operation.PATCH, kind, namespace, name, type, patch, dryRun));
            return find(all, namespace, name).orElseThrow(() -> new NotFoundException("not-found",
                    kind + " " + (namespace == null ? "" : namespace + "/") + name + " not found"));
        }

        @Override
        public boolean delete(String kind, String namespace, String name) {
            List<KubeObject> all = known(kind);
            writes.add(new Write(Write.Operation.DELETE, kind, namespace, name, null, null));
            return find(all, namespace, name).isPresent();
        }

        @Override
        public boolean delete(String kind, String namespace, String name, DeleteOptions options) {
            return delete(kind, namespace, name);
        }

        @Override
        public KubeObject apply(Map<String, Object> object, boolean force, boolean dryRun) {
            KubeObject applied = KubeObject.of(object);
            writes.add(new Write(Write.Operation.APPLY, applied.kind(), applied.namespace(), applied.name(), null,
                    applied.tree(), dryRun));
            return applied;
        }

        @Override
        public KubeObject scale(String kind, String namespace, String name, int replicas, boolean dryRun) {
            List<KubeObject> all = known(kind);
            writes.add(new Write(Write.Operation.SCALE, kind, namespace, name, null, replicas, dryRun));
            find(all, namespace, name).orElseThrow(() -> new NotFoundException("not-found",
                    kind + " " + (namespace == null ? "" : namespace + "/") + name + " not found"));
            return KubeObject.of(Map.of("apiVersion", "autoscaling/v1", "kind", "Scale",
                    "metadata", Map.of("name", name), "spec", Map.of("replicas", replicas)));
        }
    };

    private List<KubeObject> known(String kind) {
        if (denied.contains(kind)) {
            throw new DashboardException(403, "forbidden", "Forbidden",
                    "User \"" + currentUser().name() + "\" may not access " + kind);
        }
        List<KubeObject> all = objects.get(kind);
        if (all == null) {
            throw new NotFoundException("unknown-kind", "Unknown kind " + kind
                    + " (FakePluginContext: add an object of it or declareKind(\"" + kind + "\"))");
        }
        return all;
    }

    private static Optional<KubeObject> find(List<KubeObject> all, String namespace, String name) {
        return all.stream()
                .filter(o -> Objects.equals(namespace, o.namespace()) && name.equals(o.name()))
                .findFirst();
    }

    private static Map<String, Object> copy(Map<String, ?> payload) {
        return KubeObject.of(payload).tree();
    }

    /**
     * One call of the writer.
     *
     * @param operation what was called
     * @param kind for {@code CREATE} the object's {@code kind} field ("Deployment"), otherwise the
     *             resource name passed
     * @param namespace the namespace, {@code null} for cluster-scoped kinds
     * @param name the object's name
     * @param patchType the patch format ({@code PATCH} only)
     * @param body the created or applied object's tree ({@code CREATE}, {@code APPLY}), the patch
     *             text ({@code PATCH}) or the replicas ({@code SCALE}, an Integer)
     * @param dryRun whether the call asked for a dry run (since 1.2.0; {@code false} for the
     *               calls without the flag and for {@code DELETE}, whose options are not recorded)
     * @since 1.0.0
     */
    public record Write(Operation operation, String kind, String namespace, String name,
            ClusterWriter.PatchType patchType, Object body, boolean dryRun) {

        /**
         * A call without a dry run.
         *
         * @since 1.0.0
         */
        public Write(Operation operation, String kind, String namespace, String name, ClusterWriter.PatchType patchType,
                Object body) {
            this(operation, kind, namespace, name, patchType, body, false);
        }

        /**
         * The writer's methods.
         *
         * @since 1.0.0
         */
        public enum Operation {
            /** {@link ClusterWriter#create}. @since 1.0.0 */
            CREATE,
            /** {@link ClusterWriter#patch}. @since 1.0.0 */
            PATCH,
            /** {@link ClusterWriter#delete}. @since 1.0.0 */
            DELETE,
            /** {@link ClusterWriter#apply}. @since 1.2.0 */
            APPLY,
            /** {@link ClusterWriter#scale}. @since 1.2.0 */
            SCALE
        }
    }

    /**
     * One published event.
     *
     * @param type the event name
     * @param payload its data (an unmodifiable copy)
     * @since 1.0.0
     */
    public record PublishedEvent(String type, Map<String, Object> payload) {
    }

    /**
     * One event published to an explicit target.
     *
     * @param target who receives it
     * @param type the event name
     * @param payload its data (an unmodifiable copy)
     * @since 1.2.0
     */
    public record TargetedEvent(EventTarget target, String type, Map<String, Object> payload) {
    }

    /**
     * One piece of background work.
     *
     * @param user who submitted it (the work ran as this user)
     * @param result its result, already complete (the fake runs work at once)
     * @since 1.2.0
     */
    public record SubmittedWork(UserIdentity user, Future<?> result) {
    }

    /**
     * A progress reporter that keeps what it was told.
     *
     * @since 1.0.0
     */
    public static final class RecordedProgress implements ProgressReporter {

        private final String operationId;
        private final String operation;
        private final String target;
        private final List<Step> steps = new CopyOnWriteArrayList<>();
        private final List<Map<String, Object>> details = new CopyOnWriteArrayList<>();
        private volatile String outcome;

        RecordedProgress(String operationId, String operation, String target) {
            this.operationId = operationId;
            this.operation = operation;
            this.target = target;
        }

        @Override
        public String operationId() {
            return operationId;
        }

        /**
         * The operation passed to {@link PluginContext#progress}.
         *
         * @return the operation ("rollout")
         * @since 1.0.0
         */
        public String operation() {
            return operation;
        }

        /**
         * The target passed to {@link PluginContext#progress}.
         *
         * @return the target ({@code kind/namespace/name})
         * @since 1.0.0
         */
        public String target() {
            return target;
        }

        /**
         * The steps reported, in order.
         *
         * @return the steps
         * @since 1.0.0
         */
        public List<Step> steps() {
            return List.copyOf(steps);
        }

        /**
         * How the operation ended: {@code "succeeded: <message>"} or {@code "failed: <message>"}.
         *
         * @return the outcome, empty while running
         * @since 1.0.0
         */
        public Optional<String> outcome() {
            return Optional.ofNullable(outcome);
        }

        /**
         * The details of every report made with details, in order (steps and outcome).
         *
         * @return the details
         * @since 1.3.0
         */
        public List<Map<String, Object>> details() {
            return List.copyOf(details);
        }

        @Override
        public synchronized void step(int percent, String message, Map<String, Object> details) {
            step(percent, message);
            this.details.add(Map.copyOf(details));
        }

        @Override
        public synchronized void succeeded(String message, Map<String, Object> details) {
            succeeded(message);
            this.details.add(Map.copyOf(details));
        }

        @Override
        public synchronized void failed(String message, Map<String, Object> details) {
            failed(message);
            this.details.add(Map.copyOf(details));
        }

        @Override
        public synchronized void step(int percent, String message) {
            running();
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0 to 100, got " + percent);
            }
            steps.add(new Step(percent, message));
        }

        @Override
        public synchronized void succeeded(String message) {
            running();
            outcome = "succeeded: " + message;
        }

        @Override
        public synchronized void failed(String message) {
            running();
            outcome = "failed: " + message;
        }

        private void running() {
            if (outcome != null) {
                throw new IllegalStateException("operation " + operationId + " already ended (" + outcome
                        + "): no further reports follow");
            }
        }

        /**
         * One reported step.
         *
         * @param percent 0 to 100
         * @param message what was happening
         * @since 1.0.0
         */
        public record Step(int percent, String message) {
        }
    }

    /** Payloads go to browsers as JSON: the host accepts only what JSON can carry. */
    private static final class JsonCompatible {

        private JsonCompatible() {
        }

        static void check(String path, Object value) {
            if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
                return;
            }
            if (value instanceof Map<?, ?> map) {
                map.forEach((k, v) -> {
                    if (!(k instanceof String)) {
                        throw new IllegalArgumentException(path + " has a key that is not a string: " + k);
                    }
                    check(path + "." + k, v);
                });
                return;
            }
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    check(path + "[" + i + "]", list.get(i));
                }
                return;
            }
            throw new IllegalArgumentException(path + " is a " + value.getClass().getName()
                    + ", not JSON-compatible (maps, lists, strings, numbers, booleans)");
        }
    }
}
