package org.careercompass.plan.starter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * How long the education an occupation requires takes, from the education a person already has. Pure.
 *
 * <p>
 * Typical US programme lengths in full-time months: post-secondary certificate 12, some college 12, associate's 24,
 * bachelor's 48 (36 after some college, 24 after an associate's, whose credits transfer), post-baccalaureate
 * certificate 12, master's 24, post-master's certificate 12, first professional degree 48, research doctorate 60 (36
 * after a master's), post-doctoral training 24; professional programmes as {@link Professions} gives them. Graduate
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
     * files professional and research doctorates under one category, so for a doctoral or professional entry level the
     * occupation's profession decides ({@link Professions}): a professional programme (MD/DO, DDS, PharmD, DVM, JD ...)
     * after the college it asks for, never a research doctorate or post-doctoral training; any other occupation gets a
     * research doctorate (PhD: 60 months, 36 after a master's), followed by post-doctoral training when that is the
     * entry level.
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
        Optional<Professions.Profession> profession = requires.category() >= EducationLevel.FIRST_PROFESSIONAL
                .category() ? Professions.of(occupationCode) : Optional.empty();
        if (profession.isPresent()) {
            Professions.Profession path = profession.get();
            if (path.prerequisite() == EducationLevel.BACHELOR) {
                at = bachelor(steps, at, mode);
            } else if (at.category() < path.prerequisite().category()) {
                steps.add(programme(path.prerequisite(), path.prerequisiteMonths(), mode, path.prerequisiteTitle()));
            }
            steps.add(programme(requires, path.degreeMonths(), mode, path.degree()));
            return steps;
        }
        at = bachelor(steps, at, mode);
        switch (requires) {
        case POST_BACCALAUREATE_CERTIFICATE, MASTER -> add(steps, at, requires, mode);
        case POST_MASTER_CERTIFICATE -> {
            at = add(steps, at, EducationLevel.MASTER, mode);
            add(steps, at, requires, mode);
        }
        case FIRST_PROFESSIONAL -> steps.add(programme(requires, 48, mode, "first professional degree"));
        case DOCTORAL -> steps.add(doctorate(at, mode));
        case POST_DOCTORAL -> {
            if (at.category() < EducationLevel.DOCTORAL.category()) {
                steps.add(doctorate(at, mode));
            }
            steps.add(programme(requires, fullTimeMonths(requires), mode));
        }
        default -> {
            // BACHELOR: done above
        }
        }
        return steps;
    }

    /** A bachelor's degree unless the person has one: 48 months, 36 after some college, 24 after an associate's. */
    private static EducationLevel bachelor(List<Programme> steps, EducationLevel at, StudyMode mode) {
        if (at.category() >= EducationLevel.BACHELOR.category()) {
            return at;
        }
        int months = switch (at) {
        case ASSOCIATE -> 24;
        case SOME_COLLEGE -> 36;
        default -> 48;
        };
        steps.add(programme(EducationLevel.BACHELOR, months, mode));
        return EducationLevel.BACHELOR;
    }

    private static Programme doctorate(EducationLevel at, StudyMode mode) {
        boolean master = at == EducationLevel.MASTER || at == EducationLevel.POST_MASTER_CERTIFICATE;
        return programme(EducationLevel.DOCTORAL, master ? 36 : 60, mode, "doctoral degree (PhD)");
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
