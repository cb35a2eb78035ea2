package org.husnu.symposium.review.assignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.assignment.Assignment;

import org.springframework.data.repository.Repository;

/**
 * Reviewer-to-abstract assignments, {@code _id} = {@code reviewer:abstract}; this service
 * is their only writer.
 */
interface AssignmentRepository extends Repository<Assignment, String> {

	<S extends Assignment> S insert(S assignment);

	Optional<Assignment> findById(String id);

	boolean existsById(String id);

	List<Assignment> findAllByOrderByIdAsc();

	List<Assignment> findAllByReviewerIdOrderByIdAsc(UUID reviewerId);

	long countByReviewerId(UUID reviewerId);

	long countByAbstractId(UUID abstractId);

	void deleteById(String id);

}
