package org.husnu.symposium.core.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.husnu.symposium.core.conflicts.InstitutionPolicy;

/**
 * Random assignment problems for the tests: HU and SNU reviewers (and now and then one
 * from elsewhere), conflicts, small caps, kept pairs, both policies, per-abstract k.
 */
final class RandomAssignmentProblems {

	private static final String[] INSTITUTIONS = { "HU", "SNU", "HU", "SNU", "KU" };

	private RandomAssignmentProblems() {
	}

	static AssignmentProblem random(Random random, int abstractCount, int reviewerCount) {
		List<AbstractToAssign> abstracts = new ArrayList<>();
		for (int a = 0; a < abstractCount; a++) {
			Integer own = (random.nextInt(5) == 0) ? random.nextInt(4) : null;
			abstracts.add(new AbstractToAssign("A-" + (100 + random.nextInt(900)) + "-" + a,
					random.nextBoolean() ? "HU" : "SNU", own));
		}
		List<ReviewerToAssign> reviewers = new ArrayList<>();
		for (int r = 0; r < reviewerCount; r++) {
			reviewers.add(new ReviewerToAssign("R-" + (100 + random.nextInt(900)) + "-" + r,
					INSTITUTIONS[random.nextInt(INSTITUTIONS.length)], random.nextInt(4)));
		}
		PairScore[][] scores = new PairScore[abstractCount][reviewerCount];
		for (int a = 0; a < abstractCount; a++) {
			for (int r = 0; r < reviewerCount; r++) {
				if (random.nextInt(5) != 0) {
					scores[a][r] = new PairScore(random.nextInt(4), random.nextInt(5) - 2, random.nextInt(11) / 10.0);
				}
			}
		}
		List<ExistingAssignment> existing = new ArrayList<>();
		for (int a = 0; a < abstractCount; a++) {
			for (int r = 0; r < reviewerCount; r++) {
				if (random.nextInt(12) == 0) {
					existing.add(new ExistingAssignment(abstracts.get(a).id(), reviewers.get(r).id()));
				}
			}
		}
		InstitutionPolicy policy = (random.nextInt(3) == 0) ? InstitutionPolicy.SAME_INSTITUTION
				: InstitutionPolicy.NONE;
		AssignmentWeights weights = new AssignmentWeights(random.nextInt(100), random.nextInt(60), random.nextInt(100),
				random.nextInt(20));
		return new AssignmentProblem(abstracts, reviewers, (a, r) -> scores[a][r], existing, 1 + random.nextInt(3),
				policy, Set.of("HU", "SNU"), weights);
	}

}
