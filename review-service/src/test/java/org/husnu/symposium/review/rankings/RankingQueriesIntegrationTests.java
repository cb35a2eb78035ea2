package org.husnu.symposium.review.rankings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking reads the store in a fixed number of queries, whatever the number of
 * abstracts and reviews: counted with a command listener on the driver, on the test's own
 * thread (background work of the service is not counted).
 */
@SpringBootTest
@Import({ EmbeddedStoreTestConfiguration.class, RankingQueriesIntegrationTests.CountingCommands.class })
class RankingQueriesIntegrationTests {

	private static final Instant AT = Instant.parse("2027-01-15T03:00:00Z");

	@Autowired
	MongoOperations mongo;

	@Autowired
	RankingService rankings;

	@Autowired
	CommandCounter commands;

	@Test
	void rankingTwoOrFortyAbstractsTakesTheSameFiveQueries() {
		Account chairAccount = AccountFixtures.chair("rqueries.chair@hokudai.ac.jp").build();
		Actor chair = Actor.of(chairAccount);
		seed(2);
		List<String> few = this.commands
			.during(() -> assertThat(this.rankings.rank(chair, RankingQuery.DEFAULT).rows()).hasSize(2));
		seed(40);
		List<String> many = this.commands
			.during(() -> assertThat(this.rankings.rank(chair, RankingQuery.DEFAULT).rows()).hasSize(40));

		assertThat(few).as("form, abstracts, reviews, assignments, decisions")
			.containsExactlyInAnyOrder("find review_forms", "find abstracts", "find reviews", "find assignments",
					"find decisions");
		assertThat(many).containsExactlyInAnyOrderElementsOf(few);
	}

	private void seed(int count) {
		for (Class<?> type : List.of(Review.class, Decision.class, Assignment.class, AbstractSubmission.class,
				ReviewForm.class)) {
			this.mongo.remove(new Query(), type);
		}
		List<UUID> reviewers = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		for (int a = 0; a < count; a++) {
			UUID id = UUID.randomUUID();
			this.mongo.insert(AbstractFixtures.submitted()
				.withId(id)
				.withNumber(String.format(Locale.ROOT, "A-7%02d", a))
				.build());
			for (UUID reviewer : reviewers) {
				Map<String, Integer> scores = new HashMap<>();
				ReviewForm.defaultForm().criteria().forEach((criterion) -> scores.put(criterion.code(), 3));
				this.mongo.insert(new Review(null, id, reviewer, scores, 2, Recommendation.ACCEPT_POSTER, "a", "c",
						ReviewStatus.SUBMITTED, AT, AT, null));
				this.mongo.insert(Assignment.of(reviewer, id, AssignmentSource.MANUAL, AT));
			}
			this.mongo.insert(Decision.held(id, DecisionOutcome.REJECT, UUID.randomUUID(), AT));
		}
	}

	/**
	 * Counts the commands the driver starts on one thread.
	 */
	static class CommandCounter implements CommandListener {

		private final List<String> seen = new ArrayList<>();

		private volatile Thread watched;

		@Override
		public void commandStarted(CommandStartedEvent event) {
			if (Thread.currentThread() == this.watched) {
				org.bson.BsonValue collection = event.getCommand().get(event.getCommandName());
				String name = (collection != null && collection.isString())
						? event.getCommandName() + " " + collection.asString().getValue() : event.getCommandName();
				synchronized (this.seen) {
					this.seen.add(name);
				}
			}
		}

		List<String> during(Runnable action) {
			synchronized (this.seen) {
				this.seen.clear();
			}
			this.watched = Thread.currentThread();
			try {
				action.run();
			}
			finally {
				this.watched = null;
			}
			synchronized (this.seen) {
				return new ArrayList<>(this.seen);
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CountingCommands {

		@Bean
		CommandCounter commandCounter() {
			return new CommandCounter();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countingCommands(CommandCounter counter) {
			return (settings) -> settings.addCommandListener(counter);
		}

	}

}
