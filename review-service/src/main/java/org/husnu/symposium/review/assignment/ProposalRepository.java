package org.husnu.symposium.review.assignment;

import java.util.Optional;

import org.husnu.symposium.core.assignment.StoredProposal;

import org.springframework.data.repository.Repository;

/**
 * The automatic assignment proposals chairs computed; this service is their only writer.
 */
interface ProposalRepository extends Repository<StoredProposal, String> {

	<S extends StoredProposal> S insert(S proposal);

	<S extends StoredProposal> S save(S proposal);

	Optional<StoredProposal> findById(String id);

}
