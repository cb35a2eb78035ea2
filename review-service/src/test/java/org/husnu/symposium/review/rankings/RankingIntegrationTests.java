package org.husnu.symposium.review.rankings;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.core.scoring.Scoring;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ranking and the exports over HTTP against the embedded store, with reviews seeded
 * as documents. The default form (five criteria on 1..5) is in force, so a review scoring
 * every criterion 5 weighs 1, every criterion 3 weighs 0.5. A-501 (HU, student, oral): 5s
 * and 3s, disputed; A-502 (SNU, poster): 4s and 4s; A-503: a draft only; A-504 withdrawn
 * with a submitted review; A-505 a draft abstract. One class over our usual size because
 * the API, the exports and the side-by-side page are checked against this one data set,
 * so each expectation is worked out once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class RankingIntegrationTests {

	private static final String CHAIR = "rank.chair@hokudai.ac.jp";

	private static final String AUTHOR = "rank.author@hokudai.ac.jp";

	private static final Instant AT = Instant.parse("2027-01-15T03:00:00Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	Logins logins;

	final Map<String, UUID> reviewers = new HashMap<>();

	final Map<String, UUID> abstracts = new HashMap<>();

	final List<Review> reviews = new ArrayList<>();

	@BeforeEach
	void setUp() {
		this.logins = new Logins(this.tokens, "http://127.0.0.1:" + this.port);
		this.mongo.remove(new Query(), "rate_limits");
		for (Class<?> type : List.of(Review.class, Decision.class, Assignment.class, AbstractSubmission.class,
				ReviewForm.class, ReviewerProfile.class)) {
			this.mongo.remove(new Query(), type);
		}
		this.mongo.remove(Query.query(Criteria.where("action").regex("exported$")), AuditEntry.class);
		this.reviewers.clear();
		this.abstracts.clear();
		this.reviews.clear();
		store(AccountFixtures.chair(CHAIR).withName("Rank Chair").build());
		store(AccountFixtures.author(AUTHOR).build());
		reviewer("rank.hu@hokudai.ac.jp", "Hanako Kita", "HU");
		reviewer("rank.snu@snu.ac.kr", "Jisoo Park", "SNU");
		reviewer("rank.snu2@snu.ac.kr", "Minho Lee", "SNU");
		abstractOf("A-501", "=HYPERLINK(\"http://evil\")", "HU", "GENOME_MEDICINE", PresentationPreference.ORAL, true,
				AbstractStatus.SUBMITTED);
		abstractOf("A-502", "Robots in dementia care", "SNU", "DEMENTIA_CARE", PresentationPreference.POSTER, false,
				AbstractStatus.UNDER_REVIEW);
		abstractOf("A-503", "Not reviewed yet", "HU", "GENOME_MEDICINE", PresentationPreference.EITHER, false,
				AbstractStatus.SUBMITTED);
		abstractOf("A-504", "Withdrawn one", "HU", "GENOME_MEDICINE", PresentationPreference.ORAL, false,
				AbstractStatus.WITHDRAWN);
		abstractOf("A-505", "Draft one", "HU", "GENOME_MEDICINE", PresentationPreference.ORAL, false,
				AbstractStatus.DRAFT);
		review("rank.hu@hokudai.ac.jp", "A-501", 5, 4, Recommendation.ACCEPT_ORAL, "-Strong work", "@chairs: best");
		review("rank.snu@snu.ac.kr", "A-501", 3, 2, Recommendation.ACCEPT_POSTER, "Fine", "Borderline for oral");
		review("rank.snu@snu.ac.kr", "A-502", 4, 3, Recommendation.ACCEPT_POSTER, "Good", "Solid");
		review("rank.snu2@snu.ac.kr", "A-502", 4, 3, Recommendation.ACCEPT_POSTER, "Good too", "Solid too");
		review("rank.snu2@snu.ac.kr", "A-504", 1, 1, Recommendation.REJECT, "Withdrawn", "Withdrawn");
		Review draft = new Review(null, this.abstracts.get("A-503"), this.reviewers.get("rank.hu@hokudai.ac.jp"),
				all(5), 4, Recommendation.ACCEPT_ORAL, "draft", "draft secret", ReviewStatus.DRAFT, AT, null, null);
		this.mongo.insert(draft);
		for (String number : List.of("A-501", "A-502", "A-503")) {
			this.mongo.insert(Assignment.of(this.reviewers.get("rank.snu@snu.ac.kr"), this.abstracts.get(number),
					AssignmentSource.MANUAL, AT));
		}
		this.mongo.insert(Assignment.of(this.reviewers.get("rank.hu@hokudai.ac.jp"), this.abstracts.get("A-501"),
				AssignmentSource.MANUAL, AT));
		this.mongo
			.insert(Decision.held(this.abstracts.get("A-502"), DecisionOutcome.ACCEPT_POSTER, UUID.randomUUID(), AT));
	}

	@Test
	void aChairRanksTheSubmittedAbstractsWithEveryScoreAndNothingElse() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> response = chair.getJson(url("/api/rankings"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode rows = read(response);

		assertThat(numbers(rows)).as("withdrawn and draft abstracts are not ranked; no review ranks last")
			.containsExactly("A-502", "A-501", "A-503");
		JsonNode first = byNumber(rows, "A-501");
		assertThat(first.get("id").asString()).isEqualTo(this.abstracts.get("A-501").toString());
		assertThat(first.get("title").asString()).isEqualTo("=HYPERLINK(\"http://evil\")");
		assertThat(first.get("topic").asString()).isEqualTo("GENOME_MEDICINE");
		assertThat(first.get("institution").asString()).isEqualTo("HU");
		assertThat(first.get("presentation").asString()).isEqualTo("ORAL");
		assertThat(first.get("studentPresenter").asBoolean()).isTrue();
		assertThat(first.get("reviews").asInt()).isEqualTo(2);
		assertThat(first.get("assigned").asInt()).isEqualTo(2);
		// all 5s weigh 1, all 3s 0.5
		assertThat(first.get("mean").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(first.get("weightedMean").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(first.get("median").asDouble()).isCloseTo(0.75, within(1e-9));
		// confidence 4 of 1..4 weighs 1, 2 weighs 0.25 + 0.75/3 = 0.5: (1 + 0.25)/1.5
		assertThat(first.get("confidenceWeighted").asDouble()).isCloseTo(1.25 / 1.5, within(1e-9));
		assertThat(first.get("spread").asDouble()).isCloseTo(0.5, within(1e-9));
		assertThat(first.get("disagreement").asBoolean()).isTrue();
		assertThat(first.get("recommendations").get("ACCEPT_ORAL").asInt()).isEqualTo(1);
		assertThat(first.get("recommendations").get("ACCEPT_POSTER").asInt()).isEqualTo(1);
		assertThat(first.get("recommendations").get("REJECT").asInt()).isZero();
		assertThat(first.get("decision").isNull()).isTrue();
		assertThat(first.get("normalized").asDouble())
			.as("the service ranks by core's scoring of every submitted review, the withdrawn abstract's included")
			.isCloseTo(
					Scoring.score(ReviewForm.defaultForm(), this.reviews).of(this.abstracts.get("A-501")).normalized(),
					within(1e-9));

		JsonNode second = byNumber(rows, "A-502");
		assertThat(second.get("weightedMean").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(second.get("disagreement").asBoolean()).isFalse();
		assertThat(second.get("decision").get("outcome").asString()).isEqualTo("ACCEPT_POSTER");
		assertThat(second.get("decision").get("state").asString()).isEqualTo("HELD");
		assertThat(second.get("rank").asInt()).isEqualTo(1);

		JsonNode unreviewed = byNumber(rows, "A-503");
		assertThat(unreviewed.get("reviews").asInt()).as("a draft review never counts").isZero();
		assertThat(unreviewed.get("normalized").isNull()).isTrue();
		assertThat(unreviewed.get("weightedMean").isNull()).isTrue();
		assertThat(unreviewed.get("assigned").asInt()).isEqualTo(1);
		assertThat(response.body()).doesNotContain("draft secret", "Borderline for oral", "Hanako");
	}

	@Test
	void theRankingSortsByAnyScoreAndFilters() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		assertThat(numbers(read(chair.getJson(url("/api/rankings?sort=spread"))))).containsExactly("A-501", "A-502",
				"A-503");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?sort=confidenceWeighted,asc")))))
			.as("lowest first, no score still last")
			.containsExactly("A-502", "A-501", "A-503");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?sort=number,desc"))))).containsExactly("A-503",
				"A-502", "A-501");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?topic=dementia_care"))))).containsExactly("A-502");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?institution=HU"))))).containsExactly("A-501", "A-503");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?presentation=POSTER"))))).containsExactly("A-502");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?student=true"))))).containsExactly("A-501");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?disagreement=true"))))).containsExactly("A-501");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?disagreement=false&institution=HU")))))
			.containsExactly("A-503");
		assertThat(numbers(read(chair.getJson(url("/api/rankings?topic=&institution=&student=")))))
			.as("empty parameters, as the page's form sends them, filter nothing")
			.hasSize(3);
	}

	@Test
	void badSortsAndFiltersAnswer400WithAStableCode() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		for (Map.Entry<String, String> bad : Map
			.of("sort=popularity", "rankings.sort", "sort=mean,up", "rankings.sort", "presentation=TALK",
					"rankings.presentation", "student=maybe", "rankings.filter", "disagreement=1", "rankings.filter")
			.entrySet()) {
			HttpResponse<String> response = chair.getJson(url("/api/rankings?" + bad.getKey()));
			assertThat(response.statusCode()).as(bad.getKey()).isEqualTo(400);
			JsonNode problem = read(response);
			assertThat(problem.get("code").asString()).as(bad.getKey()).isEqualTo(bad.getValue());
			assertThat(problem.get("detail").asString()).isNotBlank();
		}
		assertThat(read(chair.getJson(url("/api/rankings?sort=popularity"))).get("detail").asString())
			.contains("weightedMean");
	}

	@Test
	void reviewersAndAuthorsAreRefusedRankingsAndExports() {
		List<String> paths = List.of("/api/rankings", "/api/exports/scores.csv", "/api/exports/scores.json",
				"/api/exports/reviews.csv", "/api/exports/reviews.json", "/rankings", "/rankings/A-501");
		for (String email : List.of("rank.snu@snu.ac.kr", AUTHOR)) {
			WebSession session = this.logins.loggedIn(email);
			for (String path : paths) {
				HttpResponse<String> response = path.startsWith("/api/") ? session.getJson(url(path))
						: session.get(url(path));
				assertThat(response.statusCode()).as(email + " " + path).isEqualTo(403);
				assertThat(response.body()).as(email + " " + path)
					.doesNotContain("Borderline for oral", "Robots in dementia care", "Jisoo Park");
			}
		}
		assertThat(this.mongo.count(Query.query(Criteria.where("action").regex("exported$")), AuditEntry.class))
			.as("a refused export is no export")
			.isZero();
	}

	@Test
	void theScoreExportIsExcelSafeCsvAndJsonInTheRankingsOrder() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> csv = chair.get(url("/api/exports/scores.csv?institution=HU"));
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
			.contains("scores.csv");
		String body = csv.body();
		assertThat(body).startsWith("\uFEFFrank,number,title,topic,institution,presentation,student_presenter,");
		String[] lines = body.split("\r\n");
		assertThat(lines).hasSize(3);
		assertThat(lines[1]).as("a title that looks like a formula is shown, never run")
			.startsWith("1,A-501,\"'=HYPERLINK(\"\"http://evil\"\")\",GENOME_MEDICINE,HU,ORAL,true,2,2,0.7500,0.7500,")
			.contains(",0.5000,true,1,1,0,,," + this.abstracts.get("A-501"));
		assertThat(lines[2])
			.startsWith("2,A-503,Not reviewed yet,GENOME_MEDICINE,HU,EITHER,false,0,1,,,,,,,false,0,0,0,,,");

		HttpResponse<String> jsonExport = chair.get(url("/api/exports/scores.json?sort=number"));
		assertThat(jsonExport.headers().firstValue("Content-Disposition").orElseThrow()).contains("scores.json");
		assertThat(numbers(read(jsonExport))).containsExactly("A-501", "A-502", "A-503");
		assertThat(this.mongo.count(Query.query(Criteria.where("action").is("scores.exported")), AuditEntry.class))
			.isEqualTo(2);
	}

	@Test
	void theReviewExportNamesReviewersAndCarriesBothCommentsSafely() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> csv = chair.get(url("/api/exports/reviews.csv"));
		assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("reviews.csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).isEqualTo("\uFEFFnumber,title,reviewer_email,reviewer_name,reviewer_institution,"
				+ "score_ORIGINALITY,score_CLINICAL_IMPACT,score_METHODOLOGY,score_CLARITY,score_COLLABORATION,"
				+ "confidence,recommendation,weighted_score,normalized_score,comments_to_authors,"
				+ "confidential_comments,submitted_at,abstract_id,reviewer_id");
		assertThat(lines).as("four submitted reviews of ranked abstracts: no draft, nothing of the withdrawn one")
			.hasSize(5);
		assertThat(lines[1]).startsWith("A-501,\"'=HYPERLINK(\"\"http://evil\"\")\",")
			.contains(",rank.hu@hokudai.ac.jp,Hanako Kita,HU,5,5,5,5,5,4,ACCEPT_ORAL,1.0000,")
			.contains(",'-Strong work,'@chairs: best,2027-01-15 03:00:00,");
		assertThat(lines[2]).contains("rank.snu@snu.ac.kr,Jisoo Park,SNU,3,3,3,3,3,2,ACCEPT_POSTER,0.5000,")
			.contains("Borderline for oral");
		assertThat(csv.body()).doesNotContain("draft secret", "Withdrawn");

		JsonNode reviews = read(chair.get(url("/api/exports/reviews.json")));
		assertThat(reviews).hasSize(4);
		JsonNode one = reviews.get(0);
		assertThat(one.get("number").asString()).isEqualTo("A-501");
		assertThat(one.get("reviewerName").asString()).isEqualTo("Hanako Kita");
		assertThat(one.get("scores").get("CLARITY").asInt()).isEqualTo(5);
		assertThat(one.get("confidentialComments").asString()).isEqualTo("@chairs: best");
		assertThat(one.get("commentsToAuthors").asString()).isEqualTo("-Strong work");
		assertThat(one.get("weightedScore").asDouble()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void aReviewStillCountsWhenTheFormChangedAfterItWasSubmitted() {
		// the stored form drops CLARITY and adds NOVELTY, which no review has: each
		// review
		// counts with the four criteria it shares with the form
		List<Criterion> criteria = new ArrayList<>(ReviewForm.defaultForm()
			.criteria()
			.stream()
			.filter((criterion) -> !criterion.code().equals("CLARITY"))
			.toList());
		criteria.add(new Criterion("NOVELTY", org.husnu.symposium.core.i18n.LocalizedText.of("Novelty", "新規性", "신규성"),
				1, 5, 1.0));
		this.mongo.insert(new ReviewForm(ReviewForm.CURRENT, criteria, 1, 4, false, 0.6, null));
		WebSession chair = this.logins.loggedIn(CHAIR);
		JsonNode first = byNumber(read(chair.getJson(url("/api/rankings"))), "A-501");
		assertThat(first.get("weightedMean").asDouble()).isCloseTo(0.75, within(1e-9));
		assertThat(first.get("disagreement").asBoolean()).as("the stored threshold 0.6 is above the spread 0.5")
			.isFalse();
		String page = chair.get(url("/rankings/A-501")).body();
		assertThat(page).as("the new criterion by its label, the removed one by its code")
			.contains("Novelty", "CLARITY", "no longer on the form");
	}

	@Test
	void theSideBySidePageShowsEveryReviewToTheChairWithItsPlaceInTheRanking() {
		WebSession chair = this.logins.loggedIn(CHAIR);
		HttpResponse<String> page = chair.get(url("/rankings/a-501?lang=en"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("Hanako Kita", "Jisoo Park", "rank.snu@snu.ac.kr", "Borderline for oral", "@chairs: best",
					"-Strong work", "Place 2 of 3", "disputed")
			.doesNotContain("draft secret");
		assertThat(page.body()).contains("href=\"/rankings/A-502\"", "href=\"/rankings/A-503\"");
		HttpResponse<String> filtered = chair.get(url("/rankings/" + this.abstracts.get("A-501") + "?institution=HU"));
		assertThat(filtered.body()).contains("Place 1 of 2", "href=\"/rankings/A-503?institution=HU\"")
			.doesNotContain("href=\"/rankings/A-502");
		assertThat(chair.get(url("/rankings/A-504")).statusCode()).as("withdrawn").isEqualTo(404);
		assertThat(chair.get(url("/rankings/A-999")).statusCode()).isEqualTo(404);
	}

	private void reviewer(String email, String name, String institution) {
		Account account = AccountFixtures.author(email).withName(name).withInstitution(institution).build();
		store(account);
		this.mongo.insert(ReviewerFixtures.profile(account.id()).withEmail(email).build());
		this.reviewers.put(email, account.id());
	}

	private void abstractOf(String number, String title, String institution, String topic,
			PresentationPreference presentation, boolean student, AbstractStatus status) {
		UUID id = UUID.randomUUID();
		AbstractFixtures.Builder builder = (status == AbstractStatus.DRAFT) ? AbstractFixtures.draft()
				: AbstractFixtures.submitted();
		this.mongo.insert(builder.withId(id)
			.withNumber(number)
			.withTitle(title)
			.withAuthors(new Author("Presenter " + number, "Lab", institution,
					"presenter." + number.toLowerCase() + "@example.org", true))
			.withPrimaryTopic(topic)
			.withPresentation(presentation)
			.withStudentPresenter(student)
			.withStatus(status)
			.build());
		this.abstracts.put(number, id);
	}

	private void review(String reviewer, String number, int score, int confidence, Recommendation recommendation,
			String toAuthors, String toChairs) {
		Review review = new Review(null, this.abstracts.get(number), this.reviewers.get(reviewer), all(score),
				confidence, recommendation, toAuthors, toChairs, ReviewStatus.SUBMITTED, AT, AT, null);
		this.mongo.insert(review);
		this.reviews.add(review);
	}

	private static Map<String, Integer> all(int score) {
		Map<String, Integer> scores = new HashMap<>();
		ReviewForm.defaultForm().criteria().forEach((criterion) -> scores.put(criterion.code(), score));
		return scores;
	}

	private static List<String> numbers(JsonNode rows) {
		List<String> numbers = new ArrayList<>();
		rows.forEach((row) -> numbers.add(row.get("number").asString()));
		return numbers;
	}

	private static JsonNode byNumber(JsonNode rows, String number) {
		for (JsonNode row : rows) {
			if (row.get("number").asString().equals(number)) {
				return row;
			}
		}
		throw new AssertionError("no " + number + " in " + rows);
	}

	private void store(Account account) {
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
