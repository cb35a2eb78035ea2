package org.husnu.symposium.review.decisions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.CaughtMail;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
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
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Decisions over HTTP against the embedded store: A-501 by a Japanese-speaking submitter
 * with a Korean-speaking co-author and a co-author without an account, A-502 by the same
 * submitter, A-503 withdrawn. A-501 has a submitted review with comments to the authors
 * and confidential comments, and a draft.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class DecisionIntegrationTests {

	private static final String CHAIR = "decide.chair@hokudai.ac.jp";

	private static final String REVIEWER = "decide.reviewer@snu.ac.kr";

	private static final String SUBMITTER = "decide.sato@hokudai.ac.jp";

	private static final String KOREAN = "decide.kim@snu.ac.kr";

	private static final String NO_ACCOUNT = "decide.guest@hokudai.ac.jp";

	private static final String TO_AUTHORS = "The validation cohort is small; please report confidence intervals.";

	private static final String CONFIDENTIAL = "CONFIDENTIAL-NOTE borderline, compare with A-502";

	private static final String DRAFT = "DRAFT-NOTE not finished";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	DecisionRelease release;

	Logins logins;

	UUID first;

	UUID second;

	UUID withdrawn;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), Review.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		// the previous test's mails are delivered first, so none lands among this test's
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.mongo.count(Query.query(
					Criteria.where("to").regex("^decide\\.").and("status").in(MailStatus.PENDING, MailStatus.SENDING)),
					OutboxMail.class) == 0);
		this.mongo.remove(Query.query(Criteria.where("to").regex("^decide\\.")), OutboxMail.class);
		this.mongo.remove(Query.query(Criteria.where("to").regex("^decide\\.")), CaughtMail.class);
		store(AccountFixtures.chair(CHAIR).build());
		Account reviewer = store(AccountFixtures.reviewer(REVIEWER).withInstitution("SNU").build());
		Account submitter = store(AccountFixtures.author(SUBMITTER).withLanguage(Language.JA).build());
		store(AccountFixtures.author(KOREAN).withInstitution("SNU").withLanguage(Language.KO).build());
		this.first = UUID.randomUUID();
		this.second = UUID.randomUUID();
		this.withdrawn = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.first)
			.withNumber("A-501")
			.withSubmitter(submitter.id())
			.withTitle("Federated survival models across hospitals")
			.withAuthors(new Author("Aiko Sato", "Radiology", "HU", SUBMITTER, true),
					new Author("Minjun Kim", "Medicine", "SNU", KOREAN, false),
					new Author("Guest Author", "Lab", "HU", NO_ACCOUNT, false))
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.second)
			.withNumber("A-502")
			.withSubmitter(submitter.id())
			.withTitle("Second abstract")
			.withAuthors(new Author("Aiko Sato", "Radiology", "HU", SUBMITTER, true))
			.build());
		this.mongo.insert(AbstractFixtures.submitted()
			.withId(this.withdrawn)
			.withNumber("A-503")
			.withStatus(AbstractStatus.WITHDRAWN)
			.build());
		Instant at = Instant.parse("2027-02-10T01:00:00Z");
		this.mongo.insert(new Review(null, this.first, reviewer.id(), Map.of("originality", 4), 3,
				Recommendation.ACCEPT_ORAL, TO_AUTHORS, CONFIDENTIAL, ReviewStatus.SUBMITTED, at, at, null));
		this.mongo.insert(new Review(null, this.first, UUID.randomUUID(), Map.of("originality", 2), null, null, DRAFT,
				DRAFT, ReviewStatus.DRAFT, at, null, null));
	}

	@Test
	void aChairDecidesOneAbstractHeldAndListsIt() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> put = chair.putJson(url("/api/decisions/a-501"), "{\"outcome\":\"ACCEPT_ORAL\"}");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		JsonNode decision = read(put);
		assertThat(decision.get("abstract").asString()).isEqualTo(this.first.toString());
		assertThat(decision.get("state").asString()).isEqualTo("HELD");
		assertThat(decision.get("heldAgain").asBoolean()).isFalse();
		JsonNode list = read(chair.getJson(url("/api/decisions")));
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("number").asString()).isEqualTo("A-501");
		assertThat(list.get(0).get("outcome").asString()).isEqualTo("ACCEPT_ORAL");
		assertThat(this.mongo.findAll(AuditEntry.class)).anyMatch((entry) -> entry.action().equals("decision.held"));
	}

	@Test
	void badInputIsRefusedWithAStableCodeAndNothingIsWritten() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertProblem(chair.putJson(url("/api/decisions/A-999"), "{\"outcome\":\"REJECT\"}"), 404,
				"decision.abstract.unknown");
		assertProblem(chair.putJson(url("/api/decisions/" + this.first), "{\"outcome\":\"MAYBE\"}"), 422,
				"decision.outcome");
		assertProblem(chair.putJson(url("/api/decisions/" + this.first), "{}"), 422, "decision.outcome");
		assertProblem(chair.putJson(url("/api/decisions/A-503"), "{\"outcome\":\"REJECT\"}"), 422,
				"decision.abstract.notSubmitted");
		assertThat(this.mongo.count(new Query(), Decision.class)).isZero();
	}

	@Test
	void onlyChairsDecideListUndoAndRelease() {
		this.mongo.insert(Decision.held(this.second, DecisionOutcome.REJECT, UUID.randomUUID(), Instant.now()));
		for (String email : List.of(REVIEWER, SUBMITTER)) {
			WebSession other = this.logins.loggedIn(email);
			assertThat(other.putJson(url("/api/decisions/A-501"), "{\"outcome\":\"ACCEPT_ORAL\"}").statusCode())
				.isEqualTo(403);
			assertThat(other.postJson(url("/api/decisions/bulk"), "{\"abstracts\":[\"A-501\"],\"outcome\":\"REJECT\"}")
				.statusCode()).isEqualTo(403);
			assertThat(other.getJson(url("/api/decisions")).statusCode()).isEqualTo(403);
			assertThat(other.delete(url("/api/decisions/A-502")).statusCode()).isEqualTo(403);
			assertThat(other.postJson(url("/api/decisions/release"), "").statusCode()).isEqualTo(403);
			assertThat(other.get(url("/decisions")).body()).doesNotContain("A-502");
		}
		assertThat(this.mongo.findAll(Decision.class)).singleElement()
			.satisfies((decision) -> assertThat(decision.state()).isEqualTo(DecisionState.HELD));
	}

	@Test
	void aBulkDecisionIsAllOrNothing() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> refused = chair.postJson(url("/api/decisions/bulk"), "{\"abstracts\":[\"" + this.first
				+ "\",\"A-503\",\"A-777\",\"not-an-id\"],\"outcome\":\"ACCEPT_POSTER\"}");
		assertProblem(refused, 422, "decision.bulk.invalid");
		assertThat(read(refused).get("detail").asString()).contains("A-503", "A-777", "not-an-id");
		assertThat(this.mongo.count(new Query(), Decision.class)).isZero();
		assertProblem(chair.postJson(url("/api/decisions/bulk"), "{\"abstracts\":[],\"outcome\":\"REJECT\"}"), 422,
				"decision.bulk.empty");

		HttpResponse<String> decided = chair.postJson(url("/api/decisions/bulk"),
				"{\"abstracts\":[\"" + this.first + "\",\"a-502\"],\"outcome\":\"ACCEPT_POSTER\"}");
		assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
		assertThat(read(decided)).hasSize(2);
		assertThat(this.mongo.findAll(Decision.class)).hasSize(2)
			.allSatisfy((decision) -> assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ACCEPT_POSTER));
	}

	@Test
	void theRankingFormDecidesAndReturnsOnlyToRankingsOrDecisions() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		String page = chair.get(url("/decisions")).body();
		HttpResponse<String> back = chair.submitForm(url("/decisions/bulk"), page,
				Map.of("abstract", this.first.toString(), "outcome", "REJECT", "returnTo", "/rankings?topic=X&top=10"));
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/rankings?topic=X&top=10");
		assertThat(this.mongo.findById(this.first, Decision.class).outcome()).isEqualTo(DecisionOutcome.REJECT);
		HttpResponse<String> elsewhere = chair.submitForm(url("/decisions/bulk"), page,
				Map.of("abstract", this.second.toString(), "outcome", "REJECT", "returnTo", "//evil.example/x"));
		assertThat(elsewhere.headers().firstValue("Location").orElseThrow()).endsWith("/decisions")
			.doesNotContain("evil");
	}

	@Test
	void aHeldDecisionIsUndoneAReleasedOneIsNot() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		chair.putJson(url("/api/decisions/A-501"), "{\"outcome\":\"REJECT\"}");
		assertThat(chair.delete(url("/api/decisions/A-501")).statusCode()).isEqualTo(204);
		assertThat(this.mongo.count(new Query(), Decision.class)).isZero();
		assertProblem(chair.delete(url("/api/decisions/A-501")), 404, "decision.none");

		chair.putJson(url("/api/decisions/A-502"), "{\"outcome\":\"REJECT\"}");
		assertThat(chair.postJson(url("/api/decisions/release"), "").statusCode()).isEqualTo(200);
		assertProblem(chair.delete(url("/api/decisions/A-502")), 409, "decision.released");
		assertThat(this.mongo.findById(this.second, Decision.class).state()).isEqualTo(DecisionState.RELEASED);
	}

	@Test
	void releaseMailsEveryAuthorInTheirLanguageWithTheCommentsToAuthorsOnly() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		chair.putJson(url("/api/decisions/A-501"), "{\"outcome\":\"ACCEPT_ORAL\"}");
		HttpResponse<String> response = chair.postJson(url("/api/decisions/release"), "");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode released = read(response);
		assertThat(released.get("released")).singleElement()
			.satisfies((decision) -> assertThat(decision.get("state").asString()).isEqualTo("RELEASED"));
		assertThat(released.get("mailsQueued").asInt()).isEqualTo(3);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(caught()).extracting(CaughtMail::to)
				.containsExactlyInAnyOrder(SUBMITTER, KOREAN, NO_ACCOUNT));
		for (CaughtMail mail : caught()) {
			assertThat(mail.text()).contains("A-501", "Federated survival models across hospitals", TO_AUTHORS)
				.doesNotContain(CONFIDENTIAL, DRAFT, REVIEWER);
		}
		assertThat(mailTo(SUBMITTER).subject()).contains("口頭発表");
		assertThat(mailTo(SUBMITTER).text()).contains("Aiko Sato 様", "査読者 1");
		assertThat(mailTo(NO_ACCOUNT).subject()).as("no account: the submitter's language").contains("口頭発表");
		assertThat(mailTo(KOREAN).subject()).contains("구두 발표");
		assertThat(mailTo(KOREAN).text()).contains("심사위원 1");

		JsonNode again = read(chair.postJson(url("/api/decisions/release"), ""));
		assertThat(again.get("released")).isEmpty();
		assertThat(this.mongo.count(Query.query(Criteria.where("to").regex("^decide\\.")), OutboxMail.class))
			.isEqualTo(3);
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("decision.released", "decisions.released");
	}

	@Test
	void changingAReleasedDecisionHoldsItAgainAndSaysSo() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		chair.putJson(url("/api/decisions/A-502"), "{\"outcome\":\"ACCEPT_POSTER\"}");
		chair.postJson(url("/api/decisions/release"), "");
		JsonNode same = read(chair.putJson(url("/api/decisions/A-502"), "{\"outcome\":\"ACCEPT_POSTER\"}"));
		assertThat(same.get("state").asString()).as("the same outcome again keeps it released").isEqualTo("RELEASED");
		assertThat(same.get("heldAgain").asBoolean()).isFalse();
		JsonNode changed = read(chair.putJson(url("/api/decisions/A-502"), "{\"outcome\":\"ACCEPT_ORAL\"}"));
		assertThat(changed.get("state").asString()).isEqualTo("HELD");
		assertThat(changed.get("heldAgain").asBoolean()).isTrue();
		assertThat(changed.get("notice").asString()).contains("holds it again");
		Decision stored = this.mongo.findById(this.second, Decision.class);
		assertThat(stored.state()).isEqualTo(DecisionState.HELD);
		assertThat(stored.releasedAt()).isNull();
		assertThat(this.mongo.findAll(AuditEntry.class)).extracting(AuditEntry::action)
			.contains("decision.changedAfterRelease");
	}

	@Test
	void twoReleasesAtOnceReleaseEachDecisionAndQueueItsMailsOnce() throws Exception {
		WebSession chair = this.logins.loggedIn(CHAIR);
		chair.postJson(url("/api/decisions/bulk"),
				"{\"abstracts\":[\"A-501\",\"A-502\"],\"outcome\":\"ACCEPT_POSTER\"}");
		WebSession otherChair = this.logins.loggedIn(CHAIR);
		CyclicBarrier start = new CyclicBarrier(2);
		List<CompletableFuture<HttpResponse<String>>> releases = new ArrayList<>();
		for (WebSession session : List.of(chair, otherChair)) {
			releases.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
				return session.postJson(url("/api/decisions/release"), "");
			}));
		}
		int released = 0;
		for (CompletableFuture<HttpResponse<String>> release : releases) {
			HttpResponse<String> response = release.get();
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			released += read(response).get("released").size();
		}
		assertThat(released).isEqualTo(2);
		assertThat(this.mongo.findAll(Decision.class))
			.allSatisfy((decision) -> assertThat(decision.state()).isEqualTo(DecisionState.RELEASED));
		// A-501 has three authors, A-502 one: four mails, whichever release queued them
		assertThat(this.mongo.count(Query.query(Criteria.where("to").regex("^decide\\.")), OutboxMail.class))
			.isEqualTo(4);
		assertThat(this.mongo.count(Query.query(Criteria.where(DecisionStore.MAILS_PENDING).is(true)), "decisions"))
			.isZero();
	}

	@Test
	void mailsOfAReleaseThatStoppedBeforeQueuingThemAreQueuedOnceBySweepAndNextRelease() {
		// what a crash between the flip and the queue leaves: released, mails pending
		Instant at = Instant.parse("2027-03-01T00:00:00Z");
		this.mongo.insert(Decision.held(this.second, DecisionOutcome.REJECT, UUID.randomUUID(), at).release(at));
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(this.second)),
				new Update().set(DecisionStore.MAILS_PENDING, true), Decision.class);

		this.release.completePendingMails();
		this.release.completePendingMails();
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertThat(read(chair.postJson(url("/api/decisions/release"), "")).get("released")).isEmpty();

		List<OutboxMail> queued = this.mongo.find(Query.query(Criteria.where("to").regex("^decide\\.")),
				OutboxMail.class);
		assertThat(queued).singleElement().satisfies((mail) -> {
			assertThat(mail.to()).isEqualTo(SUBMITTER);
			assertThat(mail.subject()).contains("A-502");
		});
		assertThat(this.mongo.count(Query.query(Criteria.where(DecisionStore.MAILS_PENDING).is(true)), "decisions"))
			.isZero();
	}

	private List<CaughtMail> caught() {
		return this.mongo.find(Query.query(Criteria.where("to").regex("^decide\\.")), CaughtMail.class);
	}

	private CaughtMail mailTo(String to) {
		return caught().stream().filter((mail) -> mail.to().equals(to)).findFirst().orElseThrow();
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(read(response).get("code").asString()).isEqualTo(code);
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
