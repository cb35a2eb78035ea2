package org.husnu.symposium.core.assignment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lexicographic optimum (most reviews, then most institutions covered, then least
 * cost) by trying every assignment: the tests' independent answer, sharing nothing with
 * the flow model but the definitions of the rules and the cost.
 */
final class BruteForceAssignment {

	private BruteForceAssignment() {
	}

	/** {assigned, covered, cost} of the best assignment. */
	static long[] best(AssignmentProblem problem) {
		int abstractCount = problem.abstracts().size();
		int reviewerCount = problem.reviewers().size();
		boolean[][] kept = new boolean[abstractCount][reviewerCount];
		for (ExistingAssignment pair : problem.existing()) {
			kept[indexOfAbstract(problem, pair.abstractId())][indexOfReviewer(problem, pair.reviewerId())] = true;
		}
		// the subsets each abstract may take: eligible new reviewers, at most need of
		// them
		List<List<Integer>> options = new ArrayList<>();
		for (int a = 0; a < abstractCount; a++) {
			int keptCount = 0;
			List<Integer> eligible = new ArrayList<>();
			for (int r = 0; r < reviewerCount; r++) {
				if (kept[a][r]) {
					keptCount++;
				}
				else if (problem.scores().score(a, r) != null
						&& problem.policyAllows(problem.abstracts().get(a), problem.reviewers().get(r))) {
					eligible.add(r);
				}
			}
			int need = Math.max(0, problem.reviewersFor(a) - keptCount);
			List<Integer> masks = new ArrayList<>();
			for (int mask = 0; mask < (1 << eligible.size()); mask++) {
				if (Integer.bitCount(mask) <= need) {
					int reviewers = 0;
					for (int i = 0; i < eligible.size(); i++) {
						if ((mask & (1 << i)) != 0) {
							reviewers |= 1 << eligible.get(i);
						}
					}
					masks.add(reviewers);
				}
			}
			options.add(masks);
		}
		long[] best = null;
		int[] choice = new int[abstractCount];
		while (true) {
			long[] value = evaluate(problem, kept, options, choice);
			if (value != null && (best == null || better(value, best))) {
				best = value;
			}
			int a = 0;
			while (a < abstractCount && ++choice[a] == options.get(a).size()) {
				choice[a] = 0;
				a++;
			}
			if (a == abstractCount) {
				return best;
			}
		}
	}

	private static boolean better(long[] value, long[] best) {
		if (value[0] != best[0]) {
			return value[0] > best[0];
		}
		if (value[1] != best[1]) {
			return value[1] > best[1];
		}
		return value[2] < best[2];
	}

	private static long[] evaluate(AssignmentProblem problem, boolean[][] kept, List<List<Integer>> options,
			int[] choice) {
		int abstractCount = problem.abstracts().size();
		int reviewerCount = problem.reviewers().size();
		AssignmentWeights weights = problem.weights();
		int[] load = new int[reviewerCount];
		int[] newLoad = new int[reviewerCount];
		long assigned = 0;
		long covered = 0;
		long cost = 0;
		for (int a = 0; a < abstractCount; a++) {
			int mask = options.get(a).isEmpty() ? 0 : options.get(a).get(choice[a]);
			Set<String> institutions = new HashSet<>();
			int count = 0;
			for (int r = 0; r < reviewerCount; r++) {
				boolean isNew = (mask & (1 << r)) != 0;
				if (kept[a][r] || isNew) {
					count++;
					load[r]++;
					if (isNew) {
						newLoad[r]++;
					}
					institutions.add(problem.reviewers().get(r).institution());
					PairScore score = problem.scores().score(a, r);
					if (score != null) {
						cost += weights.pairCost(score);
					}
				}
			}
			assigned += Math.min(count, problem.reviewersFor(a));
			Set<String> required = problem.institutionsToCover(a);
			required.retainAll(institutions);
			covered += required.size();
		}
		for (int r = 0; r < reviewerCount; r++) {
			// kept pairs may exceed a cap; new ones never may
			if (newLoad[r] > 0 && load[r] > problem.reviewers().get(r).maxLoad()) {
				return null;
			}
			cost += weights.loadCost(load[r]);
		}
		return new long[] { assigned, covered, cost };
	}

	private static int indexOfAbstract(AssignmentProblem problem, String id) {
		for (int i = 0; i < problem.abstracts().size(); i++) {
			if (problem.abstracts().get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id);
	}

	private static int indexOfReviewer(AssignmentProblem problem, String id) {
		for (int i = 0; i < problem.reviewers().size(); i++) {
			if (problem.reviewers().get(i).id().equals(id)) {
				return i;
			}
		}
		throw new IllegalArgumentException(id);
	}

}
