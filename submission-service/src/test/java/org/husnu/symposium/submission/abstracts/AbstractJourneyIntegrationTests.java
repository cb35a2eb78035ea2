package org.husnu.symposium.submission.abstracts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.login.LoginTokenService;
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
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 2 over HTTP against the embedded store, with a clock the tests move across the
 * deadline (2027-01-31 23:59 JST, one hour of grace): authors create, upload, submit, get
 * the receipt, edit until the deadline and withdraw; nobody reads what is not theirs;
 * chairs see, count and export everything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "symposium.bootstrap.chairs=chair@hokudai.ac.jp",
				// concurrentUploads… races four uploads of one account on purpose
				"symposium.submission.pdf.account-checks-in-flight=4" })
@Import({ EmbeddedStoreTestConfiguration.class, AbstractJourneyIntegrationTests.Clocks.class })
class AbstractJourneyIntegrationTests {

	static final Instant START = Instant.parse("2027-01-20T00:00:00Z");

	/** 2027-01-31 23:59 JST. */
	static final Instant DEADLINE = Instant.parse("2027-01-31T14:59:00Z");

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

	@Autowired
	PdfStore pdfStore;

	@Autowired
	PdfHousekeeping housekeeping;

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
	void anAuthorCreatesUploadsSubmitsGetsTheReceiptEditsUntilTheDeadlineAndWithdraws() {
		WebSession author = this.logins.loggedIn("aiko.sato@med.hokudai.ac.jp");
		HttpResponse<String> created = author.postJson(url("/api/abstracts"),
				draftJson("Anesthesia depth from EEG", "aiko.sato@med.hokudai.ac.jp", "minjun.kim@snu.ac.kr"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode draft = body(created);
		String id = draft.get("id").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/abstracts/" + id);
		assertThat(draft.get("number").asString()).matches("A-\\d{3}");
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("version").asLong()).isZero();
		assertThat(draft.get("permissions").get("submit").asBoolean()).isTrue();

		HttpResponse<String> early = author.post(url("/api/abstracts/" + id + "/submit"));
		assertThat(early.statusCode()).isEqualTo(422);
		assertThat(body(early).get("code").asString()).isEqualTo("abstract.pdf.missing");

		byte[] pdf = TestPdfs.a4WithText("Anesthesia depth estimated from frontal EEG with a small network.");
		HttpResponse<String> uploaded = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "eeg.pdf", pdf);
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		JsonNode report = body(uploaded);
		assertThat(report.get("newVersion").asBoolean()).isTrue();
		assertThat(report.get("version").asInt()).isEqualTo(1);
		assertThat(report.get("sha256").asString()).isEqualTo(sha256(pdf));
		assertThat(report.get("pages").asInt()).isEqualTo(1);
		assertThat(report.get("words").asInt()).isGreaterThan(5);

		HttpResponse<String> again = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "copy.pdf", pdf);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(body(again).get("newVersion").asBoolean()).isFalse();
		assertThat(storedFiles(id)).as("the same bytes twice are one version").isEqualTo(1);

		HttpResponse<String> submitted = author.post(url("/api/abstracts/" + id + "/submit"));
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
		assertThat(body(submitted).get("status").asString()).isEqualTo("SUBMITTED");
		OutboxMail receipt = mailFor("aiko.sato@med.hokudai.ac.jp", "receipt");
		assertThat(receipt.text()).contains(draft.get("number").asString(), "Anesthesia depth from EEG", sha256(pdf),
				"2027-01-20 09:00:00 (Asia/Tokyo)");
		assertThat(receipt.subject()).contains(draft.get("number").asString());

