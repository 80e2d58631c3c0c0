package org.careercompass.commons.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * Marks a POST resource method as safe to retry with {@code Idempotency-Key} (the IETF httpapi draft): the method runs
 * in one transaction together with the record of its answer, see {@link IdempotentInterceptor}. Every POST carries it
 * and answers a {@code RestResponse}, so that a retry can be answered with the stored one (the architecture test checks
 * both).
 */
@InterceptorBinding
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

    /** The request header that names a retry. */
    String HEADER = "Idempotency-Key";
    /** The answer header on an answer replayed from the first request. */
    String REPLAYED = "Idempotent-Replayed";
    /** How long an answer is kept for retries. */
    int KEEP_HOURS = 24;
}
