package org.husnu.symposium.core.assignment;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlowBase;
import org.husnu.symposium.core.assignment.solver.Dimacs;
import org.husnu.symposium.core.assignment.solver.MinCostFlow;
import org.husnu.symposium.core.assignment.solver.MinCostFlowResult;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The assignment solver next to Google OR-Tools' {@code SimpleMinCostFlow} (cost scaling,
 * C++) on the same networks in the same run: generated assignment problems of 500 × 60,
 * 2,000 × 200 and 5,000 × 500 (abstracts × reviewers, k = 3, every non-conflicted pair an
 * arc), each turned into its min-cost flow network once and handed to both solvers.
 * Asserts that both reach the same optimal cost and that ours is certified; asserts
 * nothing about time. Only with {@code -Pbench} (OR-Tools is a benchmark-only
 * dependency):
 * {@code ./mvnw -B -pl core verify -Pbench -Dtest=AssignmentSolverBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code target/bench/assignment-solver.md} and the largest network as
 * {@code target/bench/assignment-5000x500.min}, then times the DIMACS command on it as a
 * process.
 */
class AssignmentSolverBenchmark {

	private static final int[][] SIZES = { { 500, 60 }, { 2000, 200 }, { 5000, 500 } };

	private static final int ROUNDS = Integer.getInteger("symposium.bench.rounds", 3);

	private static final int TOPICS = 9;

	@Test
	void solverNextToOrTools() throws Exception {
		assumeTrue(Boolean.getBoolean("symposium.bench"), "benchmarks run with -Pbench");
		Loader.loadNativeLibraries();
		List<String> rows = new ArrayList<>();
		List<String> plainRows = new ArrayList<>();
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		Path dimacs = null;
		for (int[] size : SIZES) {
			AssignmentProblem problem = problem(size[0], size[1], 20261130L);
			long buildStart = System.nanoTime();
			AssignmentNetwork network = new AssignmentNetwork(problem);
			double buildMillis = (System.nanoTime() - buildStart) / 1e6;
			MinCostFlow flow = network.flow();
			double[] ours = new double[ROUNDS];
			double[] orTools = new double[ROUNDS];
			double[] oursCpu = new double[ROUNDS];
			double[] orToolsCpu = new double[ROUNDS];
			MinCostFlowResult result = null;
			long orToolsCost = 0;
			// one warm-up round each, then ROUNDS measured, alternating which goes first
			for (int round = -1; round < ROUNDS; round++) {
				boolean oursFirst = round % 2 == 0;
				long[] orToolsTimes = new long[3];
				MinCostFlowResult ourResult = null;
				long ourNanos = 0;
				long ourCpu = 0;
				for (int turn = 0; turn < 2; turn++) {
					if ((turn == 0) == oursFirst) {
						long start = System.nanoTime();
						long startCpu = cpu();
						network.warmStart();
						ourResult = flow.solve();
						ourNanos = System.nanoTime() - start;
						ourCpu = cpu() - startCpu;
					}
					else {
						orToolsCost = solveWithOrTools(flow, orToolsTimes);
					}
				}
				result = ourResult;
				assertThat(result.isOptimal()).isTrue();
				assertThat(result.certified()).as(result.message()).isTrue();
				assertThat(result.cost()).as("%d x %d", size[0], size[1]).isEqualTo(orToolsCost);
				if (round >= 0) {
					ours[round] = ourNanos / 1e6;
					oursCpu[round] = ourCpu / 1e6;
					orTools[round] = orToolsTimes[1] / 1e6;
					orToolsCpu[round] = orToolsTimes[2] / 1e6;
				}
			}
			AssignmentProposal proposal = network.proposal(result);
			rows.add(String.format(Locale.ROOT,
					"| %d × %d | %,d | %,d | %,d | %.0f ms | %.0f / %.0f ms | %.0f / %.0f ms | **%.2f×** / **%.2f×** | %d/%d, %d/%d | %,d / %d |",
					size[0], size[1], flow.nodeCount(), flow.arcCount(), result.cost(), buildMillis, median(ours),
					median(oursCpu), median(orTools), median(orToolsCpu), median(ours) / median(orTools),
					median(oursCpu) / median(orToolsCpu), proposal.assigned(), proposal.wanted(), proposal.covered(),
					proposal.toCover(), result.pivots(), result.rounds()));
			plainRows.add(plainRow(problem, size));
			if (size[0] == 5000) {
				dimacs = out.resolve("assignment-5000x500.min");
				try (Writer writer = Files.newBufferedWriter(dimacs, StandardCharsets.US_ASCII)) {
					Dimacs.write(flow, writer);
				}
			}
		}
		StringBuilder report = new StringBuilder();
		report.append(
				"| abstracts × reviewers | nodes | arcs | optimal cost (both) | network build | ours: greedy start + solve + certificate (wall / CPU) | OR-Tools solve (wall / CPU) | ours / OR-Tools (wall / CPU) | reviews, coverage | our pivots / rounds |\n");
		report.append("|---|---|---|---|---|---|---|---|---|---|\n");
		rows.forEach((row) -> report.append(row).append('\n'));
		report.append(
				"\nThe same problems without the institution tiers (abstract → reviewer → sink, load arcs, no coverage bonus, no penalty; costs below 1,000):\n\n");
		report.append(
				"| abstracts × reviewers | nodes | arcs | optimal cost (both) | ours: solve + certificate (wall / CPU) | OR-Tools solve (wall / CPU) | ours / OR-Tools (wall / CPU) |\n");
		report.append("|---|---|---|---|---|---|---|\n");
		plainRows.forEach((row) -> report.append(row).append('\n'));
		if (dimacs != null) {
			report.append('\n').append(timeCommand(dimacs)).append('\n');
		}
		System.out.println(report);
		Files.writeString(out.resolve("assignment-solver.md"), report);
	}

