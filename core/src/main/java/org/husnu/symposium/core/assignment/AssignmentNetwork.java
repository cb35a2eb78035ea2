package org.husnu.symposium.core.assignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.husnu.symposium.core.assignment.solver.MinCostFlow;
import org.husnu.symposium.core.assignment.solver.MinCostFlowResult;

/**
 * The min-cost flow network of an {@link AssignmentProblem} and the way back from its
 * optimal flow to a proposal. See {@link OptimalAssignment} for the model and the proof
 * that its optimum is the lexicographic one. Abstracts and reviewers are taken in id
 * order, so the answer does not depend on the order the caller lists them in. One job
 * (the network and its way back) whose two halves must agree on every node and arc index,
 * which is why they stay in one class past the usual size.
 */
final class AssignmentNetwork {

	private final AssignmentProblem problem;

	private final int[] abstractOrder;

	private final int[] reviewerOrder;

	private final String[] groups;

	private final int[] groupOfReviewer;

	private final int[] need;

	private final int[] kept;

	private final int[] keptLoad;

	private final List<List<Integer>> keptReviewers;

	private final int[][] eligible;

	private final MinCostFlow flow;

	private final int pairArcs;

	private final int[] arcAbstract;

	private final int[] arcReviewer;

	private final long coverageBonus;

	/**
	 * Pair arcs of the abstract at position p are firstArcOf[p] .. firstArcOf[p + 1] - 1.
	 */
	private final int[] firstArcOf;

	/** The position (in id order) of each pair arc's reviewer. */
	private final int[] arcPosition;

	private final int[] arcCost;

	private final long unassignedPenalty;

