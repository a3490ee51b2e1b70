package org.cxrtriage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The data path dicom -> imaging -> inference -> review -> ui, with app/cli/training as entry points. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cxrtriage");
    }

    @Test
    void layersOnlyDependDownstream() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("dicom").definedBy("org.cxrtriage.dicom..")
                .layer("imaging").definedBy("org.cxrtriage.imaging..")
                .layer("inference").definedBy("org.cxrtriage.inference..")
                .layer("review").definedBy("org.cxrtriage.review..")
                .layer("ui").definedBy("org.cxrtriage.ui..")
                .layer("cli").definedBy("org.cxrtriage.cli..")
                .layer("training").definedBy("org.cxrtriage.training..")
                .layer("app").definedBy("org.cxrtriage.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("training").mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("review").mayOnlyBeAccessedByLayers("ui", "cli", "app")
                .whereLayer("inference").mayOnlyBeAccessedByLayers("review", "ui", "cli", "training", "app")
                .whereLayer("imaging").mayOnlyBeAccessedByLayers("inference", "review", "ui", "cli", "training", "app")
                .check(classes);
    }

    @Test
    void dataLayersHaveNoJavaFx() {
        noClasses().that().resideInAnyPackage("org.cxrtriage.dicom..", "org.cxrtriage.imaging..",
                        "org.cxrtriage.inference..", "org.cxrtriage.review..", "org.cxrtriage.training..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void pixelMedStaysInsideTheDicomPackage() {
        noClasses().that().resideOutsideOfPackages("org.cxrtriage.dicom..", "org.cxrtriage.app..")
                .should().dependOnClassesThat().resideInAnyPackage("com.pixelmed..")
                .check(classes);
    }

    @Test
    void nDArraysStayInsideInference() {
        noClasses().that().resideOutsideOfPackages("org.cxrtriage.inference..", "org.cxrtriage.training..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl.ndarray..", "org.tensorflow..")
                .check(classes);
    }

    @Test
    void loggingOnlyThroughSlf4jAndNoSystemOutOutsideThePrinter() {
        noClasses().that().doNotHaveFullyQualifiedName("org.cxrtriage.cli.Printer")
                .and().doNotHaveFullyQualifiedName("org.cxrtriage.app.Launcher")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..")
                .check(classes);
    }

    @Test
    void noThreadsStartedByHandInTheUi() {
        noClasses().that().resideInAPackage("org.cxrtriage.ui..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class)
                .check(classes);
    }
}
