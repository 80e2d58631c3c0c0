package org.careercompass.assessment.results;

/**
 * Fired in the transaction that deletes one or all of a person's assessments, so what holds results in memory (the
 * match cache) can let them go once it commits.
 *
 * @param ownerId
 *            whose assessments
 */
public record AssessmentsDeleted(String ownerId) {
}
