package io.k8sdashboard.plugins.resourceviewer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/** Loads sample objects from {@code src/test/resources/samples}, as the API server would send them as JSON. */
final class Samples {

    private Samples() {
    }

    /** The single object of a sample file. */
    static Map<String, Object> load(String name) {
        List<Map<String, Object>> all = loadAll(name);
        if (all.size() != 1) {
            throw new IllegalStateException(name + " holds " + all.size() + " documents, expected 1");
        }
        return all.get(0);
    }

    /** Every document of a multi-document sample file. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> loadAll(String name) {
        LoaderOptions options = new LoaderOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
                new TimestampsAsText());
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            List<Map<String, Object>> docs = new ArrayList<>();
            yaml.loadAll(in).forEach(doc -> docs.add((Map<String, Object>) doc));
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON has no timestamp type: keep RFC 3339 times as strings instead of YAML 1.1 dates. */
    private static final class TimestampsAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
