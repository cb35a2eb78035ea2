package org.husnu.symposium.review.conflicts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.DeclaredConflict;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;

import org.springframework.stereotype.Service;

/**
 * Conflicts of interest: reviewers declare their own, chairs declare anyone's, list all
 * of them (computed ones from {@link ConflictRules} on the data as it is now, the ones
 * the authors declared on their abstract, plus the stored declarations) and override
 * computed and author-declared ones with a reason. Only this service writes
 * {@code conflicts}.
 */
@Service
public class ConflictService {

	/**
	 * What a chair may override: a computed {@code CO_AUTHOR} means the reviewer is an
	 * author, who never reviews their own abstract; what a reviewer declared stands.
	 */
	private static final Set<ConflictReason> OVERRIDABLE = Set.of(ConflictReason.SAME_LAB,
			ConflictReason.INSTITUTION_POLICY, ConflictReason.AUTHOR_DECLARED);

	private final ConflictStore store;

	private final SubmittedAbstracts abstracts;

	private final ReviewerProfileRepository profiles;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final Clock clock;

	ConflictService(ConflictStore store, SubmittedAbstracts abstracts, ReviewerProfileRepository profiles,
			AccountDirectory accounts, ReferenceData referenceData, AuditLog audit, Clock clock) {
		this.store = store;
		this.abstracts = abstracts;
		this.profiles = profiles;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every conflict of every reviewer in the pool with every submitted abstract: the
	 * computed reasons (with a chair's override where there is one) and the stored
	 * declarations.
	 * @param actor the chair
	 * @return the conflicts, by abstract number and reviewer address
	 */
	List<ConflictView> all(Actor actor) {
		AccessPolicy.requireManageConflicts(actor);
		InstitutionPolicy policy = this.referenceData.eventSettings().institutionPolicy();
		List<AbstractSubmission> submitted = this.abstracts.all();
		Map<UUID, AbstractSubmission> byId = submitted.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		List<Conflict> stored = this.store.all();
		List<ReviewerProfile> pool = this.profiles.findAllByOrderByEmailAsc();
		List<UUID> people = new ArrayList<>(pool.stream().map(ReviewerProfile::accountId).toList());
		stored.stream().map(Conflict::declaredBy).filter((id) -> id != null).forEach(people::add);
		submitted.stream()
			.filter((submission) -> !submission.declaredConflicts().isEmpty())
			.map(AbstractSubmission::submitterId)
			.forEach(people::add);
		Set<UUID> members = pool.stream().map(ReviewerProfile::accountId).collect(Collectors.toSet());
		Map<UUID, Account> accountsById = this.accounts.findAllById(people.stream().distinct().toList())
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		List<ConflictView> views = new ArrayList<>();
		for (ReviewerProfile profile : pool) {
			Account reviewer = accountsById.get(profile.accountId());
			if (reviewer == null) {
				continue;
			}
			for (AbstractSubmission submission : submitted) {
				for (ConflictReason reason : ConflictRules.computed(reviewer, submission, policy)) {
					ConflictView.ChairOverride override = stored.stream()
						.filter((conflict) -> conflict.overridden() && conflict.reason() == reason
								&& conflict.concerns(reviewer.id(), submission.id()))
						.findFirst()
						.map((conflict) -> new ConflictView.ChairOverride(conflict.note(),
								emailOf(accountsById, conflict.declaredBy()), conflict.createdAt()))
						.orElse(null);
					if (reason == ConflictReason.AUTHOR_DECLARED) {
						// the authors' declaration: by the submitter, with their reason
						views.add(new ConflictView(reviewer.id(), reviewer.email(), reviewer.name(), submission.id(),
								submission.number(), submission.title(), reason, false,
								submission.declaredConflictWith(reviewer.id())
									.map(DeclaredConflict::reason)
									.orElse(null),
								emailOf(accountsById, submission.submitterId()), null, override, true));
						continue;
					}
					views.add(new ConflictView(reviewer.id(), reviewer.email(), reviewer.name(), submission.id(),
							submission.number(), submission.title(), reason, true, null, null, null, override,
							OVERRIDABLE.contains(reason)));
				}
			}
		}
		for (Conflict conflict : stored) {
			AbstractSubmission submission = byId.get(conflict.abstractId());
			if (conflict.overridden() || submission == null || !members.contains(conflict.reviewerId())) {
				continue;
			}
			Optional<Account> reviewer = Optional.ofNullable(accountsById.get(conflict.reviewerId()));
			views.add(new ConflictView(conflict.reviewerId(), reviewer.map(Account::email).orElse(null),
					reviewer.map(Account::name).orElse(null), submission.id(), submission.number(), submission.title(),
					conflict.reason(), false, conflict.note(), emailOf(accountsById, conflict.declaredBy()),
					conflict.createdAt(), null, false));
		}
		views.sort(Comparator.comparing(ConflictView::number)
			.thenComparing((view) -> String.valueOf(view.reviewerEmail()))
			.thenComparing(ConflictView::reason));
		return views;
	}

	/**
	 * Declares a conflict; declaring it again changes nothing.
	 * @param actor the reviewer (for themselves) or a chair
	 * @param abstractKey the abstract's id or number
	 * @param reviewerId the reviewer, {@code null} for the actor
	 * @param note why
	 * @return whether it was new
	 */
	public boolean declare(Actor actor, String abstractKey, UUID reviewerId, String note) {
		UUID reviewer = (reviewerId != null) ? reviewerId : actor.accountId();
		AccessPolicy.requireDeclareConflict(actor, reviewer);
		AbstractSubmission submission = submitted(abstractKey);
		if (!reviewer.equals(actor.accountId()) && this.profiles.findById(reviewer).isEmpty()) {
			throw new NotFoundException(
					"There is no reviewer " + reviewer + " in the pool; use the ids of GET /api/reviewers");
		}
		boolean created = this.store
			.addIfAbsent(Conflict.declared(reviewer, submission.id(), note, actor.accountId(), this.clock.instant()));
		if (created) {
			this.audit.record(actor, "conflict.declared", submission.number(), Map.of("reviewer", reviewer.toString()));
		}
		return created;
	}

	/**
	 * Overrides computed conflicts of a pair: the reviewer may then see and review the
	 * abstract unless another reason stands.
	 * @param actor the chair
	 * @param abstractKey the abstract's id or number
	 * @param reviewerId the reviewer
	 * @param only the computed reason to override, {@code null} for all of the pair's
	 * @param reason why the chair overrides it
	 * @return the reasons overridden
	 */
	Set<ConflictReason> override(Actor actor, String abstractKey, UUID reviewerId, ConflictReason only, String reason) {
		AccessPolicy.requireManageConflicts(actor);
		AbstractSubmission submission = submitted(abstractKey);
		Account reviewer = this.accounts.findById(reviewerId)
			.filter((account) -> this.profiles.findById(account.id()).isPresent())
			.orElseThrow(() -> new NotFoundException("There is no registered reviewer " + reviewerId
					+ " in the pool; use the ids of GET /api/reviewers"));
		DomainRuleException.require(reason != null && !reason.isBlank(), "conflict.override.reason",
				"Say why you override the conflict (\"reason\"); it is kept in the audit log");
		DomainRuleException.require(!submission.hasAuthor(reviewer.email()), "conflict.override.author",
				reviewer.email() + " is an author of " + submission.number()
						+ " and can never review it; choose another reviewer");
		Set<ConflictReason> computed = ConflictRules.computed(reviewer, submission,
				this.referenceData.eventSettings().institutionPolicy());
		if (only != null) {
			DomainRuleException.require(computed.contains(only) && OVERRIDABLE.contains(only),
					"conflict.override.not-computed",
					only + " is not a computed conflict of " + reviewer.email() + " with " + submission.number()
							+ " (computed now: " + computed
							+ "); only computed and author-declared conflicts can be overridden");
			computed = Set.of(only);
		}
		DomainRuleException.require(!computed.isEmpty(), "conflict.override.not-computed", reviewer.email()
				+ " has no computed or author-declared conflict with " + submission.number()
				+ "; a conflict the reviewer declared is not overridden, and there is nothing else to override");
		for (ConflictReason overridden : computed) {
			if (this.store.addIfAbsent(Conflict.override(reviewer.id(), submission.id(), overridden, reason,
					actor.accountId(), this.clock.instant()))) {
				this.audit.record(actor, "conflict.overridden", submission.number(),
						Map.of("reviewer", reviewer.email(), "conflict", overridden.name(), "reason", reason));
			}
		}
		return computed;
	}

	private AbstractSubmission submitted(String abstractKey) {
		return this.abstracts.find(abstractKey)
			.orElseThrow(() -> new NotFoundException("There is no submitted abstract " + abstractKey
					+ "; give a submitted abstract's id or number such as A-007"));
	}

	private static String emailOf(Map<UUID, Account> accounts, UUID id) {
		return Optional.ofNullable(id).map(accounts::get).map(Account::email).orElse(null);
	}

}
