package org.husnu.symposium.review.reviewing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.MutableClock;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review form and a reviewer's own reviews through the API, against the embedded
 * store and a test clock: the form's round trip and change report, drafts, submission and
 * edits until the deadline, 409 on a stale version (also from two saves at once), 404
 * with nothing written for reviewers who may not review, scores off the form, and the
 * other reviews shown anonymised only after one's own is submitted and only when the
 * chairs allow it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class,
		ReviewingIntegrationTests.TestClock.class })
class ReviewingIntegrationTests {

	static final String CHAIR = "rv.chair@snu.ac.kr";

	static final String FIRST = "rv.first@snu.ac.kr";

	static final String SECOND = "rv.second@snu.ac.kr";

	static final String THIRD = "rv.third@snu.ac.kr";

	static final String CONFLICTED = "rv.conflicted@snu.ac.kr";

	static final String UNASSIGNED = "rv.unassigned@snu.ac.kr";

	static final String COMPLETE = "{\"scores\":{\"ORIGINALITY\":4,\"CLINICAL_IMPACT\":5,\"METHODOLOGY\":3,"
			+ "\"CLARITY\":4,\"COLLABORATION\":5},\"confidence\":3,\"recommendation\":\"ACCEPT_ORAL\","
			+ "\"commentsToAuthors\":\"Clear and useful.\",\"commentsToChairs\":\"Secret note for chairs\"";

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	MutableClock clock;

	Logins logins;

	AbstractSubmission reviewed;

