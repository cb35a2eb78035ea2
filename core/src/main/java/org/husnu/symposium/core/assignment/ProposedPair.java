package org.husnu.symposium.core.assignment;

/**
 * One reviewer for one abstract in a proposal.
 *
 * @param abstractId the abstract
 * @param reviewerId the reviewer
 * @param existing whether the pair was already assigned (kept) rather than proposed
 * @param cost the pair's cost and its parts
 */
public record ProposedPair(String abstractId, String reviewerId, boolean existing, PairCost cost) {

}
