package org.husnu.symposium.core.institutions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member institution of the session. Membership is proven by an address in one of its
 * verified mail domains (or its subdomains), or by the pre-registration list.
 *
 * @param code stable key, e.g. {@code HU}
 * @param name name in English, Japanese and Korean
 * @param emailDomains verified mail domains, normalised, without duplicates
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.INSTITUTIONS)
public record Institution(@Id @NotNull String code, @NotNull @Valid LocalizedText name, List<String> emailDomains,
		@Version Long version) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

	public Institution {
		if (code == null || !CODE.matcher(code).matches()) {
			throw new DomainRuleException("institution.code",
					"An institution code is 2 to 20 upper-case letters, digits or underscores: " + code);
		}
		if (name == null) {
			throw new DomainRuleException("institution.name", "An institution needs a name");
		}
		List<String> domains = new ArrayList<>();
		for (String domain : (emailDomains != null) ? emailDomains : List.<String>of()) {
			String normalized = EmailAddresses.normalizeDomain(domain);
			if (!domains.contains(normalized)) {
				domains.add(normalized);
			}
		}
		emailDomains = List.copyOf(domains);
	}

	public static Institution of(String code, LocalizedText name, String... emailDomains) {
		return new Institution(code, name, List.of(emailDomains), null);
	}

	/**
	 * Whether an address is in one of the verified domains or their subdomains.
	 * @param email the address
	 * @return {@code true} if the address proves membership
	 */
	public boolean hasVerifiedDomainOf(String email) {
		if (!EmailAddresses.isValid(email)) {
			return false;
		}
		return this.emailDomains.stream().anyMatch((domain) -> EmailAddresses.belongsTo(email, domain));
	}

	/**
	 * This institution with one more verified domain.
	 * @param domain the domain to add
	 * @return the changed institution (unchanged if the domain was there)
	 */
	public Institution withDomain(String domain) {
		List<String> domains = new ArrayList<>(this.emailDomains);
		domains.add(domain);
		return new Institution(this.code, this.name, domains, this.version);
	}

}
