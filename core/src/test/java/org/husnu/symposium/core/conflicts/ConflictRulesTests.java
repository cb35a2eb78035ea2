package org.husnu.symposium.core.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

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

	@Test
	void aChairsOverrideWaivesOnlyTheComputedReasonOfThePair() {
		AbstractSubmission submission = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", false),
				new Author("Minjun", "Department of Anesthesiology", "SNU", "minjun@snu.ac.kr", true));
		UUID chair = UUID.randomUUID();
		Conflict override = Conflict.override(this.reviewer.id(), submission.id(), ConflictReason.SAME_LAB,
				"different groups", chair, NOW);
		assertThat(override.id()).endsWith(":SAME_LAB:overridden");
		assertThat(ConflictRules.conflicts(this.reviewer, submission, InstitutionPolicy.NONE, List.of())).isTrue();
		assertThat(ConflictRules.conflicts(this.reviewer, submission, InstitutionPolicy.NONE, List.of(override)))
			.isFalse();
		assertThat(ConflictRules.standing(this.reviewer, submission, InstitutionPolicy.SAME_INSTITUTION,
				List.of(override)))
			.as("the policy's reason is not overridden")
			.containsExactly(ConflictReason.INSTITUTION_POLICY);
		Conflict declared = Conflict.declared(this.reviewer.id(), submission.id(), "friend", this.reviewer.id(), NOW);
		assertThat(
				ConflictRules.standing(this.reviewer, submission, InstitutionPolicy.NONE, List.of(override, declared)))
			.containsExactly(ConflictReason.DECLARED);
	}

	@Test
	void aReviewerTheAuthorsNamedOnTheAbstractConflictsAsAuthorDeclared() {
		AbstractSubmission declared = AbstractFixtures.submitted()
			.withAuthors(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true))
			.withDeclaredConflicts(new DeclaredConflict(this.reviewer.id(), "former supervisor"))
			.build();
		assertThat(ConflictRules.computed(this.reviewer, declared, InstitutionPolicy.NONE))
			.containsExactly(ConflictReason.AUTHOR_DECLARED);
		Account other = reviewer("other@snu.ac.kr", "SNU", "Department of Surgery");
		assertThat(ConflictRules.conflicts(other, declared, InstitutionPolicy.NONE, List.of()))
			.as("only the named reviewer")
			.isFalse();
	}

	@Test
	void aChairMayOverrideWhatTheAuthorsDeclaredButNotWhatTheReviewerDeclared() {
		AbstractSubmission declared = AbstractFixtures.submitted()
			.withAuthors(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true))
			.withDeclaredConflicts(new DeclaredConflict(this.reviewer.id(), "competitor"))
			.build();
		Conflict override = Conflict.override(this.reviewer.id(), declared.id(), ConflictReason.AUTHOR_DECLARED,
				"not a competitor: different field", UUID.randomUUID(), NOW);
		assertThat(ConflictRules.conflicts(this.reviewer, declared, InstitutionPolicy.NONE, List.of(override)))
			.isFalse();
		Conflict own = Conflict.declared(this.reviewer.id(), declared.id(), "friend", this.reviewer.id(), NOW);
		assertThat(ConflictRules.standing(this.reviewer, declared, InstitutionPolicy.NONE, List.of(override, own)))
			.containsExactly(ConflictReason.DECLARED);
	}

	@Test
	void sameLabComparesNormalisedAffiliationsWithinTheSameInstitution() {
		Account snuh = reviewer("kim@snu.ac.kr", "SNU", "Dept. of Anesthesiology, SNUH");
		AbstractSubmission sameDepartment = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Minjun", "Department of Anesthesiology, Seoul National University Hospital", "SNU",
						"minjun@snu.ac.kr", false));
		AbstractSubmission surgery = submission(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Minjun", "Dept. of Surgery, SNUH", "SNU", "minjun@snu.ac.kr", false));
		assertThat(ConflictRules.computed(snuh, sameDepartment, InstitutionPolicy.NONE))
			.containsExactly(ConflictReason.SAME_LAB);
		assertThat(ConflictRules.computed(snuh, surgery, InstitutionPolicy.NONE)).isEmpty();
	}

	@Test
	void aDeclaredConflictCannotBeOverridden() {
		assertThatExceptionOfType(DomainRuleException.class)
			.isThrownBy(() -> Conflict.override(this.reviewer.id(), UUID.randomUUID(), ConflictReason.DECLARED, "",
					UUID.randomUUID(), NOW))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("conflict.override.declared"));
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
