package org.careercompass.catalog.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "METROPOLITAN: a metropolitan statistical area (or New England city and town area) as BLS defines it. NONMETROPOLITAN: a BLS nonmetropolitan area (a group of counties outside metropolitan areas in one state).")
public enum AreaKind {
    METROPOLITAN, NONMETROPOLITAN
}
