package io.k8sdashboard.server.readmodel;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * An object as the read model holds it between reads: its JSON, deflated. A pod parsed into maps
 * costs about 14 KiB of heap; its JSON about 3 KiB, deflated under 1 KiB. Lists are served from rows
 * and never need the object; a get inflates one (tens of microseconds).
 */
final class CompactObject {

    private final byte[] deflated;

    private CompactObject(byte[] deflated) {
        this.deflated = deflated;
    }

    static CompactObject of(GenericKubernetesResource object) {
        byte[] json = Serialization.asJson(object).getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(json);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 3 + 64);
            byte[] buffer = new byte[4096];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new CompactObject(out.toByteArray());
        } finally {
            deflater.end();
        }
    }

    /** A fresh copy of the object: callers may change it. */
    GenericKubernetesResource inflate() {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("truncated object in the read model");
                }
                out.write(buffer, 0, n);
            }
            return Serialization.unmarshal(out.toString(StandardCharsets.UTF_8), GenericKubernetesResource.class);
        } catch (DataFormatException e) {
            throw new IllegalStateException("corrupt object in the read model", e);
        } finally {
            inflater.end();
        }
    }

    /** Bytes held. */
    int size() {
        return deflated.length;
    }
}
