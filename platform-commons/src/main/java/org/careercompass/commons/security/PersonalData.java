package org.careercompass.commons.security;

/**
 * What a service holds about the signed-in person, for {@link PersonalDataResource}: each service that keeps personal
 * data has one bean of this type. Its answers are records the service's OpenAPI document names
 * {@code PersonalDataExport} and {@code PersonalDataErasure} (each service describes its own there).
 */
public interface PersonalData {

    /** Everything the service holds about the caller, as one document. */
    Object export();

    /** Erases it all in one transaction; answers what was removed, by kind. */
    Object erase();
}
