package org.husnu.symposium.core.reviewers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member of the reviewer pool: invited by a chair, then kept by the reviewer (expertise
 * per topic area, research statement and keywords for text affinity, department or lab,
 * load cap). Keyed by the reviewer's account id, which is known before the account exists
 * ({@link org.husnu.symposium.core.accounts.Account#idFor(String)}), so a chair may
 * invite someone who has never logged in. Its existence is what gives the account the
 * reviewer role (see docs/architecture.md).
 *
 * @param accountId the reviewer's account id
 * @param email the reviewer's normalised address
 * @param expertise expertise per topic area code
 * @param statement short research statement, may be empty
 * @param keywords research keywords
 * @param department department or lab, may be {@code null}
 * @param maxLoad most abstracts this reviewer takes ({@code 0}: none)
 * @param invitedAt when a chair invited the reviewer
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.REVIEWER_PROFILES)
public record ReviewerProfile(@Id UUID accountId, String email, Map<String, Expertise> expertise, String statement,
		List<String> keywords, String department, int maxLoad, Instant invitedAt, @Version Long version) {

	/** Highest load cap. */
	public static final int MAX_LOAD = 50;

	/** Longest research statement, in characters. */
	public static final int MAX_STATEMENT = 2000;

	/** Most keywords. */
	public static final int MAX_KEYWORDS = 30;

	/** Longest keyword, in characters. */
	public static final int MAX_KEYWORD = 100;

	/** Longest department or lab name, in characters. */
	public static final int MAX_DEPARTMENT = 200;

	public ReviewerProfile {
		DomainRuleException.require(accountId != null, "reviewer.account", "A reviewer profile needs an account");
		email = EmailAddresses.normalize(email);
		expertise = Map.copyOf((expertise != null) ? new LinkedHashMap<>(expertise) : Map.of());
		statement = (statement != null) ? statement.strip() : "";
		DomainRuleException.require(statement.length() <= MAX_STATEMENT, "reviewer.statement",
				"A research statement has at most " + MAX_STATEMENT + " characters; shorten it");
		keywords = cleanKeywords(keywords);
		department = (department == null || department.isBlank()) ? null : department.strip();
		DomainRuleException.require(department == null || department.length() <= MAX_DEPARTMENT, "reviewer.department",
				"A department or lab has at most " + MAX_DEPARTMENT + " characters");
		DomainRuleException.require(maxLoad >= 0 && maxLoad <= MAX_LOAD, "reviewer.load",
				"A maximum load is between 0 and " + MAX_LOAD + " abstracts");
	}

	/**
	 * A new member of the pool, as a chair invites them.
	 * @param accountId the invitee's account id (existing or to be)
	 * @param email the invitee's address
	 * @param maxLoad the load cap the chair sets
	 * @param at when
	 * @return the profile, without expertise yet
	 */
	public static ReviewerProfile invited(UUID accountId, String email, int maxLoad, Instant at) {
		return new ReviewerProfile(accountId, email, Map.of(), "", List.of(), null, maxLoad, at, null);
	}

	/**
	 * This profile as the reviewer changed it.
	 * @param expertise expertise per topic area code
	 * @param statement research statement
	 * @param keywords keywords
	 * @param department department or lab
	 * @param maxLoad load cap
	 * @param version the version the reviewer changed
	 * @return the changed profile
	 */
	public ReviewerProfile withProfile(Map<String, Expertise> expertise, String statement, List<String> keywords,
			String department, int maxLoad, Long version) {
		return new ReviewerProfile(this.accountId, this.email, expertise, statement, keywords, department, maxLoad,
				this.invitedAt, version);
	}

	/**
	 * Expertise in a topic area.
	 * @param topicCode the topic code
	 * @return the level, {@link Expertise#NONE} when not declared
	 */
	public Expertise expertiseIn(String topicCode) {
		return this.expertise.getOrDefault(topicCode, Expertise.NONE);
	}

	private static List<String> cleanKeywords(List<String> keywords) {
		LinkedHashSet<String> clean = new LinkedHashSet<>();
		for (String keyword : (keywords != null) ? keywords : List.<String>of()) {
			DomainRuleException.require(keyword != null, "reviewer.keywords", "A keyword cannot be empty");
			String stripped = keyword.strip();
			DomainRuleException.require(stripped.length() <= MAX_KEYWORD, "reviewer.keywords",
					"A keyword has at most " + MAX_KEYWORD + " characters: shorten \"" + stripped + "\"");
			if (!stripped.isEmpty()) {
				clean.add(stripped);
			}
		}
		DomainRuleException.require(clean.size() <= MAX_KEYWORDS, "reviewer.keywords",
				"Give at most " + MAX_KEYWORDS + " keywords");
		return List.copyOf(new ArrayList<>(clean));
	}

}
