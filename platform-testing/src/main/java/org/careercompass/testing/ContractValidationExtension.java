package org.careercompass.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractValidation} for every test: JUnit's automatic extension registration (this module's
 * {@code META-INF/services} entry), which Quarkus' test configuration ({@code quarkus-junit-config}) switches on. A
 * {@code @QuarkusTest} runs in Quarkus' own class loader, with its own RestAssured, so the filter is installed through
 * the test class' loader.
 */
public class ContractValidationExtension implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        Class<?> validation = Class.forName(ContractValidation.class.getName(), true, loader);
        validation.getMethod("install").invoke(null);
    }
}
