package org.husnu.symposium.core.assignment.solver;

import java.util.Arrays;

/**
 * The primal network simplex method on int and long arrays, after the design of LEMON's
 * {@code NetworkSimplex} (Kovács, "Minimum-cost flow algorithms: an experimental
 * evaluation", 2015): a spanning tree kept as parent, thread and subtree-size arrays, an
 * artificial root joined to every node, block-search pricing, and strongly feasible trees
 * (the leaving arc is the last blocking arc on the cycle in its orientation), which rule
 * out cycling. It works on a problem without lower bounds whose supplies sum to zero;
 * {@link MinCostFlow} reduces every other form to this one. Not thread-safe; one use. It
 * is longer than our other classes on purpose: one algorithm whose tree updates share the
 * same arrays, kept in one place so its invariants can be read together.
 */
final class NetworkSimplex {

	private static final byte STATE_UPPER = -1;

	private static final byte STATE_TREE = 0;

	private static final byte STATE_LOWER = 1;

	private static final byte DIR_UP = 1;

	private static final byte DIR_DOWN = -1;

	private final int nodeCount;

	private final int arcCount;

	private final int root;

	private final int[] source;

	private final int[] target;

	private final long[] capacity;

	private final long[] cost;

	private final long[] flow;

	private final byte[] state;

	private final long[] potential;

	private final int[] parent;

	private final int[] pred;

	private final byte[] predDir;

	private final int[] thread;

	private final int[] revThread;

	private final int[] succNum;

	private final int[] lastSucc;

	private final int[] dirtyRevs;

	private int dirtyCount;

	private int blockSize;

	/** Arcs {@code 0..searchCount-1} are priced; the others wait outside at flow 0. */
	private int searchCount;

	/** Internal arc index to the caller's arc index. */
	private final int[] original;

	private int nextArc;

	// the current pivot
	private int inArc;

	private int join;

	private int uIn;

	private int vIn;

	private int uOut;

	private long delta;

	private long pivots;

	/**
	 * A solver for one network.
	 * @param nodeCount nodes {@code 0..nodeCount-1}
	 * @param arcCount arcs {@code 0..arcCount-1}
	 * @param from tail of each arc (read only)
	 * @param to head of each arc (read only)
	 * @param capacities capacity of each arc, non-negative (read only)
	 * @param costs cost per unit of each arc (read only)
	 * @param supplies supply of each node (negative: demand), summing to zero
	 * @param artificialCost cost per unit on the artificial arcs; must exceed the cost of
	 * every simple path, e.g. {@code (max |cost| + 1) * nodeCount}
	 * @param order the caller's arcs in the order to keep them here; the first
	 * {@code active} of them are priced from the start, the rest only once
	 * {@link #activateImproving()} finds them worth it
	 * @param active how many arcs to price from the start
	 */
	NetworkSimplex(int nodeCount, int arcCount, int[] from, int[] to, long[] capacities, long[] costs, long[] supplies,
			long artificialCost, int[] order, int active) {
		this.nodeCount = nodeCount;
		this.arcCount = arcCount;
		this.root = nodeCount;
		int all = arcCount + nodeCount;
		this.source = new int[all];
		this.target = new int[all];
		this.capacity = new long[all];
		this.cost = new long[all];
		this.flow = new long[all];
		this.state = new byte[all];
		this.original = order.clone();
		for (int i = 0; i < arcCount; i++) {
			int e = order[i];
			this.source[i] = from[e];
			this.target[i] = to[e];
			this.capacity[i] = capacities[e];
			this.cost[i] = costs[e];
		}
		Arrays.fill(this.state, 0, arcCount, STATE_LOWER);
		this.searchCount = active;
		int nodes = nodeCount + 1;
		this.potential = new long[nodes];
		this.parent = new int[nodes];
		this.pred = new int[nodes];
		this.predDir = new byte[nodes];
		this.thread = new int[nodes];
		this.revThread = new int[nodes];
		this.succNum = new int[nodes];
		this.lastSucc = new int[nodes];
		this.dirtyRevs = new int[nodes];
		this.blockSize = Math.max(10, (int) Math.sqrt(active));
		// the initial tree: every node hangs from the root by its artificial arc
		this.parent[this.root] = -1;
		this.pred[this.root] = -1;
		this.thread[this.root] = 0;
		this.revThread[0] = this.root;
		this.succNum[this.root] = nodes;
		this.lastSucc[this.root] = this.root - 1;
		this.potential[this.root] = 0;
		for (int u = 0, e = arcCount; u < nodeCount; u++, e++) {
			this.parent[u] = this.root;
			this.pred[u] = e;
			this.thread[u] = u + 1;
			this.revThread[u + 1] = u;
			this.succNum[u] = 1;
			this.lastSucc[u] = u;
			this.capacity[e] = Long.MAX_VALUE;
			this.state[e] = STATE_TREE;
			if (supplies[u] >= 0) {
				this.predDir[u] = DIR_UP;
				this.potential[u] = 0;
				this.source[e] = u;
				this.target[e] = this.root;
				this.flow[e] = supplies[u];
				this.cost[e] = 0;
			}
			else {
				this.predDir[u] = DIR_DOWN;
				this.potential[u] = artificialCost;
				this.source[e] = this.root;
				this.target[e] = u;
				this.flow[e] = -supplies[u];
				this.cost[e] = artificialCost;
			}
		}
	}