	Instant deadline;

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		for (Class<?> type : List.of(Assignment.class, ReviewerProfile.class, AbstractSubmission.class, Conflict.class,
				Review.class, ReviewForm.class)) {
			this.mongo.remove(new Query(), type);
		}
		this.mongo.remove(Query.query(Criteria.where("email").regex("^rv\\.")), Account.class);
		this.mongo.insert(AccountFixtures.chair(CHAIR).withInstitution("SNU").build());
		this.reviewed = this.mongo.insert(AbstractFixtures.submitted()
			.withId(UUID.randomUUID())
			.withNumber("A-601")
			.withTitle("Sepsis alerts from routine vitals")
			.build());
		for (String email : List.of(FIRST, SECOND, THIRD, CONFLICTED, UNASSIGNED)) {
			Account account = this.mongo.insert(AccountFixtures.reviewer(email)
				.withName("Jiwoo " + email.substring(3, 8))
				.withInstitution("SNU")
				.build());
			this.mongo.insert(ReviewerFixtures.profile(account.id()).withEmail(email).build());
			if (!email.equals(UNASSIGNED)) {
				this.mongo.insert(Assignment.of(account.id(), this.reviewed.id(), AssignmentSource.MANUAL,
						this.reviewed.createdAt()));
			}
			if (email.equals(CONFLICTED)) {
				this.mongo.insert(Conflict.of(account.id(), this.reviewed.id(), ConflictReason.DECLARED,
						"Former student", this.reviewed.createdAt()));
			}
		}
		this.deadline = this.mongo.findById(EventSettings.ID, EventSettings.class).reviewDeadline().closesAt();
		this.clock.set(this.deadline.minus(Duration.ofDays(10)));
	}

	@Test
	void chairsReadAndChangeTheFormAndAreToldWhatChanged() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode form = read(chair.getJson(url("/api/review-form")));
		assertThat(form.get("criteria")).hasSize(5);
		assertThat(form.get("version").isNull()).as("the default form was never saved").isTrue();
		ObjectNode changed = (ObjectNode) form;
		((ObjectNode) changed.get("criteria").get(3)).put("weight", 1.5);
		((ObjectNode) changed.get("criteria").get(3)).set("help", this.json
			.readTree("{\"en\":\"Can a clinician follow it?\",\"ja\":\"臨床医が理解できるか\",\"ko\":\"임상의가 이해할 수 있는가\"}"));
		changed.put("showOtherReviews", true);

		HttpResponse<String> saved = chair.putJson(url("/api/review-form"), changed.toString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode body = read(saved);
		assertThat(texts(body.get("changes"))).containsExactly("weight of CLARITY 0.5 → 1.5",
				"label or help text of CLARITY changed", "reviewers who submitted now see the other reviews");
		assertThat(body.get("form").get("version").asLong()).isZero();
		JsonNode reread = read(this.logins.loggedIn(FIRST).getJson(url("/api/review-form")));
		assertThat(reread.get("criteria").get(3).get("help").get("ja").asString()).isEqualTo("臨床医が理解できるか");
		assertThat(reread.get("showOtherReviews").asBoolean()).isTrue();

		HttpResponse<String> stale = chair.putJson(url("/api/review-form"), changed.toString());
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(read(stale).get("code").asString()).isEqualTo("form.conflict");
		assertThat(this.mongo.find(Query.query(Criteria.where("action").is("reviewForm.changed")), AuditEntry.class))
			.hasSize(1);
		assertThat(this.mongo.findById("revision-000000", ReviewForm.class).criteria().get(3).weight())
			.as("the form as it was is kept")
			.isEqualTo(0.5);
	}

	@Test
	void reviewersAndAuthorsMayNotChangeTheFormAndBrokenFormsAreRefusedWithNothingWritten() {
		WebSession reviewer = this.logins.loggedIn(FIRST);
		String form = read(reviewer.getJson(url("/api/review-form"))).toString();
		assertThat(reviewer.putJson(url("/api/review-form"), form).statusCode()).isEqualTo(403);
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode broken = (ObjectNode) read(chair.getJson(url("/api/review-form")));
		((ObjectNode) broken.get("criteria").get(0)).put("max", 0);
		HttpResponse<String> refused = chair.putJson(url("/api/review-form"), broken.toString());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(read(refused).get("code").asString()).isEqualTo("form.criterion.scale");
		ObjectNode duplicate = (ObjectNode) read(chair.getJson(url("/api/review-form")));
		((ArrayNode) duplicate.get("criteria")).add(duplicate.get("criteria").get(0).deepCopy());
		assertThat(read(chair.putJson(url("/api/review-form"), duplicate.toString())).get("code").asString())
			.isEqualTo("form.criterion.duplicate");
		ObjectNode empty = (ObjectNode) read(chair.getJson(url("/api/review-form")));
		empty.remove("showOtherReviews");
		((ArrayNode) empty.get("criteria")).removeAll();
		HttpResponse<String> none = chair.putJson(url("/api/review-form"), empty.toString());
		assertThat(none.statusCode()).as("a field left out is not a malformed body").isEqualTo(400);
		assertThat(read(none).get("errors").get(0).get("field").asString()).isEqualTo("criteria");
		assertThat(this.mongo.findAll(ReviewForm.class)).isEmpty();
	}

	@Test
	void removingAScoredCriterionOrNarrowingAScaleNeedsConfirmationAndOldScoresStayReadable() {
		WebSession first = this.logins.loggedIn(FIRST);
		assertThat(first.putJson(url("/api/reviews/A-601"), COMPLETE + ",\"version\":null}").statusCode())
			.isEqualTo(200);
		assertThat(first.postJson(url("/api/reviews/A-601/submit"), "{}").statusCode()).isEqualTo(200);
		WebSession chair = this.logins.loggedIn(CHAIR);
		ObjectNode form = (ObjectNode) read(chair.getJson(url("/api/review-form")));
		((ArrayNode) form.get("criteria")).remove(4);
		((ObjectNode) form.get("criteria").get(0)).put("max", 3);

		HttpResponse<String> refused = chair.putJson(url("/api/review-form"), form.toString());
		assertThat(refused.statusCode()).isEqualTo(409);
		JsonNode problem = read(refused);
		assertThat(problem.get("code").asString()).isEqualTo("form.confirmRequired");
		assertThat(texts(problem.get("changes"))).contains(
				"criterion COLLABORATION removed; 1 submitted reviews scored it (their scores stay readable, the ranking no longer uses them)",
				"scale of ORIGINALITY changed from 1–5 to 1–3 — 1 reviews have scores outside it");
		assertThat(this.mongo.findAll(ReviewForm.class)).as("nothing written").isEmpty();

		HttpResponse<String> confirmed = chair.putJson(url("/api/review-form?confirm=true"), form.toString());
		assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
		JsonNode own = read(first.getJson(url("/api/reviews/A-601")));
		assertThat(own.get("scores").has("COLLABORATION")).isFalse();
		assertThat(own.get("retired").get(0).get("code").asString()).isEqualTo("COLLABORATION");
		assertThat(own.get("retired").get(0).get("label").get("en").asString())
			.isEqualTo("Potential for HU-SNU collaboration");
		assertThat(own.get("retired").get(0).get("score").asInt()).isEqualTo(5);
		assertThat(this.mongo.findAll(Review.class).get(0).scores()).as("the stored review is untouched")
			.containsEntry("COLLABORATION", 5);
	}

	@Test
	void aReviewerDraftsSubmitsAndEditsUntilTheDeadline() {
		WebSession first = this.logins.loggedIn(FIRST);
		JsonNode assigned = read(first.getJson(url("/api/reviews/assigned")));
		assertThat(assigned).hasSize(1);
		assertThat(assigned.get(0).get("number").asString()).isEqualTo("A-601");
		assertThat(assigned.get(0).get("status").asString()).isEqualTo("NOT_STARTED");
		assertThat(assigned.get(0).get("dueLocal").asString()).endsWith("+09:00");
		assertThat(Instant.parse(assigned.get(0).get("due").asString())).isBeforeOrEqualTo(this.deadline);
		assertThat(read(first.getJson(url("/api/reviews/a-601"))).get("status").asString()).isEqualTo("NOT_STARTED");

		HttpResponse<String> draft = first.putJson(url("/api/reviews/A-601"),
				"{\"scores\":{\"ORIGINALITY\":2},\"commentsToAuthors\":\"Half done\",\"version\":null}");
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
		assertThat(read(draft).get("status").asString()).isEqualTo("DRAFT");
		long version = read(draft).get("version").asLong();
		HttpResponse<String> incomplete = first.postJson(url("/api/reviews/A-601/submit"), "{}");
		assertThat(incomplete.statusCode()).isEqualTo(422);
		assertThat(read(incomplete).get("code").asString()).isEqualTo("review.incomplete");
		assertThat(read(incomplete).get("detail").asString()).contains("Clinical and societal impact",
				"Give a recommendation");

		JsonNode complete = read(first.putJson(url("/api/reviews/A-601"), COMPLETE + ",\"version\":" + version + "}"));
		this.clock.advance(Duration.ofMinutes(5));
		JsonNode submitted = read(first.postJson(url("/api/reviews/A-601/submit"),
				"{\"version\":" + complete.get("version").asLong() + "}"));
		assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");
		Instant submittedAt = Instant.parse(submitted.get("submittedAt").asString());

		this.clock.advance(Duration.ofHours(2));
		HttpResponse<String> edited = first.putJson(url("/api/reviews/A-601"),
				COMPLETE.replace("Clear and useful.", "Clear, useful, and now checked twice.") + ",\"version\":"
						+ submitted.get("version").asLong() + "}");
		assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
		assertThat(read(edited).get("status").asString()).as("an edit keeps it submitted").isEqualTo("SUBMITTED");
		assertThat(Instant.parse(read(edited).get("submittedAt").asString())).isEqualTo(submittedAt);
		assertThat(Instant.parse(read(edited).get("updatedAt").asString())).isAfter(submittedAt);
		HttpResponse<String> emptied = first.putJson(url("/api/reviews/A-601"),
				"{\"scores\":{},\"version\":" + read(edited).get("version").asLong() + "}");
		assertThat(read(emptied).get("code").asString()).as("a submitted review stays complete")
			.isEqualTo("review.incomplete");
		assertThat(read(first.getJson(url("/api/reviews/assigned"))).get(0).get("status").asString())
			.isEqualTo("SUBMITTED");
		assertThat(this.mongo.findAll(Review.class).get(0).commentsToAuthors())
			.isEqualTo("Clear, useful, and now checked twice.");

		this.clock.set(this.deadline.plusSeconds(1));
		HttpResponse<String> late = first.putJson(url("/api/reviews/A-601"),
				COMPLETE + ",\"version\":" + read(edited).get("version").asLong() + "}");
		assertThat(late.statusCode()).isEqualTo(403);
		assertThat(read(late).get("code").asString()).isEqualTo("review.deadlinePassed");
		assertThat(first.postJson(url("/api/reviews/A-601/submit"), "{}").statusCode()).isEqualTo(403);
		JsonNode after = read(first.getJson(url("/api/reviews/A-601")));
		assertThat(after.get("editable").asBoolean()).isFalse();
		assertThat(after.get("commentsToAuthors").asString()).isEqualTo("Clear, useful, and now checked twice.");
	}

	@Test
	void aStaleVersionAnswers409AndOfTwoConcurrentSavesOneWins() throws Exception {
		WebSession tab1 = this.logins.loggedIn(FIRST);
		WebSession tab2 = this.logins.loggedIn(FIRST);
		long version = read(tab1.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"CLARITY\":3},\"version\":null}"))
			.get("version")
			.asLong();
		assertThat(tab1.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"CLARITY\":4},\"version\":" + version + "}")
			.statusCode()).isEqualTo(200);
		HttpResponse<String> stale = tab2.putJson(url("/api/reviews/A-601"),
				"{\"scores\":{\"CLARITY\":1},\"version\":" + version + "}");
		assertThat(stale.statusCode()).isEqualTo(409);
		assertThat(read(stale).get("code").asString()).isEqualTo("review.conflict");
		assertThat(read(stale).get("detail").asString()).contains("another tab", "reload");

		long current = read(tab1.getJson(url("/api/reviews/A-601"))).get("version").asLong();
		List<Integer> statuses = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			long base = read(tab1.getJson(url("/api/reviews/A-601"))).get("version").asLong();
			CountDownLatch start = new CountDownLatch(1);
			List<CompletableFuture<Integer>> saves = new ArrayList<>();
			for (WebSession tab : List.of(tab1, tab2)) {
				saves.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return tab
						.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"CLARITY\":2},\"version\":" + base + "}")
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> round2 = saves.stream().map(CompletableFuture::join).sorted().toList();
			assertThat(round2).as("one of two saves of version " + base + " wins").containsExactly(200, 409);
			statuses.addAll(round2);
		}
		assertThat(read(tab1.getJson(url("/api/reviews/A-601"))).get("version").asLong()).isEqualTo(current + 5);
	}

	@Test
	void whoMayNotReviewAnAbstractGets404ForEverythingAndNothingIsWritten() {
		for (String email : List.of(CONFLICTED, UNASSIGNED, CHAIR)) {
			WebSession session = this.logins.loggedIn(email);
			for (HttpResponse<String> response : List.of(session.getJson(url("/api/reviews/A-601")),
					session.putJson(url("/api/reviews/A-601"), COMPLETE + "}"),
					session.postJson(url("/api/reviews/A-601/submit"), "{}"),
					session.getJson(url("/api/reviews/A-601/others")),
					session.getJson(url("/api/reviews/" + this.reviewed.id())))) {
				assertThat(response.statusCode()).as(email + " " + response.uri()).isEqualTo(404);
				assertThat(response.body()).doesNotContain("Sepsis alerts");
			}
			if (email.equals(CHAIR)) {
				assertThat(session.getJson(url("/api/reviews/assigned")).statusCode()).as("not a reviewer")
					.isEqualTo(403);
			}
			else {
				assertThat(read(session.getJson(url("/api/reviews/assigned")))).as(email).isEmpty();
			}
		}
		assertThat(this.logins.loggedIn(FIRST).getJson(url("/api/reviews/A-999")).statusCode()).isEqualTo(404);
		assertThat(this.mongo.findAll(Review.class)).isEmpty();
	}

	@Test
	void scoresOffTheScaleUnknownCriteriaAndBadConfidenceAreRefusedWithStableCodes() {
		WebSession first = this.logins.loggedIn(FIRST);
		assertProblem(first.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"ORIGINALITY\":6}}"), 422,
				"review.scores");
		assertProblem(first.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"ORIGINALITY\":0}}"), 422,
				"review.scores");
		assertProblem(first.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"NOVELTY\":3}}"), 422,
				"review.scores.unknown");
		assertProblem(first.putJson(url("/api/reviews/A-601"), "{\"confidence\":9}"), 422, "review.confidence");
		assertThat(first.putJson(url("/api/reviews/A-601"), "{\"recommendation\":\"MAYBE\"}").statusCode())
			.isEqualTo(400);
		assertThat(first.putJson(url("/api/reviews/A-601"), "{\"scores\":{\"ORIGINALITY\":\"five\"}}").statusCode())
			.isEqualTo(400);
		assertThat(this.mongo.findAll(Review.class)).isEmpty();
	}

	@Test
	void otherReviewsShowAnonymisedOnlyAfterOwnSubmissionAndOnlyWhenChairsAllow() {
		WebSession first = this.logins.loggedIn(FIRST);
		WebSession second = this.logins.loggedIn(SECOND);
		WebSession third = this.logins.loggedIn(THIRD);
		second.putJson(url("/api/reviews/A-601"), COMPLETE.replace("Secret note for chairs", "Second's secret")
			.replace("Clear and useful.", "Second's public comment") + "}");
		assertThat(second.postJson(url("/api/reviews/A-601/submit"), "{}").statusCode()).isEqualTo(200);
		third.putJson(url("/api/reviews/A-601"),
				"{\"scores\":{\"CLARITY\":1},\"commentsToAuthors\":\"Third's draft\"}");
		first.putJson(url("/api/reviews/A-601"), COMPLETE + "}");

		assertProblem(first.getJson(url("/api/reviews/A-601/others")), 404, "review.others.hidden");
		this.mongo
			.save(new ReviewForm(ReviewForm.CURRENT, ReviewForm.defaultForm().criteria(), 1, 4, true, 0.25, null));
		assertProblem(first.getJson(url("/api/reviews/A-601/others")), 404, "review.others.notYet");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(first.postJson(url("/api/reviews/A-601/submit"), "{}").statusCode()).isEqualTo(200);

		HttpResponse<String> response = first.getJson(url("/api/reviews/A-601/others"));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode others = read(response);
		assertThat(others.get("ownNumber").asInt()).isEqualTo(2);
		assertThat(others.get("reviews")).hasSize(1);
		assertThat(others.get("reviews").get(0).get("reviewer").asString()).isEqualTo("Reviewer 1");
		assertThat(others.get("reviews").get(0).get("commentsToAuthors").asString())
			.isEqualTo("Second's public comment");
		Account secondAccount = this.mongo.findOne(Query.query(Criteria.where("email").is(SECOND)), Account.class);
		assertThat(response.body()).doesNotContain("Second's secret", "Third's draft", SECOND, "rv.second",
				secondAccount.id().toString(), secondAccount.name(), "SNU");
		assertThat(
				read(second.getJson(url("/api/reviews/A-601/others"))).get("reviews").get(0).get("reviewer").asString())
			.as("numbering is stable from either side")
			.isEqualTo("Reviewer 2");
		HttpResponse<String> page = first.get(url("/reviews/A-601"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"other-1\"", "Reviewer 1", "public comment")
			.doesNotContain("id=\"other-2\"", "secret", "Third", SECOND, secondAccount.name());
		assertThat(third.get(url("/reviews/A-601")).body()).doesNotContain("id=\"other-reviews\"", "public comment");
		assertProblem(third.getJson(url("/api/reviews/A-601/others")), 404, "review.others.notYet");
		assertThat(this.mongo.findAll(Review.class)).filteredOn((review) -> review.status() == ReviewStatus.SUBMITTED)
			.hasSize(2);
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(read(response).get("code").asString()).isEqualTo(code);
	}

	private List<String> texts(JsonNode changes) {
		List<String> texts = new ArrayList<>();
		changes.forEach((change) -> texts.add(change.get("text").asString()));
		return texts;
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		@Primary
		MutableClock reviewingTestClock() {
			return new MutableClock(Instant.parse("2027-01-10T00:00:00Z"));
		}

	}

}
