package org.husnu.symposium.review.reviewers;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Eligibility;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The reviewer pool: chairs invite eligible people (a profile keyed by their account id,
 * known before the account exists, and a mail through the outbox), reviewers keep their
 * own profile. Only this service writes {@code reviewer_profiles}; the reviewer role is
 * derived from a profile's existence by the platform, so no account is written here.
 */
@Service
class ReviewerPoolService {

	/** Load cap of an invitation that names none. */
	static final int DEFAULT_MAX_LOAD = 5;

	private final ReviewerProfileRepository profiles;

	private final ReviewerLoads loads;

	private final PoolMembers members;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final MailOutbox outbox;

	private final SymposiumProperties properties;

	private final Clock clock;

	ReviewerPoolService(ReviewerProfileRepository profiles, ReviewerLoads loads, PoolMembers members,
			AccountDirectory accounts, ReferenceData referenceData, AuditLog audit, MailOutbox outbox,
			SymposiumProperties properties, Clock clock) {
		this.profiles = profiles;
		this.loads = loads;
		this.members = members;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.audit = audit;
		this.outbox = outbox;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Invites a person to the pool. Inviting someone who is already in it changes nothing
	 * and sends no second mail.
	 * @param actor the chair
	 * @param email the invitee's address
	 * @param maxLoad the load cap, {@code null} for {@value #DEFAULT_MAX_LOAD}
	 * @return the reviewer and whether this call added them
	 */
	Invitation invite(Actor actor, String email, Integer maxLoad) {
		AccessPolicy.requireManageReviewers(actor);
		DomainRuleException.require(EmailAddresses.isValid(email), "reviewer.email",
				"Enter the invitee's e-mail address, such as name@hokudai.ac.jp");
		Optional<Account> account = this.accounts.findByEmail(email);
		Eligibility eligibility = this.accounts.eligibilityOf(email);
		if (account.isEmpty() && !eligibility.eligible()) {
			throw new DomainRuleException("reviewer.not-eligible",
					EmailAddresses.normalize(email)
							+ " is neither on the pre-registration list nor in a verified institutional domain ("
							+ String.join(", ", this.accounts.verifiedDomains())
							+ "); invite the person's institutional address, or add them to the pre-registration list"
							+ " on the people page of the submission site first");
		}
		UUID id = account.map(Account::id).orElseGet(() -> Account.idFor(email));
		Optional<ReviewerProfile> existing = this.profiles.findById(id);
		if (existing.isPresent()) {
			return new Invitation(view(existing.get()), false);
		}
		ReviewerProfile invited = ReviewerProfile.invited(id, email,
				Objects.requireNonNullElse(maxLoad, DEFAULT_MAX_LOAD), this.clock.instant());
		try {
			invited = this.profiles.insert(invited);
		}
		catch (DuplicateKeyException ex) {
			// invited by another chair at the same moment: theirs is the invitation
			return new Invitation(view(this.profiles.findById(id).orElseThrow()), false);
		}
		this.audit.record(actor, "reviewer.invited", invited.email(),
				Map.of("maxLoad", Integer.toString(invited.maxLoad())));
		Map<String, Object> model = new HashMap<>();
		model.put("name", account.map(Account::name).orElse(eligibility.name()));
		model.put("maxLoad", invited.maxLoad());
		model.put("url", this.properties.links().reviewUrl() + "/profile/reviewer");
		this.outbox.enqueue(new OutgoingMail(invited.email(), account.map(Account::language).orElse(Language.EN),
				"reviewer-invitation", model, "reviewer-invitation:" + invited.accountId()));
		return new Invitation(view(invited), true);
	}

	/**
	 * The pool, by address.
	 * @param actor the chair
	 * @return every reviewer with their current load
	 */
	List<ReviewerView> pool(Actor actor) {
		AccessPolicy.requireManageReviewers(actor);
		Map<UUID, Long> current = this.loads.all();
		List<ReviewerProfile> members = this.profiles.findAllByOrderByEmailAsc();
		Map<UUID, Account> registered = this.accounts
			.findAllById(members.stream().map(ReviewerProfile::accountId).toList())
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		return members.stream()
			.map((profile) -> view(profile, Optional.ofNullable(registered.get(profile.accountId())),
					current.getOrDefault(profile.accountId(), 0L)))
			.toList();
	}

	/**
	 * The actor's own profile; an empty one, not stored yet, for a reviewer whose role
	 * was granted on the account without an invitation.
	 * @param actor the reviewer
	 * @return the profile
	 */
	ReviewerView own(Actor actor) {
		AccessPolicy.requireKeepReviewerProfile(actor);
		ReviewerProfile profile = ownProfile(actor);
		return view(profile, ownLoad(profile));
	}

	/**
	 * Changes the actor's own profile.
	 * @param actor the reviewer
	 * @param change the new values and the version they were made on
	 * @return the stored profile
	 */
	ReviewerView update(Actor actor, ProfileChange change) {
		AccessPolicy.requireKeepReviewerProfile(actor);
		ReviewerProfile current = ownProfile(actor);
		if (!Objects.equals(current.version(), change.version())) {
			throw new ConflictException("Your reviewer profile was changed meanwhile (version " + current.version()
					+ ", you sent " + change.version() + "); reload it and make your change again");
		}
		Map<String, Expertise> expertise = expertise(change.expertise());
		long load = ownLoad(current);
		DomainRuleException.require(change.maxLoad() >= load, "reviewer.load.below-current",
				"You have " + load + " abstracts assigned already, so your maximum load cannot be below " + load
						+ "; ask a chair to remove an assignment first");
		ReviewerProfile changed = current.withProfile(expertise, change.statement(), change.keywords(),
				change.department(), change.maxLoad(), current.version());
		try {
			changed = this.profiles.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException(
					"Your reviewer profile was changed meanwhile; reload it and make your change again");
		}
		this.audit.record(actor, "reviewer.profile.updated", changed.email(),
				Map.of("maxLoad", Integer.toString(changed.maxLoad())));
		return view(changed, load);
	}

	/**
	 * Changes a reviewer's load cap, as a chair: never below the abstracts assigned to
	 * them now.
	 * @param actor the chair
	 * @param reviewerKey the reviewer's id or address
	 * @param maxLoad the new cap
	 * @return the reviewer as stored
	 */
	ReviewerView changeCap(Actor actor, String reviewerKey, int maxLoad) {
		AccessPolicy.requireManageReviewers(actor);
		ReviewerProfile current = this.members.find(reviewerKey);
		long load = this.loads.of(current.accountId());
		DomainRuleException.require(maxLoad >= load, "reviewer.capBelowLoad",
				current.email() + " has " + load + " abstracts assigned now, so the maximum load cannot be below "
						+ load + "; set " + load + " or more, or remove assignments on the assignments page first");
		ReviewerProfile changed = current.withProfile(current.expertise(), current.statement(), current.keywords(),
				current.department(), maxLoad, current.version());
		try {
			changed = this.profiles.save(changed);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new ConflictException("The reviewer " + current.email()
					+ " changed their profile at the same moment; reload the pool and set the cap again");
		}
		this.audit.record(actor, "reviewer.cap.changed", changed.email(),
				Map.of("from", Integer.toString(current.maxLoad()), "to", Integer.toString(maxLoad)));
		return view(changed, load);
	}

	/**
	 * The active topic areas, in their order, for the profile page.
	 * @return the topic areas
	 */
	List<TopicArea> topicAreas() {
		return this.referenceData.topicAreas(false);
	}

	private Map<String, Expertise> expertise(Map<String, Integer> levels) {
		Set<String> active = topicAreas().stream().map(TopicArea::code).collect(Collectors.toSet());
		Map<String, Expertise> expertise = new LinkedHashMap<>();
		if (levels == null) {
			return expertise;
		}
		levels.forEach((code, level) -> {
			DomainRuleException.require(active.contains(code), "reviewer.topic",
					"There is no active topic area " + code + "; use the codes of GET /api/topic-areas: "
							+ String.join(", ", active.stream().sorted().toList()));
			DomainRuleException.require(level != null, "reviewer.expertise",
					"Give an expertise level from 0 to 3 for " + code);
			expertise.put(code, Expertise.ofLevel(level));
		});
		return expertise;
	}

	private ReviewerProfile ownProfile(Actor actor) {
		return this.profiles.findById(actor.accountId())
			.orElseGet(() -> ReviewerProfile.invited(actor.accountId(), actor.email(), DEFAULT_MAX_LOAD, null));
	}

	/**
	 * The load a reviewer is told: conflicted assignments are neither listed nor counted
	 * for them.
	 */
	private long ownLoad(ReviewerProfile profile) {
		return this.loads.visibleTo(this.accounts.findById(profile.accountId()).orElse(null), profile.accountId(),
				this.referenceData.eventSettings().institutionPolicy());
	}

	private ReviewerView view(ReviewerProfile profile) {
		return view(profile, this.loads.of(profile.accountId()));
	}

	private ReviewerView view(ReviewerProfile profile, long load) {
		return view(profile, this.accounts.findById(profile.accountId()), load);
	}

	private ReviewerView view(ReviewerProfile profile, Optional<Account> account, long load) {
		if (account.isPresent()) {
			return ReviewerView.of(profile, account.get().name(), account.get().institution(), true, load);
		}
		Eligibility eligibility = this.accounts.eligibilityOf(profile.email());
		return ReviewerView.of(profile, eligibility.name(), eligibility.institution(), false, load);
	}

	/**
	 * The answer to an invitation.
	 *
	 * @param reviewer the reviewer
	 * @param created whether this invitation added them to the pool
	 */
	record Invitation(ReviewerView reviewer, boolean created) {
	}

	/**
	 * What a reviewer changes on their profile.
	 *
	 * @param expertise level 0–3 per topic area code
	 * @param statement research statement
	 * @param keywords keywords
	 * @param department department or lab
	 * @param maxLoad load cap
	 * @param version the version the change was made on ({@code null} before the first
	 * save)
	 */
	record ProfileChange(Map<String, Integer> expertise, String statement, List<String> keywords, String department,
			int maxLoad, Long version) {
	}

}
