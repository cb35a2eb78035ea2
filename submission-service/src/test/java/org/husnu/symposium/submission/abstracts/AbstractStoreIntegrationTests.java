package org.husnu.symposium.submission.abstracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.submission.abstracts.AbstractStore.PdfReferences;
import org.husnu.symposium.test.EmbeddedStoreTestConfiguration;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The queries of {@link AbstractStore} against the embedded store, without the web layer.
 */
@DataMongoTest
@Import({ EmbeddedStoreTestConfiguration.class, AbstractStore.class })
class AbstractStoreIntegrationTests {

	private static final Instant NOW = Instant.parse("2027-01-20T00:00:00Z");

	private final UUID aiko = UUID.randomUUID();

	private final UUID minjun = UUID.randomUUID();

	@Autowired
	AbstractStore store;

	@Autowired
	MongoOperations mongo;

	@BeforeEach
	void clear() {
		this.mongo.dropCollection(AbstractSubmission.class);
	}

	@Test
	void findsByIdOrNumberInAnyCaseAndNothingForAnythingElse() {
		AbstractSubmission stored = insert("A-007", this.aiko, "aiko@hokudai.ac.jp", AbstractStatus.DRAFT);

		assertThat(this.store.findByIdOrNumber("a-007 "))
			.hasValueSatisfying((found) -> assertThat(found.id()).isEqualTo(stored.id()));
		assertThat(this.store.findByIdOrNumber(stored.id().toString())).isPresent();
		assertThat(this.store.findByIdOrNumber("A-008")).isEmpty();
		assertThat(this.store.findByIdOrNumber("not-an-id")).isEmpty();
		assertThat(this.store.findByIdOrNumber(null)).isEmpty();
	}

	@Test
	void listsWhatAPersonSubmittedOrIsAnAuthorOf() {
		insert("A-001", this.aiko, "aiko@hokudai.ac.jp", AbstractStatus.DRAFT);
		insert("A-002", this.minjun, "aiko@hokudai.ac.jp", AbstractStatus.SUBMITTED);
		insert("A-003", this.minjun, "minjun@snu.ac.kr", AbstractStatus.DRAFT);

		assertThat(this.store.findOwnOrAuthored(this.aiko, "aiko@hokudai.ac.jp")).extracting(AbstractSubmission::number)
			.containsExactlyInAnyOrder("A-001", "A-002");
		assertThat(this.store.findAll()).hasSize(3);
		assertThat(this.store.countBySubmitter(this.minjun)).isEqualTo(2);
		assertThat(this.store.countBySubmitterAndStatus(this.minjun, AbstractStatus.DRAFT)).isOne();
	}

	@Test
	void sumsTheStoredPdfBytesAndNamesTheFilesTheAbstractsPointAt() {
		AbstractSubmission draft = insert("A-001", this.aiko, "aiko@hokudai.ac.jp", AbstractStatus.DRAFT);
		AbstractSubmission first = this.store.save(draft.withPdf(version(1, "f1", 1000), NOW));
		this.store.save(first.withPdf(version(2, "f2", 500), NOW));

		assertThat(this.store.storedPdfBytes(this.aiko)).isEqualTo(1500);
		assertThat(this.store.storedPdfBytes(this.minjun)).isZero();
		PdfReferences references = this.store.pdfReferences();
		assertThat(references.fileIds()).containsExactlyInAnyOrder("f1", "f2");
		assertThat(references.versions()).containsExactlyInAnyOrder(draft.id() + "-v1", draft.id() + "-v2");
	}

	@Test
	void aSaveOfAStaleVersionFails() {
		AbstractSubmission draft = insert("A-001", this.aiko, "aiko@hokudai.ac.jp", AbstractStatus.DRAFT);
		this.store.save(draft.withPdf(version(1, "f1", 1000), NOW));

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> this.store.save(draft.withPdf(version(1, "f9", 9), NOW)));
	}

	private AbstractSubmission insert(String number, UUID submitter, String presenterEmail, AbstractStatus status) {
		AbstractSubmission submission = AbstractFixtures.draft()
			.withNumber(number)
			.withSubmitter(submitter)
			.withAuthors(new Author("Presenter", null, "HU", presenterEmail, true))
			.withStatus(status)
			.createdAt(NOW)
			.updatedAt(NOW)
			.submittedAt((status == AbstractStatus.DRAFT) ? null : NOW)
			.build();
		this.store.insert(submission);
		return this.store.findById(submission.id()).orElseThrow();
	}

	private PdfVersion version(int number, String fileId, long size) {
		return new PdfVersion(number, fileId, "a.pdf", size, "0".repeat(64), 1, 10, List.of(), this.aiko, NOW);
	}

}
