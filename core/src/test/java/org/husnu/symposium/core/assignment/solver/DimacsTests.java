package org.husnu.symposium.core.assignment.solver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DimacsTests {

	// the two-path example: 4 units, the cheap path (cost 2) holds 3
	private static final String TWO_PATHS = """
			c two paths from 1 to 4
			p min 4 4
			n 1 4
			n 4 -4

			a 1 2 0 3 1
			a 2 4 0 5 1
			a 1 3 0 5 2\r
			a 3 4 0 5 3
			""";

	@Test
	void readsAProblemWrittenToAFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("two-paths.min");
		Files.writeString(file, TWO_PATHS);
		MinCostFlow problem = Dimacs.read(file);
		assertThat(problem.nodeCount()).isEqualTo(4);
		assertThat(problem.arcCount()).isEqualTo(4);
		assertThat(problem.supply(0)).isEqualTo(4);
		assertThat(problem.supply(3)).isEqualTo(-4);
		assertThat(problem.tail(2)).isEqualTo(0);
		assertThat(problem.head(2)).isEqualTo(2);
		assertThat(problem.cost(3)).isEqualTo(3);
		MinCostFlowResult result = problem.solve();
		assertThat(result.cost()).isEqualTo(11);
		assertThat(result.shipped()).isEqualTo(4);
	}

	@Test
	void readsLowerBoundsAndNegativeCosts() throws IOException {
		MinCostFlow problem = read("p min 2 2\nn 1 3\nn 2 -3\na 1 2 0 5 -1\na 1 2 2 5 10\n");
		assertThat(problem.lower(1)).isEqualTo(2);
		assertThat(problem.solve().cost()).isEqualTo(-1 + 20);
	}

	@Test
	void writesWhatItReads() throws IOException {
		MinCostFlow original = MinCostFlowTests.randomProblem(new Random(5), 12, 60);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Dimacs.write(original, new OutputStreamWriter(bytes, StandardCharsets.US_ASCII));
		MinCostFlow copy = Dimacs.read(new ByteArrayInputStream(bytes.toByteArray()));
		assertThat(copy.arcCount()).isEqualTo(original.arcCount());
		for (int e = 0; e < original.arcCount(); e++) {
			assertThat(new long[] { copy.tail(e), copy.head(e), copy.lower(e), copy.capacity(e), copy.cost(e) })
				.containsExactly(original.tail(e), original.head(e), original.lower(e), original.capacity(e),
						original.cost(e));
		}
		for (int v = 0; v < original.nodeCount(); v++) {
			assertThat(copy.supply(v)).isEqualTo(original.supply(v));
		}
	}

	@Test
	void namesTheLineOfAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> read("p min 2 1\na 1 3 0 1 1\n"))
			.withMessage("DIMACS line 2: node 3 is not in 1..2");
		assertThatIllegalArgumentException().isThrownBy(() -> read("p max 2 1\n")).withMessageContaining("line 1");
		assertThatIllegalArgumentException().isThrownBy(() -> read("a 1 2 0 1 1\n"))
			.withMessageContaining("before the 'p min' line");
		assertThatIllegalArgumentException().isThrownBy(() -> read("p min 2 2\na 1 2 0 1 x\n"))
			.withMessageContaining("a number expected");
		assertThatIllegalArgumentException().isThrownBy(() -> read("p min 2 2\na 1 2 0 1 1\n"))
			.withMessageContaining("declares 2 arcs, the file has 1");
	}

	@Test
	void commandPrintsOneLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("two-paths.min");
		Files.writeString(file, TWO_PATHS);
		PrintStream original = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			DimacsMinCostFlow.main(new String[] { file.toString() });
		}
		finally {
			System.setOut(original);
		}
		assertThat(out.toString(StandardCharsets.UTF_8)).matches("cost=11 flow=4 millis=\\d+\\R");
	}

	private static MinCostFlow read(String text) throws IOException {
		try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII))) {
			return Dimacs.read(in);
		}
	}

}
