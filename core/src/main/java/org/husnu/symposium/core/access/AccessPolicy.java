package org.husnu.symposium.core.access;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;

/**
 * Every rule about who may see or change which record, in one place both services call.
 * Each {@code may…} answers; each {@code require…} throws {@link AccessRefusedException}
 * with a message that says what is needed.
 *
 * <p>
 * Roles: authors see and change their own abstracts; reviewers see what is assigned to
 * them and not conflicted; chairs run the program; admins operate the system (settings
 * and accounts) but see no review content unless they are also chairs. It is long because
 * it is meant to hold every access rule of the system, so they can be read side by side.
 */
public final class AccessPolicy {

	private AccessPolicy() {
	}

	/**
	 * Whether the actor may manage people: the pre-registration list, institution
	 * domains, accounts and their roles.
	 * @param actor who asks
	 * @return {@code true} for chairs and admins
	 */
	public static boolean mayManagePeople(Actor actor) {
		return actor.isChairOrAdmin();
	}

	public static void requireManagePeople(Actor actor) {
		require(mayManagePeople(actor), "Only chairs and admins manage people, roles and the pre-registration list");
	}

	/**
	 * Whether the actor may grant or revoke a role. Each of the two powerful roles is
	 * handed out only by those who hold it: chairs make chairs, admins make admins, so an
	 * admin cannot raise themself (or anyone) to chair and read review content, and a
	 * chair cannot make admins. Author and reviewer are handed out by chairs and admins.
	 * The first chairs come from configuration ({@code symposium.bootstrap.chairs}).
	 * @param actor who asks
	 * @param role the role to grant or revoke
	 * @return {@code true} if allowed
	 */
	public static boolean mayChangeRole(Actor actor, Role role) {
		return switch (role) {
			case ADMIN -> actor.has(Role.ADMIN);
			case CHAIR -> actor.has(Role.CHAIR);
			default -> actor.isChairOrAdmin();
		};
	}

	public static void requireChangeRole(Actor actor, Role role) {
		require(mayChangeRole(actor, role), switch (role) {
			case ADMIN -> "Only admins grant or revoke the admin role";
			case CHAIR -> "Only chairs grant or revoke the chair role; admins manage accounts but do not make chairs";
			default -> "Only chairs and admins grant or revoke roles";
		});
	}

	/**
	 * Whether the actor may read and change the event settings: deadlines and grace,
	 * limits, blind review, the institution policy and the reviewers per abstract. Chairs
	 * only: blind review and the institution policy decide who sees review content, which
	 * admins do not.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayChangeSettings(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireChangeSettings(Actor actor) {
		require(mayChangeSettings(actor), "Only chairs read and change the event settings");
	}

	/**
	 * Audit actions about accounts and access: the part of the audit log admins read.
	 * Every other action (abstracts, exports, reviews, decisions, and any action added
	 * later until it is listed here) is review content and for chairs only.
	 */
	public static final Set<String> ACCOUNT_AUDIT_ACTIONS = Set.of("login", "logout", "account.created",
			"account.bootstrapped", "profile.updated", "role.granted", "role.revoked", "role.change-refused",
			"pre-registrations.imported", "pre-registration.added", "pre-registration.removed",
			"institution.domain.added", "api-token.created", "api-token.revoked", "api-tokens.revoked",
			"sessions.ended");

	/**
	 * Whether the actor may read the audit log (see {@link #maySeeAuditAction} for which
	 * entries).
	 * @param actor who asks
	 * @return {@code true} for chairs and admins
	 */
	public static boolean mayReadAuditLog(Actor actor) {
		return actor.isChairOrAdmin();
	}

	/**
	 * Whether the actor may read audit entries of an action. Chairs read every entry;
	 * admins without the chair role read only {@link #ACCOUNT_AUDIT_ACTIONS}, because the
	 * other entries name abstracts (number, title) that admins may not see.
	 * @param actor who asks
	 * @param action the entry's action
	 * @return {@code true} if allowed
	 */
	public static boolean maySeeAuditAction(Actor actor, String action) {
		return actor.has(Role.CHAIR) || (actor.has(Role.ADMIN) && ACCOUNT_AUDIT_ACTIONS.contains(action));
	}

