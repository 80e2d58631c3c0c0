package org.careercompass.catalog.occupation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.careercompass.catalog.domain.Cluster;
import org.careercompass.catalog.release.DataRelease;
import org.careercompass.catalog.work.WorkView;
import org.careercompass.commons.vocabulary.EducationLevel;

/** Entity to wire mapping, by hand. */
final class OccupationMapper {

    static final String RIASEC_LETTERS = "RIASEC";

    private OccupationMapper() {
    }

    static OccupationDetail toDetail(Occupation o, Map<String, Skill> skillCatalog, OccupationFacets.Facets facets,
            DataRelease release, WorkView.ActivityGroups activities, WorkView.ToolList tools) {
        List<OccupationDetail.SkillRequirement> skills = o.skills.stream().map(r -> {
            Skill skill = skillCatalog.get(r.elementId);
            return new OccupationDetail.SkillRequirement(r.elementId, skill == null ? r.elementId : skill.name,
                    skill == null ? null : skill.category, r.importance, r.level);
        }).sorted(Comparator.comparing(OccupationDetail.SkillRequirement::importance).reversed()
                .thenComparing(OccupationDetail.SkillRequirement::elementId)).toList();
        OccupationDetail.InterestProfile interests = interests(o);
        OccupationDetail.WorkValues values = values(o);
        return new OccupationDetail(o.code, o.title, o.description, ref(o.socGroup),
                o.careerClusters.stream().sorted(Comparator.comparing(c -> c.code)).map(OccupationMapper::ref).toList(),
                facets.pathways(), o.alternateTitles.stream().sorted().toList(), facets.sampleTitles(), o.jobZone,
                facets.jobZone(), requirements(o, facets.education(), release), facets.tasks(), interests, values,
                skills, facets.knowledge(), facets.technology(), activities, tools,
                new OccupationDetail.Pay(
                        o.payAnnualMedian, o.payAnnualP10, o.payAnnualP25, o.payAnnualP75, o.payAnnualP90,
                        o.payHourlyMedian, o.payAnnualMean, o.employmentOews, o.payTopCoded, o.payYear, o.paySource),
                outlook(o, release), facets.related(), internationalCodes(facets.esco(), release),
                coverage(o.title, o.jobZone == null, interests == null, values == null, skills.isEmpty(),
                        facets.knowledge().isEmpty(), facets.tasks().total() == 0, facets.related().isEmpty()),
                release.label(), o.updatedAt, null);
    }

    /**
     * What O*NET rates the occupation on. O*NET does not survey most residual "All Other" occupations (BLS categories
     * for the workers no listed occupation covers) nor some new SOC 2018 ones, so it publishes no ratings for them: the
     * note says so, and points to the detailed occupations of the same group for "All Other" ones.
     */
    static OccupationDetail.Coverage coverage(String title, boolean noJobZone, boolean noInterests, boolean noValues,
            boolean noSkills, boolean noKnowledge, boolean noTasks, boolean noRelated) {
        List<OccupationDetail.Part> missing = new java.util.ArrayList<>();
        boolean[] absent = { noJobZone, noInterests, noValues, noSkills, noKnowledge, noTasks, noRelated };
        OccupationDetail.Part[] parts = OccupationDetail.Part.values();
        for (int i = 0; i < parts.length; i++) {
            if (absent[i]) {
                missing.add(parts[i]);
            }
        }
        if (missing.isEmpty()) {
            return new OccupationDetail.Coverage(OccupationDetail.Rating.RATED, List.of(), null);
        }
        boolean none = missing.size() == parts.length;
        String residual = title != null && title.contains("All Other")
                ? " \"All Other\" occupations are BLS's residual categories, which O*NET does not survey; the detailed"
                        + " occupations of the same SOC group describe the work better."
                : "";
        String what = missing.stream().map(p -> p.name().toLowerCase().replace('_', ' ')).reduce((a, b) -> a + ", " + b)
                .orElse("");
        String note = none
                ? "O*NET has not rated this occupation: it publishes no " + what
                        + " for it (shown as null or empty, never as zero)." + residual
                : "O*NET publishes no " + what + " for this occupation (shown as null or empty, never as zero)."
                        + residual;
        return new OccupationDetail.Coverage(none ? OccupationDetail.Rating.NOT_RATED : OccupationDetail.Rating.PARTIAL,
                List.copyOf(missing), note);
    }

    static OccupationDetail.InternationalCodes internationalCodes(List<OccupationDetail.EscoOccupation> esco,
            DataRelease release) {
        List<String> isco = esco.stream().map(OccupationDetail.EscoOccupation::isco08).distinct().sorted().toList();
        String note = release.escoSource() == null ? "No ESCO crosswalk is loaded in this catalog."
                : esco.isEmpty() ? "The crosswalk maps no ESCO occupation to this occupation." : null;
        return new OccupationDetail.InternationalCodes(isco, esco, release.escoSource(), note);
    }

    static OccupationDetail.Requirements requirements(Occupation o, List<OccupationDetail.EducationShare> shares,
            DataRelease release) {
        EducationLevel education = EntryEducation.of(o.typicalEducation, o.entryEducation);
        boolean bls = o.typicalEducation != null;
        String label = bls ? o.typicalEducation : education == null ? null : education.label();
        String source = bls
                ? "BLS Employment Projections" + (o.projectionPeriod == null ? "" : " " + o.projectionPeriod)
                : education == null && o.workExperience == null ? null : "O*NET (most common answer of workers)";
        return new OccupationDetail.Requirements(education, label,
                o.typicalExperience != null ? o.typicalExperience : o.workExperience,
                o.typicalTraining != null ? o.typicalTraining : o.onTheJobTraining, source, o.certificationNotes,
                shares, apprenticeship(o, release));
    }

