package org.husnu.symposium.review.reviewers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.reviewers.ReviewerProfile;

import org.springframework.data.repository.Repository;

/**
 * Reviewer profiles, keyed by the reviewer's account id; review-service is their only
 * writer. Only the operations in use are exposed.
 */
public interface ReviewerProfileRepository extends Repository<ReviewerProfile, UUID> {

	/**
	 * Stores a new profile.
	 * @param <S> the profile type
	 * @param profile the profile
	 * @return the stored profile
	 * @throws org.springframework.dao.DuplicateKeyException if the reviewer has one
	 */
	<S extends ReviewerProfile> S insert(S profile);

	/**
	 * Stores a changed profile, checking its version.
	 * @param <S> the profile type
	 * @param profile the profile
	 * @return the stored profile
	 * @throws org.springframework.dao.OptimisticLockingFailureException if it changed
	 * meanwhile
	 */
	<S extends ReviewerProfile> S save(S profile);

	Optional<ReviewerProfile> findById(UUID accountId);

	List<ReviewerProfile> findAllByOrderByEmailAsc();

	/**
	 * Removes a reviewer from the pool (and with it the derived reviewer role).
	 * @param accountId the reviewer's account id
	 */
	void deleteById(UUID accountId);

}
