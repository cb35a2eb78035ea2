package org.husnu.symposium.review.reviewers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.reviewers.ReviewerPapers;

import org.springframework.data.repository.Repository;

/**
 * Reviewers' archives, keyed by the reviewer's account id; review-service is their only
 * writer.
 */
public interface ReviewerArchiveRepository extends Repository<ReviewerPapers, UUID> {

	/**
	 * Stores an archive, new or changed, checking its version.
	 * @param <S> the archive type
	 * @param archive the archive
	 * @return the stored archive
	 * @throws org.springframework.dao.OptimisticLockingFailureException if it changed
	 * meanwhile
	 */
	<S extends ReviewerPapers> S save(S archive);

	Optional<ReviewerPapers> findById(UUID accountId);

	List<ReviewerPapers> findAll();

}