	/**
	 * Whether the actor reads every audit entry, not only the account entries.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayReadEveryAuditEntry(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireReadAuditLog(Actor actor) {
		require(mayReadAuditLog(actor), "Only chairs and admins read the audit log");
	}

	/**
	 * Refuses to create an API token from a request that itself came with one: a token
	 * never outlives or outranks the login that made it.
	 * @param viaApiToken whether the request authenticated with an API token
	 * @throws AccessRefusedException when it did
	 */
	public static void requireCreateApiToken(boolean viaApiToken) {
		require(!viaApiToken, "An API token cannot create API tokens; create them on your profile page "
				+ "or from a browser session, so a token never outlives the login that made it");
	}

	/**
	 * Whether the actor may see an account: their own, or any for chairs and admins.
	 * @param actor who asks
	 * @param account the account
	 * @return {@code true} if allowed
	 */
	public static boolean maySeeAccount(Actor actor, Account account) {
		return actor.accountId().equals(account.id()) || actor.isChairOrAdmin();
	}

	/**
	 * Whether the actor may see an abstract. Its submitter and its authors may; chairs
	 * may; a reviewer may only when it is assigned to them and they have no conflict with
	 * it. Admins without the chair role may not: abstracts are review content.
	 * @param actor who asks
	 * @param submission the abstract
	 * @param assignedToActor whether the abstract is assigned to the actor for review
	 * @param actorHasConflict whether the actor has a conflict with the abstract
	 * @return {@code true} if allowed
	 */
	public static boolean maySeeAbstract(Actor actor, AbstractSubmission submission, boolean assignedToActor,
			boolean actorHasConflict) {
		if (isOwnAbstract(actor, submission) || actor.has(Role.CHAIR)) {
			return true;
		}
		return actor.has(Role.REVIEWER) && assignedToActor && !actorHasConflict;
	}

	/**
	 * Whether the actor may see an abstract, judged on the data as it is now: a
	 * reviewer's conflicts are the stored ones plus those {@link ConflictRules} computes
	 * from the reviewer's account, the abstract's current authors and the institution
	 * policy, so an edit of either or a change of policy takes effect on the next
	 * request.
	 * @param actor who asks
	 * @param actorAccount the actor's account as stored now
	 * @param submission the abstract as stored now
	 * @param assignedToActor whether the abstract is assigned to the actor for review
	 * @param policy the institution policy in the event settings
	 * @param storedConflicts the stored conflicts of the actor with the abstract
	 * @return {@code true} if allowed
	 */
	public static boolean maySeeAbstract(Actor actor, Account actorAccount, AbstractSubmission submission,
			boolean assignedToActor, InstitutionPolicy policy, Collection<Conflict> storedConflicts) {
		boolean conflicted = actorAccount == null || !actorAccount.id().equals(actor.accountId())
				|| ConflictRules.conflicts(actorAccount, submission, policy, storedConflicts);
		return maySeeAbstract(actor, submission, assignedToActor, conflicted);
	}

	/**
	 * Whether the actor may read an abstract and download its current PDF where reviews
	 * are done (review-service): chairs any submitted abstract; reviewers only one
	 * assigned to them that they have no conflict with, judged on the data as it is now
	 * (see
	 * {@link #maySeeAbstract(Actor, Account, AbstractSubmission, boolean, InstitutionPolicy, Collection)}).
	 * Authors read their own abstracts on the submission site, not here, and admins
	 * without the chair role see no review content. Bidding shows the text of abstracts
	 * that are not assigned ({@link #mayBidOn}); the PDF only comes with the assignment.
	 * @param actor who asks
	 * @param actorAccount the actor's account as stored now
	 * @param submission the abstract as stored now
	 * @param assignedToActor whether the abstract is assigned to the actor for review
	 * @param policy the institution policy in the event settings
	 * @param storedConflicts the stored conflicts and overrides of the actor with the
	 * abstract
	 * @return {@code true} if allowed
	 */
	public static boolean mayReadForReview(Actor actor, Account actorAccount, AbstractSubmission submission,
			boolean assignedToActor, InstitutionPolicy policy, Collection<Conflict> storedConflicts) {
		if (actor.has(Role.CHAIR)) {
			return true;
		}
		return actor.has(Role.REVIEWER) && assignedToActor && actorAccount != null
				&& actorAccount.id().equals(actor.accountId())
				&& !ConflictRules.conflicts(actorAccount, submission, policy, storedConflicts);
	}

