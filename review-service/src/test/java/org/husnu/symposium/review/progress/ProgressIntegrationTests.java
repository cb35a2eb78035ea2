package org.husnu.symposium.review.progress;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewReminder;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Progress and reminders over HTTP against the embedded store. Three reviewers: Yamada
 * (Japanese mails) has a submitted review, a draft, an abstract not started and an
 * assignment of a withdrawn abstract; Kim (Korean mails) has an abstract not started, a
 * draft and an assignment they declared a conflict with; Lee has submitted everything.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class ProgressIntegrationTests {

	static final String CHAIR = "prog.chair@hokudai.ac.jp";

	static final String YAMADA = "prog.yamada@hokudai.ac.jp";

	static final String KIM = "prog.kim@snu.ac.kr";

	static final String LEE = "prog.lee@snu.ac.kr";

	static final String AUTHOR = "prog.author@hokudai.ac.jp";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	Seeded seeded;

	EventSettings settings;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		this.seeded = Seeded.into(this.mongo);
		this.settings = this.mongo.findById(EventSettings.ID, EventSettings.class);
	}

	@AfterEach
	void restoreDeadlines() {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("submissionDeadline", this.settings.submissionDeadline())
					.set("reviewDeadline", this.settings.reviewDeadline()),
				EventSettings.class);
	}

	@Test
	void aChairSeesCompletionPerReviewerAndPerAbstractCountingOnlySubmittedReviewsOfCountedPairs() {
		JsonNode progress = read(this.logins.loggedIn(CHAIR).getJson(url("/api/progress")), 200);

		JsonNode yamada = reviewer(progress, YAMADA);
		assertThat(yamada.get("name").asString()).isEqualTo("山田 太郎");
		assertThat(yamada.get("institution").asString()).isEqualTo("HU");
		assertThat(counts(yamada)).as("the withdrawn abstract does not count").containsExactly(3, 1, 1, 1);
		assertThat(yamada.get("complete").asBoolean()).isFalse();
		assertThat(yamada.get("overdue").asBoolean()).isFalse();
		assertThat(yamada.get("lastRemindedAt").isNull()).isTrue();
		assertThat(yamada.get("unfinished").findValuesAsString("number")).containsExactly("A-602", "A-603");
		JsonNode kim = reviewer(progress, KIM);
		assertThat(counts(kim)).as("the conflicted pair does not count").containsExactly(2, 0, 1, 1);
		JsonNode lee = reviewer(progress, LEE);
		assertThat(counts(lee)).containsExactly(2, 2, 0, 0);
		assertThat(lee.get("complete").asBoolean()).isTrue();
		assertThat(lee.get("percent").asInt()).isEqualTo(100);

		assertThat(progress.get("abstracts").findValuesAsString("number")).containsExactly("A-601", "A-602", "A-603");
		JsonNode first = progress.get("abstracts").get(0);
		assertThat(List.of(first.get("assigned").asInt(), first.get("submitted").asInt(), first.get("missing").asInt()))
			.containsExactly(3, 2, 1);
		assertThat(first.get("reviewers").findValuesAsString("status")).containsExactlyInAnyOrder("SUBMITTED",
				"SUBMITTED", "NOT_STARTED");
		JsonNode third = progress.get("abstracts").get(2);
		assertThat(List.of(third.get("assigned").asInt(), third.get("submitted").asInt(), third.get("missing").asInt()))
			.containsExactly(2, 0, 2);

		JsonNode totals = progress.get("totals");
		assertThat(List.of(totals.get("assigned").asInt(), totals.get("submitted").asInt(),
				totals.get("drafts").asInt(), totals.get("notStarted").asInt(), totals.get("reviewersComplete").asInt(),
				totals.get("abstractsComplete").asInt()))
			.containsExactly(7, 3, 2, 2, 1, 0);
		JsonNode deadline = progress.get("deadline");
		assertThat(deadline.get("zone").asString()).isEqualTo("Asia/Tokyo");
		assertThat(deadline.get("local").asString()).endsWith("+09:00");
		assertThat(Instant.parse(deadline.get("at").asString())).isEqualTo(this.settings.reviewDeadline().at());
		assertThat(deadline.get("passed").asBoolean()).isFalse();
	}

	@Test
	void reviewersWithUnfinishedReviewsAreOverdueOnceTheDeadlinePassed() {
		moveReviewDeadlineTo(Instant.now().minus(Duration.ofDays(1)));
		JsonNode progress = read(this.logins.loggedIn(CHAIR).getJson(url("/api/progress")), 200);
		assertThat(progress.get("deadline").get("passed").asBoolean()).isTrue();
		assertThat(reviewer(progress, YAMADA).get("overdue").asBoolean()).isTrue();
		assertThat(reviewer(progress, LEE).get("overdue").asBoolean()).isFalse();
		assertThat(progress.get("abstracts").get(0).get("overdue").asBoolean()).isTrue();
	}

	@Test
	void thePreviewIsTheReviewersMailInTheirLanguageListingTheirUnfinishedAbstracts() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		String deadline = this.settings.reviewDeadline()
			.in(this.settings.zone())
			.toLocalDateTime()
			.toString()
			.replace('T', ' ') + " (Asia/Tokyo)";

		JsonNode japanese = read(chair.getJson(url("/api/progress/reminders/preview?reviewer=" + id(YAMADA))), 200);
		assertThat(japanese.get("to").asString()).isEqualTo(YAMADA);
		assertThat(japanese.get("language").asString()).isEqualTo("JA");
		assertThat(japanese.get("subject").asString()).contains("査読");
		assertThat(japanese.get("text").asString())
			.contains("山田 太郎 様", "A-602  Retinal screening", "A-603  Dementia care robots", "下書き", deadline, "/reviews")
			.doesNotContain("A-601", "A-604");

		JsonNode korean = read(chair.getJson(url("/api/progress/reminders/preview?reviewer=" + id(KIM))), 200);
		assertThat(korean.get("language").asString()).isEqualTo("KO");
		assertThat(korean.get("subject").asString()).contains("심사");
		assertThat(korean.get("text").asString())
			.contains("김민준 님", "A-601  Sepsis prediction", "A-603  Dementia care robots", "임시 저장", deadline)
			.as("the conflicted abstract is not named to them")
			.doesNotContain("A-602");
		assertThat(this.mongo.count(new Query(), ReviewReminder.class)).as("a preview sends nothing").isZero();
		assertThat(outbox()).isEmpty();

		HttpResponse<String> complete = chair.getJson(url("/api/progress/reminders/preview?reviewer=" + id(LEE)));
		assertThat(read(complete, 422).get("code").asString()).isEqualTo("progress.reminders.nothingToDo");
		assertThat(chair.getJson(url("/api/progress/reminders/preview?reviewer=" + UUID.randomUUID())).statusCode())
			.isEqualTo(404);
		assertThat(chair.getJson(url("/api/progress/reminders/preview?reviewer=nobody")).statusCode()).isEqualTo(404);
	}

	@Test
	void remindersAreQueuedAsPreviewedRecordedAuditedAndRateLimitedUnlessForced() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode preview = read(chair.getJson(url("/api/progress/reminders/preview?reviewer=" + id(YAMADA))), 200);

		JsonNode sent = read(chair.postJson(url("/api/progress/reminders"),
				"{\"reviewers\":[\"" + id(YAMADA) + "\",\"" + id(KIM) + "\",\"" + id(LEE) + "\"]}"), 200);
		assertThat(sent.get("queued").findValuesAsString("to")).containsExactlyInAnyOrder(YAMADA, KIM);
		assertThat(sent.get("skipped").findValuesAsString("reason")).containsExactly("complete");
		assertThat(sent.get("rateLimitHours").asInt()).isEqualTo(12);
		assertThat(sent.get("rateLimit").asString()).contains("12 hours", "force");
		List<OutboxMail> mails = outbox();
		assertThat(mails).hasSize(2).allSatisfy((mail) -> assertThat(mail.template()).isEqualTo("reminder-reviews"));
		OutboxMail toYamada = mails.stream().filter((mail) -> mail.to().equals(YAMADA)).findFirst().orElseThrow();
		assertThat(toYamada.language()).isEqualTo(Language.JA);
		assertThat(toYamada.subject()).isEqualTo(preview.get("subject").asString());
		assertThat(toYamada.text()).as("the chair read exactly this").isEqualTo(preview.get("text").asString());
		assertThat(this.mongo.findAll(ReviewReminder.class)).hasSize(2)
			.allSatisfy((reminder) -> assertThat(reminder.kind()).isEqualTo(ReviewReminder.Kind.MANUAL));
		assertThat(this.mongo.find(Query.query(Criteria.where("action").is("reminder.sent")), AuditEntry.class))
			.extracting(AuditEntry::subject)
			.containsExactlyInAnyOrder(YAMADA, KIM);
		JsonNode progress = read(chair.getJson(url("/api/progress")), 200);
		assertThat(reviewer(progress, YAMADA).get("lastRemindedAt").isNull()).isFalse();

		HttpResponse<String> again = chair.postJson(url("/api/progress/reminders"),
				"{\"reviewers\":[\"" + id(YAMADA) + "\"]}");
		JsonNode limited = read(again, 429);
		assertThat(limited.get("code").asString()).isEqualTo("progress.reminders.recentlyReminded");
		assertThat(limited.get("detail").asString()).contains("12 hours", "force");
		assertThat(read(chair.getJson(url("/api/progress/reminders/preview?reviewer=" + id(YAMADA))), 200)
			.get("rateLimited")
			.asBoolean()).isTrue();
		assertThat(outbox()).hasSize(2);

		JsonNode forced = read(chair.postJson(url("/api/progress/reminders"),
				"{\"reviewers\":[\"" + id(YAMADA) + "\"],\"force\":true}"), 200);
		assertThat(forced.get("queued").get(0).get("forced").asBoolean()).isTrue();
		assertThat(outbox()).hasSize(3);

		// twelve hours and a minute later the rate limit has passed
		this.mongo.updateMulti(new Query(),
				new Update().set("sentAt", Instant.now().minus(Duration.ofHours(12).plusMinutes(1))),
				ReviewReminder.class);
		JsonNode everyone = read(chair.postJson(url("/api/progress/reminders"), "{\"allIncomplete\":true}"), 200);
		assertThat(everyone.get("queued").findValuesAsString("to")).containsExactlyInAnyOrder(YAMADA, KIM);
		assertThat(everyone.get("queued").findValuesAsString("forced")).containsOnly("false");
		assertThat(outbox()).hasSize(5);
	}

	@Test
	void remindingOnlyCompleteReviewersOrNobodyIsRefusedAndNothingIsQueued() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode complete = read(
				chair.postJson(url("/api/progress/reminders"), "{\"reviewers\":[\"" + id(LEE) + "\"]}"), 422);
		assertThat(complete.get("code").asString()).isEqualTo("progress.reminders.nothingToDo");
		assertThat(complete.get("detail").asString()).contains(LEE);
		assertThat(read(chair.postJson(url("/api/progress/reminders"), "{}"), 422).get("code").asString())
			.isEqualTo("progress.reminders.none");
		assertThat(chair.postJson(url("/api/progress/reminders"), "{\"reviewers\":[\"" + UUID.randomUUID() + "\"]}")
			.statusCode()).isEqualTo(404);
		assertThat(chair.postJson(url("/api/progress/reminders"), "{\"reviewers\":\"oops\"}").statusCode())
			.isEqualTo(400);
		assertThat(outbox()).isEmpty();
		assertThat(this.mongo.count(new Query(), ReviewReminder.class)).isZero();
	}

	@Test
	void reviewersAndAuthorsAreRefusedAndNothingIsQueued() {
		for (String email : List.of(YAMADA, AUTHOR)) {
			WebSession other = this.logins.loggedIn(email);
			assertThat(other.getJson(url("/api/progress")).statusCode()).as(email).isEqualTo(403);
			assertThat(other.getJson(url("/api/progress/reminders/preview?reviewer=" + id(KIM))).statusCode())
				.isEqualTo(403);
			HttpResponse<String> send = other.postJson(url("/api/progress/reminders"), "{\"allIncomplete\":true}");
			assertThat(send.statusCode()).isEqualTo(403);
			assertThat(send.body()).doesNotContain(KIM, "김민준");
			assertThat(other.get(url("/progress")).statusCode()).isEqualTo(403);
			assertThat(other.get(url("/progress/reminders/preview?all=true")).body()).doesNotContain(KIM);
		}
		assertThat(outbox()).isEmpty();
		assertThat(this.mongo.count(new Query(), ReviewReminder.class)).isZero();
	}

	private void moveReviewDeadlineTo(Instant at) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("submissionDeadline.at", at.minus(Duration.ofDays(30))).set("reviewDeadline.at", at),
				EventSettings.class);
	}

	private List<OutboxMail> outbox() {
		return this.mongo.find(Query.query(Criteria.where("to").regex("^prog\\.")), OutboxMail.class);
	}

	private UUID id(String email) {
		return this.seeded.ids().get(email);
	}

	private static JsonNode reviewer(JsonNode progress, String email) {
		for (JsonNode reviewer : progress.get("reviewers")) {
			if (reviewer.get("email").asString().equals(email)) {
				return reviewer;
			}
		}
		throw new AssertionError("no reviewer " + email + " in " + progress);
	}

	private static List<Integer> counts(JsonNode reviewer) {
		return List.of(reviewer.get("assigned").asInt(), reviewer.get("submitted").asInt(),
				reviewer.get("drafts").asInt(), reviewer.get("notStarted").asInt());
	}

	private JsonNode read(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * The data of these tests, also used by the page test.
	 *
	 * @param ids account id per address
	 */
	record Seeded(Map<String, UUID> ids) {

		static Seeded into(MongoOperations mongo) {
			for (Class<?> type : List.of(Assignment.class, ReviewerProfile.class, AbstractSubmission.class,
					Review.class, Conflict.class, ReviewReminder.class)) {
				mongo.remove(new Query(), type);
			}
			mongo.remove(Query.query(Criteria.where("to").regex("^prog\\.")), OutboxMail.class);
			mongo.remove(Query.query(Criteria.where("action").regex("^reminder\\.")), AuditEntry.class);
			store(mongo, AccountFixtures.chair(CHAIR).withName("Chair Progress").build());
			store(mongo, AccountFixtures.author(AUTHOR).build());
			Account yamada = store(mongo,
					AccountFixtures.author(YAMADA)
						.withName("山田 太郎")
						.withInstitution("HU")
						.withLanguage(Language.JA)
						.build());
			Account kim = store(mongo,
					AccountFixtures.author(KIM)
						.withName("김민준")
						.withInstitution("SNU")
						.withLanguage(Language.KO)
						.build());
			Account lee = store(mongo, AccountFixtures.author(LEE).withName("Lee Done").withInstitution("SNU").build());
			for (Account reviewer : List.of(yamada, kim, lee)) {
				mongo
					.insert(ReviewerFixtures.profile(reviewer.id()).withEmail(reviewer.email()).withMaxLoad(5).build());
			}
			UUID a1 = submitted(mongo, "A-601", "Sepsis prediction", AbstractStatus.SUBMITTED);
			UUID a2 = submitted(mongo, "A-602", "Retinal screening", AbstractStatus.SUBMITTED);
			UUID a3 = submitted(mongo, "A-603", "Dementia care robots", AbstractStatus.SUBMITTED);
			UUID a4 = submitted(mongo, "A-604", "Withdrawn one", AbstractStatus.WITHDRAWN);
			assign(mongo, yamada, a1, a2, a3, a4);
			assign(mongo, kim, a1, a2, a3);
			assign(mongo, lee, a1, a2);
			review(mongo, yamada, a1, ReviewStatus.SUBMITTED);
			review(mongo, yamada, a2, ReviewStatus.DRAFT);
			review(mongo, kim, a3, ReviewStatus.DRAFT);
			review(mongo, lee, a1, ReviewStatus.SUBMITTED);
			review(mongo, lee, a2, ReviewStatus.SUBMITTED);
			mongo.insert(Conflict.declared(kim.id(), a2, "my former student", kim.id(), Instant.now()));
			return new Seeded(Map.of(YAMADA, yamada.id(), KIM, kim.id(), LEE, lee.id()));
		}

		private static Account store(MongoOperations mongo, Account account) {
			mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
			mongo.insert(account);
			return account;
		}

		private static UUID submitted(MongoOperations mongo, String number, String title, AbstractStatus status) {
			UUID id = UUID.randomUUID();
			mongo.insert(AbstractFixtures.submitted()
				.withId(id)
				.withNumber(number)
				.withTitle(title)
				.withStatus(status)
				.build());
			return id;
		}

		private static void assign(MongoOperations mongo, Account reviewer, UUID... abstracts) {
			for (UUID abstractId : abstracts) {
				mongo.insert(Assignment.of(reviewer.id(), abstractId, AssignmentSource.MANUAL, Instant.now()));
			}
		}

		private static void review(MongoOperations mongo, Account reviewer, UUID abstractId, ReviewStatus status) {
			Instant at = Instant.now();
			boolean submitted = status == ReviewStatus.SUBMITTED;
			mongo.insert(new Review(null, abstractId, reviewer.id(), Map.of("originality", 4), (submitted) ? 3 : null,
					(submitted) ? Recommendation.ACCEPT_POSTER : null, "Clear aims.", "Borderline.", status, at,
					(submitted) ? at : null, null));
		}

	}

}
