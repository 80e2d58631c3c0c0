package org.careercompass.plan.starter;

import java.util.Map;
import java.util.Optional;

import org.careercompass.commons.vocabulary.EducationLevel;

/**
 * The professions whose entry education BLS files under "Doctoral or professional degree" but which are entered through
 * a professional programme, not a research doctorate: what the programme is, what comes before it, the residency that
 * follows where the profession requires one, and the licence. Pure.
 *
 * <p>
 * Sources for the lengths (typical US figures; the proposal states them as assumptions): the professional degrees from
 * the BLS Occupational Outlook Handbook's "How to Become One" sections (MD/DO, DDS/DMD, DVM, OD, DPM, DC, PharmD 4
 * years; DPT 3; AuD 4; JD 3; PhD/PsyD in psychology 5-7 including a one-year internship); residencies from the minimum
 * lengths the ACGME sets for each specialty (family medicine, internal medicine, pediatrics, emergency medicine 3
 * years; anesthesiology, dermatology, neurology, obstetrics and gynecology, pathology, psychiatry, ophthalmology 4;
 * radiology, general and orthopedic surgery 5; cardiology internal medicine plus a 3-year fellowship; pediatric surgery
 * general surgery plus 2) and, for dental specialties and podiatry, the OOH's ranges.
 */
public final class Professions {

    /**
     * A professional path. {@code prerequisite} is the college before the degree (a bachelor's, or for pharmacy and
     * chiropractic the years of pre-professional courses the programmes ask for), {@code residencyMonths} 0 when the
     * profession needs none.
     */
    public record Profession(String degree, int degreeMonths, EducationLevel prerequisite, int prerequisiteMonths,
            String prerequisiteTitle, String residency, int residencyMonths, String licence) {

        boolean hasResidency() {
            return residencyMonths > 0;
        }
    }

    private static final String MEDICINE = "Doctor of Medicine (MD) or Doctor of Osteopathic Medicine (DO)";
    private static final String MEDICAL_LICENCE = "USMLE Steps 1-3 (MD) or COMLEX-USA (DO), then a state medical licence";
    private static final String DENTISTRY = "Doctor of Dental Surgery or of Dental Medicine (DDS or DMD)";
    private static final String DENTAL_LICENCE = "the Integrated National Board Dental Examination (INBDE), a clinical"
            + " examination and a state dental licence";

    private static final Map<String, Profession> BY_SOC = Map.ofEntries(
            physician("29-1211", 48, "anesthesiology residency"),
            physician("29-1212", 72, "internal medicine residency (3 years) and cardiology fellowship (3 years)"),
            physician("29-1213", 48, "dermatology residency"), physician("29-1214", 36, "emergency medicine residency"),
            physician("29-1215", 36, "family medicine residency"),
            physician("29-1216", 36, "internal medicine residency"), physician("29-1217", 48, "neurology residency"),
            physician("29-1218", 48, "obstetrics and gynecology residency"),
            physician("29-1221", 36, "pediatrics residency"), physician("29-1222", 48, "pathology residency"),
            physician("29-1223", 48, "psychiatry residency"), physician("29-1224", 60, "radiology residency"),
            physician("29-1229", 36, "residency in the specialty (3-7 years)"),
            physician("29-1241", 48, "ophthalmology residency"),
            physician("29-1242", 60, "orthopaedic surgery residency"),
            physician("29-1243", 84, "general surgery residency (5 years) and pediatric surgery fellowship (2 years)"),
            physician("29-1249", 60, "surgical residency (5 years or more)"), dentist("29-1021", null, 0),
            dentist("29-1022", "oral and maxillofacial surgery residency (4-6 years)", 48),
            dentist("29-1023", "orthodontics residency (2-3 years)", 30),
            dentist("29-1024", "prosthodontics residency (3 years)", 36),
            dentist("29-1029", "specialty residency (2-3 years)", 36),
            entry("29-1051",
                    new Profession("Doctor of Pharmacy (PharmD)", 48, EducationLevel.SOME_COLLEGE, 24,
                            "pre-pharmacy college courses", null, 0,
                            "the NAPLEX and MPJE examinations and a state pharmacist licence")),
            entry("29-1131",
                    professional("Doctor of Veterinary Medicine (DVM)", 48, null, 0,
                            "the North American Veterinary Licensing Examination (NAVLE) and a state licence")),
            entry("29-1041",
                    professional("Doctor of Optometry (OD)", 48, null, 0,
                            "the National Board of Examiners in Optometry examinations and a state licence")),
            entry("29-1081",
                    professional("Doctor of Podiatric Medicine (DPM)", 48, "podiatric residency", 36,
                            "the APMLE examinations and a state licence")),
            entry("29-1011",
                    new Profession("Doctor of Chiropractic (DC)", 48, EducationLevel.SOME_COLLEGE, 36,
                            "pre-chiropractic college courses", null, 0,
                            "the National Board of Chiropractic Examiners examinations and a state licence")),
            entry("29-1123",
                    professional("Doctor of Physical Therapy (DPT)", 36, null, 0,
                            "the National Physical Therapy Examination (NPTE) and a state licence")),
            entry("29-1181",
                    professional("Doctor of Audiology (AuD)", 48, null, 0,
                            "the Praxis audiology examination and a state licence")),
            entry("19-3033",
                    professional("doctorate in clinical or counseling psychology (PhD or PsyD, with its"
                            + " one-year internship)", 60, "supervised professional experience", 12,
                            "the Examination for Professional Practice in Psychology (EPPP) and a state licence")),
            entry("23-1011", professional("Juris Doctor (JD)", 36, null, 0, "the bar examination of the state")),
            entry("23-1012", professional("Juris Doctor (JD)", 36, null, 0, "the bar examination of the state")),
            entry("23-1021", professional("Juris Doctor (JD)", 36, null, 0, "the bar examination of the state")),
            entry("23-1023", professional("Juris Doctor (JD)", 36, null, 0, "the bar examination of the state")));

    private Professions() {
    }

    /** The professional path of an O*NET-SOC code ("29-1216.00"), if its profession has one. */
    public static Optional<Profession> of(String occupationCode) {
        if (occupationCode == null || occupationCode.length() < 7) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_SOC.get(occupationCode.substring(0, 7)));
    }

    private static Map.Entry<String, Profession> physician(String soc, int residencyMonths, String residency) {
        return entry(soc, professional(MEDICINE, 48, residency, residencyMonths, MEDICAL_LICENCE));
    }

    private static Map.Entry<String, Profession> dentist(String soc, String residency, int residencyMonths) {
        return entry(soc, professional(DENTISTRY, 48, residency, residencyMonths, DENTAL_LICENCE));
    }

    private static Profession professional(String degree, int months, String residency, int residencyMonths,
            String licence) {
        return new Profession(degree, months, EducationLevel.BACHELOR, 48, null, residency, residencyMonths, licence);
    }

    private static Map.Entry<String, Profession> entry(String soc, Profession profession) {
        return Map.entry(soc, profession);
    }
}
