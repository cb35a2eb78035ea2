package org.husnu.symposium.core.access;

import java.util.Collection;

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
 * and accounts) but see no review content unless they are also chairs.
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
	 * Whether the actor may grant or revoke a role. Chairs hand out author, reviewer and
	 * chair; only admins hand out admin.
	 * @param actor who asks
	 * @param role the role to grant or revoke
	 * @return {@code true} if allowed
	 */
	public static boolean mayChangeRole(Actor actor, Role role) {
		if (role == Role.ADMIN) {
			return actor.has(Role.ADMIN);
		}
		return actor.isChairOrAdmin();
	}

	public static void requireChangeRole(Actor actor, Role role) {
		require(mayChangeRole(actor, role), (role == Role.ADMIN) ? "Only admins grant or revoke the admin role"
				: "Only chairs and admins grant or revoke roles");
	}

	/**
	 * Whether the actor may read the audit log.
	 * @param actor who asks
	 * @return {@code true} for chairs and admins
	 */
	public static boolean mayReadAuditLog(Actor actor) {
		return actor.isChairOrAdmin();
	}

	public static void requireReadAuditLog(Actor actor) {
		require(mayReadAuditLog(actor), "Only chairs and admins read the audit log");
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
		if (actor.has(Role.CHAIR)) {
			return true;
		}
		return actor.accountId().equals(submission.submitterId()) && authorsMayEdit;
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

	private static boolean isOwnAbstract(Actor actor, AbstractSubmission submission) {
		return actor.accountId().equals(submission.submitterId()) || submission.hasAuthor(actor.email());
	}

	private static void require(boolean allowed, String message) {
		if (!allowed) {
			throw new AccessRefusedException(message);
		}
	}

}