	AssignmentNetwork(AssignmentProblem problem) {
		this.problem = problem;
		List<AbstractToAssign> abstracts = problem.abstracts();
		List<ReviewerToAssign> reviewers = problem.reviewers();
		int abstractCount = abstracts.size();
		int reviewerCount = reviewers.size();
		this.abstractOrder = order(abstractCount, Comparator.comparing((Integer i) -> abstracts.get(i).id()));
		this.reviewerOrder = order(reviewerCount, Comparator.comparing((Integer i) -> reviewers.get(i).id()));
		Map<String, Integer> abstractById = index(abstracts.stream().map(AbstractToAssign::id).toList(), "abstract");
		Map<String, Integer> reviewerById = index(reviewers.stream().map(ReviewerToAssign::id).toList(), "reviewer");
		List<String> members = new ArrayList<>(problem.memberInstitutions());
		this.groups = members.toArray(new String[0]);
		int groupCount = this.groups.length + 1;
		this.groupOfReviewer = new int[reviewerCount];
		for (int r = 0; r < reviewerCount; r++) {
			int g = members.indexOf(reviewers.get(r).institution());
			this.groupOfReviewer[r] = (g >= 0) ? g : this.groups.length;
		}
		// kept pairs
		this.kept = new int[abstractCount];
		this.keptLoad = new int[reviewerCount];
		this.keptReviewers = new ArrayList<>();
		for (int a = 0; a < abstractCount; a++) {
			this.keptReviewers.add(new ArrayList<>());
		}
		Set<Long> keptPairs = new HashSet<>();
		for (ExistingAssignment pair : problem.existing()) {
			Integer a = abstractById.get(pair.abstractId());
			Integer r = reviewerById.get(pair.reviewerId());
			if (a == null || r == null) {
				throw new IllegalArgumentException("Existing assignment " + pair.reviewerId() + ":" + pair.abstractId()
						+ " names an abstract or reviewer that is not in the problem");
			}
			if (keptPairs.add((long) a * reviewerCount + r)) {
				this.kept[a]++;
				this.keptLoad[r]++;
				this.keptReviewers.get(a).add(r);
			}
		}
		this.need = new int[abstractCount];
		long totalNeed = 0;
		for (int a = 0; a < abstractCount; a++) {
			this.need[a] = Math.max(0, problem.reviewersFor(a) - this.kept[a]);
			totalNeed += this.need[a];
		}
		// nodes: abstracts, abstract x group, reviewers, sink (all by position in id
		// order)
		int groupBase = abstractCount;
		int reviewerBase = groupBase + abstractCount * groupCount;
		int sink = reviewerBase + reviewerCount;
		this.flow = new MinCostFlow(sink + 1, 16);
		// each abstract has a node per institution group, so 4 each is about 8 per
		// abstract
		this.flow.setCandidatesPerNode(4);
		this.eligible = new int[abstractCount][groupCount];
		boolean[] groupUsed = new boolean[abstractCount * groupCount];
		int[] pairArcsOfReviewer = new int[reviewerCount];
		int[] arcA = new int[16];
		int[] arcR = new int[16];
		int arcs = 0;
		int[] firstArcOf = new int[abstractCount + 1];
		int[] arcQ = new int[16];
		int[] arcCost = new int[16];
		long maxPairCost = 0;
		AssignmentWeights weights = problem.weights();
		for (int p = 0; p < abstractCount; p++) {
			int a = this.abstractOrder[p];
			AbstractToAssign abstractToAssign = abstracts.get(a);
			firstArcOf[p] = arcs;
			for (int q = 0; q < reviewerCount; q++) {
				int r = this.reviewerOrder[q];
				ReviewerToAssign reviewer = reviewers.get(r);
				if (keptPairs.contains((long) a * reviewerCount + r)
						|| !problem.policyAllows(abstractToAssign, reviewer)) {
					continue;
				}
				PairScore score = problem.scores().score(a, r);
				if (score == null) {
					continue;
				}
				int g = this.groupOfReviewer[r];
				this.eligible[a][g]++;
				if (this.need[a] == 0 || reviewer.maxLoad() - this.keptLoad[r] <= 0) {
					continue;
				}
				int cost = weights.pairCost(score);
				maxPairCost = Math.max(maxPairCost, cost);
				this.flow.addArc(groupBase + p * groupCount + g, reviewerBase + q, 1, cost);
				if (arcs == arcA.length) {
					arcA = Arrays.copyOf(arcA, arcs * 2);
					arcR = Arrays.copyOf(arcR, arcs * 2);
					arcQ = Arrays.copyOf(arcQ, arcs * 2);
					arcCost = Arrays.copyOf(arcCost, arcs * 2);
				}
				arcA[arcs] = a;
				arcR[arcs] = r;
				arcQ[arcs] = q;
				arcCost[arcs] = cost;
				arcs++;
				groupUsed[p * groupCount + g] = true;
				pairArcsOfReviewer[q]++;
			}
		}
		this.pairArcs = arcs;
		firstArcOf[abstractCount] = arcs;
		this.firstArcOf = firstArcOf;
		this.arcPosition = arcQ;
		this.arcCost = arcCost;
		this.arcAbstract = arcA;
		this.arcReviewer = arcR;
		// load arcs: the l-th review of a reviewer costs balance * (2l - 1)
		long maxStep = 0;
		for (int q = 0; q < reviewerCount; q++) {
			int r = this.reviewerOrder[q];
			int from = this.keptLoad[r] + 1;
			int to = Math.min(reviewers.get(r).maxLoad(), this.keptLoad[r] + pairArcsOfReviewer[q]);
			for (int load = from; load <= to; load++) {
				long step = weights.loadStepCost(load);
				maxStep = Math.max(maxStep, step);
				this.flow.addArc(reviewerBase + q, sink, 1, step);
			}
		}
		// M beats any cost difference; B beats M times every coverage there is
		long perUnit = maxPairCost + maxStep;
		this.coverageBonus = Math.addExact(Math.multiplyExact(totalNeed, perUnit), 1);
		int bonusArcs = 0;
		for (int p = 0; p < abstractCount; p++) {
			int a = this.abstractOrder[p];
			Set<String> toCover = toCover(a);
			for (int g = 0; g < groupCount; g++) {
				if (groupUsed[p * groupCount + g] && g < this.groups.length && toCover.contains(this.groups[g])) {
					bonusArcs++;
				}
			}
		}
		this.unassignedPenalty = Math.multiplyExact(this.coverageBonus, bonusArcs + 1L);
		Math.multiplyExact(this.unassignedPenalty, Math.max(totalNeed, 1));
		for (int p = 0; p < abstractCount; p++) {
			int a = this.abstractOrder[p];
			if (this.need[a] == 0) {
				continue;
			}
			this.flow.setSupply(p, this.need[a]);
			Set<String> toCover = toCover(a);
			for (int g = 0; g < groupCount; g++) {
				if (!groupUsed[p * groupCount + g]) {
					continue;
				}
				int groupNode = groupBase + p * groupCount + g;
				if (g < this.groups.length && toCover.contains(this.groups[g])) {
					this.flow.addArc(p, groupNode, 1, -this.coverageBonus);
					if (this.need[a] > 1) {
						this.flow.addArc(p, groupNode, this.need[a] - 1, 0);
					}
				}
				else {
					this.flow.addArc(p, groupNode, this.need[a], 0);
				}
			}
			this.flow.addArc(p, sink, this.need[a], this.unassignedPenalty);
		}
		this.flow.setSupply(sink, -totalNeed);
	}

