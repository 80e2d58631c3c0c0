package org.careercompass.catalog.occupation;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * The typical education needed to enter an occupation, as one level: the BLS Employment Projections category when there
 * is one (what BLS and the Occupational Outlook Handbook call "typical entry-level education"), otherwise the most
 * common answer of O*NET's "Required Level of Education" survey (RL).
 */
public final class EntryEducation {

    private EntryEducation() {
    }

    public static EducationLevel of(String blsTypical, Short onetModal) {
        EducationLevel onet = EducationLevel.ofCategory(onetModal == null ? null : (int) onetModal).orElse(null);
        if (blsTypical == null) {
            return onet;
        }
        return switch (blsTypical) {
        case "No formal educational credential" -> EducationLevel.LESS_THAN_HIGH_SCHOOL;
        case "High school diploma or equivalent" -> EducationLevel.HIGH_SCHOOL;
        case "Postsecondary nondegree award" -> EducationLevel.POSTSECONDARY_CERTIFICATE;
        case "Some college, no degree" -> EducationLevel.SOME_COLLEGE;
        case "Associate's degree" -> EducationLevel.ASSOCIATE;
        case "Bachelor's degree" -> EducationLevel.BACHELOR;
        case "Master's degree" -> EducationLevel.MASTER;
        // BLS joins the two; O*NET tells which, else the professional degree (law, medicine) is the usual entry
        case "Doctoral or professional degree" -> onet != null
                && onet.category() >= EducationLevel.FIRST_PROFESSIONAL.category() ? onet
                        : EducationLevel.FIRST_PROFESSIONAL;
        default -> onet;
        };
    }
}
