package org.husnu.symposium.core.access;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.test.fixtures.AbstractFixtures;
import org.husnu.symposium.test.fixtures.AccountFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AccessPolicyTests {

	private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

	private final Actor submitter = actor("aiko@hokudai.ac.jp", Role.AUTHOR);

	private final Actor coAuthor = actor("minjun@snu.ac.kr", Role.AUTHOR);

	private final Actor stranger = actor("someone@hokudai.ac.jp", Role.AUTHOR);

	private final Actor reviewer = actor("prof@snu.ac.kr", Role.REVIEWER);

	private final Actor chair = actor("chair@hokudai.ac.jp", Role.CHAIR);

	private final Actor admin = actor("ops@hokudai.ac.jp", Role.ADMIN);

	private final AbstractSubmission submission = AbstractFixtures.submitted()
		.withSubmitter(this.submitter.accountId())
		.withTitle("Vital signs")
		.withAuthors(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
				new Author("Minjun", null, "SNU", "minjun@snu.ac.kr", false))
		.build();

	@Test
	void authorsAndChairsSeeTheDeclaredConflictsAndThePoolsNamesReviewersAndAdminsDoNot() {
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.submitter, this.submission)).isTrue();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.coAuthor, this.submission)).isTrue();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.chair, this.submission)).isTrue();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.reviewer, this.submission)).isFalse();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.stranger, this.submission)).isFalse();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.admin, this.submission)).isFalse();
		assertThat(AccessPolicy.maySeeReviewerNames(this.stranger)).isTrue();
		assertThat(AccessPolicy.maySeeReviewerNames(this.chair)).isTrue();
		assertThat(AccessPolicy.maySeeReviewerNames(this.reviewer)).isFalse();
		assertThat(AccessPolicy.maySeeReviewerNames(this.admin)).isFalse();
	}

	@Test
	void authorsSeeTheirOwnAbstractsAndNoOneElses() {
		assertThat(AccessPolicy.maySeeAbstract(this.submitter, this.submission, false, false)).isTrue();
		assertThat(AccessPolicy.maySeeAbstract(this.coAuthor, this.submission, false, false)).isTrue();
		assertThat(AccessPolicy.maySeeAbstract(this.stranger, this.submission, false, false)).isFalse();
	}

	@Test
	void reviewersSeeOnlyAssignedAbstractsWithoutConflict() {
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, this.submission, true, false)).isTrue();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, this.submission, false, false)).isFalse();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, this.submission, true, true)).isFalse();
		assertThat(AccessPolicy.maySeeAbstract(this.stranger, this.submission, true, false))
			.as("an assignment without the reviewer role")
			.isFalse();
	}

	@Test
	void anAssignedReviewerIsJudgedOnTheCurrentAuthorsPolicyAndStoredConflicts() {
		Account account = AccountFixtures.reviewer(this.reviewer.email())
			.withId(this.reviewer.accountId())
			.withName("Prof")
			.withDepartment("Anesthesiology")
			.build();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, account, this.submission, true, InstitutionPolicy.NONE,
				List.of()))
			.isTrue();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, account, this.submission, true,
				InstitutionPolicy.SAME_INSTITUTION, List.of()))
			.as("an HU reviewer, an HU presenter and the same-institution policy")
			.isFalse();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, account, this.submission, true, InstitutionPolicy.NONE,
				List.of(Conflict.of(account.id(), this.submission.id(), ConflictReason.DECLARED, "", NOW))))
			.isFalse();
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, null, this.submission, true, InstitutionPolicy.NONE,
				List.of()))
			.as("no account, no access")
			.isFalse();
	}

	@Test
	void aReviewerTheAuthorsNamedNeitherSeesNorBidsUntilAChairOverrides() {
		Account account = AccountFixtures.reviewer(this.reviewer.email())
			.withId(this.reviewer.accountId())
			.withName("Prof")
			.withInstitution("SNU")
			.build();
		AbstractSubmission declared = AbstractFixtures.from(this.submission)
			.withDeclaredConflicts(new DeclaredConflict(account.id(), "competitor"))
			.build();
		assertThat(
				AccessPolicy.maySeeAbstract(this.reviewer, account, declared, true, InstitutionPolicy.NONE, List.of()))
			.isFalse();
		assertThat(AccessPolicy.mayBidOn(this.reviewer, account, declared, InstitutionPolicy.NONE, List.of()))
			.isFalse();
		List<Conflict> override = List.of(Conflict.override(account.id(), declared.id(), ConflictReason.AUTHOR_DECLARED,
				"not a competitor", this.chair.accountId(), NOW));
		assertThat(
				AccessPolicy.maySeeAbstract(this.reviewer, account, declared, true, InstitutionPolicy.NONE, override))
			.isTrue();
		assertThat(AccessPolicy.mayBidOn(this.reviewer, account, declared, InstitutionPolicy.NONE, override)).isTrue();
		assertThat(AccessPolicy.maySeeDeclaredConflicts(this.reviewer, declared)).as("never who declared it").isFalse();
	}

	@Test
	void anOverriddenSameLabConflictLetsTheAssignedReviewerSeeTheAbstract() {
		Account account = AccountFixtures.reviewer(this.reviewer.email())
			.withId(this.reviewer.accountId())
			.withName("Prof")
			.withInstitution("SNU")
			.withDepartment("Genome Lab")
			.build();
		AbstractSubmission sameLab = AbstractFixtures.from(this.submission)
			.withAuthors(new Author("Aiko", null, "HU", "aiko@hokudai.ac.jp", true),
					new Author("Minjun", "Genome Lab", "SNU", "minjun@snu.ac.kr", false))
			.build();
		assertThat(
				AccessPolicy.maySeeAbstract(this.reviewer, account, sameLab, true, InstitutionPolicy.NONE, List.of()))
			.as("same lab")
			.isFalse();
		Conflict override = Conflict.override(account.id(), sameLab.id(), ConflictReason.SAME_LAB, "different projects",
				UUID.randomUUID(), NOW);
		assertThat(AccessPolicy.maySeeAbstract(this.reviewer, account, sameLab, true, InstitutionPolicy.NONE,
				List.of(override)))
			.isTrue();
		assertThat(AccessPolicy.mayBidOn(this.reviewer, account, sameLab, InstitutionPolicy.NONE, List.of(override)))
			.isTrue();
		assertThat(AccessPolicy.mayBidOn(this.reviewer, account, sameLab, InstitutionPolicy.NONE, List.of())).isFalse();
	}

	@Test
	void chairsSeeEverythingAdminsSeeNoReviewContent() {
		assertThat(AccessPolicy.maySeeAbstract(this.chair, this.submission, false, false)).isTrue();
		assertThat(AccessPolicy.maySeeAbstract(this.admin, this.submission, false, false)).isFalse();
		assertThat(AccessPolicy.maySeeAllAbstracts(this.chair)).isTrue();
		assertThat(AccessPolicy.maySeeAllAbstracts(this.admin)).isFalse();
		assertThat(AccessPolicy.maySeeAllAbstracts(this.reviewer)).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireSeeAllAbstracts(this.submitter))
			.withMessageContaining("Only chairs");
	}

	@Test
	void onlyTheSubmitterChangesAnAbstractAndOnlyWhileAuthorsMayEdit() {
		assertThat(AccessPolicy.mayChangeAbstract(this.submitter, this.submission, true)).isTrue();
		assertThat(AccessPolicy.mayChangeAbstract(this.submitter, this.submission, false)).isFalse();
		assertThat(AccessPolicy.mayChangeAbstract(this.coAuthor, this.submission, true)).isFalse();
		assertThat(AccessPolicy.mayChangeAbstract(this.chair, this.submission, false)).isTrue();
	}

	@Test
	void blindModeHidesAuthorsFromReviewers() {
		assertThat(AccessPolicy.maySeeAuthors(this.reviewer, this.submission, true)).isFalse();
		assertThat(AccessPolicy.maySeeAuthors(this.reviewer, this.submission, false)).isTrue();
		assertThat(AccessPolicy.maySeeAuthors(this.submitter, this.submission, true)).isTrue();
		assertThat(AccessPolicy.maySeeAuthors(this.chair, this.submission, true)).isTrue();
	}

	@Test
	void chairsGrantRolesButOnlyAdminsGrantAdmin() {
		assertThatNoException().isThrownBy(() -> AccessPolicy.requireChangeRole(this.chair, Role.REVIEWER));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireChangeRole(this.chair, Role.ADMIN))
			.withMessage("Only admins grant or revoke the admin role");
		assertThat(AccessPolicy.mayChangeRole(this.admin, Role.ADMIN)).isTrue();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireManagePeople(this.submitter));
		assertThat(AccessPolicy.mayReadAuditLog(this.reviewer)).isFalse();
	}

	@Test
	void onlyChairsMakeChairsSoAdminsCannotRaiseThemselves() {
		assertThat(AccessPolicy.mayChangeRole(this.chair, Role.CHAIR)).isTrue();
		assertThat(AccessPolicy.mayChangeRole(this.admin, Role.CHAIR)).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireChangeRole(this.admin, Role.CHAIR))
			.withMessageContaining("Only chairs grant or revoke the chair role");
		assertThat(AccessPolicy.mayChangeRole(this.admin, Role.REVIEWER)).isTrue();
		assertThat(AccessPolicy.mayChangeRole(this.reviewer, Role.REVIEWER)).isFalse();
	}

	@Test
	void onlyChairsChangeTheEventSettings() {
		assertThat(AccessPolicy.mayChangeSettings(this.chair)).isTrue();
		assertThat(AccessPolicy.mayChangeSettings(this.admin)).isFalse();
		assertThat(AccessPolicy.mayChangeSettings(this.submitter)).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireChangeSettings(this.reviewer))
			.withMessageContaining("Only chairs");
	}

	@Test
	void adminsReadOnlyTheAuditEntriesAboutAccountsChairsReadAll() {
		assertThat(AccessPolicy.maySeeAuditAction(this.admin, "role.granted")).isTrue();
		assertThat(AccessPolicy.maySeeAuditAction(this.admin, "abstract.created")).isFalse();
		assertThat(AccessPolicy.maySeeAuditAction(this.admin, "some.future-action")).as("fails closed").isFalse();
		assertThat(AccessPolicy.maySeeAuditAction(this.chair, "abstract.created")).isTrue();
		assertThat(AccessPolicy.maySeeAuditAction(this.reviewer, "login")).isFalse();
	}

	@Test
	void peopleSeeTheirOwnAccountChairsSeeAll() {
		Account account = AccountFixtures.author(this.stranger.email()).withId(this.stranger.accountId()).build();
		assertThat(AccessPolicy.maySeeAccount(this.stranger, account)).isTrue();
		assertThat(AccessPolicy.maySeeAccount(this.submitter, account)).isFalse();
		assertThat(AccessPolicy.maySeeAccount(this.chair, account)).isTrue();
	}

	@Test
	void onlyPreRegisteredPeopleAndChairsCreateAbstracts() {
		assertThat(AccessPolicy.mayCreateAbstract(this.stranger, true)).isTrue();
		assertThat(AccessPolicy.mayCreateAbstract(this.chair, false)).isTrue();
		assertThat(AccessPolicy.mayCreateAbstract(this.admin, false)).as("admins see no submission content").isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireCreateAbstract(this.stranger, false))
			.withMessage("Only pre-registered HU and SNU members submit abstracts; ask the chairs to add "
					+ "someone@hokudai.ac.jp to the pre-registration list");
	}

	@Test
	void theSubmitterAndChairsWithdrawCoAuthorsDoNot() {
		assertThat(AccessPolicy.mayWithdrawAbstract(this.submitter, this.submission)).isTrue();
		assertThat(AccessPolicy.mayWithdrawAbstract(this.chair, this.submission)).isTrue();
		assertThat(AccessPolicy.mayWithdrawAbstract(this.coAuthor, this.submission)).isFalse();
		assertThat(AccessPolicy.mayWithdrawAbstract(this.admin, this.submission)).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireWithdrawAbstract(this.coAuthor, this.submission))
			.withMessage("Only the person who submitted A-001 (or a chair) may withdraw it");
	}

	@Test
	void coAuthorsReadAnAbstractOnlyItsSubmitterOrAChairChangesIt() {
		assertThatNoException().isThrownBy(() -> AccessPolicy.requireSubmitterOrChair(this.submitter, this.submission));
		assertThatNoException().isThrownBy(() -> AccessPolicy.requireSubmitterOrChair(this.chair, this.submission));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireSubmitterOrChair(this.coAuthor, this.submission))
			.withMessage("Only the person who submitted A-001 may change it; co-authors can read it");
		assertThat(AccessPolicy.mayChangeAnyAbstract(this.chair)).isTrue();
		assertThat(AccessPolicy.mayChangeAnyAbstract(this.admin)).isFalse();
		assertThat(AccessPolicy.mayReviewAbstracts(this.reviewer)).isTrue();
		assertThat(AccessPolicy.mayReviewAbstracts(this.chair)).isFalse();
	}

	@Test
	void chairsManageAssignmentsReviewersSeeTheirOwn() {
		assertThat(AccessPolicy.mayManageAssignments(this.chair)).isTrue();
		assertThat(AccessPolicy.mayManageAssignments(this.reviewer)).isFalse();
		assertThat(AccessPolicy.mayManageAssignments(this.admin)).isFalse();
		assertThat(AccessPolicy.maySeeAssignments(this.reviewer)).isTrue();
		assertThat(AccessPolicy.maySeeAssignments(this.chair)).isTrue();
		assertThat(AccessPolicy.maySeeAssignments(this.submitter)).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireManageAssignments(this.reviewer));
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireSeeAssignments(this.admin));
	}

	@Test
	void aReviewerArchiveIsKeptByTheReviewerThemselfAndChairs() {
		assertThat(AccessPolicy.mayKeepReviewerArchive(this.reviewer, this.reviewer.accountId())).isTrue();
		assertThat(AccessPolicy.mayKeepReviewerArchive(this.reviewer, UUID.randomUUID())).isFalse();
		assertThat(AccessPolicy.mayKeepReviewerArchive(this.chair, this.reviewer.accountId())).isTrue();
		assertThat(AccessPolicy.mayKeepReviewerArchive(this.submitter, this.submitter.accountId())).isFalse();
		assertThatExceptionOfType(AccessRefusedException.class)
			.isThrownBy(() -> AccessPolicy.requireKeepReviewerArchive(this.admin, this.reviewer.accountId()));
	}

	@Test
	void onlyChairsAndAssignedReviewersWithoutConflictReadAnAbstractForReview() {
		Account account = AccountFixtures.reviewer(this.reviewer.email())
			.withId(this.reviewer.accountId())
			.withName("Prof")
			.withInstitution("SNU")
			.build();
		assertThat(AccessPolicy.mayReadForReview(this.reviewer, account, this.submission, true, InstitutionPolicy.NONE,
				List.of()))
			.isTrue();
		assertThat(AccessPolicy.mayReadForReview(this.reviewer, account, this.submission, false, InstitutionPolicy.NONE,
				List.of()))
			.as("not assigned")
			.isFalse();
		assertThat(AccessPolicy.mayReadForReview(this.reviewer, account, this.submission, true, InstitutionPolicy.NONE,
				List.of(Conflict.of(account.id(), this.submission.id(), ConflictReason.DECLARED, "", NOW))))
			.as("declared a conflict after the assignment")
			.isFalse();
		assertThat(AccessPolicy.mayReadForReview(this.reviewer, null, this.submission, true, InstitutionPolicy.NONE,
				List.of()))
			.as("no account, no access")
			.isFalse();
		assertThat(AccessPolicy.mayReadForReview(this.chair, null, this.submission, false, InstitutionPolicy.NONE,
				List.of()))
			.isTrue();
		Account own = AccountFixtures.author(this.submitter.email()).withId(this.submitter.accountId()).build();
		assertThat(AccessPolicy.mayReadForReview(this.submitter, own, this.submission, false, InstitutionPolicy.NONE,
				List.of()))
			.as("authors read their own abstracts on the submission site")
			.isFalse();
		assertThat(AccessPolicy.mayReadForReview(this.admin, null, this.submission, true, InstitutionPolicy.NONE,
				List.of()))
			.isFalse();
	}

	@Test
	void onlyChairsSeeScoresRankingsAndEveryReview() {
		assertThat(AccessPolicy.mayRankAbstracts(this.chair)).isTrue();
		assertThat(AccessPolicy.mayRankAbstracts(this.reviewer)).isFalse();
		assertThat(AccessPolicy.mayRankAbstracts(this.admin)).isFalse();
		assertThat(AccessPolicy.mayRankAbstracts(this.submitter)).isFalse();
	}

	private static Actor actor(String email, Role... roles) {
		return new Actor(UUID.randomUUID(), email, Set.of(roles));
	}

}
