import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.careercompass.assessment.catalog.CatalogProfile;
import org.careercompass.assessment.matching.Matcher;
import org.careercompass.assessment.matching.OccupationIndex;

/**
 * Latency of one full ranking by the assessment service's matcher at catalog sizes far beyond O*NET's ~1,000
 * occupations. Synthetic profiles (35 skills each, interest and value vectors), a person with all three results.
 * Run: java -cp assessment-service/target/classes bench/MatcherScale.java [OCCUPATIONS...]
 */
public class MatcherScale {

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] { 1_016, 10_000, 50_000 }
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Random random = new Random(42);
        for (int size : sizes) {
            OccupationIndex index = OccupationIndex.of(profiles(size, random));
            Map<String, Integer> skills = new HashMap<>();
            for (int s = 0; s < 35; s++) {
                skills.put("2.X." + s, random.nextInt(8));
            }
            Matcher.Person person = new Matcher.Person(vector(random), skills, vector(random));
            Matcher.Weights weights = new Matcher.Weights(0.5, 0.3, 0.2);
            for (int i = 0; i < 200; i++) { // warm-up
                Matcher.rank(index, person, weights, Matcher.Filters.none());
            }
            int runs = size >= 50_000 ? 200 : 1_000;
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                List<Matcher.Ranked> ranked = Matcher.rank(index, person, weights, Matcher.Filters.none());
                for (int k = 0; k < 20; k++) {
                    Matcher.explain(index, ranked.get(k).index(), person);
                }
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf("%,7d occupations: rank all + explain top 20: p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d runs)%n",
                    size, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.99)] / 1e6, nanos[runs - 1] / 1e6, runs);
        }
    }

    static double[] vector(Random random) {
        double[] v = new double[6];
        for (int i = 0; i < 6; i++) {
            v[i] = random.nextDouble();
        }
        return v;
    }

    static List<CatalogProfile> profiles(int size, Random random) {
        List<CatalogProfile> profiles = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            float[] interests = new float[6];
            float[] values = new float[6];
            for (int k = 0; k < 6; k++) {
                interests[k] = 1 + 6 * random.nextFloat();
                values[k] = 1 + 6 * random.nextFloat();
            }
            List<CatalogProfile.SkillLevel> skills = new ArrayList<>();
            for (int s = 0; s < 35; s++) {
                skills.add(new CatalogProfile.SkillLevel("2.X." + s, 1 + 4 * random.nextFloat(), 7 * random.nextFloat()));
            }
            profiles.add(new CatalogProfile(String.format("%02d-%04d.00", 11 + (i % 44), i % 10_000), "Occupation " + i,
                    "11-0000", List.of("finance"), (short) (1 + i % 5), (short) (1 + i % 12), 30_000 + i % 150_000,
                    interests, values, skills));
        }
        return profiles;
    }
}