	/**
	 * Whether the actor may see every abstract, their counts and the exports. Only
	 * chairs: admins operate the system but see no submission content.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean maySeeAllAbstracts(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireSeeAllAbstracts(Actor actor) {
		require(maySeeAllAbstracts(actor), "Only chairs see all abstracts, their counts and the exports");
	}

	/**
	 * Whether the actor may change an abstract: its submitter while authors may edit
	 * (status and deadline allow), and chairs at any time.
	 * @param actor who asks
	 * @param submission the abstract
	 * @param authorsMayEdit whether the deadline and the status still allow authors to
	 * edit
	 * @return {@code true} if allowed
	 */
	public static boolean mayChangeAbstract(Actor actor, AbstractSubmission submission, boolean authorsMayEdit) {
		if (mayChangeAnyAbstract(actor)) {
			return true;
		}
		return isSubmitter(actor, submission) && authorsMayEdit;
	}

	/**
	 * Whether the actor may create abstracts: pre-registered members of the partner
	 * institutions, and chairs (who may enter an abstract for someone).
	 * @param actor who asks
	 * @param preRegistered whether the actor's address is eligible (pre-registered or of
	 * a verified institution domain, as the account directory judges it)
	 * @return {@code true} if allowed
	 */
	public static boolean mayCreateAbstract(Actor actor, boolean preRegistered) {
		return actor.has(Role.CHAIR) || preRegistered;
	}

	public static void requireCreateAbstract(Actor actor, boolean preRegistered) {
		require(mayCreateAbstract(actor, preRegistered), "Only pre-registered HU and SNU members submit abstracts; "
				+ "ask the chairs to add " + actor.email() + " to the pre-registration list");
	}

	/**
	 * Whether the actor changes abstracts as a chair: in every status that is not final
	 * and after the deadline, without the per-account quotas of authors.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayChangeAnyAbstract(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	/**
	 * Requires that the actor is the submitter of an abstract (or a chair): co-authors
	 * read an abstract, only its submitter changes it.
	 * @param actor who asks
	 * @param submission the abstract
	 */
	public static void requireSubmitterOrChair(Actor actor, AbstractSubmission submission) {
		require(mayChangeAnyAbstract(actor) || isSubmitter(actor, submission),
				"Only the person who submitted " + submission.number() + " may change it; co-authors can read it");
	}

	/**
	 * Whether the actor may withdraw an abstract: its submitter, at any time (also after
	 * the deadline), and chairs. Whether the status still allows it is the lifecycle's
	 * rule, not this one.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return {@code true} if allowed
	 */
	public static boolean mayWithdrawAbstract(Actor actor, AbstractSubmission submission) {
		return mayChangeAnyAbstract(actor) || isSubmitter(actor, submission);
	}

	public static void requireWithdrawAbstract(Actor actor, AbstractSubmission submission) {
		require(mayWithdrawAbstract(actor, submission),
				"Only the person who submitted " + submission.number() + " (or a chair) may withdraw it");
	}

	/**
	 * Whether the actor may be let through to an abstract by an assignment: only
	 * reviewers; the assignment and conflicts are then judged by
	 * {@link #maySeeAbstract(Actor, Account, AbstractSubmission, boolean, InstitutionPolicy, Collection)}.
	 * @param actor who asks
	 * @return {@code true} for reviewers
	 */
	public static boolean mayReviewAbstracts(Actor actor) {
		return actor.has(Role.REVIEWER);
	}

