package org.husnu.symposium.submission.abstracts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairs' exports as scripts fetch them: over a personal API token, complete, and
 * safe to open in a spreadsheet whichever file of the export the CSV is in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=chair@hokudai.ac.jp")
@Import({ EmbeddedStoreTestConfiguration.class, AbstractJourneyIntegrationTests.Clocks.class })
@ExtendWith(OutputCaptureExtension.class)
class ExportIntegrationTests {

	private static final String FORMULA_TITLE = "=HYPERLINK(\\\"http://evil.example\\\",\\\"open\\\")";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	LoginTokenService tokens;

	String base;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.clock.set(AbstractJourneyIntegrationTests.START);
		this.mongo.remove(new Query(), "rate_limits");
	}

	@Test
	void aScriptWithAnApiTokenDownloadsTheWholeZipAndTheServiceLogsNoError(CapturedOutput output)
			throws IOException, InterruptedException {
		WebSession author = this.logins.loggedIn("zip.author@snu.ac.kr");
		byte[] pdf = TestPdfs.a4WithText("Perioperative biosignals and anaesthesia depth.");
		String number = submitted(author, AbstractJourneyIntegrationTests.draftJson("Zip", "zip.author@snu.ac.kr"),
				pdf);
		String token = apiToken(this.logins.loggedIn("chair@hokudai.ac.jp"));
		HttpClient script = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		int logged = output.getAll().length();

		HttpResponse<byte[]> zip = script.send(bearer("/api/abstracts/pdfs.zip", token),
				HttpResponse.BodyHandlers.ofByteArray());
		HttpResponse<String> next = script.send(bearer("/api/abstracts/summary", token),
				HttpResponse.BodyHandlers.ofString());

		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		Map<String, byte[]> entries = unzip(zip.body());
		assertThat(entries.get(number + ".pdf")).isEqualTo(pdf);
		assertThat(new String(entries.get("index.csv"), StandardCharsets.UTF_8)).contains(number,
				AbstractJourneyIntegrationTests.sha256(pdf));
		assertThat(next.statusCode()).as("the connection serves the next request").isEqualTo(200);
		assertThat(output.getAll().substring(logged)).doesNotContain(" ERROR ")
			.doesNotContain("Exception")
			.doesNotContain("committed");
	}

	@Test
	void theZipsIndexEscapesFormulasLikeTheCsvExport() throws IOException {
		WebSession author = this.logins.loggedIn("formula.author@hokudai.ac.jp");
		String draft = AbstractJourneyIntegrationTests.draftJson(FORMULA_TITLE, "formula.author@hokudai.ac.jp")
			.replaceFirst("\"name\":\"Presenter [0-9]+\"", "\"name\":\"+cmd|' /C calc'!A0\"");
		String number = submitted(author, draft, TestPdfs.a4WithText("Genome medicine at Hokkaido."));
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");

		HttpResponse<byte[]> zip = chair.getBytes(url("/api/abstracts/pdfs.zip"));
		String index = new String(unzip(zip.body()).get("index.csv"), StandardCharsets.UTF_8);
		String csv = chair.get(url("/api/abstracts/export.csv")).body();

		for (String export : new String[] { index, csv }) {
			assertThat(export).startsWith("\uFEFF")
				.contains("'=HYPERLINK(")
				.contains("'+cmd|")
				.doesNotContain(",=HYPERLINK(")
				.doesNotContain("\"=HYPERLINK(")
				.doesNotContain(",+cmd")
				.doesNotContain("\"+cmd");
		}
		assertThat(index).contains(number + ".pdf," + number);
	}

	private String submitted(WebSession session, String draft, byte[] pdf) {
		HttpResponse<String> created = session.postJson(url("/api/abstracts"), draft);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = body(created).get("id").asString();
		assertThat(session.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf", pdf).statusCode())
			.isEqualTo(201);
		assertThat(session.post(url("/api/abstracts/" + id + "/submit")).statusCode()).isEqualTo(200);
		return body(created).get("number").asString();
	}

	private String apiToken(WebSession session) {
		HttpResponse<String> created = session.postJson(url("/api/me/tokens"), "{\"name\":\"exports\"}");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("token").asString();
	}

	private HttpRequest bearer(String path, String token) {
		return HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).build();
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	private String url(String path) {
		return this.base + path;
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
