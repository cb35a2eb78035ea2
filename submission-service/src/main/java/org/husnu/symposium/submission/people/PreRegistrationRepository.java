package org.husnu.symposium.submission.people;

import java.util.List;
import java.util.Optional;

import org.husnu.symposium.core.accounts.PreRegistration;

import org.springframework.data.repository.Repository;

/**
 * The pre-registration list, keyed by normalised address. Login eligibility reads it in
 * the platform's {@code AccountDirectory}.
 */
public interface PreRegistrationRepository extends Repository<PreRegistration, String> {

	Optional<PreRegistration> findById(String email);

	/**
	 * The whole list, by address.
	 * @return the entries
	 */
	List<PreRegistration> findAllByOrderByEmailAsc();

	/**
	 * Stores a new entry.
	 * @param <S> the entry type
	 * @param entry the entry
	 * @return the stored entry
	 * @throws org.springframework.dao.DuplicateKeyException if the address is listed
	 */
	<S extends PreRegistration> S insert(S entry);

	<S extends PreRegistration> S save(S entry);

	/**
	 * Removes an entry.
	 * @param email the normalised address
	 * @return how many entries were removed (0 or 1)
	 */
	long deleteByEmail(String email);

}
