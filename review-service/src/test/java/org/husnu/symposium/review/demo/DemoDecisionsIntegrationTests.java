package org.husnu.symposium.review.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.review.decisions.DecisionRelease;
import org.husnu.symposium.review.decisions.DecisionService;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's decisions: ten abstracts with submitted reviews scored 1 to 5
 * one more with a draft only. have HU presenters, the others SNU
 * ones.
 */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
@Import(EmbeddedStoreTestConfiguration.class)
class DemoDecisionsIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Autowired
	DecisionService decisions;

	@Autowired
	DecisionRelease release;

	Actor chair;

	final List<UUID> ranked = new ArrayList<>();

	UUID draftOnly;

	@BeforeEach
	void setUp() {
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), Review.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(new Query(), ReviewForm.class);
		Account account = AccountFixtures.chair("demo.decisions.chair@hokudai.ac.jp").build();
		this.mongo.remove(Query.query(Criteria.where("email").is(account.email())), Account.class);
		this.mongo.insert(account);
		this.chair = Actor.of(account);
		this.ranked.clear();
		Instant at = Instant.parse("2027-02-10T00:00:00Z");
		for (int i = 1; i <= 10; i++) {
			UUID id = UUID.randomUUID();
			this.ranked.add(id);
			String institution = (i <= 3) ? "HU" : "SNU";
			this.mongo.insert(AbstractFixtures.submitted()
				.withId(id)
				.withNumber(String.format("A-7%02d", i))
				.withAuthors(new Author("Presenter " + i, "Lab", institution, "presenter" + i + "@example.org", true))
				.build());
			// A-701 scores 5 everywhere, A-710 about 1
			int score = Math.max(1, 5 - (i - 1) / 2);
			int clinical = (i % 2 == 0) ? Math.max(1, score - 1) : score;
			Map<String, Integer> scores = Map.of("ORIGINALITY", score, "CLINICAL_IMPACT", clinical, "METHODOLOGY",
					score, "CLARITY", score, "COLLABORATION", score);
			this.mongo.insert(new Review(null, id, UUID.randomUUID(), scores, 3, Recommendation.ACCEPT_POSTER, "ok",
					null, ReviewStatus.SUBMITTED, at, at, null));
		}
		this.draftOnly = UUID.randomUUID();
		this.mongo.insert(AbstractFixtures.submitted().withId(this.draftOnly).withNumber("A-799").build());
		this.mongo.insert(new Review(null, this.draftOnly, UUID.randomUUID(), Map.of("ORIGINALITY", 5), null, null,
				null, null, ReviewStatus.DRAFT, at, null, null));
	}

	@AfterEach
	void leaveTheStoreEmpty() {
		// the demo data test shares this store and expects it empty
		this.mongo.remove(new Query(), Decision.class);
		this.mongo.remove(new Query(), Review.class);
		this.mongo.remove(new Query(), AbstractSubmission.class);
		this.mongo.remove(Query.query(Criteria.where("email").is("demo.decisions.chair@hokudai.ac.jp")), Account.class);
	}

	@Test
	void acceptsTwoFifthsForTalksBalancedByUniversityPostersTheBetterHalfOfTheRestAndReleasesAllOnce() {
		DemoDecisions demo = new DemoDecisions(this.mongo, this.decisions, this.release);
		assertThat(demo.decide(this.chair)).isEqualTo(10);
		assertThat(this.mongo.findById(this.draftOnly, Decision.class)).as("no submitted review, no decision").isNull();
		List<Decision> byRank = this.ranked.stream().map((id) -> this.mongo.findById(id, Decision.class)).toList();
		// four talks: A-701 and A-702 (HU, then HU has half), A-704 and A-705 (SNU);
		// A-703 waits
		assertThat(byRank).extracting(Decision::outcome)
			.containsExactly(DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_POSTER,
					DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_ORAL, DecisionOutcome.ACCEPT_POSTER,
					DecisionOutcome.ACCEPT_POSTER, DecisionOutcome.REJECT, DecisionOutcome.REJECT,
					DecisionOutcome.REJECT);
		assertThat(byRank).extracting(Decision::state).containsOnly(DecisionState.RELEASED);

		assertThat(demo.decide(this.chair)).as("once any decision exists, nothing more").isZero();
		assertThat(this.mongo.count(new Query(), Decision.class)).isEqualTo(10);
	}

	@Test
	void fillsTheTalksFromOneUniversityWhenTheOtherHasNoCandidatesLeft() {
		List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		Map<UUID, String> institutions = Map.of(ids.get(0), "HU", ids.get(1), "HU", ids.get(2), "HU", ids.get(3),
				"SNU");
		assertThat(DemoDecisions.oral(ids, institutions, 3)).containsExactly(ids.get(0), ids.get(1), ids.get(3));
		assertThat(DemoDecisions.oral(ids.subList(0, 3), institutions, 3)).containsExactlyElementsOf(ids.subList(0, 3));
	}

	@Test
	void decidesNothingWithoutSubmittedReviews() {
		this.mongo.remove(Query.query(Criteria.where("status").is(ReviewStatus.SUBMITTED)), Review.class);
		assertThat(new DemoDecisions(this.mongo, this.decisions, this.release).decide(this.chair)).isZero();
		assertThat(this.mongo.count(new Query(), Decision.class)).isZero();
	}

}
