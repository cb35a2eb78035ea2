package org.husnu.symposium.core.program;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How many talks of each kind every session of a suggestion gets, before any particular
 * talk is chosen: per session, how many HU, SNU and other presenters, each split into
 * student and non-student talks. Fit, balance and the spread of students are decided here
 * on counts alone (docs/program-suggest.md); which talks fill the counts is the coherence
 * step's choice, so it can never break these guarantees.
 * <p>
 * One class of more than 300 lines on purpose: fit, balance and student spread are
 * decided together (which talks are left out depends on whether balance stays possible,
 * and the students are spread within the balanced counts), so the three steps share the
 * count table and its feasibility condition; split, each would need the others' state.
 */
final class SuggestQuotas {

	static final int HU = 0;

	static final int SNU = 1;

	static final int OTHER = 2;

	private final int[] capacity;

	private final int[][][] quota;

	private final boolean balanced;

	private final boolean studentsSpread;

	private SuggestQuotas(int[] capacity, int[][][] quota, boolean balanced, boolean studentsSpread) {
		this.capacity = capacity;
		this.quota = quota;
		this.balanced = balanced;
		this.studentsSpread = studentsSpread;
	}

	/**
	 * Divides the talks over the sessions.
	 * @param capacity how many talks each session holds
	 * @param talks the talks to place, [class][0 non-student, 1 student]; together at
	 * most the total capacity
	 * @return the quotas
	 */
	static SuggestQuotas of(int[] capacity, int[][] talks) {
		int sessions = capacity.length;
		int[] perClass = { talks[HU][0] + talks[HU][1], talks[SNU][0] + talks[SNU][1],
				talks[OTHER][0] + talks[OTHER][1] };
		int[][] byClass = new int[sessions][3];
		boolean balanced = balanceFeasible(perClass[HU], perClass[SNU], perClass[OTHER], capacity);
		if (balanced) {
			balancedCounts(capacity, perClass, byClass);
		}
		else {
			closestCounts(capacity, perClass, byClass);
		}
		int[] sizes = new int[sessions];
		for (int s = 0; s < sessions; s++) {
			sizes[s] = byClass[s][HU] + byClass[s][SNU] + byClass[s][OTHER];
		}
		int students = talks[HU][1] + talks[SNU][1] + talks[OTHER][1];
		int[] target = waterFill(students, sizes);
		int[][] studentsByClass = new int[sessions][3];
		boolean spread = spreadStudents(talks, byClass, target, studentsByClass);
		int[][][] quota = new int[sessions][3][2];
		for (int s = 0; s < sessions; s++) {
			for (int c = 0; c < 3; c++) {
				quota[s][c][1] = studentsByClass[s][c];
				quota[s][c][0] = byClass[s][c] - studentsByClass[s][c];
			}
		}
		return new SuggestQuotas(capacity.clone(), quota, balanced, spread);
	}

	/**
	 * Whether HU and SNU presenters can differ by at most one in every session with every
	 * talk placed. A session whose HU and SNU talks number m can hold any split with |h −
	 * k| ≤ 1, so the HU surplus d = |H − K| needs at least d sessions with an odd m; with
	 * q odd sessions, the H + K talks fit iff q ≤ H + K ≤ C − |odd capacities − q| (a
	 * session whose capacity has the wrong parity loses one place). Feasible iff some q ≥
	 * d of d's parity, at most the sessions with room and at most H + K, satisfies this,
	 * and all talks fit (others take any place left).
	 * @param hu the presenters from HU
	 * @param snu the presenters from SNU
	 * @param others presenters of other institutions
	 * @param capacity talks each session holds
	 * @return {@code true} if a balanced program exists
	 */
	static boolean balanceFeasible(int hu, int snu, int others, int[] capacity) {
		return oddSessions(hu, snu, others, capacity, -1) >= 0;
	}

	/**
	 * The number of sessions with an odd number of HU and SNU talks a balanced program
	 * uses (the one nearest to {@code ideal}; with {@code ideal} negative, any), or -1
	 * when none is balanced.
	 */
	private static int oddSessions(int hu, int snu, int others, int[] capacity, int ideal) {
		long total = 0;
		int odd = 0;
		int withRoom = 0;
		for (int c : capacity) {
			total += c;
			odd += (c % 2 != 0) ? 1 : 0;
			withRoom += (c > 0) ? 1 : 0;
		}
		int t = hu + snu;
		if (t + others > total) {
			return -1;
		}
		int d = Math.abs(hu - snu);
		int best = -1;
		for (int q = d; q <= Math.min(withRoom, t); q += 2) {
			if (t <= total - Math.abs(odd - q)) {
				if (ideal < 0) {
					// only whether one exists
					return q;
				}
				if (best < 0 || Math.abs(q - ideal) < Math.abs(best - ideal)) {
					best = q;
				}
			}
		}
		return best;
	}

