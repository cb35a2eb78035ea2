package org.husnu.symposium.review.reviewers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.reviewers.Expertise;
import org.husnu.symposium.core.reviewers.ReviewerProfile;

/**
 * A member of the reviewer pool as the API and pages show it.
 *
 * @param id the reviewer id, which is their account id (existing or to be)
 * @param email the reviewer's address
 * @param name the name from the account or the pre-registration list, if known
 * @param institution the institution code
 * @param registered whether the reviewer has logged in (their account exists)
 * @param department department or lab
 * @param expertise expertise level 0–3 per topic area code
 * @param statement research statement
 * @param keywords research keywords
 * @param load abstracts assigned now
 * @param maxLoad load cap
 * @param version the profile's version, for the next change
 */
record ReviewerView(UUID id, String email, String name, String institution, boolean registered, String department,
		Map<String, Integer> expertise, String statement, List<String> keywords, long load, int maxLoad, Long version) {

	static ReviewerView of(ReviewerProfile profile, String name, String institution, boolean registered, long load) {
		Map<String, Integer> levels = new LinkedHashMap<>();
		profile.expertise()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> levels.put(entry.getKey(), entry.getValue().level()));
		return new ReviewerView(profile.accountId(), profile.email(), name, institution, registered,
				profile.department(), levels, profile.statement(), profile.keywords(), load, profile.maxLoad(),
				profile.version());
	}

	/**
	 * The level in a topic area, for the pages.
	 * @param code the topic area code
	 * @return 0–3
	 */
	public int levelIn(String code) {
		return this.expertise.getOrDefault(code, Expertise.NONE.level());
	}

}