	/**
	 * Hands the solver a greedy assignment as its warm start: abstract by abstract (in id
	 * order), first the cheapest free reviewer of each institution still to cover, then
	 * the cheapest free ones of any, each priced with the load step it would add. The
	 * simplex pivots these pairs in before its general search; on the benchmark networks
	 * that saves 30–45% of the pivots. The optimum does not depend on it
	 * ({@link MinCostFlow#warmStart(int[])}).
	 */
	void warmStart() {
		List<ReviewerToAssign> reviewers = this.problem.reviewers();
		int[] load = new int[reviewers.size()];
		for (int q = 0; q < load.length; q++) {
			load[q] = this.keptLoad[this.reviewerOrder[q]];
		}
		int[] chosen = new int[this.pairArcs];
		int count = 0;
		for (int p = 0; p < this.abstractOrder.length; p++) {
			int a = this.abstractOrder[p];
			int first = count;
			int need = this.need[a];
			Set<String> toCover = toCover(a);
			// one reviewer from each institution still to cover
			for (int g = 0; g < this.groups.length && need > 0; g++) {
				if (toCover.contains(this.groups[g])) {
					int best = cheapestFree(p, g, load, chosen, first, count);
					if (best >= 0) {
						chosen[count++] = best;
						load[this.arcPosition[best]]++;
						need--;
					}
				}
			}
			// then the cheapest of any institution
			while (need > 0) {
				int best = cheapestFree(p, -1, load, chosen, first, count);
				if (best < 0) {
					break;
				}
				chosen[count++] = best;
				load[this.arcPosition[best]]++;
				need--;
			}
		}
		this.flow.warmStart(Arrays.copyOf(chosen, count));
	}

	/**
	 * The cheapest pair arc of the abstract at position {@code p} (in group {@code g}, or
	 * any group for -1) whose reviewer has room and that is not chosen yet, priced with
	 * the load step it would add; -1 if none.
	 */
	private int cheapestFree(int p, int g, int[] load, int[] chosen, int chosenFrom, int chosenTo) {
		List<ReviewerToAssign> reviewers = this.problem.reviewers();
		int best = -1;
		long bestCost = Long.MAX_VALUE;
		for (int e = this.firstArcOf[p]; e < this.firstArcOf[p + 1]; e++) {
			int q = this.arcPosition[e];
			int r = this.reviewerOrder[q];
			if ((g >= 0 && this.groupOfReviewer[r] != g) || load[q] >= reviewers.get(r).maxLoad()
					|| contains(chosen, chosenFrom, chosenTo, e)) {
				continue;
			}
			long cost = this.arcCost[e] + this.problem.weights().loadStepCost(load[q] + 1);
			if (cost < bestCost) {
				bestCost = cost;
				best = e;
			}
		}
		return best;
	}

