package org.husnu.symposium.core.institutions;

import java.util.Locale;
import java.util.regex.Pattern;

import org.husnu.symposium.core.DomainRuleException;

/**
 * The one place that says what an e-mail address and a mail domain look like here, so
 * that eligibility, accounts and pre-registrations agree on spelling (lower case,
 * trimmed).
 */
public final class EmailAddresses {

	private static final Pattern DOMAIN = Pattern
		.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");

	private EmailAddresses() {
	}

	/**
	 * Normalises an address: trimmed, lower case, checked.
	 * @param email the address as typed
	 * @return the normalised address
	 * @throws DomainRuleException if it is not an e-mail address
	 */
	public static String normalize(String email) {
		if (email == null) {
			throw invalid(null);
		}
		String normalized = email.strip().toLowerCase(Locale.ROOT);
		int at = normalized.lastIndexOf('@');
		if (at <= 0 || at != normalized.indexOf('@') || !LOCAL_PART.matcher(normalized.substring(0, at)).matches()
				|| normalized.startsWith(".") || normalized.contains("..")
				|| !DOMAIN.matcher(normalized.substring(at + 1)).matches()) {
			throw invalid(email);
		}
		return normalized;
	}

	/**
	 * Whether a string is an address {@link #normalize} accepts.
	 * @param email the candidate
	 * @return {@code true} if valid
	 */
	public static boolean isValid(String email) {
		try {
			normalize(email);
			return true;
		}
		catch (DomainRuleException ex) {
			return false;
		}
	}

	/**
	 * The domain part of an address.
	 * @param email the address
	 * @return its domain, lower case
	 */
	public static String domainOf(String email) {
		String normalized = normalize(email);
		return normalized.substring(normalized.indexOf('@') + 1);
	}

	/**
	 * Normalises a mail domain such as {@code hokudai.ac.jp}.
	 * @param domain the domain as typed, an optional leading {@code @} or {@code .} is
	 * dropped
	 * @return the normalised domain
	 * @throws DomainRuleException if it is not a domain name
	 */
	public static String normalizeDomain(String domain) {
		String normalized = (domain != null) ? domain.strip().toLowerCase(Locale.ROOT) : "";
		while (normalized.startsWith("@") || normalized.startsWith(".")) {
			normalized = normalized.substring(1);
		}
		if (!DOMAIN.matcher(normalized).matches()) {
			throw new DomainRuleException("email.domain.invalid",
					"'" + domain + "' is not a mail domain; write it like hokudai.ac.jp");
		}
		return normalized;
	}

	/**
	 * Whether an address belongs to a domain or one of its subdomains:
	 * {@code a@med.hokudai.ac.jp} belongs to {@code hokudai.ac.jp},
	 * {@code a@nothokudai.ac.jp} does not.
	 * @param email the address
	 * @param domain the domain
	 * @return {@code true} if it belongs
	 */
	public static boolean belongsTo(String email, String domain) {
		String emailDomain = domainOf(email);
		String normalizedDomain = normalizeDomain(domain);
		return emailDomain.equals(normalizedDomain) || emailDomain.endsWith("." + normalizedDomain);
	}

	private static DomainRuleException invalid(String email) {
		return new DomainRuleException("email.invalid",
				"'" + email + "' is not an e-mail address; write it like name@hokudai.ac.jp");
	}

}
