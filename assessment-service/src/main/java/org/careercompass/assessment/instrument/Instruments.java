package org.careercompass.assessment.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The instruments this service offers, written for Career Compass, and the O*NET Interest Profiler Short Form. Plain
 * data: no framework types.
 *
 * <ul>
 * <li>riasec-v1: 48 activities, 8 per Holland area, rated 1 (strongly dislike) to 5 (strongly like).</li>
 * <li>work-values-v1: 12 statements, 2 per O*NET work value, rated 1 (not important) to 5 (essential).</li>
 * <li>skills-v1: the 35 O*NET skill elements, self-rated on the O*NET level scale 0-7.</li>
 * <li>onet-ip-sf-v1: the O*NET Interest Profiler Short Form (USDOL/ETA), its 60 items verbatim from
 * {@code instruments/onet-interest-profiler-short-form.json}, scored as O*NET scores it
 * ({@link InterestProfiler}).</li>
 * </ul>
 */
public final class Instruments {

    public static final List<String> RIASEC = List.of("REALISTIC", "INVESTIGATIVE", "ARTISTIC", "SOCIAL",
            "ENTERPRISING", "CONVENTIONAL");
    public static final List<String> WORK_VALUES = List.of("ACHIEVEMENT", "WORKING_CONDITIONS", "RECOGNITION",
            "RELATIONSHIPS", "SUPPORT", "INDEPENDENCE");

    private static final String[][] ACTIVITIES = {
            { "Build furniture or cabinets from wood", "Repair a car engine", "Operate heavy machinery",
                    "Install the wiring in a house", "Grow vegetables or tend animals on a farm",
                    "Assemble electronic parts", "Fix a leaking pipe", "Work outdoors on a construction site" },
            { "Study how diseases spread", "Run experiments in a laboratory", "Analyze data to find patterns",
                    "Read articles in scientific journals", "Solve challenging math problems",
                    "Find out why a machine or system failed", "Develop a theory to explain what you observe",
                    "Research how the brain works" },
            { "Design a poster, logo or web page", "Write a short story or poem",
                    "Play a musical instrument in a group", "Act in a play or film", "Take and edit photographs",
                    "Decorate a room or arrange a display", "Compose music or songs", "Sketch people or places" },
            { "Teach children to read", "Help people with personal problems", "Care for patients in a hospital",
                    "Coach a sports team", "Volunteer at a community center", "Train new employees",
                    "Advise students on their career choices", "Organize help for a family in need" },
            { "Start your own business", "Sell products to customers", "Lead a team meeting", "Negotiate a contract",
                    "Persuade people to back your idea", "Manage a store or restaurant",
                    "Run for a leadership position", "Launch a marketing campaign for a new product" },
            { "Keep accurate financial records", "Organize files and documents", "Enter data into a spreadsheet",
                    "Check reports for errors", "Schedule appointments for others", "Prepare invoices or payroll",
                    "Process forms by following a clear procedure", "Keep an inventory of supplies" } };

    private static final String[][] VALUE_STATEMENTS = {
            { "Work that makes use of my abilities",
                    "Seeing the results of my work and feeling I accomplished something" },
            { "Good pay and job security", "Comfortable conditions and a workload that suits me" },
            { "Chances to advance and to lead", "Work that others respect and recognize" },
            { "Friendly coworkers", "Doing things for other people and acting by my principles" },
            { "Managers who back their people", "Fair company policies and good training" },
            { "Making my own decisions", "Working on my own and trying out my own ideas" } };

    /** The O*NET skill elements (content model 2.A and 2.B), in element order. */
    public static final Map<String, String> SKILL_ELEMENTS = skillElements();

    private static final Map<String, Instrument> ALL = build();

    private Instruments() {
    }

    public static List<Instrument> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<Instrument> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The newest version of each kind: what a new assessment should use. */
    public static Instrument current(InstrumentKind kind) {
        return ALL.values().stream().filter(i -> i.kind() == kind).reduce((a, b) -> b.version() > a.version() ? b : a)
                .orElseThrow();
    }

