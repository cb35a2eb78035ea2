package org.husnu.symposium.core.assignment;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which member institutions an abstract's reviewers come from, against those it should
 * come from.
 *
 * @param abstractId the abstract
 * @param reviewers how many reviewers it has in the proposal, existing ones included
 * @param wanted how many it should have (k)
 * @param covered the member institutions among its reviewers
 * @param required the member institutions it should have a reviewer from under the policy
 */
public record InstitutionCoverage(String abstractId, int reviewers, int wanted, Set<String> covered,
		Set<String> required) {

	public InstitutionCoverage {
		covered = Set.copyOf(covered);
		required = Set.copyOf(required);
	}

	/**
	 * The required institutions without a reviewer on this abstract, in name order.
	 */
	public Set<String> missing() {
		Set<String> missing = new TreeSet<>(this.required);
		missing.removeAll(this.covered);
		return missing;
	}

}
