package org.husnu.symposium.platform.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.husnu.symposium.core.access.AccessRefusedException;

/**
 * Who may read the dev mailbox. It shows login links, so whoever reads it can log in as
 * anyone, chairs included: it is served to this machine only (a loopback client that no
 * proxy forwarded), unless the operator opened it on purpose with
 * {@code symposium.mail.catcher.open-to-network=true}.
 */
final class DevMailboxAccess {

	/** Headers a proxy adds; a request that carries one came from somewhere else. */
	private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Real-IP");

	private final boolean openToNetwork;

	DevMailboxAccess(boolean openToNetwork) {
		this.openToNetwork = openToNetwork;
	}

	/**
	 * Refuses a request from another machine.
	 * @param request the request
	 * @throws AccessRefusedException unless the client is this machine or the mailbox was
	 * opened to the network
	 */
	void check(HttpServletRequest request) {
		if (allows(request)) {
			return;
		}
		throw new AccessRefusedException("The dev mailbox shows login links, so it is served only on the machine "
				+ "that runs the services: open it there (http://localhost:<port>/dev/mail) or read the login link "
				+ "on the console of ./run.sh. To show it to the network on purpose (a workshop without real "
				+ "addresses), start with symposium.mail.catcher.open-to-network=true");
	}

	/**
	 * Whether the request may read the dev mailbox.
	 * @param request the request
	 * @return {@code true} for this machine, or for anyone once opened to the network
	 */
	boolean allows(HttpServletRequest request) {
		return this.openToNetwork || (isLoopback(request.getRemoteAddr()) && !forwarded(request));
	}

	private static boolean forwarded(HttpServletRequest request) {
		return FORWARDING_HEADERS.stream().anyMatch((name) -> request.getHeader(name) != null);
	}

	private static boolean isLoopback(String address) {
		if (address == null || address.isEmpty()) {
			return false;
		}
		if (!(Character.digit(address.charAt(0), 16) >= 0 || address.charAt(0) == ':' || address.charAt(0) == '[')) {
			// not an address literal; never resolve names here
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
