package org.husnu.symposium.review.assignment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.InstitutionCoverage;
import org.husnu.symposium.core.assignment.PairAffinity;
import org.husnu.symposium.core.assignment.PairCost;
import org.husnu.symposium.core.assignment.ProposedPair;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.assignment.UnmetConstraint;

/**
 * A stored proposal as the API shows it to chairs.
 *
 * @param id the proposal id
 * @param reviewersPerAbstract k
 * @param cost the total cost of the assignment (pairs and load balance)
 * @param certified whether the solver's optimality certificate held
 * @param affinity how text affinity entered the cost
 * @param assigned reviews assigned, kept ones included
 * @param wanted reviews wanted (k per abstract)
 * @param assignments every pair, kept ones marked {@code existing}
 * @param loads per reviewer: load and cap
 * @param coverage per abstract: member institutions covered and required
 * @param unmet constraints that could not be met, with why
 * @param createdAt when it was computed
 * @param appliedAt when it was applied, {@code null} before
 */
record ProposalView(String id, int reviewersPerAbstract, long cost, boolean certified, String affinity, int assigned,
		int wanted, List<Pair> assignments, List<Load> loads, List<Coverage> coverage, List<Unmet> unmet,
		Instant createdAt, Instant appliedAt) {

	static ProposalView of(StoredProposal stored) {
		AssignmentProposal proposal = stored.proposal();
		return new ProposalView(stored.id(), stored.reviewersPerAbstract(), proposal.cost(), proposal.certified(),
				stored.affinity(), proposal.assigned(), proposal.wanted(), pairs(stored),
				proposal.loads()
					.entrySet()
					.stream()
					.map((load) -> new Load(load.getKey(), load.getValue(),
							stored.caps().getOrDefault(load.getKey(), 0)))
					.toList(),
				proposal.coverage().stream().map(Coverage::of).toList(),
				proposal.unmet().stream().map(Unmet::of).toList(), stored.createdAt(), stored.appliedAt());
	}

	private static List<Pair> pairs(StoredProposal stored) {
		Map<String, PairAffinity> why = new HashMap<>();
		for (PairAffinity affinity : stored.affinities()) {
			why.put(affinity.reviewerId() + ":" + affinity.abstractId(), affinity);
		}
		return stored.proposal()
			.pairs()
			.stream()
			.map((pair) -> Pair.of(pair, why.get(pair.reviewerId() + ":" + pair.abstractId())))
			.toList();
	}

	/**
	 * A proposed pair with its cost, the parts it is made of and why its text affinity is
	 * what it is ({@code null} for proposals computed without it).
	 */
	record Pair(String reviewer, @JsonProperty("abstract") String abstractId, boolean existing, long cost,
			PairCost parts, Why why) {

		static Pair of(ProposedPair pair, PairAffinity affinity) {
			return new Pair(pair.reviewerId(), pair.abstractId(), pair.existing(), pair.cost().total(), pair.cost(),
					(affinity != null) ? new Why(affinity.score(), affinity.terms(), affinity.papers()) : null);
		}

	}

	/**
	 * What drove a pair's text affinity.
	 *
	 * @param affinity the score, 0 to 1
	 * @param terms the abstract's terms that contributed most, as it writes them
	 * @param papers titles of the reviewer's best-matching papers
	 */
	record Why(double affinity, List<String> terms, List<String> papers) {
	}

	/**
	 * A reviewer's load in the proposal against their cap.
	 */
	record Load(String reviewer, int load, int maxLoad) {
	}

	/**
	 * The member institutions an abstract's reviewers come from.
	 */
	record Coverage(@JsonProperty("abstract") String abstractId, int reviewers, int wanted, Set<String> covered,
			Set<String> required, Set<String> missing) {

		static Coverage of(InstitutionCoverage coverage) {
			return new Coverage(coverage.abstractId(), coverage.reviewers(), coverage.wanted(),
					new TreeSet<>(coverage.covered()), new TreeSet<>(coverage.required()), coverage.missing());
		}

	}

	/**
	 * A constraint the proposal could not meet, with a stable code and why.
	 */
	record Unmet(@JsonProperty("abstract") String abstractId, String code, String institution, String reason) {

		static Unmet of(UnmetConstraint unmet) {
			return new Unmet(unmet.abstractId(), unmet.code(), unmet.institution(), unmet.reason());
		}

	}

}
