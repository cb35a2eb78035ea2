package org.husnu.symposium.core.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OptimalAssignmentTests {

	private static final Set<String> MEMBERS = Set.of("HU", "SNU");

	private static final PairScore EXPERT = new PairScore(3, 2, 1.0);

	private static final PairScore NOVICE = new PairScore(0, -2, 0.0);

	@Test
	void assignsOneReviewerFromEachInstitution() {
		// four ideal HU reviewers and one poor SNU reviewer: coverage ranks before cost
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5), reviewer("hu-2", "HU", 5),
				reviewer("hu-3", "HU", 5), reviewer("hu-4", "HU", 5), reviewer("snu-1", "SNU", 5));
		AssignmentProblem problem = AssignmentProblem.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers,
				(a, r) -> reviewers.get(r).institution().equals("SNU") ? NOVICE : EXPERT, InstitutionPolicy.NONE,
				MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(reviewersOf(proposal, "A-001")).hasSize(3).contains("snu-1");
		assertThat(proposal.coverage().get(0).missing()).isEmpty();
		assertThat(proposal.unmet()).isEmpty();
		assertThat(proposal.certified()).isTrue();
	}

	@Test
	void prefersExpertiseBidsAndAffinityWhenCoverageIsEqual() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-good", "HU", 5), reviewer("hu-poor", "HU", 5),
				reviewer("snu-good", "SNU", 5), reviewer("snu-poor", "SNU", 5));
		AssignmentProblem problem = AssignmentProblem
			.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers,
					(a, r) -> reviewers.get(r).id().endsWith("good") ? EXPERT : NOVICE, InstitutionPolicy.NONE, MEMBERS)
			.withReviewersPerAbstract(2);
		assertThat(reviewersOf(OptimalAssignment.solve(problem), "A-001")).containsExactly("hu-good", "snu-good");
	}

	@Test
	void explainsEachPairsCost() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5));
		PairScore score = new PairScore(1, 1, 0.25);
		AssignmentProblem problem = AssignmentProblem
			.of(List.of(AbstractToAssign.of("A-001", "SNU")), reviewers, (a, r) -> score, InstitutionPolicy.NONE,
					MEMBERS)
			.withReviewersPerAbstract(1);
		ProposedPair pair = OptimalAssignment.solve(problem).pairs().get(0);
		// default weights: 100 per missing expertise level, 60 per bid level below +2,
		// 100 x (1 - affinity),
		// the first review of a reviewer costs balance x 1 = 10
		assertThat(pair.cost()).isEqualTo(new PairCost(200, 60, 75, 10));
		assertThat(pair.cost().total()).isEqualTo(345);
		assertThat(pair.existing()).isFalse();
	}

	@Test
	void neverAssignsAConflictedPairOrExceedsACap() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 1), reviewer("hu-2", "HU", 5),
				reviewer("snu-1", "SNU", 5));
		List<AbstractToAssign> abstracts = List.of(AbstractToAssign.of("A-001", "HU"),
				AbstractToAssign.of("A-002", "SNU"));
		// hu-2 conflicts with A-001
		AssignmentProblem problem = AssignmentProblem.of(abstracts, reviewers,
				(a, r) -> (a == 0 && r == 1) ? null : EXPERT, InstitutionPolicy.NONE, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(reviewersOf(proposal, "A-001")).containsExactly("hu-1", "snu-1");
		assertThat(reviewersOf(proposal, "A-002")).containsExactly("hu-2", "snu-1");
		assertThat(proposal.loads()).containsEntry("hu-1", 1).containsEntry("hu-2", 1).containsEntry("snu-1", 2);
		assertThat(proposal.unmet())
			.extracting(UnmetConstraint::abstractId, UnmetConstraint::code, UnmetConstraint::reason)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("A-001", "assignment.reviewers.too-few-eligible",
							"only 2 eligible reviewers for k=3"),
					org.assertj.core.groups.Tuple.tuple("A-002", "assignment.reviewers.capacity",
							"2 of k=3 reviewers: the other 1 eligible reviewers are at their load caps"));
	}

	@Test
	void reportsAnInstitutionWithoutAnEligibleReviewer() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5), reviewer("hu-2", "HU", 5),
				reviewer("hu-3", "HU", 5), reviewer("snu-1", "SNU", 5));
		AssignmentProblem problem = AssignmentProblem.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers,
				(a, r) -> (r == 3) ? null : EXPERT, InstitutionPolicy.NONE, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(reviewersOf(proposal, "A-001")).containsExactly("hu-1", "hu-2", "hu-3");
		assertThat(proposal.unmet()).singleElement().satisfies((unmet) -> {
			assertThat(unmet.code()).isEqualTo("assignment.institution.no-eligible");
			assertThat(unmet.institution()).isEqualTo("SNU");
			assertThat(unmet.reason()).isEqualTo("no non-conflicted reviewer from SNU");
		});
	}

	@Test
	void reportsAnInstitutionWhoseReviewersAreFull() {
		// one SNU reviewer with room for one abstract, two abstracts that need SNU
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5), reviewer("hu-2", "HU", 5),
				reviewer("hu-3", "HU", 5), reviewer("snu-1", "SNU", 1));
		AssignmentProblem problem = AssignmentProblem.of(
				List.of(AbstractToAssign.of("A-001", "HU"), AbstractToAssign.of("A-002", "HU")), reviewers,
				(a, r) -> EXPERT, InstitutionPolicy.NONE, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(proposal.covered()).isEqualTo(3);
		assertThat(proposal.unmet()).singleElement().satisfies((unmet) -> {
			assertThat(unmet.code()).isEqualTo("assignment.institution.capacity");
			assertThat(unmet.reason()).startsWith("no non-conflicted reviewer from SNU with free capacity");
		});
	}

	@Test
	void excludesThePresentingInstitutionUnderTheSameInstitutionPolicy() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5), reviewer("hu-2", "HU", 5),
				reviewer("snu-1", "SNU", 5), reviewer("snu-2", "SNU", 5), reviewer("snu-3", "SNU", 5));
		AssignmentProblem problem = AssignmentProblem.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers,
				(a, r) -> EXPERT, InstitutionPolicy.SAME_INSTITUTION, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(reviewersOf(proposal, "A-001")).containsExactly("snu-1", "snu-2", "snu-3");
		assertThat(proposal.coverage().get(0).required()).containsExactly("SNU");
		assertThat(proposal.unmet()).isEmpty();
	}

	@Test
	void keepsExistingAssignmentsAndCountsThemTowardsKLoadAndCoverage() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 1), reviewer("hu-2", "HU", 5),
				reviewer("snu-1", "SNU", 5), reviewer("snu-2", "SNU", 5));
		// hu-1 is poor for A-001 but kept; snu-1 is kept too, so SNU is covered already
		AssignmentProblem problem = AssignmentProblem
			.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers, (a, r) -> (r == 0) ? NOVICE : EXPERT,
					InstitutionPolicy.NONE, MEMBERS)
			.withExisting(List.of(new ExistingAssignment("A-001", "hu-1"), new ExistingAssignment("A-001", "snu-1")));
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(proposal.pairs()).extracting(ProposedPair::reviewerId, ProposedPair::existing)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("hu-1", true),
					org.assertj.core.groups.Tuple.tuple("snu-1", true),
					org.assertj.core.groups.Tuple.tuple("hu-2", false));
		assertThat(proposal.loads()).containsEntry("hu-1", 1).containsEntry("snu-1", 1).containsEntry("snu-2", 0);
	}

	@Test
	void spreadsLoadsEvenly() {
		List<ReviewerToAssign> reviewers = new ArrayList<>();
		for (int r = 0; r < 10; r++) {
			reviewers.add(reviewer("r-" + r, (r % 2 == 0) ? "HU" : "SNU", 100));
		}
		List<AbstractToAssign> abstracts = new ArrayList<>();
		for (int a = 0; a < 20; a++) {
			abstracts.add(AbstractToAssign.of("A-" + a, "HU"));
		}
		// reviewer r-0 is the best match for everything, but 60 reviews over 10 reviewers
		// is 6 each
		AssignmentProblem problem = AssignmentProblem.of(abstracts, reviewers, (a, r) -> (r == 0) ? EXPERT : NOVICE,
				InstitutionPolicy.NONE, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(proposal.assigned()).isEqualTo(60);
		assertThat(Collections.max(proposal.loads().values()) - Collections.min(proposal.loads().values()))
			.isLessThanOrEqualTo(proposal.loads().get("r-0"));
		// the quadratic load cost spreads NOVICE pairs evenly across r-1..r-9
		List<Integer> others = new ArrayList<>(proposal.loads().values());
		others.remove(proposal.loads().get("r-0"));
		assertThat(Collections.max(others) - Collections.min(others)).isLessThanOrEqualTo(1);
	}

	@Test
	void givesTheSameProposalWhateverTheOrderOfTheInput() {
		AssignmentProblem problem = RandomAssignmentProblems.random(new Random(11), 12, 9);
		List<Integer> abstractOrder = shuffled(problem.abstracts().size(), new Random(1));
		List<Integer> reviewerOrder = shuffled(problem.reviewers().size(), new Random(2));
		AssignmentProblem shuffled = new AssignmentProblem(
				abstractOrder.stream().map(problem.abstracts()::get).toList(),
				reviewerOrder.stream().map(problem.reviewers()::get).toList(),
				(a, r) -> problem.scores().score(abstractOrder.get(a), reviewerOrder.get(r)), problem.existing(),
				problem.reviewersPerAbstract(), problem.policy(), problem.memberInstitutions(), problem.weights());
		assertThat(OptimalAssignment.solve(shuffled)).isEqualTo(OptimalAssignment.solve(problem));
	}

	@Test
	void asksNoCoverageOfAnAbstractThatNeedsNoReviewers() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("hu-1", "HU", 5));
		AssignmentProblem problem = AssignmentProblem.of(List.of(new AbstractToAssign("A-001", "HU", 0)), reviewers,
				(a, r) -> EXPERT, InstitutionPolicy.NONE, MEMBERS);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		assertThat(proposal.pairs()).isEmpty();
		assertThat(proposal.coverage().get(0).required()).isEmpty();
		assertThat(proposal.unmet()).isEmpty();
	}

	@Test
	void rejectsADuplicateReviewer() {
		List<ReviewerToAssign> reviewers = List.of(reviewer("r", "HU", 1), reviewer("r", "SNU", 1));
		AssignmentProblem problem = AssignmentProblem.of(List.of(AbstractToAssign.of("A-001", "HU")), reviewers,
				(a, r) -> EXPERT, InstitutionPolicy.NONE, MEMBERS);
		assertThatIllegalArgumentException().isThrownBy(() -> OptimalAssignment.solve(problem))
			.withMessageContaining("listed twice");
	}

	@Test
	void matchesABruteForceOptimumOnSmallInstances() {
		for (long seed = 0; seed < 400; seed++) {
			Random random = new Random(seed);
			AssignmentProblem problem = RandomAssignmentProblems.random(random, 1 + random.nextInt(3),
					1 + random.nextInt(5));
			AssignmentProposal proposal = OptimalAssignment.solve(problem);
			long[] best = BruteForceAssignment.best(problem);
			assertThat(new long[] { proposal.assigned(), proposal.covered(), proposal.cost() }).as("seed %d", seed)
				.containsExactly(best);
			assertRespectsTheRules(problem, proposal, "seed " + seed);
		}
	}

	@Test
	void respectsTheRulesOnRandomInstances() {
		for (long seed = 0; seed < 60; seed++) {
			Random random = new Random(seed);
			AssignmentProblem problem = RandomAssignmentProblems.random(random, 5 + random.nextInt(40),
					3 + random.nextInt(25));
			AssignmentProposal proposal = OptimalAssignment.solve(problem);
			assertRespectsTheRules(problem, proposal, "seed " + seed);
			assertNoSingleChangeImproves(problem, proposal, "seed " + seed);
		}
	}

	/**
	 * k, caps, conflicts, policy and kept pairs, checked from the problem alone; every
	 * unmet coverage names a reason that holds.
	 */
	private static void assertRespectsTheRules(AssignmentProblem problem, AssignmentProposal proposal, String what) {
		assertThat(proposal.certified()).as(what).isTrue();
		Map<String, Integer> abstractIndex = new HashMap<>();
		for (int a = 0; a < problem.abstracts().size(); a++) {
			abstractIndex.put(problem.abstracts().get(a).id(), a);
		}
		Map<String, Integer> reviewerIndex = new HashMap<>();
		for (int r = 0; r < problem.reviewers().size(); r++) {
			reviewerIndex.put(problem.reviewers().get(r).id(), r);
		}
		Set<String> kept = new HashSet<>();
		problem.existing().forEach((pair) -> kept.add(pair.abstractId() + "/" + pair.reviewerId()));
		Map<String, Integer> perAbstract = new HashMap<>();
		Map<String, Integer> perReviewer = new HashMap<>();
		Map<String, Boolean> anyNew = new HashMap<>();
		for (ProposedPair pair : proposal.pairs()) {
			int a = abstractIndex.get(pair.abstractId());
			int r = reviewerIndex.get(pair.reviewerId());
			boolean isKept = kept.contains(pair.abstractId() + "/" + pair.reviewerId());
			assertThat(pair.existing()).as(what).isEqualTo(isKept);
			if (!isKept) {
				assertThat(problem.scores().score(a, r)).as(what + ": conflicted pair").isNotNull();
				assertThat(problem.policyAllows(problem.abstracts().get(a), problem.reviewers().get(r)))
					.as(what + ": policy")
					.isTrue();
				anyNew.put(pair.reviewerId(), true);
			}
			perAbstract.merge(pair.abstractId(), 1, Integer::sum);
			perReviewer.merge(pair.reviewerId(), 1, Integer::sum);
		}
		assertThat(proposal.pairs().stream().filter(ProposedPair::existing).count()).as(what + ": kept")
			.isEqualTo(kept.size());
		for (int a = 0; a < problem.abstracts().size(); a++) {
			String id = problem.abstracts().get(a).id();
			int keptHere = (int) problem.existing().stream().filter((pair) -> pair.abstractId().equals(id)).count();
			assertThat(perAbstract.getOrDefault(id, 0)).as(what + ": k of " + id)
				.isLessThanOrEqualTo(Math.max(problem.reviewersFor(a), keptHere));
		}
		for (ReviewerToAssign reviewer : problem.reviewers()) {
			assertThat(proposal.loads().get(reviewer.id())).isEqualTo(perReviewer.getOrDefault(reviewer.id(), 0));
			if (anyNew.containsKey(reviewer.id())) {
				assertThat(perReviewer.get(reviewer.id())).as(what + ": cap of " + reviewer.id())
					.isLessThanOrEqualTo(reviewer.maxLoad());
			}
		}
		for (UnmetConstraint unmet : proposal.unmet()) {
			if (unmet.code().equals("assignment.institution.no-eligible")) {
				int a = abstractIndex.get(unmet.abstractId());
				for (int r = 0; r < problem.reviewers().size(); r++) {
					ReviewerToAssign reviewer = problem.reviewers().get(r);
					if (reviewer.institution().equals(unmet.institution())) {
						assertThat(problem.scores().score(a, r) == null
								|| !problem.policyAllows(problem.abstracts().get(a), reviewer))
							.as(what + ": " + unmet)
							.isTrue();
					}
				}
			}
		}
	}

	/**
	 * An independent local check of the ranking: no abstract could take one more free
	 * eligible reviewer, and no abstract missing an institution could swap a new reviewer
	 * for a free eligible one from that institution without losing another institution.
	 */
	private static void assertNoSingleChangeImproves(AssignmentProblem problem, AssignmentProposal proposal,
			String what) {
		Map<String, Set<String>> reviewersOf = new HashMap<>();
		Set<String> keptPairs = new HashSet<>();
		proposal.pairs().forEach((pair) -> {
			reviewersOf.computeIfAbsent(pair.abstractId(), (key) -> new HashSet<>()).add(pair.reviewerId());
			if (pair.existing()) {
				keptPairs.add(pair.abstractId() + "/" + pair.reviewerId());
			}
		});
		for (int a = 0; a < problem.abstracts().size(); a++) {
			AbstractToAssign abstractToAssign = problem.abstracts().get(a);
			Set<String> mine = reviewersOf.getOrDefault(abstractToAssign.id(), Set.of());
			InstitutionCoverage coverage = proposal.coverage()
				.stream()
				.filter((c) -> c.abstractId().equals(abstractToAssign.id()))
				.findFirst()
				.orElseThrow();
			for (int r = 0; r < problem.reviewers().size(); r++) {
				ReviewerToAssign reviewer = problem.reviewers().get(r);
				boolean free = proposal.loads().get(reviewer.id()) < reviewer.maxLoad();
				boolean eligible = !mine.contains(reviewer.id()) && problem.scores().score(a, r) != null
						&& problem.policyAllows(abstractToAssign, reviewer);
				if (!free || !eligible) {
					continue;
				}
				assertThat(mine.size()).as(what + ": " + abstractToAssign.id() + " could take " + reviewer.id())
					.isGreaterThanOrEqualTo(problem.reviewersFor(a));
				if (coverage.missing().contains(reviewer.institution())) {
					// swapping out any new reviewer whose institution another reviewer
					// also covers would add one
					for (String other : mine) {
						if (keptPairs.contains(abstractToAssign.id() + "/" + other)) {
							continue;
						}
						String institution = institutionOf(problem, other);
						long sameInstitution = mine.stream()
							.filter((id) -> institutionOf(problem, id).equals(institution))
							.count();
						assertThat(sameInstitution > 1 || !coverage.required().contains(institution))
							.as(what + ": " + abstractToAssign.id() + " could swap " + other + " for " + reviewer.id())
							.isFalse();
					}
				}
			}
		}
	}

	private static String institutionOf(AssignmentProblem problem, String reviewerId) {
		return problem.reviewers()
			.stream()
			.filter((r) -> r.id().equals(reviewerId))
			.findFirst()
			.orElseThrow()
			.institution();
	}

	private static List<String> reviewersOf(AssignmentProposal proposal, String abstractId) {
		return proposal.pairs()
			.stream()
			.filter((pair) -> pair.abstractId().equals(abstractId))
			.map(ProposedPair::reviewerId)
			.toList();
	}

	private static ReviewerToAssign reviewer(String id, String institution, int maxLoad) {
		return new ReviewerToAssign(id, institution, maxLoad);
	}

	private static List<Integer> shuffled(int size, Random random) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			order.add(i);
		}
		Collections.shuffle(order, random);
		return order;
	}

}