	/**
	 * Whether the actor may invite reviewers, set their load caps and see the pool. Only
	 * chairs: the pool shows expertise, which is review business.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayManageReviewers(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireManageReviewers(Actor actor) {
		require(mayManageReviewers(actor), "Only chairs invite reviewers and see the reviewer pool");
	}

	/**
	 * Whether the actor may compute, apply and edit the assignment of reviewers to
	 * abstracts and see all of it. Only chairs.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayManageAssignments(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireManageAssignments(Actor actor) {
		require(mayManageAssignments(actor), "Only chairs assign reviewers to abstracts and see all assignments");
	}

	/**
	 * Whether the actor may see assignments at all: chairs all of them, reviewers their
	 * own.
	 * @param actor who asks
	 * @return {@code true} for chairs and reviewers
	 */
	public static boolean maySeeAssignments(Actor actor) {
		return mayManageAssignments(actor) || actor.has(Role.REVIEWER);
	}

	public static void requireSeeAssignments(Actor actor) {
		require(maySeeAssignments(actor), "Only chairs and reviewers see assignments");
	}

	/**
	 * Whether the actor keeps a reviewer profile (expertise, statement, load cap): every
	 * reviewer, whether the role comes from the account or from the invitation.
	 * @param actor who asks
	 * @return {@code true} for reviewers
	 */
	public static boolean mayKeepReviewerProfile(Actor actor) {
		return actor.has(Role.REVIEWER);
	}

	public static void requireKeepReviewerProfile(Actor actor) {
		require(mayKeepReviewerProfile(actor),
				"Only reviewers keep a reviewer profile; ask a chair to invite you to the reviewer pool");
	}

	/**
	 * Whether the actor may read and change a reviewer's archive of own papers: the
	 * reviewer themself, and chairs (who import archives for many reviewers at once).
	 * @param actor who asks
	 * @param reviewerId whose archive
	 * @return {@code true} if allowed
	 */
	public static boolean mayKeepReviewerArchive(Actor actor, UUID reviewerId) {
		return actor.has(Role.CHAIR) || (actor.has(Role.REVIEWER) && actor.accountId().equals(reviewerId));
	}

	public static void requireKeepReviewerArchive(Actor actor, UUID reviewerId) {
		require(mayKeepReviewerArchive(actor, reviewerId),
				"Only the reviewer themself and chairs see and change a reviewer's papers");
	}

	/**
	 * Whether the actor may see an abstract in the bid list and bid on it: reviewers, on
	 * submitted abstracts they do not conflict with ({@link ConflictRules#standing}, so a
	 * chair's override counts and a declared conflict hides it at once).
	 * @param actor who asks
	 * @param actorAccount the actor's account as stored now
	 * @param submission the abstract as stored now
	 * @param policy the institution policy in the event settings
	 * @param storedConflicts the stored conflicts and overrides of the actor with the
	 * abstract
	 * @return {@code true} if allowed
	 */
	public static boolean mayBidOn(Actor actor, Account actorAccount, AbstractSubmission submission,
			InstitutionPolicy policy, Collection<Conflict> storedConflicts) {
		return actor.has(Role.REVIEWER) && actorAccount != null && actorAccount.id().equals(actor.accountId())
				&& submission.status() == AbstractStatus.SUBMITTED
				&& !ConflictRules.conflicts(actorAccount, submission, policy, storedConflicts);
	}

	public static void requireBid(Actor actor) {
		require(mayReviewAbstracts(actor), "Only reviewers bid; ask a chair to invite you to the reviewer pool");
	}

