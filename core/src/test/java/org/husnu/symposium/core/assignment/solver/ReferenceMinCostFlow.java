package org.husnu.symposium.core.assignment.solver;

import java.util.Arrays;

/**
 * A slow, obviously correct min-cost-flow solver the tests hold the network simplex
 * against: start from every negative-cost arc saturated and every other arc at its lower
 * bound (so the residual graph has no negative arc), then send the remaining imbalance
 * along shortest paths found by Bellman–Ford. No code shared with {@link MinCostFlow}.
 */
final class ReferenceMinCostFlow {

	private ReferenceMinCostFlow() {
	}

	/**
	 * @return the optimal cost, or {@code null} if infeasible
	 */
	static Long solve(MinCostFlow problem) {
		int n = problem.nodeCount();
		int m = problem.arcCount();
		long[] flow = new long[m];
		long[] imbalance = new long[n + 2];
		long total = 0;
		for (int v = 0; v < n; v++) {
			imbalance[v] = problem.supply(v);
			total += problem.supply(v);
		}
		if (total != 0) {
			return null;
		}
		for (int e = 0; e < m; e++) {
			flow[e] = (problem.cost(e) < 0) ? problem.capacity(e) : problem.lower(e);
			imbalance[problem.tail(e)] -= flow[e];
			imbalance[problem.head(e)] += flow[e];
		}
		int s = n;
		int t = n + 1;
		// residual arcs: 2 per original arc, then 2 per super arc
		int superArcs = n;
		int size = 2 * (m + superArcs);
		int[] rFrom = new int[size];
		int[] rTo = new int[size];
		long[] rCap = new long[size];
		long[] rCost = new long[size];
		int count = 0;
		for (int e = 0; e < m; e++) {
			rFrom[count] = problem.tail(e);
			rTo[count] = problem.head(e);
			rCap[count] = problem.capacity(e) - flow[e];
			rCost[count++] = problem.cost(e);
			rFrom[count] = problem.head(e);
			rTo[count] = problem.tail(e);
			rCap[count] = flow[e] - problem.lower(e);
			rCost[count++] = -problem.cost(e);
		}
		long need = 0;
		for (int v = 0; v < n; v++) {
			boolean out = imbalance[v] > 0;
			rFrom[count] = out ? s : v;
			rTo[count] = out ? v : t;
			rCap[count] = Math.abs(imbalance[v]);
			rCost[count++] = 0;
			rFrom[count] = out ? v : t;
			rTo[count] = out ? s : v;
			rCap[count] = 0;
			rCost[count++] = 0;
			if (out) {
				need += imbalance[v];
			}
		}
		long cost = 0;
		for (int e = 0; e < m; e++) {
			cost += flow[e] * problem.cost(e);
		}
		long[] dist = new long[n + 2];
		int[] via = new int[n + 2];
		while (need > 0) {
			Arrays.fill(dist, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			dist[s] = 0;
			for (int round = 0; round < n + 2; round++) {
				boolean changed = false;
				for (int a = 0; a < count; a++) {
					if (rCap[a] > 0 && dist[rFrom[a]] != Long.MAX_VALUE && dist[rFrom[a]] + rCost[a] < dist[rTo[a]]) {
						dist[rTo[a]] = dist[rFrom[a]] + rCost[a];
						via[rTo[a]] = a;
						changed = true;
					}
				}
				if (!changed) {
					break;
				}
			}
			if (dist[t] == Long.MAX_VALUE) {
				return null;
			}
			long push = need;
			for (int v = t; v != s; v = rFrom[via[v]]) {
				push = Math.min(push, rCap[via[v]]);
			}
			for (int v = t; v != s; v = rFrom[via[v]]) {
				int a = via[v];
				rCap[a] -= push;
				rCap[a ^ 1] += push;
				cost += push * rCost[a];
			}
			need -= push;
		}
		return cost;
	}

}
