package org.husnu.symposium.submission.abstracts;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Eligibility;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * The reviewer pool as authors see it to declare conflicts: read only from
 * {@code reviewer_profiles}, which review-service writes, with names from the accounts
 * (or the pre-registration list before a reviewer's first login). Addresses, expertise
 * and loads stay out: authors need to recognise a person, not to reach or rank them.
 */
@Component
class ReviewerPool {

	private final MongoOperations mongo;

	private final AccountDirectory accounts;

	ReviewerPool(MongoOperations mongo, AccountDirectory accounts) {
		this.mongo = mongo;
		this.accounts = accounts;
	}

	/**
	 * Every reviewer whose name is known, by institution and name. A reviewer invited by
	 * an address of a verified domain who has neither logged in nor been pre-registered
	 * has no name yet and cannot be recognised; chairs declare such conflicts.
	 * @return the members
	 */
	List<Member> members() {
		List<ReviewerProfile> profiles = this.mongo.findAll(ReviewerProfile.class);
		Map<UUID, Account> registered = this.accounts
			.findAllById(profiles.stream().map(ReviewerProfile::accountId).toList())
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		return profiles.stream()
			.map((profile) -> member(profile, Optional.ofNullable(registered.get(profile.accountId()))))
			.filter((member) -> member.name() != null)
			.sorted(Comparator.comparing((Member member) -> String.valueOf(member.institution()))
				.thenComparing(Member::name))
			.toList();
	}

	/**
	 * A member of the pool by id.
	 * @param reviewerId the reviewer's account id
	 * @return the member, empty when there is no such reviewer in the pool
	 */
	Optional<Member> find(UUID reviewerId) {
		return Optional.ofNullable(this.mongo.findById(reviewerId, ReviewerProfile.class))
			.map((profile) -> member(profile, this.accounts.findById(profile.accountId())));
	}

	private Member member(ReviewerProfile profile, Optional<Account> account) {
		if (account.isPresent()) {
			return new Member(profile.accountId(), account.get().name(), account.get().institution(),
					(profile.department() != null) ? profile.department() : account.get().department());
		}
		Eligibility eligibility = this.accounts.eligibilityOf(profile.email());
		return new Member(profile.accountId(), eligibility.name(), eligibility.institution(), profile.department());
	}

	/**
	 * A reviewer as authors see them.
	 *
	 * @param id the reviewer's account id, what a declaration names
	 * @param name the name, {@code null} when not known yet
	 * @param institution the institution code
	 * @param department department or lab, may be {@code null}
	 */
	record Member(UUID id, String name, String institution, String department) {
	}

}
