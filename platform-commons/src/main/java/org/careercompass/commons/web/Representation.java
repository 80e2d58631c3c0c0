package org.careercompass.commons.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A finished JSON answer and its strong entity tag (the first 16 bytes of the SHA-256 of the bytes). Serialized once,
 * so the tag and the body cannot disagree, and an answer kept in memory is served without serializing it again.
 *
 * @param json
 *            the body as sent
 * @param tag
 *            entity tag of exactly these bytes
 */
public record Representation(byte[] json, EntityTag tag) {

    public static Representation of(ObjectMapper mapper, Object value) {
        try {
            byte[] json = mapper.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return new Representation(json, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot serialize the answer", e);
        }
    }

    /** Bytes this answer holds in memory. */
    public int size() {
        return json.length;
    }

    /** 304 when the client's If-None-Match still matches, else 200 with the body and ETag. */
    public Response conditionalGet(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).tag(tag).build();
    }
}
