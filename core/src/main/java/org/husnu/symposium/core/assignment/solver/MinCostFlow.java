package org.husnu.symposium.core.assignment.solver;

import java.util.Arrays;

/**
 * A minimum-cost flow problem with integer supplies, lower bounds, capacities and costs,
 * and its exact solver. The assignment of reviewers is one such problem, but this class
 * knows nothing about reviewers, so it can be tested (and reused) as a general solver and
 * checked against other solvers on standard DIMACS files.
 * <p>
 * {@link #solve()} runs the primal network simplex ({@link NetworkSimplex}) and then does
 * not trust it: it checks the answer against a <em>dual certificate</em> — the flow meets
 * every bound and every node's balance, and the final node potentials {@code π} give
 * every arc a reduced cost {@code c(u,v) + π(u) − π(v)} that is non-negative where the
 * flow is below capacity and non-positive where it is above the lower bound
 * (complementary slackness). Together these prove the flow optimal whatever algorithm
 * produced it, so {@link MinCostFlowResult#certified()} is a proof, not a claim. The
 * answer is a pure function of the arcs in the order they were added: the same input
 * gives the same flow. Capacities must be finite, so the problem is never unbounded. Its
 * size is the reductions (lower bounds, negative costs) and the certificate check, which
 * belong with the problem they check.
 */
public final class MinCostFlow {

	/**
	 * How many of each node's cheapest outgoing arcs the simplex prices from the start,
	 * unless {@link #setCandidatesPerNode(int)} says otherwise.
	 */
	public static final int CANDIDATES_PER_NODE = 16;

	private final int nodeCount;

	private final long[] supply;

	private int arcCount;

	private int[] from;

	private int[] to;

	private long[] lower;

	private long[] capacity;

	private long[] cost;

	private int[] startArcs = new int[0];

	private int candidatesPerNode = CANDIDATES_PER_NODE;

	/**
	 * An empty network.
	 * @param nodeCount nodes are numbered {@code 0..nodeCount-1}
	 * @param expectedArcs how many arcs to make room for (grows as needed)
	 */
	public MinCostFlow(int nodeCount, int expectedArcs) {
		if (nodeCount < 0 || expectedArcs < 0) {
			throw new IllegalArgumentException("Node and arc counts must not be negative");
		}
		this.nodeCount = nodeCount;
		this.supply = new long[nodeCount];
		int room = Math.max(expectedArcs, 4);
		this.from = new int[room];
		this.to = new int[room];
		this.lower = new long[room];
		this.capacity = new long[room];
		this.cost = new long[room];
	}

	public int nodeCount() {
		return this.nodeCount;
	}

	public int arcCount() {
		return this.arcCount;
	}

	/**
	 * Sets what a node supplies (positive) or demands (negative).
	 */
	public void setSupply(int node, long amount) {
		checkNode(node);
		this.supply[node] = amount;
	}

	public long supply(int node) {
		return this.supply[node];
	}

	/**
	 * Adds an arc without a lower bound.
	 * @return the arc's index, from 0 in the order of addition
	 */
	public int addArc(int tail, int head, long capacity, long cost) {
		return addArc(tail, head, 0, capacity, cost);
	}

	/**
	 * Adds an arc that must carry between {@code lower} and {@code capacity} units.
	 * @return the arc's index, from 0 in the order of addition
	 */
	public int addArc(int tail, int head, long lower, long capacity, long cost) {
		checkNode(tail);
		checkNode(head);
		if (lower < 0 || capacity < lower) {
			throw new IllegalArgumentException(
					"Arc " + tail + "->" + head + " needs 0 <= lower <= capacity, was " + lower + ".." + capacity);
		}
		if (this.arcCount == this.from.length) {
			int room = this.from.length * 2;
			this.from = Arrays.copyOf(this.from, room);
			this.to = Arrays.copyOf(this.to, room);
			this.lower = Arrays.copyOf(this.lower, room);
			this.capacity = Arrays.copyOf(this.capacity, room);
			this.cost = Arrays.copyOf(this.cost, room);
		}
		int arc = this.arcCount++;
		this.from[arc] = tail;
		this.to[arc] = head;
		this.lower[arc] = lower;
		this.capacity[arc] = capacity;
		this.cost[arc] = cost;
		return arc;
	}

	public int tail(int arc) {
		return this.from[arc];
	}

	public int head(int arc) {
		return this.to[arc];
	}

	public long lower(int arc) {
		return this.lower[arc];
	}

	public long capacity(int arc) {
		return this.capacity[arc];
	}

	public long cost(int arc) {
		return this.cost[arc];
	}

