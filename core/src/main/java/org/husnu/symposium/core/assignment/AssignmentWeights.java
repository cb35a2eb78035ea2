package org.husnu.symposium.core.assignment;

/**
 * How the cost of a pair is made, in integer units so the optimum is exact: what the
 * reviewer lacks in expertise, bid and affinity, plus a convex load cost that spreads
 * reviews evenly. The load cost of a reviewer with load {@code l} is {@code balance·l²},
 * so the {@code l}-th review costs {@code balance·(2l − 1)} more than the one before:
 * giving a review to a lighter-loaded reviewer is always cheaper, other things equal.
 *
 * @param expertise cost per level of expertise below 3
 * @param bid cost per bid level below +2
 * @param affinity cost of zero affinity (scaled linearly: affinity 1 costs 0)
 * @param balance the factor of the quadratic load cost
 */
public record AssignmentWeights(int expertise, int bid, int affinity, int balance) {

	/** Expertise first, then bids, then text affinity; loads kept even. */
	public static final AssignmentWeights DEFAULT = new AssignmentWeights(100, 60, 100, 10);

	public AssignmentWeights {
		if (expertise < 0 || bid < 0 || affinity < 0 || balance < 0) {
			throw new IllegalArgumentException("Weights are not negative");
		}
		if (expertise > 1_000_000 || bid > 1_000_000 || affinity > 1_000_000 || balance > 1_000_000) {
			throw new IllegalArgumentException("Weights are at most 1,000,000");
		}
	}

	public int expertiseCost(PairScore score) {
		return this.expertise * (3 - score.expertise());
	}

	public int bidCost(PairScore score) {
		return this.bid * (2 - score.bid());
	}

	public int affinityCost(PairScore score) {
		return (int) Math.round(this.affinity * (1 - score.affinity()));
	}

	/**
	 * The cost of the pair alone, without the load it adds.
	 */
	public int pairCost(PairScore score) {
		return expertiseCost(score) + bidCost(score) + affinityCost(score);
	}

	/**
	 * What the {@code load}-th review of a reviewer adds to the load cost.
	 */
	public long loadStepCost(int load) {
		return (long) this.balance * (2L * load - 1);
	}

	/**
	 * The load cost of a reviewer with the given load: {@code balance·load²}.
	 */
	public long loadCost(int load) {
		return (long) this.balance * load * load;
	}

}