	/**
	 * Whether the actor may list every conflict with its reasons and override computed
	 * ones. Only chairs: the list names reviewers and abstracts together.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayManageConflicts(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireManageConflicts(Actor actor) {
		require(mayManageConflicts(actor), "Only chairs see all conflicts of interest and override computed ones");
	}

	/**
	 * Whether the actor may declare a conflict of the reviewer: chairs for anyone,
	 * reviewers for themselves.
	 * @param actor who asks
	 * @param reviewerId the reviewer the conflict is about
	 * @return {@code true} if allowed
	 */
	public static boolean mayDeclareConflict(Actor actor, UUID reviewerId) {
		return actor.has(Role.CHAIR) || (actor.has(Role.REVIEWER) && actor.accountId().equals(reviewerId));
	}

	public static void requireDeclareConflict(Actor actor, UUID reviewerId) {
		require(mayDeclareConflict(actor, reviewerId),
				"Reviewers declare their own conflicts only (leave out \"reviewer\"); chairs declare anyone's");
	}

	/**
	 * Whether the actor may read the names of the reviewer pool to declare conflicts with
	 * them on an abstract: authors and chairs. They get name, institution and department
	 * only, never addresses, expertise or loads.
	 * @param actor who asks
	 * @return {@code true} for authors and chairs
	 */
	public static boolean maySeeReviewerNames(Actor actor) {
		return actor.has(Role.AUTHOR) || actor.has(Role.CHAIR);
	}

	public static void requireSeeReviewerNames(Actor actor) {
		require(maySeeReviewerNames(actor), "Only authors and chairs see the reviewer list for declaring conflicts");
	}

	/**
	 * Whether the actor may read the conflicts the authors declared on an abstract: its
	 * authors and chairs. A reviewer never learns who declared a conflict with them.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return {@code true} for its authors and chairs
	 */
	public static boolean maySeeDeclaredConflicts(Actor actor, AbstractSubmission submission) {
		return isOwnAbstract(actor, submission) || actor.has(Role.CHAIR);
	}

	/**
	 * Whether the actor may see who wrote an abstract. In blind mode reviewers do not,
	 * unless the abstract is their own.
	 * @param actor who asks
	 * @param submission the abstract
	 * @param blindMode whether the event runs blind review
	 * @return {@code true} if author identities may be shown
	 */
	public static boolean maySeeAuthors(Actor actor, AbstractSubmission submission, boolean blindMode) {
		return !blindMode || isOwnAbstract(actor, submission) || actor.has(Role.CHAIR);
	}

	/**
	 * Whether the actor may follow the reviewing progress of every reviewer and abstract
	 * and remind reviewers: only chairs (reviewers' names and their unfinished work are
	 * the chairs' business).
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayFollowReviewProgress(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireFollowReviewProgress(Actor actor) {
		require(mayFollowReviewProgress(actor), "Only chairs follow the reviewing progress and remind reviewers");
	}

	/**
	 * Whether the actor may write (and read) their own review of an abstract: a reviewer
	 * it is assigned to, with no standing conflict with it, judged on the data as it is
	 * now. Unlike {@link #mayReadForReview} the chair role does not let anyone through: a
	 * review is always the caller's own, so a chair reviews only what is assigned to
	 * them.
	 * @param actor who asks
	 * @param actorAccount the actor's account as stored now
	 * @param submission the abstract as stored now
	 * @param assignedToActor whether the abstract is assigned to the actor for review
	 * @param policy the institution policy in the event settings
	 * @param storedConflicts the stored conflicts and overrides of the actor with the
	 * abstract
	 * @return {@code true} if allowed
	 */
	public static boolean mayReview(Actor actor, Account actorAccount, AbstractSubmission submission,
			boolean assignedToActor, InstitutionPolicy policy, Collection<Conflict> storedConflicts) {
		return actor.has(Role.REVIEWER) && assignedToActor && actorAccount != null
				&& actorAccount.id().equals(actor.accountId())
				&& ConflictRules.standing(actorAccount, submission, policy, storedConflicts).isEmpty();
	}

	/**
	 * Whether the actor may read the review form in force: reviewers (who fill it in) and
	 * chairs (who configure it).
	 * @param actor who asks
	 * @return {@code true} for reviewers and chairs
	 */
	public static boolean maySeeReviewForm(Actor actor) {
		return actor.has(Role.REVIEWER) || actor.has(Role.CHAIR);
	}

