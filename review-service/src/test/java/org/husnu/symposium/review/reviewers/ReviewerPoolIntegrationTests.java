package org.husnu.symposium.review.reviewers;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
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
 * The reviewer pool over HTTP: a chair invites an HU and an SNU reviewer, the invitees
 * get the reviewer role without any write to their account, keep their profile, and the
 * chair sees it in the pool.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ReviewerPoolIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		store(AccountFixtures.chair("pool.chair@hokudai.ac.jp").build());
		store(AccountFixtures.author("pool.author@hokudai.ac.jp").build());
	}

	@Test
	void aChairInvitesReviewersWhoThenKeepTheirProfile() {
		WebSession chair = this.logins.loggedIn("pool.chair@hokudai.ac.jp");
		// the SNU invitee has an account in Korean already; the HU invitee has none yet
		store(AccountFixtures.author("pool.kim@snu.ac.kr")
			.withName("Minjun Kim")
			.withInstitution("SNU")
			.withLanguage(Language.KO)
			.build());

		HttpResponse<String> hu = chair.postJson(url("/api/reviewers"),
				"{\"email\":\"Pool.Sato@hokudai.ac.jp\",\"maxLoad\":4}");
		assertThat(hu.statusCode()).as(hu.body()).isEqualTo(201);
		assertThat(read(hu).get("id").asString()).isEqualTo(Account.idFor("pool.sato@hokudai.ac.jp").toString());
		assertThat(read(hu).get("institution").asString()).isEqualTo("HU");
		HttpResponse<String> snu = chair.postJson(url("/api/reviewers"),
				"{\"email\":\"pool.kim@snu.ac.kr\",\"maxLoad\":6}");
		assertThat(snu.statusCode()).as(snu.body()).isEqualTo(201);
		assertThat(read(snu).get("name").asString()).isEqualTo("Minjun Kim");

		HttpResponse<String> again = chair.postJson(url("/api/reviewers"),
				"{\"email\":\"pool.sato@hokudai.ac.jp\",\"maxLoad\":9}");
		assertThat(again.statusCode()).as("a second invitation is harmless").isEqualTo(200);
		assertThat(read(again).get("id").asString()).isEqualTo(read(hu).get("id").asString());
		assertThat(read(again).get("maxLoad").asInt()).isEqualTo(4);
		assertThat(invitations("pool.sato@hokudai.ac.jp")).hasSize(1);
		OutboxMail korean = invitations("pool.kim@snu.ac.kr").get(0);
		assertThat(korean.language()).isEqualTo(Language.KO);
		assertThat(korean.text()).contains("Minjun Kim", "/profile/reviewer", "6");
		assertThat(invitations("pool.sato@hokudai.ac.jp").get(0).language()).isEqualTo(Language.EN);

		// the HU invitee logs in for the first time: submission-service creates the
		// account
		store(Account.newAuthor("pool.sato@hokudai.ac.jp", "HU", Instant.now()));
		WebSession sato = this.logins.loggedIn("pool.sato@hokudai.ac.jp");
		assertThat(read(sato.getJson(url("/api/me"))).get("roles").toString()).contains("REVIEWER", "AUTHOR");
		assertThat(this.mongo.findById(Account.idFor("pool.sato@hokudai.ac.jp"), Account.class).roles())
			.as("the account itself is not written")
			.doesNotContain(Role.REVIEWER);

		JsonNode own = read(sato.getJson(url("/api/me/reviewer-profile")));
		assertThat(own.get("maxLoad").asInt()).isEqualTo(4);
		HttpResponse<String> saved = sato.putJson(url("/api/me/reviewer-profile"),
				"{\"expertise\":{\"GENOME_MEDICINE\":3,\"DEMENTIA_CARE\":1},\"statement\":\"Variant calling\","
						+ "\"keywords\":[\"genomics\",\"ゲノム\"],\"department\":\"Genome Informatics Lab\","
						+ "\"maxLoad\":8,\"version\":" + own.get("version").asLong() + "}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

		JsonNode pool = read(chair.getJson(url("/api/reviewers")));
		JsonNode satoInPool = entry(pool, "pool.sato@hokudai.ac.jp");
		assertThat(satoInPool.get("expertise").get("GENOME_MEDICINE").asInt()).isEqualTo(3);
		assertThat(satoInPool.get("maxLoad").asInt()).isEqualTo(8);
		assertThat(satoInPool.get("load").asInt()).isZero();
		assertThat(satoInPool.get("department").asString()).isEqualTo("Genome Informatics Lab");
		assertThat(entry(pool, "pool.kim@snu.ac.kr").get("institution").asString()).isEqualTo("SNU");
	}

	@Test
	void anIneligibleAddressIsRefusedWithWhatToDo() {
		WebSession chair = this.logins.loggedIn("pool.chair@hokudai.ac.jp");
		HttpResponse<String> refused = chair.postJson(url("/api/reviewers"), "{\"email\":\"someone@gmail.com\"}");
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(read(refused).get("code").asString()).isEqualTo("reviewer.not-eligible");
		assertThat(read(refused).get("detail").asString()).contains("pre-registration list", "hokudai.ac.jp");
		assertThat(
				this.mongo.exists(Query.query(Criteria.where("email").is("someone@gmail.com")), ReviewerProfile.class))
			.isFalse();
		assertThat(invitations("someone@gmail.com")).isEmpty();
	}

	@Test
	void onlyChairsInviteAndSeeThePool() {
		WebSession author = this.logins.loggedIn("pool.author@hokudai.ac.jp");
		assertThat(author.postJson(url("/api/reviewers"), "{\"email\":\"x.pool@hokudai.ac.jp\"}").statusCode())
			.isEqualTo(403);
		assertThat(author.getJson(url("/api/reviewers")).statusCode()).isEqualTo(403);
		assertThat(author.getJson(url("/api/me/reviewer-profile")).statusCode()).isEqualTo(403);
		assertThat(invitations("x.pool@hokudai.ac.jp")).isEmpty();
	}

	@Test
	void badProfileValuesAreRefusedAndNothingIsWritten() {
		WebSession chair = this.logins.loggedIn("pool.chair@hokudai.ac.jp");
		store(AccountFixtures.author("pool.busy@snu.ac.kr").build());
		String id = read(chair.postJson(url("/api/reviewers"), "{\"email\":\"pool.busy@snu.ac.kr\",\"maxLoad\":3}"))
			.get("id")
			.asString();
		// two submitted abstracts assigned to them (the load a reviewer is told counts
		// the
		// ones they may see)
		for (String number : List.of("A-901", "A-902")) {
			AbstractSubmission submission = this.mongo
				.insert(AbstractFixtures.submitted().withNumber(number).withTitle("Busy " + number).build());
			this.mongo
				.insert(Assignment.of(UUID.fromString(id), submission.id(), AssignmentSource.MANUAL, Instant.now()));
		}
		WebSession busy = this.logins.loggedIn("pool.busy@snu.ac.kr");
		long version = read(busy.getJson(url("/api/me/reviewer-profile"))).get("version").asLong();

		assertRefused(busy, "{\"expertise\":{\"NO_SUCH_AREA\":2},\"maxLoad\":3,\"version\":" + version + "}", 422,
				"reviewer.topic");
		assertRefused(busy, "{\"expertise\":{\"GENOME_MEDICINE\":4},\"maxLoad\":3,\"version\":" + version + "}", 422,
				"reviewer.expertise");
		assertRefused(busy, "{\"maxLoad\":1,\"version\":" + version + "}", 422, "reviewer.load.below-current");
		assertRefused(busy, "{\"maxLoad\":51,\"version\":" + version + "}", 400, null);
		assertRefused(busy, "{\"statement\":\"" + "x".repeat(2001) + "\",\"maxLoad\":3,\"version\":" + version + "}",
				400, null);
		assertRefused(busy, "{\"maxLoad\":3,\"version\":" + (version + 7) + "}", 409, null);

		ReviewerProfile stored = this.mongo.findById(UUID.fromString(id), ReviewerProfile.class);
		assertThat(stored.version()).isEqualTo(version);
		assertThat(stored.expertise()).isEmpty();
		assertThat(stored.maxLoad()).isEqualTo(3);
		assertThat(read(chair.getJson(url("/api/reviewers"))).toString()).contains("\"load\":2");
	}

	@Test
	void aChairChangesALoadCapButNeverBelowTheCurrentLoad() {
		WebSession chair = this.logins.loggedIn("pool.chair@hokudai.ac.jp");
		String id = read(chair.postJson(url("/api/reviewers"), "{\"email\":\"pool.cap@snu.ac.kr\",\"maxLoad\":3}"))
			.get("id")
			.asString();
		this.mongo
			.insert(Assignment.of(UUID.fromString(id), UUID.randomUUID(), AssignmentSource.MANUAL, Instant.now()));
		this.mongo
			.insert(Assignment.of(UUID.fromString(id), UUID.randomUUID(), AssignmentSource.MANUAL, Instant.now()));

		HttpResponse<String> below = chair.putJson(url("/api/reviewers/" + id), "{\"maxLoad\":1}");
		assertThat(below.statusCode()).isEqualTo(422);
		assertThat(read(below).get("code").asString()).isEqualTo("reviewer.capBelowLoad");
		assertThat(read(below).get("detail").asString()).contains("has 2 abstracts assigned", "assignments page");
		assertThat(chair.putJson(url("/api/reviewers/" + id), "{\"maxLoad\":51}").statusCode()).isEqualTo(400);
		assertThat(chair.putJson(url("/api/reviewers/" + id), "{}").statusCode()).isEqualTo(400);
		assertThat(chair.putJson(url("/api/reviewers/" + UUID.randomUUID()), "{\"maxLoad\":2}").statusCode())
			.isEqualTo(404);
		assertThat(chair.putJson(url("/api/reviewers/nobody"), "{\"maxLoad\":2}").statusCode()).isEqualTo(404);
		assertThat(this.mongo.findById(UUID.fromString(id), ReviewerProfile.class).maxLoad()).isEqualTo(3);

		HttpResponse<String> byAddress = chair.putJson(url("/api/reviewers/Pool.Cap@snu.ac.kr"), "{\"maxLoad\":2}");
		assertThat(byAddress.statusCode()).as(byAddress.body()).isEqualTo(200);
		assertThat(read(byAddress).get("maxLoad").asInt()).isEqualTo(2);
		assertThat(read(byAddress).get("load").asInt()).isEqualTo(2);
		assertThat(
				this.mongo.exists(Query.query(Criteria.where("action").is("reviewer.cap.changed")), AuditEntry.class))
			.isTrue();

		WebSession author = this.logins.loggedIn("pool.author@hokudai.ac.jp");
		assertThat(author.putJson(url("/api/reviewers/" + id), "{\"maxLoad\":5}").statusCode()).isEqualTo(403);
		assertThat(author.delete(url("/api/reviewers/" + id)).statusCode()).isEqualTo(403);
	}

	@Test
	void aChairRemovesAReviewerWithTheirAssignmentsOnlyWhenConfirmed() {
		WebSession chair = this.logins.loggedIn("pool.chair@hokudai.ac.jp");
		store(AccountFixtures.author("pool.leaving@hokudai.ac.jp")
			.withId(Account.idFor("pool.leaving@hokudai.ac.jp"))
			.build());
		UUID id = UUID.fromString(
				read(chair.postJson(url("/api/reviewers"), "{\"email\":\"pool.leaving@hokudai.ac.jp\"}")).get("id")
					.asString());
		WebSession leaving = this.logins.loggedIn("pool.leaving@hokudai.ac.jp");
		assertThat(read(leaving.getJson(url("/api/me"))).get("roles").toString()).contains("REVIEWER");
		this.mongo.insert(Assignment.of(id, UUID.randomUUID(), AssignmentSource.MANUAL, Instant.now()));
		this.mongo.insert(Bid.of(id, UUID.randomUUID(), BidLevel.EAGER, Instant.now()));

		HttpResponse<String> refused = chair.delete(url("/api/reviewers/" + id));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(read(refused).get("code").asString()).isEqualTo("reviewer.hasAssignments");
		assertThat(read(refused).get("detail").asString()).contains("1 abstracts assigned", "removeAssignments=true");
		assertThat(this.mongo.findById(id, ReviewerProfile.class)).as("nothing removed").isNotNull();
		assertThat(this.mongo.count(Query.query(Criteria.where("reviewerId").is(id)), Assignment.class)).isEqualTo(1);
		assertThat(this.mongo.count(Query.query(Criteria.where("reviewerId").is(id)), Bid.class)).isEqualTo(1);

		HttpResponse<String> removed = chair
			.delete(url("/api/reviewers/pool.leaving@hokudai.ac.jp?removeAssignments=true"));
		assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
		assertThat(read(removed).get("removedAssignments").asInt()).isEqualTo(1);
		assertThat(read(removed).get("removedBids").asInt()).isEqualTo(1);
		assertThat(this.mongo.findById(id, ReviewerProfile.class)).isNull();
		assertThat(this.mongo.count(Query.query(Criteria.where("reviewerId").is(id)), Assignment.class)).isZero();
		assertThat(this.mongo.count(Query.query(Criteria.where("reviewerId").is(id)), Bid.class)).isZero();
		assertThat(read(chair.getJson(url("/api/reviewers"))).toString()).doesNotContain("pool.leaving@hokudai.ac.jp");
		assertThat(read(leaving.getJson(url("/api/me"))).get("roles").toString()).as("the derived role is gone")
			.doesNotContain("REVIEWER");
		assertThat(leaving.getJson(url("/api/me/reviewer-profile")).statusCode()).isEqualTo(403);
		assertThat(this.mongo.exists(Query.query(Criteria.where("action").is("reviewer.removed")), AuditEntry.class))
			.isTrue();
		assertThat(chair.delete(url("/api/reviewers/" + id)).statusCode()).as("removed already").isEqualTo(404);
	}

	private void assertRefused(WebSession session, String body, int status, String code) {
		HttpResponse<String> response = session.putJson(url("/api/me/reviewer-profile"), body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(read(response).get("detail").asString()).isNotBlank();
		if (code != null) {
			assertThat(read(response).get("code").asString()).isEqualTo(code);
		}
	}

	private List<OutboxMail> invitations(String to) {
		return this.mongo.find(Query.query(Criteria.where("to").is(to).and("template").is("reviewer-invitation")),
				OutboxMail.class);
	}

	private JsonNode entry(JsonNode pool, String email) {
		for (JsonNode reviewer : pool) {
			if (reviewer.get("email").asString().equals(email)) {
				return reviewer;
			}
		}
		throw new AssertionError(email + " is not in " + pool);
	}

	private void store(Account account) {
		if (!this.mongo.exists(Query.query(Criteria.where("email").is(account.email())), Account.class)) {
			this.mongo.insert(account);
		}
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
