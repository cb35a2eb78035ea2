package org.husnu.symposium.submission.abstracts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.submission.pdf.PdfCheckCode;
import org.husnu.symposium.submission.pdf.PdfFinding;
import org.husnu.symposium.submission.pdf.PdfInspector;
import org.husnu.symposium.submission.pdf.PdfReport;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.TestPdfs;
import org.husnu.symposium.test.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doReturn;

/**
 * Blind review over HTTP: what reviewers see of an abstract (never who wrote it, nor the
 * name of the file its author uploaded, nor a PDF version checked against other authors),
 * and that the check for author names runs again whenever the authors change and fails
 * closed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=blind.chair@hokudai.ac.jp")
@Import({ EmbeddedStoreTestConfiguration.class, BlindReviewIntegrationTests.Clocks.class })
class BlindReviewIntegrationTests {

	static final Instant START = Instant.parse("2027-01-20T00:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	AccountDirectory accounts;

	@MockitoSpyBean
	PdfInspector inspector;

	String base;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.base = "http://127.0.0.1:" + this.port;
		this.logins = new Logins(this.tokens, this.base);
		this.clock.set(START);
		this.mongo.remove(new Query(), "rate_limits");
		setBlindReview(true);
	}

	@AfterEach
	void tearDown() {
		setBlindReview(false);
	}

	@Test
	void reviewersSeeNeitherTheUploadedFileNameInJsonNorOnThePage() {
		WebSession author = this.logins.loggedIn("filename@hokudai.ac.jp");
		String id = submitted(author, "filename@hokudai.ac.jp", "sato-aiko_hokudai_final.pdf",
				TestPdfs.a4WithText("An anonymous abstract about sepsis prediction."));
		WebSession reviewer = assignedReviewer("filename.reviewer@snu.ac.kr", id);

		JsonNode seen = body(reviewer.getJson(url("/api/abstracts/" + id)));
		assertThat(seen.get("pdf").get("version").asInt()).isEqualTo(1);
		assertThat(seen.get("pdf").get("fileName").isNull()).isTrue();
		assertThat(seen.toString()).doesNotContain("sato-aiko");
		HttpResponse<String> page = reviewer.get(url("/abstracts/" + id));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("pdf-version").doesNotContain("sato-aiko").doesNotContain("pdf-file-name");

		assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("pdf").get("fileName").asString())
			.isEqualTo("sato-aiko_hokudai_final.pdf");
		assertThat(author.get(url("/abstracts/" + id)).body()).contains("sato-aiko_hokudai_final.pdf");
		WebSession chair = this.logins.loggedIn("blind.chair@hokudai.ac.jp");
		assertThat(body(chair.getJson(url("/api/abstracts/" + id))).get("pdf").get("fileName").asString())
			.isEqualTo("sato-aiko_hokudai_final.pdf");
	}

	@Test
	void changingTheAuthorsAfterSubmissionChecksTheCurrentPdfAgain() {
		WebSession author = this.logins.loggedIn("renamed@hokudai.ac.jp");
		String id = submitted(author, "renamed@hokudai.ac.jp", "a.pdf",
				TestPdfs.a4WithText("An anonymous abstract on sepsis, with thanks to Tanaka Hanako for the data."));
		long version = body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong();

		HttpResponse<String> added = author.putJson(url("/api/abstracts/" + id), AbstractJourneyIntegrationTests
			.withVersion(withCoAuthor("renamed@hokudai.ac.jp", "Hanako Tanaka", "tanaka@hokudai.ac.jp"), version));

		assertThat(added.statusCode()).as(added.body()).isEqualTo(422);
		JsonNode problem = body(added);
		assertThat(problem.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:pdf-rejected");
		assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("author-name");
		assertThat(problem.get("errors").get(0).get("message").asString()).contains("Hanako Tanaka");
		AbstractSubmission stored = this.mongo.findById(UUID.fromString(id), AbstractSubmission.class);
		assertThat(stored.authors()).hasSize(1);
		assertThat(
				author
					.putJson(url("/api/abstracts/" + id),
							AbstractJourneyIntegrationTests.withVersion(
									withCoAuthor("renamed@hokudai.ac.jp", "Jiwoo Han", "jiwoo@snu.ac.kr"), version))
					.statusCode())
			.as("an author the PDF does not name")
			.isEqualTo(200);
	}

	@Test
	void reviewersGetTheCurrentPdfVersionOnly() {
		WebSession author = this.logins.loggedIn("versions@hokudai.ac.jp");
		String id = submitted(author, "versions@hokudai.ac.jp", "a.pdf",
				TestPdfs.a4WithText("The first anonymous version of the abstract."));
		byte[] second = TestPdfs.a4WithText("The second anonymous version of the abstract.");
		assertThat(author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "b.pdf", second).statusCode())
			.isEqualTo(201);
		WebSession reviewer = assignedReviewer("versions.reviewer@snu.ac.kr", id);

		HttpResponse<String> earlier = reviewer.getJson(url("/api/abstracts/" + id + "/pdf?version=1"));
		assertThat(earlier.statusCode()).isEqualTo(404);
		assertThat(body(earlier).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:not-found");
		assertThat(reviewer.getBytes(url("/api/abstracts/" + id + "/pdf")).body()).isEqualTo(second);
		assertThat(reviewer.getBytes(url("/api/abstracts/" + id + "/pdf?version=2")).body()).isEqualTo(second);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf?version=1")).statusCode()).isEqualTo(200);
	}

	@Test
	void aRecheckThatCannotFinishRefusesTheSubmission() {
		WebSession author = this.logins.loggedIn("timeout@hokudai.ac.jp");
		String id = draft(author, "timeout@hokudai.ac.jp");
		assertThat(author
			.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
					TestPdfs.a4WithText("An anonymous abstract about delirium."))
			.statusCode()).isEqualTo(201);
		// the parse of the re-check runs out of time, as it may under load
		doReturn(new PdfReport(List.of(PdfFinding.of(PdfCheckCode.TOO_COMPLEX, 8)), null, 1000, 0, 0, "", null))
			.when(this.inspector)
			.inspect(any(), any(), argThat((options) -> options != null && options.blindMode()));

		HttpResponse<String> submitted = author.post(url("/api/abstracts/" + id + "/submit"));

		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(503);
		assertThat(submitted.headers().firstValue("Retry-After")).isPresent();
		assertThat(body(submitted).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:busy");
		assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("status").asString()).isEqualTo("DRAFT");
	}

	private String submitted(WebSession author, String email, String fileName, byte[] pdf) {
		String id = draft(author, email);
		HttpResponse<String> uploaded = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", fileName, pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		HttpResponse<String> submitted = author.post(url("/api/abstracts/" + id + "/submit"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		return id;
	}

	private String draft(WebSession author, String email) {
		HttpResponse<String> created = author.postJson(url("/api/abstracts"),
				AbstractJourneyIntegrationTests.draftJson("Blind", email));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("id").asString();
	}

	private static String withCoAuthor(String presenter, String name, String email) {
		return AbstractJourneyIntegrationTests.draftJson("Blind", presenter)
			.replace("\"presenting\":true}", "\"presenting\":true},{\"name\":\"" + name
					+ "\",\"institution\":\"HU\",\"email\":\"" + email + "\",\"presenting\":false}");
	}

	private WebSession assignedReviewer(String email, String abstractId) {
		WebSession reviewer = this.logins.loggedIn(email);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo.save(account.grant(Role.REVIEWER));
		this.mongo.insert(Assignment.of(account.id(), UUID.fromString(abstractId), AssignmentSource.MANUAL,
				this.clock.instant()));
		return reviewer;
	}

	private void setBlindReview(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")), new Update().set("blindReview", blind),
				"event_settings");
	}

	private String url(String path) {
		return this.base + path;
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock blindReviewTestClock() {
			return new MutableClock(START);
		}

	}

}
