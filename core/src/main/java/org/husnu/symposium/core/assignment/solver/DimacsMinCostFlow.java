package org.husnu.symposium.core.assignment.solver;

import java.nio.file.Path;

/**
 * Solves a DIMACS min-cost-flow file from the command line and prints one line,
 * {@code cost=<n> flow=<n> millis=<n>}: the optimal cost, the amount shipped (the sum of
 * the positive supplies) and the wall time in this process from opening the file to the
 * checked optimum. For comparing with other solvers on the same files
 * (docs/performance.md):
 * {@code java -cp core/target/classes org.husnu.symposium.core.assignment.solver.DimacsMinCostFlow FILE.min}.
 * An infeasible problem prints {@code infeasible millis=<n>} and exits with 2; a flow
 * whose certificate fails (a bug) exits with 3; a bad file exits with 1.
 */
public final class DimacsMinCostFlow {

	private DimacsMinCostFlow() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err
				.println("usage: java -cp core/target/classes " + DimacsMinCostFlow.class.getName() + " FILE.min");
			System.exit(1);
		}
		long start = System.nanoTime();
		MinCostFlowResult result;
		try {
			result = Dimacs.read(Path.of(args[0])).solve();
		}
		catch (IllegalArgumentException ex) {
			System.err.println(args[0] + ": " + ex.getMessage());
			System.exit(1);
			return;
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		if (!result.isOptimal()) {
			System.out.println("infeasible millis=" + millis);
			System.exit(2);
		}
		System.out.println("cost=" + result.cost() + " flow=" + result.shipped() + " millis=" + millis);
		if (!result.certified()) {
			System.err.println("certificate check failed: " + result.message());
			System.exit(3);
		}
	}

}
