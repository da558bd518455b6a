package io.k8sdashboard.server.plugins;

import io.k8sdashboard.plugin.api.DashboardPlugin;
import io.k8sdashboard.plugin.api.PluginContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Function;
import org.pf4j.Plugin;
import org.pf4j.PluginFactory;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * Creates a plugin's main class with its {@link PluginContext}, so plugins get the host's services
 * through the constructor and never see PF4J's {@link PluginWrapper}. A plugin without a main
 * class gets a do-nothing {@link Plugin}: a plugin may consist of extensions only.
 *
 * <p>Errors are thrown, not returned as null: PF4J then marks the plugin FAILED with the cause.
 */
final class DashboardPluginFactory implements PluginFactory {

    private final Function<String, PluginContext> contexts;

    DashboardPluginFactory(Function<String, PluginContext> contexts) {
        this.contexts = contexts;
    }

    @Override
    public Plugin create(PluginWrapper wrapper) {
        String id = wrapper.getPluginId();
        String className = wrapper.getDescriptor().getPluginClass();
        if (className == null || className.isBlank() || Plugin.class.getName().equals(className)) {
            return new Plugin();
        }
        Class<?> pluginClass;
        try {
            pluginClass = wrapper.getPluginClassLoader().loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginRuntimeException(e, "Plugin-Class {} of plugin {} cannot be loaded", className, id);
        }
        if (!DashboardPlugin.class.isAssignableFrom(pluginClass)) {
            throw new PluginRuntimeException("Plugin-Class {} of plugin {} must extend {}", className, id,
                    DashboardPlugin.class.getName());
        }
        try {
            Constructor<?> constructor = pluginClass.getConstructor(PluginContext.class);
            return (Plugin) constructor.newInstance(contexts.apply(id));
        } catch (NoSuchMethodException e) {
            throw new PluginRuntimeException("Plugin-Class {} of plugin {} needs a public constructor taking a PluginContext",
                    className, id);
        } catch (InvocationTargetException e) {
            throw new PluginRuntimeException(e.getCause(), "Constructor of {} (plugin {}) threw", className, id);
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Cannot create {} (plugin {})", className, id);
        }
    }
}
