package dev.rubric;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
  * The layer rules of DESIGN.md §1 and §7, in the target layout (architecture-review.md §4.1), checked
  * over the production classes only. Data flows one way: collect → link → judge → score → report →
  * render; cli is the thin shell over engine. Each rule names, in its {@code because}, what breaks
  * when it is broken. Do not weaken a rule to make it pass: move the code instead.
  */
@AnalyzeClasses(packages = "dev.rubric", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "dev.rubric.";

    @ArchTest
    static final ArchRule renderSeesOnlyTheReport = classes()
            .that().resideInAPackage(BASE + "render..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    BASE + "render..",
                    BASE + "report..",
                    // the JDK, including its XML APIs (SARIF/JUnit writers)
                    "java..", "javax.xml..", "org.w3c.dom..", "org.xml.sax..",
                    // Jackson (JSON and its XML/YAML dataformats), Mustache (HTML and Markdown templates)
                    "com.fasterxml.jackson..", "com.samskivert.mustache..", "com.github.mustachejava..",
                    // the CycloneDX library's BOM model and generator (the AI-BOM, -f cyclonedx)
                    "org.cyclonedx..")
            .because("the Report is the ONLY input of every renderer (DESIGN §1): a renderer that reaches into "
                    + "evidence, collectors or the engine can render facts that the report does not record, and a new "
                    + "format could not be written from a saved report alone");

    @ArchTest
    static final ArchRule reportKnowsNoEvidence = noClasses()
            .that().resideInAPackage(BASE + "report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    BASE + "evidence..", BASE + "collect..", BASE + "engine..", BASE + "cli..")
            .because("the Report is one versioned record with its own source/location/link types (DESIGN §7): "
                    + "if it imports evidence or collector types, every change of the evidence schema or of a collector's "
                    + "stat keys silently changes the report contract that CI scripts and renderers read");

    @ArchTest
    static final ArchRule collectorsKnowNothingDownstream = noClasses()
            .that().resideInAPackage(BASE + "collect..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    BASE + "rubric..", BASE + "judge..", BASE + "score..", BASE + "report..", BASE + "render..",
                    BASE + "engine..", BASE + "link..", BASE + "cli..")
            .because("collectors know nothing about the rubric (DESIGN §1): evidence must be the same whichever "
                    + "rubric later scores it, so `rubric score evidence.json` equals `rubric audit`");

    @ArchTest
    static final ArchRule redactionIsLinear = noClasses()
            .that().resideInAPackage(BASE + "collect.secrets..")
            .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
            .because("redaction runs on every string of the evidence, whatever the files hold (issue 10): a "
                    + "backtracking pattern made 80,000 dashes take two minutes; scanners and RE2/J are linear");

    @ArchTest
    static final ArchRule pureStepsDoNoIo = noClasses()
            .that().resideInAnyPackage(BASE + "link..", BASE + "judge..", BASE + "score..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "collect..", BASE + "render..", BASE + "cli..")
            .because("link, judge and score are pure steps over the evidence, run on both the audit and the score "
                    + "path (DESIGN §1, §7): reaching a collector means I/O or source-specific knowledge that a saved "
                    + "evidence.json does not carry, and reaching render or cli inverts the pipeline");

    @ArchTest
    static final ArchRule onlyMainImportsCli = noClasses()
            .that().resideOutsideOfPackage(BASE + "cli..")
            .and().doNotHaveFullyQualifiedName(Main.class.getName())
            .should().dependOnClassesThat().resideInAPackage(BASE + "cli..")
            .because("cli is a thin shell (options → request → engine → exit code, DESIGN §7): orchestration that "
                    + "lives in cli, or code that reads picocli options, cannot be reused by another entry point or "
                    + "tested without parsing a command line");

    @ArchTest
    static final ArchRule sourceClientsOnlyInCollect = noClasses()
            .that().resideOutsideOfPackage(BASE + "collect..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.eclipse.jgit..", "io.kubernetes..", "com.github.dockerjava..")
            .because("collect is the ONLY code that does I/O, and criteria know nothing about JGit, Kubernetes or "
                    + "Docker (DESIGN §1): a source client anywhere else ties scoring to a live source");

    @ArchTest
    static final ArchRule jgitInternalsFenced = noClasses()
            .that().resideOutsideOfPackage(BASE + "collect.git.internal..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.jgit.internal..")
            .because("JGit's internal API changes without notice between releases: it is fenced in "
                    + "collect/git/internal (architecture-review §4.1) so a JGit upgrade breaks one folder, not many");

    @ArchTest
    static final ArchRule sharedReadersAreSourceNeutral = noClasses()
            .that().resideInAPackage(BASE + "collect.read..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    BASE + "collect.tree..", BASE + "collect.formats..", BASE + "collect.git..")
            .because("read/ holds the readers shared by several collectors (manifests AND a live cluster, "
                    + "Dockerfiles AND image configs; DESIGN §7): a reader bound to the file walker, a parser or git "
                    + "cannot be used by the cluster and image collectors");

    @ArchTest
    static final ArchRule formatFamiliesIndependent = slices()
            .matching(BASE + "collect.formats.(*)..")
            .should().notDependOnEachOther()
            .because("one parser per input format, grouped by family (DESIGN §7): knowledge shared by two "
                    + "families belongs in collect/read, otherwise families become one tangle and a format's "
                    + "parser cannot be changed without reading the others");

    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching(BASE + "(**)")
            .should().beFreeOfCycles()
            .because("data flows one way (DESIGN §1): a cycle between packages means no layer can be understood, "
                    + "tested or replaced without the other");
}