	public static void requireSeeReviewForm(Actor actor) {
		require(maySeeReviewForm(actor), "Only reviewers and chairs see the review form");
	}

	/**
	 * Whether the actor may change the review form. Only chairs.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayConfigureReviewForm(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireConfigureReviewForm(Actor actor) {
		require(mayConfigureReviewForm(actor), "Only chairs change the review form");
	}

	/**
	 * Whether the actor has a list of reviews to write: reviewers only (an author or a
	 * chair who is not a reviewer is refused rather than shown an empty list).
	 * @param actor who asks
	 * @return {@code true} for reviewers
	 */
	public static boolean mayListOwnReviews(Actor actor) {
		return actor.has(Role.REVIEWER);
	}

	public static void requireListOwnReviews(Actor actor) {
		require(mayListOwnReviews(actor),
				"Only reviewers have reviews to write; ask a chair to invite you to the reviewer pool");
	}

	private static boolean isSubmitter(Actor actor, AbstractSubmission submission) {
		return actor.accountId().equals(submission.submitterId());
	}

	private static boolean isOwnAbstract(Actor actor, AbstractSubmission submission) {
		return actor.accountId().equals(submission.submitterId()) || submission.hasAuthor(actor.email());
	}

	private static void require(boolean allowed, String message) {
		if (!allowed) {
			throw new AccessRefusedException(message);
		}
	}

	/**
	 * Whether the actor may decide on abstracts, undo held decisions, preview the
	 * decision mails and release decisions. Only chairs.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayDecide(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireDecide(Actor actor) {
		require(mayDecide(actor), "Only chairs decide on abstracts and release decisions");
	}

	/**
	 * Whether the actor may see an abstract's released decision and the comments to its
	 * authors: its submitter and co-authors, and chairs; never its reviewers. Held
	 * decisions are shown to chairs only, through {@link #mayDecide}.
	 * @param actor who asks
	 * @param submission the abstract
	 * @return {@code true} if the released decision may be shown
	 */
	public static boolean maySeeReleasedDecision(Actor actor, AbstractSubmission submission) {
		return actor.has(Role.CHAIR) || isOwnAbstract(actor, submission);
	}

	/**
	 * Whether the actor may see scores, rankings, every review with its confidential
	 * comments and the reviewers' names, and export them. Only chairs; anyone else is
	 * refused (403), as on the chairs' other pages.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayRankAbstracts(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireRankAbstracts(Actor actor) {
		require(mayRankAbstracts(actor),
				"Rankings, scores and their exports are for the chairs; your start page lists what you can do");
	}

	/**
	 * Whether the actor may build the oral program: edit it, ask for a suggestion,
	 * publish it, follow and remind the speakers, and export the program and badges. Only
	 * chairs; anyone else is refused (403).
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean mayEditProgram(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireEditProgram(Actor actor) {
		require(mayEditProgram(actor), "The oral program is built by the chairs; the published program is at /program");
	}

	/**
	 * Whether the actor may see the HU–SNU collaboration report over every abstract. Only
	 * chairs; a presenter sees the pairs of their own accepted talks through
	 * {@link #maySeeOwnCollaboration}.
	 * @param actor who asks
	 * @return {@code true} for chairs
	 */
	public static boolean maySeeCollaborationReport(Actor actor) {
		return actor.has(Role.CHAIR);
	}

	public static void requireSeeCollaborationReport(Actor actor) {
		require(maySeeCollaborationReport(actor), "The collaboration report is for the chairs");
	}

	/**
	 * Whether the actor may see which abstracts of the other university are close to one
	 * of theirs: the abstract's submitter and co-authors, and chairs.
	 * @param actor who asks
	 * @param submission the actor's abstract
	 * @return {@code true} for its own authors and chairs
	 */
	public static boolean maySeeOwnCollaboration(Actor actor, AbstractSubmission submission) {
		return actor.has(Role.CHAIR) || isOwnAbstract(actor, submission);
	}

}
