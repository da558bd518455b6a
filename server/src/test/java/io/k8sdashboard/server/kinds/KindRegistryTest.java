package io.k8sdashboard.server.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.k8sdashboard.plugin.api.Column;
import io.k8sdashboard.plugin.api.ColumnType;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.plugin.api.ResourceKindProvider;
import io.k8sdashboard.server.plugins.PluginExtensions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KindRegistryTest {

    /** A provider counting how often the host asks it what it is. */
    static final class CountingProvider implements ResourceKindProvider {
        final AtomicInteger kindCalls = new AtomicInteger();
        final AtomicInteger columnCalls = new AtomicInteger();

        @Override
        public KindDescriptor kind() {
            kindCalls.incrementAndGet();
            return new KindDescriptor("apps", "v1", "Deployment", "deployments", true);
        }

        @Override
        public List<Column> columns() {
            columnCalls.incrementAndGet();
            return List.of(Column.of("Ready", ColumnType.STRING, "ready", o -> o.string("status.ready")));
        }

        @Override
        public List<String> shortNames() {
            return List.of("deploy");
        }
    }

    /** A plugin host whose list of providers is what it had at start, or a new list after a reload. */
    static final class FakeExtensions implements PluginExtensions {
        volatile List<ResourceKindProvider> providers;

        FakeExtensions(List<ResourceKindProvider> providers) {
            this.providers = providers;
        }

        @Override
        public List<ResourceKindProvider> kindProviders() {
            return providers;
        }

        @Override
        public List<ResourceAction> actions() {
            return List.of();
        }

        @Override
        public Optional<String> pluginOf(ResourceKindProvider provider) {
            return Optional.of("resource-viewer");
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-01T10:00:00Z");

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

    private static CustomResourceDefinition crd(String plural, String kind) {
        return new CustomResourceDefinitionBuilder().withNewMetadata().withName(plural + ".example.com").endMetadata()
                .withNewSpec().withGroup("example.com").withScope("Namespaced")
                .withNewNames().withPlural(plural).withKind(kind).withSingular(kind.toLowerCase()).endNames()
                .addNewVersion().withName("v1").withServed(true).withStorage(true).endVersion()
                .endSpec().build();
    }

    @Test
    void providersAreAskedForKindAndColumnsOnceHoweverManyRequests() {
        CountingProvider provider = new CountingProvider();
        MovableClock clock = new MovableClock();
        List<CustomResourceDefinition> crds = new ArrayList<>(List.of(crd("widgets", "Widget")));
        AtomicInteger discoveries = new AtomicInteger();
        KindRegistry registry = new KindRegistry(new FakeExtensions(List.of(provider)), () -> {
            discoveries.incrementAndGet();
            return List.copyOf(crds);
        }, clock);

        for (int request = 0; request < 100; request++) {
            // What a list, a get and a watch subscription ask of the registry.
            RegisteredKind deployments = registry.resolve(request % 2 == 0 ? "deploy" : "deployments.apps");
            assertThat(KindTable.columns(deployments)).extracting(Column::name)
                    .containsExactly("Name", "Namespace", "Ready", "Age");
            assertThat(registry.kinds()).extracting(RegisteredKind::resourceName)
                    .containsExactly("deployments.apps", "widgets.example.com");
            assertThat(registry.find("apps/v1", "Deployment")).contains(deployments);
            if (request == 50) {
                // CRDs are still discovered (at most every 30 s); a new one is served, the plugin not asked again.
                crds.add(crd("gadgets", "Gadget"));
                clock.now = clock.now.plus(Duration.ofSeconds(31));
                assertThat(registry.resolve("gadget").resourceName()).isEqualTo("gadgets.example.com");
                crds.remove(1);
                clock.now = clock.now.plus(Duration.ofSeconds(31));
            }
        }

        assertThat(provider.kindCalls).hasValue(1);
        assertThat(provider.columnCalls).hasValue(1);
        assertThat(discoveries).hasValue(3);
    }

    @Test
    void kindsOfPluginsLoadedAfterTheFirstRequestAreServed() {
        CountingProvider provider = new CountingProvider();
        FakeExtensions extensions = new FakeExtensions(List.of());
        KindRegistry registry = new KindRegistry(extensions, List::of, new MovableClock());
        assertThat(registry.kinds()).isEmpty();

        extensions.providers = List.of(provider); // the plugin host finished loading
        assertThat(registry.resolve("deploy").source()).isEqualTo("resource-viewer");
        registry.kinds();
        assertThat(provider.kindCalls).hasValue(1);
    }
}
