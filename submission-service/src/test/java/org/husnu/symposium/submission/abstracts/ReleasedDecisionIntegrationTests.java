package org.husnu.symposium.submission.abstracts;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What authors and chairs see of decisions on submission-service: nothing at all while a
 * decision is held (the answer is byte for byte the one without any decision), the
 * outcome and the comments to the authors once released, never a confidential comment or
 * a reviewer's identity; and that a released decision ends editing and withdrawing by the
 * authors.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "symposium.bootstrap.chairs=released.chair@hokudai.ac.jp")
@Import(EmbeddedStoreTestConfiguration.class)
class ReleasedDecisionIntegrationTests {

	private static final String SUBMITTER = "released.sato@hokudai.ac.jp";

	private static final String CO_AUTHOR = "released.kim@snu.ac.kr";

	private static final String OTHER = "released.other@hokudai.ac.jp";

	private static final String TO_AUTHORS = "Please add the size of the validation cohort.";

	private static final String CONFIDENTIAL = "CONFIDENTIAL-borderline";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	UUID own;

	UUID others;

	UUID reviewer;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), Review.class);
		this.mongo.remove(Query.query(Criteria.where("number").in("A-801", "A-802")), AbstractSubmission.class);
		Account submitter = store(AccountFixtures.author(SUBMITTER).build());
		store(AccountFixtures.author(CO_AUTHOR).withInstitution("SNU").build());
		Account other = store(AccountFixtures.author(OTHER).build());
		this.own = UUID.randomUUID();
		this.others = UUID.randomUUID();
		this.reviewer = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.own)
			.withNumber("A-801")
			.withSubmitter(submitter.id())
			.withAuthors(new Author("Aiko Sato", "Radiology", "HU", SUBMITTER, true),
					new Author("Minjun Kim", "Medicine", "SNU", CO_AUTHOR, false))
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.others)
			.withNumber("A-802")
			.withSubmitter(other.id())
			.withAuthors(new Author("Other Author", "Lab", "HU", OTHER, true))
			.build());
		Instant at = Instant.parse("2027-02-10T00:00:00Z");
		this.mongo.insert(new Review(null, this.own, this.reviewer, Map.of("ORIGINALITY", 4), 3,
				Recommendation.ACCEPT_ORAL, TO_AUTHORS, CONFIDENTIAL, ReviewStatus.SUBMITTED, at, at, null));
		this.mongo.insert(new Review(null, this.own, UUID.randomUUID(), Map.of(), null, null, "DRAFT-COMMENT", null,
				ReviewStatus.DRAFT, at, null, null));
	}

	@Test
	void aHeldDecisionLeavesNoTraceInWhatTheAuthorsGet() {
		WebSession author = this.logins.loggedIn(SUBMITTER);
		String without = author.getJson(url("/api/abstracts/" + this.own)).body();
		String listWithout = author.getJson(url("/api/abstracts")).body();
		this.mongo.insert(Decision.held(this.own, DecisionOutcome.REJECT, UUID.randomUUID(), Instant.now()));
		HttpResponse<String> held = author.getJson(url("/api/abstracts/" + this.own));
		assertThat(held.statusCode()).isEqualTo(200);
		assertThat(held.body()).as("held and no decision answer alike").isEqualTo(without);
		assertThat(author.getJson(url("/api/abstracts")).body()).isEqualTo(listWithout);
		JsonNode view = read(held);
		assertThat(view.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(view.path("decision").isMissingNode() || view.get("decision").isNull()).isTrue();
		assertThat(held.body()).doesNotContain("REJECT", TO_AUTHORS, CONFIDENTIAL, "Reviewer");
		assertThat(author.get(url("/abstracts/" + this.own)).body()).doesNotContain("id=\"decision\"", TO_AUTHORS);
	}

	@Test
	void aReleasedDecisionShowsItsOutcomeAndTheCommentsToTheAuthorsOnly() {
		release(this.own, DecisionOutcome.ACCEPT_ORAL);
		for (String email : new String[] { SUBMITTER, CO_AUTHOR }) {
			WebSession author = this.logins.loggedIn(email);
			HttpResponse<String> response = author.getJson(url("/api/abstracts/" + this.own));
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode view = read(response);
			assertThat(view.get("status").asString()).isEqualTo("ACCEPTED_ORAL");
			JsonNode decision = view.get("decision");
			assertThat(decision.get("outcome").asString()).isEqualTo("ACCEPT_ORAL");
			assertThat(decision.get("releasedAt").asString()).isNotBlank();
			assertThat(decision.get("commentsToAuthors")).singleElement().satisfies((comment) -> {
				assertThat(comment.get("reviewer").asString()).isEqualTo("Reviewer 1");
				assertThat(comment.get("text").asString()).isEqualTo(TO_AUTHORS);
			});
			assertThat(response.body()).doesNotContain(CONFIDENTIAL, "DRAFT-COMMENT", this.reviewer.toString(),
					"commentsToChairs", "confidential");
		}
		WebSession author = this.logins.loggedIn(SUBMITTER);
		assertThat(read(author.getJson(url("/api/abstracts"))).get(0).get("status").asString())
			.isEqualTo("ACCEPTED_ORAL");
		assertThat(read(author.getJson(url("/api/abstracts?status=ACCEPTED_ORAL")))).hasSize(1);
		assertThat(read(author.getJson(url("/api/abstracts?status=SUBMITTED")))).isEmpty();
		assertThat(author.get(url("/abstracts/" + this.own)).body()).contains("id=\"decision\"", TO_AUTHORS)
			.doesNotContain(CONFIDENTIAL);
		assertThat(author.getJson(url("/api/abstracts/" + this.others)).statusCode())
			.as("another author's abstract is still not found")
			.isEqualTo(404);
	}

	@Test
	void afterReleaseTheAuthorsCanNeitherEditNorWithdrawButChairsSeeTheSameStatus() {
		release(this.own, DecisionOutcome.REJECT);
		WebSession author = this.logins.loggedIn(SUBMITTER);
		JsonNode permissions = read(author.getJson(url("/api/abstracts/" + this.own))).get("permissions");
		assertThat(permissions.get("edit").asBoolean()).isFalse();
		assertThat(permissions.get("withdraw").asBoolean()).isFalse();
		HttpResponse<String> withdraw = author.postJson(url("/api/abstracts/" + this.own + "/withdraw"), "");
		assertThat(withdraw.statusCode()).as(withdraw.body()).isEqualTo(409);
		assertThat(read(withdraw).get("code").asString()).isEqualTo("abstract.decisionReleased");
		assertThat(this.mongo.findById(this.own, AbstractSubmission.class).status().name()).isEqualTo("SUBMITTED");

		WebSession chair = this.logins.loggedIn("released.chair@hokudai.ac.jp");
		JsonNode rejected = read(chair.getJson(url("/api/abstracts?status=REJECTED")));
		assertThat(rejected).extracting((node) -> node.get("number").asString()).containsExactly("A-801");
		assertThat(read(chair.getJson(url("/api/abstracts/" + this.own))).get("decision").get("outcome").asString())
			.isEqualTo("REJECT");
		assertThat(read(chair.getJson(url("/api/abstracts/summary"))).toString()).contains("REJECTED");
		assertThat(chair.get(url("/api/abstracts/export.csv")).body()).contains("A-801,REJECTED");
		HttpResponse<String> chairWithdraws = chair.postJson(url("/api/abstracts/" + this.own + "/withdraw"), "");
		assertThat(chairWithdraws.statusCode()).as("a rejected abstract cannot be withdrawn").isEqualTo(409);
		assertThat(read(chairWithdraws).get("code").asString()).isEqualTo("abstract.notWithdrawable");
	}

	private void release(UUID abstractId, DecisionOutcome outcome) {
		Instant at = Instant.parse("2027-03-01T00:00:00Z");
		this.mongo.insert(Decision.held(abstractId, outcome, UUID.randomUUID(), at).release(at));
	}

	private Account store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		return account;
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
