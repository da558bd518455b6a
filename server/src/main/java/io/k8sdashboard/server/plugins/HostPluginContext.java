package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.BackgroundWork;
import io.k8sdashboard.plugin.api.ClusterReader;
import io.k8sdashboard.plugin.api.ClusterWriter;
import io.k8sdashboard.plugin.api.EventPublisher;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.PluginSettings;
import io.k8sdashboard.plugin.api.ProgressReporter;
import io.k8sdashboard.plugin.api.UserIdentity;
import io.k8sdashboard.server.events.BusEventPublisher;
import io.k8sdashboard.server.events.BusProgressReporter;
import io.k8sdashboard.server.events.EventBus;
import io.k8sdashboard.server.identity.CurrentUser;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The services the host lends one plugin. Reader and writer are looked up on every call: plugin
 * objects are not CDI beans, and the beans behind them act for whichever user the current thread
 * is bound to (the request's, or in background work the submitter's), so nothing user-specific is
 * ever captured here.
 */
final class HostPluginContext implements PluginContext {

    private final String pluginId;
    private final Supplier<ClusterReader> reader;
    private final Supplier<ClusterWriter> writer;
    private final EventBus bus;
    private final EventPublisher events;
    private final PluginSettings settings;
    private final BackgroundWork background;

    HostPluginContext(String pluginId, Supplier<ClusterReader> reader, Supplier<ClusterWriter> writer,
            EventBus bus, PluginSettings settings, BackgroundWork background) {
        this.pluginId = Objects.requireNonNull(pluginId, "pluginId");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.bus = Objects.requireNonNull(bus, "bus");
        this.events = new BusEventPublisher(bus, pluginId);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.background = Objects.requireNonNull(background, "background");
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public UserIdentity currentUser() {
        return CurrentUser.require().user();
    }

    @Override
    public ClusterReader reader() {
        return reader.get();
    }

    @Override
    public ClusterWriter writer() {
        return writer.get();
    }

    @Override
    public EventPublisher events() {
        return events;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public ProgressReporter progress(String operation, String target) {
        String startedBy = CurrentUser.get().map(identity -> identity.user().name()).orElse(null);
        return new BusProgressReporter(bus, pluginId, operation, target, startedBy);
    }

    @Override
    public BackgroundWork background() {
        return background;
    }
}