	/**
	 * Runs the simplex to optimality over the priced arcs.
	 */
	void run() {
		while (findEnteringArc()) {
			pivot();
		}
	}

	/**
	 * Prices every arc still waiting outside and moves those with a negative reduced cost
	 * into the priced set; the current tree stays a valid basis (the arcs wait at flow 0,
	 * their lower bound). When this finds none after {@link #run()}, the potentials prove
	 * the flow optimal for all arcs, not only the priced ones.
	 * @return how many arcs were added
	 */
	int activateImproving() {
		final long[] pi = this.potential;
		int added = 0;
		for (int i = this.searchCount; i < this.arcCount; i++) {
			if (this.cost[i] + pi[this.source[i]] - pi[this.target[i]] < 0) {
				swapWaiting(i, this.searchCount++);
				added++;
			}
		}
		this.blockSize = Math.max(10, (int) Math.sqrt(this.searchCount));
		return added;
	}

	private void swapWaiting(int i, int j) {
		if (i == j) {
			return;
		}
		int s = this.source[i];
		this.source[i] = this.source[j];
		this.source[j] = s;
		int t = this.target[i];
		this.target[i] = this.target[j];
		this.target[j] = t;
		long c = this.capacity[i];
		this.capacity[i] = this.capacity[j];
		this.capacity[j] = c;
		long k = this.cost[i];
		this.cost[i] = this.cost[j];
		this.cost[j] = k;
		int o = this.original[i];
		this.original[i] = this.original[j];
		this.original[j] = o;
	}

	/**
	 * The flow on each of the caller's arcs.
	 */
	long[] flows() {
		long[] flows = new long[this.arcCount];
		for (int i = 0; i < this.arcCount; i++) {
			flows[this.original[i]] = this.flow[i];
		}
		return flows;
	}

