package org.husnu.symposium.review.rankings;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.core.scoring.Scoring;
import org.husnu.symposium.core.topics.TopicAreas;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.BenchmarkStore;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * {@code GET /api/rankings} for 1,000 submitted abstracts with 3,000 submitted reviews
 * (100 reviewers, 30 reviews each), 3,000 assignments and 200 decisions, through HTTP,
 * against the embedded store on its durable H2 backend as {@code ./run.sh} runs it. The
 * baselines are measured in the same run: core's {@link Scoring} alone on the reviews in
 * memory, the same ranking in process ({@link RankingService}: the store's five queries
 * plus scoring, without HTTP, security and JSON), and {@code GET /api/me} (the cheapest
 * authenticated request: what HTTP, the session and security cost by themselves). Not run
 * by {@code ./mvnw verify}; run it with
 * {@code ./mvnw -B -o -pl review-service -am verify -Pbench -Dtest=RankingApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code target/bench/ranking-api.md}; asserts the answer, never the time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ BenchmarkStore.class, ExistingAccountLogins.class })
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class RankingApiBenchmark {

	private static final int ABSTRACTS = Integer.getInteger("symposium.bench.abstracts", 1000);

	private static final int REVIEWERS = Integer.getInteger("symposium.bench.reviewers", 100);

	private static final int REVIEWS_PER_ABSTRACT = 3;

	private static final int ROUNDS = Integer.getInteger("symposium.bench.rounds", 15);

	private static final String CHAIR = "bench.rank.chair@hokudai.ac.jp";

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	RankingService rankings;

	@Autowired
	RankingStore store;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void ranksAThousandAbstractsWithThreeThousandReviews() throws IOException {
		Account chairAccount = AccountFixtures.chair(CHAIR).build();
		List<Review> reviews = seed(chairAccount);
		Actor chair = Actor.of(chairAccount);
		WebSession session = new Logins(this.tokens, "http://127.0.0.1:" + this.port).loggedIn(CHAIR);
		ReviewForm form = ReviewForm.defaultForm();
		long[] api = new long[ROUNDS];
		long[] me = new long[ROUNDS];
		long[] inProcess = new long[ROUNDS];
		long[] scoring = new long[ROUNDS];
		long[][] reads = new long[4][ROUNDS];
		long[] mapped = new long[ROUNDS];
		for (int round = -3; round < ROUNDS; round++) {
			long start = System.nanoTime();
			HttpResponse<String> response = session.getJson("http://127.0.0.1:" + this.port + "/api/rankings");
			long apiNanos = System.nanoTime() - start;
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode rows = this.json.readTree(response.body());
			assertThat(rows).hasSize(ABSTRACTS);
			assertThat(rows.get(0).get("reviews").asInt()).isEqualTo(REVIEWS_PER_ABSTRACT);
			assertThat(rows.get(0).get("normalized").asDouble())
				.isGreaterThanOrEqualTo(rows.get(ABSTRACTS - 1).get("normalized").asDouble());

			start = System.nanoTime();
			HttpResponse<String> plain = session.getJson("http://127.0.0.1:" + this.port + "/api/me");
			long meNanos = System.nanoTime() - start;
			assertThat(plain.statusCode()).isEqualTo(200);

			start = System.nanoTime();
			Ranking ranking = this.rankings.rank(chair, RankingQuery.DEFAULT);
			long inProcessNanos = System.nanoTime() - start;
			assertThat(ranking.rows()).hasSize(ABSTRACTS);

			start = System.nanoTime();
			int scored = Scoring.score(form, reviews).abstracts().size();
			long scoringNanos = System.nanoTime() - start;
			assertThat(scored).isEqualTo(ABSTRACTS);
			long[] read = new long[4];
			start = System.nanoTime();
			this.store.abstracts();
			read[0] = System.nanoTime() - start;
			start = System.nanoTime();
			this.store.submittedScores();
			read[1] = System.nanoTime() - start;
			start = System.nanoTime();
			this.store.assignedCounts();
			read[2] = System.nanoTime() - start;
			start = System.nanoTime();
			this.store.decisions();
			read[3] = System.nanoTime() - start;
			// what the first version read: whole abstracts and reviews mapped to core's
			// records
			start = System.nanoTime();
			Query ranked = Query.query(Criteria.where("status").in(RankingStore.RANKED));
			ranked.fields().exclude("text", "pdfVersions", "declaredConflicts");
			this.mongo.find(ranked, AbstractSubmission.class);
			this.store.submittedReviews();
			long mappedNanos = System.nanoTime() - start;
			if (round >= 0) {
				mapped[round] = mappedNanos;
				for (int i = 0; i < 4; i++) {
					reads[i][round] = read[i];
				}
				api[round] = apiNanos;
				me[round] = meNanos;
				inProcess[round] = inProcessNanos;
				scoring[round] = scoringNanos;
			}
		}
		double apiMs = BenchmarkStore.medianMillis(api);
		double meMs = BenchmarkStore.medianMillis(me);
		double inProcessMs = BenchmarkStore.medianMillis(inProcess);
		double scoringMs = BenchmarkStore.medianMillis(scoring);
		String table = String.format(Locale.ROOT,
				"""
						| %d abstracts, %d submitted reviews by %d reviewers, all five scores | median of %d | ratio |
						|---|---|---|
						| `GET /api/rankings` (HTTP, session, store, scoring, JSON of %d rows) | %.1f ms | %.2f× the in-process ranking |
						| `GET /api/me` (HTTP, session and security alone; baseline) | %.1f ms | %.2f× |
						| in process: `RankingService.rank` (five queries + scoring; baseline) | %.1f ms | 1.00× |
						| of which core `Scoring.score` alone (reviews in memory) | %.2f ms | %.3f× |
						| budget | 300 ms | API is %.2f× the budget |
						""",
				ABSTRACTS, reviews.size(), REVIEWERS, ROUNDS, ABSTRACTS, apiMs, apiMs / inProcessMs, meMs,
				meMs / inProcessMs, inProcessMs, scoringMs, scoringMs / inProcessMs, apiMs / 300);
		double projectedMs = BenchmarkStore.medianMillis(reads[0]) + BenchmarkStore.medianMillis(reads[1]);
		table += String.format(Locale.ROOT,
				"| of which the reads: abstracts %.1f ms, review scores %.1f ms, assignments %.1f ms, decisions %.1f ms | | |%n"
						+ "| abstracts and reviews read as mapped records instead (the first version) | %.1f ms | %.2f× the projected reads |%n",
				BenchmarkStore.medianMillis(reads[0]), BenchmarkStore.medianMillis(reads[1]),
				BenchmarkStore.medianMillis(reads[2]), BenchmarkStore.medianMillis(reads[3]),
				BenchmarkStore.medianMillis(mapped), BenchmarkStore.medianMillis(mapped) / projectedMs);
		System.out.println(table);
		Path out = Path.of("target", "bench", "ranking-api.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
	}

	private List<Review> seed(Account chair) {
		Random random = new Random(20270115L);
		List<String> topics = TopicAreas.MHLW_PRIORITY_CODES;
		this.mongo.insert(chair);
		List<UUID> reviewers = new ArrayList<>();
		for (int r = 0; r < REVIEWERS; r++) {
			boolean hu = r % 2 == 0;
			Account account = AccountFixtures.author("bench.rank.reviewer" + r + (hu ? "@hokudai.ac.jp" : "@snu.ac.kr"))
				.withInstitution(hu ? "HU" : "SNU")
				.build();
			this.mongo.insert(account);
			reviewers.add(account.id());
		}
		List<AbstractSubmission> abstracts = new ArrayList<>();
		for (int a = 0; a < ABSTRACTS; a++) {
			boolean hu = a % 2 == 0;
			abstracts.add(AbstractFixtures.submitted()
				.withId(UUID.randomUUID())
				.withNumber(String.format(Locale.ROOT, "A-%04d", a + 1))
				.withTitle("Benchmark abstract " + a)
				.withText("word ".repeat(250))
				.withPrimaryTopic(topics.get(random.nextInt(topics.size())))
				.withStudentPresenter(a % 5 == 0)
				.withAuthors(new Author("Author " + a, "Lab " + a, hu ? "HU" : "SNU",
						"bench.rank.author" + a + (hu ? "@hokudai.ac.jp" : "@snu.ac.kr"), true))
				.build());
		}
		this.mongo.insertAll(abstracts);
		// each reviewer has a leniency; 3 distinct reviewers per abstract
		double[] leniency = new double[REVIEWERS];
		for (int r = 0; r < REVIEWERS; r++) {
			leniency[r] = random.nextGaussian() * 0.7;
		}
		List<Criterion> criteria = ReviewForm.defaultForm().criteria();
		List<Review> reviews = new ArrayList<>();
		List<Assignment> assignments = new ArrayList<>();
		for (int a = 0; a < ABSTRACTS; a++) {
			AbstractSubmission submission = abstracts.get(a);
			double quality = 3 + random.nextGaussian();
			Set<Integer> chosen = new HashSet<>();
			while (chosen.size() < REVIEWS_PER_ABSTRACT) {
				chosen.add((a * REVIEWS_PER_ABSTRACT + chosen.size() * 37 + random.nextInt(3)) % REVIEWERS);
			}
			for (int r : chosen) {
				Map<String, Integer> scores = new HashMap<>();
				for (Criterion criterion : criteria) {
					long score = Math.round(quality + leniency[r] + random.nextGaussian() * 0.5);
					scores.put(criterion.code(), (int) Math.max(criterion.min(), Math.min(criterion.max(), score)));
				}
				reviews.add(new Review(null, submission.id(), reviewers.get(r), scores, 1 + random.nextInt(4),
						Recommendation.values()[random.nextInt(3)], "Comments to the authors " + a, "Confidential " + a,
						ReviewStatus.SUBMITTED, AbstractFixtures.CREATED, AbstractFixtures.CREATED, null));
				assignments.add(Assignment.of(reviewers.get(r), submission.id(), AssignmentSource.AUTOMATIC,
						AbstractFixtures.CREATED));
			}
		}
		this.mongo.insertAll(reviews);
		this.mongo.insertAll(assignments);
		List<Decision> decisions = new ArrayList<>();
		for (int a = 0; a < 200; a++) {
			decisions.add(Decision.held(abstracts.get(a).id(), DecisionOutcome.values()[a % 3], chair.id(),
					AbstractFixtures.CREATED));
		}
		this.mongo.insertAll(decisions);
		return reviews;
	}

}
