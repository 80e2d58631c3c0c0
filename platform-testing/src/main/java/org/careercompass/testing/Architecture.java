package org.careercompass.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package rules every service's build checks (ArchUnit): the feature packages directly under a service's root
 * package import each other in one direction only, so there is no cycle between them, and no package repeats the
 * service's name ({@code plan.plan}), and every POST is safe to retry with {@code Idempotency-Key}.
 */
public final class Architecture {

    private Architecture() {
    }

    /** Fails naming each cycle between the packages directly under {@code root} (e.g. org.careercompass.catalog). */
    public static void assertFeaturePackagesFreeOfCycles(String root) {
        JavaClasses classes = classes(root);
        slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(classes);
    }

    /** Fails when a package directly under {@code root} repeats its last name (org.careercompass.plan.plan). */
    public static void assertNoStutteringPackages(String root) {
        JavaClasses classes = classes(root);
        String stutter = root + "." + root.substring(root.lastIndexOf('.') + 1);
        noClasses().should().resideInAPackage(stutter + "..").allowEmptyShould(true).check(classes);
    }

    /**
     * Fails naming each POST resource method that is not {@code @Idempotent} or does not answer a {@code RestResponse}
     * (a retry is answered with the stored answer, which only a {@code RestResponse} can carry).
     */
    public static void assertPostsAreIdempotent(String root) {
        methods().that().areAnnotatedWith("jakarta.ws.rs.POST").should()
                .beAnnotatedWith("org.careercompass.commons.web.Idempotent").andShould()
                .haveRawReturnType("org.jboss.resteasy.reactive.RestResponse").check(classes(root));
    }

    private static final java.util.Map<String, JavaClasses> IMPORTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The service's main classes, read once per test run. */
    private static JavaClasses classes(String root) {
        return IMPORTED.computeIfAbsent(root, r -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(r));
    }
}
