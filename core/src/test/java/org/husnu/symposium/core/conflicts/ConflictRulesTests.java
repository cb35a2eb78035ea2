package org.husnu.symposium.core.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictRulesTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final Account reviewer = reviewer("prof@snu.ac.kr", "SNU", "Department of Anesthesiology");

	@Test
	void aReviewerFromAnotherInstitutionAndLabHasNoComputedConflict() {
		AbstractSubmission submission = submission(new Author("Aiko", "Genome Lab", "HU", "aiko@hokudai.ac.jp", true));
		assertThat(ConflictRules.computed(this.reviewer, submission, InstitutionPolicy.SAME_INSTITUTION)).isEmpty();
		assertThat(ConflictRules.conflicts(this.reviewer, submission, InstitutionPolicy.SAME_INSTITUTION, List.of()))
			.isFalse();
	}

	@Test
	void aReviewerWhoIsAnAuthorConflictsAsCoAuthor() {
		AbstractSubmission submission = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Prof", null, "SNU", "PROF@snu.ac.kr", false));
		assertThat(ConflictRules.computed(this.reviewer, submission, InstitutionPolicy.NONE))
			.contains(ConflictReason.CO_AUTHOR);
	}

	@Test
	void theInstitutionPolicyMakesThePresentingAuthorsInstitutionAConflict() {
		AbstractSubmission snuPresents = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", false),
				new Author("Minjun", "Biomedical Engineering", "SNU", "minjun@snu.ac.kr", true));
		assertThat(ConflictRules.computed(this.reviewer, snuPresents, InstitutionPolicy.NONE)).isEmpty();
		assertThat(ConflictRules.computed(this.reviewer, snuPresents, InstitutionPolicy.SAME_INSTITUTION))
			.containsExactly(ConflictReason.INSTITUTION_POLICY);
	}

	@Test
	void aJointAbstractPresentedByTheOtherInstitutionStaysReviewableUnderThePolicy() {
		AbstractSubmission huPresents = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Minjun", "Biomedical Engineering", "SNU", "minjun@snu.ac.kr", false));
		assertThat(ConflictRules.computed(this.reviewer, huPresents, InstitutionPolicy.SAME_INSTITUTION)).isEmpty();
	}

	@Test
	void anAuthorFromTheReviewersDepartmentIsASameLabConflictHoweverItIsTyped() {
		AbstractSubmission submission = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Minjun", "department of  anesthesiology.", "SNU", "minjun@snu.ac.kr", false));
		assertThat(ConflictRules.computed(this.reviewer, submission, InstitutionPolicy.NONE))
			.containsExactly(ConflictReason.SAME_LAB);
		assertThat(ConflictRules.computed(reviewer("prof@hokudai.ac.jp", "HU", "Department of Anesthesiology"),
				submission, InstitutionPolicy.NONE))
			.as("the same department name at another institution is another department")
			.isEmpty();
	}

	@Test
	void aStoredConflictOfThePairCountsOthersDoNot() {
		AbstractSubmission submission = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true));
		Conflict declared = Conflict.of(this.reviewer.id(), submission.id(), ConflictReason.DECLARED, "", NOW);
		Conflict otherAbstract = Conflict.of(this.reviewer.id(), UUID.randomUUID(), ConflictReason.DECLARED, "", NOW);
		assertThat(ConflictRules.conflicts(this.reviewer, submission, InstitutionPolicy.NONE, List.of(declared)))
			.isTrue();
		assertThat(ConflictRules.conflicts(this.reviewer, submission, InstitutionPolicy.NONE, List.of(otherAbstract)))
			.isFalse();
	}

	static Account reviewer(String email, String institution, String department) {
		return AccountFixtures.reviewer(email)
			.withName("Prof")
			.withInstitution(institution)
			.withDepartment(department)
			.build();
	}

	static AbstractSubmission submission(Author... authors) {
		return AbstractFixtures.submitted().withTitle("Vital signs").withAuthors(authors).build();
	}

}
