package io.k8sdashboard.plugins.resourceviewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.ResourceKindProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PF4J finds extensions only through META-INF/extensions.idx, written by its annotation processor
 * at compile time. A kind missing {@code @Extension} would silently vanish from the dashboard;
 * this fails the build instead.
 */
class ExtensionIndexTest {

    static final Path CLASSES = Path.of("target", "classes");
    static final Set<String> CATEGORIES = Set.of("Workloads", "Network", "Config", "Storage", "Access control", "Cluster");

    static List<String> indexed() {
        try {
            return Files.readAllLines(CLASSES.resolve("META-INF/extensions.idx")).stream()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every kind the plugin ships, instantiated the way PF4J would. */
    static List<ResourceKindProvider> providers() {
        return indexed().stream().map(name -> {
            try {
                return (ResourceKindProvider) Class.forName(name).getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError("cannot instantiate " + name, e);
            }
        }).toList();
    }

    @Test
    void indexListsTheTwentyThreeKinds() {
        assertThat(indexed()).hasSize(23).doesNotHaveDuplicates();
    }

    @Test
    void everyProviderClassCompiledIsIndexed() throws IOException {
        Set<String> compiled;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            compiled = files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", ""))
                    .filter(ExtensionIndexTest::isConcreteProvider)
                    .collect(Collectors.toSet());
        }
        assertThat(compiled).hasSize(23);
        assertThat(indexed()).containsExactlyInAnyOrderElementsOf(compiled);
    }

    @Test
    void kindsAreDistinctAndGrouped() {
        List<ResourceKindProvider> providers = providers();
        assertThat(providers.stream().map(p -> p.kind().resourceName())).doesNotHaveDuplicates();
        assertThat(providers.stream().flatMap(p -> p.shortNames().stream())).doesNotHaveDuplicates()
                .contains("po", "deploy", "svc", "cm", "ns", "no", "rs", "sts", "ds", "cj", "ing", "pvc", "pv", "ev", "sa", "hpa", "netpol");
        providers.forEach(p -> assertThat(CATEGORIES).as("category of %s", p.kind()).contains(p.category()));
    }

    private static boolean isConcreteProvider(String className) {
        try {
            Class<?> type = Class.forName(className);
            return ResourceKindProvider.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
