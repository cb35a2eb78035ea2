package org.husnu.symposium.core.abstracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AbstractSubmissionTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private static final Author PRESENTER = new Author("Aiko Sato", "Graduate School of Medicine", "HU",
			"Aiko.Sato@med.hokudai.ac.jp", true);

	private static final Author CO_AUTHOR = new Author("Minjun Kim", "Department of Anesthesiology", "SNU",
			"minjun@snu.ac.kr", false);

	@Test
	void normalisesAuthorAddressesAndFindsThePresenter() {
		AbstractSubmission draft = draft(List.of(PRESENTER, CO_AUTHOR), "GENOME_MEDICINE", List.of());
		assertThat(draft.presentingAuthor().email()).isEqualTo("aiko.sato@med.hokudai.ac.jp");
		assertThat(draft.hasAuthor("MINJUN@snu.ac.kr")).isTrue();
		assertThat(draft.hasAuthor("someone@snu.ac.kr")).isFalse();
	}

	@Test
	void rejectsAbstractWithoutPresentingAuthor() {
		Author notPresenting = new Author("Aiko Sato", null, "HU", "aiko@hokudai.ac.jp", false);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> draft(List.of(notPresenting, CO_AUTHOR), "GENOME_MEDICINE", List.of()))
			.withMessage("Mark exactly one author as presenting (now 0)");
	}

	@Test
	void rejectsAbstractWithTwoPresentingAuthors() {
		Author alsoPresenting = new Author("Minjun Kim", null, "SNU", "minjun@snu.ac.kr", true);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> draft(List.of(PRESENTER, alsoPresenting), "GENOME_MEDICINE", List.of()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.presenter"));
	}

	@Test
	void rejectsTheSameAddressForTwoAuthors() {
		Author twin = new Author("A. Sato", null, "HU", "aiko.sato@MED.hokudai.ac.jp", false);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> draft(List.of(PRESENTER, twin), "GENOME_MEDICINE", List.of()))
			.withMessageContaining("aiko.sato@med.hokudai.ac.jp");
	}

	@Test
	void rejectsPrimaryTopicRepeatedAsSecondary() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> draft(List.of(PRESENTER), "DEMENTIA_CARE", List.of("GENOME_MEDICINE", "DEMENTIA_CARE")))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.topic.secondary"));
	}

	@Test
	void dropsDuplicateAndBlankKeywordsAndTopics() {
		AbstractSubmission draft = AbstractFixtures.draft()
			.withTitle("  Title  ")
			.withAuthors(PRESENTER)
			.withSecondaryTopics("DRUG_DEVELOPMENT", "DRUG_DEVELOPMENT", " ")
			.withKeywords("AI", " AI ", "", "genomics")
			.withPresentation(null)
			.withText(null)
			.build();
		assertThat(draft.title()).isEqualTo("Title");
		assertThat(draft.secondaryTopics()).containsExactly("DRUG_DEVELOPMENT");
		assertThat(draft.keywords()).containsExactly("AI", "genomics");
		assertThat(draft.presentation()).isEqualTo(PresentationPreference.EITHER);
		assertThat(draft.topics()).containsExactly("GENOME_MEDICINE", "DRUG_DEVELOPMENT");
	}

	@Test
	void rejectsOverlongTitle() {
		String title = "x".repeat(AbstractSubmission.MAX_TITLE_LENGTH + 1);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> AbstractFixtures.draft().withTitle(title).withAuthors(PRESENTER).build())
			.withMessageContaining("301 characters");
	}

	@Test
	void submittingRecordsTheFirstSubmissionTimeOnly() {
		AbstractSubmission draft = draft(List.of(PRESENTER), "GENOME_MEDICINE", List.of());
		Instant later = NOW.plusSeconds(60);
		AbstractSubmission submitted = draft.apply(AbstractAction.SUBMIT, later);
		assertThat(submitted.status()).isEqualTo(AbstractStatus.SUBMITTED);
		assertThat(submitted.submittedAt()).isEqualTo(later);
		assertThat(submitted.updatedAt()).isEqualTo(later);
		AbstractSubmission reviewed = submitted.apply(AbstractAction.START_REVIEW, later.plusSeconds(60));
		assertThat(reviewed.submittedAt()).isEqualTo(later);
	}

	@Test
	void submittedAbstractNeedsSubmissionTime() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> AbstractFixtures.draft()
				.withAuthors(PRESENTER)
				.withStatus(AbstractStatus.SUBMITTED)
				.submittedAt(null)
				.build())
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.submittedAt"));
	}

	@Test
	void rejectsInvalidAuthorAddress() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new Author("Aiko", null, "HU", "aiko at hokudai", true))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("email.invalid"));
	}

	@Test
	void theCurrentPdfIsTheNewestVersionAndTheInstitutionIsThePresentersOwn() {
		AbstractSubmission draft = draft(
				List.of(new Author("Minjun Kim", null, "SNU", "kim@snu.ac.kr", false), PRESENTER), "GENOME_MEDICINE",
				List.of());
		assertThat(draft.currentPdf()).isEmpty();
		assertThat(draft.institution()).isEqualTo("HU");
		PdfVersion first = version(1, "a");
		PdfVersion second = version(2, "b");
		AbstractSubmission withPdfs = AbstractFixtures.from(draft).withPdfVersions(first, second).build();
		assertThat(withPdfs.currentPdf()).contains(second);
		assertThat(draft.withPdf(first, NOW).withPdf(second, NOW).pdfVersions()).containsExactly(first, second);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> draft.withPdf(second, NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("pdf.version"));
		assertThat(withPdfs.apply(AbstractAction.SUBMIT, NOW).pdfVersions()).containsExactly(first, second);
	}

	@Test
	void aPdfVersionNeedsItsFileAndAFullSha256() {
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> version(0, "a"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("pdf.version"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new PdfVersion(1, "f", "x.pdf", 1, "abc", 1, 1, null, UUID.randomUUID(), NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("pdf.sha256"));
		assertThat(new PdfVersion(1, "f", " ", 1, "a".repeat(64), 1, 1, null, UUID.randomUUID(), NOW).fileName())
			.isEqualTo("abstract.pdf");
	}

	private static PdfVersion version(int number, String hexDigit) {
		return new PdfVersion(number, "file-" + number, "v.pdf", 100, hexDigit.repeat(64), 1, 200,
				List.of(new PdfVersion.CheckNote("repaired", List.of())), UUID.randomUUID(), NOW);
	}

	private static AbstractSubmission draft(List<Author> authors, String primary, List<String> secondary) {
		return AbstractFixtures.draft()
			.withAuthors(authors)
			.withPrimaryTopic(primary)
			.withSecondaryTopics(secondary)
			.withKeywords("AI")
			.withText("Text")
			.createdAt(NOW)
			.build();
	}

	@Test
	void authorsDeclareEachReviewerOnceAndAtMostTwentyOfThem() {
		UUID reviewer = UUID.randomUUID();
		AbstractSubmission draft = draft(List.of(PRESENTER), "GENOME_MEDICINE", List.of());
		assertThat(draft.declaredConflicts()).isEmpty();
		AbstractSubmission declared = draft
			.withDeclaredConflicts(List.of(new DeclaredConflict(reviewer, "  former supervisor ")), NOW);
		assertThat(declared.declaredConflictWith(reviewer)).map(DeclaredConflict::reason).hasValue("former supervisor");
		assertThat(declared.declaredConflictWith(UUID.randomUUID())).isEmpty();
		assertThat(declared.apply(AbstractAction.SUBMIT, NOW).declaredConflicts()).as("kept through the lifecycle")
			.hasSize(1);
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> draft.withDeclaredConflicts(
					List.of(new DeclaredConflict(reviewer, null), new DeclaredConflict(reviewer, "again")), NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.conflicts.duplicate"));
		List<DeclaredConflict> many = IntStream.range(0, AbstractSubmission.MAX_DECLARED_CONFLICTS + 1)
			.mapToObj((i) -> new DeclaredConflict(UUID.randomUUID(), null))
			.toList();
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> draft.withDeclaredConflicts(many, NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.conflicts.count"));
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> new DeclaredConflict(reviewer, "x".repeat(DeclaredConflict.MAX_REASON + 1)))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.conflicts.reason"));
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> new DeclaredConflict(null, "why"))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("abstract.conflicts.reviewer"));
	}

}
