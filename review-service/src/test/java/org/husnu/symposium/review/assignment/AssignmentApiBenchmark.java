package org.husnu.symposium.review.assignment;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.OptimalAssignment;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.OwnPaper;
import org.husnu.symposium.core.reviewers.ReviewerPapers;
import org.husnu.symposium.core.topics.TopicAreas;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.review.BenchmarkStore;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.Logins;
import org.husnu.symposium.test.WebSession;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/assignments/auto} for 1,000 submitted abstracts and 100 reviewers (k =
 * 3) with 20 own papers each (so the text affinity has 2,000 papers to compare), through
 * HTTP, against the embedded store on its durable H2 backend as {@code ./run.sh} runs it.
 * The baseline measured in the same run is the same work in process:
 * {@link AssignmentProblemBuilder} reading the store plus core's solver, without HTTP,
 * security, the stored proposal and its JSON. Not run by {@code ./mvnw verify} (surefire
 * runs {@code *Tests}); run it with
 * {@code ./mvnw -B -o -pl review-service -am verify -Pbench -Dtest=AssignmentApiBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Writes {@code target/bench/assignment-api.md}; asserts the answer, never the time.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ BenchmarkStore.class, ExistingAccountLogins.class })
@EnabledIfSystemProperty(named = "symposium.bench", matches = "true")
class AssignmentApiBenchmark {

	private static final int ABSTRACTS = Integer.getInteger("symposium.bench.abstracts", 1000);

	private static final int REVIEWERS = Integer.getInteger("symposium.bench.reviewers", 100);

	private static final int ROUNDS = Integer.getInteger("symposium.bench.rounds", 5);

	/**
	 * Own papers per reviewer (title of 10 words, abstract of 150), for the text
	 * affinity.
	 */
	private static final int PAPERS = Integer.getInteger("symposium.bench.papers", 20);

	private static final String CHAIR = "bench.chair@hokudai.ac.jp";

	private static final String[] WORDS = ("deep learning model patients cohort imaging segmentation genome variant "
			+ "sequencing dementia nursing care robot surgery endoscopy drug discovery molecule prediction risk "
			+ "sepsis intensive anesthesia ultrasound radiology pathology slide transformer federated privacy "
			+ "hospital outcome survival trial validation multicenter korea japan elderly frailty wearable sensor")
		.split(" ");

	@Value("${local.server.port}")
	int port;

	@Autowired
	MongoOperations mongo;

	@Autowired
	LoginTokenService tokens;

	@Autowired
	AssignmentProblemBuilder problems;

