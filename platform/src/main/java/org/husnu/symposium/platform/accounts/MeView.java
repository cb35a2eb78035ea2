package org.husnu.symposium.platform.accounts;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;

/**
 * A person as the API shows them to themselves ({@code GET /api/me}).
 *
 * @param id account id
 * @param email address
 * @param name name
 * @param institution institution code
 * @param department department or lab
 * @param position position
 * @param language preferred language
 * @param roles roles held
 * @param profileComplete whether name, institution and position are set
 */
public record MeView(UUID id, String email, String name, String institution, String department, String position,
		String language, List<String> roles, boolean profileComplete) {

	public static MeView of(Account account) {
		return new MeView(account.id(), account.email(), account.name(), account.institution(), account.department(),
				(account.position() != null) ? account.position().name() : null, account.language().name(),
				account.roles().stream().map(Enum::name).sorted().toList(), account.isProfileComplete());
	}

}
