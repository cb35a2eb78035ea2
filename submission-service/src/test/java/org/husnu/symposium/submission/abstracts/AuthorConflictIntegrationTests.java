package org.husnu.symposium.submission.abstracts;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authors declare conflicts with reviewers of the pool on their abstract: the pool's
 * names without addresses, the declaration on the abstract, its effect on an assigned
 * reviewer (404, as for any conflict) and a chair's override, and the refusals.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=chair@hokudai.ac.jp")
@Import({ EmbeddedStoreTestConfiguration.class, AbstractJourneyIntegrationTests.Clocks.class })
class AuthorConflictIntegrationTests {

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
	void anAuthorDeclaredConflictHidesTheAbstractFromTheReviewerUntilAChairOverridesIt() {
		WebSession author = this.logins.loggedIn("declaring.author@snu.ac.kr");
		String id = draft(author, "declaring.author@snu.ac.kr");
		WebSession reviewer = poolReviewer("declared.reviewer@hokudai.ac.jp", "Declared Reviewer");
		UUID reviewerId = Account.idFor("declared.reviewer@hokudai.ac.jp");
		this.mongo
			.insert(Assignment.of(reviewerId, UUID.fromString(id), AssignmentSource.MANUAL, this.clock.instant()));
		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(200);

		HttpResponse<String> pool = author.getJson(url("/api/reviewer-pool"));
		assertThat(pool.statusCode()).isEqualTo(200);
		assertThat(pool.body()).contains(reviewerId.toString())
			.contains("Declared Reviewer")
			.as("no addresses for authors")
			.doesNotContain("declared.reviewer@hokudai.ac.jp")
			.doesNotContain("maxLoad")
			.doesNotContain("expertise");

		HttpResponse<String> declared = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\",\"reason\":\"former supervisor\"}]}");
		assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
		JsonNode entry = body(declared).get("declaredConflicts").get(0);
		assertThat(entry.get("reviewer").asString()).isEqualTo(reviewerId.toString());
		assertThat(entry.get("name").asString()).isEqualTo("Declared Reviewer");
		assertThat(entry.get("reason").asString()).isEqualTo("former supervisor");
		assertThat(this.mongo.findById(UUID.fromString(id), AbstractSubmission.class).declaredConflicts()).hasSize(1);
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("abstract.conflicts.declared");

		assertThat(reviewer.getJson(url("/api/abstracts/" + id)).statusCode()).isEqualTo(404);
		assertThat(reviewer.getJson(url("/api/abstracts/" + id + "/pdf/preview")).statusCode()).isEqualTo(404);
		assertThat(reviewer.getJson(url("/api/abstracts")).body()).doesNotContain(id);

		// review-service stores a chair's override; the reviewer reads the abstract
		// again,
		// without learning that the authors named them
		this.mongo.insert(Conflict.override(reviewerId, UUID.fromString(id), ConflictReason.AUTHOR_DECLARED,
				"different field", Account.idFor("chair@hokudai.ac.jp"), this.clock.instant()));
		HttpResponse<String> seen = reviewer.getJson(url("/api/abstracts/" + id));
		assertThat(seen.statusCode()).isEqualTo(200);
		assertThat(body(seen).get("declaredConflicts").size()).isZero();
		assertThat(seen.body()).doesNotContain("former supervisor");

