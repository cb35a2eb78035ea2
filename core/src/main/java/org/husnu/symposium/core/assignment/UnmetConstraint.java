package org.husnu.symposium.core.assignment;

/**
 * A constraint the proposal could not meet for one abstract, and why — always because the
 * pool does not allow it (conflicts, caps, too few reviewers), never because the solver
 * gave up: the proposal is optimal, so meeting it would break a rule that ranks higher.
 *
 * @param abstractId the abstract
 * @param code a stable code: {@code assignment.reviewers.too-few-eligible},
 * {@code assignment.reviewers.capacity}, {@code assignment.institution.no-eligible},
 * {@code assignment.institution.k-too-small}, {@code assignment.institution.kept-full} or
 * {@code assignment.institution.capacity}
 * @param institution the institution not covered, or {@code null} when reviewers are
 * missing
 * @param reason a sentence for the chairs
 */
public record UnmetConstraint(String abstractId, String code, String institution, String reason) {

}
