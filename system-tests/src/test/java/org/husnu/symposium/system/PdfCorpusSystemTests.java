package org.husnu.symposium.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every file of the PDF corpus (real-world broken, encrypted, odd and hostile PDFs from
 * qpdf, PDFBox, pypdf and the PDF Association's SafeDocs) posted to the packaged
 * submission-service's {@code /api/pdf-check}, one after the other, on the heap the
 * system tests give it: each must be answered within 10 s (a robustness bound, not a
 * performance target) with 200 or a 4xx problem, never a 5xx, files PDFBox needs a
 * password for must be {@code encrypted}, and the service must still be UP afterwards.
 * <p>
 * The corpus lives beside the checkout ({@code symposium.corpus.pdf}, by default
 * {@code ../shared/corpus/pdf}); without it the test is skipped.
 */
class PdfCorpusSystemTests {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private static RunningSystem system;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void start() {
		if (Files.isDirectory(corpus())) {
			// one account posts the whole corpus, one file after the other: lift its
			// per-account window (docs/pdf-checks.md), not the limits of the checks
			system = RunningSystem.start("--symposium.submission.pdf.account-checks-per-window=1000000");
		}
	}

	@AfterAll
	static void stop() {
		if (system != null) {
			system.close();
		}
	}

	@Test
	void everyCorpusFileIsAnsweredQuicklyWithAReportOrAProblemAndTheServiceStaysUp() throws IOException {
		if (system == null) {
			// visible in the build log, not only in the report
			System.out.println("PdfCorpusSystemTests SKIPPED: no PDF corpus at " + corpus()
					+ "; pass -Dcorpus.pdf=<dir> to run the corpus sweep");
		}
		assumeTrue(system != null,
				"No PDF corpus at " + corpus() + "; pass -Dcorpus.pdf=<dir> to run the corpus sweep");
		WebSession author = new WebSession();
		assertThat(author
			.postJsonWithoutCsrf(system.submission("/api/auth/login-link"), "{\"email\":\"corpus@hokudai.ac.jp\"}")
			.statusCode()).isEqualTo(202);
		assertThat(author.redeem(new Mailbox(system.submission("")).loginLink("corpus@hokudai.ac.jp")).statusCode())
			.isEqualTo(302);
		author.get(system.submission("/"));

		Map<String, String> plainLoad = manifest();
		List<Path> files;
		try (Stream<Path> listing = Files.list(corpus())) {
			files = listing.filter((file) -> !file.getFileName().toString().equals("MANIFEST.tsv")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		List<Row> rows = new ArrayList<>();
		for (Path file : files) {
			byte[] content = Files.readAllBytes(file);
			long start = System.nanoTime();
			HttpResponse<String> response = author.postFile(system.submission("/api/pdf-check"), "file",
					file.getFileName().toString(), content);
			long millis = (System.nanoTime() - start) / 1_000_000;
			rows.add(new Row(file.getFileName().toString(), response.statusCode(), codes(response), millis));
		}
		String table = table(rows);
		System.out.println(table);
		Path out = Path.of("target", "pdf-corpus-sweep.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);

		for (Row row : rows) {
			assertThat(row.status()).as("%s answered %s", row.file(), row.status())
				.isIn(200, 413, 415, 422)
				.isNotEqualTo(503);
			assertThat(Duration.ofMillis(row.millis())).as("%s took %d ms", row.file(), row.millis())
				.isLessThanOrEqualTo(BOUND);
			if ("PASSWORD".equals(plainLoad.get(row.file()))) {
				assertThat(row.codes()).as(row.file()).contains("encrypted");
			}
		}
		assertThat(health()).contains("\"UP\"");
	}

	private List<String> codes(HttpResponse<String> response) {
		JsonNode body = this.json.readTree(response.body());
		JsonNode checks = body.get("checks");
		List<String> codes = new ArrayList<>();
		if (checks != null) {
			checks.forEach((check) -> codes.add(check.get("code").asString()));
		}
		return codes;
	}

	private static String table(List<Row> rows) {
		StringBuilder table = new StringBuilder("| file | status | codes | ms |\n|---|---|---|---|\n");
		Map<String, Integer> perCode = new TreeMap<>();
		Row slowest = rows.get(0);
		for (Row row : rows) {
			table.append("| ")
				.append(row.file())
				.append(" | ")
				.append(row.status())
				.append(" | ")
				.append(row.codes().isEmpty() ? "—" : String.join(", ", row.codes()))
				.append(" | ")
				.append(row.millis())
				.append(" |\n");
			(row.codes().isEmpty() ? List.of("(accepted, no findings)") : row.codes())
				.forEach((code) -> perCode.merge(code, 1, Integer::sum));
			if (row.millis() > slowest.millis()) {
				slowest = row;
			}
		}
		table.append("\n| code | files |\n|---|---|\n");
		perCode.forEach((code, count) -> table.append("| ").append(code).append(" | ").append(count).append(" |\n"));
		table.append("\n")
			.append(rows.size())
			.append(" files; slowest ")
			.append(slowest.file())
			.append(" (")
			.append(slowest.millis())
			.append(" ms)\n");
		return table.toString();
	}

	private static Map<String, String> manifest() throws IOException {
		Map<String, String> plainLoad = new HashMap<>();
		Path manifest = corpus().resolve("MANIFEST.tsv");
		if (Files.exists(manifest)) {
			for (String line : Files.readAllLines(manifest)) {
				String[] columns = line.split("\t");
				if (columns.length >= 6) {
					plainLoad.put(columns[0], columns[5]);
				}
			}
		}
		return plainLoad;
	}

	private static String health() {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(system.submission("/actuator/health")))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString())
				.body();
		}
		catch (IOException ex) {
			return ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex.toString();
		}
	}

	private static Path corpus() {
		String root = System.getProperty("symposium.root", "..");
		return Path.of(System.getProperty("symposium.corpus.pdf", root + "/../shared/corpus/pdf"))
			.toAbsolutePath()
			.normalize();
	}

	private record Row(String file, int status, List<String> codes, long millis) {
	}

}
