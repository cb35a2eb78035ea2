package org.husnu.symposium.platform.referencedata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.core.topics.TopicArea;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Read access to reference data for both services. Reference data are small, so each call
 * reads the store; nothing is cached that a chair's edit on another instance could leave
 * stale. The one exception is {@link #eventSettings()}, which is kept for the rest of the
 * HTTP request that read it: the rules, the view and the receipt of one upload or submit
 * read it four or more times, each a round trip to the store, and one request should
 * judge by one snapshot anyway. The next request reads the store again.
 */
@Component
public class ReferenceData {

	private static final String EVENT_SETTINGS_ATTRIBUTE = ReferenceData.class.getName() + ".eventSettings";

	private final MongoOperations mongo;

	ReferenceData(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Topic areas in display order.
	 * @param includeRetired whether to include areas no longer offered
	 * @return the topic areas
	 */
	public List<TopicArea> topicAreas(boolean includeRetired) {
		return this.mongo.findAll(TopicArea.class)
			.stream()
			.filter((area) -> includeRetired || area.active())
			.sorted(Comparator.comparingInt(TopicArea::order).thenComparing(TopicArea::code))
			.toList();
	}

	public Optional<TopicArea> topicArea(String code) {
		return Optional.ofNullable(this.mongo.findById(code, TopicArea.class));
	}

	/**
	 * Institutions by code.
	 * @return the institutions
	 */
	public List<Institution> institutions() {
		return this.mongo.findAll(Institution.class).stream().sorted(Comparator.comparing(Institution::code)).toList();
	}

	/**
	 * The event settings, seeded on first start.
	 * @return the settings
	 */
	public EventSettings eventSettings() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return readEventSettings();
		}
		EventSettings settings = (EventSettings) request.getAttribute(EVENT_SETTINGS_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST);
		if (settings == null) {
			settings = readEventSettings();
			request.setAttribute(EVENT_SETTINGS_ATTRIBUTE, settings, RequestAttributes.SCOPE_REQUEST);
		}
		return settings;
	}

	private EventSettings readEventSettings() {
		EventSettings settings = this.mongo.findById(EventSettings.ID, EventSettings.class);
		if (settings == null) {
			throw new IllegalStateException("No event settings in collection " + CollectionNames.EVENT_SETTINGS
					+ "; they are seeded when a service starts");
		}
		return settings;
	}

}