	/**
	 * The plain transportation network of the same problem: what both solvers do on small
	 * costs, without the lexicographic tiers whose large costs lengthen cost scaling.
	 */
	private static String plainRow(AssignmentProblem problem, int[] size) {
		int abstractCount = problem.abstracts().size();
		int reviewerCount = problem.reviewers().size();
		int sink = abstractCount + reviewerCount;
		MinCostFlow flow = new MinCostFlow(sink + 1, abstractCount * reviewerCount);
		for (int a = 0; a < abstractCount; a++) {
			flow.setSupply(a, problem.reviewersFor(a));
			for (int r = 0; r < reviewerCount; r++) {
				PairScore score = problem.scores().score(a, r);
				if (score != null) {
					flow.addArc(a, abstractCount + r, 1, problem.weights().pairCost(score));
				}
			}
		}
		for (int r = 0; r < reviewerCount; r++) {
			for (int load = 1; load <= problem.reviewers().get(r).maxLoad(); load++) {
				flow.addArc(abstractCount + r, sink, 1, problem.weights().loadStepCost(load));
			}
		}
		flow.setSupply(sink, -3L * abstractCount);
		double[] ours = new double[ROUNDS];
		double[] orTools = new double[ROUNDS];
		double[] oursCpu = new double[ROUNDS];
		double[] orToolsCpu = new double[ROUNDS];
		MinCostFlowResult result = null;
		for (int round = -1; round < ROUNDS; round++) {
			long[] times = new long[3];
			long orToolsCost = solveWithOrTools(flow, times);
			long start = System.nanoTime();
			long startCpu = cpu();
			result = flow.solve();
			long nanos = System.nanoTime() - start;
			long nanosCpu = cpu() - startCpu;
			assertThat(result.certified()).as(result.message()).isTrue();
			assertThat(result.cost()).isEqualTo(orToolsCost);
			if (round >= 0) {
				ours[round] = nanos / 1e6;
				orTools[round] = times[1] / 1e6;
				oursCpu[round] = nanosCpu / 1e6;
				orToolsCpu[round] = times[2] / 1e6;
			}
		}
		return String.format(Locale.ROOT,
				"| %d × %d | %,d | %,d | %,d | %.0f / %.0f ms | %.0f / %.0f ms | **%.2f×** / **%.2f×** |", size[0],
				size[1], flow.nodeCount(), flow.arcCount(), result.cost(), median(ours), median(oursCpu),
				median(orTools), median(orToolsCpu), median(ours) / median(orTools),
				median(oursCpu) / median(orToolsCpu));
	}