	boolean artificialFlowLeft() {
		for (int e = this.arcCount; e < this.arcCount + this.nodeCount; e++) {
			if (this.flow[e] != 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Pivots the given arcs in first, when their reduced cost says so: a cheap start that
	 * moves much of the flow onto good arcs before the general pricing begins.
	 * @param arcs arc indices, in order
	 */
	void initialPivots(int[] arcs, int count) {
		for (int i = 0; i < count; i++) {
			int e = arcs[i];
			if (this.state[e] * (this.cost[e] + this.potential[this.source[e]] - this.potential[this.target[e]]) < 0) {
				this.inArc = e;
				pivot();
			}
		}
	}

	private void pivot() {
		this.pivots++;
		findJoinNode();
		boolean change = findLeavingArc();
		changeFlow(change);
		if (change) {
			updateTreeStructure();
			updatePotential();
		}
	}

	long potential(int node) {
		return this.potential[node];
	}

	long pivots() {
		return this.pivots;
	}

	private boolean findEnteringArc() {
		final byte[] state = this.state;
		final long[] cost = this.cost;
		final long[] pi = this.potential;
		final int[] source = this.source;
		final int[] target = this.target;
		final int arcs = this.searchCount;
		long min = 0;
		int best = -1;
		int count = this.blockSize;
		int e;
		for (e = this.nextArc; e < arcs; e++) {
			long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
			if (c < min) {
				min = c;
				best = e;
			}
			if (--count == 0) {
				if (min < 0) {
					this.inArc = best;
					this.nextArc = (e + 1 == arcs) ? 0 : e + 1;
					return true;
				}
				count = this.blockSize;
			}
		}
		for (e = 0; e < this.nextArc; e++) {
			long c = state[e] * (cost[e] + pi[source[e]] - pi[target[e]]);
			if (c < min) {
				min = c;
				best = e;
			}
			if (--count == 0) {
				if (min < 0) {
					this.inArc = best;
					this.nextArc = e + 1;
					return true;
				}
				count = this.blockSize;
			}
		}
		if (min >= 0) {
			return false;
		}
		this.inArc = best;
		this.nextArc = (e == arcs) ? 0 : e;
		return true;
	}

	private void findJoinNode() {
		int u = this.source[this.inArc];
		int v = this.target[this.inArc];
		while (u != v) {
			if (this.succNum[u] < this.succNum[v]) {
				u = this.parent[u];
			}
			else {
				v = this.parent[v];
			}
		}
		this.join = u;
	}

	private boolean findLeavingArc() {
		int first;
		int second;
		if (this.state[this.inArc] == STATE_LOWER) {
			first = this.source[this.inArc];
			second = this.target[this.inArc];
		}
		else {
			first = this.target[this.inArc];
			second = this.source[this.inArc];
		}
		this.delta = this.capacity[this.inArc];
		int result = 0;
		for (int u = first; u != this.join; u = this.parent[u]) {
			int e = this.pred[u];
			long d = (this.predDir[u] == DIR_DOWN) ? this.capacity[e] - this.flow[e] : this.flow[e];
			if (d < this.delta) {
				this.delta = d;
				this.uOut = u;
				result = 1;
			}
		}
		for (int u = second; u != this.join; u = this.parent[u]) {
			int e = this.pred[u];
			long d = (this.predDir[u] == DIR_UP) ? this.capacity[e] - this.flow[e] : this.flow[e];
			if (d <= this.delta) {
				this.delta = d;
				this.uOut = u;
				result = 2;
			}
		}
		if (result == 1) {
			this.uIn = first;
			this.vIn = second;
		}
		else {
			this.uIn = second;
			this.vIn = first;
		}
		return result != 0;
	}

	private void changeFlow(boolean change) {
		if (this.delta > 0) {
			long val = this.state[this.inArc] * this.delta;
			this.flow[this.inArc] += val;
			for (int u = this.source[this.inArc]; u != this.join; u = this.parent[u]) {
				this.flow[this.pred[u]] -= this.predDir[u] * val;
			}
			for (int u = this.target[this.inArc]; u != this.join; u = this.parent[u]) {
				this.flow[this.pred[u]] += this.predDir[u] * val;
			}
		}
		if (change) {
			this.state[this.inArc] = STATE_TREE;
			int out = this.pred[this.uOut];
			this.state[out] = (this.flow[out] == 0) ? STATE_LOWER : STATE_UPPER;
		}
		else {
			this.state[this.inArc] = (byte) -this.state[this.inArc];
		}
	}

	private void updateTreeStructure() {
		final int[] parent = this.parent;
		final int[] thread = this.thread;
		final int[] revThread = this.revThread;
		final int[] lastSucc = this.lastSucc;
		final int[] succNum = this.succNum;
		final int uIn = this.uIn;
		final int vIn = this.vIn;
		final int uOut = this.uOut;
		int oldRevThread = revThread[uOut];
		int oldSuccNum = succNum[uOut];
		int oldLastSucc = lastSucc[uOut];
		int vOut = parent[uOut];

		if (uIn == uOut) {
			parent[uIn] = vIn;
			this.pred[uIn] = this.inArc;
			this.predDir[uIn] = (uIn == this.source[this.inArc]) ? DIR_UP : DIR_DOWN;
			if (thread[vIn] != uOut) {
				int after = thread[oldLastSucc];
				thread[oldRevThread] = after;
				revThread[after] = oldRevThread;
				after = thread[vIn];
				thread[vIn] = uOut;
				revThread[uOut] = vIn;
				thread[oldLastSucc] = after;
				revThread[after] = oldLastSucc;
			}
		}
		else {
			int threadContinue = (oldRevThread == vIn) ? thread[oldLastSucc] : thread[vIn];
			int stem = uIn;
			int parStem = vIn;
			int last = lastSucc[uIn];
			int after = thread[last];
			thread[vIn] = uIn;
			this.dirtyCount = 0;
			this.dirtyRevs[this.dirtyCount++] = vIn;
			while (stem != uOut) {
				int nextStem = parent[stem];
				thread[last] = nextStem;
				this.dirtyRevs[this.dirtyCount++] = last;
				int before = revThread[stem];
				thread[before] = after;
				revThread[after] = before;
				parent[stem] = parStem;
				parStem = stem;
				stem = nextStem;
				last = (lastSucc[stem] == lastSucc[parStem]) ? revThread[parStem] : lastSucc[stem];
				after = thread[last];
			}
			parent[uOut] = parStem;
			thread[last] = threadContinue;
			revThread[threadContinue] = last;
			lastSucc[uOut] = last;
			if (oldRevThread != vIn) {
				thread[oldRevThread] = after;
				revThread[after] = oldRevThread;
			}
			for (int i = 0; i < this.dirtyCount; i++) {
				int u = this.dirtyRevs[i];
				revThread[thread[u]] = u;
			}
			int tmpSc = 0;
			int tmpLs = lastSucc[uOut];
			for (int u = uOut, p = parent[u]; u != uIn; u = p, p = parent[u]) {
				this.pred[u] = this.pred[p];
				this.predDir[u] = (byte) -this.predDir[p];
				tmpSc += succNum[u] - succNum[p];
				succNum[u] = tmpSc;
				lastSucc[p] = tmpLs;
			}
			this.pred[uIn] = this.inArc;
			this.predDir[uIn] = (uIn == this.source[this.inArc]) ? DIR_UP : DIR_DOWN;
			succNum[uIn] = oldSuccNum;
		}

		int upLimitOut = (lastSucc[this.join] == vIn) ? this.join : -1;
		int lastSuccOut = lastSucc[uOut];
		for (int u = vIn; u != -1 && lastSucc[u] == vIn; u = parent[u]) {
			lastSucc[u] = lastSuccOut;
		}
		if (this.join != oldRevThread && vIn != oldRevThread) {
			for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
				lastSucc[u] = oldRevThread;
			}
		}
		else if (lastSuccOut != oldLastSucc) {
			for (int u = vOut; u != upLimitOut && lastSucc[u] == oldLastSucc; u = parent[u]) {
				lastSucc[u] = lastSuccOut;
			}
		}
		for (int u = vIn; u != this.join; u = parent[u]) {
			succNum[u] += oldSuccNum;
		}
		for (int u = vOut; u != this.join; u = parent[u]) {
			succNum[u] -= oldSuccNum;
		}
	}

	private void updatePotential() {
		long sigma = this.potential[this.vIn] - this.potential[this.uIn]
				- this.predDir[this.uIn] * this.cost[this.inArc];
		int end = this.thread[this.lastSucc[this.uIn]];
		for (int u = this.uIn; u != end; u = this.thread[u]) {
			this.potential[u] += sigma;
		}
	}

}
