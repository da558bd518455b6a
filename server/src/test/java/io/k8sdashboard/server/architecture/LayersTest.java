package io.k8sdashboard.server.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's layers point one way (design decision 11): plugin-api &lt;- input rules and kinds
 * catalogue &lt;- read model and mutations &lt;- access &lt;- REST and /ws. Checked on the compiled classes, so a reference
 * written with a fully qualified name counts as much as an import.
 */
class LayersTest {

    private static final String ROOT = "io.k8sdashboard.server";
    private static JavaClasses classes;

    @BeforeAll
    static void importServerClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void layersOnlyDependOnLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("input rules").definedBy(ROOT + ".validation..")
                .layer("kinds").definedBy(ROOT + ".kinds..")
                .layer("read model").definedBy(ROOT + ".readmodel..")
                .layer("mutations").definedBy(ROOT + ".mutations..", ROOT + ".audit..")
                .layer("access").definedBy(ROOT + ".access..")
                .layer("REST and /ws").definedBy(ROOT + ".resources..", ROOT + ".push..", ROOT + ".actions..")
                .whereLayer("REST and /ws").mayNotBeAccessedByAnyLayer()
                .whereLayer("access").mayOnlyBeAccessedByLayers("REST and /ws")
                .whereLayer("read model").mayOnlyBeAccessedByLayers("access", "REST and /ws")
                .whereLayer("mutations").mayOnlyBeAccessedByLayers("REST and /ws")
                .whereLayer("kinds").mayOnlyBeAccessedByLayers("read model", "mutations", "access", "REST and /ws")
                .whereLayer("input rules").mayOnlyBeAccessedByLayers("kinds", "read model", "mutations", "access",
                        "REST and /ws")
                .check(classes);
    }

    @Test
    void theLayeredPackagesHaveNoCycles() {
        slices().matching(ROOT + ".(validation|kinds|readmodel|mutations|audit|access|resources|push|actions)..").should().beFreeOfCycles().check(classes);
    }
}
