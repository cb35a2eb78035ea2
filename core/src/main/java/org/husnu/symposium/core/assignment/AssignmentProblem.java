package org.husnu.symposium.core.assignment;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.husnu.symposium.core.conflicts.InstitutionPolicy;

/**
 * Everything the optimal assignment depends on, and nothing else, so the answer is a
 * function of this value.
 *
 * @param abstracts the abstracts that need reviewers
 * @param reviewers the pool
 * @param scores the score of each pair, {@code null} for a conflict
 * @param existing pairs that are already assigned and stay
 * @param reviewersPerAbstract {@code k}, for abstracts without their own number
 * @param policy whether reviewers from the presenting author's institution are excluded
 * @param memberInstitutions the institutions every abstract should have a reviewer from
 * (HU and SNU), as far as the policy allows and the pool makes possible
 * @param weights how a pair's cost is made
 */
public record AssignmentProblem(List<AbstractToAssign> abstracts, List<ReviewerToAssign> reviewers, PairScores scores,
		List<ExistingAssignment> existing, int reviewersPerAbstract, InstitutionPolicy policy,
		Set<String> memberInstitutions, AssignmentWeights weights) {

	/** Three reviewers per abstract unless the chairs say otherwise. */
	public static final int DEFAULT_REVIEWERS_PER_ABSTRACT = 3;

	public AssignmentProblem {
		if (abstracts == null || reviewers == null || scores == null) {
			throw new IllegalArgumentException("An assignment problem needs abstracts, reviewers and scores");
		}
		if (reviewersPerAbstract < 0) {
			throw new IllegalArgumentException("Reviewers per abstract cannot be negative");
		}
		abstracts = List.copyOf(abstracts);
		reviewers = List.copyOf(reviewers);
		existing = (existing != null) ? List.copyOf(existing) : List.of();
		policy = (policy != null) ? policy : InstitutionPolicy.NONE;
		memberInstitutions = (memberInstitutions != null) ? new TreeSet<>(memberInstitutions) : new TreeSet<>();
		memberInstitutions = Collections.unmodifiableSet(memberInstitutions);
		weights = (weights != null) ? weights : AssignmentWeights.DEFAULT;
	}

	/**
	 * A problem with the defaults: k = 3, no existing pairs, default weights.
	 */
	public static AssignmentProblem of(List<AbstractToAssign> abstracts, List<ReviewerToAssign> reviewers,
			PairScores scores, InstitutionPolicy policy, Set<String> memberInstitutions) {
		return new AssignmentProblem(abstracts, reviewers, scores, List.of(), DEFAULT_REVIEWERS_PER_ABSTRACT, policy,
				memberInstitutions, AssignmentWeights.DEFAULT);
	}

	public AssignmentProblem withExisting(List<ExistingAssignment> existing) {
		return new AssignmentProblem(this.abstracts, this.reviewers, this.scores, existing, this.reviewersPerAbstract,
				this.policy, this.memberInstitutions, this.weights);
	}

	public AssignmentProblem withReviewersPerAbstract(int k) {
		return new AssignmentProblem(this.abstracts, this.reviewers, this.scores, this.existing, k, this.policy,
				this.memberInstitutions, this.weights);
	}

	/**
	 * How many reviewers the abstract at this position needs.
	 */
	public int reviewersFor(int abstractIndex) {
		Integer own = this.abstracts.get(abstractIndex).reviewers();
		return (own != null) ? own : this.reviewersPerAbstract;
	}

	/**
	 * Whether the policy lets this reviewer review this abstract at all (conflicts
	 * aside).
	 */
	public boolean policyAllows(AbstractToAssign abstractToAssign, ReviewerToAssign reviewer) {
		return this.policy != InstitutionPolicy.SAME_INSTITUTION || abstractToAssign.presentingInstitution() == null
				|| !abstractToAssign.presentingInstitution().equals(reviewer.institution());
	}

	/**
	 * The member institutions the abstract at this position should have a reviewer from:
	 * all of them, less the presenting author's own when the policy excludes it; none
	 * when it needs no reviewers at all.
	 */
	public Set<String> institutionsToCover(int abstractIndex) {
		Set<String> wanted = new TreeSet<>();
		if (reviewersFor(abstractIndex) == 0) {
			return wanted;
		}
		wanted.addAll(this.memberInstitutions);
		if (this.policy == InstitutionPolicy.SAME_INSTITUTION) {
			wanted.remove(this.abstracts.get(abstractIndex).presentingInstitution());
		}
		return wanted;
	}

}