		HttpResponse<String> cleared = author.putJson(url("/api/abstracts/" + id + "/conflicts"), "{\"reviewers\":[]}");
		assertThat(body(cleared).get("declaredConflicts").size()).isZero();
	}

	@Test
	void unknownReviewersRepeatsStaleVersionsStrangersAndLateDeclarationsAreRefusedWithNothingWritten() {
		WebSession author = this.logins.loggedIn("refused.author@snu.ac.kr");
		String id = draft(author, "refused.author@snu.ac.kr");
		poolReviewer("refused.reviewer@hokudai.ac.jp", "Refused Reviewer");
		UUID reviewerId = Account.idFor("refused.reviewer@hokudai.ac.jp");
		long version = body(author.getJson(url("/api/abstracts/" + id))).get("version").asLong();

		HttpResponse<String> unknown = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + UUID.randomUUID() + "\"}]}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(body(unknown).get("code").asString()).isEqualTo("abstract.conflicts.unknown-reviewer");
		assertThat(body(unknown).get("detail").asString()).contains("GET /api/reviewer-pool");

		HttpResponse<String> twice = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\"},{\"reviewer\":\"" + reviewerId + "\"}]}");
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(body(twice).get("code").asString()).isEqualTo("abstract.conflicts.duplicate");

		HttpResponse<String> longReason = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\",\"reason\":\"" + "x".repeat(201) + "\"}]}");
		assertThat(longReason.statusCode()).isEqualTo(400);
		assertThat(author.putJson(url("/api/abstracts/" + id + "/conflicts"), "{}").statusCode()).isEqualTo(400);

		HttpResponse<String> stale = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\"}],\"version\":" + (version + 7) + "}");
		assertThat(stale.statusCode()).isEqualTo(409);

		WebSession stranger = this.logins.loggedIn("stranger.author@snu.ac.kr");
		assertThat(stranger
			.putJson(url("/api/abstracts/" + id + "/conflicts"),
					"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\"}]}")
			.statusCode()).isEqualTo(404);

		this.clock.set(AbstractJourneyIntegrationTests.DEADLINE.plus(Duration.ofMinutes(61)));
		HttpResponse<String> late = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\"}]}");
		assertThat(late.statusCode()).isEqualTo(403);
		assertThat(body(late).get("type").asString()).isEqualTo("urn:husnu-symposium:problem:deadline-passed");

		AbstractSubmission stored = this.mongo.findById(UUID.fromString(id), AbstractSubmission.class);
		assertThat(stored.declaredConflicts()).isEmpty();
		assertThat(stored.version()).isEqualTo(version);

		WebSession chair = this.logins.loggedIn("chair@hokudai.ac.jp");
		HttpResponse<String> byChair = chair.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\",\"reason\":\"told us by mail\"}]}");
		assertThat(byChair.statusCode()).as("chairs after the deadline").isEqualTo(200);
	}

	@Test
	void editingTheAbstractKeepsItsDeclaredConflicts() {
		WebSession author = this.logins.loggedIn("keeping.author@snu.ac.kr");
		String id = draft(author, "keeping.author@snu.ac.kr");
		poolReviewer("kept.reviewer@hokudai.ac.jp", "Kept Reviewer");
		UUID reviewerId = Account.idFor("kept.reviewer@hokudai.ac.jp");
		HttpResponse<String> declared = author.putJson(url("/api/abstracts/" + id + "/conflicts"),
				"{\"reviewers\":[{\"reviewer\":\"" + reviewerId + "\"}]}");
		HttpResponse<String> edited = author.putJson(url("/api/abstracts/" + id),
				AbstractJourneyIntegrationTests.withVersion(
						AbstractJourneyIntegrationTests.draftJson("Renamed", "keeping.author@snu.ac.kr"),
						body(declared).get("version").asLong()));
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(body(edited).get("declaredConflicts").get(0).get("reviewer").asString())
			.isEqualTo(reviewerId.toString());
	}

	private WebSession poolReviewer(String email, String name) {
		this.mongo.insert(ReviewerFixtures.profile(Account.idFor(email)).withEmail(email).build());
		WebSession session = this.logins.loggedIn(email);
		Account account = this.accounts.findByEmail(email).orElseThrow();
		this.mongo.save(account.withProfile(name, "HU", "Surgery", Position.FACULTY, account.language()));
		return session;
	}

	private String draft(WebSession author, String presenter) {
		HttpResponse<String> created = author.postJson(url("/api/abstracts"),
				AbstractJourneyIntegrationTests.draftJson("Declared", presenter));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return body(created).get("id").asString();
	}

	private String url(String path) {
		return this.base + path;
	}

	private JsonNode body(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

}
