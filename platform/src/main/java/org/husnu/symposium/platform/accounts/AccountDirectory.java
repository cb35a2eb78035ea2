package org.husnu.symposium.platform.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Eligibility;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.reviewers.ReviewerProfile;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Read access to accounts, the pre-registration list and institutions, for both services.
 * Only submission-service writes these collections.
 */
@Component
public class AccountDirectory {

	private static final String EMAIL = "email";

	private static final String ID = "_id";

	private final MongoOperations mongo;

	public AccountDirectory(MongoOperations mongo) {
		this.mongo = mongo;
	}

	public Optional<Account> findById(UUID id) {
		return Optional.ofNullable(this.mongo.findById(id, Account.class));
	}

	/**
	 * The accounts of several ids in one query, for lists.
	 * @param ids the account ids
	 * @return the accounts that exist, in no particular order
	 */
	public List<Account> findAllById(Collection<UUID> ids) {
		return this.mongo.find(Query.query(Criteria.where(ID).in(ids)), Account.class);
	}

	public Optional<Account> findByEmail(String email) {
		if (!EmailAddresses.isValid(email)) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.mongo
			.findOne(Query.query(Criteria.where(EMAIL).is(EmailAddresses.normalize(email))), Account.class));
	}

	/**
	 * The account with the roles it acts with now: the roles stored on it, plus
	 * {@link Role#REVIEWER} while the person is in the reviewer pool (a reviewer profile
	 * exists for the account id). review-service writes only {@code reviewer_profiles};
	 * the role is derived here, at read time, for both services, so nothing but
	 * submission-service writes {@code accounts} (docs/architecture.md). Use it for the
	 * actor of a request, never for an account that is about to be saved.
	 * @param account the stored account
	 * @return the account with its derived roles
	 */
	public Account withDerivedRoles(Account account) {
		if (account.hasRole(Role.REVIEWER)
				|| !this.mongo.exists(Query.query(Criteria.where(ID).is(account.id())), ReviewerProfile.class)) {
			return account;
		}
		return account.grant(Role.REVIEWER);
	}

	/**
	 * Whether an address may get an account (pre-registered or in a verified domain).
	 * @param email the address
	 * @return the decision
	 */
	public Eligibility eligibilityOf(String email) {
		if (!EmailAddresses.isValid(email)) {
			return Eligibility.of(email, Optional.empty(), List.of());
		}
		Optional<PreRegistration> entry = Optional
			.ofNullable(this.mongo.findById(EmailAddresses.normalize(email), PreRegistration.class));
		return Eligibility.of(email, entry, this.mongo.findAll(Institution.class));
	}

	/**
	 * Every verified mail domain of every member institution, for telling people which
	 * addresses are accepted.
	 * @return the domains, sorted
	 */
	public List<String> verifiedDomains() {
		return this.mongo.findAll(Institution.class)
			.stream()
			.flatMap((institution) -> institution.emailDomains().stream())
			.sorted()
			.toList();
	}

	/**
	 * Whether an address may log in: it has an account, or may get one.
	 * @param email the address
	 * @return {@code true} if a login link may be sent
	 */
	public boolean mayLogIn(String email) {
		return findByEmail(email).isPresent() || eligibilityOf(email).eligible();
	}

}