		HttpResponse<byte[]> download = author.getBytes(url("/api/abstracts/" + id + "/pdf"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("attachment")
				.contains(draft.get("number").asString() + ".pdf"));
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
		HttpResponse<byte[]> preview = author.getBytes(url("/api/abstracts/" + id + "/pdf/preview"));
		assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(preview.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
		assertThat(storedFiles(id)).as("the preview is rendered once and kept").isEqualTo(2);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf/preview")).body()).isEqualTo(preview.body());
		assertThat(storedFiles(id)).isEqualTo(2);

		// edits before the deadline, and within its grace
		long version = body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong();
		this.clock.set(DEADLINE.plus(Duration.ofMinutes(30)));
		HttpResponse<String> edited = author.putJson(url("/api/abstracts/" + id), withVersion(
				draftJson("Anesthesia depth from frontal EEG", "aiko.sato@med.hokudai.ac.jp", "minjun.kim@snu.ac.kr"),
				version));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(body(edited).get("title").asString()).isEqualTo("Anesthesia depth from frontal EEG");
		assertThat(body(edited).get("status").asString()).isEqualTo("SUBMITTED");

		HttpResponse<String> stale = author.putJson(url("/api/abstracts/" + id),
				withVersion(draftJson("Lost update", "aiko.sato@med.hokudai.ac.jp"), version));
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(body(stale).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:conflict");
		assertThat(body(stale).get("detail").asString()).contains("since you loaded version " + version)
			.contains("Reload");

		// after the deadline and its grace: readable, not changeable
		this.clock.set(DEADLINE.plus(Duration.ofMinutes(61)));
		long current = body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong();
		HttpResponse<String> late = author.putJson(url("/api/abstracts/" + id),
				withVersion(draftJson("Too late", "aiko.sato@med.hokudai.ac.jp"), current));
		assertThat(late.statusCode()).isEqualTo(403);
		assertThat(body(late).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:deadline-passed");
		assertThat(body(late).get("detail").asString()).contains("2027-01-31 23:59 Asia/Tokyo");
		HttpResponse<String> lateUpload = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "v2.pdf",
				TestPdfs.a4WithText("A second version that arrives too late."));
		assertThat(lateUpload.statusCode()).isEqualTo(403);
		HttpResponse<String> lateDraft = author.postJson(url("/api/abstracts"),
				draftJson("A new draft too late", "aiko.sato@med.hokudai.ac.jp"));
		assertThat(lateDraft.statusCode()).isEqualTo(403);
		assertThat(body(lateDraft).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:deadline-passed");
		HttpResponse<String> read = author.getJson(url("/api/abstracts/" + id));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(body(read).get("title").asString()).isEqualTo("Anesthesia depth from frontal EEG");
		assertThat(body(read).get("permissions").get("edit").asBoolean()).isFalse();

		// a chair can still fix it
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		HttpResponse<String> fixed = chair.putJson(url("/api/abstracts/" + id),
				withVersion(draftJson("Anesthesia depth from frontal EEG (fixed)", "aiko.sato@med.hokudai.ac.jp",
						"minjun.kim@snu.ac.kr"), current));
		assertThat(fixed.statusCode()).as(fixed.body()).isEqualTo(200);

		// withdrawing stays possible, and is final
		HttpResponse<String> withdrawn = author.post(url("/api/abstracts/" + id + "/withdraw"));
		assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
		assertThat(body(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(mailFor("aiko.sato@med.hokudai.ac.jp", "withdrawn").text()).contains("withdrawn");
		assertThat(author.post(url("/api/abstracts/" + id + "/withdraw")).statusCode()).isEqualTo(422);
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("abstract.created", "abstract.pdf-uploaded", "abstract.submitted", "abstract.updated",
					"abstract.withdrawn");
	}

	@Test
	void noAuthorReadsOrChangesAnotherAuthorsAbstractOrPdf() {
		WebSession owner = this.logins.loggedIn("owner@hokudai.ac.jp");
		WebSession other = this.logins.loggedIn("other@snu.ac.kr");
		List<JsonNode> mine = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			JsonNode created = body(
					owner.postJson(url("/api/abstracts"), draftJson("Owner study " + i, "owner@hokudai.ac.jp")));
			owner.postFile(url("/api/abstracts/" + created.get("id").asString() + "/pdf"), "file", "a.pdf",
					TestPdfs.a4WithText("Owner study number " + i + " on imaging."));
			mine.add(created);
		}
		JsonNode theirs = body(other.postJson(url("/api/abstracts"), draftJson("Other study", "other@snu.ac.kr")));
		int theirNumber = Integer.parseInt(theirs.get("number").asString().substring(2));

		List<String> probes = new ArrayList<>();
		for (JsonNode created : mine) {
			probes.add(created.get("id").asString());
			probes.add(created.get("number").asString());
		}
		for (int n = theirNumber - 4; n <= theirNumber + 1; n++) {
			if (n > 0 && n != theirNumber) {
				probes.add(String.format("A-%03d", n));
			}
		}
		probes.add(UUID.randomUUID().toString());
		for (String probe : probes) {
			assertThat(other.getJson(url("/api/abstracts/" + probe)).statusCode()).as("GET " + probe).isEqualTo(404);
			assertThat(other.getBytes(url("/api/abstracts/" + probe + "/pdf")).statusCode()).as("PDF " + probe)
				.isEqualTo(404);
			assertThat(other.getBytes(url("/api/abstracts/" + probe + "/pdf/preview")).statusCode())
				.as("preview " + probe)
				.isEqualTo(404);
			assertThat(other
				.putJson(url("/api/abstracts/" + probe), withVersion(draftJson("Hijack", "other@snu.ac.kr"), 0))
				.statusCode()).as("PUT " + probe).isEqualTo(404);
			assertThat(other.post(url("/api/abstracts/" + probe + "/submit")).statusCode()).isEqualTo(404);
			assertThat(other.post(url("/api/abstracts/" + probe + "/withdraw")).statusCode()).isEqualTo(404);
			assertThat(
					other.postFile(url("/api/abstracts/" + probe + "/pdf"), "file", "x.pdf", TestPdfs.a4WithText("x"))
						.statusCode())
				.isEqualTo(404);
			assertThat(other.get(url("/abstracts/" + probe)).statusCode()).as("page " + probe).isEqualTo(404);
		}
		JsonNode list = body(other.getJson(url("/api/abstracts")));
		assertThat(list).extracting((node) -> node.get("number").asString())
			.containsExactly(theirs.get("number").asString());
		assertThat(other.getJson(url("/api/abstracts?status=DRAFT")).body()).doesNotContain("Owner study");
		assertThat(this.mongo.findById(UUID.fromString(mine.get(0).get("id").asString()), AbstractSubmission.class)
			.title()).isEqualTo("Owner study 0");
	}

	@Test
	void coAuthorsReadButOnlyTheSubmitterChanges() {
		WebSession submitter = this.logins.loggedIn("lead@hokudai.ac.jp");
		WebSession coAuthor = this.logins.loggedIn("second@snu.ac.kr");
		JsonNode created = body(submitter.postJson(url("/api/abstracts"),
				draftJson("Joint HU-SNU study", "lead@hokudai.ac.jp", "second@snu.ac.kr")));
		String id = created.get("id").asString();
		assertThat(coAuthor.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);
		assertThat(body(coAuthor.getJson(url("/api/abstracts"))).size()).isEqualTo(1);
		HttpResponse<String> change = coAuthor.putJson(url("/api/abstracts/" + id),
				withVersion(draftJson("Changed by co-author", "lead@hokudai.ac.jp", "second@snu.ac.kr"), 0));
		assertThat(change.statusCode()).isEqualTo(403);
		assertThat(body(change).get("detail").asString()).contains("Only the person who submitted");
		assertThat(coAuthor.post(url("/api/abstracts/" + id + "/withdraw")).statusCode()).isEqualTo(403);
	}

	@Test
	void reviewersSeeOnlyAssignedAbstractsWithoutConflict() {
		WebSession author = this.logins.loggedIn("vital@snu.ac.kr");
		JsonNode created = body(author.postJson(url("/api/abstracts"), draftJson("Vital signs", "vital@snu.ac.kr")));
		UUID id = UUID.fromString(created.get("id").asString());
		author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "v.pdf",
				TestPdfs.a4WithText("Vital signs study."));

		WebSession assigned = loggedInAs("assigned@hokudai.ac.jp", Role.REVIEWER);
		WebSession conflicted = loggedInAs("conflicted@hokudai.ac.jp", Role.REVIEWER);
		WebSession unassigned = loggedInAs("unassigned@hokudai.ac.jp", Role.REVIEWER);
		Instant now = this.clock.instant();
		this.mongo.insert(Assignment.of(accountId("assigned@hokudai.ac.jp"), id, AssignmentSource.MANUAL, now));
		this.mongo.insert(Assignment.of(accountId("conflicted@hokudai.ac.jp"), id, AssignmentSource.MANUAL, now));
		this.mongo.insert(
				Conflict.of(accountId("conflicted@hokudai.ac.jp"), id, ConflictReason.DECLARED, "former student", now));

		assertThat(assigned.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);
		assertThat(assigned.getBytes(url("/api/abstracts/" + id + "/pdf")).statusCode()).isEqualTo(200);
		assertThat(assigned.putJson(url("/api/abstracts/" + id), withVersion(draftJson("x", "vital@snu.ac.kr"), 1))
			.statusCode()).isEqualTo(403);
		assertThat(conflicted.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(404);
		assertThat(conflicted.getBytes(url("/api/abstracts/" + id + "/pdf")).statusCode()).isEqualTo(404);
		assertThat(unassigned.getBytes(url("/api/abstracts/" + id + "/pdf")).statusCode()).isEqualTo(404);
	}

	@Test
	void aChairsOverrideOfASameLabConflictLetsTheAssignedReviewerSeeTheAbstract() {
		WebSession author = this.logins.loggedIn("lab.presenter@snu.ac.kr");
		JsonNode created = body(
				author.postJson(url("/api/abstracts"), draftJson("Same lab", "lab.presenter@snu.ac.kr")));
		UUID id = UUID.fromString(created.get("id").asString());
		author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "s.pdf", TestPdfs.a4WithText("Same lab."));
		WebSession colleague = loggedInAs("lab.colleague@snu.ac.kr", Role.REVIEWER);
		UUID colleagueId = accountId("lab.colleague@snu.ac.kr");
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(colleagueId)),
				new Update().set("institution", "SNU").set("department", "Lab"), Account.class);
		Instant now = this.clock.instant();
		this.mongo.insert(Assignment.of(colleagueId, id, AssignmentSource.MANUAL, now));
		assertThat(colleague.getJson(url("/api/abstracts/" + id)).statusCode()).as("same lab as the presenter")
			.isEqualTo(404);

		this.mongo.insert(Conflict.override(colleagueId, id, ConflictReason.SAME_LAB, "different groups",
				accountId("lab.presenter@snu.ac.kr"), now));
		assertThat(colleague.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);
		assertThat(colleague.getBytes(url("/api/abstracts/" + id + "/pdf")).statusCode()).isEqualTo(200);
	}

	@Test
	void blindModeRefusesPdfsThatNameAnAuthorAndHidesAuthorsFromReviewers() {
		setBlindReview(true);
		try {
			WebSession author = this.logins.loggedIn("blind@hokudai.ac.jp");
			JsonNode created = body(author.postJson(url("/api/abstracts"), draftJson("Blind", "blind@hokudai.ac.jp")));
			String id = created.get("id").asString();
			String name = created.get("authors").get(0).get("name").asString();
			HttpResponse<String> inText = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
					TestPdfs.authorNameInText(name));
			assertThat(inText.statusCode()).isEqualTo(422);
			assertThat(body(inText).get("errors").get(0).get("code").asString()).isEqualTo("author-name");
			assertThat(body(inText).get("errors").get(0).get("message").asString()).contains(name);
			HttpResponse<String> inMetadata = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
					TestPdfs.authorNameInMetadata(name));
			assertThat(inMetadata.statusCode()).isEqualTo(422);
			assertThat(storedFiles(id)).isZero();
			assertThat(author
				.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
						TestPdfs.a4WithText("An anonymous abstract about sepsis, thanks to Hanako Tanaka."))
				.statusCode()).isEqualTo(201);

