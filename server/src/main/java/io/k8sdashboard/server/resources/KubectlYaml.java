package io.k8sdashboard.server.resources;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes objects as YAML the way {@code kubectl get -o yaml} does: no document marker, quotes
 * only where a plain scalar would be read back as another type ("80", "true"), multi-line text
 * as literal blocks. fabric8's {@code Serialization.asYaml} quotes every string.
 */
final class KubectlYaml {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .build();

    private KubectlYaml() {
    }

    static String write(Object tree) {
        return MAPPER.writeValueAsString(tree);
    }
}
