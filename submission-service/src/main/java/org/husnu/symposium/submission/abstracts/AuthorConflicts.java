package org.husnu.symposium.submission.abstracts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The conflicts the authors declare with reviewers of the pool, kept on the abstract
 * (submission-service is its only writer); review-service reads them as
 * {@code AUTHOR_DECLARED}. Declared while the abstract may be edited, like any other
 * field: by its submitter before the deadline, by chairs at any time.
 */
@Component
class AuthorConflicts {

	private final AbstractAccess access;

	private final AbstractStore store;

	private final ReviewerPool pool;

	private final AuditLog audit;

	private final Clock clock;

	AuthorConflicts(AbstractAccess access, AbstractStore store, ReviewerPool pool, AuditLog audit, Clock clock) {
		this.access = access;
		this.store = store;
		this.pool = pool;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The pool as authors see it.
	 * @param actor who asks
	 * @return name, institution and department of each reviewer
	 */
	List<ReviewerPool.Member> pool(Actor actor) {
		AccessPolicy.requireSeeReviewerNames(actor);
		return this.pool.members();
	}

	/**
	 * Replaces the abstract's declared conflicts.
	 * @param actor the submitter or a chair
	 * @param idOrNumber the abstract's id or number
	 * @param conflicts every reviewer the authors conflict with (an empty list clears
	 * them)
	 * @param version the version the author loaded, {@code null} to skip the check
	 * @return the abstract as saved
	 */
	AbstractSubmission declare(Actor actor, String idOrNumber, List<DeclaredConflict> conflicts, Long version) {
		AbstractSubmission current = this.access.find(actor, idOrNumber);
		this.access.requireChange(actor, current, "declare conflicts with reviewers");
		if (version != null && !version.equals(current.version())) {
			throw stale(current, version);
		}
		for (DeclaredConflict conflict : conflicts) {
			if (this.pool.find(conflict.reviewerId()).isEmpty()) {
				throw new DomainRuleException("abstract.conflicts.unknown-reviewer",
						"There is no reviewer " + conflict.reviewerId()
								+ " in the pool; choose from the reviewer list (GET /api/reviewer-pool)");
			}
		}
		AbstractSubmission changed = current.withDeclaredConflicts(conflicts, this.clock.instant());
		AbstractSubmission saved;
		try {
			saved = this.store.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw stale(current, Objects.requireNonNullElse(version, current.version()));
		}
		this.audit.record(actor, "abstract.conflicts.declared", saved.number(),
				Map.of("reviewers",
						conflicts.stream()
							.map(DeclaredConflict::reviewerId)
							.map(UUID::toString)
							.collect(Collectors.joining(","))));
		return saved;
	}

	private static ConflictException stale(AbstractSubmission current, Long version) {
		return new ConflictException("Abstract " + current.number()
				+ " was changed elsewhere (another tab, device or person) since you loaded version " + version
				+ "; reload it and declare the conflicts again");
	}

}
