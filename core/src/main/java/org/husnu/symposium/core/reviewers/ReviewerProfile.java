package org.husnu.symposium.core.reviewers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer's own statement of expertise and capacity, keyed by their account id.
 *
 * @param accountId the reviewer's account id
 * @param expertise expertise per topic area code
 * @param maxAssignments most abstracts this reviewer takes; {@code 0} means the event
 * default
 * @param available whether the reviewer takes assignments at all
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.REVIEWER_PROFILES)
public record ReviewerProfile(@Id UUID accountId, Map<String, Expertise> expertise, int maxAssignments,
		boolean available, @Version Long version) {

	/** Highest load cap a reviewer may set. */
	public static final int MAX_LOAD = 100;

	public ReviewerProfile {
		DomainRuleException.require(accountId != null, "reviewer.account", "A reviewer profile needs an account");
		expertise = Map.copyOf((expertise != null) ? new LinkedHashMap<>(expertise) : Map.of());
		DomainRuleException.require(maxAssignments >= 0 && maxAssignments <= MAX_LOAD, "reviewer.load",
				"A load cap is between 0 (event default) and " + MAX_LOAD);
	}

	/**
	 * Expertise in a topic area.
	 * @param topicCode the topic code
	 * @return the level, {@link Expertise#NONE} when not declared
	 */
	public Expertise expertiseIn(String topicCode) {
		return this.expertise.getOrDefault(topicCode, Expertise.NONE);
	}

	/**
	 * The load cap in force.
	 * @param eventDefault the event's default cap
	 * @return this reviewer's cap
	 */
	public int loadCap(int eventDefault) {
		if (!this.available) {
			return 0;
		}
		return (this.maxAssignments > 0) ? this.maxAssignments : eventDefault;
	}

}
