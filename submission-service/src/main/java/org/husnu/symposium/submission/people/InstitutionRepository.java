package org.husnu.symposium.submission.people;

import java.util.Optional;

import org.husnu.symposium.core.institutions.Institution;

import org.springframework.data.repository.Repository;

/**
 * Institutions as the chairs change them (verified mail domains). Lists of institutions
 * are read through the platform's {@code ReferenceData}, which orders them.
 */
interface InstitutionRepository extends Repository<Institution, String> {

	Optional<Institution> findById(String code);

	<S extends Institution> S save(S institution);

}
