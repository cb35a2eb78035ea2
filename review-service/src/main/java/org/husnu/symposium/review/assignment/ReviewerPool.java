package org.husnu.symposium.review.assignment;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;

import org.springframework.stereotype.Component;

/**
 * The reviewer pool as the assignment sees it: each profile with the account it belongs
 * to, or, for an invitee who has not logged in yet, the account the address will make
 * (its institution counts for conflicts and coverage before the first login).
 */
@Component
class ReviewerPool {

	private final ReviewerProfileRepository profiles;

	private final AccountDirectory accounts;

	private final Clock clock;

	ReviewerPool(ReviewerProfileRepository profiles, AccountDirectory accounts, Clock clock) {
		this.profiles = profiles;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The whole pool, by address.
	 * @return every profile with its account
	 */
	Members members() {
		Map<UUID, ReviewerProfile> profiles = new LinkedHashMap<>();
		for (ReviewerProfile profile : this.profiles.findAllByOrderByEmailAsc()) {
			profiles.put(profile.accountId(), profile);
		}
		Map<UUID, Account> registered = this.accounts.findAllById(profiles.keySet())
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		Map<UUID, Account> accounts = new HashMap<>();
		profiles.forEach((id, profile) -> accounts.put(id,
				(registered.containsKey(id)) ? registered.get(id) : futureAccount(profile)));
		return new Members(profiles, accounts);
	}

	/**
	 * The reviewer's account, or, before their first login, what it will be.
	 * @param profile the reviewer's profile
	 * @return the account
	 */
	Account account(ReviewerProfile profile) {
		return this.accounts.findById(profile.accountId()).orElseGet(() -> futureAccount(profile));
	}

	/**
	 * A reviewer of the pool by account id or address.
	 * @param key the id or address
	 * @return the profile
	 * @throws NotFoundException if no reviewer of the pool has that id or address
	 */
	ReviewerProfile reviewer(String key) {
		Optional<ReviewerProfile> profile = Optional.empty();
		if (key != null && key.contains("@")) {
			profile = this.accounts.findByEmail(key)
				.map(Account::id)
				.or(() -> Optional.of(Account.idFor(key)))
				.flatMap(this.profiles::findById);
		}
		else if (key != null) {
			try {
				profile = this.profiles.findById(UUID.fromString(key.strip()));
			}
			catch (IllegalArgumentException ex) {
				profile = Optional.empty();
			}
		}
		return profile.orElseThrow(() -> new NotFoundException("There is no reviewer " + key
				+ " in the pool; give the id or address of a reviewer from GET /api/reviewers"));
	}

	private Account futureAccount(ReviewerProfile profile) {
		return Account.newAuthor(profile.email(), this.accounts.eligibilityOf(profile.email()).institution(),
				this.clock.instant());
	}

	/**
	 * The pool at one moment.
	 *
	 * @param profiles the profiles by account id, in address order
	 * @param accounts the account of each
	 */
	record Members(Map<UUID, ReviewerProfile> profiles, Map<UUID, Account> accounts) {

	}

}
