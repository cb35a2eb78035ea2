package org.husnu.symposium.core.assignment;

/**
 * A pair that is already assigned (by hand or by an earlier run) and stays: it counts
 * towards the abstract's reviewers, the reviewer's load and the institutions covered.
 *
 * @param abstractId the abstract
 * @param reviewerId the reviewer
 */
public record ExistingAssignment(String abstractId, String reviewerId) {

	public ExistingAssignment {
		if (abstractId == null || reviewerId == null) {
			throw new IllegalArgumentException("An existing assignment names an abstract and a reviewer");
		}
	}

}
