package org.careercompass.commons.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * A finished JSON answer, its strong entity tag (the first 16 bytes of the SHA-256 of the bytes) and, for answers of
 * {@value #GZIP_FROM} bytes or more, the same bytes gzip-compressed. Serialized and compressed once, so the tag and the
 * body cannot disagree, and an answer kept in memory is served without serializing or compressing it again.
 * <p>
 * A client that accepts gzip (every browser, most HTTP libraries) gets the compressed bytes with
 * {@code Content-Encoding: gzip} and the tag {@code "<hex>-gzip"}: a different content coding is a different
 * representation, so its strong tag differs (RFC 9110, 8.8.3). Both tags name the same content: either one in
 * If-None-Match revalidates, either one in If-Match ({@link EntityTags#checkIfMatch}) matches.
 * <p>
 * Bodies are sent by wrapping the kept array (no copy on the heap). Why compressed once and not per response by the
 * HTTP layer: docs/decisions/0006-precompressed-answers.md.
 */
public final class Representation {

    /** Answers smaller than this are sent as they are: compression would save less than the headers it adds. */
    public static final int GZIP_FROM = 1024;

    static final String GZIP_SUFFIX = "-gzip";

    private final EntityTag tag;

    private final EntityTag gzipTag;

    private final byte[] json;

    private final byte[] gzip;

    private Representation(byte[] json, EntityTag tag, byte[] gzip) {
        this.tag = tag;
        this.gzipTag = gzip == null ? null : new EntityTag(tag.getValue() + GZIP_SUFFIX, tag.isWeak());
        this.json = json;
        this.gzip = gzip;
    }

    public static Representation of(ObjectMapper mapper, Object value) {
        byte[] json = serialize(mapper, value);
        return of(json, tagOf(json));
    }

    /**
     * An answer whose entity tag is weak (RFC 9110, 8.8.1) and taken from {@code meaning} instead of the answer's own
     * bytes: for an answer that carries a detail that changes more often than what it says (when a source last
     * confirmed it), so that a client's copy still revalidates when only that detail changed.
     */
    public static Representation of(ObjectMapper mapper, Object value, Object meaning) {
        return of(serialize(mapper, value), new EntityTag(tagOf(mapper, meaning).getValue(), true));
    }

    private static Representation of(byte[] json, EntityTag tag) {
        return new Representation(json, tag, json.length >= GZIP_FROM ? compress(json) : null);
    }

    /** The tag of a value's JSON, without keeping or compressing it: what an If-Match check compares. */
    static EntityTag tagOf(ObjectMapper mapper, Object value) {
        return tagOf(serialize(mapper, value));
    }

    private static byte[] serialize(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize the answer", e);
        }
    }

    private static EntityTag tagOf(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new EntityTag(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The compressed bytes, or null when compressing does not make them smaller. */
    private static byte[] compress(byte[] json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 8192)) {
            zip.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size() < json.length ? out.toByteArray() : null;
    }

    /** The body as sent to a client that does not accept gzip. */
    public byte[] json() {
        return json;
    }

    /** The entity tag of {@link #json()}. */
    public EntityTag tag() {
        return tag;
    }

    /** Bytes this answer holds in memory (the JSON and its compressed copy). */
    public int size() {
        return json.length + (gzip == null ? 0 : gzip.length);
    }

    /**
     * 304 when the client's If-None-Match names this content (in either coding), else 200 with the body: compressed
     * when the client accepts gzip and the answer is large enough, as it is otherwise. Always with the ETag of the
     * coding sent, and {@code Vary: Accept-Encoding} when the answer has a compressed form.
     */
    public RestResponse<Buffer> conditionalGet(HttpHeaders headers) {
        boolean compressed = gzip != null && acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        EntityTag sent = compressed ? gzipTag : tag;
        ResponseBuilder<Buffer> answer = notModified(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH))
                ? ResponseBuilder.notModified()
                : ResponseBuilder.ok(Buffer.buffer(Unpooled.wrappedBuffer(compressed ? gzip : json)),
                        MediaType.APPLICATION_JSON_TYPE);
        if (compressed) {
            answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        if (gzip != null) {
            answer.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
        return answer.tag(sent).build();
    }

    /** If-None-Match names this content: "*", or a tag (weak or strong, either coding) equal to this one. */
    boolean notModified(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*") || sameContent(value, tag.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quoted entity tag from a request names the content tagged {@code expected}: equal, ignoring a weak
     * prefix and the gzip coding's suffix.
     */
    static boolean sameContent(String requestTag, String expected) {
        String value = requestTag.startsWith("W/") ? requestTag.substring(2) : requestTag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.endsWith(GZIP_SUFFIX)) {
            value = value.substring(0, value.length() - GZIP_SUFFIX.length());
        }
        return value.equals(expected);
    }

    /**
     * Whether an Accept-Encoding header accepts gzip (RFC 9110, 12.5.3): listed as {@code gzip} or {@code x-gzip}, or
     * covered by {@code *}, with a non-zero weight.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? weight : Math.max(gzip, weight);
            } else if (coding.equals("*")) {
                any = weight;
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return any != null && any > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
