package io.k8sdashboard.server.actions;

import io.k8sdashboard.plugin.api.ActionParameter;
import io.k8sdashboard.plugin.api.ActionParameters;
import io.k8sdashboard.plugin.api.ActionRequest;
import io.k8sdashboard.plugin.api.ActionResult;
import io.k8sdashboard.plugin.api.KindDescriptor;
import io.k8sdashboard.plugin.api.PluginContext;
import io.k8sdashboard.plugin.api.RequiredAccess;
import io.k8sdashboard.plugin.api.ResourceAction;
import io.k8sdashboard.server.kinds.KindRegistry;
import io.k8sdashboard.server.kinds.RegisteredKind;
import java.util.ArrayList;
import java.util.List;

/** Kinds and a recording action for the actions tests. */
final class ActionFixtures {

    static final KindDescriptor CONFIGMAPS = new KindDescriptor("", "v1", "ConfigMap", "configmaps", true);
    static final KindDescriptor DEPLOYMENTS = new KindDescriptor("apps", "v1", "Deployment", "deployments", true);
    static final KindDescriptor NODES = new KindDescriptor("", "v1", "Node", "nodes", false);

    private ActionFixtures() {
    }

    static KindRegistry registry() {
        return new KindRegistry(() -> List.of(kind(CONFIGMAPS, "cm"), kind(DEPLOYMENTS, "deploy"), kind(NODES, "no")), List::of);
    }

    private static RegisteredKind kind(KindDescriptor d, String shortName) {
        return new RegisteredKind(d, List.of(), List.of(shortName), "Test", "test-plugin", null);
    }

    /** An action that records each request it is called with. */
    static class Recording implements ResourceAction {
        final List<ActionRequest> calls = new ArrayList<>();
        private final String id;
        private final KindDescriptor kind;
        private final RequiredAccess access;
        private final ActionParameters parameters;

        Recording(String id, KindDescriptor kind, RequiredAccess access, ActionParameters parameters) {
            this.id = id;
            this.kind = kind;
            this.access = access;
            this.parameters = parameters;
        }

        static Recording annotate() {
            return new Recording("annotate", CONFIGMAPS, RequiredAccess.of("patch", CONFIGMAPS), ActionParameters.of(
                    ActionParameter.string("key", "Key").asRequired().matching("[a-z.-]+"),
                    ActionParameter.string("value", "Value").asRequired(),
                    ActionParameter.integer("times", "Times").range(1, 3),
                    ActionParameter.bool("loud", "Loud"),
                    ActionParameter.oneOf("mode", "Mode", "fast", "safe")));
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title() {
            return id;
        }

        @Override
        public KindDescriptor kind() {
            return kind;
        }

        @Override
        public RequiredAccess requiredAccess() {
            return access;
        }

        @Override
        public ActionParameters parameters() {
            return parameters;
        }

        @Override
        public ActionResult execute(ActionRequest request, PluginContext context) {
            calls.add(request);
            return ActionResult.done("ran " + id + " as " + context.pluginId());
        }
    }
}
