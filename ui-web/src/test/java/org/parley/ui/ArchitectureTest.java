package org.parley.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of ARCHITECTURE.md, enforced on the main classes of every module: dependencies point
 * one way (engine, scenarios, agents, ui), no package cycles anywhere, strategies free of JADE, and
 * an engine with no threads, files, sockets or clocks of its own.
 */
class ArchitectureTest {

  private static JavaClasses parley;

  @BeforeAll
  static void importClasses() {
    parley = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(location -> !location.contains("-tests.jar")) // the engine's fixtures
        .importPackages("org.parley");
  }

  @Test
  void modulesDependOneWayOnly() {
    noClasses().that().resideInAPackage("org.parley.engine..").should().dependOnClassesThat()
        .resideInAnyPackage("org.parley.scenarios..", "org.parley.agents..", "org.parley.ui..")
        .check(parley);
    noClasses().that().resideInAPackage("org.parley.scenarios..").should()
        .dependOnClassesThat().resideInAnyPackage("org.parley.agents..", "org.parley.ui..")
        .check(parley);
    noClasses().that().resideInAPackage("org.parley.agents..").should().dependOnClassesThat()
        .resideInAnyPackage("org.parley.ui..", "io.javalin..", "picocli..", "me.tongfei..")
        .because("a researcher runs tournaments and sweeps from Java with agents alone")
        .check(parley);
  }

  @Test
  void noPackageCycles() {
    slices().matching("org.parley.(**)").should().beFreeOfCycles().check(parley);
  }

  @Test
  void strategiesAreFreeOfJadeAndOfTheRuntimes() {
    noClasses().that().resideInAPackage("org.parley.agents.strategy..").should()
        .dependOnClassesThat().resideInAnyPackage("jade..", "org.parley.agents.jade..",
            "org.parley.agents.tournament..")
        .because("the same strategy runs in a JADE agent, the direct runner and a student's "
            + "opponent")
        .check(parley);
  }

  @Test
  void theEngineIsPure() {
    noClasses().that().resideInAPackage("org.parley.engine..").should().dependOnClassesThat()
        .resideInAnyPackage("java.util.concurrent..", "java.nio.file..", "java.net..", "jade..",
            "io.javalin..", "picocli..")
        .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.io.File.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.io.FileInputStream.class)
        .orShould().dependOnClassesThat().areAssignableTo(java.io.FileOutputStream.class)
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(Math.class, "random")
        .because("the engine is pure: threads, files and clocks are passed in or live outside")
        .check(parley);
    noClasses().that().resideInAPackage("org.parley.engine..")
        .and().resideOutsideOfPackage("org.parley.engine.io..")
        .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
        .because("JSON is the io package's business").check(parley);
  }
}
