package io.k8sdashboard.server.push;

import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.access.AccessReviewer;
import io.k8sdashboard.server.access.ReadableNamespaces;
import io.k8sdashboard.server.identity.CurrentUser;
import io.k8sdashboard.server.kinds.RegisteredKind;
import io.k8sdashboard.server.kinds.ResourceRow;
import io.k8sdashboard.server.readmodel.ChangeListener;
import io.k8sdashboard.server.readmodel.ChangeType;
import io.k8sdashboard.server.readmodel.LabelSelectorMatcher;
import io.k8sdashboard.server.readmodel.ListenerRegistration;
import io.k8sdashboard.server.readmodel.ResourceChange;
import io.k8sdashboard.server.readmodel.ResourceFeed;
import io.k8sdashboard.server.readmodel.RowPage;
import io.k8sdashboard.server.readmodel.RowQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Hand-written fakes for the push tests: a read model, a socket, RBAC and a clock moved by hand. */
final class PushFixtures {

    static final RegisteredKind PODS = new RegisteredKind(new KindDescriptor("", "v1", "Pod", "pods", true), List.of(),
            List.of("po"), "Workloads", "test", null);
    static final RegisteredKind NODES = new RegisteredKind(new KindDescriptor("", "v1", "Node", "nodes", false), List.of(),
            List.of(), "Cluster", "test", null);
    static final UserIdentity ALICE = new UserIdentity("alice", "alice@example.com", List.of("team-a"));

    private PushFixtures() {
    }

    static RegisteredKind kind(String name) {
        return switch (name) {
            case "pods", "po" -> PODS;
            case "nodes" -> NODES;
            default -> throw new io.k8sdashboard.plugin.api.NotFoundException("unknown-kind", "No kind " + name);
        };
    }

    static ResourceRow row(String namespace, String name, Map<String, String> labels) {
        return new ResourceRow(name, namespace, List.of(name), "Running", labels, "2024-01-01T00:00:00Z");
    }

    static ResourceChange change(ChangeType type, String namespace, String name, String rv, Map<String, String> labels) {
        return new ResourceChange(type, "pods", namespace, name, rv, row(namespace, name, labels), false);
    }

    /** A clock the test moves. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** The read model: rows in memory, paged by index tokens, and the listeners registered. */
    static final class FakeFeed implements ResourceFeed {
        final List<ResourceRow> rows = new CopyOnWriteArrayList<>();
        final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
        final List<RowQuery> queries = new CopyOnWriteArrayList<>();
        int closedRegistrations;
        RuntimeException failPages;

        @Override
        public RowPage page(RegisteredKind kind, RowQuery query) {
            queries.add(query);
            if (failPages != null) {
                throw failPages;
            }
            LabelSelectorMatcher matcher = LabelSelectorMatcher.of(query.labelSelector());
            List<ResourceRow> matching = rows.stream()
                    .filter(r -> query.namespaces() == null || query.namespaces().contains(r.namespace()))
                    .filter(r -> matcher.test(r.labels()))
                    .sorted(Comparator.comparing(ResourceRow::namespace).thenComparing(ResourceRow::name)).toList();
            int from = query.continueToken() == null ? 0 : Integer.parseInt(query.continueToken());
            int to = Math.min(matching.size(), from + query.limit());
            String next = to < matching.size() ? String.valueOf(to) : null;
            return new RowPage(matching.subList(from, to), next, matching.size(), "100");
        }

        @Override
        public ListenerRegistration listen(RegisteredKind kind, ChangeListener listener) {
            listeners.add(listener);
            boolean[] closed = {false};
            return () -> {
                if (!closed[0]) {
                    closed[0] = true;
                    closedRegistrations++;
                    listeners.remove(listener);
                }
            };
        }

        void emit(ResourceChange change) {
            listeners.forEach(l -> l.changed(change));
        }

        void resync() {
            listeners.forEach(l -> l.resync("pods"));
        }
    }

    /** A socket whose sends complete only when the test says so (or at once when {@code autoComplete}). */
    static final class FakeOutlet implements Outlet {
        final List<String> sent = new ArrayList<>();
        final List<Consumer<Throwable>> inFlight = new ArrayList<>();
        boolean autoComplete = true;
        Integer closeCode;
        String closeReason;

        @Override
        public synchronized void send(String text, Consumer<Throwable> done) {
            sent.add(text);
            if (autoComplete) {
                done.accept(null);
            } else {
                inFlight.add(done);
            }
        }

        @Override
        public void close(int code, String reason) {
            closeCode = code;
            closeReason = reason;
        }

        /** Completes the oldest send in flight (which may start the next). */
        void completeOne() {
            Consumer<Throwable> done;
            synchronized (this) {
                done = inFlight.remove(0);
            }
            done.accept(null);
        }

        /** Completes sends until none is in flight. */
        void drain() {
            while (!inFlight.isEmpty()) {
                completeOne();
            }
        }

        List<String> types() {
            return sent.stream().map(PushFixtures::type).toList();
        }
    }

    /** RBAC: allowed rules "verb resource namespace" ("" cluster-wide), revocable. */
    static final class Rbac implements AccessReviewer, SubscriptionAuthorizer.ListableNamespaces {
        final Set<String> rules = new HashSet<>();
        final List<String> namespaces = new ArrayList<>(List.of("team-a", "team-b", "team-c"));
        final List<String> askedBy = new ArrayList<>();

        Rbac allow(String verb, String resource, String namespace) {
            rules.add(verb + " " + resource + " " + namespace);
            return this;
        }

        Rbac revoke(String verb, String resource, String namespace) {
            rules.remove(verb + " " + resource + " " + namespace);
            return this;
        }

        /** list and watch. */
        Rbac stream(String resource, String namespace) {
            return allow("list", resource, namespace).allow("watch", resource, namespace);
        }

        @Override
        public synchronized boolean allowed(UserIdentity user, String verb, String group, String resource, String namespace) {
            askedBy.add(CurrentUser.get().map(i -> i.user().name()).orElse("<nobody>"));
            return rules.contains(verb + " " + resource + " " + (namespace == null ? "" : namespace));
        }

        @Override
        public ReadableNamespaces.Scope forList(UserIdentity user, String group, String resource) {
            if (allowed(user, "list", group, resource, "")) {
                return ReadableNamespaces.Scope.ALL;
            }
            return new ReadableNamespaces.Scope(false, allowedIn(user, "list", group, resource, namespaces));
        }
    }

    static String type(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getString("type");
    }

    static jakarta.json.JsonObject json(String json) {
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject();
    }
}
