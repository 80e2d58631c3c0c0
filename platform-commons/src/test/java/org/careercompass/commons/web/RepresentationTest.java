package org.careercompass.commons.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;

class RepresentationTest {

    final ObjectMapper mapper = new ObjectMapper();

    /** About 6 KB of JSON: large enough to be compressed. */
    final Representation large = Representation.of(mapper,
            IntStream.range(0, 200).mapToObj(i -> Map.of("code", "43-4171.0" + (i % 10), "rank", i)).toList());

    final Representation small = Representation.of(mapper, Map.of("code", "43-4171.00"));

    static HttpHeaders headers(String... namesAndValues) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] { HttpHeaders.class }, (proxy, method, args) -> {
                    if (!method.getName().equals("getHeaderString")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    for (int i = 0; i < namesAndValues.length; i += 2) {
                        if (namesAndValues[i].equalsIgnoreCase((String) args[0])) {
                            return namesAndValues[i + 1];
                        }
                    }
                    return null;
                });
    }

    static byte[] bytes(RestResponse<Buffer> answer) {
        return ((Buffer) answer.getEntity()).getBytes();
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameJsonCompressedUnderItsOwnTag() throws IOException {
        var plain = large.conditionalGet(headers());
        var zipped = large.conditionalGet(headers("Accept-Encoding", "gzip, deflate, br"));

        assertEquals(200, plain.getStatus());
        assertNull(plain.getHeaderString("Content-Encoding"));
        assertArrayEquals(large.json(), bytes(plain));
        assertEquals("\"" + large.tag().getValue() + "\"", plain.getHeaderString("ETag"));

        assertEquals(200, zipped.getStatus());
        assertEquals("gzip", zipped.getHeaderString("Content-Encoding"));
        byte[] body = bytes(zipped);
        assertTrue(body.length < large.json().length / 3,
                "compressed to " + body.length + " of " + large.json().length);
        assertArrayEquals(large.json(), gunzip(body));
        assertEquals("\"" + large.tag().getValue() + "-gzip\"", zipped.getHeaderString("ETag"));

        assertEquals("Accept-Encoding", plain.getHeaderString("Vary"));
        assertEquals("Accept-Encoding", zipped.getHeaderString("Vary"));
    }

    @Test
    void aSmallAnswerIsSentAsItIs() {
        var answer = small.conditionalGet(headers("Accept-Encoding", "gzip"));
        assertEquals(200, answer.getStatus());
        assertNull(answer.getHeaderString("Content-Encoding"));
        assertNull(answer.getHeaderString("Vary"));
        assertArrayEquals(small.json(), bytes(answer));
        assertEquals(small.json().length, small.size());
    }

    @Test
    void eitherCodingsTagRevalidatesAndTheAnswerCarriesTheTagOfTheCodingAsked() {
        String plainTag = "\"" + large.tag().getValue() + "\"";
        String zippedTag = "\"" + large.tag().getValue() + "-gzip\"";
        for (String ifNoneMatch : List.of(plainTag, zippedTag, "W/" + zippedTag, "\"old\", " + plainTag, "*")) {
            var zipped = large.conditionalGet(headers("Accept-Encoding", "gzip", "If-None-Match", ifNoneMatch));
            assertEquals(304, zipped.getStatus(), ifNoneMatch);
            assertEquals(zippedTag, zipped.getHeaderString("ETag"));
            assertNull(zipped.getEntity());
            var plain = large.conditionalGet(headers("If-None-Match", ifNoneMatch));
            assertEquals(304, plain.getStatus(), ifNoneMatch);
            assertEquals(plainTag, plain.getHeaderString("ETag"));
        }
        var changed = large.conditionalGet(headers("Accept-Encoding", "gzip", "If-None-Match", "\"old-gzip\""));
        assertEquals(200, changed.getStatus());
    }

    @Test
    void anAnswerTaggedByItsMeaningHasAWeakTagThatOnlyTheMeaningChanges() throws IOException {
        List<Map<String, Object>> rows = IntStream.range(0, 200)
                .mapToObj(i -> Map.<String, Object> of("code", "43-4171.0" + (i % 10), "rank", i)).toList();
        var monday = Representation.of(mapper, Map.of("rows", rows, "confirmedAt", "2026-11-30T08:00:00Z"),
                Map.of("rows", rows));
        var tuesday = Representation.of(mapper, Map.of("rows", rows, "confirmedAt", "2026-12-01T08:00:00Z"),
                Map.of("rows", rows));
        var other = Representation.of(mapper, Map.of("rows", rows.subList(1, 200), "confirmedAt", "x"),
                Map.of("rows", rows.subList(1, 200)));

        assertTrue(monday.tag().isWeak());
        assertEquals(monday.tag(), tuesday.tag());
        assertFalse(monday.tag().equals(other.tag()));
        var plain = tuesday.conditionalGet(headers());
        assertEquals("W/\"" + tuesday.tag().getValue() + "\"", plain.getHeaderString("ETag"));
        assertTrue(new String(bytes(plain)).contains("2026-12-01T08:00:00Z"));
        var zipped = tuesday.conditionalGet(headers("Accept-Encoding", "gzip"));
        assertEquals("W/\"" + tuesday.tag().getValue() + "-gzip\"", zipped.getHeaderString("ETag"));
        assertArrayEquals(tuesday.json(), gunzip(bytes(zipped)));
        // Monday's copy revalidates on Tuesday, in either coding
        assertEquals(304, tuesday.conditionalGet(headers("If-None-Match", plain.getHeaderString("ETag"))).getStatus());
        assertEquals(304,
                tuesday.conditionalGet(
                        headers("Accept-Encoding", "gzip", "If-None-Match", zipped.getHeaderString("ETag")))
                        .getStatus());
        assertEquals(200, other.conditionalGet(headers("If-None-Match", plain.getHeaderString("ETag"))).getStatus());
    }

    @ParameterizedTest
    @ValueSource(strings = { "gzip", "GZIP", "x-gzip", "br;q=1.0, gzip;q=0.8, *;q=0.1", "*", "identity, *;q=0.5" })
    void acceptEncodingThatAllowsGzip(String acceptEncoding) {
        assertTrue(Representation.acceptsGzip(acceptEncoding));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "identity", "br, deflate", "gzip;q=0", "gzip; q=0.000", "gzip;q=0, *", "*;q=0",
            "gzip;q=nonsense" })
    void acceptEncodingThatRefusesGzip(String acceptEncoding) {
        assertFalse(Representation.acceptsGzip(acceptEncoding));
    }

    @Test
    void theCachesCountTheCompressedCopyToo() throws IOException {
        var zipped = large.conditionalGet(headers("Accept-Encoding", "gzip"));
        assertEquals(large.json().length + (bytes(zipped)).length, large.size());
    }

    @Test
    void aLargeAnswerIsSentFromItsKeptArrayEveryTime() {
        Representation export = Representation.of(mapper, IntStream.range(0, 2_000)
                .mapToObj(i -> Map.of("code", "43-" + (4000 + i) + ".00", "rank", i)).toList());
        byte[] json = export.json();
        for (int i = 0; i < 3; i++) {
            var sent = export.conditionalGet(headers());
            assertFalse(((Buffer) sent.getEntity()).getByteBuf().isDirect());
            assertArrayEquals(json, bytes(sent));
            var zipped = export.conditionalGet(headers("Accept-Encoding", "gzip"));
            assertArrayEquals(json, gunzipUnchecked(bytes(zipped)));
        }
    }

    static byte[] gunzipUnchecked(byte[] bytes) {
        try {
            return gunzip(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
