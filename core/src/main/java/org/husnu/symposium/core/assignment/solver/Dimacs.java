package org.husnu.symposium.core.assignment.solver;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the DIMACS minimum-cost flow format, the common currency of min-cost
 * flow codes (LEMON, CS2, OR-Tools' tools), so the solver can be checked against them on
 * the same files: {@code c} comment lines, one {@code p min NODES ARCS} line, {@code n ID
 * SUPPLY} lines (nodes not listed supply 0) and {@code a FROM TO LOW CAP COST} lines;
 * node ids run from 1. The reader parses bytes directly rather than through a
 * {@code Scanner}: a 2.5-million-arc file is read in well under a second.
 */
public final class Dimacs {

	private Dimacs() {
	}

	public static MinCostFlow read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return read(in);
		}
	}

	/**
	 * Reads a problem.
	 * @throws IllegalArgumentException with the line number if the input is not a valid
	 * DIMACS min-cost-flow problem
	 */
	public static MinCostFlow read(InputStream in) throws IOException {
		Tokens tokens = new Tokens(in);
		MinCostFlow problem = null;
		int declaredArcs = 0;
		int nodes = 0;
		int kind;
		while ((kind = tokens.nextLine()) != -1) {
			switch (kind) {
				case 'c', '\n' -> tokens.skipLine();
				case 'p' -> {
					if (problem != null) {
						throw tokens.error("a second problem line");
					}
					if (!"min".equals(tokens.word())) {
						throw tokens.error("the problem line must read 'p min NODES ARCS'");
					}
					nodes = (int) tokens.number();
					declaredArcs = (int) tokens.number();
					if (nodes < 0 || declaredArcs < 0) {
						throw tokens.error("negative node or arc count");
					}
					problem = new MinCostFlow(nodes, declaredArcs);
					tokens.skipLine();
				}
				case 'n' -> {
					requireProblem(problem, tokens);
					int node = node(tokens, nodes);
					problem.setSupply(node, tokens.number());
					tokens.skipLine();
				}
				case 'a' -> {
					requireProblem(problem, tokens);
					int from = node(tokens, nodes);
					int to = node(tokens, nodes);
					long low = tokens.number();
					long cap = tokens.number();
					long cost = tokens.number();
					if (low < 0 || cap < low) {
						throw tokens.error("an arc needs 0 <= low <= cap");
					}
					problem.addArc(from, to, low, cap, cost);
					tokens.skipLine();
				}
				default -> throw tokens.error("unknown line type '" + (char) kind + "'");
			}
		}
		if (problem == null) {
			throw new IllegalArgumentException("No 'p min NODES ARCS' line");
		}
		if (problem.arcCount() != declaredArcs) {
			throw new IllegalArgumentException(
					"The problem line declares " + declaredArcs + " arcs, the file has " + problem.arcCount());
		}
		return problem;
	}

	/**
	 * Writes a problem in the DIMACS format, e.g. to hand the assignment network to
	 * another solver.
	 */
	public static void write(MinCostFlow problem, Writer out) throws IOException {
		BufferedWriter writer = new BufferedWriter(out, 1 << 16);
		writer.write("c written by org.husnu.symposium.core.assignment.solver.Dimacs\n");
		writer.write("p min " + problem.nodeCount() + " " + problem.arcCount() + "\n");
		for (int v = 0; v < problem.nodeCount(); v++) {
			if (problem.supply(v) != 0) {
				writer.write("n " + (v + 1) + " " + problem.supply(v) + "\n");
			}
		}
		StringBuilder line = new StringBuilder(64);
		for (int e = 0; e < problem.arcCount(); e++) {
			line.setLength(0);
			line.append("a ")
				.append(problem.tail(e) + 1)
				.append(' ')
				.append(problem.head(e) + 1)
				.append(' ')
				.append(problem.lower(e))
				.append(' ')
				.append(problem.capacity(e))
				.append(' ')
				.append(problem.cost(e))
				.append('\n');
			writer.append(line);
		}
		writer.flush();
	}

	private static void requireProblem(MinCostFlow problem, Tokens tokens) {
		if (problem == null) {
			throw tokens.error("a node or arc line before the 'p min' line");
		}
	}

	private static int node(Tokens tokens, int nodes) throws IOException {
		long id = tokens.number();
		if (id < 1 || id > nodes) {
			throw tokens.error("node " + id + " is not in 1.." + nodes);
		}
		return (int) id - 1;
	}

	/**
	 * Whitespace-separated tokens of a byte stream, line by line.
	 */
	private static final class Tokens {

		private final InputStream in;

		private final byte[] buffer = new byte[1 << 16];

		private int length;

		private int position;

		private long line;

		private boolean lineConsumed = true;

		Tokens(InputStream in) {
			this.in = in;
		}

		private int peek() throws IOException {
			if (this.position == this.length) {
				this.length = this.in.read(this.buffer);
				this.position = 0;
				if (this.length <= 0) {
					this.length = 0;
					return -1;
				}
			}
			return this.buffer[this.position];
		}

		/**
		 * Moves to the next line and returns its first non-blank character, {@code '\n'}
		 * for a blank line, or -1 at the end.
		 */
		int nextLine() throws IOException {
			this.line++;
			this.lineConsumed = false;
			int c;
			while ((c = peek()) == ' ' || c == '\t' || c == '\r') {
				this.position++;
			}
			if (c == -1) {
				return -1;
			}
			this.position++;
			if (c == '\n') {
				this.lineConsumed = true;
			}
			return c;
		}

		void skipLine() throws IOException {
			if (this.lineConsumed) {
				return;
			}
			int c;
			while ((c = peek()) != -1) {
				this.position++;
				if (c == '\n') {
					break;
				}
			}
			this.lineConsumed = true;
		}

		private int skipBlanks() throws IOException {
			int c;
			while ((c = peek()) == ' ' || c == '\t' || c == '\r') {
				this.position++;
			}
			return c;
		}

		String word() throws IOException {
			int c = skipBlanks();
			StringBuilder word = new StringBuilder();
			while (c != -1 && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
				word.append((char) c);
				this.position++;
				c = peek();
			}
			return word.toString();
		}

		long number() throws IOException {
			int c = skipBlanks();
			boolean negative = false;
			if (c == '-' || c == '+') {
				negative = c == '-';
				this.position++;
				c = peek();
			}
			if (c < '0' || c > '9') {
				throw error("a number expected");
			}
			long value = 0;
			while (c >= '0' && c <= '9') {
				value = Math.addExact(Math.multiplyExact(value, 10), c - '0');
				this.position++;
				c = peek();
			}
			if (c != -1 && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
				throw error("a number expected");
			}
			return negative ? -value : value;
		}

		IllegalArgumentException error(String what) {
			return new IllegalArgumentException("DIMACS line " + this.line + ": " + what);
		}

	}

}