	/**
	 * Sets how many of each node's cheapest outgoing arcs the simplex prices from the
	 * start; the others join when their reduced cost turns negative. A speed knob only:
	 * the optimum is the same for any value. Measured on the benchmark networks
	 * (docs/performance.md): 16 suits plain bipartite graphs, 4 the assignment network,
	 * whose abstracts have one node per institution.
	 */
	public void setCandidatesPerNode(int candidates) {
		if (candidates < 1) {
			throw new IllegalArgumentException("At least one candidate arc per node");
		}
		this.candidatesPerNode = candidates;
	}

	/**
	 * Names arcs worth pivoting in before the general search: a warm start. Any arcs are
	 * allowed (the simplex only takes those that improve the current tree), so a hint
	 * never changes the optimum, only how fast it is reached. A caller that knows a good
	 * solution, e.g. a greedy assignment, passes its arcs.
	 */
	public void warmStart(int[] arcs) {
		for (int arc : arcs) {
			if (arc < 0 || arc >= this.arcCount) {
				throw new IllegalArgumentException("No arc " + arc);
			}
		}
		this.startArcs = arcs.clone();
	}

	/**
	 * Solves the problem to optimality and checks the answer's certificate.
	 * @throws IllegalArgumentException if the costs are too large for exact 64-bit
	 * arithmetic
	 */
	public MinCostFlowResult solve() {
		long start = System.nanoTime();
		int n = this.nodeCount;
		int m = this.arcCount;
		long[] reducedSupply = this.supply.clone();
		long[] reducedCapacity = new long[m];
		long maxAbsCost = 0;
		long balance = 0;
		for (int v = 0; v < n; v++) {
			balance = Math.addExact(balance, this.supply[v]);
		}
		for (int e = 0; e < m; e++) {
			long low = this.lower[e];
			reducedCapacity[e] = this.capacity[e] - low;
			if (low != 0) {
				reducedSupply[this.from[e]] = Math.subtractExact(reducedSupply[this.from[e]], low);
				reducedSupply[this.to[e]] = Math.addExact(reducedSupply[this.to[e]], low);
			}
			maxAbsCost = Math.max(maxAbsCost, Math.abs(this.cost[e]));
		}
		if (balance != 0) {
			return MinCostFlowResult.infeasible(
					"supplies sum to " + balance + ", not 0: no flow can meet every supply and demand",
					System.nanoTime() - start);
		}
		// the artificial arcs must cost more than any simple path; checked against
		// overflow
		// potentials stay within [-A, 2A] and reduced costs within 4A, A the artificial
		// cost
		long artificialCost;
		try {
			artificialCost = Math.multiplyExact(maxAbsCost + 1, (long) n + 1);
			Math.multiplyExact(artificialCost, 4L);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("Costs up to " + maxAbsCost + " on " + n
					+ " nodes are too large for exact 64-bit arithmetic (need (max |cost| + 1) x (nodes + 1) x 4 < 2^63)");
		}
		int[] order = new int[m];
		int active = candidateOrder(order);
		NetworkSimplex simplex = new NetworkSimplex(n, m, this.from, this.to, reducedCapacity, this.cost, reducedSupply,
				artificialCost, order, active);
		if (this.startArcs.length > 0) {
			int[] positions = new int[this.startArcs.length];
			for (int i = 0; i < positions.length; i++) {
				positions[i] = i;
			}
			simplex.initialPivots(positions, positions.length);
		}
		int rounds = 1;
		simplex.run();
		while (simplex.activateImproving() > 0) {
			rounds++;
			simplex.run();
		}
		long elapsed = System.nanoTime() - start;
		if (simplex.artificialFlowLeft()) {
			return MinCostFlowResult
				.infeasible("no flow meets every supply, demand and lower bound within the capacities", elapsed);
		}
		long[] flows = simplex.flows();
		for (int e = 0; e < m; e++) {
			flows[e] += this.lower[e];
		}
		long[] potentials = new long[n];
		for (int v = 0; v < n; v++) {
			potentials[v] = simplex.potential(v);
		}
		String violation = certificateViolation(flows, potentials);
		long totalCost = 0;
		for (int e = 0; e < m; e++) {
			if (flows[e] != 0) {
				totalCost = Math.addExact(totalCost, Math.multiplyExact(flows[e], this.cost[e]));
			}
		}
		long shipped = 0;
		for (int v = 0; v < n; v++) {
			if (this.supply[v] > 0) {
				shipped += this.supply[v];
			}
		}
		return new MinCostFlowResult(MinCostFlowResult.Status.OPTIMAL, totalCost, shipped, flows, potentials,
				violation == null, violation, simplex.pivots(), rounds, elapsed);
	}

