package org.husnu.symposium.submission.abstracts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
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
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;

/**
 * What an abstract keeps in the store, over HTTP: a PDF version is added only to an
 * abstract that still takes one, a stored version is never lost to a failure after it, a
 * preview is remembered only when it really cannot be drawn, and every account stays
 * within its quotas.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "symposium.submission.quota.max-drafts=2", "symposium.submission.quota.max-abstracts=3",
				"symposium.submission.quota.max-stored-bytes=3KB" })
@Import({ EmbeddedStoreTestConfiguration.class, AbstractStorageIntegrationTests.Clocks.class })
class AbstractStorageIntegrationTests {

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

	@MockitoSpyBean
	PdfStore pdfStore;

	@MockitoSpyBean
	AbstractMails mails;

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
	}

	@Test
	void anUploadRacingAWithdrawalAddsNoVersionToTheWithdrawnAbstract() {
		WebSession author = this.logins.loggedIn("racing@hokudai.ac.jp");
		String id = draft(author, "racing@hokudai.ac.jp");
		UUID abstractId = UUID.fromString(id);
		// the withdrawal lands while the upload stores its file
		willAnswer((invocation) -> {
			AbstractSubmission loaded = this.mongo.findById(abstractId, AbstractSubmission.class);
			this.mongo.save(loaded.apply(AbstractAction.WITHDRAW, this.clock.instant()));
			return invocation.callRealMethod();
		}).given(this.pdfStore).storePdf(any(), eq(abstractId), any(), any());

		HttpResponse<String> upload = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
				TestPdfs.a4WithText("An abstract uploaded while it is withdrawn."));

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(409);
		assertThat(body(upload).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:conflict");
		assertThat(body(upload).get("detail").asString()).contains("withdrawn");
		AbstractSubmission stored = this.mongo.findById(abstractId, AbstractSubmission.class);
		assertThat(stored.status()).isEqualTo(AbstractStatus.WITHDRAWN);
		assertThat(stored.pdfVersions()).isEmpty();
		assertThat(storedFiles(id)).as("the file of the refused upload is removed").isZero();
	}

	@Test
	void aFailureAfterANewVersionIsSavedKeepsItsFile() {
		WebSession author = this.logins.loggedIn("receipt@hokudai.ac.jp");
		String id = draft(author, "receipt@hokudai.ac.jp");
		assertThat(upload(author, id, TestPdfs.a4WithText("The first version.")).statusCode()).isEqualTo(201);
		assertThat(author.post(url("/api/abstracts/" + id + "/submit")).statusCode()).isEqualTo(200);
		willThrow(new IllegalStateException("the outbox is unreachable")).given(this.mails)
			.receipt(any(), any(), anyBoolean());
		byte[] second = TestPdfs.a4WithText("The second version, whose receipt cannot be written.");

		HttpResponse<String> uploaded = upload(author, id, second);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		assertThat(body(uploaded).get("version").asInt()).isEqualTo(2);
		HttpResponse<byte[]> download = author.getBytes(url("/api/abstracts/" + id + "/pdf"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(second);
		assertThat(storedFiles(id)).isEqualTo(2);
		HttpResponse<String> again = upload(author, id, second);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(body(again).get("newVersion").asBoolean()).isFalse();
	}

	@Test
	void aPreviewThatTimedOutIsRenderedAgainNextTime() {
		WebSession author = this.logins.loggedIn("preview@hokudai.ac.jp");
		String id = draft(author, "preview@hokudai.ac.jp");
		assertThat(upload(author, id, TestPdfs.a4WithText("An abstract with a preview.")).statusCode()).isEqualTo(201);
		// the first render meets a busy moment and runs out of time
		willAnswer((invocation) -> new PdfReport(List.of(PdfFinding.of(PdfCheckCode.TOO_COMPLEX, 8)), null, 1000, 0, 0,
				"", null))
			.willCallRealMethod()
			.given(this.inspector)
			.inspect(any(), any(), argThat((options) -> options != null && options.renderPreview()));

		HttpResponse<byte[]> first = author.getBytes(url("/api/abstracts/" + id + "/pdf/preview"));
		HttpResponse<byte[]> second = author.getBytes(url("/api/abstracts/" + id + "/pdf/preview"));

		assertThat(first.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
		assertThat(second.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(second.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		assertThat(this.mongo.count(
				Query.query(Criteria.where("metadata.abstractId").is(id).and("metadata.kind").is("preview")),
				"pdfs.files"))
			.as("the rendered preview is kept")
			.isEqualTo(1);
	}

	@Test
	void anAccountKeepsWithinItsQuotasOfDraftsAbstractsAndStoredBytes() {
		WebSession author = this.logins.loggedIn("quota@hokudai.ac.jp");
		String first = draft(author, "quota@hokudai.ac.jp");
		draft(author, "quota@hokudai.ac.jp");

		HttpResponse<String> third = author.postJson(url("/api/abstracts"),
				AbstractJourneyIntegrationTests.draftJson("One draft too many", "quota@hokudai.ac.jp"));
		assertThat(third.statusCode()).as(third.body()).isEqualTo(422);
		JsonNode drafts = body(third);
		assertThat(drafts.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:quota-exceeded");
		assertThat(drafts.get("code").asString()).isEqualTo("abstract.quota.drafts");
		assertThat(drafts.get("limit").asInt()).isEqualTo(2);
		assertThat(drafts.get("detail").asString()).contains("2 drafts", "submit or withdraw");

		assertThat(author.post(url("/api/abstracts/" + first + "/withdraw")).statusCode()).isEqualTo(200);
		String replacement = draft(author, "quota@hokudai.ac.jp");
		HttpResponse<String> fourth = author.postJson(url("/api/abstracts"),
				AbstractJourneyIntegrationTests.draftJson("Withdrawn ones count", "quota@hokudai.ac.jp"));
		assertThat(fourth.statusCode()).isEqualTo(422);
		assertThat(body(fourth).get("code").asString()).isEqualTo("abstract.quota.abstracts");

		byte[] pdf = TestPdfs.a4WithText("A short abstract of a few kilobytes.");
		assertThat(pdf.length).isLessThan(3 * 1024).isGreaterThan(500);
		int accepted = 0;
		HttpResponse<String> last;
		do {
			last = upload(author, replacement, TestPdfs.a4WithText("Version " + accepted + " of a short abstract."));
			if (last.statusCode() == 201) {
				accepted++;
			}
		}
		while (last.statusCode() == 201 && accepted < 10);
		assertThat(accepted).isPositive().isLessThan(10);
		assertThat(last.statusCode()).as(last.body()).isEqualTo(413);
		JsonNode bytes = body(last);
		assertThat(bytes.get("type").asString()).isEqualTo("urn:husnu-symposium:problem:quota-exceeded");
		assertThat(bytes.get("code").asString()).isEqualTo("abstract.quota.bytes");
		assertThat(bytes.get("detail").asString()).contains("MB", "write to the chairs");
		assertThat(storedFiles(replacement)).as("nothing stored for the refused file").isEqualTo(accepted);
	}

	private HttpResponse<String> upload(WebSession author, String id, byte[] pdf) {
		return author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf", pdf);
	}

	private String draft(WebSession author, String email) {
		HttpResponse<String> created = author.postJson(url("/api/abstracts"),
				AbstractJourneyIntegrationTests.draftJson("Stored", email));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("id").asString();
	}

	private long storedFiles(String abstractId) {
		return this.mongo.count(
				Query.query(Criteria.where("metadata.abstractId").is(abstractId).and("metadata.kind").is("pdf")),
				"pdfs.files");
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
		MutableClock storageTestClock() {
			return new MutableClock(START);
		}

	}

}
