package org.careercompass.catalog.occupation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether an occupation is commonly entered through an apprenticeship, from what the two sources publish: BLS names
 * "Apprenticeship" as the typical on-the-job training (Employment Projections), or, in job zones 2 and 3, O*NET's
 * workers and experts rate completing an apprenticeship at least "important" (Education, Training, and Experience,
 * element 3.A.4.a, importance 3 or more on its 1-5 scale). The job zones are those O*NET's Job Zone Reference says "a
 * recognized apprenticeship program may be associated with"; in zones 4 and 5 (degrees) a high rating reads as the
 * supervised practice those occupations ask for (internships, residencies, student teaching: pharmacists, nurse
 * practitioners, psychologists, teachers), which is not an apprenticeship to enter by. O*NET OnLine's "Apprenticeship"
 * tag comes from the Department of Labor's list of registered apprenticeship programs, which is not part of the O*NET
 * database release, so it is not what this says.
 */
@Schema(description = "Whether the occupation is commonly entered through an apprenticeship, and the published figures behind it (rule in docs/occupation-catalog-service.md)")
public record Apprenticeship(
        @Schema(nullable = true, description = "True when BLS names apprenticeship as the typical training, or, in job zones 2-3 (those O*NET's Job Zone Reference associates with apprenticeship programs), O*NET's rating of it is 3 (important) or more; false when the published figures say neither; null when neither source has a figure") Boolean indicated,
        @Schema(nullable = true, description = "Whether BLS Employment Projections name \"Apprenticeship\" as the typical on-the-job training; null without a projection") Boolean typicalTraining,
        @Schema(nullable = true, description = "O*NET importance of completing an apprenticeship to perform the job, 1 (not important) to 5 (extremely important); null where O*NET publishes none", examples = "4.17") Float onetImportance,
        @Schema(examples = "BLS Employment Projections 2024-34 (typical on-the-job training); O*NET 29.0 Education, Training, and Experience 3.A.4.a") String source) {

    /** Importance from which O*NET's rating counts as "important". */
    public static final float IMPORTANT = 3.0f;

    static final String BLS_APPRENTICESHIP = "Apprenticeship";

    /** Job zones O*NET's Job Zone Reference associates with recognized apprenticeship programs. */
    static final int FIRST_ZONE = 2;
    static final int LAST_ZONE = 3;

    /** The indicator from the two published figures and the occupation's job zone (null: unknown). */
    public static Apprenticeship of(String blsTypicalTraining, boolean hasProjection, Float onetImportance,
            Short jobZone, String source) {
        Boolean typical = typical(blsTypicalTraining, hasProjection);
        return new Apprenticeship(indicated(typical, onetImportance, jobZone), typical, onetImportance, source);
    }

    /** Whether BLS names apprenticeship as the typical training; null without a projection to say it. */
    static Boolean typical(String blsTypicalTraining, boolean hasProjection) {
        return hasProjection ? BLS_APPRENTICESHIP.equalsIgnoreCase(blsTypicalTraining) : null;
    }

    static Boolean indicated(Boolean typical, Float importance, Short jobZone) {
        boolean apprenticeshipZone = jobZone != null && jobZone >= FIRST_ZONE && jobZone <= LAST_ZONE;
        if (Boolean.TRUE.equals(typical) || (apprenticeshipZone && importance != null && importance >= IMPORTANT)) {
            return true;
        }
        return typical == null && importance == null ? null : false;
    }
}