	/**
	 * Orders the arcs for the simplex: the warm-start arcs first, then for every node its
	 * {@link #setCandidatesPerNode(int) few} cheapest outgoing arcs, then the rest, each
	 * group in the order of addition. Only the first groups are priced at the start; the
	 * rest join when their reduced cost turns negative. On an assignment graph, where
	 * every abstract has hundreds of possible reviewers but takes three, this keeps most
	 * arcs out of the pricing loop. The final optimality check prices every arc, so it
	 * never changes the answer.
	 * @return how many arcs are priced from the start
	 */
	private int candidateOrder(int[] order) {
		int n = this.nodeCount;
		int m = this.arcCount;
		boolean[] placed = new boolean[m];
		int count = 0;
		for (int arc : this.startArcs) {
			if (!placed[arc]) {
				placed[arc] = true;
				order[count++] = arc;
			}
		}
		int[] degree = new int[n + 1];
		for (int e = 0; e < m; e++) {
			degree[this.from[e] + 1]++;
		}
		int maxDegree = 0;
		for (int v = 0; v < n; v++) {
			maxDegree = Math.max(maxDegree, degree[v + 1]);
			degree[v + 1] += degree[v];
		}
		int[] byTail = new int[m];
		int[] next = degree.clone();
		for (int e = 0; e < m; e++) {
			byTail[next[this.from[e]]++] = e;
		}
		long[] costs = new long[maxDegree];
		boolean[] candidate = new boolean[m];
		for (int v = 0; v < n; v++) {
			int first = degree[v];
			int last = degree[v + 1];
			if (last - first <= this.candidatesPerNode) {
				for (int i = first; i < last; i++) {
					candidate[byTail[i]] = true;
				}
				continue;
			}
			for (int i = first; i < last; i++) {
				costs[i - first] = this.cost[byTail[i]];
			}
			Arrays.sort(costs, 0, last - first);
			long threshold = costs[this.candidatesPerNode - 1];
			int room = this.candidatesPerNode;
			for (int i = first; i < last; i++) {
				if (this.cost[byTail[i]] < threshold) {
					candidate[byTail[i]] = true;
					room--;
				}
			}
			for (int i = first; i < last && room > 0; i++) {
				if (this.cost[byTail[i]] == threshold) {
					candidate[byTail[i]] = true;
					room--;
				}
			}
		}
		for (int e = 0; e < m; e++) {
			if (candidate[e] && !placed[e]) {
				placed[e] = true;
				order[count++] = e;
			}
		}
		int active = count;
		for (int e = 0; e < m; e++) {
			if (!placed[e]) {
				order[count++] = e;
			}
		}
		return active;
	}

	/**
	 * Checks primal feasibility and complementary slackness for the given flow and
	 * potentials. If both hold, the flow is optimal: for any feasible flow {@code y},
	 * {@code cost(y) − cost(x) = Σ rc(e)·(y(e) − x(e))} (the potentials cancel because
	 * both flows meet the same balances), and every term is {@code ≥ 0} — where
	 * {@code y(e) >
	 * x(e)} the arc had room, so {@code rc(e) ≥ 0}; where {@code y(e) < x(e)} the arc
	 * carried more than its lower bound, so {@code rc(e) ≤ 0}.
	 * @return {@code null} if the certificate holds, else what is violated
	 */
	public String certificateViolation(long[] flows, long[] potentials) {
		long[] excess = new long[this.nodeCount];
		for (int e = 0; e < this.arcCount; e++) {
			long x = flows[e];
			if (x < this.lower[e] || x > this.capacity[e]) {
				return "arc " + e + " carries " + x + " outside [" + this.lower[e] + ", " + this.capacity[e] + "]";
			}
			excess[this.from[e]] -= x;
			excess[this.to[e]] += x;
			long reduced = this.cost[e] + potentials[this.from[e]] - potentials[this.to[e]];
			if (x < this.capacity[e] && reduced < 0) {
				return "arc " + e + " has room and reduced cost " + reduced + " < 0";
			}
			if (x > this.lower[e] && reduced > 0) {
				return "arc " + e + " carries flow above its lower bound and reduced cost " + reduced + " > 0";
			}
		}
		for (int v = 0; v < this.nodeCount; v++) {
			if (excess[v] + this.supply[v] != 0) {
				return "node " + v + " is out of balance by " + (excess[v] + this.supply[v]);
			}
		}
		return null;
	}

	private void checkNode(int node) {
		if (node < 0 || node >= this.nodeCount) {
			throw new IllegalArgumentException("No node " + node + " (nodes are 0.." + (this.nodeCount - 1) + ")");
		}
	}

}
