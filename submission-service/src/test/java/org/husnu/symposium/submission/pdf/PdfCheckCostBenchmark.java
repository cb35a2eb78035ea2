package org.husnu.symposium.submission.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.test.TestPdfs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What a full PDF check costs next to poppler's {@code pdftohtml -xml -i -stdout} on the
 * same files in the same run: the inspector in process (warmed up, every check including
 * text extraction, no preview) against poppler as a process (its start-up included, which
 * is what a service shelling out to poppler would pay). Not part of the normal build
 * (surefire runs {@code *Tests}); run it with
 * {@code ./mvnw -B -o -pl submission-service -am verify -Pbench -Dtest=PdfCheckCostBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code target/bench/pdf-check-cost.md}; asserts nothing about speed.
 */
class PdfCheckCostBenchmark {

	private static final int RUNS = 5;

	@Test
	void checkCostNextToPoppler() throws Exception {
		assumeTrue(Boolean.getBoolean("symposium.bench"), "benchmarks run with -Pbench");
		Path corpus = Path.of(System.getProperty("symposium.corpus.pdf", "../../shared/corpus/pdf"));
		assumeTrue(Files.isDirectory(corpus), "no corpus at " + corpus.toAbsolutePath());
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftohtml")), "poppler-utils (pdftohtml) not installed");
		List<Path> files;
		try (Stream<Path> listing = Files.list(corpus)) {
			files = listing.filter((file) -> !file.getFileName().toString().equals("MANIFEST.tsv")).sorted().toList();
		}
		PdfInspector inspector = new PdfInspector(PdfCheckProperties.defaults());
		PdfCheckOptions options = new PdfCheckOptions(SubmissionLimits.defaults(), false, List.of(), false);
		try {
			for (int warmUp = 0; warmUp < 3; warmUp++) {
				for (Path file : files) {
					inspector.inspect(file, null, options);
				}
			}
			// poppler's fixed cost per file: a process on a trivial one-page PDF
			Path trivial = Files.createTempFile("trivial-", ".pdf");
			Files.write(trivial, TestPdfs.a4WithText("x"));
			double[] startUps = new double[RUNS * 3];
			for (int run = 0; run < startUps.length; run++) {
				long start = System.nanoTime();
				pdftohtml(trivial);
				startUps[run] = (System.nanoTime() - start) / 1e6;
			}
			Files.delete(trivial);
			double startUp = median(startUps);
			List<Row> rows = new ArrayList<>();
			for (Path file : files) {
				double[] ours = new double[RUNS];
				double[] poppler = new double[RUNS];
				boolean accepted = false;
				for (int run = 0; run < RUNS; run++) {
					long start = System.nanoTime();
					accepted = inspector.inspect(file, null, options).accepted();
					ours[run] = (System.nanoTime() - start) / 1e6;
					start = System.nanoTime();
					pdftohtml(file);
					poppler[run] = (System.nanoTime() - start) / 1e6;
				}
				rows.add(new Row(file.getFileName().toString(), median(ours), median(poppler), accepted));
			}
			String report = report(rows, startUp);
			System.out.println(report);
			Path out = Path.of("target", "bench", "pdf-check-cost.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
			assertThat(rows).hasSameSizeAs(files);
		}
		finally {
			inspector.destroy();
		}
	}

	private static void pdftohtml(Path file) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftohtml", "-xml", "-i", "-stdout", file.toString())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
	}

	private static String report(List<Row> rows, double startUp) {
		StringBuilder table = new StringBuilder();
		table.append(String.format(Locale.ROOT,
				"PDF check cost, %d files, median of %d runs per file (ms); pdftohtml start-up on a trivial "
						+ "one-page PDF: %.2f ms%n%n| files | | PdfInspector (in process) | pdftohtml (process) | ratio "
						+ "| pdftohtml minus its start-up | ratio |%n|---|---|---|---|---|---|---|%n",
				rows.size(), RUNS, startUp));
		summary(table, "all " + rows.size(), rows, startUp);
		List<Row> accepted = rows.stream().filter(Row::accepted).toList();
		summary(table, accepted.size() + " accepted (fully checked)", accepted, startUp);
		table.append("\n| file | accepted | PdfInspector ms | pdftohtml ms | ratio |\n|---|---|---|---|---|\n");
		for (Row row : rows) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f× |%n", row.file(),
					row.accepted() ? "yes" : "no", row.ours(), row.poppler(), row.ours() / row.poppler()));
		}
		return table.toString();
	}

	private static void summary(StringBuilder table, String label, List<Row> rows, double startUp) {
		if (rows.isEmpty()) {
			return;
		}
		double[] ours = rows.stream().mapToDouble(Row::ours).toArray();
		double[] poppler = rows.stream().mapToDouble(Row::poppler).toArray();
		double[] net = rows.stream().mapToDouble((row) -> Math.max(0.01, row.poppler() - startUp)).toArray();
		table.append(String.format(Locale.ROOT,
				"| %s | median | %.2f | %.2f | %.2f× | %.2f | %.2f× |%n| | p95 | %.2f | %.2f | %.2f× | %.2f | %.2f× |%n",
				label, median(ours), median(poppler), median(ours) / median(poppler), median(net),
				median(ours) / median(net), p95(ours), p95(poppler), p95(ours) / p95(poppler), p95(net),
				p95(ours) / p95(net)));
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static double p95(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
	}

	private record Row(String file, double ours, double poppler, boolean accepted) {
	}

}