	/**
	 * How many sessions would have an odd number of HU and SNU talks if they were spread
	 * as evenly as capacity allows.
	 */
	private static int idealOdd(int t, int[] capacity) {
		int odd = 0;
		for (int m : waterFill(t, capacity)) {
			odd += (m % 2 != 0) ? 1 : 0;
		}
		return odd;
	}

	private static void balancedCounts(int[] capacity, int[] perClass, int[][] byClass) {
		int sessions = capacity.length;
		int t = perClass[HU] + perClass[SNU];
		int q = oddSessions(perClass[HU], perClass[SNU], perClass[OTHER], capacity, idealOdd(t, capacity));
		int[] ideal = waterFill(t, capacity);
		// the odd sessions: where the even spread is odd, then odd capacities, then the
		// largest; if that loses too many places to parity, odd capacities first
		boolean[] odd = oddChoice(capacity, q, ideal, true);
		int[] m = new int[sessions];
		int[] room = new int[sessions];
		if (!fits(capacity, odd, t, m, room)) {
			odd = oddChoice(capacity, q, ideal, false);
			fits(capacity, odd, t, m, room);
		}
		for (int left = t - q; left > 0; left -= 2) {
			int pick = -1;
			for (int s = 0; s < sessions; s++) {
				if (m[s] + 2 <= room[s] && (pick < 0 || m[s] < m[pick])) {
					pick = s;
				}
			}
			m[pick] += 2;
		}
		// the odd sessions' extra speaker: as many HU extras as HU has more talks
		int huExtra = (perClass[HU] - perClass[SNU] + q) / 2;
		int given = 0;
		for (int s = 0; s < sessions; s++) {
			byClass[s][HU] = m[s] / 2;
			byClass[s][SNU] = m[s] / 2;
			if (odd[s]) {
				if (given < huExtra) {
					byClass[s][HU]++;
					given++;
				}
				else {
					byClass[s][SNU]++;
				}
			}
		}
		int[] sizes = m.clone();
		for (int o = 0; o < perClass[OTHER]; o++) {
			int pick = -1;
			for (int s = 0; s < sessions; s++) {
				if (sizes[s] < capacity[s] && (pick < 0 || sizes[s] < sizes[pick])) {
					pick = s;
				}
			}
			sizes[pick]++;
			byClass[pick][OTHER]++;
		}
	}

	private static boolean[] oddChoice(int[] capacity, int q, int[] ideal, boolean evenSpreadFirst) {
		int sessions = capacity.length;
		Integer[] order = new Integer[sessions];
		for (int s = 0; s < sessions; s++) {
			order[s] = s;
		}
		Comparator<Integer> byCapacityParity = Comparator.comparingInt((s) -> (capacity[s] % 2 != 0) ? 0 : 1);
		Comparator<Integer> byEvenSpread = Comparator.comparingInt((s) -> (ideal[s] % 2 != 0) ? 0 : 1);
		Comparator<Integer> first = evenSpreadFirst ? byEvenSpread.thenComparing(byCapacityParity)
				: byCapacityParity.thenComparing(byEvenSpread);
		Arrays.sort(order, first.thenComparingInt((s) -> -capacity[s]).thenComparingInt((s) -> s));
		boolean[] odd = new boolean[sessions];
		int chosen = 0;
		for (Integer s : order) {
			if (chosen < q && capacity[s] > 0) {
				odd[s] = true;
				chosen++;
			}
		}
		return odd;
	}

	/**
	 * Sets the odd sessions to one talk, the others to none, and the room each has in
	 * steps of two; whether that room holds t talks.
	 */
	private static boolean fits(int[] capacity, boolean[] odd, int t, int[] m, int[] room) {
		long total = 0;
		for (int s = 0; s < capacity.length; s++) {
			m[s] = (odd[s]) ? 1 : 0;
			room[s] = (capacity[s] % 2 == m[s]) ? capacity[s] : capacity[s] - 1;
			total += room[s];
		}
		return total >= t;
	}

	/**
	 * No balanced program exists: sizes as even as capacity allows, the minority's talks
	 * (then the others') each where the majority's surplus is largest.
	 */
	private static void closestCounts(int[] capacity, int[] perClass, int[][] byClass) {
		int sessions = capacity.length;
		int[] sizes = waterFill(perClass[HU] + perClass[SNU] + perClass[OTHER], capacity);
		int minority = (perClass[HU] <= perClass[SNU]) ? HU : SNU;
		int majority = 1 - minority;
		int[] surplus = sizes.clone();
		int[] free = sizes.clone();
		for (int[] unit : new int[][] { { minority, 2 }, { OTHER, 1 } }) {
			for (int i = 0; i < perClass[unit[0]]; i++) {
				int pick = -1;
				for (int s = 0; s < sessions; s++) {
					if (free[s] > 0 && (pick < 0 || surplus[s] > surplus[pick])) {
						pick = s;
					}
				}
				byClass[pick][unit[0]]++;
				surplus[pick] -= unit[1];
				free[pick]--;
			}
		}
		for (int s = 0; s < sessions; s++) {
			byClass[s][majority] = free[s];
		}
	}

