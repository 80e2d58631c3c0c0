package org.careercompass.assessment.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The O*NET Interest Profiler Short Form as an instrument: its 60 items verbatim and in their order (item ids are their
 * positions 1-60, the positions of O*NET Web Services' answer string), its five answers, its notices, and its scoring:
 * each answer scores 0 (Strongly Dislike) to 4 (Strongly Like), an area's score is the sum of its 10 answers (0-40).
 */
public final class InterestProfiler {

    public static final String ID = "onet-ip-sf-v1";
    static final String RESOURCE = "/instruments/onet-interest-profiler-short-form.json";
    static final String OWNER = "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)";
    static final String SCORING = "Each answer scores 0 (Strongly Dislike), 1 (Dislike), 2 (Unsure), 3 (Like) or 4 "
            + "(Strongly Like); an interest area's score is the sum of its 10 answers, 0-40, as O*NET scores the "
            + "Short Form: Rounds, Su, Lewis & Rivkin (2010), O*NET Interest Profiler Short Form Psychometric "
            + "Characteristics: Summary, National Center for O*NET Development; O*NET Interest Profiler Manual "
            + "(Rounds, Hoff & Lewis, 2021), chapter 3, onetcenter.org. Answer values 1-5 are the digits of O*NET Web "
            + "Services' Interest Profiler answer string. The high-point code is the three highest areas, highest "
            + "first; equal scores are listed in R-I-A-S-E-C order and reported as ties.";

    record Source(String title, String copyright, String trademark, String source, List<Option> options,
            List<SourceItem> items) {
    }

    record Option(int value, String label) {
    }

    record SourceItem(int index, String area, String text) {
    }

    private InterestProfiler() {
    }

    static Instrument load() {
        Source source;
        try (InputStream in = InterestProfiler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            source = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true).readValue(in,
                    Source.class);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        List<Instrument.Item> items = new ArrayList<>();
        for (int i = 0; i < source.items().size(); i++) {
            SourceItem item = source.items().get(i);
            String area = item.area().toUpperCase(Locale.ROOT);
            if (item.index() != i + 1 || !Instruments.RIASEC.contains(area)) {
                throw new IllegalStateException(
                        RESOURCE + ": item " + (i + 1) + " is out of order or has area " + item.area());
            }
            items.add(new Instrument.Item(Integer.toString(item.index()), item.text(), area));
        }
        if (items.size() != 60 || source.options().size() != 5) {
            throw new IllegalStateException(RESOURCE + ": expected 60 items and 5 options");
        }
        List<String> labels = source.options().stream().map(Option::label).toList();
        return new Instrument(ID, InstrumentKind.INTERESTS, 1, source.title(),
                "How would you feel about doing each work activity? Don't think about whether you have the education "
                        + "or training for it, or how much it pays.",
                new Instrument.Scale(1, 5, labels, List.of(0, 1, 2, 3, 4)), items, new Instrument.Attribution(OWNER,
                        List.of(source.copyright(), source.trademark()), source.source(), SCORING));
    }
}
