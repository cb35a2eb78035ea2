package org.husnu.symposium.core.assignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optimal assignment for an {@link AssignmentProblem}: the pairs (kept and new), each
 * reviewer's load, each abstract's institution coverage, the constraints that could not
 * be met and why, and the three ranked parts of the objective it optimises.
 *
 * @param pairs every assigned pair, kept ones included, by abstract id then reviewer id
 * @param loads each reviewer's load after the proposal, by reviewer id
 * @param coverage each abstract's reviewers and institutions, by abstract id
 * @param unmet what could not be met, by abstract id
 * @param assigned reviews assigned (kept and new), the first objective (maximised)
 * @param wanted reviews wanted (the sum of every abstract's k)
 * @param covered (abstract, institution) pairs covered, the second objective (maximised)
 * @param toCover (abstract, institution) pairs the policy asks to cover
 * @param cost the total cost of all pairs, the third objective (minimised)
 * @param certified whether the min-cost flow's dual certificate was checked and holds
 */
public record AssignmentProposal(List<ProposedPair> pairs, Map<String, Integer> loads,
		List<InstitutionCoverage> coverage, List<UnmetConstraint> unmet, int assigned, int wanted, int covered,
		int toCover, long cost, boolean certified) {

	public AssignmentProposal {
		pairs = List.copyOf(pairs);
		loads = Collections.unmodifiableMap(new LinkedHashMap<>(loads));
		coverage = List.copyOf(coverage);
		unmet = List.copyOf(unmet);
	}

}