			// an author the PDF names cannot be added in blind mode
			String withTanaka = withVersion(
					draftJson("Blind", "blind@hokudai.ac.jp").replace("\"presenting\":true}",
							"\"presenting\":true},{\"name\":\"Hanako Tanaka\",\"institution\":\"HU\","
									+ "\"email\":\"tanaka@hokudai.ac.jp\",\"presenting\":false}"),
					body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong());
			HttpResponse<String> refused = author.putJson(url("/api/abstracts/" + id), withTanaka);
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(body(refused).get("errors").get(0).get("message").asString()).contains("Hanako Tanaka");
			// one added while review was not blind is checked at submission
			setBlindReview(false);
			assertThat(author.putJson(url("/api/abstracts/" + id), withTanaka).statusCode()).isEqualTo(200);
			setBlindReview(true);
			HttpResponse<String> named = author.post(url("/api/abstracts/" + id + "/submit"));
			assertThat(named.statusCode()).isEqualTo(422);
			assertThat(body(named).get("errors").get(0).get("message").asString()).contains("Hanako Tanaka");
			assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("status").asString()).isEqualTo("DRAFT");
			HttpResponse<String> page = author.submitForm(url("/abstracts/" + id + "/submit"),
					author.get(url("/abstracts/" + id)).body(), Map.of());
			assertThat(page.statusCode()).as("the page form gets the error page").isEqualTo(422);
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("Hanako Tanaka");
			assertThat(author
				.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf",
						TestPdfs.a4WithText("An anonymous abstract about sepsis."))
				.statusCode()).isEqualTo(201);
			assertThat(author.post(url("/api/abstracts/" + id + "/submit")).statusCode()).isEqualTo(200);

			WebSession reviewer = loggedInAs("blind.reviewer@snu.ac.kr", Role.REVIEWER);
			this.mongo.insert(Assignment.of(accountId("blind.reviewer@snu.ac.kr"), UUID.fromString(id),
					AssignmentSource.MANUAL, this.clock.instant()));
			JsonNode seen = body(reviewer.getJson(url("/api/abstracts/" + id)));
			assertThat(seen.get("authorsHidden").asBoolean()).isTrue();
			assertThat(seen.get("authors").size()).isZero();
			assertThat(seen.toString()).doesNotContain("blind@hokudai.ac.jp").doesNotContain(name);
			assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("authors").size()).isEqualTo(2);
		}
		finally {
			setBlindReview(false);
		}
	}

	private void setBlindReview(boolean blind) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is("event")), new Update().set("blindReview", blind),
				"event_settings");
	}

	@Test
	void aMultipartUploadWithASessionButWithoutTheCsrfTokenIsRefusedAndStoresNothing() {
		WebSession author = this.logins.loggedIn("csrf@hokudai.ac.jp");
		String id = body(author.postJson(url("/api/abstracts"), draftJson("CSRF", "csrf@hokudai.ac.jp"))).get("id")
			.asString();
		HttpResponse<String> forged = author.postFileWithoutCsrf(url("/api/abstracts/" + id + "/pdf"), "file",
				"forged.pdf", TestPdfs.a4WithText("Forged upload."));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(body(forged).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:csrf");
		assertThat(storedFiles(id)).isZero();
		assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("pdfVersions").asInt()).isZero();
		HttpResponse<byte[]> placeholder = author.getBytes(url("/api/abstracts/" + id + "/pdf/preview"));
		assertThat(placeholder.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/svg+xml"));
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf")).statusCode()).isEqualTo(404);
	}

	@Test
	void aRejectedUploadStoresNothingAndKeepsTheCurrentPdf() {
		WebSession author = this.logins.loggedIn("rejected@hokudai.ac.jp");
		String id = body(author.postJson(url("/api/abstracts"), draftJson("Rejected", "rejected@hokudai.ac.jp")))
			.get("id")
			.asString();
		byte[] good = TestPdfs.a4WithText("The good version.");
		assertThat(author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "good.pdf", good).statusCode())
			.isEqualTo(201);
		HttpResponse<String> renamed = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "photo.pdf",
				"\u0089PNG\r\n\u001a\n not really a pdf".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(renamed.statusCode()).isEqualTo(415);
		assertThat(body(renamed).get("errors").get(0).get("code").asString()).isEqualTo("not-pdf");
		HttpResponse<String> long_ = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "long.pdf",
				TestPdfs.a4Pages(3));
		assertThat(long_.statusCode()).isEqualTo(422);
		assertThat(body(long_).get("errors").toString()).contains("too-many-pages");
		assertThat(storedFiles(id)).isEqualTo(1);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf")).body()).isEqualTo(good);

		for (int version = 2; version <= PdfUploads.MAX_PDF_VERSIONS; version++) {
			if (version % 10 == 0) {
				// a new window of the account's check allowance (20 a minute)
				this.clock.set(this.clock.instant().plus(Duration.ofMinutes(1)));
			}
			assertThat(author
				.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "v.pdf",
						TestPdfs.a4WithText("Version " + version + " of the abstract."))
				.statusCode()).isEqualTo(201);
		}
		HttpResponse<String> tooMany = author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "v.pdf",
				TestPdfs.a4WithText("One version too many."));
		assertThat(tooMany.statusCode()).isEqualTo(422);
		assertThat(body(tooMany).get("code").asString()).isEqualTo("abstract.pdf.versions");
		assertThat(storedFiles(id)).isEqualTo(PdfUploads.MAX_PDF_VERSIONS);
	}

	@Test
	void brokenRulesAreClearProblemsAndNothingIsWritten() {
		WebSession author = this.logins.loggedIn("rules@hokudai.ac.jp");
		long before = this.mongo.count(new Query(), AbstractSubmission.class);
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("abstract.presenter", draftJson("Two presenters", "rules@hokudai.ac.jp", "b@snu.ac.kr")
			.replace("\"presenting\":false", "\"presenting\":true"));
		cases.put("abstract.topic.unknown",
				draftJson("Unknown topic", "rules@hokudai.ac.jp").replace("GENOME_MEDICINE", "ASTROLOGY"));
		cases.put("abstract.text.words",
				draftJson("Long", "rules@hokudai.ac.jp").replace("A short abstract.", "word ".repeat(401)));
		cases.put("author.institution.unknown", draftJson("Institution", "rules@hokudai.ac.jp")
			.replace("\"institution\":\"HU\"", "\"institution\":\"MIT\""));
		cases.put("abstract.authors.duplicate", draftJson("Duplicate", "rules@hokudai.ac.jp", "rules@hokudai.ac.jp"));
		cases.put("abstract.keywords.count", draftJson("Keywords", "rules@hokudai.ac.jp").replace("[\"EEG\"]",
				"[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\"]"));
		for (Map.Entry<String, String> entry : cases.entrySet()) {
			HttpResponse<String> response = author.postJson(url("/api/abstracts"), entry.getValue());
			assertThat(response.statusCode()).as(entry.getKey() + ": " + response.body()).isEqualTo(422);
			assertThat(body(response).get("code").asString()).isEqualTo(entry.getKey());
			assertThat(body(response).get("detail").asString()).isNotBlank();
		}
		HttpResponse<String> missing = author.postJson(url("/api/abstracts"), "{\"title\":\"\"}");
		assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
		assertThat(body(missing).get("errors").toString()).contains("title", "authors", "primaryTopic");
		assertThat(author.postJson(url("/api/abstracts"), "{\"presentation\":\"DANCE\"}").statusCode()).isEqualTo(400);
		assertThat(author.postJson(url("/api/abstracts"), "not json").statusCode()).isEqualTo(400);
		assertThat(author
			.postJson(url("/api/abstracts"), "{\"title\":\"x\",\"authors\":[null],\"primaryTopic\":\"OTHER\"}")
			.statusCode()).isEqualTo(400);
		assertThat(
				author.postJson(url("/api/abstracts"), "{\"title\":\"x\",\"authors\":[{}],\"primaryTopic\":\"OTHER\"}")
					.statusCode())
			.isEqualTo(400);
		assertThat(
				author.postJson(url("/api/abstracts"), draftJson("T".repeat(301), "rules@hokudai.ac.jp")).statusCode())
			.isEqualTo(400);
		assertThat(author.getJson(url("/api/abstracts?status=BOGUS")).statusCode()).isEqualTo(400);
		String id = body(author.postJson(url("/api/abstracts"), draftJson("Fine", "rules@hokudai.ac.jp"))).get("id")
			.asString();
		HttpResponse<String> noVersion = author.putJson(url("/api/abstracts/" + id),
				draftJson("No version", "rules@hokudai.ac.jp"));
		assertThat(noVersion.statusCode()).isEqualTo(422);
		assertThat(body(noVersion).get("code").asString()).isEqualTo("abstract.version");
		String badVersion = withVersion(draftJson("x", "rules@hokudai.ac.jp"), 0).replace("\"version\":0",
				"\"version\":\"abc\"");
		assertThat(author.putJson(url("/api/abstracts/" + id), badVersion).statusCode()).isEqualTo(400);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf?version=abc")).statusCode()).isEqualTo(400);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf?version=7")).statusCode()).isEqualTo(404);
		assertThat(author.post(url("/api/abstracts/" + id + "/pdf")).statusCode()).isIn(400, 415);
		assertThat(this.mongo.count(new Query(), AbstractSubmission.class)).isEqualTo(before + 1);
	}

	@Test
	void onlyEligiblePeopleCreateAbstracts() {
		Account outsider = Account.newAuthor("visitor@example.org", "HU", this.clock.instant());
		this.mongo.insert(outsider);
		WebSession session = this.logins.loggedIn("visitor@example.org");
		HttpResponse<String> refused = session.postJson(url("/api/abstracts"),
				draftJson("Outside", "visitor@example.org"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(body(refused).get("detail").asString()).contains("pre-registration list");
		assertThat(new WebSession().getJson(url("/api/abstracts")).statusCode()).isEqualTo(401);
	}

	@Test
	void concurrentEditsOfOneVersionLetExactlyOneWin() throws Exception {
		WebSession author = this.logins.loggedIn("racer@hokudai.ac.jp");
		String id = body(author.postJson(url("/api/abstracts"), draftJson("Race", "racer@hokudai.ac.jp"))).get("id")
			.asString();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> edits = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String title = "Race " + i;
			edits.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return author
					.putJson(url("/api/abstracts/" + id), withVersion(draftJson(title, "racer@hokudai.ac.jp"), 0))
					.statusCode();
			}));
		}
		start.countDown();
		List<Integer> statuses = edits.stream().map(CompletableFuture::join).toList();
		assertThat(statuses).containsOnly(200, 409);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(1);
		assertThat(body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong()).isEqualTo(1);
	}

	@Test
	void concurrentUploadsBecomeDistinctVersionsWithNoFileLeftBehind() {
		WebSession author = this.logins.loggedIn("uploader@hokudai.ac.jp");
		String id = body(author.postJson(url("/api/abstracts"), draftJson("Uploads", "uploader@hokudai.ac.jp")))
			.get("id")
			.asString();
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> uploads = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			byte[] pdf = TestPdfs.a4WithText("Concurrent version number " + i + " of the abstract.");
			uploads.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "v.pdf", pdf);
			}));
		}
		start.countDown();
		List<HttpResponse<String>> responses = uploads.stream().map(CompletableFuture::join).toList();
		assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
		AbstractSubmission stored = this.mongo.findById(UUID.fromString(id), AbstractSubmission.class);
		assertThat(stored.pdfVersions()).extracting((version) -> version.number()).containsExactly(1, 2, 3, 4);
		assertThat(stored.pdfVersions()).extracting((version) -> version.sha256()).doesNotHaveDuplicates();
		assertThat(storedFiles(id)).as("no file of a lost race is left in GridFS").isEqualTo(4);
		for (int version = 1; version <= 4; version++) {
			byte[] bytes = author.getBytes(url("/api/abstracts/" + id + "/pdf?version=" + version)).body();
			assertThat(sha256(bytes)).isEqualTo(stored.pdfVersions().get(version - 1).sha256());
		}
	}

	@Test
	void filesNoAbstractRefersToAreRemovedAndNothingElse() throws IOException {
		WebSession author = this.logins.loggedIn("housekeeping@hokudai.ac.jp");
		String id = body(author.postJson(url("/api/abstracts"), draftJson("Kept", "housekeeping@hokudai.ac.jp")))
			.get("id")
			.asString();
		byte[] kept = TestPdfs.a4WithText("The referenced version.");
		author.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "kept.pdf", kept);
		author.getBytes(url("/api/abstracts/" + id + "/pdf/preview"));
		// what a crash leaves: a stored file whose abstract was never updated, and chunks
		// of an upload that died before its file document
		Path orphan = Files.createTempFile("orphan", ".pdf");
		Files.write(orphan, TestPdfs.a4WithText("Never referenced."));
		String orphanId = this.pdfStore.storePdf(orphan, UUID.fromString(id), "0".repeat(64), "");
		Files.delete(orphan);
		ObjectId lost = new ObjectId(Date.from(Instant.now().minusSeconds(60)));
		this.mongo.insert(new Document("files_id", lost).append("n", 0).append("data", new byte[] { 1, 2, 3 }),
				"pdfs.chunks");
		long before = this.mongo.count(new Query(), "pdfs.files");

		assertThat(this.housekeeping.removeOrphans(Duration.ZERO)).isEqualTo(2);

		assertThat(this.mongo.count(Query.query(Criteria.where("_id").is(new ObjectId(orphanId))), "pdfs.files"))
			.isZero();
		assertThat(this.mongo.count(Query.query(Criteria.where("files_id").is(lost)), "pdfs.chunks")).isZero();
		assertThat(this.mongo.count(new Query(), "pdfs.files")).isEqualTo(before - 1);
		assertThat(author.getBytes(url("/api/abstracts/" + id + "/pdf")).body()).isEqualTo(kept);
		assertThat(storedFiles(id)).as("the PDF and its preview stay").isEqualTo(2);
		assertThat(this.housekeeping.removeOrphans(Duration.ofHours(1))).isZero();
	}

	@Test
	void chairsSeeCountAndExportEverything() throws IOException {
		WebSession hu = this.logins.loggedIn("hu.author@hokudai.ac.jp");
		WebSession snu = this.logins.loggedIn("snu.author@snu.ac.kr");
		byte[] huPdf = TestPdfs.a4WithText("Genome medicine at Hokkaido.");
		byte[] snuPdf = TestPdfs.a4WithText("Perioperative biosignals at SNU.");
		String huId = submitted(hu, "Genome study", "hu.author@hokudai.ac.jp", huPdf);
		String snuId = submitted(snu, "VitalDB 기반 마취 깊이 예측", "snu.author@snu.ac.kr", snuPdf);
		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");

		JsonNode all = body(chair.getJson(url("/api/abstracts")));
		assertThat(all).extracting((node) -> node.get("id").asString()).contains(huId, snuId);
		JsonNode snuOnly = body(chair.getJson(url("/api/abstracts?institution=SNU&status=SUBMITTED")));
		assertThat(snuOnly).extracting((node) -> node.get("id").asString()).contains(snuId).doesNotContain(huId);
		JsonNode summary = body(chair.getJson(url("/api/abstracts/summary")));
		assertThat(summary.get("total").asInt()).isEqualTo(all.size());
		assertThat(summary.get("byInstitution").get("SNU").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(summary.get("byStatus").get("SUBMITTED").asInt()).isGreaterThanOrEqualTo(2);

		HttpResponse<String> csv = chair.get(url("/api/abstracts/export.csv?status=SUBMITTED"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.body()).startsWith("\uFEFFnumber,status,title").contains("VitalDB 기반 마취 깊이 예측", sha256(huPdf));
		HttpResponse<String> exported = chair.getJson(url("/api/abstracts/export.json"));
		assertThat(body(exported).size()).isEqualTo(all.size());

		HttpResponse<byte[]> zip = chair.getBytes(url("/api/abstracts/pdfs.zip?status=SUBMITTED"));
		assertThat(zip.statusCode()).isEqualTo(200);
		Map<String, byte[]> entries = unzip(zip.body());
		String huNumber = body(chair.getJson(url("/api/abstracts/" + huId))).get("number").asString();
		assertThat(entries.get(huNumber + ".pdf")).isEqualTo(huPdf);
		assertThat(new String(entries.get("index.csv"), StandardCharsets.UTF_8)).contains(huNumber, sha256(huPdf));

		for (String path : List.of("/api/abstracts/summary", "/api/abstracts/export.csv", "/api/abstracts/export.json",
				"/api/abstracts/pdfs.zip")) {
			assertThat(hu.getJson(url(path)).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(body(hu.getJson(url("/api/abstracts"))).size()).isEqualTo(1);
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action).contains("abstracts.exported");
	}

	private String submitted(WebSession session, String title, String email, byte[] pdf) {
		String id = body(session.postJson(url("/api/abstracts"), draftJson(title, email))).get("id").asString();
		assertThat(session.postFile(url("/api/abstracts/" + id + "/pdf"), "file", "a.pdf", pdf).statusCode())
			.isEqualTo(201);
		assertThat(session.post(url("/api/abstracts/" + id + "/submit")).statusCode()).isEqualTo(200);
		return id;
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

	/**
	 * A draft whose first author (given first) presents; further authors are SNU
	 * co-authors.
	 */
	static String draftJson(String title, String presenter, String... coAuthors) {
		String institution = presenter.endsWith("snu.ac.kr") ? "SNU" : "HU";
		StringBuilder authors = new StringBuilder("{\"name\":\"Presenter " + Math.abs(presenter.hashCode())
				+ "\",\"affiliation\":\"Lab\",\"institution\":\"" + institution + "\",\"email\":\"" + presenter
				+ "\",\"presenting\":true}");
		for (String coAuthor : coAuthors) {
			authors.append(",{\"name\":\"Co " + coAuthor.hashCode() + "\",\"institution\":\"SNU\",\"email\":\"")
				.append(coAuthor)
				.append("\",\"presenting\":false}");
		}
		return "{\"title\":\"" + title + "\",\"authors\":[" + authors + "],\"primaryTopic\":\"GENOME_MEDICINE\","
				+ "\"secondaryTopics\":[],\"keywords\":[\"EEG\"],\"presentation\":\"ORAL\",\"studentPresenter\":false,"
				+ "\"text\":\"A short abstract.\"}";
	}

	static String withVersion(String json, long version) {
		return json.substring(0, json.length() - 1) + ",\"version\":" + version + "}";
	}

	private long storedFiles(String abstractId) {
		return this.mongo.count(Query.query(Criteria.where("metadata.abstractId").is(abstractId)), "pdfs.files");
	}

	private OutboxMail mailFor(String to, String template) {
		return this.mongo.find(Query.query(Criteria.where("to").is(to).and("template").is(template)), OutboxMail.class)
			.stream()
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + template + " mail to " + to));
	}

	private UUID accountId(String email) {
		return this.accounts.findByEmail(email).orElseThrow().id();
	}

	private WebSession loggedInAs(String email, Role role) {
		WebSession session = this.logins.loggedIn(email);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo.save(account.grant(role));
		return session;
	}

	private String url(String path) {
		return this.base + path;
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock abstractsTestClock() {
			return new MutableClock(START);
		}

	}

}
