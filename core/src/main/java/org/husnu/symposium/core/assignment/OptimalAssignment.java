package org.husnu.symposium.core.assignment;

import org.husnu.symposium.core.assignment.solver.MinCostFlow;
import org.husnu.symposium.core.assignment.solver.MinCostFlowResult;

/**
 * The optimal automatic assignment of reviewers to abstracts: a pure function from an
 * {@link AssignmentProblem} to an {@link AssignmentProposal}, with no store, clock or
 * framework, so a service, a script or a third party calls it the same way and the same
 * input always gives the same proposal.
 * <h2>What "optimal" means</h2> Among all assignments that respect the hard rules — no
 * conflicted pair, no pair the institution policy excludes, no reviewer above their load
 * cap, no abstract above its k, every existing pair kept — the proposal is the best in
 * this order, each criterion ranked strictly before the next:
 * <ol>
 * <li>the most reviews assigned (every abstract gets k wherever the pool allows);</li>
 * <li>the most (abstract, member institution) pairs covered, i.e. abstracts with at least
 * one reviewer from each member institution the policy allows;</li>
 * <li>the least total cost: for each pair what the reviewer lacks in expertise, bid and
 * text affinity, plus each reviewer's convex load cost {@code balance·load²}, which keeps
 * loads even ({@link AssignmentWeights}).</li>
 * </ol>
 * <h2>The network</h2> One node per abstract with supply {@code need = k − kept}; one
 * node per (abstract, institution group) — each member institution, plus one group for
 * reviewers from elsewhere; one node per reviewer; one sink with demand {@code Σ need}.
 * Arcs: group → reviewer for every eligible pair (capacity 1, the pair's cost); reviewer
 * → sink once per free unit of load, the {@code l}-th costing {@code balance·(2l − 1)}
 * (so the cheapest units are used first and a reviewer's total is {@code balance·l²});
 * abstract → group with capacity {@code need}, split, for a group whose institution the
 * abstract still needs, into one arc of capacity 1 and cost {@code −M} (the coverage
 * bonus) and one of capacity {@code need − 1} and cost 0; abstract → sink with capacity
 * {@code need} and cost {@code B} (a review left unassigned).
 * <h2>Why the flow optimum is the lexicographic optimum</h2> Every integral flow is an
 * assignment that respects the hard rules, and every such assignment is a flow. In an
 * optimal flow a group that receives any flow receives it on its bonus arc first (else
 * moving one unit onto it saves {@code M}), so the flow's cost is exactly
 * {@code B·U − M·V + C}, with {@code U} the reviews left unassigned, {@code V} the
 * institutions covered and {@code C ≥ 0} the assignment's cost. Let {@code F = Σ need}
 * and {@code c} the largest pair cost plus the largest load step; then
 * {@code 0 ≤ C ≤ F·c}. With {@code M = F·c + 1}, two assignments with the same {@code U}
 * and {@code V ≠ V'} differ by at least {@code M − F·c = 1} in favour of the larger
 * coverage, whatever their costs; with {@code B = (N + 1)·M}, where {@code N} is the
 * number of bonus arcs (so {@code 0 ≤ V ≤ N}), one more assigned review outweighs any
 * change of coverage and cost: {@code B − N·M − F·c = M − F·c ≥ 1}. So minimising the
 * flow's cost minimises {@code U}, then maximises {@code V}, then minimises {@code C} —
 * the order above. The flow is integral (network simplex on integer data) and
 * {@link MinCostFlow} checks its dual certificate, so
 * {@link AssignmentProposal#certified()} means the proposal is provably optimal. Ties are
 * broken by the order of the arcs, which follows the ids, never by chance.
 */
public final class OptimalAssignment {

	private OptimalAssignment() {
	}

	/**
	 * Solves the problem.
	 * @throws IllegalArgumentException if an id is listed twice or an existing pair names
	 * an unknown abstract or reviewer
	 */
	public static AssignmentProposal solve(AssignmentProblem problem) {
		AssignmentNetwork network = new AssignmentNetwork(problem);
		network.warmStart();
		MinCostFlowResult result = network.flow().solve();
		return network.proposal(result);
	}

}
