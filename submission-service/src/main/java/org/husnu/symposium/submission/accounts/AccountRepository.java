package org.husnu.symposium.submission.accounts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;

import org.springframework.data.repository.Repository;

/**
 * The accounts submission-service writes (it is their only writer). Reads that both
 * services need, such as finding an account by address, stay in the platform's
 * {@code AccountDirectory}. Only the operations the features use are exposed; an account
 * is never deleted.
 */
public interface AccountRepository extends Repository<Account, UUID> {

	Optional<Account> findById(UUID id);

	/**
	 * Every account, by address.
	 * @return the accounts
	 */
	List<Account> findAllByOrderByEmailAsc();

	/**
	 * How many accounts hold a role.
	 * @param role the role
	 * @return the count
	 */
	long countByRoles(Role role);

	/**
	 * Stores a new account; the unique index on the address refuses a second account for
	 * the same person.
	 * @param <S> the account type
	 * @param account the account
	 * @return the stored account
	 * @throws org.springframework.dao.DuplicateKeyException if the address has an account
	 */
	<S extends Account> S insert(S account);

	/**
	 * Saves a changed account under optimistic locking.
	 * @param <S> the account type
	 * @param account the account
	 * @return the saved account, with its new version
	 */
	<S extends Account> S save(S account);

}