    private static Map<String, Instrument> build() {
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        List<Instrument.Item> activities = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            for (int area = 0; area < 6; area++) {
                activities.add(new Instrument.Item(RIASEC.get(area).charAt(0) + Integer.toString(round + 1),
                        ACTIVITIES[area][round], RIASEC.get(area)));
            }
        }
        instruments.put("riasec-v1", new Instrument("riasec-v1", InstrumentKind.INTERESTS, 1,
                "Career interests (RIASEC)",
                "How would you feel about doing each activity as part of your work? Don't think about whether you have "
                        + "the training or how much it pays.",
                new Instrument.Scale(1, 5, List.of("Strongly dislike", "Dislike", "Unsure", "Like", "Strongly like")),
                activities));
        List<Instrument.Item> statements = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int value = 0; value < 6; value++) {
                statements.add(new Instrument.Item("V" + (round * 6 + value + 1), VALUE_STATEMENTS[value][round],
                        WORK_VALUES.get(value)));
            }
        }
        instruments.put("work-values-v1",
                new Instrument("work-values-v1", InstrumentKind.VALUES, 1, "Work values",
                        "How important is each of these in your ideal job?", new Instrument.Scale(1, 5, List
                                .of("Not important", "Somewhat important", "Important", "Very important", "Essential")),
                        statements));
        List<Instrument.Item> skills = SKILL_ELEMENTS.entrySet().stream()
                .map(e -> new Instrument.Item(e.getKey(), e.getValue(), e.getKey())).toList();
        instruments.put("skills-v1", new Instrument("skills-v1", InstrumentKind.SKILLS, 1, "Skills self-rating",
                "Rate your current level in each skill. 0: none; 1-2: basic, e.g. read a simple instruction; 3-4: "
                        + "working, e.g. handle routine tasks on your own; 5-6: advanced, e.g. teach it or handle "
                        + "complex cases; 7: expert, among the best in the field.",
                new Instrument.Scale(0, 7, List.of("None", "1", "2", "3", "4", "5", "6", "Expert")), skills));
        Instrument profiler = InterestProfiler.load();
        instruments.put(profiler.id(), profiler);
        return instruments;
    }

    private static Map<String, String> skillElements() {
        String[][] elements = { { "2.A.1.a", "Reading Comprehension" }, { "2.A.1.b", "Active Listening" },
                { "2.A.1.c", "Writing" }, { "2.A.1.d", "Speaking" }, { "2.A.1.e", "Mathematics" },
                { "2.A.1.f", "Science" }, { "2.A.2.a", "Critical Thinking" }, { "2.A.2.b", "Active Learning" },
                { "2.A.2.c", "Learning Strategies" }, { "2.A.2.d", "Monitoring" },
                { "2.B.1.a", "Social Perceptiveness" }, { "2.B.1.b", "Coordination" }, { "2.B.1.c", "Persuasion" },
                { "2.B.1.d", "Negotiation" }, { "2.B.1.e", "Instructing" }, { "2.B.1.f", "Service Orientation" },
                { "2.B.2.i", "Complex Problem Solving" }, { "2.B.3.a", "Operations Analysis" },
                { "2.B.3.b", "Technology Design" }, { "2.B.3.c", "Equipment Selection" }, { "2.B.3.d", "Installation" },
                { "2.B.3.e", "Programming" }, { "2.B.3.g", "Operations Monitoring" },
                { "2.B.3.h", "Operation and Control" }, { "2.B.3.j", "Equipment Maintenance" },
                { "2.B.3.k", "Troubleshooting" }, { "2.B.3.l", "Repairing" }, { "2.B.3.m", "Quality Control Analysis" },
                { "2.B.4.e", "Judgment and Decision Making" }, { "2.B.4.g", "Systems Analysis" },
                { "2.B.4.h", "Systems Evaluation" }, { "2.B.5.a", "Time Management" },
                { "2.B.5.b", "Management of Financial Resources" }, { "2.B.5.c", "Management of Material Resources" },
                { "2.B.5.d", "Management of Personnel Resources" } };
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] e : elements) {
            map.put(e[0], e[1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