	/**
	 * Students per session and class: as close to the even targets as the class counts
	 * allow (a max flow over classes → sessions), then the rest wherever they fit.
	 * @return whether every session got its target
	 */
	private static boolean spreadStudents(int[][] talks, int[][] byClass, int[] target, int[][] studentsByClass) {
		int sessions = byClass.length;
		int nodes = 3 + sessions + 2;
		int source = nodes - 2;
		int sink = nodes - 1;
		int[][] cap = new int[nodes][nodes];
		for (int c = 0; c < 3; c++) {
			cap[source][c] = talks[c][1];
			for (int s = 0; s < sessions; s++) {
				cap[c][3 + s] = byClass[s][c];
			}
		}
		for (int s = 0; s < sessions; s++) {
			cap[3 + s][sink] = target[s];
		}
		int[][] flow = new int[nodes][nodes];
		int total = talks[HU][1] + talks[SNU][1] + talks[OTHER][1];
		int placed = maxFlow(cap, flow, source, sink);
		boolean spread = placed == total;
		if (!spread) {
			for (int s = 0; s < sessions; s++) {
				cap[3 + s][sink] = byClass[s][HU] + byClass[s][SNU] + byClass[s][OTHER];
			}
			maxFlow(cap, flow, source, sink);
		}
		for (int s = 0; s < sessions; s++) {
			for (int c = 0; c < 3; c++) {
				studentsByClass[s][c] = flow[c][3 + s];
			}
		}
		return spread;
	}

	/**
	 * Edmonds–Karp from the given flow on; nodes in a fixed order, so deterministic.
	 */
	private static int maxFlow(int[][] cap, int[][] flow, int source, int sink) {
		int n = cap.length;
		int added = 0;
		while (true) {
			int[] parent = new int[n];
			Arrays.fill(parent, -1);
			parent[source] = source;
			int[] queue = new int[n];
			int head = 0;
			int tail = 0;
			queue[tail++] = source;
			while (head < tail && parent[sink] < 0) {
				int u = queue[head++];
				for (int v = 0; v < n; v++) {
					if (parent[v] < 0 && cap[u][v] - flow[u][v] > 0) {
						parent[v] = u;
						queue[tail++] = v;
					}
				}
			}
			if (parent[sink] < 0) {
				return added;
			}
			int push = Integer.MAX_VALUE;
			for (int v = sink; v != source; v = parent[v]) {
				push = Math.min(push, cap[parent[v]][v] - flow[parent[v]][v]);
			}
			for (int v = sink; v != source; v = parent[v]) {
				flow[parent[v]][v] += push;
				flow[v][parent[v]] -= push;
			}
			added += push;
		}
	}

	/**
	 * Spreads a number over bins as evenly as their capacities allow: every bin gets the
	 * same level or one more, unless its capacity is lower; earlier bins take the extra
	 * ones.
	 * @param amount how much to spread, at most the total capacity
	 * @param capacity each bin's capacity
	 * @return each bin's share
	 */
	static int[] waterFill(int amount, int[] capacity) {
		int[] share = new int[capacity.length];
		int left = amount;
		while (left > 0) {
			int open = 0;
			for (int s = 0; s < capacity.length; s++) {
				open += (share[s] < capacity[s]) ? 1 : 0;
			}
			if (open == 0) {
				break;
			}
			int each = Math.max(1, left / open);
			for (int s = 0; s < capacity.length && left > 0; s++) {
				int add = Math.min(Math.min(each, capacity[s] - share[s]), left);
				if (add > 0) {
					share[s] += add;
					left -= add;
				}
			}
		}
		return share;
	}

	int sessions() {
		return this.capacity.length;
	}

	int quota(int session, int kind, int student) {
		return this.quota[session][kind][student];
	}

	int size(int session) {
		int size = 0;
		for (int c = 0; c < 3; c++) {
			size += this.quota[session][c][0] + this.quota[session][c][1];
		}
		return size;
	}

	int count(int session, int kind) {
		return this.quota[session][kind][0] + this.quota[session][kind][1];
	}

	int students(int session) {
		return this.quota[session][HU][1] + this.quota[session][SNU][1] + this.quota[session][OTHER][1];
	}

	boolean balanced() {
		return this.balanced;
	}

	boolean studentsSpread() {
		return this.studentsSpread;
	}

	/**
	 * The sessions whose HU and SNU counts differ by more than one.
	 * @return session positions
	 */
	List<Integer> unbalancedSessions() {
		List<Integer> unbalanced = new ArrayList<>();
		for (int s = 0; s < sessions(); s++) {
			if (Math.abs(count(s, HU) - count(s, SNU)) > 1) {
				unbalanced.add(s);
			}
		}
		return unbalanced;
	}

}
