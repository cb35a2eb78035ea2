package org.husnu.symposium.review.progress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.bson.Document;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.reviews.ReviewReminder;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.review.reviewers.ExistingAccountLogins;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled reminder: its window around the review deadline, once a day per reviewer,
 * and once across several instances — two lock-protected executors, each with its own
 * client and ShedLock MongoDB provider on the same store, run it at the same time and the
 * mails are queued once.
 */
@SpringBootTest(properties = "symposium.reminders.enabled=true")
@Import({ EmbeddedStoreTestConfiguration.class, ExistingAccountLogins.class })
class OverdueRemindersIntegrationTests {

	@Autowired
	MongoOperations mongo;

	@Autowired
	OverdueReminders reminders;

	@Autowired
	MongoConnectionDetails connection;

	EventSettings settings;

	Instant deadline;

	final List<MongoClient> clients = new ArrayList<>();

	@BeforeEach
	void setUp() {
		ProgressIntegrationTests.Seeded.into(this.mongo);
		this.mongo.remove(new Query(), CollectionNames.SCHEDULER_LOCKS);
		this.settings = this.mongo.findById(EventSettings.ID, EventSettings.class);
		this.deadline = this.settings.reviewDeadline().at();
	}

	@AfterEach
	void tearDown() {
		this.clients.forEach(MongoClient::close);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("submissionDeadline", this.settings.submissionDeadline())
					.set("reviewDeadline", this.settings.reviewDeadline()),
				EventSettings.class);
	}

	@Test
	void remindsUnfinishedReviewersFromThreeDaysBeforeTheDeadlineOnceADayUntilTheGraceWindowEnds() {
		assertThat(this.reminders.run(this.deadline.minus(Duration.ofDays(4)))).isEmpty();

		Instant twoDaysBefore = this.deadline.minus(Duration.ofDays(2));
		assertThat(this.reminders.run(twoDaysBefore)).containsExactlyInAnyOrder(ProgressIntegrationTests.YAMADA,
				ProgressIntegrationTests.KIM);
		assertThat(this.reminders.run(twoDaysBefore.plus(Duration.ofHours(3)))).as("once a day").isEmpty();
		assertThat(outbox()).hasSize(2).allSatisfy((mail) -> assertThat(mail.subject()).doesNotContain("Overdue"));
		assertThat(this.mongo.findAll(ReviewReminder.class))
			.allSatisfy((reminder) -> assertThat(reminder.kind()).isEqualTo(ReviewReminder.Kind.SCHEDULED));

		Instant dayAfter = this.deadline.plus(Duration.ofDays(1));
		assertThat(this.reminders.run(dayAfter)).hasSize(2);
		assertThat(outbox()).hasSize(4)
			.filteredOn((mail) -> mail.to().equals(ProgressIntegrationTests.KIM))
			.extracting(OutboxMail::subject)
			.anySatisfy((subject) -> assertThat(subject).contains("기한 경과"));

		Instant afterGrace = this.settings.reviewDeadline().closesAt().plus(Duration.ofDays(7));
		assertThat(this.reminders.run(afterGrace)).as("none after the deadline's grace plus the window").isEmpty();
		assertThat(outbox()).hasSize(4);
	}

	@Test
	void twoInstancesRunningTheJobAtOnceQueueTheMailsOnce() throws Exception {
		Instant at = this.deadline.minus(Duration.ofDays(1));
		LockingTaskExecutor first = executor();
		LockingTaskExecutor second = executor();
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch otherAttemptDone = new CountDownLatch(1);
		Runnable job = () -> {
			runs.incrementAndGet();
			try {
				// hold the lock until the other instance has tried (and, with a working
				// lock, been turned away)
				otherAttemptDone.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.reminders.run(at);
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> attempts = new ArrayList<>();
			for (LockingTaskExecutor instance : List.of(first, second)) {
				attempts.add(threads.submit(() -> {
					instance.executeWithLock(job, lockConfiguration());
					otherAttemptDone.countDown();
				}));
			}
			for (Future<?> attempt : attempts) {
				attempt.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(runs).as("the job ran on one instance").hasValue(1);
		assertThat(outbox()).extracting(OutboxMail::to)
			.containsExactlyInAnyOrder(ProgressIntegrationTests.YAMADA, ProgressIntegrationTests.KIM);
		Document lock = this.mongo.getCollection(CollectionNames.SCHEDULER_LOCKS)
			.find(new Document("_id", ReminderProperties.LOCK))
			.first();
		assertThat(lock).isNotNull();
		assertThat(lock.getString("lockedBy")).isNotBlank();
	}

	@Test
	void theScheduledEntryPointDoesNothingWhileAnotherInstanceHoldsTheLock() {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(EventSettings.ID)),
				new Update().set("submissionDeadline.at", Instant.now().minus(Duration.ofDays(30)))
					.set("reviewDeadline.at", Instant.now().plus(Duration.ofDays(1))),
				EventSettings.class);
		MongoLockProvider otherInstance = provider();
		SimpleLock held = otherInstance.lock(lockConfiguration()).orElseThrow();
		this.reminders.scheduled();
		assertThat(outbox()).as("the lock is held elsewhere").isEmpty();
		held.unlock();
		this.reminders.scheduled();
		assertThat(outbox()).hasSize(2);
	}

	private LockConfiguration lockConfiguration() {
		return new LockConfiguration(Instant.now(), ReminderProperties.LOCK, Duration.ofMinutes(5), Duration.ZERO);
	}

	private LockingTaskExecutor executor() {
		return new DefaultLockingTaskExecutor(provider());
	}

	/** A provider on a client of its own, as another instance of the service has. */
	private MongoLockProvider provider() {
		MongoClient client = MongoClients.create(this.connection.getConnectionString());
		this.clients.add(client);
		return new MongoLockProvider(client.getDatabase(this.connection.getConnectionString().getDatabase())
			.getCollection(CollectionNames.SCHEDULER_LOCKS));
	}

	private List<OutboxMail> outbox() {
		return this.mongo.find(
				Query.query(Criteria.where("to").regex("^prog\\.").and("template").is("reminder-reviews")),
				OutboxMail.class);
	}

}
