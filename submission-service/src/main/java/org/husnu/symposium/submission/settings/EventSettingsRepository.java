package org.husnu.symposium.submission.settings;

import java.util.Optional;

import org.husnu.symposium.core.event.EventSettings;

import org.springframework.data.repository.Repository;

/**
 * The settings document as the chairs change it; the services read it through the
 * platform's {@code ReferenceData}, per request. Saving checks the optimistic
 * {@code version}, so two chairs editing at once cannot overwrite each other.
 */
interface EventSettingsRepository extends Repository<EventSettings, String> {

	Optional<EventSettings> findById(String id);

	<S extends EventSettings> S save(S settings);

}