	/**
	 * @param times receives the nanoseconds to load the arcs, to solve, and the CPU
	 * nanoseconds of this thread while solving (OR-Tools solves in the calling thread)
	 * @return OR-Tools' optimal cost
	 */
	private static long solveWithOrTools(MinCostFlow flow, long[] times) {
		long start = System.nanoTime();
		com.google.ortools.graph.MinCostFlow orTools = new com.google.ortools.graph.MinCostFlow(flow.nodeCount(),
				flow.arcCount());
		for (int e = 0; e < flow.arcCount(); e++) {
			orTools.addArcWithCapacityAndUnitCost(flow.tail(e), flow.head(e), flow.capacity(e), flow.cost(e));
		}
		for (int v = 0; v < flow.nodeCount(); v++) {
			orTools.setNodeSupply(v, flow.supply(v));
		}
		times[0] = System.nanoTime() - start;
		start = System.nanoTime();
		long startCpu = cpu();
		MinCostFlowBase.Status status = orTools.solve();
		times[1] = System.nanoTime() - start;
		times[2] = cpu() - startCpu;
		assertThat(status).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
		long cost = orTools.getOptimalCost();
		orTools.delete();
		return cost;
	}

	/**
	 * Runs the documented DIMACS command on the file as a separate process, the way the
	 * issue's OR-Tools anchor was measured (whole process: start-up, reading, solving).
	 */
	private static String timeCommand(Path file) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-cp", Path.of("target", "classes").toString(),
				"org.husnu.symposium.core.assignment.solver.DimacsMinCostFlow", file.toString());
		double[] wall = new double[ROUNDS];
		String line = "";
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
			wall[round] = (System.nanoTime() - start) / 1e6;
			assertThat(process.exitValue()).as(line).isZero();
		}
		return String.format(Locale.ROOT,
				"DIMACS command on the 5,000 × 500 network (%,d MB file), whole process, median of %d: %.0f ms; it printed `%s`",
				Files.size(file) / 1_000_000, ROUNDS, median(wall), line);
	}

	/**
	 * A problem like the symposium's, scaled: reviewers half HU, half SNU; each abstract
	 * one of 9 topics; a reviewer's expertise per topic; 2% of pairs conflicted; 5% carry
	 * a bid; affinity spread over [0, 1]; load caps 25% above the even share. Scores come
	 * from a hash of the pair, so 2.5 million pairs never exist as objects at once.
	 */
	static AssignmentProblem problem(int abstractCount, int reviewerCount, long seed) {
		List<AbstractToAssign> abstracts = new ArrayList<>();
		int[] topic = new int[abstractCount];
		for (int a = 0; a < abstractCount; a++) {
			topic[a] = (int) Long.remainderUnsigned(mix(seed, a, -1), TOPICS);
			abstracts
				.add(AbstractToAssign.of(String.format("A-%05d", a), ((mix(seed, a, -2) & 1) == 0) ? "HU" : "SNU"));
		}
		int cap = (int) Math.ceil(1.25 * 3 * abstractCount / reviewerCount);
		List<ReviewerToAssign> reviewers = new ArrayList<>();
		int[][] expertise = new int[reviewerCount][TOPICS];
		for (int r = 0; r < reviewerCount; r++) {
			reviewers.add(new ReviewerToAssign(String.format("R-%04d", r), (r % 2 == 0) ? "HU" : "SNU", cap));
			for (int t = 0; t < TOPICS; t++) {
				expertise[r][t] = (int) Long.remainderUnsigned(mix(seed, -3 - r, t), 4);
			}
		}
		PairScores scores = (a, r) -> {
			long h = mix(seed, a, r);
			if (Long.remainderUnsigned(h, 50) == 0) {
				return null;
			}
			long bidRoll = Long.remainderUnsigned(h >>> 8, 100);
			int bid = (bidRoll < 5) ? (int) (bidRoll - 2) : 0;
			double affinity = Long.remainderUnsigned(h >>> 20, 101) / 100.0;
			return new PairScore(expertise[r][topic[a]], bid, affinity);
		};
		return new AssignmentProblem(abstracts, reviewers, scores, List.of(), 3, InstitutionPolicy.NONE,
				Set.of("HU", "SNU"), AssignmentWeights.DEFAULT);
	}

	private static long mix(long seed, long a, long b) {
		long z = seed + a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
