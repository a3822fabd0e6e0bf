package io.milepost;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layer rules of DESIGN.md §1, one rule a line. */
@AnalyzeClasses(packages = "io.milepost", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] UI_AND_IO_LIBRARIES = {"javafx..", "java.awt..", "javax.swing..", "java.sql..",
        "org.sqlite..", "tools.jackson..", "com.fasterxml..", "org.apache.pdfbox..", "org.apache.poi..", "net.fortuna..",
        "org.mpxj..",
        "picocli..", "org.slf4j.."};

    @ArchTest
    static final ArchRule modelUsesTheJavaLibraryOnly = classes().that().resideInAPackage("io.milepost.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.milepost.model..", "io.milepost.i18n..",
                    "java..");

    /** The bundles' words are below everything, so the model's problems and the chart's legend can be worded too. */
    @ArchTest
    static final ArchRule wordsUseTheJavaLibraryOnly = classes().that().resideInAPackage("io.milepost.i18n..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.milepost.i18n..", "java..");

    @ArchTest
    static final ArchRule chartUsesTheModelAndTheJavaLibraryOnly = classes().that()
            .resideInAPackage("io.milepost.chart..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.milepost.chart..", "io.milepost.model..",
                    "io.milepost.i18n..", "java..");

    @ArchTest
    static final ArchRule modelAndChartTouchNoUiOrFileLibrary = noClasses().that()
            .resideInAnyPackage("io.milepost.model..", "io.milepost.chart..")
            .should().dependOnClassesThat().resideInAnyPackage(UI_AND_IO_LIBRARIES);

    @ArchTest
    static final ArchRule pdfBoxLivesInIoPdf = noClasses().that().resideOutsideOfPackage("io.milepost.io.pdf..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

    @ArchTest
    static final ArchRule poiLivesInIoMatrix = noClasses().that().resideOutsideOfPackage("io.milepost.io.matrix..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..");

    @ArchTest
    static final ArchRule java2dLivesInIoPng = noClasses().that().resideOutsideOfPackage("io.milepost.io.png..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..");

    @ArchTest
    static final ArchRule jacksonLivesInIoJsonAndIoCsv = noClasses().that()
            .resideOutsideOfPackages("io.milepost.io.json..", "io.milepost.io.csv..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule ical4jLivesInIoIcs = noClasses().that().resideOutsideOfPackage("io.milepost.io.ics..")
            .should().dependOnClassesThat().resideInAPackage("net.fortuna..");

    @ArchTest
    static final ArchRule mpxjLivesInIoMpxj = noClasses().that().resideOutsideOfPackage("io.milepost.io.mpxj..")
            .should().dependOnClassesThat().resideInAPackage("org.mpxj..");

    @ArchTest
    static final ArchRule sqliteDriverLivesInStoreSqlite = noClasses().that()
            .resideOutsideOfPackage("io.milepost.store.sqlite..")
            .should().dependOnClassesThat().resideInAPackage("org.sqlite..");

    @ArchTest
    static final ArchRule jdbcLivesInTheStore = noClasses().that().resideOutsideOfPackage("io.milepost.store..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule storeKnowsOnlyTheModel = noClasses().that().resideInAPackage("io.milepost.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.milepost.app..", "io.milepost.ui..",
                    "io.milepost.io..", "io.milepost.chart..");

    @ArchTest
    static final ArchRule ioKnowsNeitherStoreNorAppNorUi = noClasses().that().resideInAPackage("io.milepost.io..")
            .should().dependOnClassesThat().resideInAnyPackage("io.milepost.store..", "io.milepost.app..",
                    "io.milepost.ui..");

    @ArchTest
    static final ArchRule theWindowHearsOfDocumentsThroughTheAppOnly = noClasses().that()
            .resideInAPackage("io.milepost.ui..").should().dependOnClassesThat().resideInAPackage("io.milepost.store..")
            .because("the window hears of documents through app (DESIGN §1): DocumentSession, DocumentProblem, Access");

    @ArchTest
    static final ArchRule appHasNoSceneGraph = noClasses().that().resideInAPackage("io.milepost.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "io.milepost.ui..");

    @ArchTest
    static final ArchRule ganttSkinIsReachedOnlyFromGantt = classes().that()
            .resideInAPackage("io.milepost.ui.gantt.skin..")
            .should().onlyHaveDependentClassesThat().resideInAPackage("io.milepost.ui.gantt..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewModelsHaveNoSceneGraph = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .allowEmptyShould(true);

    /**
     * The one named escape hatch: a JavaFX control creates its default skin, and the skin knows its control. Only
     * that constructor call may point from {@code ui.gantt} back into {@code ui.gantt.skin}.
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.milepost.(**)").should().beFreeOfCycles()
            .ignoreDependency("io.milepost.ui.gantt.GanttChart", "io.milepost.ui.gantt.skin.GanttChartSkin");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses().that().resideOutsideOfPackage("io.milepost.app.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule oneLoggingApi = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.logging..", "org.apache.commons.logging..",
                    "org.apache.log4j..");
}