    static Apprenticeship apprenticeship(Occupation o, DataRelease release) {
        boolean projected = o.projectionPeriod != null;
        String source = (projected
                ? "BLS Employment Projections " + o.projectionPeriod + " (typical on-the-job training)"
                : "No BLS Employment Projections for this occupation") + "; O*NET "
                + (release.onetRelease() == null ? "" : release.onetRelease() + " ")
                + "Education, Training, and Experience 3.A.4.a (Apprenticeship, importance)";
        return Apprenticeship.of(o.typicalTraining, projected, o.apprenticeshipImportance, o.jobZone, source);
    }

    static OccupationDetail.Outlook outlook(Occupation o, DataRelease release) {
        if (o.employmentBase == null && o.employmentChangePct == null) {
            return null;
        }
        return new OccupationDetail.Outlook(o.projectionPeriod, o.employmentBase, o.employmentProjected,
                o.employmentChange, o.employmentChangePct, o.annualOpenings,
                Outlooks.growth(o.employmentChangePct, release.averageGrowthPercent()), release.averageGrowthPercent(),
                "BLS Employment Projections" + (o.projectionPeriod == null ? "" : " " + o.projectionPeriod),
                brightOutlook(o, release));
    }

    static OccupationDetail.BrightOutlookStatus brightOutlook(Occupation o, DataRelease release) {
        List<BrightOutlook.Criterion> met = BrightOutlook.criteria(o.employmentChangePct, o.annualOpenings,
                o.projectionPeriod, release.averageGrowthPercent());
        if (met == null) {
            return null;
        }
        return new OccupationDetail.BrightOutlookStatus(!met.isEmpty(), met,
                BrightOutlook.growthThreshold(release.averageGrowthPercent()),
                (long) o.annualOpenings * BrightOutlook.years(o.projectionPeriod), BrightOutlook.OPENINGS_OVER_PERIOD,
                "O*NET Bright Outlook criteria (onetcenter.org/initiatives.html): projected to grow much faster than"
                        + " average or to have 100,000 or more openings over the period; computed from BLS Employment"
                        + " Projections " + o.projectionPeriod);
    }

    static OccupationDetail.ClusterRef ref(Cluster c) {
        return new OccupationDetail.ClusterRef(c.code, c.title);
    }

    static OccupationDetail.InterestProfile interests(Occupation o) {
        if (o.interestRealistic == null) {
            return null;
        }
        float[] scores = { o.interestRealistic, o.interestInvestigative, o.interestArtistic, o.interestSocial,
                o.interestEnterprising, o.interestConventional };
        return new OccupationDetail.InterestProfile(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5],
                hollandCode(scores), o.interestHighPoints);
    }

    /** The three highest RIASEC areas, strongest first; ties keep RIASEC order. */
    static String hollandCode(float[] scores) {
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        order.sort((a, b) -> Float.compare(scores[b], scores[a]));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            code.append(RIASEC_LETTERS.charAt(order.get(i)));
        }
        return code.toString();
    }

    static OccupationDetail.WorkValues values(Occupation o) {
        if (o.valueAchievement == null) {
            return null;
        }
        return new OccupationDetail.WorkValues(o.valueAchievement, o.valueWorkingConditions, o.valueRecognition,
                o.valueRelationships, o.valueSupport, o.valueIndependence);
    }

    /** Copies every field of the input onto the entity; relations are resolved by the caller. */
    static void apply(OccupationInput in, Occupation o) {
        o.title = in.title().trim();
        o.description = in.description().trim();
        o.jobZone = in.jobZone();
        o.entryEducation = in.entryEducation() == null ? null : (short) in.entryEducation().category();
        o.workExperience = in.workExperience();
        o.onTheJobTraining = in.onTheJobTraining();
        o.certificationNotes = in.certificationNotes();
        OccupationInput.InterestsInput i = in.interests();
        o.interestRealistic = i == null ? null : i.realistic();
        o.interestInvestigative = i == null ? null : i.investigative();
        o.interestArtistic = i == null ? null : i.artistic();
        o.interestSocial = i == null ? null : i.social();
        o.interestEnterprising = i == null ? null : i.enterprising();
        o.interestConventional = i == null ? null : i.conventional();
        OccupationInput.WorkValuesInput v = in.workValues();
        o.valueAchievement = v == null ? null : v.achievement();
        o.valueWorkingConditions = v == null ? null : v.workingConditions();
        o.valueRecognition = v == null ? null : v.recognition();
        o.valueRelationships = v == null ? null : v.relationships();
        o.valueSupport = v == null ? null : v.support();
        o.valueIndependence = v == null ? null : v.independence();
        OccupationInput.PayInput p = in.pay();
        o.payAnnualMedian = p == null ? null : p.annualMedian();
        o.payAnnualP10 = p == null ? null : p.annualP10();
        o.payAnnualP25 = p == null ? null : p.annualP25();
        o.payAnnualP75 = p == null ? null : p.annualP75();
        o.payAnnualP90 = p == null ? null : p.annualP90();
        o.payHourlyMedian = p == null ? null : p.hourlyMedian();
        o.payYear = p == null ? null : p.year();
        o.paySource = p == null ? null : p.source();
        o.alternateTitles.clear();
        if (in.alternateTitles() != null) {
            in.alternateTitles().forEach(t -> o.alternateTitles.add(t.trim()));
        }
        o.skills.clear();
        if (in.skills() != null) {
            in.skills()
                    .forEach(s -> o.skills.add(new Occupation.SkillRating(s.elementId(), s.importance(), s.level())));
        }
    }
}
