package org.husnu.symposium.core.assignment;

/**
 * The score of every pair, asked for by position in the problem's lists rather than held
 * as a matrix of objects, so a caller can compute pairs on demand (the benchmark's 2.5
 * million pairs never exist as objects at once).
 */
@FunctionalInterface
public interface PairScores {

	/**
	 * The scores of one pair.
	 * @param abstractIndex position in {@link AssignmentProblem#abstracts()}
	 * @param reviewerIndex position in {@link AssignmentProblem#reviewers()}
	 * @return the pair's score, or {@code null} if the reviewer conflicts with the
	 * abstract (the pair is then never assigned)
	 */
	PairScore score(int abstractIndex, int reviewerIndex);

}
