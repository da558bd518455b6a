package io.k8sdashboard.server.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import io.k8sdashboard.plugin.api.PluginApi;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.server.events.EventBus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginBootstrapTest {

    @TempDir
    Path pluginsDir;

    @TempDir
    Path extraDir;

    private final List<PluginBootstrap> started = new ArrayList<>();

    @AfterEach
    void unload() {
        started.forEach(PluginBootstrap::unload);
    }

    private PluginCatalog load() {
        return load(List.of(pluginsDir));
    }

    private PluginCatalog load(List<Path> directories) {
        EventBus bus = new EventBus();
        PluginBootstrap bootstrap = new PluginBootstrap(directories, id -> context(id, bus));
        started.add(bootstrap);
        return bootstrap.start();
    }

    private static PluginContext context(String id, EventBus bus) {
        return new HostPluginContext(id, () -> null, () -> null, bus,
                new ConfigPluginSettings(id, key -> Optional.ofNullable(Map.of(
                        "dashboard.plugin.widgets.greeting", "hello").get(key))), new io.k8sdashboard.plugin.api.BackgroundWork() {
                            @Override
                            public <T> java.util.concurrent.Future<T> submit(java.util.concurrent.Callable<T> work) {
                                throw new UnsupportedOperationException("no background work in these tests");
                            }
                        });
    }

    // --- sources of the test plugins -------------------------------------------------------------

    private static String mainClass(String pkg, String name, String startBody) {
        return """
                package %s;
                public class %s extends io.k8sdashboard.plugin.api.DashboardPlugin {
                    public %s(io.k8sdashboard.plugin.api.PluginContext context) { super(context); }
                    @Override public void start() { %s }
                }
                """.formatted(pkg, name, name, startBody);
    }

    private static String kind(String pkg, String name, String group, String kindName, String plural) {
        return """
                package %s;
                import io.k8sdashboard.plugin.api.*;
                import java.util.List;
                @org.pf4j.Extension
                public class %s implements ResourceKindProvider {
                    public KindDescriptor kind() { return new KindDescriptor("%s", "v1", "%s", "%s", true); }
                    public List<Column> columns() { return List.of(Column.of("Size", ColumnType.INTEGER, "size", o -> null)); }
                }
                """.formatted(pkg, name, group, kindName, plural);
    }

    private static String route(String pkg, String name, String segment) {
        return """
                package %s;
                import io.k8sdashboard.plugin.api.*;
                @org.pf4j.Extension
                public class %s implements RouteContribution {
                    public String segment() { return "%s"; }
                    public Object resource(PluginContext context) { return new %sResource(context); }
                }
                """.formatted(pkg, name, segment, name);
    }

    private static String routeResource(String pkg, String name) {
        return """
                package %s;
                import jakarta.ws.rs.*;
                public class %sResource {
                    private final io.k8sdashboard.plugin.api.PluginContext context;
                    public %sResource(io.k8sdashboard.plugin.api.PluginContext context) { this.context = context; }
                    @GET @Produces("application/json") public String list(
                            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "a namespace",
                                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(pattern = "^[a-z]+$"))
                            @QueryParam("namespace") String ns) { return context.pluginId(); }
                    @GET @Path("{name}/versions/{version: [0-9.]+}") public String get(@PathParam("name") String n,
                            @PathParam("version") String v) { return n; }
                    @DELETE @Path("{name}") public void delete(@PathParam("name") String n) { }
                }
                """.formatted(pkg, name, name, name);
    }

    private PluginJar widgets() {
        // start() proves the factory handed over this plugin's own context with its settings.
        return PluginJar.plugin("widgets")
                .mainClass("fx.widgets.WidgetsPlugin", mainClass("fx.widgets", "WidgetsPlugin", """
                        if (!"widgets".equals(context().pluginId())
                                || !"hello".equals(context().settings().get("greeting", "?"))) {
                            throw new IllegalStateException("wrong context");
                        }"""))
                .extension("fx.widgets.WidgetKind", kind("fx.widgets", "WidgetKind", "example.com", "Widget", "widgets"))
                .extension("fx.widgets.Shop", route("fx.widgets", "Shop", "widget-shop"))
                .source("fx.widgets.ShopResource", routeResource("fx.widgets", "Shop"))
                .extension("fx.widgets.Ui", """
                        package fx.widgets;
                        import io.k8sdashboard.plugin.api.UiContribution;
                        import java.util.List;
                        @org.pf4j.Extension
                        public class Ui implements UiContribution {
                            public String bundle() { return "ui/index.js"; }
                            public List<UiSlot> slots() { return List.of(UiSlot.ROUTE, UiSlot.SIDEBAR_ENTRY); }
                        }
                        """)
                .resource("ui/index.js", "export default {};\n")
                .resource("secret.properties", "password=1\n");
    }

    // --- tests -----------------------------------------------------------------------------------

    @Test
    void startedPluginContributesItsKindRouteAndUi() throws IOException {
        widgets().writeTo(pluginsDir);

        PluginCatalog catalog = load();

        PluginReport report = catalog.report("widgets").orElseThrow();
        assertThat(report.state()).isEqualTo("STARTED");
        assertThat(report.error()).isNull();
        assertThat(report.version()).isEqualTo("1.0.0");
        assertThat(report.requires()).isEqualTo(">=1.0.0 & <2.0.0");
        assertThat(report.contributes().kinds()).containsExactly("widgets.example.com");
        assertThat(report.contributes().routes()).containsExactly("widget-shop");
        assertThat(report.contributes().ui().url()).isEqualTo("/api/v1/plugins/widgets/ui/index.js");
        assertThat(report.contributes().ui().slots()).containsExactly("ROUTE", "SIDEBAR_ENTRY");
        assertThat(catalog.kinds()).extracting(k -> k.kind().resourceName()).containsExactly("widgets.example.com");
        assertThat(catalog.route("widget-shop")).isPresent();
        assertThat(catalog.route("nothing")).isEmpty();
    }

    @Test
    void pluginThatThrowsOnStartIsFailedAndOthersKeepRunning() throws IOException {
        widgets().writeTo(pluginsDir);
        PluginJar.plugin("broken")
                .mainClass("fx.broken.BrokenPlugin", mainClass("fx.broken", "BrokenPlugin",
                        "throw new IllegalStateException(\"database on fire\");"))
                .extension("fx.broken.BrokenKind", kind("fx.broken", "BrokenKind", "broken.io", "Thing", "things"))
                .writeTo(pluginsDir);

        PluginCatalog catalog = load();

        PluginReport broken = catalog.report("broken").orElseThrow();
        assertThat(broken.state()).isEqualTo("FAILED");
        assertThat(broken.failed()).isTrue();
        assertThat(broken.error()).contains("database on fire");
        assertThat(broken.contributes().kinds()).isEmpty();
        assertThat(catalog.report("widgets").orElseThrow().state()).isEqualTo("STARTED");
        assertThat(catalog.kinds()).extracting(k -> k.kind().resourceName()).containsExactly("widgets.example.com");
    }

    @Test
    void mainClassNotExtendingDashboardPluginIsFailed() throws IOException {
        PluginJar.plugin("legacy")
                .mainClass("fx.legacy.LegacyPlugin", """
                        package fx.legacy;
                        public class LegacyPlugin extends org.pf4j.Plugin { }
                        """)
                .writeTo(pluginsDir);

        PluginReport legacy = load().report("legacy").orElseThrow();

        assertThat(legacy.state()).isEqualTo("FAILED");
        assertThat(legacy.error()).contains("must extend").contains("DashboardPlugin");
    }

    @Test
    void clashingAndReservedSegmentsAreRejectedAndReported() throws IOException {
        widgets().writeTo(pluginsDir); // mounts widget-shop first: "widgets" < "zz-copycat"
        PluginJar.plugin("zz-copycat")
                .extension("fx.copy.Shop", route("fx.copy", "Shop", "widget-shop"))
                .source("fx.copy.ShopResource", routeResource("fx.copy", "Shop"))
                .extension("fx.copy.Core", route("fx.copy", "Core", "resources"))
                .source("fx.copy.CoreResource", routeResource("fx.copy", "Core"))
                .extension("fx.copy.Bad", route("fx.copy", "Bad", "Bad_Segment"))
                .source("fx.copy.BadResource", routeResource("fx.copy", "Bad"))
                .writeTo(pluginsDir);

        PluginCatalog catalog = load();

        PluginReport copycat = catalog.report("zz-copycat").orElseThrow();
        assertThat(copycat.state()).isEqualTo("STARTED");
        assertThat(copycat.contributes().routes()).isEmpty();
        assertThat(copycat.problems()).anySatisfy(p -> assertThat(p)
                .contains("widget-shop").contains("already mounted by plugin widgets"));
        assertThat(copycat.problems()).anySatisfy(p -> assertThat(p).contains("resources").contains("reserved"));
        assertThat(copycat.problems()).anySatisfy(p -> assertThat(p).contains("Bad_Segment").contains("kebab-case"));
        assertThat(catalog.route("widget-shop").orElseThrow().pluginId()).isEqualTo("widgets");
        assertThat(catalog.route("resources")).isEmpty();
    }

    @Test
    void duplicateKindFirstWins() throws IOException {
        widgets().writeTo(pluginsDir);
        PluginJar.plugin("zz-widgets-again")
                .extension("fx.again.WidgetKind", kind("fx.again", "WidgetKind", "example.com", "Widget", "widgets"))
                .writeTo(pluginsDir);

        PluginCatalog catalog = load();

        assertThat(catalog.kinds()).hasSize(1);
        assertThat(catalog.kinds().get(0).getClass().getName()).isEqualTo("fx.widgets.WidgetKind");
        assertThat(catalog.report("zz-widgets-again").orElseThrow().problems())
                .anySatisfy(p -> assertThat(p).contains("already provided by plugin widgets"));
    }

    @Test
    void pluginRequiringAnotherApiVersionIsNotStarted() throws IOException {
        PluginJar.plugin("from-the-future")
                .requires(">=2.0.0")
                .mainClass("fx.future.FuturePlugin", mainClass("fx.future", "FuturePlugin", ""))
                .extension("fx.future.FutureKind", kind("fx.future", "FutureKind", "future.io", "Gadget", "gadgets"))
                .writeTo(pluginsDir);

        PluginCatalog catalog = load();

        PluginReport future = catalog.report("from-the-future").orElseThrow();
        assertThat(future.state()).isEqualTo("DISABLED");
        assertThat(future.error()).contains(">=2.0.0").contains(PluginApi.VERSION);
        assertThat(catalog.kinds()).isEmpty();
    }

    @Test
    void missingDirectoryMeansNoPlugins() {
        PluginBootstrap bootstrap = new PluginBootstrap(pluginsDir.resolve("absent"), id -> null);
        assertThat(bootstrap.start().reports()).isEmpty();
    }

    @Test
    void pluginsOfAnExtraDirectoryRunBesideTheBuiltInOnes() throws IOException {
        widgets().writeTo(pluginsDir);
        PluginJar.plugin("gadgets")
                .extension("fx.gadgets.GadgetKind", kind("fx.gadgets", "GadgetKind", "gadgets.io", "Gadget", "gadgets"))
                .writeTo(extraDir);

        PluginCatalog catalog = load(PluginHost.directories(pluginsDir.toString(), " " + extraDir + " ,"));

        assertThat(catalog.reports()).extracting(r -> r.id() + "=" + r.state())
                .containsExactly("gadgets=STARTED", "widgets=STARTED");
        assertThat(catalog.kinds()).extracting(k -> k.kind().resourceName())
                .containsExactlyInAnyOrder("widgets.example.com", "gadgets.gadgets.io");
    }

    @Test
    void aPluginIdAlreadyInTheBuiltInDirectoryIsNotLoadedAgainFromAnExtraOne() throws IOException {
        widgets().writeTo(pluginsDir);
        PluginJar.plugin("widgets")
                .extension("fx.impostor.GadgetKind", kind("fx.impostor", "GadgetKind", "gadgets.io", "Gadget", "gadgets"))
                .writeTo(extraDir);

        PluginCatalog catalog = load(List.of(pluginsDir, extraDir));

        assertThat(catalog.reports()).extracting(PluginReport::id).containsExactly("widgets");
        assertThat(catalog.kinds()).extracting(k -> k.kind().resourceName()).containsExactly("widgets.example.com");
    }

    @Test
    void aMissingExtraDirectoryIsSkipped() throws IOException {
        widgets().writeTo(pluginsDir);

        PluginCatalog catalog = load(List.of(pluginsDir, extraDir.resolve("absent")));

        assertThat(catalog.report("widgets").orElseThrow().state()).isEqualTo("STARTED");
    }

    @Test
    void extraDirectoriesAreCommaSeparatedAfterTheBuiltInOne() {
        assertThat(PluginHost.directories("/srv/plugins", "")).containsExactly(Path.of("/srv/plugins"));
        assertThat(PluginHost.directories("/srv/plugins", " /opt/a , ,/opt/b"))
                .containsExactly(Path.of("/srv/plugins"), Path.of("/opt/a"), Path.of("/opt/b"));
    }

    @Test
    void routeOperationsAreReadFromThePluginObject() throws IOException {
        widgets().writeTo(pluginsDir);

        MountedRoute route = load().route("widget-shop").orElseThrow();

        assertThat(RouteOperations.of(route))
                .extracting(op -> op.httpMethod() + " " + op.path())
                .containsExactly(
                        "GET /api/v1/widget-shop",
                        "DELETE /api/v1/widget-shop/{name}",
                        "GET /api/v1/widget-shop/{name}/versions/{version}");
        RouteOperation versions = RouteOperations.of(route).get(2);
        assertThat(versions.pathParams()).containsExactly("name", "version");
        assertThat(versions.pluginId()).isEqualTo("widgets");
        RouteOperation list = RouteOperations.of(route).get(0);
        assertThat(list.queryParams()).containsExactly("namespace");
        // What the plugin says about its route reaches /openapi: media type and parameter schema.
        assertThat(list.produces()).containsExactly("application/json");
        assertThat(list.documented().get("namespace").schema().pattern()).isEqualTo("^[a-z]+$");
        assertThat(versions.documented()).isEmpty();
    }

    @Test
    void uiFilesAreServedOnlyFromTheBundleDirectoryOfThePluginJar() throws IOException {
        widgets().writeTo(pluginsDir);
        PluginUi ui = load().ui("widgets").orElseThrow();

        assertThat(PluginUiFiles.find(ui, "index.js")).hasValueSatisfying(f ->
                assertThat(f.contentType()).startsWith("text/javascript"));
        assertThat(PluginUiFiles.find(ui, "../secret.properties")).isEmpty();
        assertThat(PluginUiFiles.find(ui, "missing.js")).isEmpty();
        // A class of the host is visible through a parent loader, but never served.
        assertThat(PluginUiFiles.find(ui, "../io/k8sdashboard/plugin/api/plugin-api.properties")).isEmpty();
    }
}
