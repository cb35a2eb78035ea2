package org.husnu.symposium.review.reviewers;

import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Finds a member of the pool the way chairs name one: by the {@code id} of
 * {@code GET /api/reviewers} (their account id) or by address.
 */
@Component
class PoolMembers {

	private final ReviewerProfileRepository profiles;

	private final AccountDirectory accounts;

	PoolMembers(ReviewerProfileRepository profiles, AccountDirectory accounts) {
		this.profiles = profiles;
		this.accounts = accounts;
	}

	/**
	 * A member of the pool by id or address.
	 * @param reviewerKey the reviewer's account id or address
	 * @return the profile
	 * @throws NotFoundException when there is no such member
	 */
	ReviewerProfile find(String reviewerKey) {
		String key = (reviewerKey != null) ? reviewerKey.strip() : "";
		Optional<UUID> id = Optional.empty();
		if (EmailAddresses.isValid(key)) {
			id = Optional.of(this.accounts.findByEmail(key).map(Account::id).orElseGet(() -> Account.idFor(key)));
		}
		else {
			try {
				id = Optional.of(UUID.fromString(key));
			}
			catch (IllegalArgumentException ex) {
				// neither an address nor an id: not found below
			}
		}
		return id.flatMap(this.profiles::findById)
			.orElseThrow(() -> new NotFoundException("There is no reviewer " + reviewerKey
					+ " in the pool; use the id or address of GET /api/reviewers"));
	}

}
