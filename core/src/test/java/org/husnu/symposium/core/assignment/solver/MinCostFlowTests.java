package org.husnu.symposium.core.assignment.solver;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MinCostFlowTests {

	@Test
	void sendsFlowAlongTheCheaperOfTwoPaths() {
		// 0 -> 1 -> 3 costs 2, 0 -> 2 -> 3 costs 5; capacity 3 on the cheap path, 4 units
		// to ship
		MinCostFlow problem = new MinCostFlow(4, 4);
		problem.setSupply(0, 4);
		problem.setSupply(3, -4);
		int a = problem.addArc(0, 1, 3, 1);
		int b = problem.addArc(1, 3, 5, 1);
		int c = problem.addArc(0, 2, 5, 2);
		int d = problem.addArc(2, 3, 5, 3);
		MinCostFlowResult result = problem.solve();
		assertThat(result.isOptimal()).isTrue();
		assertThat(result.certified()).isTrue();
		assertThat(result.cost()).isEqualTo(3 * 2 + 1 * 5);
		assertThat(result.shipped()).isEqualTo(4);
		assertThat(new long[] { result.flow(a), result.flow(b), result.flow(c), result.flow(d) }).containsExactly(3, 3,
				1, 1);
	}

	@Test
	void solvesTheClassicAssignmentProblem() {
		// 3 workers x 3 jobs; optimum 1 + 2 + 2 = 5 (w0-j1, w1-j0, w2-j2) is the only one
		// of cost 5
		long[][] costs = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
		MinCostFlow problem = new MinCostFlow(6, 9);
		for (int w = 0; w < 3; w++) {
			problem.setSupply(w, 1);
			problem.setSupply(3 + w, -1);
			for (int j = 0; j < 3; j++) {
				problem.addArc(w, 3 + j, 1, costs[w][j]);
			}
		}
		MinCostFlowResult result = problem.solve();
		assertThat(result.cost()).isEqualTo(5);
		assertThat(result.certified()).isTrue();
		assertThat(result.flow(1)).isEqualTo(1);
		assertThat(result.flow(3)).isEqualTo(1);
		assertThat(result.flow(8)).isEqualTo(1);
	}

	@Test
	void saturatesANegativeCycle() {
		// a circulation with no supplies: the cycle 0 -> 1 -> 2 -> 0 of cost -3 is filled
		// to its
		// bottleneck 2
		MinCostFlow problem = new MinCostFlow(3, 3);
		problem.addArc(0, 1, 2, -2);
		problem.addArc(1, 2, 5, 1);
		problem.addArc(2, 0, 4, -2);
		MinCostFlowResult result = problem.solve();
		assertThat(result.cost()).isEqualTo(-6);
		assertThat(result.shipped()).isZero();
		assertThat(result.certified()).isTrue();
	}

	@Test
	void honoursLowerBounds() {
		// the expensive arc must carry at least 2 of the 3 units
		MinCostFlow problem = new MinCostFlow(2, 2);
		problem.setSupply(0, 3);
		problem.setSupply(1, -3);
		int cheap = problem.addArc(0, 1, 0, 5, 1);
		int dear = problem.addArc(0, 1, 2, 5, 10);
		MinCostFlowResult result = problem.solve();
		assertThat(result.cost()).isEqualTo(1 + 20);
		assertThat(result.flow(cheap)).isEqualTo(1);
		assertThat(result.flow(dear)).isEqualTo(2);
		assertThat(result.certified()).isTrue();
	}

	@Test
	void reportsTooLittleCapacityAsInfeasible() {
		MinCostFlow problem = new MinCostFlow(3, 2);
		problem.setSupply(0, 5);
		problem.setSupply(2, -5);
		problem.addArc(0, 1, 5, 1);
		problem.addArc(1, 2, 4, 1);
		MinCostFlowResult result = problem.solve();
		assertThat(result.status()).isEqualTo(MinCostFlowResult.Status.INFEASIBLE);
		assertThat(result.certified()).isFalse();
		assertThat(result.message()).contains("no flow");
	}

	@Test
	void reportsUnbalancedSuppliesAsInfeasible() {
		MinCostFlow problem = new MinCostFlow(2, 1);
		problem.setSupply(0, 2);
		problem.setSupply(1, -1);
		problem.addArc(0, 1, 5, 1);
		assertThat(problem.solve().message()).contains("sum to 1");
	}

	@Test
	void reportsAnUnmeetableLowerBoundAsInfeasible() {
		MinCostFlow problem = new MinCostFlow(2, 1);
		problem.addArc(0, 1, 1, 3, 0);
		assertThat(problem.solve().isOptimal()).isFalse();
	}

	@Test
	void rejectsALowerBoundAboveTheCapacity() {
		MinCostFlow problem = new MinCostFlow(2, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> problem.addArc(0, 1, 3, 2, 0));
	}

	@Test
	void refusesCostsTooLargeForExactArithmetic() {
		MinCostFlow problem = new MinCostFlow(2, 1);
		problem.addArc(0, 1, 1, Long.MAX_VALUE / 4);
		assertThatIllegalArgumentException().isThrownBy(problem::solve).withMessageContaining("too large");
	}

	@Test
	void certificateCatchesANonOptimalFlow() {
		MinCostFlow problem = new MinCostFlow(2, 2);
		problem.setSupply(0, 1);
		problem.setSupply(1, -1);
		problem.addArc(0, 1, 1, 1);
		problem.addArc(0, 1, 1, 5);
		// the dear arc used, the cheap one idle: no potentials can certify that
		assertThat(problem.certificateViolation(new long[] { 0, 1 }, new long[] { 0, 5 })).contains("reduced cost");
		assertThat(problem.certificateViolation(new long[] { 1, 0 }, new long[] { 0, 1 })).isNull();
	}

	@Test
	void givesTheSameFlowForTheSameInput() {
		MinCostFlow first = randomProblem(new Random(3), 30, 300);
		MinCostFlow second = randomProblem(new Random(3), 30, 300);
		MinCostFlowResult a = first.solve();
		MinCostFlowResult b = second.solve();
		assertThat(a.isOptimal()).isTrue();
		for (int e = 0; e < first.arcCount(); e++) {
			assertThat(a.flow(e)).isEqualTo(b.flow(e));
		}
	}

	@Test
	void matchesAnIndependentSolverOnRandomGraphs() {
		// 2,000 random graphs (negative costs, lower bounds, parallel arcs, infeasible
		// ones);
		// the seed names a failing instance
		for (long seed = 0; seed < 2000; seed++) {
			Random random = new Random(seed);
			MinCostFlow problem = randomProblem(random, 1 + random.nextInt(12), random.nextInt(41));
			Long expected = ReferenceMinCostFlow.solve(problem);
			MinCostFlowResult result = problem.solve();
			if (expected == null) {
				assertThat(result.isOptimal()).as("seed %d: infeasible", seed).isFalse();
			}
			else {
				assertThat(result.isOptimal()).as("seed %d: feasible", seed).isTrue();
				assertThat(result.certified()).as("seed %d: %s", seed, result.message()).isTrue();
				assertThat(result.cost()).as("seed %d", seed).isEqualTo(expected);
			}
		}
	}

	@Test
	void matchesAnIndependentSolverOnDenseGraphsWhereMostArcsWaitOutsideThePricing() {
		// more outgoing arcs per node than the simplex prices from the start
		for (long seed = 0; seed < 300; seed++) {
			Random random = new Random(seed);
			int nodes = 2 + random.nextInt(8);
			MinCostFlow problem = randomProblem(random, nodes, nodes * (MinCostFlow.CANDIDATES_PER_NODE + 20));
			Long expected = ReferenceMinCostFlow.solve(problem);
			MinCostFlowResult result = problem.solve();
			assertThat(result.isOptimal()).as("seed %d", seed).isEqualTo(expected != null);
			if (expected != null) {
				assertThat(result.certified()).as("seed %d: %s", seed, result.message()).isTrue();
				assertThat(result.cost()).as("seed %d", seed).isEqualTo(expected);
			}
		}
	}

	@Test
	void warmStartNeverChangesTheOptimum() {
		for (long seed = 0; seed < 300; seed++) {
			Random random = new Random(seed);
			MinCostFlow problem = randomProblem(random, 10, 40);
			MinCostFlowResult cold = problem.solve();
			problem.warmStart(random.ints(8, 0, problem.arcCount()).toArray());
			MinCostFlowResult warm = problem.solve();
			assertThat(warm.status()).as("seed %d", seed).isEqualTo(cold.status());
			assertThat(warm.cost()).as("seed %d", seed).isEqualTo(cold.cost());
			assertThat(warm.certified()).as("seed %d", seed).isEqualTo(cold.certified());
		}
	}

	static MinCostFlow randomProblem(Random random, int nodes, int arcs) {
		MinCostFlow problem = new MinCostFlow(nodes, arcs);
		long total = 0;
		for (int v = 0; v < nodes - 1; v++) {
			long supply = (random.nextInt(3) == 0) ? random.nextInt(11) - 5 : 0;
			problem.setSupply(v, supply);
			total += supply;
		}
		problem.setSupply(nodes - 1, -total);
		for (int e = 0; e < arcs; e++) {
			int tail = random.nextInt(nodes);
			int head = (nodes == 1) ? tail : (tail + 1 + random.nextInt(nodes - 1)) % nodes;
			long capacity = random.nextInt(8);
			long lower = (random.nextInt(6) == 0) ? random.nextInt((int) capacity + 1) : 0;
			problem.addArc(tail, head, lower, capacity, random.nextInt(21) - 6);
		}
		return problem;
	}

}