	@Autowired
	AffinityWarmUp warmUp;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void proposesForAThousandAbstractsAndAHundredReviewers() throws IOException {
		seed();
		WebSession chair = new Logins(this.tokens, "http://127.0.0.1:" + this.port).loggedIn(CHAIR);
		long[] api = new long[ROUNDS];
		long[] inProcess = new long[ROUNDS];
		long[] solveOnly = new long[ROUNDS];
		int pairs = 0;
		long cold = 0;
		long warmUpNanos = 0;
		for (int round = -1; round < ROUNDS; round++) {
			long start = System.nanoTime();
			HttpResponse<String> response = chair.postJson("http://127.0.0.1:" + this.port + "/api/assignments/auto",
					"{\"reviewersPerAbstract\":3}");
			long apiNanos = System.nanoTime() - start;
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			JsonNode proposal = this.json.readTree(response.body());
			assertThat(proposal.get("certified").asBoolean()).isTrue();
			pairs = proposal.get("assignments").size();
			start = System.nanoTime();
			AssignmentProblemBuilder.Built built = this.problems.build(3);
			long built0 = System.nanoTime();
			AssignmentProposal solved = OptimalAssignment.solve(built.problem());
			long end = System.nanoTime();
			assertThat(solved.pairs()).hasSize(pairs);
			if (round < 0) {
				cold = apiNanos;
				assertThat(proposal.get("affinity").asString()).contains("not embedded yet");
				// what the background warm-up does once: analyse and embed every text
				long warm = System.nanoTime();
				this.warmUp.analyse();
				warmUpNanos = System.nanoTime() - warm;
			}
			else {
				assertThat(proposal.get("affinity").asString()).doesNotContain("not embedded yet");
			}
			if (round >= 0) {
				api[round] = apiNanos;
				inProcess[round] = end - start;
				solveOnly[round] = end - built0;
			}
		}
		assertThat(pairs).isEqualTo(ABSTRACTS * 3);
		double apiMs = BenchmarkStore.medianMillis(api);
		double inProcessMs = BenchmarkStore.medianMillis(inProcess);
		double solveMs = BenchmarkStore.medianMillis(solveOnly);
		String table = String.format(Locale.ROOT,
				"""
						| %d abstracts × %d reviewers (%d own papers each), k = 3 (%d pairs) | median of %d | ratio |
						|---|---|---|
						| `POST /api/assignments/auto` (HTTP, store, text affinity, stored proposal, JSON) | %.0f ms | %.2f× in-process |
						| the first `POST` after the data were written (every text analysed in the request, none embedded: lexical alone) | %.0f ms | |
						| background warm-up once (`AffinityWarmUp`: analyse and embed every text) | %.0f ms | |
						| in process: build the problem from the store (text affinity included) + solve (baseline) | %.0f ms | 1.00× |
						| of which the solver | %.0f ms | %.2f× |
						| budget | 5000 ms | API is %.2f× the budget |
						""",
				ABSTRACTS, REVIEWERS, PAPERS, pairs, ROUNDS, apiMs, apiMs / inProcessMs, cold / 1e6, warmUpNanos / 1e6,
				inProcessMs, solveMs, solveMs / inProcessMs, apiMs / 5000);
		System.out.println(table);
		Path out = Path.of("target", "bench", "assignment-api.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
	}

	private void seed() {
		Random random = new Random(20261130L);
		List<String> topics = TopicAreas.MHLW_PRIORITY_CODES;
		this.mongo.insert(AccountFixtures.chair(CHAIR).build());
		List<UUID> reviewers = new ArrayList<>();
		for (int r = 0; r < REVIEWERS; r++) {
			boolean hu = r % 2 == 0;
			String email = "bench.reviewer" + r + (hu ? "@hokudai.ac.jp" : "@snu.ac.kr");
			Account account = AccountFixtures.author(email).withInstitution(hu ? "HU" : "SNU").build();
			this.mongo.insert(account);
			ReviewerFixtures.Builder profile = ReviewerFixtures.profile(account.id())
				.withEmail(email)
				.withMaxLoad(40)
				.withStatement(text(random, 60))
				.withKeywords(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
			for (String topic : topics) {
				profile.withExpertise(topic, Expertise.values()[random.nextInt(Expertise.values().length)]);
			}
			this.mongo.insert(profile.build());
			List<OwnPaper> papers = new ArrayList<>();
			for (int p = 0; p < PAPERS; p++) {
				papers.add(
						new OwnPaper("p" + p, text(random, 10), text(random, 150), "upload", AbstractFixtures.CREATED));
			}
			this.mongo.insert(new ReviewerPapers(account.id(), papers, null));
			reviewers.add(account.id());
		}
		List<AbstractSubmission> abstracts = new ArrayList<>();
		for (int a = 0; a < ABSTRACTS; a++) {
			boolean hu = a % 2 == 0;
			abstracts.add(AbstractFixtures.submitted()
				.withId(UUID.randomUUID())
				.withNumber(String.format(Locale.ROOT, "A-%04d", a + 1))
				.withTitle(text(random, 10))
				.withText(text(random, 250))
				.withPrimaryTopic(topics.get(random.nextInt(topics.size())))
				.withKeywords(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)])
				.withAuthors(new Author("Author " + a, "Lab " + a, hu ? "HU" : "SNU",
						"bench.author" + a + (hu ? "@hokudai.ac.jp" : "@snu.ac.kr"), true))
				.build());
		}
		this.mongo.insertAll(abstracts);
		List<Bid> bids = new ArrayList<>();
		for (UUID reviewer : reviewers) {
			for (int b = 0; b < 10; b++) {
				AbstractSubmission submission = abstracts.get(random.nextInt(abstracts.size()));
				if (bids.stream().noneMatch((bid) -> bid.id().equals(Bid.idFor(reviewer, submission.id())))) {
					bids.add(Bid.of(reviewer, submission.id(),
							BidLevel.values()[random.nextInt(BidLevel.values().length)], AbstractFixtures.CREATED));
				}
			}
		}
		this.mongo.insertAll(bids);
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append((i > 0) ? " " : "").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

}
