package org.husnu.symposium.core.store;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractAction;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.audit.AuditEntry;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.mail.CaughtMail;
import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailDelivery;
import org.husnu.symposium.core.mail.OutboxMail;
import org.husnu.symposium.core.program.Program;
import org.husnu.symposium.core.program.ProgramPublication;
import org.husnu.symposium.core.program.ProgramSession;
import org.husnu.symposium.core.program.Slot;
import org.husnu.symposium.core.program.SlotKind;
import org.husnu.symposium.core.program.SpeakerConfirmation;
import org.husnu.symposium.core.program.SpeakerInvitation;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.BidLevel;
import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.ReviewerFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every shared document survives a round trip through the MongoDB wire protocol
 * unchanged, and the store enforces what the rules rely on (unique keys, optimistic
 * locking).
 */
class DocumentMappingIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final MongoTestStore store = new MongoTestStore();

	private final MongoTemplate mongo = this.store.template();

	@AfterEach
	void close() {
		this.store.close();
	}

	@Test
	void roundTripsEveryDocumentType() {
		UUID reviewer = UUID.randomUUID();
		Account account = new Account(reviewer, "Kim@SNU.ac.kr", "Minjun Kim", "SNU", "Anesthesiology",
				Position.FACULTY, Language.KO, Set.of(Role.REVIEWER, Role.AUTHOR), NOW, null);
		AbstractSubmission abstractSubmission = AbstractFixtures.draft()
			.withSubmitter(reviewer)
			.withTitle("VitalDB 기반 마취 깊이 예측")
			.withAuthors(new Author("Minjun Kim", "Anesthesiology", "SNU", "kim@snu.ac.kr", true),
					new Author("佐藤 愛子", "医学研究院", "HU", "sato@med.hokudai.ac.jp", false))
			.withPrimaryTopic("PERIOPERATIVE_BIOSIGNALS")
			.withSecondaryTopics("DIAGNOSTIC_THERAPEUTIC_SUPPORT")
			.withKeywords("VitalDB", "EEG")
			.withStudentPresenter(true)
			.withText("Text")
			.createdAt(NOW)
			.build()
			.apply(AbstractAction.SUBMIT, NOW);
		List<Object> documents = List.of(account,
				new PreRegistration("sato@hokudai.ac.jp", "Aiko Sato", "HU", Position.STUDENT, NOW, null),
				abstractSubmission,
				ReviewerFixtures.profile(reviewer).withExpertise("GENOME_MEDICINE", Expertise.EXPERT).build(),
				Bid.of(reviewer, abstractSubmission.id(), BidLevel.EAGER, NOW),
				Conflict.of(reviewer, abstractSubmission.id(), ConflictReason.CO_AUTHOR, "author", NOW),
				Assignment.of(reviewer, abstractSubmission.id(), AssignmentSource.MANUAL, NOW),
				ReviewForm.defaultForm(),
				new Review(null, abstractSubmission.id(), reviewer, Map.of("ORIGINALITY", 4), 3,
						Recommendation.ACCEPT_ORAL, "to authors", "to chairs", null, NOW, null, null),
				Decision.held(abstractSubmission.id(), DecisionOutcome.ACCEPT_ORAL, reviewer, NOW),
				new Program(Program.ID,
						List.of(new ProgramSession(UUID.randomUUID(), "Biosignals", List.of("PERIOPERATIVE_BIOSIGNALS"),
								List.of(reviewer), "Room 1", NOW, NOW.plus(Duration.ofHours(1)), null, null,
								List.of(Slot.talk(abstractSubmission.id(), NOW, Duration.ofMinutes(15)),
										Slot.breakSlot("Coffee", NOW.plus(Duration.ofMinutes(15)),
												Duration.ofMinutes(10))))),
						NOW, reviewer, null),
				new ProgramPublication(1, NOW, reviewer, 3L,
						List.of(new ProgramPublication.Session(UUID.randomUUID(), "Biosignals",
								List.of("GENOME_MEDICINE"), "Room 1", NOW, NOW.plus(Duration.ofHours(1)),
								List.of(new ProgramPublication.Person("Yamada Taro", "HU")),
								List.of(new ProgramPublication.PublishedSlot(SlotKind.TALK, NOW,
										NOW.plus(Duration.ofMinutes(15)), null,
										new ProgramPublication.Talk(abstractSubmission.id(), "A-001", "Title",
												"GENOME_MEDICINE", List.of("ai"), true,
												List.of(new ProgramPublication.PublishedAuthor("Aiko Sato", "Lab", "HU",
														true)))))))),
				new SpeakerInvitation(abstractSubmission.id(), "sato@hokudai.ac.jp", "ab12",
						SpeakerConfirmation.PENDING, UUID.randomUUID(), NOW, NOW, null, null, null),
				EventSettings.initial(LocalDateTime.parse("2027-01-31T23:59"), LocalDateTime.parse("2027-02-28T23:59")),
				OutboxMail.pending(UUID.randomUUID().toString(), "login:1", "kim@snu.ac.kr", Language.KO, "login-link",
						"[HU×SNU Medical AI] 로그인 링크", "본문", NOW, DeliveryMode.SMTP),
				MailDelivery.decided(DeliveryMode.CATCHER, "host-1-ab12", NOW),
				new CaughtMail(null, "kim@snu.ac.kr", "HU×SNU Medical AI <no-reply@symposium.invalid>", "제목", "본문",
						"<1@symposium>", NOW),
				new LoginToken("ab12", "kim@snu.ac.kr", NOW, NOW.plus(Duration.ofMinutes(15)), null),
				new ApiToken(UUID.randomUUID(), "cd34", reviewer, "export", "hsn_abcd", NOW, null, null),
				new AuditEntry(UUID.randomUUID(), NOW, reviewer, "kim@snu.ac.kr", "role.granted", "lee@snu.ac.kr",
						Map.of("role", "REVIEWER"), "submission-service"));
		for (Object document : documents) {
			Object saved = this.mongo.insert(document);
			Object id = this.mongo.getConverter()
				.getMappingContext()
				.getRequiredPersistentEntity(document.getClass())
				.getIdentifierAccessor(saved)
				.getIdentifier();
			Object read = this.mongo.findById(id, document.getClass());
			assertThat(read).as(document.getClass().getSimpleName())
				.usingRecursiveComparison()
				.withComparatorForType(
						(a, b) -> a.truncatedTo(ChronoUnit.MILLIS).compareTo(b.truncatedTo(ChronoUnit.MILLIS)),
						Instant.class)
				.isEqualTo(saved);
		}
	}

	@Test
	void storesUuidsInTheStandardRepresentation() {
		UUID id = UUID.randomUUID();
		this.mongo.insert(Account.newAuthor("a@hokudai.ac.jp", "HU", NOW).grant(Role.CHAIR));
		this.mongo
			.insert(new Account(id, "b@hokudai.ac.jp", null, "HU", null, null, null, Set.of(Role.AUTHOR), NOW, null));
		org.bson.Document raw = this.mongo.getCollection(CollectionNames.ACCOUNTS)
			.find(new org.bson.Document("email", "b@hokudai.ac.jp"))
			.first();
		// the driver decodes binary subtype 4 (standard) as a UUID; legacy subtype 3
		// would stay Binary
		assertThat(raw.get("_id")).isEqualTo(id);
	}

	@Test
	void refusesASecondAccountWithTheSameAddress() {
		new ReferenceDataSeeder(this.mongo).ensureIndexes();
		this.mongo.insert(Account.newAuthor("sato@hokudai.ac.jp", "HU", NOW));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.mongo.insert(Account.newAuthor("SATO@hokudai.ac.jp", "HU", NOW)));
	}

	@Test
	void refusesASecondApiTokenWithTheSameHash() {
		new ReferenceDataSeeder(this.mongo).ensureIndexes();
		this.mongo
			.insert(new ApiToken(UUID.randomUUID(), "same-hash", UUID.randomUUID(), "a", "hsn_", NOW, null, null));
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.mongo
			.insert(new ApiToken(UUID.randomUUID(), "same-hash", UUID.randomUUID(), "b", "hsn_", NOW, null, null)));
	}

	@Test
	void refusesAStaleUpdate() {
		ReviewerProfile saved = this.mongo.insert(ReviewerFixtures.profile(UUID.randomUUID()).build());
		ReviewerProfile first = this.mongo.save(saved.withProfile(Map.of("DRUG_DEVELOPMENT", Expertise.FAMILIAR), "",
				List.of(), null, 4, saved.version()));
		assertThat(first.version()).isEqualTo(saved.version() + 1);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.mongo.save(saved.withProfile(Map.of(), "", List.of(), null, 9, saved.version())));
	}

}