	private static boolean contains(int[] values, int from, int to, int value) {
		for (int i = from; i < to; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The institutions abstract {@code a} still needs a reviewer from: those the policy
	 * asks for, less those its kept reviewers already cover.
	 */
	private Set<String> toCover(int a) {
		Set<String> wanted = this.problem.institutionsToCover(a);
		for (int r : this.keptReviewers.get(a)) {
			wanted.remove(this.problem.reviewers().get(r).institution());
		}
		return wanted;
	}

	MinCostFlow flow() {
		return this.flow;
	}

	long coverageBonus() {
		return this.coverageBonus;
	}

	long unassignedPenalty() {
		return this.unassignedPenalty;
	}

	/**
	 * Turns the optimal flow into a proposal.
	 */
	AssignmentProposal proposal(MinCostFlowResult result) {
		if (!result.isOptimal()) {
			// cannot happen: every abstract can send its units straight to the sink
			throw new IllegalStateException("The assignment network has no feasible flow: " + result.message());
		}
		AssignmentProblem problem = this.problem;
		List<AbstractToAssign> abstracts = problem.abstracts();
		List<ReviewerToAssign> reviewers = problem.reviewers();
		AssignmentWeights weights = problem.weights();
		List<List<Integer>> chosen = new ArrayList<>();
		for (int a = 0; a < abstracts.size(); a++) {
			chosen.add(new ArrayList<>());
		}
		for (int e = 0; e < this.pairArcs; e++) {
			if (result.flow(e) > 0) {
				chosen.get(this.arcAbstract[e]).add(this.arcReviewer[e]);
			}
		}
		// balance parts: per reviewer, kept reviews first, then new ones, each by
		// abstract id
		Map<Long, Long> balance = new HashMap<>();
		int[] load = this.keptLoad.clone();
		int[] step = new int[reviewers.size()];
		for (boolean keptPass : new boolean[] { true, false }) {
			for (int a : this.abstractOrder) {
				for (int r : (keptPass ? this.keptReviewers.get(a) : chosen.get(a))) {
					balance.put((long) a * reviewers.size() + r, weights.loadStepCost(++step[r]));
					if (!keptPass) {
						load[r]++;
					}
				}
			}
		}
		List<ProposedPair> pairs = new ArrayList<>();
		List<InstitutionCoverage> coverage = new ArrayList<>();
		List<UnmetConstraint> unmet = new ArrayList<>();
		long totalCost = 0;
		int assigned = 0;
		int wanted = 0;
		int covered = 0;
		int toCover = 0;
		for (int a : this.abstractOrder) {
			AbstractToAssign abstractToAssign = abstracts.get(a);
			List<Integer> all = new ArrayList<>(this.keptReviewers.get(a));
			all.addAll(chosen.get(a));
			all.sort(Comparator.comparing((Integer r) -> reviewers.get(r).id()));
			Set<String> institutions = new TreeSet<>();
			for (int r : all) {
				ReviewerToAssign reviewer = reviewers.get(r);
				boolean isKept = this.keptReviewers.get(a).contains(r);
				PairScore score = problem.scores().score(a, r);
				long balancePart = balance.get((long) a * reviewers.size() + r);
				PairCost cost = (score != null) ? new PairCost(weights.expertiseCost(score), weights.bidCost(score),
						weights.affinityCost(score), balancePart) : new PairCost(0, 0, 0, balancePart);
				pairs.add(new ProposedPair(abstractToAssign.id(), reviewer.id(), isKept, cost));
				totalCost += cost.total();
				if (problem.memberInstitutions().contains(reviewer.institution())) {
					institutions.add(reviewer.institution());
				}
			}
			int k = problem.reviewersFor(a);
			Set<String> required = problem.institutionsToCover(a);
			InstitutionCoverage cover = new InstitutionCoverage(abstractToAssign.id(), all.size(), k, institutions,
					required);
			coverage.add(cover);
			assigned += Math.min(all.size(), k);
			wanted += k;
			toCover += required.size();
			covered += required.size() - cover.missing().size();
			int eligibleCount = this.kept[a] + Arrays.stream(this.eligible[a]).sum();
			if (all.size() < k) {
				if (eligibleCount < k) {
					unmet.add(new UnmetConstraint(abstractToAssign.id(), "assignment.reviewers.too-few-eligible", null,
							"only " + eligibleCount + " eligible reviewers for k=" + k));
				}
				else {
					unmet.add(new UnmetConstraint(abstractToAssign.id(), "assignment.reviewers.capacity", null,
							all.size() + " of k=" + k + " reviewers: the other " + (eligibleCount - all.size())
									+ " eligible reviewers are at their load caps"));
				}
			}
			for (String institution : cover.missing()) {
				int g = Arrays.asList(this.groups).indexOf(institution);
				int pool = this.eligible[a][g];
				if (pool == 0) {
					unmet.add(new UnmetConstraint(abstractToAssign.id(), "assignment.institution.no-eligible",
							institution, "no non-conflicted reviewer from " + institution));
				}
				else if (this.need[a] == 0) {
					unmet
						.add(new UnmetConstraint(abstractToAssign.id(), "assignment.institution.kept-full", institution,
								"its k=" + k + " reviewers are all kept assignments, none from " + institution));
				}
				else if (k < required.size()) {
					unmet.add(new UnmetConstraint(abstractToAssign.id(), "assignment.institution.k-too-small",
							institution,
							"k=" + k + " is fewer than the " + required.size() + " institutions to cover"));
				}
				else {
					unmet.add(new UnmetConstraint(abstractToAssign.id(), "assignment.institution.capacity", institution,
							"no non-conflicted reviewer from " + institution + " with free capacity: the " + pool
									+ " eligible are at their load caps or needed to cover other abstracts"));
				}
			}
		}
		Map<String, Integer> loads = new LinkedHashMap<>();
		for (int r : this.reviewerOrder) {
			loads.put(reviewers.get(r).id(), load[r]);
		}
		return new AssignmentProposal(pairs, loads, coverage, unmet, assigned, wanted, covered, toCover, totalCost,
				result.certified());
	}

	private static int[] order(int size, Comparator<Integer> comparator) {
		Integer[] boxed = new Integer[size];
		for (int i = 0; i < size; i++) {
			boxed[i] = i;
		}
		Arrays.sort(boxed, comparator);
		int[] order = new int[size];
		for (int i = 0; i < size; i++) {
			order[i] = boxed[i];
		}
		return order;
	}

	private static Map<String, Integer> index(List<String> ids, String what) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			if (index.put(ids.get(i), i) != null) {
				throw new IllegalArgumentException("The " + what + " " + ids.get(i) + " is listed twice");
			}
		}
		return index;
	}

}
