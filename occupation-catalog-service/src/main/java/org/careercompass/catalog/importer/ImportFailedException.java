package org.careercompass.catalog.importer;

import java.util.List;

/** The import input is defective; nothing was written. */
public class ImportFailedException extends RuntimeException {

    private final transient List<ImportError> errors;

    public ImportFailedException(List<ImportError> errors) {
        super(errors.size() + " defect(s) in the import files; first: " + errors.get(0), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
