package org.careercompass.catalog.occupation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

import org.careercompass.catalog.area.AreaView;
import org.careercompass.catalog.work.WorkView;
import org.careercompass.commons.vocabulary.EducationLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the catalog knows about one occupation, in one answer. */
@Schema(description = "An occupation with every facet the catalog holds: what they do, what it takes, what it pays, its outlook and where it leads. Long lists (tasks, technology) are capped here and complete in their own paged resources.")
public record OccupationDetail(@Schema(examples = "43-4171.00") String code,
        @Schema(examples = "Receptionists and Information Clerks") String title, String description,
        ClusterRef socGroup, List<ClusterRef> careerClusters,
        @Schema(description = "Career cluster and pathway (O*NET OnLine crosswalk)") List<Pathway> careerPathways,
        @Schema(description = "Other titles of the occupation (O*NET alternate and short titles, curated titles)") List<String> alternateTitles,
        @Schema(description = "Job titles workers in the occupation reported (O*NET sample of reported titles)") List<String> sampleTitles,
        @Schema(nullable = true, description = "O*NET job zone, 1 (little preparation) to 5 (extensive preparation)", examples = "2") Short jobZone,
        @Schema(nullable = true, description = "What the job zone means") JobZone jobZoneDetail,
        Requirements requirements,
        @Schema(description = "What workers do: a capped list of task statements, core tasks first; all of them at /occupations/{code}/tasks") TaskList tasks,
        @Schema(nullable = true, description = "RIASEC interest profile; O*NET occupational-interest scale 1-7") InterestProfile interests,
        @Schema(nullable = true, description = "Work-values profile; O*NET extent scale 1-7") WorkValues workValues,
        @Schema(description = "O*NET skills, most important first") List<SkillRequirement> skills,
        @Schema(description = "O*NET knowledge areas, most important first") List<SkillRequirement> knowledge,
        @Schema(description = "Software and technology used (capped; hot technologies first); all at /occupations/{code}/technology") TechnologyList technology,
        @Schema(description = "What workers do, in O*NET's Detailed Work Activities: the most frequent first (linked to the most of the occupation's tasks), grouped by Intermediate Work Activity, capped; all at /occupations/{code}/activities") WorkView.ActivityGroups workActivities,
        @Schema(description = "Tools used (O*NET Tools Used; capped, grouped by commodity, the commodity with the most examples first); all at /occupations/{code}/tools") WorkView.ToolList tools,
        Pay pay, @Schema(nullable = true) Outlook outlook, List<RelatedOccupation> relatedOccupations,
        @Schema(description = "ISCO-08 codes and ESCO occupations that map to this occupation") InternationalCodes internationalCodes,
        @Schema(description = "Which O*NET ratings this occupation has, and a note saying why when some are missing") Coverage coverage,
        @Schema(description = "The data release this answer comes from", examples = "onet=29.0; oews=2024; ep=2024-34; generation=1") String release,
        OffsetDateTime updatedAt,
        @Schema(nullable = true, description = "With `area`: what the occupation pays there, beside `pay` (national); null without an area") AreaView.LocalPay localPay) {

    /** This answer with what the occupation pays in one area. */
    public OccupationDetail withLocalPay(AreaView.LocalPay local) {
        return new OccupationDetail(code, title, description, socGroup, careerClusters, careerPathways, alternateTitles,
                sampleTitles, jobZone, jobZoneDetail, requirements, tasks, interests, workValues, skills, knowledge,
                technology, workActivities, tools, pay, outlook, relatedOccupations, internationalCodes, coverage,
                release, updatedAt, local);
    }

    @Schema(name = "OccupationCoverage", description = "Which of O*NET's ratings the occupation has. An empty list, a null profile or a zero task count elsewhere in the answer means O*NET publishes nothing for it, never that the value is none or zero.")
    public record Coverage(
            @Schema(description = "RATED: O*NET rates the occupation on everything listed below; PARTIAL: on some; NOT_RATED: on none (O*NET has not surveyed it)", examples = "RATED") Rating onet,
            @Schema(description = "What O*NET publishes nothing for: JOB_ZONE, INTERESTS, WORK_VALUES, SKILLS, KNOWLEDGE, TASKS, RELATED_OCCUPATIONS", examples = "[]") List<Part> missing,
            @Schema(nullable = true, description = "Why, in words a person reads; null when nothing is missing", examples = "O*NET has not rated this occupation: ...") String note) {
    }

    public enum Rating {
        RATED, PARTIAL, NOT_RATED
    }

    public enum Part {
        JOB_ZONE, INTERESTS, WORK_VALUES, SKILLS, KNOWLEDGE, TASKS, RELATED_OCCUPATIONS
    }

    public record ClusterRef(@Schema(examples = "43-0000") String code,
            @Schema(examples = "Office and Administrative Support Occupations") String title) {
    }

    public record Pathway(@Schema(examples = "business-management-administration") String cluster,
            @Schema(examples = "Business Management & Administration") String clusterTitle,
            @Schema(examples = "Administrative Support") String pathway) {
    }

    public record JobZone(@Schema(examples = "2") short zone,
            @Schema(examples = "Job Zone Two: Some Preparation Needed") String name, String experience,
            String education, String training, String examples,
            @Schema(description = "Specific vocational preparation range", examples = "(4.0 to < 6.0)") String svpRange) {
    }

    @Schema(description = "What it takes to enter the occupation")
    public record Requirements(
            @Schema(nullable = true, description = "Typical entry education: the BLS Employment Projections category when published, else O*NET's most common answer") EducationLevel entryEducation,
            @Schema(nullable = true, examples = "High school diploma or equivalent") String entryEducationLabel,
            @Schema(nullable = true, description = "Work experience in a related occupation", examples = "None") String workExperience,
            @Schema(nullable = true, description = "Typical on-the-job training", examples = "Short-term on-the-job training") String onTheJobTraining,
            @Schema(nullable = true, description = "Where the three fields above come from", examples = "BLS Employment Projections 2024-34") String source,
            @Schema(nullable = true, examples = "No license required; CAP credential from IAAP is optional") String certificationNotes,
            @Schema(description = "Share of workers by education level (O*NET 'Required Level of Education' survey), percent") List<EducationShare> educationDistribution,
            Apprenticeship apprenticeship) {
    }

    public record EducationShare(EducationLevel level,
            @Schema(examples = "High school diploma or equivalent") String label,
            @Schema(examples = "64.5") float percent) {
    }

    public record TaskList(@Schema(description = "How many tasks the occupation has", examples = "21") int total,
            List<Task> items) {
    }

    @Schema(name = "OccupationTask")
    public record Task(@Schema(examples = "8823") int id, String statement,
            @Schema(nullable = true, description = "Core (critical to the occupation) or supplemental; null when O*NET does not say") Boolean core) {
    }

    public record TechnologyList(@Schema(examples = "48") int total,
            @Schema(description = "How many are hot technologies (frequently in employers' job postings)", examples = "20") int hotCount,
            List<Technology> items) {
    }

    public record Technology(@Schema(examples = "Microsoft Excel") String example,
            @Schema(examples = "Spreadsheet software") String category,
            @Schema(description = "Hot technology: frequently included in employer job postings") boolean hot,
            @Schema(description = "In demand: among the most requested for this occupation") boolean inDemand) {
    }

    public record InterestProfile(Float realistic, Float investigative, Float artistic, Float social,
            Float enterprising, Float conventional,
            @Schema(description = "The three highest areas, strongest first", examples = "CSE") String code,
            @Schema(nullable = true, description = "O*NET's interest high points (first, second, third), when published", examples = "CES") String highPoints) {
    }

    public record WorkValues(Float achievement, Float workingConditions, Float recognition, Float relationships,
            Float support, Float independence) {
    }

    public record SkillRequirement(@Schema(examples = "2.A.1.b") String elementId,
            @Schema(examples = "Active Listening") String name, @Schema(examples = "Content") String category,
            @Schema(description = "Importance 1-5", examples = "3.88") float importance,
            @Schema(description = "Level 0-7", examples = "3.62") float level) {
    }

    @Schema(description = "National wages from the BLS Occupational Employment and Wage Statistics (all O*NET occupations under one SOC code share them)")
    public record Pay(@Schema(nullable = true, examples = "37230") Integer annualMedian,
            @Schema(nullable = true, examples = "28410") Integer annualP10,
            @Schema(nullable = true, examples = "31960") Integer annualP25,
            @Schema(nullable = true, examples = "44290") Integer annualP75,
            @Schema(nullable = true, examples = "50650") Integer annualP90,
            @Schema(nullable = true, examples = "17.90") BigDecimal hourlyMedian,
            @Schema(nullable = true, examples = "39060") Integer annualMean,
            @Schema(nullable = true, description = "Employment estimate of the SOC occupation", examples = "1007200") Integer employment,
            @Schema(description = "BLS shows wages of $239,200 a year ($115.00 an hour) or more only as 'at least that': true when a percentile above is missing for that reason") boolean topCoded,
            @Schema(nullable = true, examples = "2024") Short year,
            @Schema(nullable = true, examples = "BLS OEWS May 2024 national estimates") String source) {
    }

    @Schema(description = "BLS Employment Projections for the SOC occupation")
    public record Outlook(@Schema(examples = "2024-34") String period,
            @Schema(examples = "1007200") Integer employmentBase,
            @Schema(examples = "1007600") Integer employmentProjected,
            @Schema(examples = "400") Integer employmentChange,
            @Schema(examples = "0.0") BigDecimal employmentChangePercent,
            @Schema(description = "Average openings a year over the period (growth and replacement)", examples = "128500") Integer annualOpenings,
            @Schema(description = "Growth compared with the all-occupations average, in BLS wording (rule in docs/occupation-catalog-service.md)", examples = "Little or no change") String growth,
            @Schema(description = "Projected change of all occupations over the period, percent", examples = "3.1") Double averageGrowthPercent,
            @Schema(examples = "BLS Employment Projections 2024-34") String source,
            @Schema(nullable = true, description = "O*NET's Bright Outlook designation computed from these projections; null when a figure it needs is not published") BrightOutlookStatus brightOutlook) {
    }

    @Schema(description = "O*NET's Bright Outlook designation, computed with O*NET's published criteria from the projections above (rule in docs/occupation-catalog-service.md)")
    public record BrightOutlookStatus(
            @Schema(description = "Whether the occupation meets at least one criterion") boolean designated,
            @Schema(description = "The criteria it meets") List<BrightOutlook.Criterion> criteria,
            @Schema(description = "Rounded percent change from which growth counts as rapid for this period (\"much faster than average\")", examples = "7") long growthThresholdPercent,
            @Schema(description = "Projected openings over the period: the annual average times the period's years", examples = "1285000") long openingsOverPeriod,
            @Schema(description = "Openings over the period from which openings count as numerous", examples = "100000") int openingsThreshold,
            @Schema(examples = "O*NET Bright Outlook criteria (onetcenter.org/initiatives.html), computed from BLS Employment Projections 2024-34") String rule) {
    }

    @Schema(description = "International codes of the occupation: the ESCO occupations a published crosswalk maps to it, and their ISCO-08 unit groups. The mapping is many-to-one as published: several ESCO occupations may map to one O*NET occupation.")
    public record InternationalCodes(
            @Schema(description = "Distinct ISCO-08 unit group codes of those ESCO occupations, ascending", examples = "[\"4226\"]") List<String> isco08,
            List<EscoOccupation> esco,
            @Schema(nullable = true, description = "The crosswalk; null when none is loaded", examples = "Nesta Mapping Career Causeways ESCO-O*NET crosswalk (November 2020) ...") String source,
            @Schema(nullable = true, description = "Why the lists are empty, when they are", examples = "The crosswalk maps no ESCO occupation to this occupation.") String note) {
    }

    public record EscoOccupation(
            @Schema(description = "ESCO concept URI", examples = "http://data.europa.eu/esco/occupation/...") String uri,
            @Schema(description = "ESCO preferred label, as the crosswalk gives it", examples = "receptionist") String title,
            @Schema(description = "Its ISCO-08 unit group", examples = "4226") String isco08,
            @Schema(description = "The O*NET-SOC 2010 code the crosswalk maps it to (carried to this occupation through the 2010 -> 2019 crosswalk)", examples = "43-4171.00") String onetSoc2010Code,
            @Schema(nullable = true, description = "The crosswalk's confidence in the match: 0.5, 1 or 2 (highest)", examples = "2") Float confidence) {
    }

    public record RelatedOccupation(@Schema(examples = "43-6014.00") String code, String title,
            @Schema(examples = "Primary-Short") String tier,
            @Schema(description = "O*NET relatedness order, 1 = most related", examples = "4") Short rank) {
    }
}
