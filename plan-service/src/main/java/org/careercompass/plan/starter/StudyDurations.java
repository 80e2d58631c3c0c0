package org.careercompass.plan.starter;

import java.util.ArrayList;
import java.util.List;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * How long the education an occupation requires takes, from the education a person already has. Pure.
 *
 * <p>
 * Typical US programme lengths in full-time months: post-secondary certificate 12, some college 12, associate's 24,
 * bachelor's 48 (36 after some college, 24 after an associate's, whose credits transfer), post-baccalaureate
 * certificate 12, master's 24, post-master's certificate 12, first professional degree 48 (law 36, medicine 48 before
 * residency), doctoral 60 (36 after a master's), post-doctoral training 24; see below for which doctorate. Graduate
 * programmes need a bachelor's first, post-master's certificates a master's, post-doctoral training a doctorate. Part
 * time is half the course load, so twice as long. A full-time year is about 1,350 hours of work (30 credits at 45
 * hours).
 */
public final class StudyDurations {

    public enum StudyMode {
        FULL_TIME(1), PART_TIME(2);

        private final int factor;

        StudyMode(int factor) {
            this.factor = factor;
        }

        public int factor() {
            return factor;
        }
    }

    /** One programme to complete, in order. */
    public record Programme(EducationLevel level, String title, int months, int effortHours, String note) {
    }

    static final int HOURS_PER_FULL_TIME_YEAR = 1350;

    private StudyDurations() {
    }

    /** As {@link #programmes(EducationLevel, EducationLevel, StudyMode, String)} for no particular occupation. */
    public static List<Programme> programmes(EducationLevel has, EducationLevel requires, StudyMode mode) {
        return programmes(has, requires, mode, null);
    }

    /**
     * The programmes between what a person has and what the occupation requires; empty when nothing is missing. BLS
     * puts professional and research doctorates in one category, so the occupation's SOC major group tells which: legal
     * occupations (23-) need a law degree (JD, 36 months), healthcare practitioners (29-) a professional doctorate (MD,
     * PharmD, DDS, DVM: 48 months), the others a research doctorate (PhD: 60 months, 36 after a master's).
     */
    public static List<Programme> programmes(EducationLevel has, EducationLevel requires, StudyMode mode,
            String occupationCode) {
        List<Programme> steps = new ArrayList<>();
        if (requires == null || has.category() >= requires.category()
                || requires.category() <= EducationLevel.HIGH_SCHOOL.category()) {
            return steps;
        }
        EducationLevel at = has;
        if (requires.category() <= EducationLevel.ASSOCIATE.category()) {
            int months = requires == EducationLevel.ASSOCIATE && at == EducationLevel.SOME_COLLEGE ? 12
                    : fullTimeMonths(requires);
            steps.add(programme(requires, months, mode));
            return steps;
        }
        if (at.category() < EducationLevel.BACHELOR.category()) {
            int months = switch (at) {
            case ASSOCIATE -> 24;
            case SOME_COLLEGE -> 36;
            default -> 48;
            };
            steps.add(programme(EducationLevel.BACHELOR, months, mode));
            at = EducationLevel.BACHELOR;
        }
        switch (requires) {
        case POST_BACCALAUREATE_CERTIFICATE, MASTER -> add(steps, at, requires, mode);
        case POST_MASTER_CERTIFICATE -> {
            at = add(steps, at, EducationLevel.MASTER, mode);
            add(steps, at, requires, mode);
        }
        case FIRST_PROFESSIONAL, DOCTORAL -> {
            if (at.category() < requires.category()) {
                steps.add(doctorate(requires, at, mode, occupationCode));
            }
        }
        case POST_DOCTORAL -> {
            if (at.category() < EducationLevel.DOCTORAL.category()) {
                int months = at == EducationLevel.MASTER || at == EducationLevel.POST_MASTER_CERTIFICATE ? 36 : 60;
                steps.add(programme(EducationLevel.DOCTORAL, months, mode));
            }
            steps.add(programme(requires, fullTimeMonths(requires), mode));
        }
        default -> {
            // BACHELOR: done above
        }
        }
        return steps;
    }

    private static Programme doctorate(EducationLevel level, EducationLevel at, StudyMode mode, String code) {
        if (code != null && code.startsWith("23-")) {
            return programme(level, 36, mode, "law degree (JD)");
        }
        if (code != null && code.startsWith("29-")) {
            return programme(level, 48, mode, "professional doctorate (such as MD, PharmD, DDS, DVM)");
        }
        if (level == EducationLevel.FIRST_PROFESSIONAL) {
            return programme(level, 48, mode, "first professional degree");
        }
        boolean master = at == EducationLevel.MASTER || at == EducationLevel.POST_MASTER_CERTIFICATE;
        return programme(level, master ? 36 : 60, mode, "doctoral degree (PhD)");
    }

    private static EducationLevel add(List<Programme> steps, EducationLevel at, EducationLevel level, StudyMode mode) {
        if (at.category() < level.category()) {
            steps.add(programme(level, fullTimeMonths(level), mode));
            return level;
        }
        return at;
    }

    static int fullTimeMonths(EducationLevel level) {
        return switch (level) {
        case POSTSECONDARY_CERTIFICATE, SOME_COLLEGE, POST_BACCALAUREATE_CERTIFICATE, POST_MASTER_CERTIFICATE -> 12;
        case ASSOCIATE, MASTER, POST_DOCTORAL -> 24;
        case BACHELOR, FIRST_PROFESSIONAL -> 48;
        case DOCTORAL -> 60;
        default -> 0;
        };
    }

    private static Programme programme(EducationLevel level, int fullTimeMonths, StudyMode mode) {
        String name = switch (level) {
        case SOME_COLLEGE -> "college courses (about a year)";
        case POST_DOCTORAL -> "post-doctoral training";
        default -> level.label().toLowerCase();
        };
        return programme(level, fullTimeMonths, mode, name);
    }

    private static Programme programme(EducationLevel level, int fullTimeMonths, StudyMode mode, String name) {
        int months = fullTimeMonths * mode.factor();
        int hours = fullTimeMonths * HOURS_PER_FULL_TIME_YEAR / 12;
        String title = level == EducationLevel.SOME_COLLEGE ? "Complete " + name
                : "Complete " + ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
        String note = "About " + years(months) + (mode == StudyMode.PART_TIME ? " part time" : " full time")
                + ". Check that the programme is accredited.";
        return new Programme(level, title, months, hours, note);
    }

    static String years(int months) {
        if (months % 12 == 0) {
            return months / 12 + (months == 12 ? " year" : " years");
        }
        return months + " months";
    }
}
