package org.husnu.symposium.core.assignment.solver;

/**
 * The answer of {@link MinCostFlow#solve()}: the optimal flow on each arc, the node
 * potentials that prove it optimal, and whether that proof was checked and held. Kept as
 * a class over arrays rather than a record so that a flow of millions of arcs is not
 * copied or compared by value.
 */
public final class MinCostFlowResult {

	/**
	 * Whether a flow exists at all.
	 */
	public enum Status {

		/**
		 * A flow meeting every constraint exists; the one returned has the least cost.
		 */
		OPTIMAL,
		/** No flow meets every supply, demand and bound. */
		INFEASIBLE

	}

	private final Status status;

	private final long cost;

	private final long shipped;

	private final long[] flows;

	private final long[] potentials;

	private final boolean certified;

	private final String message;

	private final long pivots;

	private final int rounds;

	private final long nanos;

	MinCostFlowResult(Status status, long cost, long shipped, long[] flows, long[] potentials, boolean certified,
			String message, long pivots, int rounds, long nanos) {
		this.status = status;
		this.cost = cost;
		this.shipped = shipped;
		this.flows = flows;
		this.potentials = potentials;
		this.certified = certified;
		this.message = message;
		this.pivots = pivots;
		this.rounds = rounds;
		this.nanos = nanos;
	}

	static MinCostFlowResult infeasible(String reason, long nanos) {
		return new MinCostFlowResult(Status.INFEASIBLE, 0, 0, new long[0], new long[0], false, reason, 0, 0, nanos);
	}

	public Status status() {
		return this.status;
	}

	public boolean isOptimal() {
		return this.status == Status.OPTIMAL;
	}

	/**
	 * The total cost {@code Σ flow(e)·cost(e)}.
	 */
	public long cost() {
		return this.cost;
	}

	/**
	 * The amount shipped: the sum of the positive supplies.
	 */
	public long shipped() {
		return this.shipped;
	}

	public long flow(int arc) {
		return this.flows[arc];
	}

	/**
	 * The node potential {@code π(v)}: with it every arc's reduced cost {@code c(u,v) +
	 * π(u) − π(v)} certifies the flow's optimality.
	 */
	public long potential(int node) {
		return this.potentials[node];
	}

	/**
	 * Whether the dual certificate was checked and holds — the flow is then provably
	 * optimal.
	 */
	public boolean certified() {
		return this.certified;
	}

	/**
	 * Why the problem is infeasible, or which condition of the certificate failed;
	 * {@code null} for a certified optimum.
	 */
	public String message() {
		return this.message;
	}

	public long pivots() {
		return this.pivots;
	}

	/**
	 * How many times the simplex ran: once, plus once per round of arcs that had waited
	 * outside the pricing and turned out worth pricing.
	 */
	public int rounds() {
		return this.rounds;
	}

	public long nanos() {
		return this.nanos;
	}

}
