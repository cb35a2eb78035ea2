package org.husnu.symposium.system;

import java.net.http.HttpResponse;

import org.husnu.symposium.test.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs people into the running system as a script would: the login link through the real
 * mail path, then the profile through the API.
 */
final class People {

	private final RunningSystem system;

	private final Mailbox mailbox;

	People(RunningSystem system, Mailbox mailbox) {
		this.system = system;
		this.mailbox = mailbox;
	}

	/**
	 * A new session for a person, logged in through the mailed link.
	 * @param email the address
	 * @return the session, with the CSRF cookie of both services
	 */
	WebSession login(String email) {
		WebSession session = new WebSession();
		HttpResponse<String> asked = session.postJsonWithoutCsrf(this.system.submission("/api/auth/login-link"),
				"{\"email\":\"" + email + "\"}");
		assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
		assertThat(session.redeem(this.mailbox.loginLink(email)).statusCode()).isEqualTo(302);
		session.get(this.system.submission("/"));
		session.get(this.system.review("/"));
		return session;
	}

	/**
	 * Logs a person in and completes their profile.
	 * @param email the address
	 * @param name the name
	 * @param institution {@code HU} or {@code SNU}
	 * @param department the department
	 * @param position e.g. {@code FACULTY} or {@code STUDENT}
	 * @param language {@code EN}, {@code JA} or {@code KO}
	 * @return the session
	 */
	WebSession register(String email, String name, String institution, String department, String position,
			String language) {
		WebSession session = login(email);
		HttpResponse<String> saved = session.putJson(this.system.submission("/api/me"),
				"{\"name\":\"" + name + "\",\"institution\":\"" + institution + "\",\"department\":\"" + department
						+ "\",\"position\":\"" + position + "\",\"language\":\"" + language + "\"}");
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		return session;
	}

}
